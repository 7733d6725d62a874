/** Test helpers for the exporters: the sample input and optional xmllint validation. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportInput, ExportScope } from '../../../shared/formats/types';
import { sample, buildText, PARAS_A, PARAS_B, type Sample } from '../../fixtures/project/sample';
import type { Annotation, Project } from '../../../shared/project/types';
import type { Bead } from '../../../shared/align/types';
import { sha256Hex } from '../../../shared/project/hash';
import { expect } from 'vitest';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';

export const SCHEMAS = path.resolve(__dirname, '../../..', '../shared/schemas');

export function inputFrom(s: Sample, scope: ExportScope = 'all'): ExportInput {
  return {
    project: s.project,
    pair: s.project.alignments[0],
    sentencesA: s.sentencesA,
    sentencesB: s.sentencesB,
    comparison: s.comparison,
    ledger: s.ledger,
    scope,
    tool: { name: 'Selaras', version: '0.1.0' },
    now: '2024-03-13T10:00:00.000Z',
  };
}

export function sampleInput(scope: ExportScope = 'all'): ExportInput {
  return inputFrom(sample(), scope);
}

export const XSS_A = '<script>alert(1)</script>';
export const XSS_B = '"><img src=x onerror=alert(1)>';

/** The sample with markup-looking text in sentences and a note. */
export function hostileSample(): Sample {
  const a = PARAS_A.map((p) => p.slice());
  const b = PARAS_B.map((p) => p.slice());
  a[1][1] = `Hujan ${XSS_A} turun selama tiga hari & malam.`;
  b[1][1] = `Rain fell ${XSS_B} for three days.`;
  const s = sample(a, b);
  s.project.annotations[0] = { ...s.project.annotations[0], note: `Lihat ${XSS_A} dan ${XSS_B}` };
  return s;
}

let xmllintChecked: boolean | null = null;
/** True when xmllint and the vendored schemas are available. */
export function canValidate(): boolean {
  if (xmllintChecked === null) {
    const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    xmllintChecked = r.status === 0 && existsSync(path.join(SCHEMAS, 'xliff21-all-modules.xsd')) && existsSync(path.join(SCHEMAS, 'tmx14/tmx14.dtd'));
  }
  return xmllintChecked;
}

/** Runs xmllint on `xml`; returns its exit status and messages. */
export function xmllint(xml: string, kind: 'tmx' | 'xliff21' | 'xliff12' | 'xliff12-transitional'): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'selaras-xml-'));
  const file = path.join(dir, 'doc.xml');
  writeFileSync(file, xml);
  const args =
    kind === 'tmx'
      ? ['--nonet', '--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14/tmx14.dtd'), file]
      : kind === 'xliff21'
        ? ['--nonet', '--noout', '--schema', path.join(SCHEMAS, 'xliff21-all-modules.xsd'), file]
        : ['--nonet', '--noout', '--schema', path.join(SCHEMAS, `xliff12/xliff-core-1.2-${kind === 'xliff12' ? 'strict' : 'transitional'}.xsd`), file];
  const r = spawnSync('xmllint', args, {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
  });
  rmSync(dir, { recursive: true, force: true });
  // xmllint reports success as "<file> validates"; keep only the complaints.
  const output = `${r.stdout}${r.stderr}`
    .split('\n')
    .filter((l) => l.trim() !== '' && !/ validates$/.test(l))
    .join('\n');
  return { status: r.status, output };
}

/** A one-bead input with the given sentences and nothing else. */
export function minimalInput(a: string[][], b: string[][], beads?: Bead[]): ExportInput {
  const A = buildText(a);
  const B = buildText(b);
  const project: Project = {
    versions: [
      { id: 'a', name: 'a.txt', lang: 'id', text: A.text, hash: sha256Hex(A.text) },
      { id: 'b', name: 'b.txt', lang: 'en', text: B.text, hash: sha256Hex(B.text) },
    ],
    pivot: 0,
    alignments: [
      {
        a: 0,
        b: 1,
        mode: 'parallel',
        beads: beads ?? [{ a: A.sentences.map((_, i) => i), b: B.sentences.map((_, i) => i), score: 0.5 }],
      },
    ],
    annotations: [],
    settings: {},
  };
  return {
    project,
    pair: project.alignments[0],
    sentencesA: A.sentences,
    sentencesB: B.sentences,
    comparison: { mismatches: [], matches: [] },
    ledger: [],
    scope: 'all',
    tool: { name: 'Selaras', version: '0.1.0' },
    now: '2024-03-13T10:00:00.000Z',
  };
}

/**
 * Checks that a mismatch annotation read back from an export names the same figures (kind,
 * texts) as before, at offsets that hold those texts in the imported versions.
 */
export function sameMismatchAfterImport(s: Sample, original: { key: string }, back: ImportedBilingual, got: { key: string }): void {
  const before = s.comparison.mismatches.find((m) => m.key === original.key);
  expect(before, `mismatch ${original.key} in the sample`).toBeDefined();
  const [kind, ...sides] = got.key.split('|');
  expect(kind).toBe(before!.kind);
  [before!.aFigure, before!.bFigure].forEach((figure, side) => {
    const m = /^(.*)@(\d+)-(\d+)$/.exec(sides[side] ?? '');
    if (!figure) return expect(sides[side]).toBe('-');
    expect(m?.[1]).toBe(figure.text);
    expect(back.versions[side].text.slice(Number(m![2]), Number(m![3]))).toBe(figure.text);
  });
}

/** Beads over sentences, re-indexed over lines where blank lines separate paragraphs. */
export function linesOf(beads: Bead[], linesA: string[], linesB: string[]): Bead[] {
  const content = (lines: string[]) => lines.flatMap((l, i) => (l === '' ? [] : [i]));
  const a = content(linesA);
  const b = content(linesB);
  return beads.map((x) => ({ ...x, a: x.a.map((i) => a[i]), b: x.b.map((i) => b[i]) }));
}

/**
 * Selaras's own file read back: the sentences, with paragraphs as blank lines between them, and
 * the sample's beads re-indexed over those lines (each blank line joins the bead before it, so
 * the beads cover every line).
 */
export function expectSameRowsAndParagraphs(s: Sample, back: ImportedBilingual): void {
  // Paragraphs come back as blank lines between the sentences; beads index the lines.
  expect(back.versions[0].sentences.filter((x) => x !== '')).toEqual(s.sentencesA.map((x) => x.text));
  expect(back.versions[1].sentences.filter((x) => x !== '')).toEqual(s.sentencesB.map((x) => x.text));
  expect(back.versions[0].text.split('\n\n')).toHaveLength(new Set(s.sentencesA.map((x) => x.paragraph)).size);
  // Each blank line joins the bead before it (beads cover every line), else the beads are the same.
  const [la, lb] = [back.versions[0].sentences, back.versions[1].sentences];
  const withoutBlanks = back.beads.map((x) => ({ ...x, a: x.a.filter((i) => la[i] !== ''), b: x.b.filter((i) => lb[i] !== '') }));
  expect(withoutBlanks).toEqual(linesOf(s.project.alignments[0].beads, la, lb));
  expect(back.beads.flatMap((x) => x.a).sort((p, q) => p - q)).toEqual(la.map((_, i) => i));
}

/** One Arabic sentence and its English translation, imported from XLIFF 2 and made an export input (right-to-left tests). */
export function arabicEnglishInput(): ExportInput {
  const r = importXliff(
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en"><file id="f"><unit id="u1">` +
      `<segment><source>قُتل 25 شخصاً.</source><target>An attack killed 52 people.</target></segment></unit></file></xliff>`,
    'ar.xlf',
  );
  if (!r.ok) throw new Error(r.message);
  return exportInputOf(projectFromBilingual(r, 'ar.xlf'), 0, 'all', 't');
}

/** A reviewer's verdict and note on a mismatch (target: its key, and the pair's versions when given), by Dewi. */
export function verdictOn(id: string, target: Extract<Annotation['target'], { type: 'mismatch' }>, verdict: Annotation['verdict'], note: string, category: Annotation['category'] = 'numbers'): Annotation {
  return { id, target, verdict, category, severity: 'major', note, author: 'Dewi', created: '2024-05-04T08:00:00.000Z', modified: '2024-05-04T08:00:00.000Z' };
}
