import { describe, expect, it } from 'vitest';
import { bandAround, findAnchors, roughPath, type Range } from '../../../shared/align/band';
import { posteriors, scoreCache, viterbi } from '../../../shared/align/dp';
import { prepare } from '../../../shared/align/engine';
import { preferOneToOne } from '../../../shared/align/refine';
import { Scorer } from '../../../shared/align/scorer';

// Our own sentences: a short council report and a loose Indonesian rendering of it, with one pair
// of English sentences merged into one Indonesian sentence and one Indonesian sentence split.
const en = [
  'The Bandung city council approved a budget of 4.2 trillion rupiah on Monday.',
  'Mayor Rahmat Hidayat said 35 percent of it would go to schools.',
  'Roads receive 600 billion rupiah.',
  'The rest covers health clinics and water pipes.',
  'Opposition members asked why the transport fund fell by 12 percent.',
  'The council answered that 3 bus lines would close in March.',
  'Residents of Cibiru protested outside the hall.',
  'About 200 people joined the protest.',
  'Police said the crowd left peacefully at 5 pm.',
  'The budget takes effect on 1 January 2027.',
  'A review is planned for June.',
  'Hidayat promised to publish the full document online.',
];
const id = [
  'DPRD Kota Bandung menyetujui anggaran sebesar 4,2 triliun rupiah pada hari Senin.',
  'Wali Kota Rahmat Hidayat mengatakan 35 persen akan dipakai untuk sekolah.',
  'Jalan mendapat 600 miliar rupiah, sisanya untuk klinik kesehatan dan pipa air.',
  'Anggota oposisi bertanya mengapa dana transportasi turun 12 persen.',
  'Dewan menjawab bahwa 3 trayek bus akan ditutup.',
  'Penutupan itu berlaku pada bulan Maret.',
  'Warga Cibiru berunjuk rasa di depan gedung.',
  'Sekitar 200 orang ikut dalam aksi itu.',
  'Polisi mengatakan massa bubar dengan damai pada pukul 17.00.',
  'Anggaran berlaku mulai 1 Januari 2027.',
  'Tinjauan direncanakan pada bulan Juni.',
  'Hidayat berjanji menerbitkan dokumen lengkap secara daring.',
];

/** Viterbi, the 1-1 preference and the posteriors of one pass, with or without the score cache. */
function pass(withCache: boolean, width: number, temperature = 1): { beads: ReturnType<typeof posteriors>; evaluations: number; cached: number[] } {
  const prep = prepare({ lang: 'en', sentences: en }, { lang: 'id', sentences: id }, {});
  const scorer = new Scorer(prep.A, prep.B, prep.space, prep.params, prep.len);
  let evaluations = 0;
  const evaluate = scorer.evaluate.bind(scorer);
  scorer.evaluate = (...args: Parameters<Scorer['evaluate']>): void => {
    evaluations++;
    evaluate(...args);
  };
  const r: Range = { i0: 0, i1: en.length, j0: 0, j1: id.length };
  const band = bandAround(roughPath(prep.A, prep.B, r, findAnchors(prep.space, prep.A, prep.B, r, 1.5)), en.length, id.length, width);
  const cache = withCache ? scoreCache(band) : undefined;
  const nodes = preferOneToOne(scorer, viterbi(scorer, band, r, undefined, cache), 0, 0);
  const before = evaluations;
  const beads = posteriors(scorer, nodes, r, temperature, cache);
  // Kept 1-1 scores, merged beads' bounds and merged beads' exact scores.
  const cached = [0, 0, 0];
  if (cache) {
    for (const v of cache.oneSet) cached[0] += v;
    for (const v of cache.state) if (v > 0) cached[v]++;
  }
  return { beads, evaluations: evaluations - before, cached };
}

describe('posteriors from the Viterbi pass score cache', () => {
  // High temperatures raise the posteriors' pruning floor above the Viterbi pass's bounds too.
  for (const [width, temperature] of [
    [1, 1],
    [3, 1],
    [6, 1],
    [3, 10],
    [3, 40],
  ]) {
    it(`equal the posteriors that score every bead again (band half-width ${width}, temperature ${temperature})`, () => {
      const plain = pass(false, width, temperature);
      const fast = pass(true, width, temperature);
      expect(fast.beads.length).toBeGreaterThan(5);
      expect(fast.beads).toEqual(plain.beads);
      for (let k = 0; k < plain.beads.length; k++) expect(Object.is(fast.beads[k].posterior, plain.beads[k].posterior)).toBe(true);
      // The cache holds exact scores and pruned bounds, and saves the posteriors scoring work.
      expect(fast.cached[0]).toBeGreaterThan(0);
      expect(fast.cached[1]).toBeGreaterThan(0);
      expect(fast.cached[2]).toBeGreaterThan(0);
      expect(fast.evaluations).toBeLessThan(plain.evaluations);
    });
  }

  it('finds the merged and split beads of the fixture', () => {
    const { beads } = pass(true, 3);
    const shapes = beads.map((b) => `${b.i1 - b.i0}-${b.j1 - b.j0}`);
    expect(shapes).toContain('2-1');
    expect(shapes).toContain('1-2');
  });
});

describe('the scorer\'s band cache of repeated-feature sums', () => {
  it('gives every merged bead the score it gets from a fresh cache, whatever order beads are scored in', () => {
    // Names and numbers repeated in neighbouring sentences on both sides.
    const a = [
      'On Friday Sutrisno met Wulandari in Medan for 3 hours.',
      'Sutrisno and Wulandari signed a port deal worth 90 billion rupiah.',
      'The deal covers 14 ports near Medan and 90 new cranes.',
      'Wulandari said the 14 ports handle 6 million tonnes a year.',
      'Sutrisno added that Medan would get 2 of the cranes first.',
      'Work starts in 2027 and Wulandari expects it to last 3 years.',
      'Critics in Medan said 90 billion rupiah was too little for 14 ports.',
    ];
    const b = [
      'Pada hari Jumat Sutrisno bertemu Wulandari di Medan selama 3 jam.',
      'Sutrisno dan Wulandari menandatangani kesepakatan senilai 90 miliar rupiah.',
      'Kesepakatan itu mencakup 14 pelabuhan dekat Medan dan 90 derek baru.',
      'Wulandari mengatakan 14 pelabuhan itu menangani 6 juta ton per tahun.',
      'Sutrisno menambahkan Medan akan mendapat 2 derek lebih dulu.',
      'Pekerjaan dimulai 2027 dan Wulandari memperkirakan berlangsung 3 tahun.',
      'Pengkritik di Medan menilai 90 miliar rupiah terlalu kecil untuk 14 pelabuhan.',
    ];
    const prep = prepare({ lang: 'en', sentences: a }, { lang: 'id', sentences: b }, {});
    expect(prep.A.rep1.length).toBeGreaterThan(3);
    expect(prep.B.rep1.length).toBeGreaterThan(3);
    const r: Range = { i0: 0, i1: a.length, j0: 0, j1: b.length };
    const band = bandAround(roughPath(prep.A, prep.B, r, []), a.length, b.length, 4);
    const shared = new Scorer(prep.A, prep.B, prep.space, prep.params, prep.len);
    const fresh = new Scorer(prep.A, prep.B, prep.space, prep.params, prep.len);
    shared.useBand(band, 0, 0);
    const beads: Array<[number, number, number, number]> = [];
    for (let i = 0; i <= a.length; i++) {
      for (let j = band.lo[i]; j <= band.hi[i]; j++) {
        for (const [da, db] of [
          [2, 1],
          [1, 2],
          [2, 2],
          [3, 1],
          [1, 3],
        ]) {
          if (i >= da && j >= db) beads.push([i, j, da, db]);
        }
      }
    }
    // Backwards, then forwards: the second round reads sums the first one cached.
    const once = [...beads].reverse().map(([i, j, da, db]) => shared.score(i, j, da, db));
    once.reverse();
    const twice = beads.map(([i, j, da, db]) => shared.score(i, j, da, db));
    const alone = beads.map(([i, j, da, db]) => {
      fresh.useBand(band, 0, 0);
      return fresh.score(i, j, da, db);
    });
    expect(beads.length).toBeGreaterThan(50);
    for (let k = 0; k < beads.length; k++) {
      expect(Object.is(once[k], alone[k])).toBe(true);
      expect(Object.is(twice[k], alone[k])).toBe(true);
    }
  });
});
