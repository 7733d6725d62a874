import { describe, expect, it } from 'vitest';
import { weekdayOfDate, weekdaysIn } from '../../../shared/figures';
import { oneSlip, slipOfLongName } from '../../../shared/figures/weekdays';

describe('weekday names', () => {
  it('are found in both languages with their day number', () => {
    expect(weekdaysIn('kata dia di Jakarta, Selasa (18/9).', 'id')).toMatchObject([{ day: 2, start: 21, end: 27 }]);
    expect(weekdaysIn('Rapat digelar Kamis dan Jumat.', 'id').map((w) => w.day)).toEqual([4, 5]);
    expect(weekdaysIn('The meeting is set for Tuesday.', 'en')).toMatchObject([{ day: 2 }]);
  });
  it('need a capital where the word has another meaning', () => {
    expect(weekdaysIn('dalam dua minggu terakhir', 'id')).toEqual([]);
    expect(weekdaysIn('Rapat hari Minggu', 'id')).toMatchObject([{ day: 0 }]);
    expect(weekdaysIn('a sunday roast', 'en')).toEqual([]);
  });
  it('a full date has a weekday, a partial one none', () => {
    expect(weekdayOfDate('2007-09-18')).toBe(2);
    expect(weekdayOfDate('--09-18')).toBeUndefined();
    expect(weekdayOfDate('2007')).toBeUndefined();
  });
  it('never throws on bad input', () => {
    expect(weekdaysIn(undefined as unknown as string, 'en')).toEqual([]);
    expect(weekdaysIn('', 'id')).toEqual([]);
  });
});

describe('slipOfLongName', () => {
  const names = new Map([
    ['juni', 6],
    ['oktober', 10],
    ['november', 11],
    ['desember', 12],
  ]);
  it('gives the first long name one slip away, as oneSlip over the names in order would', () => {
    const reference = (w: string) => [...names].find(([n]) => n.length >= 6 && oneSlip(w, n))?.[1];
    for (const w of ['oktobr', 'okotber', 'oktobers', 'novmber', 'desmber', 'juni', 'junii', 'oktober', 'desember', 'xx', 'novembers', 'dessember']) {
      expect(slipOfLongName(w, names)).toBe(reference(w));
    }
    expect(slipOfLongName('novmber', names)).toBe(11);
  });
  it('never matches a short name or the name itself', () => {
    expect(slipOfLongName('junu', names)).toBeUndefined();
    expect(slipOfLongName('november', names)).toBeUndefined();
  });
});
