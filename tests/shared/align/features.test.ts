import { describe, expect, it } from 'vitest';
import { prepare } from '../../../shared/align/engine';
import { addNewerWordFeatures, addWordFeatures, buildSide, computeRepeats, FeatureSpace, IntList, sortSmall, weigh } from '../../../shared/align/features';
import { induceLexicon } from '../../../shared/align/induce';
import { DEFAULT_PARAMS } from '../../../shared/align/params';
import { Scorer } from '../../../shared/align/scorer';
import { bandAround } from '../../../shared/align/band';

const side = (sentences: string[]) => ({ sentences });
const opts = { lexRole: 'none' as const, glossary: [], prefixLen: 4 };

describe('buildSide (per-sentence data in typed arrays)', () => {
  it('keeps each sentence feature list sorted and unique, the same words giving the same ids on both sides', () => {
    const space = new FeatureSpace();
    const A = buildSide(side(['Rusia menjual 10.000 ton gandum ke Mesir, Rusia berkata.', 'Tidak ada angka.']), space, opts);
    const B = buildSide(side(['Russia sold 10,000 tonnes of wheat to Egypt, Russia said.', 'No figures.']), space, opts);
    for (const d of [A, B]) {
      for (let s = 0; s < d.n; s++) {
        const l = Array.from(d.fIds.subarray(d.fStart[s], d.fStart[s + 1]));
        expect(l).toEqual([...new Set(l)].sort((x, y) => x - y));
      }
    }
    const a0 = new Set(A.fIds.subarray(A.fStart[0], A.fStart[1]));
    const shared = Array.from(B.fIds.subarray(B.fStart[0], B.fStart[1])).filter((f) => a0.has(f));
    // rusia/russia (word and name), 10.000 = 10,000, and a few more
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(Array.from(A.nNum)).toEqual([1, 0]);
    expect(Array.from(B.nNum)).toEqual([1, 0]);
    expect(A.cumLen[2]).toBe('Rusia menjual 10.000 ton gandum ke Mesir, Rusia berkata.'.length + 'Tidak ada angka.'.length);
  });

  it('gives each folded word a cognate id equal across sides exactly when the cognate spellings are', () => {
    const space = new FeatureSpace();
    const A = buildSide(side(['Rusia Kanada kata']), space, opts);
    const B = buildSide(side(['Russia Canada word']), space, opts);
    const cog = (d: typeof A, w: string) => d.wordCog[d.words.indexOf(w)];
    expect(cog(A, 'rusia')).toBe(cog(B, 'russia'));
    expect(cog(A, 'kanada')).toBe(cog(B, 'canada'));
    expect(cog(A, 'kata')).not.toBe(cog(B, 'word'));
  });

  it('uses given numbers instead of reading digits', () => {
    const space = new FeatureSpace();
    const A = buildSide({ sentences: ['tanpa angka', 'ada 5'], numbers: [[7, 7, 8], []] }, space, opts);
    expect(Array.from(A.nNum)).toEqual([2, 0]);
  });
});

describe('addWordFeatures', () => {
  it('adds each word’s features to the sentences holding it, lists sorted and unique', () => {
    const space = new FeatureSpace();
    const d = buildSide(side(['alpha beta', 'beta gamma', 'delta']), space, opts);
    const before = d.n;
    const x = space.intern('i-x');
    const y = space.intern('i-y');
    const beta = d.words.indexOf('beta');
    const gamma = d.words.indexOf('gamma');
    const start = new Int32Array(d.words.length + 1);
    // beta brings x and y, gamma brings x
    const per: number[][] = d.words.map((_, w) => (w === beta ? [y, x] : w === gamma ? [x] : []));
    per.forEach((l, w) => (start[w + 1] = start[w] + l.length));
    const feats = Int32Array.from(per.flat());
    const old = [0, 1, 2].map((s) => Array.from(d.fIds.subarray(d.fStart[s], d.fStart[s + 1])));
    addWordFeatures(d, start, feats);
    const now = [0, 1, 2].map((s) => Array.from(d.fIds.subarray(d.fStart[s], d.fStart[s + 1])));
    expect(d.n).toBe(before);
    expect(now[0]).toEqual([...new Set([...old[0], x, y])].sort((p, q) => p - q));
    expect(now[1]).toEqual([...new Set([...old[1], x, y])].sort((p, q) => p - q));
    expect(now[2]).toEqual(old[2]);
  });
});

describe('addNewerWordFeatures', () => {
  // Two English and two Indonesian sentences sharing words, names and numbers; each word pair
  // below becomes a feature newer than all read ones, as the induced lexicon's are.
  const en = [
    'Harbour master Yohanes Bere counted 1,240 containers at Tenau in April.',
    'Tenau also handled 310 cattle ships, Yohanes Bere said.',
    'Cattle ships from Sumba left Tenau for Surabaya.',
    'Bere expects 1,300 containers in May.',
    'Nothing else happened there.',
  ];
  const id = [
    'Syahbandar Yohanes Bere menghitung 1.240 kontainer di Tenau pada April.',
    'Tenau juga melayani 310 kapal ternak, kata Yohanes Bere.',
    'Kapal ternak dari Sumba meninggalkan Tenau menuju Surabaya.',
    'Bere memperkirakan 1.300 kontainer pada Mei.',
    'Tidak ada yang lain.',
  ];
  const pairs: Array<[string, string]> = [
    ['containers', 'kontainer'],
    ['cattle', 'ternak'],
    ['ships', 'kapal'],
    ['ships', 'ternak'],
    ['counted', 'menghitung'],
    ['nothing', 'tidak'],
  ];
  const build = () => {
    const prep = prepare({ sentences: en }, { sentences: id }, {});
    const { A, B, space } = prep;
    const perWord = (words: string[], side: 0 | 1): { start: Int32Array; ids: Int32Array } => {
      const per: number[][] = words.map(() => []);
      pairs.forEach((pr, k) => {
        const w = words.indexOf(pr[side]);
        if (w >= 0) per[w].push(space.intern(`i${k}`));
      });
      const start = new Int32Array(words.length + 1);
      per.forEach((l, w) => (start[w + 1] = start[w] + l.length));
      return { start, ids: Int32Array.from(per.flat()) };
    };
    return { prep, wa: perWord(A.words, 0), wb: perWord(B.words, 1) };
  };

  it('gives the lists, repeat lists and weights of addWordFeatures followed by weigh', () => {
    const one = build();
    const two = build();
    addWordFeatures(one.prep.A, one.wa.start, one.wa.ids);
    addWordFeatures(one.prep.B, one.wb.start, one.wb.ids);
    weigh(one.prep.space, one.prep.A, one.prep.B, DEFAULT_PARAMS);
    addNewerWordFeatures(two.prep.space, two.prep.A, two.prep.B, DEFAULT_PARAMS, two.wa, two.wb);
    expect(Array.from(two.prep.space.weight)).toEqual(Array.from(one.prep.space.weight));
    expect(Array.from(two.prep.space.isNum)).toEqual(Array.from(one.prep.space.isNum));
    let induced = 0;
    for (const side of ['A', 'B'] as const) {
      const x = one.prep[side];
      const y = two.prep[side];
      for (const key of ['fStart', 'fIds', 'rep1Start', 'rep1', 'rep2Start', 'rep2', 'triStart', 'tri', 'sig'] as const) {
        expect(Array.from(y[key]), `${side}.${key}`).toEqual(Array.from(x[key]));
      }
      for (const f of x.fIds) if (one.prep.space.fam[f] === 6) induced++;
    }
    expect(induced).toBeGreaterThan(4);
  });
});

describe('typed-array helpers', () => {
  it('sortSmall sorts a slice in place, short and long, leaving the rest alone', () => {
    for (const len of [0, 1, 5, 48, 49, 200]) {
      const a = Int32Array.from({ length: len + 4 }, (_, k) => (k * 7919 + 13) % 101);
      const want = [...Array.from(a.subarray(2, 2 + len))].sort((p, q) => p - q);
      const head = [a[0], a[1]];
      const tail = [a[len + 2], a[len + 3]];
      sortSmall(a, 2, 2 + len);
      expect(Array.from(a.subarray(2, 2 + len))).toEqual(want);
      expect([a[0], a[1]]).toEqual(head);
      expect([a[len + 2], a[len + 3]]).toEqual(tail);
    }
  });

  it('IntList grows and trims', () => {
    const l = new IntList(2);
    for (let k = 0; k < 1000; k++) l.push(k * 3);
    const a = l.done();
    expect(a.length).toBe(1000);
    expect(a[999]).toBe(2997);
  });
});

describe('Scorer band cache', () => {
  it('scores every bead of the band the same with the filled pair cache as without it', () => {
    const a = [
      'Governor Wirananda said 2,450 tonnes of rice reached Kupang on 14 March.',
      'Fishermen in Lamalera caught 37 whales in 2019.',
      'The Lembata fisheries office counted the boats.',
      'Prices rose by 12 percent in Jakarta.',
      'Siprianus Keraf expects a better season.',
    ];
    const b = [
      'Gubernur Wirananda mengatakan 2.450 ton beras tiba di Kupang pada 14 Maret.',
      'Nelayan Lamalera menangkap 37 paus pada 2019.',
      'Dinas perikanan Lembata menghitung perahu.',
      'Harga naik 12 persen di Jakarta.',
      'Siprianus Keraf mengharapkan musim yang lebih baik.',
    ];
    const prep = prepare({ lang: 'en', sentences: a }, { lang: 'id', sentences: b }, {});
    const plain = new Scorer(prep.A, prep.B, prep.space, DEFAULT_PARAMS, prep.len);
    const cached = new Scorer(prep.A, prep.B, prep.space, DEFAULT_PARAMS, prep.len);
    const g = Float64Array.from({ length: 6 }, (_, i) => i);
    cached.useBand(bandAround(g, 5, 5, 2), 0, 0);
    let compared = 0;
    for (let i = 1; i <= 5; i++) {
      for (let j = 1; j <= 5; j++) {
        for (const [da, db] of [[1, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1]]) {
          if (i < da || j < db) continue;
          expect(cached.score(i, j, da, db)).toBeCloseTo(plain.score(i, j, da, db), 4);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(60);
    // the diagonal shares evidence, so the band's values are not all zero
    expect(cached.score(1, 1, 1, 1)).toBeGreaterThan(cached.score(1, 2, 1, 1));
  });
});

describe('induceLexicon', () => {
  it('pairs words that co-occur in confident beads, not words that meet their own cognate', () => {
    const a: string[] = [];
    const b: string[] = [];
    for (let k = 0; k < 12; k++) {
      a.push(k % 2 ? `house number ${k} Jakarta` : `river number ${k} Jakarta`);
      b.push(k % 2 ? `rumah nomor ${k} Jakarta` : `sungai nomor ${k} Jakarta`);
    }
    const space = new FeatureSpace();
    const A = buildSide(side(a), space, opts);
    const B = buildSide(side(b), space, opts);
    const beads = a.map((_, k) => ({ i0: k, i1: k + 1, j0: k, j1: k + 1 }));
    const pairs = induceLexicon(A, B, beads, { minCount: 2, minDice: 0.5, maxPerWord: 2, maxBeads: 5000 }).map(([x, y]) => `${A.words[x]}=${B.words[y]}`);
    expect(pairs).toContain('house=rumah');
    expect(pairs).toContain('river=sungai');
    expect(pairs).not.toContain('house=sungai');
    expect(pairs.some((p) => p.startsWith('jakarta='))).toBe(false);
  });
});

describe('FeatureSpace.cogFeature (word, prefix and name features by spelling id)', () => {
  it('gives one feature per spelling and family, a prefix shared by spellings that start alike', () => {
    const space = new FeatureSpace();
    const kapal = space.cognateId('kapal');
    const kapas = space.cognateId('kapas');
    const word = space.cogFeature(0, kapal, 'kapal', 4);
    expect(space.cogFeature(0, kapal, 'kapal', 4)).toBe(word);
    const name = space.cogFeature(2, kapal, 'kapal', 4);
    expect(name).not.toBe(word);
    expect(space.cogFeature(0, kapas, 'kapas', 4)).not.toBe(word);
    // 'kapa' is the prefix of both spellings: one feature, the same as a keyed prefix.
    const prefix = space.cogFeature(1, kapal, 'kapal', 4);
    expect(space.cogFeature(1, kapas, 'kapas', 4)).toBe(prefix);
    expect(space.intern('pkapa')).toBe(prefix);
    expect(new Set([word, name, prefix]).size).toBe(3);
    // A spelling no longer than the prefix has none.
    const kapa = space.cognateId('kapa');
    expect(space.cogFeature(1, kapa, 'kapa', 4)).toBe(-1);
    expect(space.fam[word]).toBe(1);
    expect(space.fam[prefix]).toBe(2);
    expect(space.fam[name]).toBe(3);
  });
});

describe('computeRepeats (features shared by neighbouring sentences)', () => {
  it('equals the sorted intersections of the kept features of s with s + 1, s + 2 and both', () => {
    const space = new FeatureSpace();
    const d = buildSide(
      side([
        'Harbour master Yohanes Bere counted 1,240 containers at Tenau in April.',
        'Tenau also handled 310 cattle ships, Yohanes Bere said.',
        'Cattle from Sumba and Timor left Tenau for Surabaya in April.',
        'Bere expects 1,300 containers in May.',
        'Nothing else.',
      ]),
      space,
      opts,
    );
    const keep = new Uint8Array(space.size);
    for (let f = 0; f < space.size; f += 2) keep[f] = 1; // every other feature
    computeRepeats(d, keep);
    const feats = (s: number): number[] => Array.from(d.fIds.subarray(d.fStart[s], d.fStart[s + 1]));
    const inter = (x: number[], y: number[]): number[] => x.filter((f) => keep[f] && y.includes(f));
    const list = (a: Int32Array, start: Int32Array, s: number): number[] => Array.from(a.subarray(start[s], start[s + 1]));
    let some = 0;
    for (let s = 0; s < d.n; s++) {
      const r1 = s + 1 < d.n ? inter(feats(s), feats(s + 1)) : [];
      const r2 = s + 2 < d.n ? inter(feats(s), feats(s + 2)) : [];
      const tri = s + 2 < d.n ? r1.filter((f) => feats(s + 2).includes(f)) : [];
      expect(list(d.rep1, d.rep1Start, s)).toEqual(r1);
      expect(list(d.rep2, d.rep2Start, s)).toEqual(r2);
      expect(list(d.tri, d.triStart, s)).toEqual(tri);
      some += r1.length + r2.length;
    }
    expect(some).toBeGreaterThan(0);
  });
});

describe('sortSmall', () => {
  it('sorts ranges of any length in place, with repeats, leaving the rest of the array alone', () => {
    let seed = 7;
    const r = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
    for (let it = 0; it < 300; it++) {
      const n = Math.floor(r() * 200);
      const range = it % 3 === 0 ? 4 : 100000;
      const a = Int32Array.from({ length: n + 6 }, () => Math.floor(r() * range) - (range >> 1));
      const from = 3;
      const to = from + n;
      const want = Array.from(a);
      want.splice(from, n, ...want.slice(from, to).sort((x, y) => x - y));
      sortSmall(a, from, to);
      expect(Array.from(a)).toEqual(want);
    }
  });
});
