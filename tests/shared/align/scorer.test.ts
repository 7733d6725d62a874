import { describe, expect, it } from 'vitest';
import { prepare } from '../../../shared/align/engine';
import { DEFAULT_PARAMS, type ModelParams } from '../../../shared/align/params';
import { Scorer, type BeadParts } from '../../../shared/align/scorer';

const off: ModelParams = { ...DEFAULT_PARAMS, split22Ratio: 0 };

/** Scores of the 2-2 bead over both sentence pairs, with the split rule on and off, and the
 * shared evidence of the pairs (d1, d2 on the diagonal, c1, c2 crossing). */
function scores(a: string[], b: string[]): { on: number; off: number; pairs: number[] } {
  const prep = prepare({ lang: 'en', sentences: a }, { lang: 'id', sentences: b }, {});
  const on = new Scorer(prep.A, prep.B, prep.space, DEFAULT_PARAMS, prep.len);
  const no = new Scorer(prep.A, prep.B, prep.space, off, prep.len);
  const parts: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  const pairs = [
    [0, 0],
    [1, 1],
    [0, 1],
    [1, 0],
  ].map(([i, j]) => {
    no.score(i + 1, j + 1, 1, 1, parts);
    return parts.shared;
  });
  return { on: on.score(2, 2, 2, 2), off: no.score(2, 2, 2, 2), pairs };
}

describe('2-2 beads against their split into two 1-1 beads', () => {
  it('gives a 2-2 bead no credit for crossing evidence when each diagonal pair clearly matches', () => {
    const r = scores(
      [
        'Governor Wirananda of Lembata said the 2,450 tonnes of rice reached Kupang and Jakarta on 14 March.',
        'Fishermen in Lamalera caught 37 whales in 2019, according to Siprianus Keraf of the Lembata fisheries office.',
      ],
      [
        'Gubernur Wirananda dari Lembata mengatakan 2.450 ton beras tiba di Kupang pada 14 Maret.',
        'Nelayan Lamalera di Jakarta menangkap 37 paus pada 2019, menurut Siprianus Keraf dari dinas perikanan Lembata.',
      ],
    );
    const [d1, d2, c1, c2] = r.pairs;
    expect(Math.min(d1, d2)).toBeGreaterThan(DEFAULT_PARAMS.split22Ratio * Math.max(c1, c2));
    expect(c1 + c2).toBeGreaterThan(0);
    expect(r.on).toBeLessThan(r.off);
  });

  it('keeps the full score of a real 2-2 bead (a sentence boundary moved)', () => {
    const r = scores(
      [
        'Governor Wirananda of Lembata said 2,450 tonnes of rice reached Kupang, and Siprianus Keraf said fishermen in Lamalera caught 37 whales.',
        'The Lembata fisheries office counted 2019 as a record year for Lamalera.',
      ],
      [
        'Gubernur Wirananda dari Lembata mengatakan 2.450 ton beras tiba di Kupang.',
        'Siprianus Keraf mengatakan nelayan Lamalera menangkap 37 paus, dan dinas perikanan Lembata mencatat 2019 sebagai tahun rekor.',
      ],
    );
    expect(r.on).toBe(r.off);
  });
});
