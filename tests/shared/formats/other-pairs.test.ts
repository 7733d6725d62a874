/** A pair's export carries that pair's notes only: a project of three versions keeps the others' notes out of it. */
import { describe, expect, it } from 'vitest';
import { alignVersions, analyse } from '../../../shared/pipeline';
import { createProject } from '../../../shared/project/create';
import type { Annotation, Project } from '../../../shared/project/types';
import { exportInputOf } from '../../../shared/formats/input';
import { buildModel } from '../../../shared/formats/model';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportCsv } from '../../../shared/formats/csv';
import { exportHtml } from '../../../shared/formats/html';

const ID = 'Sebanyak 1.500 warga mengungsi.\nInflasi naik 12,5 persen.';
const EN = 'Some 1,500 residents fled.\nInflation rose 15.5 percent.';
const WIRE = 'Some 1.5m residents fled.\nInflation rose 12.5 percent.';

function project(): Project {
  const [a, b, c] = [analyse(ID, { lang: 'id' }), analyse(EN, { lang: 'en' }), analyse(WIRE, { lang: 'en' })];
  const p = createProject(
    [
      { name: 'id.txt', text: ID, lang: 'id' },
      { name: 'en.txt', text: EN, lang: 'en' },
      { name: 'wire.txt', text: WIRE, lang: 'en' },
    ],
    [alignVersions(a, b, {}), alignVersions(a, c, {})],
  );
  const mWire = exportInputOf(p, 1, 'all', 't').comparison.mismatches[0];
  const mEn = exportInputOf(p, 0, 'all', 't').comparison.mismatches[0];
  const ann = (id: string, target: Annotation['target'], note: string): Annotation => ({
    id, target, verdict: 'confirmed', category: 'numbers', severity: 'major', note, author: 'Dewi', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z',
  });
  return {
    ...p,
    annotations: [
      ann('n1', { type: 'mismatch', key: mEn.key, a: 0, b: 1 }, 'EN desk typo.'),
      ann('n2', { type: 'mismatch', key: mWire.key, a: 0, b: 2 }, 'Wire says 1.5m.'),
      ann('n3', { type: 'span', version: 2, start: 0, end: 4 }, 'Wire lead.'),
      ann('n4', { type: 'ledger', what: 'residents' }, 'All versions checked.'),
    ],
  };
}

describe('notes of another pair', () => {
  const p = project();
  it('are not in the pair’s loose notes; its own and the ledger’s are', () => {
    const notes = (pair: number) => {
      const m = buildModel(exportInputOf(p, pair, 'all', 't'));
      return [...m.looseAnnotations, ...m.allRows.flatMap((r) => [...r.issues.flatMap((i) => i.annotations), ...r.spanNotes.map((n) => n.annotation)])].map((a) => a.note).sort();
    };
    expect(notes(0)).toEqual(['All versions checked.', 'EN desk typo.']);
    expect(notes(1)).toEqual(['All versions checked.', 'Wire lead.', 'Wire says 1.5m.']);
  });
  it('the ledger of the second pair names its versions (the project’s first and third), not the first two', () => {
    const input = exportInputOf(p, 1, 'all', 't');
    expect(new Set(input.ledger.flatMap((g) => g.entries.map((e) => e.version)))).toEqual(new Set([0, 2]));
    const html = exportHtml(input);
    expect(html).toContain('(wire.txt,');
    expect(html).not.toContain('(en.txt,');
  });

  it.each([
    ['TMX', exportTmx],
    ['XLIFF 2', exportXliff],
    ['XLIFF 1.2', exportXliff12],
    ['CSV', exportCsv],
    ['HTML', exportHtml],
  ])('%s of the first pair does not carry the second pair’s notes', (_name, write) => {
    const out = write(exportInputOf(p, 0, 'all', 't'));
    const text = typeof out === 'string' ? out : new TextDecoder().decode(out);
    expect(text).toContain('EN desk typo.');
    expect(text).not.toContain('Wire says 1.5m.');
    expect(text).not.toContain('Wire lead.');
    // (nor in Selaras data, where notes are written URI-encoded)
    expect(text).not.toContain(encodeURIComponent('Wire says 1.5m.'));
  });
});
