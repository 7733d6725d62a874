/**
 * *atau lebih* after an amount is "or more" also when a noun or a verb follows it (*pemilik saham 5 persen
 * atau lebih wajib lapor*), not only at the end of the phrase; an adjective compared with something
 * (*atau lebih rendah dibanding*) or "or rather" (*atau lebih dikenal*) stays no bound. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const first = (s: string, lang: 'id' | 'en') => {
  const f = extractFromSentence(s, lang)[0];
  return [f.text, f.value, f.qualifier];
};

describe('*atau lebih* before a noun or a verb', () => {
  it('Indonesian: the bound is read before a verb and before a noun', () => {
    expect(first('Pemilik saham 10 persen atau lebih wajib melapor ke bursa.', 'id')).toEqual(['10 persen atau lebih', 10, 'at-least']);
    expect(first('Tim memasang sensor di 30 atau lebih titik pantau.', 'id')).toEqual(['30 atau lebih', 30, 'at-least']);
  });
  it('English: `or more` before a noun is the same bound', () => {
    expect(first('Owners of 10 percent or more shares must report to the exchange.', 'en')).toEqual(['10 percent or more', 10, 'at-least']);
  });
  it('the bound on both sides agrees', () => {
    expect(drifts('Pemilik saham 10 persen atau lebih wajib melapor ke bursa.', 'Owners of 10 percent or more shares must report to the exchange.')).toEqual([]);
  });
  it('guards: a bound one side drops still drifts; a comparison, a measured difference and "or rather" stay exact', () => {
    expect(drifts('Pemilik saham 10 persen atau lebih wajib melapor ke bursa.', 'Owners of 10 percent of the shares must report to the exchange.')).toEqual(['qualifier:10 persen atau lebih']);
    expect(extractFromSentence('Inflasi 4,2 persen atau lebih rendah dibanding April.', 'id')[0].qualifier).toBe('exact');
    expect(extractFromSentence('Ekspor Rp8 triliun atau lebih besar dua kali lipat dari tahun lalu.', 'id')[0].qualifier).toBe('exact');
    expect(extractFromSentence('Pinjaman Rp2 juta atau lebih dikenal sebagai kredit mikro.', 'id')[0].qualifier).toBe('exact');
  });
});
