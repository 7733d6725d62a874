import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  parseProject,
  serializeProject,
  SCHEMA_VERSION,
  type ProjectErrorCode,
} from '../../../shared/project/schema';
import { classifyJsonFault } from '../../../shared/project/json-scan';
import { MAX_SHORT } from '../../../shared/project/limits';
import { PARAS_A, sample } from '../../fixtures/project/sample';
import { sha256Hex } from '../../../shared/project/hash';
import type { BeadOrigin } from '../../../shared/align/types';
import type { Bead } from '../../../shared/align/types';
import type { Annotation, FileOrigin, InlineCode, PairAlignment, Version } from '../../../shared/project/types';
import { translate } from '../../../shared/i18n';
import { parseOrigin } from '../../../shared/formats/import-common';

const app = { name: 'Selaras', version: '0.1.0' };
const CODES: ProjectErrorCode[] = ['malformed', 'truncated', 'empty', 'invalid', 'newer-version', 'too-large', 'not-project', 'is-export'];

function validText(): string {
  const s = sample();
  return serializeProject(s.project, {
    app,
    savedAt: '2024-03-13T10:00:00.000Z',
    comparison: { pairs: [{ a: 0, b: 1, ...s.comparison }], ledger: s.ledger },
    sources: [{ versionId: 'v-id', path: '/tmp/banjir.txt', hash: 'a'.repeat(64), mtimeMs: 1 }],
  });
}

describe('serializeProject / parseProject', () => {
  it('round-trips a project with its comparison and sources', () => {
    const s = sample();
    const text = validText();
    const r = parseProject(text, { name: 'banjir.selaras' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project).toEqual(s.project);
    expect(r.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.doc.comparison?.pairs[0].mismatches).toEqual(s.comparison.mismatches);
    expect(r.doc.comparison?.ledger).toEqual(s.ledger);
    expect(r.doc.sources?.[0].versionId).toBe('v-id');
    expect(r.migratedFrom).toBeUndefined();
  });

  it("keeps every field of a version, an inline code, a pair, a bead, a unit's and the file's origin and an annotation through save and reopen", () => {
    // (Required<…>: a field added to these types and not here fails to compile, so it cannot be forgotten by the schema)
    const origin: Required<BeadOrigin> = {
      unit: 'u1',
      groups: ['g1'],
      segments: [
        [1, 1],
        [1, 1],
      ],
      format: 'xliff-2',
      file: 'f1',
      segmentIds: ['s1', 's2'],
      segmentStates: ['translated', 'final'],
      segmentSubStates: ['x:draft2', ''],
      segmentAttrs: [{ canResegment: 'no' }, {}],
      targetOrders: ['2', '1'],
      emptyTargets: [false, true],
      emptyVariants: ['fr-FR'],
      gaps: [[' ', ' '], ['', '']],
      gapHomes: [['start', 'end'], ['', '']],
      segmentWritten: [['Two  spaces.', 'Dua  spasi.'], ['', '']],
      segmentCodes: [[0, 1, 0, 1], [0, 0, 0, 0]],
      writtenA: 'A\n written',
      writtenB: 'B\n written',
      preserveA: true,
      preserveB: true,
      repeatsId: true,
      confirmedInFile: true,
      approvedInFile: 'yes',
      attrs: { name: 'n', 'x:job': '7' },
      attrsA: { creationdate: '20260101T000000Z' },
      attrsB: { changedate: '20260102T000000Z' },
      props: [['x-client', 'Acme']],
      propsA: [['x-a', '1']],
      propsB: [['x-b', '2']],
    };
    const fileOrigin: Required<FileOrigin> = {
      format: 'xliff-2',
      attrs: { srcLang: 'id' },
      props: [['x-project', 'p']],
      files: [{ key: 'f1', attrs: { original: 'a.docx' } }],
      groups: [{ key: 'g1', attrs: { name: 'chapter' } }],
      namespaces: { x: 'urn:example:tool' },
    };
    const code: Required<InlineCode> = {
      kind: 'open',
      id: 'p1',
      partner: 1,
      form: 'pc',
      data: '<b>',
      type: 'fmt',
      subType: 'xlf:b',
      disp: '[b]',
      equiv: '',
      tmxAttrs: { x: '7' },
      xliff2Attrs: { canCopy: 'no' },
      xliff12Attrs: { 'equiv-text': '[b]' },
      literal: true,
    };
    const s = sample();
    const v0 = s.project.versions[0];
    // (one sentence a line, as the segmenter read them: the beads still fit)
    const lines = PARAS_A.flat().join('\n');
    const version: Required<Version> = { ...v0, text: lines, hash: sha256Hex(lines), langTag: 'id-ID', sourcePath: '/tmp/a.txt', codes: [code, { kind: 'close', id: 'p1', partner: 0 }], segmentation: 'lines' };
    const pair0 = s.project.alignments[0];
    const bead: Required<Bead> = { ...pair0.beads[0], confirmed: true, locked: true, origin };
    const pair: Required<PairAlignment> = { ...pair0, beads: [bead, ...pair0.beads.slice(1)], refit: true, fromFile: true };
    const annotation: Required<Annotation> = {
      ...s.project.annotations[0],
      target: { type: 'mismatch', key: 'value|1.250@0-5|1,520@0-5', a: 0, b: 1, removed: true },
      group: 'g1',
      file: 'f1',
      noteAttrs: { category: 'x', priority: '2' },
      variant: true,
    };
    const project = { ...s.project, origin: fileOrigin, versions: [version, ...s.project.versions.slice(1)], alignments: [pair], annotations: [annotation] };
    const r = parseProject(serializeProject(project, { app, savedAt: '2024-03-13T10:00:00.000Z' }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.project.alignments[0]).toEqual(pair);
    expect(r.project.origin).toEqual(fileOrigin);
    expect(r.project.versions[0]).toEqual(version);
    expect(r.project.annotations[0]).toEqual(annotation);
    // the origin Selaras writes into its own TMX/XLIFF exports comes back whole too
    expect(parseOrigin(JSON.stringify(origin))).toEqual(origin);
  });

  it('saves whatever an import accepted: a concept of 70 terms, a unit of 300 props, 70 attributes, 70 groups and 7000 codes', () => {
    const s = sample();
    const pair0 = s.project.alignments[0];
    const many = <T>(n: number, f: (k: number) => T): T[] => Array.from({ length: n }, (_, k) => f(k));
    const origin: BeadOrigin = {
      unit: 'u1',
      props: many(300, (k) => [`x-p${k}`, String(k)] as [string, string]),
      attrs: Object.fromEntries(many(70, (k) => [`a${k}`, String(k)])),
      groups: many(70, (k) => `g${k}`),
    };
    const v0 = s.project.versions[0];
    const version: Version = { ...v0, codes: many(7000, (k) => ({ kind: 'ph' as const, id: `c${k}` })) };
    const termbase = { name: 'iate.tbx', format: 'tbx' as const, entries: [{ terms: many(70, (k) => ({ text: `lansia ${k}`, lang: `l${k % 35}`, column: k })) }] };
    const project = {
      ...s.project,
      termbase,
      versions: [version, ...s.project.versions.slice(1)],
      alignments: [{ ...pair0, beads: [{ ...pair0.beads[0], origin }, ...pair0.beads.slice(1)] }],
    };
    const r = parseProject(serializeProject(project, { app, savedAt: '2024-03-13T10:00:00.000Z' }));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.project.termbase).toEqual(termbase);
    expect(r.project.alignments[0].beads[0].origin).toEqual(origin);
    expect(r.project.versions[0].codes).toHaveLength(7000);
  });

  it('keeps the pair the workbench showed (view), and refuses a view that is not an index', () => {
    const s = sample();
    const r = parseProject(serializeProject(s.project, { app, savedAt: '2024-03-13T10:00:00.000Z', view: { pair: 1 } }));
    expect(r.ok && r.doc.view).toEqual({ pair: 1 });
    const plain = parseProject(validText());
    expect(plain.ok && plain.doc.view).toBeUndefined();
    const doc = JSON.parse(validText());
    doc.view = { pair: -1 };
    expect(parseProject(JSON.stringify(doc)).ok).toBe(false);
  });

  it('accepts a UTF-8 BOM in front of the JSON', () => {
    expect(parseProject('\ufeff' + validText()).ok).toBe(true);
  });

  it('an empty file chosen in Open… that is no .selaras is said to be empty (it was said to be cut off); an empty .selaras was cut off', () => {
    const r = parseProject('', { name: 'kosong.txt' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'empty', messageKey: 'errors.empty', params: { name: 'kosong.txt' } });
    const s = parseProject('  \n', { name: 'kosong.selaras' });
    if (!s.ok) expect(s.error.code).toBe('truncated');
    expect(s.ok).toBe(false);
  });

  it('reports every cut-off prefix as truncated (never malformed, never a throw)', () => {
    const text = validText();
    const cuts = [0, 1, 2, 10, 100, text.length >> 1, text.length - 3, text.length - 2];
    for (const cut of cuts) {
      const r = parseProject(text.slice(0, cut), { name: 'x.selaras' });
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('truncated');
        expect(r.error.messageKey).toBe('errors.project.truncated');
        expect(r.error.params.name).toBe('x.selaras');
      }
    }
  });

  it('reports broken JSON as malformed', () => {
    for (const bad of ['{"a": 1}}', '{a: 1}', '[1, 2,, 3]', '{"format": "selaras-project" "x": 1}', '{"a": tru e}']) {
      const r = parseProject(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code, bad).toBe('malformed');
    }
  });

  it('says that text which does not open as JSON (a plain text or HTML file given for a project) is no Selaras project', () => {
    for (const bad of ['selaras', 'Sebanyak 10.000 tentara dikerahkan.\n', '<!doctype html><html></html>', '\uFEFF<?xml version="1.0"?><tmx/>']) {
      const r = parseProject(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([r.error.code, r.error.message], bad).toEqual(['invalid', 'The file is not a Selaras project.']);
    }
  });

  it('refuses a newer schema version with the version numbers as params', () => {
    const doc = JSON.parse(validText());
    doc.schemaVersion = 7;
    const r = parseProject(JSON.stringify(doc), { name: 'new.selaras' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('newer-version');
      expect(r.error.messageKey).toBe('errors.project.newerVersion');
      expect(r.error.params).toMatchObject({ version: 7, supported: SCHEMA_VERSION, name: 'new.selaras' });
    }
  });

  it('says a JSON file of another format is no project, and Selaras\'s own JSON export is an export, not a project', () => {
    const other = parseProject(JSON.stringify({ ...JSON.parse(validText()), format: 'something-else' }), { name: 'x.json' });
    expect(other).toMatchObject({ ok: false, error: { code: 'not-project', messageKey: 'errors.project.malformed' } });
    const exported = parseProject(JSON.stringify({ format: 'selaras-export', formatVersion: 1 }), { name: 'story.json' });
    expect(exported).toMatchObject({ ok: false, error: { code: 'is-export', messageKey: 'errors.project.isExport' } });
    for (const lang of ['en', 'id'] as const) expect(translate(lang, 'errors.project.isExport', { name: 'story.json' })).toMatch(/story\.json.*JSON.*\.selaras/);
  });

  it('refuses wrong types, wrong format tags and non-objects as invalid', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the variants poke at arbitrary JSON
    const variants: Array<(d: any) => unknown> = [
      (d) => ({ ...d, schemaVersion: '2' }),
      (d) => ({ ...d, schemaVersion: 0 }),
      (d) => ({ ...d, project: { ...d.project, versions: 'no' } }),
      (d) => ({ ...d, project: { ...d.project, pivot: 9 } }),
      (d) => ({ ...d, project: { ...d.project, versions: [] } }),
      (d) => {
        d.project.alignments[0].beads[0].score = 2;
        return d;
      },
      (d) => {
        d.project.alignments[0].b = 0;
        return d;
      },
      (d) => {
        d.project.versions[0].hash = 'nothex';
        return d;
      },
      (d) => {
        d.project.annotations[0].verdict = 'maybe';
        return d;
      },
      (d) => {
        d.project.annotations[1].id = d.project.annotations[0].id;
        return d;
      },
      () => [1, 2, 3],
      () => 'a string',
      () => 42,
      () => null,
    ];
    for (const v of variants) {
      const r = parseProject(JSON.stringify(v(JSON.parse(validText()))));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid');
        expect(r.error.messageKey).toBe('errors.project.invalid');
        expect(r.error.message.length).toBeGreaterThan(0);
      }
    }
    expect(parseProject(undefined as unknown as string).ok).toBe(false);
  });

  it('refuses huge strings inside the document and oversize files', () => {
    const doc = JSON.parse(validText());
    doc.project.annotations[0].author = 'x'.repeat(MAX_SHORT + 1);
    const r = parseProject(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid');

    const big = parseProject(validText(), { maxChars: 100 });
    expect(big.ok).toBe(false);
    if (!big.ok) {
      expect(big.error.code).toBe('too-large');
      expect(big.error.messageKey).toBe('errors.project.tooLarge');
    }
  });

  it('drops prototype-pollution keys and never touches Object.prototype', () => {
    const text = validText().replace('"settings": {', '"settings": { "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted2": true } },');
    const escaped = validText().replace('"settings": {', '"settings": { "\\u005f_proto__": { "polluted3": true },');
    for (const t of [text, escaped]) {
      const r = parseProject(t);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(Object.getPrototypeOf(r.project.settings)).toBe(Object.prototype);
        expect(Object.keys(r.project.settings)).not.toContain('__proto__');
      }
    }
    // Also inside a record-typed field (explanation params).
    const viaParams = validText().replace('"params": {', '"params": { "__proto__": { "polluted4": 1 },');
    expect(parseProject(viaParams).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted3).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted4).toBeUndefined();
  });

  it('survives absurd nesting without throwing', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const r = parseProject(deep);
    expect(r.ok).toBe(false);
    const open = '{"a":'.repeat(100_000);
    const r2 = parseProject(open);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.code).toBe('truncated');
  });

  it('fuzz: random mutations of a valid file give ok or a known error, never a throw', () => {
    const text = validText();
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 50 }),
        fc.string({ maxLength: 8 }),
        (at, del, ins) => {
          const mutated = text.slice(0, at) + ins + text.slice(at + del);
          const r = parseProject(mutated);
          if (!r.ok) {
            expect(CODES).toContain(r.error.code);
            expect(r.error.messageKey).toMatch(/^errors\.project\./);
          }
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseProject(JSON.stringify(v) ?? '');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseProject(s);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyJsonFault', () => {
  it('agrees with JSON.parse on validity and tells cut-offs from breakage', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (v, cutSeed) => {
        const text = JSON.stringify(v, null, 1);
        expect(classifyJsonFault(text)).toBeNull();
        if (text.length > 1) {
          const cut = cutSeed % text.length;
          const prefix = text.slice(0, cut);
          let valid = true;
          try {
            JSON.parse(prefix);
          } catch {
            valid = false;
          }
          if (!valid) expect(classifyJsonFault(prefix)).toBe('truncated');
        }
      }),
      { numRuns: 500 },
    );
    expect(classifyJsonFault('{"a":1,}')).toBe('malformed');
    expect(classifyJsonFault('[1 2]')).toBe('malformed');
    expect(classifyJsonFault('"\\x"')).toBe('malformed');
  });
});
