/**
 * Two parts of a year of different lengths (shared/drift/year-parts): a half-year rendered as a quarter,
 * or a quarter as a half-year, is a date drift, worded with the months each covers. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { wordExplanation } from '../../../shared/drift/explain';
import { checkLine, drifts } from './helpers';

describe('a half-year rendered as a quarter, and back', () => {
  it('*semester I* ↔ "first quarter": a date drift, either way', () => {
    const a = 'Ekspor kakao pada semester I 2011 naik menjadi 210.000 ton.';
    const b = 'Cocoa exports in the first quarter of 2011 rose to 210,000 tons.';
    expect(drifts(a, b)).toEqual(['date:semester I']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['date:first quarter']);
  });
  it('*triwulan kedua* ↔ "second half": a date drift', () => {
    const a = 'Penjualan semen pada triwulan kedua turun 4 persen.';
    const b = 'Cement sales in the second half fell 4 percent.';
    expect(drifts(a, b)).toEqual(['date:triwulan kedua']);
  });
  it('the explanation names both periods, in English and in Indonesian', () => {
    const m = checkLine('Ekspor kakao pada semester I 2011 naik menjadi 210.000 ton.', 'Cocoa exports in the first quarter of 2011 rose to 210,000 tons.').mismatches[0];
    expect(m.messageKey).toBe('drift.period');
    expect(m.note).toBe('"semester I" covers 6 months but "first quarter" covers 3: the period changed.');
    expect(wordExplanation(m, 'id')).toBe('“semester I” mencakup 6 bulan, tetapi “first quarter” mencakup 3 bulan: periodenya berubah.');
  });
  it('a quarter said "up to" (*sampai dengan triwulan II*) covers the year from January: the first half', () => {
    expect(drifts('Sampai dengan triwulan II 2010, ekspor teh naik 4 persen.', 'In the first half of 2010, tea exports rose 4 percent.')).toEqual([]);
    expect(drifts('Pada triwulan II 2010, ekspor teh naik 4 persen.', 'In the first half of 2010, tea exports rose 4 percent.')).toEqual(['date:triwulan II']);
  });
  it('guard: the same kind of period agrees (*semester pertama* ↔ "first half", *kuartal III* ↔ "third quarter")', () => {
    expect(drifts('Ekspor kakao pada semester pertama 2011 naik 3 persen.', 'Cocoa exports in the first half of 2011 rose 3 percent.')).toEqual([]);
    expect(drifts('Laba pada kuartal III turun 2 persen.', 'Profit in the third quarter fell 2 percent.')).toEqual([]);
  });
  it('guard: another number of the same kind of period stays a value drift', () => {
    expect(drifts('Laba pada kuartal III turun 2 persen.', 'Profit in the second quarter fell 2 percent.')).toEqual(['value:kuartal III']);
  });
});
