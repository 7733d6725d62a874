/** A unit holding a whole document is compared sentence by sentence, and reported on its row. */
import { describe, expect, it } from 'vitest';
import { analyse, checkVersions } from '../../shared/pipeline';
import { LONG_BEAD_SENTENCES, refineLongBeads } from '../../shared/long-beads';
import type { Bead } from '../../shared/align/types';

const TOWNS = ['Arvena', 'Belmoro', 'Cistalo', 'Dovrenik', 'Elmacor', 'Fantolo', 'Gravessa', 'Hollmer', 'Istravo', 'Jurenko', 'Kalvado', 'Lumbrecht', 'Morvaine', 'Nestrano', 'Oblavik', 'Pontreza', 'Quarvel', 'Rostomir', 'Salvenca', 'Tormeli', 'Ulvanto', 'Vessardo', 'Wintrova', 'Xandrel', 'Yorvesk', 'Zelmarin', 'Ambrosk', 'Brenvado', 'Corvalis', 'Delmotte'];

/** Sentence k of an English story and of its Indonesian version, with one figure each. */
const en = (k: number, n: number) => `The river port of ${TOWNS[k]} registered ${n} fishing boats last season.`;
const id = (k: number, n: number) => `Pelabuhan sungai ${TOWNS[k]} mendaftarkan ${n} perahu nelayan pada musim lalu.`;

/** A two-line file: line 0 is a whole story in one unit, line 1 a short unit. */
function versions(countsA: number[], countsB: number[]) {
  const a = analyse(`${countsA.map((n, k) => en(k, n)).join(' ')}\nThe harbour closed for 3 days.`, { lang: 'en', lines: true });
  const b = analyse(`${countsB.map((n, k) => id(k, n)).join(' ')}\nPelabuhan ditutup selama 4 hari.`, { lang: 'id', lines: true });
  return { a, b };
}
const beads: Bead[] = [
  { a: [0], b: [0], score: 1 },
  { a: [1], b: [1], score: 1 },
];
const counts = TOWNS.map((_, k) => 10 + k * 7);

describe('long beads', () => {
  it('compares a unit of a whole story sentence by sentence: two counts swapped between sentences are two value drifts', () => {
    const swapped = [...counts];
    [swapped[3], swapped[17]] = [counts[17], counts[3]];
    const { a, b } = versions(counts, swapped);
    const { comparison } = checkVersions(a, b, { beads });
    const values = comparison.mismatches.filter((m) => m.kind === 'value' && m.a[0] === 0);
    // paired across the whole unit, each count found its equal in the other sentence: no drift at all
    expect(values.map((m) => [m.aFigure?.value, m.bFigure?.value])).toEqual([
      [counts[3], counts[17]],
      [counts[17], counts[3]],
    ]);
    // reported on the unit (the row), with the figures as read (their sentence is the unit's line)
    for (const m of values) {
      expect([m.a, m.b]).toEqual([[0], [0]]);
      expect(m.aFigure).toBe(a.figures.find((f) => f.start === m.aFigure!.start));
      expect(m.aFigure!.sentence).toBe(0);
    }
    // the short unit after it keeps its line: 3 days against 4
    const short = comparison.mismatches.find((m) => m.a[0] === 1);
    expect(short).toMatchObject({ kind: 'value', a: [1], b: [1] });
    expect(short?.bFigure?.sentence).toBe(1);
    expect(comparison.matches.filter((m) => m.a[0] === 0)).toHaveLength(TOWNS.length - 2);
    expect(comparison.mismatches.map((m) => m.id)).toEqual(comparison.mismatches.map((_, i) => `m${i + 1}`));
  });

  it('finds a sentence dropped from the middle of the unit as a missing figure on the unit', () => {
    const { a } = versions(counts, counts);
    const b = analyse(`${counts.map((n, k) => (k === 12 ? '' : id(k, n))).filter(Boolean).join(' ')}\nPelabuhan ditutup selama 3 hari.`, { lang: 'id', lines: true });
    const { comparison } = checkVersions(a, b, { beads });
    expect(comparison.mismatches.map((m) => [m.kind, m.aFigure?.value, m.a, m.b])).toEqual([['missing', counts[12], [0], [0]]]);
  });

  it('leaves a bead of up to LONG_BEAD_SENTENCES sentences a side as it is', () => {
    const few = counts.slice(0, LONG_BEAD_SENTENCES);
    const { a, b } = versions(few, few);
    expect(refineLongBeads(beads, a, b)).toBeNull();
    const { a: a2, b: b2 } = versions(counts.slice(0, LONG_BEAD_SENTENCES + 1), counts.slice(0, LONG_BEAD_SENTENCES + 1));
    const refined = refineLongBeads(beads, a2, b2);
    expect(refined?.beads.filter((bd) => bd.a.length === 1 && bd.b.length === 1 && bd.a[0] === bd.b[0])).toHaveLength(LONG_BEAD_SENTENCES + 2);
    expect(refined?.a.sentences).toHaveLength(LONG_BEAD_SENTENCES + 2);
  });
});
