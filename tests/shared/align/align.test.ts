import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { AlignCancelled, AlignInputError, align, alignToPivot, parseLexicon } from '../../../shared/align';
import { expectValidComparable, expectValidParallel, readLines } from './helpers';

const fixtures = path.resolve(__dirname, '../../fixtures/align/id-en');

/** Deterministic gibberish: words of random letters, nothing shared between seeds. */
function gibberish(n: number, seed: number): string[] {
  let s = seed;
  const r = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () =>
    `${Array.from({ length: 5 + Math.floor(r() * 15) }, () =>
      Array.from({ length: 3 + Math.floor(r() * 6) }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''),
    ).join(' ')}.`,
  );
}

describe('identical and degenerate inputs', () => {
  it('aligns a story with itself one to one with confidence near 1', () => {
    const s = readLines(path.join(fixtures, '001.en.txt'));
    const al = align({ sentences: s }, { sentences: s });
    expectValidParallel(al, s.length, s.length);
    for (const b of al.beads) {
      expect(b.a).toEqual(b.b);
      expect(b.a).toHaveLength(1);
      expect(b.score).toBeGreaterThan(0.93);
    }
  });

  it('handles empty sides', () => {
    expect(align({ sentences: [] }, { sentences: [] }).beads).toEqual([]);
    const a = align({ sentences: ['Satu.', 'Dua.'] }, { sentences: [] });
    expectValidParallel(a, 2, 0);
    expect(a.beads.every((b) => b.b.length === 0)).toBe(true);
    const b = align({ sentences: [] }, { sentences: ['One.'] }, { mode: 'comparable' });
    expectValidComparable(b, 0, 1);
  });

  it('aligns one line against 10,000 lines quickly', () => {
    const t0 = performance.now();
    const many = gibberish(10000, 3);
    const al = align({ sentences: ['Pasukan tiba di Kursk pada 2024.'] }, { sentences: many });
    expectValidParallel(al, 1, 10000);
    expect(performance.now() - t0).toBeLessThan(10000);
    const rev = align({ sentences: many }, { sentences: ['Troops reached Kursk in 2024.'] });
    expectValidParallel(rev, 10000, 1);
  });

  it('copes with a 100,000-character sentence', () => {
    const long = `${'kata '.repeat(20000)}Kursk 12.000`;
    const al = align({ sentences: ['Awal.', long, 'Akhir.'] }, { sentences: ['Start.', long, 'End.'] });
    expectValidParallel(al, 3, 3);
    expect(al.beads[1]).toMatchObject({ a: [1], b: [1] });
  });

  it('gives texts with no common evidence a valid alignment with low confidence', () => {
    const a = gibberish(30, 1);
    const b = gibberish(30, 2);
    const al = align({ sentences: a }, { sentences: b });
    expectValidParallel(al, 30, 30);
    const mean = al.beads.reduce((s, x) => s + x.score, 0) / al.beads.length;
    expect(mean).toBeLessThan(0.75);
    expect(al.beads.filter((x) => x.score >= 0.9)).toHaveLength(0);
    const cmp = align({ sentences: a }, { sentences: b }, { mode: 'comparable' });
    expectValidComparable(cmp, 30, 30);
    expect(cmp.beads.filter((x) => x.a.length && x.b.length)).toHaveLength(0);
  });

  it('rejects a side without a sentences array', () => {
    expect(() => align({} as never, { sentences: [] })).toThrow(TypeError);
  });
});

describe('locked beads', () => {
  const a = readLines(path.join(fixtures, '003.id.txt'));
  const b = readLines(path.join(fixtures, '003.en.txt'));

  it('keeps a locked bead the aligner would not have chosen', () => {
    // Lock a deliberately odd pairing: A 5 with B 9..10 (1-2), and a one-sided bead.
    const locked = [
      { a: [5], b: [9, 10], score: 0.5, locked: true },
      { a: [16], b: [], score: 0.7, locked: true },
    ];
    const al = align({ lang: 'id', sentences: a }, { lang: 'en', sentences: b }, { locked });
    expectValidParallel(al, a.length, b.length);
    expect(al.beads).toContainEqual({ a: [5], b: [9, 10], score: 0.5, locked: true });
    expect(al.beads).toContainEqual({ a: [16], b: [], score: 0.7, locked: true });
  });

  it('rejects overlapping, crossing and out-of-range locked beads', () => {
    const side = { sentences: ['a.', 'b.', 'c.'] };
    expect(() => align(side, side, { locked: [{ a: [0], b: [0], score: 1 }, { a: [0], b: [1], score: 1 }] })).toThrow(AlignInputError);
    expect(() => align(side, side, { locked: [{ a: [0], b: [2], score: 1 }, { a: [2], b: [0], score: 1 }] })).toThrow(AlignInputError);
    expect(() => align(side, side, { locked: [{ a: [5], b: [0], score: 1 }] })).toThrow(AlignInputError);
    expect(() => align(side, side, { locked: [{ a: [0, 2], b: [0], score: 1 }] })).toThrow(AlignInputError);
    try {
      align(side, side, { locked: [{ a: [7], b: [], score: 1 }] });
    } catch (e) {
      expect((e as AlignInputError).messageKey).toBe('align.lockedOutOfRange');
    }
  });
});

describe('progress and cancellation', () => {
  const a = readLines(path.join(fixtures, '002.id.txt'));
  const b = readLines(path.join(fixtures, '002.en.txt'));

  it('reports fractions from 0 to 1 in order', () => {
    const seen: number[] = [];
    align({ sentences: a }, { sentences: b }, { onProgress: (f) => void seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]);
  });

  it('throws AlignCancelled when onProgress returns false', () => {
    let calls = 0;
    expect(() => align({ sentences: a }, { sentences: b }, { onProgress: () => ++calls < 3 })).toThrow(AlignCancelled);
    expect(() => alignToPivot({ sentences: a }, [{ sentences: b }, { sentences: b }], { onProgress: (f) => f < 0.5 })).toThrow(AlignCancelled);
  });
});

describe('comparable mode', () => {
  it('links sentences that share names and numbers, across order, and leaves the rest alone', () => {
    // B 2 reports what A 0 and A 1 say together; B 0 is A 2; A 3 and B 1 have no counterpart.
    const a = [
      'Banjir melanda Kabupaten Sintang sejak Senin.',
      'Sebanyak 2.340 rumah terendam di 14 desa.',
      'Bupati Jarot Winarno meninjau lokasi pengungsian.',
      'Cuaca diperkirakan membaik pekan depan.',
    ];
    const b = [
      'Regent Jarot Winarno visited the shelters on Tuesday.',
      'Officials praised the quick response of volunteers.',
      'Floods have hit 14 villages in Sintang, submerging 2,340 houses.',
    ];
    const al = align({ lang: 'id', sentences: a }, { lang: 'en', sentences: b }, { mode: 'comparable' });
    expectValidComparable(al, a.length, b.length);
    const links = al.beads.filter((x) => x.a.length && x.b.length);
    expect(links.map((x) => `${x.a}:${x.b}`).sort()).toEqual(['0,1:2', '2:0']);
    for (const l of links) expect(l.score).toBeGreaterThan(0.5);
  });

  it('links republished sentences of the same language and joins a split sentence', () => {
    const a = [
      'Harga beras di Pasar Induk naik menjadi Rp 14.800 per kilogram dan pedagang mengeluhkan pasokan dari Wana Jaya yang turun tajam.',
      'Pemerintah menggelar operasi pasar di 12 kecamatan.',
      'Warga diminta tidak panik.',
    ];
    const b = [
      'Operasi pasar digelar pemerintah di 12 kecamatan sejak Senin.',
      'Di Pasar Induk, harga beras naik menjadi Rp 14.800 per kilogram.',
      'Pedagang mengeluhkan pasokan dari Wana Jaya yang turun tajam.',
      'Seorang pembeli mengaku membeli lima karung.',
    ];
    const al = align({ lang: 'id', sentences: a }, { lang: 'id', sentences: b }, { mode: 'comparable' });
    expectValidComparable(al, a.length, b.length);
    const links = al.beads.filter((x) => x.a.length && x.b.length).map((x) => `${x.a}:${x.b}`);
    expect(links).toContain('0:1,2');
    expect(links).toContain('1:0');
    expect(al.beads.find((x) => x.b.length === 1 && x.b[0] === 3)?.a).toEqual([]);
  });
});

describe('glossary and lexicon options', () => {
  const a = ['Cuaca cerah pagi ini.', 'Zorblat baru diresmikan di pusat kota oleh wali kota.', 'Hujan turun sore hari.'];
  const b = ['The new quibbix was opened in the city centre by the mayor.', 'A storm is expected tomorrow.'];

  it('a user glossary pair links sentences that share nothing else', () => {
    const without = align({ lang: 'id', sentences: a }, { lang: 'en', sentences: b }, { mode: 'comparable' });
    expect(without.beads.filter((x) => x.a.length && x.b.length)).toHaveLength(0);
    const withGlossary = align({ lang: 'id', sentences: a }, { lang: 'en', sentences: b }, { mode: 'comparable', glossary: [['Zorblat', 'quibbix']] });
    expectValidComparable(withGlossary, a.length, b.length);
    expect(withGlossary.beads.filter((x) => x.a.length && x.b.length).map((x) => `${x.a}:${x.b}`)).toEqual(['1:0']);
  });

  it('useLexicon: false ignores the lexicon', () => {
    const lexicon = parseLexicon('hujan\train\ncuaca\tweather\n');
    const on = align({ lang: 'id', sentences: ['Hujan deras.'] }, { lang: 'en', sentences: ['Heavy rain.'] }, { lexicon });
    const off = align({ lang: 'id', sentences: ['Hujan deras.'] }, { lang: 'en', sentences: ['Heavy rain.'] }, { lexicon, useLexicon: false });
    expectValidParallel(on, 1, 1);
    expectValidParallel(off, 1, 1);
    expect(on.beads[0].score).toBeGreaterThan(off.beads[0].score);
  });
});
