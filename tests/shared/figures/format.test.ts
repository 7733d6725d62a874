import { describe, it, expect } from 'vitest';
import { formatValue, extractFromSentence } from '../../../shared/figures';
import type { Figure } from '../../../shared/figures';
import type { Lang } from '../../../shared/text/types';

const fmt = (s: string, lang: Lang) => extractFromSentence(s, lang).map((f) => formatValue(f));
const fmtId = (s: string, lang: Lang) => extractFromSentence(s, lang).map((f) => formatValue(f, 'id'));

describe('formatValue', () => {
  it('renders counts the English way whatever the source language', () => {
    expect(fmt('sekitar 10.000 tentara', 'id')).toEqual(['10,000']);
    expect(fmt('about 10,000 troops', 'en')).toEqual(['10,000']);
    expect(fmt('2,5 juta orang', 'id')).toEqual(['2.5 million']);
    expect(fmt('2.5 million people', 'en')).toEqual(['2.5 million']);
    expect(fmt('1.234.567 orang', 'id')).toEqual(['1,234,567']);
  });
  it('renders money, percents, dates, times, ranges, ordinals, durations, multipliers, magnitudes', () => {
    expect(fmt('Rp 5 triliun', 'id')).toEqual(['IDR 5 trillion']);
    expect(fmt('$3 billion', 'en')).toEqual(['USD 3 billion']);
    expect(fmt('naik 45 persen', 'id')).toEqual(['45%']);
    expect(fmt('pada 4 Juni 2024', 'id')).toEqual(['2024-06-04']);
    expect(fmt('pukul 14.30 WIB', 'id')).toEqual(['14:30']);
    expect(fmt('antara 5.000 dan 10.000 orang', 'id')).toEqual(['5,000–10,000']);
    expect(fmt('10-15 persen', 'id')).toEqual(['10–15%']);
    expect(fmt('kunjungan kedua presiden', 'id')).toEqual(['2nd']);
    expect(fmt('the 21st century', 'en')).toEqual(['21st']);
    expect(fmt('the 13th round', 'en')).toEqual(['13th']);
    expect(fmt('selama tiga hari', 'id')).toEqual(['3 days']);
    expect(fmt('for one day', 'en')).toEqual(['1 day']);
    expect(fmt('naik dua kali lipat', 'id')).toEqual(['×2']);
    expect(fmt('ribuan tentara', 'id')).toEqual(['thousands']);
    expect(fmt('puluhan ribu warga', 'id')).toEqual(['tens of thousands']);
  });
  it('a span of years is written as the years are, with no group mark, in both languages', () => {
    expect(fmt('The rule held from 1991 to 1997.', 'en')).toEqual(['1991–1997']);
    expect(fmtId('Aturan itu berlaku dari tahun 1991 hingga tahun 1997.', 'id')).toEqual(['1991–1997']);
    expect(fmt('Between 1,500 and 2,000 people came.', 'en')).toEqual(['1,500–2,000']);
  });
  it('never throws on odd figures', () => {
    const odd = { sentence: 0, text: '', start: 0, end: 0, kind: 'count', value: Number.NaN, qualifier: 'exact' } as Figure;
    expect(() => formatValue(odd)).not.toThrow();
    expect(formatValue({ ...odd, kind: 'range', value: '1..2' })).toBe('1–2');
    expect(() => formatValue(null as unknown as Figure)).not.toThrow();
  });

  it('renders values the Indonesian way for an Indonesian interface, from either language', () => {
    expect(fmtId('about 10,000 troops', 'en')).toEqual(['10.000']);
    expect(fmtId('2.5 million people', 'en')).toEqual(['2,5 juta']);
    expect(fmtId('2,5 juta orang', 'id')).toEqual(['2,5 juta']);
    expect(fmtId('45 persen', 'id')).toEqual(['45%']);
    expect(fmtId('ribuan warga', 'id')).toEqual(['ribuan']);
    expect(fmtId('thousands of residents', 'en')).toEqual(['ribuan']);
    expect(fmtId('on June 4, 2024', 'en')).toEqual(['4 Juni 2024']);
    expect(fmtId('pukul 14.30 WIB', 'id')).toEqual(['14.30']);
    expect(fmtId('for 3 days', 'en')).toEqual(['3 hari']);
    expect(fmtId('the 2nd round', 'en')).toEqual(['ke-2']);
  });
});

describe('formatValue of a change in percentage points', () => {
  it('is written in points, not as a percent (the ledger showed 0.4%)', () => {
    const [points] = extractFromSentence('Inflasi naik 0,4 poin persentase.', 'id');
    const [plain] = extractFromSentence('Inflation rose 0.4 percent.', 'en');
    expect([formatValue(points), formatValue(points, 'id'), formatValue(plain)]).toEqual(['0.4 pp', '0,4 poin', '0.4%']);
  });
});
