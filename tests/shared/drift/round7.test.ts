/**
 * Drift rules of the seventh round on real translations (issue 10), end to end on one bead, in both
 * directions where both exist. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyse, checkVersions } from '../../../shared/pipeline';

type Lang = 'id' | 'en';

function check(lineA: string, lineB: string, langA: Lang = 'id', langB: Lang = 'en') {
  const a = analyse(lineA, { lang: langA, lines: true });
  const b = analyse(lineB, { lang: langB, lines: true });
  return checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison;
}

/** The mismatches at a level as `kind:surface`. */
function at(level: 'drift' | 'review', lineA: string, lineB: string, langA: Lang = 'id', langB: Lang = 'en'): string[] {
  return check(lineA, lineB, langA, langB)
    .mismatches.filter((m) => m.kind !== 'entity' && (m.level ?? 'drift') === level)
    .map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`);
}
const drifts = (a: string, b: string, la: Lang = 'id', lb: Lang = 'en') => at('drift', a, b, la, lb);
const all = (a: string, b: string, la: Lang = 'id', lb: Lang = 'en') => [...at('drift', a, b, la, lb), ...at('review', a, b, la, lb)];

describe('the year of a hyphenated part of a year is stated on both sides', () => {
  it('Indonesian triwulan I-2008 ↔ English "the first quarter of 2008": no mismatch', () => {
    expect(all('Ekspor kopi triwulan I-2008 turun 4 persen.', 'Coffee exports fell 4 percent in the first quarter of 2008.')).toEqual([]);
  });
  it('English Q3-2007 ↔ Indonesian kuartal III 2007: no mismatch; a changed year is a drift', () => {
    expect(all('Cement sales rose 6 percent in Q3-2007.', 'Penjualan semen naik 6 persen pada kuartal III 2007.', 'en', 'id')).toEqual([]);
    expect(drifts('Penjualan semen naik 6 persen pada semester II-2007.', 'Cement sales rose 6 percent in the second half of 2008.')).toEqual(['date:2007']);
  });
});
