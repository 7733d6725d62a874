/** Currency quotes written as two prices with a slash (buying/selling rate), in both languages. */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value, f.currency ?? null]);

describe('a quote of two prices after a currency sign', () => {
  it('Indonesian Rp14.250/14.270 and English Rp14,250/14,270 read as the same two amounts', () => {
    expect(read('Rupiah ditutup di Rp14.250/14.270 per dolar AS.', 'id')).toEqual([
      ['Rp14.250', 'money', 14250, 'IDR'],
      ['14.270', 'money', 14270, 'IDR'],
    ]);
    expect(read('The rupiah closed at Rp14,250/14,270 per dollar.', 'en')).toEqual([
      ['Rp14,250', 'money', 14250, 'IDR'],
      ['14,270', 'money', 14270, 'IDR'],
    ]);
  });

  it('no currency sign, or numbers of different lengths (a date, a code), is no quote', () => {
    expect(read('Nomor surat 14.250/14.270 dikirim.', 'id').map((r) => r[1])).not.toContain('range');
    expect(read('The note Rp5/2024 was cited.', 'en').map((r) => r[1])).not.toContain('range');
  });
});
