/**
 * The real-text drift label set (tests/fixtures/real-drift, issue 10) is well formed: every line parses,
 * ids are unique, kinds valid, surfaces occur in the referenced PANL lines (when ../shared exists), and
 * no corpus sentence is copied into the labels. No precision threshold here: that is the lead's call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LABEL_DIR,
  LABEL_KINDS,
  formatProblems,
  occurrences,
  presentLabelFiles,
  readLabelFile,
  readPanl,
  sixGrams,
  type LabelledPair,
} from '../../../scripts/real-drift-labels';

const files = presentLabelFiles();
const loaded = files.map(({ part, file }) => ({ part, file, ...readLabelFile(file, part) }));
const allPairs: LabelledPair[] = loaded.flatMap((l) => l.pairs);


describe('label format checker', () => {
  const good = {
    id: 'ECO-00012',
    part: 'ECO',
    line: 12,
    split: 'dev',
    translation: true,
    discrepancies: [
      { kind: 'value', a: '10.000', b: '12,000', note: 'count differs' },
      { kind: 'missing', a: 'tiga bulan', b: null },
      { kind: 'added', a: null, b: '2006' },
    ],
    entities: [],
  };
  it('accepts a well-formed pair', () => {
    expect(formatProblems(good, 'ECO')).toEqual([]);
  });
  it('rejects a wrong id, split, kind, side or a labelled non-translation', () => {
    expect(formatProblems({ ...good, id: 'ECO-12' })).toEqual([expect.stringMatching(/id/)]);
    expect(formatProblems({ ...good, split: 'test' })).toEqual([expect.stringMatching(/split/)]);
    expect(formatProblems({ ...good, part: 'INT', id: 'INT-00012' }, 'ECO')).toEqual([expect.stringMatching(/part/)]);
    expect(formatProblems({ ...good, discrepancies: [{ kind: 'drift', a: '1', b: '2' }] })).toEqual([expect.stringMatching(/kind/)]);
    expect(formatProblems({ ...good, discrepancies: [{ kind: 'missing', a: '1', b: '2' }] })).toEqual([expect.stringMatching(/b must be null/)]);
    expect(formatProblems({ ...good, discrepancies: [{ kind: 'value', a: null, b: '2' }] })).toEqual([expect.stringMatching(/a must be a surface/)]);
    expect(formatProblems({ ...good, translation: false })).toEqual([expect.stringMatching(/non-translation/)]);
    expect(formatProblems('x')).toEqual(['not a JSON object']);
  });
  it('finds every occurrence of a surface, exact case first', () => {
    expect(occurrences('5 persen dan 5 persen', '5 persen')).toEqual([
      [0, 8],
      [13, 21],
    ]);
    expect(occurrences('Rabu 12 MEI', '12 Mei')).toEqual([[5, 11]]);
    expect(occurrences('abc', 'x')).toEqual([]);
  });
});

describe.skipIf(files.length === 0)('real-drift label files', () => {
  it('exist beside the guideline', () => {
    expect(fs.existsSync(`${LABEL_DIR}/GUIDELINE.md`)).toBe(true);
  });

  const setName = (l: (typeof loaded)[number]) => path.basename(l.file, '.jsonl');
  const name = (l: (typeof loaded)[number]) => l.part ?? setName(l);
  const perPart = loaded.filter((l) => l.part !== undefined);
  const later = loaded.filter((l) => l.part === undefined);

  it.each(loaded.map((l) => [name(l), l]))('%s: every line is a well-formed pair', (_part, l) => {
    expect(l.errors).toEqual([]);
    expect(l.pairs.length).toBeGreaterThan(0);
  });

  it('ids are unique across parts', () => {
    const ids = allPairs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(perPart.map((l) => [name(l), l]))('%s: about two thirds dev, one third held out', (_part, l) => {
    expect(l.pairs.every((p) => p.split === 'dev' || p.split === 'heldout')).toBe(true);
    const dev = l.pairs.filter((p) => p.split === 'dev').length;
    expect(dev / l.pairs.length).toBeGreaterThan(0.55);
    expect(dev / l.pairs.length).toBeLessThan(0.75);
  });

  it.each(later.map((l) => [name(l), l]))('%s: every pair carries the set name as its split, both parts, none labelled before', (set, l) => {
    expect(l.pairs.every((p) => p.split === set)).toBe(true);
    // (both parts, until INT ran out of unlabelled lines with a figure: dev18 and later are ECO only)
    expect(new Set(l.pairs.map((p) => p.part))).toEqual(new Set(['dev18', 'dev19', 'heldout16'].includes(set) ? ['ECO'] : ['ECO', 'INT']));
    const before = new Set(loaded.filter((o) => o !== l).flatMap((o) => o.pairs).map((p) => p.id));
    expect(l.pairs.filter((p) => before.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('kinds are the contract kinds and surfaces are short figure strings', () => {
    for (const p of allPairs) {
      for (const d of p.discrepancies) {
        expect(LABEL_KINDS).toContain(d.kind);
        for (const s of [d.a, d.b]) if (s !== null) expect(s.length, `${p.id} ${s}`).toBeLessThanOrEqual(40);
      }
    }
  });

  const panl = { ECO: readPanl('ECO'), INT: readPanl('INT') };
  const haveShared = panl.ECO !== null || panl.INT !== null;

  it.skipIf(!haveShared)('surfaces occur in the referenced lines (exact substrings)', () => {
    const missing: string[] = [];
    for (const p of allPairs) {
      const corpus = panl[p.part];
      if (!corpus) continue;
      const a = corpus.a[p.line];
      const b = corpus.b[p.line];
      expect(a, `${p.id}: line beyond the corpus`).toBeDefined();
      expect(b, `${p.id}: line beyond the corpus`).toBeDefined();
      for (const d of [...p.discrepancies, ...p.entities]) {
        if (d.a !== null && !a.includes(d.a)) missing.push(`${p.id} A ${JSON.stringify(d.a)}`);
        if (d.b !== null && !b.includes(d.b)) missing.push(`${p.id} B ${JSON.stringify(d.b)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(!haveShared)('no corpus sentence is copied into notes or surfaces', () => {
    const copied: string[] = [];
    for (const p of allPairs) {
      const corpus = panl[p.part];
      if (!corpus) continue;
      const grams = new Set([...sixGrams(corpus.a[p.line] ?? ''), ...sixGrams(corpus.b[p.line] ?? '')]);
      const texts = [p.note, ...p.discrepancies.flatMap((d) => [d.note, d.a, d.b]), ...p.entities.flatMap((e) => [e.note, e.a, e.b])];
      for (const t of texts) {
        if (!t) continue;
        for (const g of sixGrams(t)) if (grams.has(g)) copied.push(`${p.id}: "${g}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
