/**
 * Forms of figures in news copy (classes met on the invented news pairs of tests/fixtures/news-pairs; the
 * sentences here are our own): a list of clock times after one clock word, a span of years of an earlier
 * century or across a school year, a post on a toll road, days before a holiday, `won` the verb, `12 noon`.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.text, f.value]);

describe('news forms of figures', () => {
  it('a list of clock times after one clock word: each is a time', () => {
    expect(read('Kereta berangkat pukul 06.15, 09.40, dan 13.05 WIB.', 'id')).toEqual([
      ['time', '06.15', '06:15'],
      ['time', '09.40', '09:40'],
      ['time', '13.05 WIB', '13:05'],
    ]);
    // guard: an amount after a time stays an amount
    expect(read('Pukul 10.00, harga naik 2,5 persen.', 'id')).toEqual([
      ['time', '10.00', '10:00'],
      ['percent', '2,5 persen', 2.5],
    ]);
  });
  it('a span of years of an earlier century, in brackets or after a word of time; a school or fiscal year', () => {
    expect(read('The Padri War (1803-37) divided the region.', 'en')).toEqual([['range', '1803-37', '1803..1837']]);
    expect(read('Tahun anggaran 2023/2024 ditutup dengan surplus.', 'id')).toEqual([['range', '2023/2024', '2023..2024']]);
    expect(read('The 2023/24 season ended with a title.', 'en')).toEqual([['range', '2023/24', '2023..2024']]);
    // guards: years that do not follow each other, a year of an earlier century alone
    expect(read('Rencana 2023/2026 disusun.', 'id')).toEqual([]);
    expect(read('Scores of 1803-37 were not kept.', 'en').map((f) => f[0])).not.toContain('range');
  });
  it('a post on a toll road is a label, not a distance, in both languages', () => {
    expect(read('Kecelakaan terjadi di Tol Cipali KM 102 arah Cirebon.', 'id')).toEqual([]);
    expect(read('The crash happened at kilometer 102 of the toll road.', 'en')).toEqual([]);
    // guards: a distance stays a distance
    expect(read('Macet sepanjang 8 km terjadi di tol.', 'id')).toEqual([['count', '8 km', 8]]);
    expect(read('They walked 102 kilometres.', 'en')).toEqual([['count', '102 kilometres', 102]]);
  });
  it('days before or after a holiday: H-7, H+3', () => {
    expect(read('Arus mudik mulai padat pada H-7 Lebaran.', 'id')).toEqual([['duration', 'H-7', 7]]);
    expect(read('Arus balik memuncak pada H+3.', 'id')).toEqual([['duration', 'H+3', 3]]);
    // guard: a code
    expect(read('Flu burung H5N1 kembali ditemukan.', 'id')).toEqual([]);
  });
  it('`won` after a number is the verb when an object or a score follows; the currency otherwise', () => {
    expect(read('Candidate number 3 won the vote.', 'en').map((f) => f[0])).not.toContain('money');
    expect(read('Team 2 won 3-1.', 'en').map((f) => f[0])).not.toContain('money');
    expect(read('The loan was 500 billion won.', 'en')).toEqual([['money', '500 billion won', 500e9]]);
  });
  it('`12 noon` is a clock time', () => {
    expect(read('The talks resume at 12 noon on Friday.', 'en')).toEqual([['time', '12 noon', '12:00']]);
  });
});
