/**
 * Rules of the eighteenth round on real translations (issue 10, the dev14 classes), end to end on one bead.
 * The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, reviews } from './helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.qualifier]);

describe('the base of an exchange rate written as an equation', () => {
  it('*1 Dolar AS = Rp9.150* dropped with its rate: the rate is the figure to report, the base for review', () => {
    const a = 'Cadangan devisa naik menjadi 52 miliar dolar AS, 1 Dolar AS = Rp9.150.';
    const b = 'Foreign reserves rose to US$52 billion.';
    expect(drifts(a, b)).toEqual(['missing:Rp9.150']);
    expect(reviews(a, b)).toEqual(['missing:1 Dolar AS']);
  });
});

describe('hedges of a level approached', () => {
  it('*makin dekat dengan angka Rp9.200* ↔ "closer to Rp9,200": one hedge, no drift', () => {
    expect(read('Kurs rupiah makin dekat dengan angka Rp9.200 per dolar AS.', 'id')).toEqual([['dekat dengan angka Rp9.200', 'about']]);
    expect(drifts('Kurs rupiah makin dekat dengan angka Rp9.200 per dolar AS.', 'The rupiah moved closer to Rp9,200 per dollar.')).toEqual([]);
  });
  it('guard: *dekat dengan 3 sekolah* (near three schools) is no hedge', () => {
    expect(read('Rumah itu dekat dengan 3 sekolah.', 'id')).toEqual([['3 sekolah', 'exact']]);
  });
  it('"weakened nearly to the level of Rp9,300" ↔ *merosot mendekati angka Rp9.300*: no drift', () => {
    expect(drifts('Rupiah merosot mendekati angka Rp9.300 per dolar AS.', 'The rupiah weakened nearly to the level of Rp9,300 per dollar.')).toEqual([]);
  });
});

describe('an amount for one period restated for another carries its hedge', () => {
  it('*sekitar 12.000 dolar setiap bulan atau 144.000 dolar per tahun* ↔ "some ... or some ...": no drift', () => {
    const a = 'Tambang itu menghasilkan sekitar 12.000 dolar AS setiap bulan atau 144.000 dolar AS per tahun.';
    const b = 'The mine earns some US$12,000 a month or some US$144,000 a year.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: an amount that is no multiple of the period stays exact', () => {
    expect(read('Ia menjual sekitar 5 ton setiap hari atau 40 ton seminggu.', 'id')).toEqual([['sekitar 5 ton', 'about'], ['40 ton', 'exact']]);
  });
});
