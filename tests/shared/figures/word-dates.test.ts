/**
 * A day of the month written in words after *tanggal* is a date (shared/figures/extract, wordDateAt). The
 * sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const id = (s: string) => extractFromSentence(s, 'id').map((f) => [f.text, f.kind, f.value]);

describe('*tanggal lima Desember 2006*', () => {
  it('a day in words after tanggal, with or without its year (a month typed with one slip too)', () => {
    expect(id('Bunga dibayar pada tanggal tujuh Maret 2011.')).toEqual([['tujuh Maret 2011', 'date', '2011-03-07']]);
    expect(id('Rapat digelar tanggal dua puluh satu Mei.')).toEqual([['dua puluh satu Mei', 'date', '--05-21']]);
    expect(id('Bunga dibayar pada tanggal tujuh Desembar 2011.')).toEqual([['tujuh Desembar 2011', 'date', '2011-12-07']]);
  });
  it('against "March 7, 2011": a match; against "March 8, 2011" a date drift', () => {
    expect(drifts('Bunga dibayar pada tanggal tujuh Maret 2011.', 'Interest was paid on March 7, 2011.')).toEqual([]);
    expect(drifts('Bunga dibayar pada tanggal tujuh Maret 2011.', 'Interest was paid on March 8, 2011.')).toEqual(['date:tujuh Maret 2011']);
  });
  it('guard: without tanggal, or with no such day, the number words stay a count', () => {
    expect(id('Ia membeli lima Desember lalu.')[0]?.[1]).not.toBe('date');
    expect(id('Pada tanggal tiga puluh Februari.')[0]?.[1]).not.toBe('date');
  });
});
