/**
 * Reader rules of the twenty-third round: mixed numbers and durations of months and days, found on
 * real German–French text (Text+Berg) and checked against the Indonesian–English dev sets. The
 * sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const read = (s: string) => extractFromSentence(s, 'en').map((f) => [f.text, f.kind, f.value]);

describe('mixed numbers, in every language', () => {
  it('English `1½ m`, `2 1/2 miles`, `12 3/4 acres` and Indonesian `2 1/2 kilometer`, `1½ jam` are one number each', () => {
    expect(read('It was 1½ m deep, 2 1/2 miles away, on 12 3/4 acres.')).toEqual([
      ['1½ m', 'count', 1.5],
      ['2 1/2 miles', 'count', 2.5],
      ['12 3/4 acres', 'count', 12.75],
    ]);
    expect(extractFromSentence('Jaraknya 2 1/2 kilometer, ditempuh 1½ jam.', 'id').map((f) => f.value)).toEqual([2.5, 1.5]);
    expect(extractFromSentence('Das Wasser war 1 ½ m tief.', 'en', 'de').map((f) => f.value)).toEqual([1.5]);
  });
  it('guard: an improper or large second number is no fraction of the first (`5 7/3`, `3 10/20`)', () => {
    expect(read('Rooms 5 7/3 and 3 10/20 were shut.').map((r) => r[2])).not.toContain(5 + 7 / 3);
    expect(read('Rooms 5 7/3 and 3 10/20 were shut.').map((r) => r[2])).not.toContain(3.5);
  });
});

describe('a duration of months and days is one duration', () => {
  it('Indonesian *3 bulan 10 hari* (and *3 bulan dan 10 hari*) is 100 days; against "3 1/3 months" no drift, both ways', () => {
    expect(extractFromSentence('Ia ditahan 3 bulan 10 hari.', 'id').map((f) => [f.text, f.value, f.durationUnit])).toEqual([['3 bulan 10 hari', 100, 'day']]);
    expect(extractFromSentence('Ia ditahan 3 bulan dan 10 hari.', 'id').map((f) => f.value)).toEqual([100]);
    expect(drifts('Ia ditahan 3 bulan 10 hari.', 'He was held for 3 1/3 months.')).toEqual([]);
    expect(drifts('He was held for 3 1/3 months.', 'Ia ditahan 3 bulan 10 hari.', 'en', 'id')).toEqual([]);
  });
  it('English "two months and 15 days" is 75 days; guard: 40 days after a month is no part of it', () => {
    expect(extractFromSentence('The work took two months and 15 days.', 'en').map((f) => f.value)).toEqual([75]);
    expect(extractFromSentence('It took 2 months, 40 days later it ended.', 'en').map((f) => f.value)).toEqual([2, 40]);
  });
});

describe('`in 2007 to September`: the year to that month', () => {
  it('reads as September 2007 and names the year to date: against *Januari-September 2007* no drift, the January only for review', () => {
    expect(read('Net profit in 2007 to September was Rp604.53 billion.')).toEqual([
      ['2007 to September', 'date', '2007-09'],
      ['Rp604.53 billion', 'money', 604530000000],
    ]);
    expect(drifts('Laba bersih periode Januari-September 2007 mencapai Rp604,53 miliar.', 'Net profit in 2007 to September was Rp604.53 billion.')).toEqual([]);
  });
  it('guard: a year before `to` and a day of a month is no span (`in 2005 to March 3`), nor a year before another year', () => {
    expect(read('It ran in 2005 to March 3, and 2006 to 2007.').map((r) => r[0])).not.toContain('2005 to March');
  });
});
