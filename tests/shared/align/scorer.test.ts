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

describe('Scorer.sharedAndDelta (what a bead\'s confidence needs)', () => {
  it('gives the δ and shared evidence that score() gives, with and without miss costs, for every bead shape', () => {
    const a = [
      'The ferry from Larantuka to Adonara carried 412 passengers on Sunday, port officer Bernadus Kedang said.',
      'Two more boats will sail from 3 May.',
      'Kedang said the old pier in Waiwerang needs Rp2.1 billion of repairs.',
      'The regency will ask Jakarta for the money.',
    ];
    const b = [
      'Kapal feri dari Larantuka ke Adonara mengangkut 412 penumpang pada Minggu, kata petugas pelabuhan Bernadus Kedang.',
      'Dua kapal lagi akan berlayar mulai 3 Mei.',
      'Menurut Kedang, dermaga lama di Waiwerang perlu perbaikan senilai Rp2,1 miliar.',
      'Kabupaten akan meminta dana itu ke Jakarta.',
    ];
    const prep = prepare({ lang: 'en', sentences: a }, { lang: 'id', sentences: b }, {});
    const miss = new Float64Array(prep.space.size).fill(0.3);
    for (const scorer of [new Scorer(prep.A, prep.B, prep.space, DEFAULT_PARAMS, prep.len), new Scorer(prep.A, prep.B, prep.space, DEFAULT_PARAMS, prep.len, undefined, miss)]) {
      const full: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
      const lite: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
      for (const [da, db] of [
        [1, 1],
        [1, 2],
        [2, 1],
        [2, 2],
        [1, 3],
        [3, 1],
      ]) {
        for (let i = da; i <= a.length; i++) {
          for (let j = db; j <= b.length; j++) {
            scorer.score(i, j, da, db, full);
            scorer.sharedAndDelta(i, j, da, db, lite);
            expect(Object.is(lite.delta, full.delta)).toBe(true);
            expect(Object.is(lite.shared, full.shared)).toBe(true);
          }
        }
      }
    }
  });
});
