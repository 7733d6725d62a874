import { describe, it, expect } from 'vitest';
import { isoDate, validDate } from '../../../shared/figures/dates';
import { extractFromSentence } from '../../../shared/figures';
import type { Lang } from '../../../shared/text/types';

const dates = (s: string, lang: Lang) => extractFromSentence(s, lang).filter((f) => f.kind === 'date' || f.kind === 'time');

describe('date helpers', () => {
  it('builds ISO 8601 with unknown parts left out', () => {
    expect(isoDate(2024, 10, 23)).toBe('2024-10-23');
    expect(isoDate(2024, 8, undefined)).toBe('2024-08');
    expect(isoDate(undefined, 6, 4)).toBe('--06-04');
    expect(isoDate(undefined, 4, undefined)).toBe('--04');
    expect(isoDate(2024, undefined, undefined)).toBe('2024');
  });
  it('knows month lengths and leap years', () => {
    expect(validDate(31, 4)).toBe(false);
    expect(validDate(29, 2, 2023)).toBe(false);
    expect(validDate(29, 2, 2024)).toBe(true);
    expect(validDate(29, 2)).toBe(true);
    expect(validDate(0, 1)).toBe(false);
  });
});

describe('dates in Indonesian', () => {
  it.each([
    ['pada Rabu (23/10/2024) pagi', '2024-10-23'],
    ['tiba pada 4 Juni lalu', '--06-04'],
    ['pada 4 Juni 2024', '2024-06-04'],
    ['sejak Agustus 2024', '2024-08'],
    ['pada 2024', '2024'],
    ['sejak tahun 1945', '1945'],
    ['Selasa (4/6) malam', '--06-04'],
    ['pada 23-10-2024', '2024-10-23'],
    ['pada 2024-10-23', '2024-10-23'],
    ['pada 23.10.2024', '2024-10-23'],
    ['pada bulan April', '--04'],
    ['November lalu', '--11'],
    ['pada 1 Mei', '--05-01'],
    ['pada 17 Agt 2024', '2024-08-17'],
    ['pada tanggal 17', '---17'],
  ])('%s → %s', (s, v) => {
    expect(dates(s, 'id').map((f) => f.value)).toEqual([v]);
  });

  it('reads clock times', () => {
    expect(dates('pukul 14.30 WIB', 'id')).toMatchObject([{ kind: 'time', value: '14:30', text: '14.30 WIB' }]);
    expect(dates('sejak pukul 14.30', 'id')).toMatchObject([{ value: '14:30' }]);
    expect(dates('pukul 9 pagi', 'id')).toMatchObject([{ value: '09:00' }]);
    expect(dates('pukul 3 sore', 'id')).toMatchObject([{ value: '15:00' }]);
    expect(dates('pukul 8 malam', 'id')).toMatchObject([{ value: '20:00' }]);
    expect(dates('pukul 10.00-12.00 WIB', 'id').map((f) => f.value)).toEqual(['10:00', '12:00']);
  });

  it('does not take weekdays, lone months without context or law years as dates', () => {
    expect(dates('Rabu malam ia pulang', 'id')).toEqual([]);
    expect(dates('Juni adalah nama anaknya', 'id')).toEqual([]);
    expect(dates('menurut UU No. 12 Tahun 2011', 'id')).toEqual([]);
    expect(dates('selama 48 jam', 'id')).toEqual([]);
  });

  it('reads a day range within one month as two dates', () => {
    expect(dates('pada 5-7 September 2023', 'id').map((f) => f.value)).toEqual(['2023-09-05', '2023-09-07']);
  });
});

describe('dates in English', () => {
  it.each([
    ['on June 4', '--06-04'],
    ['on 4 June', '--06-04'],
    ['on June 4, 2024', '2024-06-04'],
    ['on 4th June 2024', '2024-06-04'],
    ['on June 4th', '--06-04'],
    ['in February 2022', '2022-02'],
    ['in 2023', '2023'],
    ['the 2024 election', '2024'],
    ['since mid-2024', '2024'],
    ['in March', '--03'],
    ['since last November', '--11'],
    ['on Oct. 5', '--10-05'],
  ])('%s → %s', (s, v) => {
    expect(dates(s, 'en').map((f) => f.value)).toEqual([v]);
  });

  it('reads slash dates month first and flags the other reading', () => {
    expect(dates('on 6/4', 'en')).toMatchObject([{ value: '--06-04', ambiguous: true, alternatives: ['--04-06'] }]);
    expect(dates('on 10/23/2024', 'en')).toMatchObject([{ value: '2024-10-23' }]);
    expect(dates('on 10/23/2024', 'en')[0].ambiguous).toBeUndefined();
    expect(dates('on 23/10/2024', 'en')).toMatchObject([{ value: '2024-10-23' }]);
  });

  it('reads clock times', () => {
    expect(dates('at 2:30 p.m. on Friday', 'en')).toMatchObject([{ kind: 'time', value: '14:30' }]);
    expect(dates('at 14:30', 'en')).toMatchObject([{ value: '14:30' }]);
    expect(dates('at 9 am', 'en')).toMatchObject([{ value: '09:00' }]);
    expect(dates('at 12 pm', 'en')).toMatchObject([{ value: '12:00' }]);
    expect(dates('at 12:15 a.m.', 'en')).toMatchObject([{ value: '00:15' }]);
    expect(dates('at 0500 GMT', 'en')).toMatchObject([{ value: '05:00' }]);
  });

  it('reads a year written before its month as one month of that year (English only)', () => {
    expect(dates('during the 2005 November election campaign', 'en')).toMatchObject([{ value: '2005-11', text: '2005 November' }]);
    // not before `May` or `March` (words too), a day number or a name
    expect(dates('the 2005 May Day rally', 'en')).toMatchObject([{ value: '2005' }]);
    expect(dates('In 2005 December 12 people died.', 'en').map((f) => f.value)).toEqual(['2005', '--12-12']);
    expect(dates('in 2005 September Partners bought it', 'en')).toMatchObject([{ value: '2005' }]);
    // Indonesian writes the month first: a year before a month name stays a year
    expect(dates('pada 2005 Maret lalu', 'id').map((f) => f.value)).not.toContain('2005-03');
  });

  it('leaves May and March the words alone', () => {
    expect(dates('Prices may rise and protesters march on.', 'en')).toEqual([]);
    expect(dates('May is a name', 'en')).toEqual([]);
  });
});

describe('a year after up to, and tahun naming a year after a count of millions', () => {
  const kv = (s: string, lang: Lang) => extractFromSentence(s, lang).map((f) => [f.kind, f.value]);

  it('English: four plain digits after `up to` and before nothing counted are the year a span ends in', () => {
    expect(kv('The fund serves 10 million small traders up to 2005.', 'en')).toEqual([['count', 10000000], ['date', '2005']]);
    // a count (a noun or a currency after it) stays bounded by up to
    expect(kv('The camp holds up to 2005 refugees.', 'en')).toEqual([['count', 2005]]);
    expect(kv('Fees rose up to 2005 rupiah.', 'en')).toEqual([['money', 2005]]);
  });

  it('Indonesian: sampai / hingga before a year after an earlier one keeps the span of years (as before)', () => {
    expect(kv('Program itu berjalan sejak 2001 sampai 2005.', 'id')).toEqual([['range', '2001..2005']]);
    expect(kv('The programme ran from 2001 up to 2005.', 'en')).toEqual([['range', '2001..2005']]);
  });

  it('Indonesian: *1,2 juta tahun 2006* is 1.2 million in the year 2006, no length of a million years', () => {
    expect(kv('Nasabahnya naik dari 1,2 juta tahun 2006 menjadi 1,7 juta.', 'id')).toEqual([['count', 1200000], ['date', '2006'], ['count', 1700000]]);
    expect(kv('Penumpangnya 2 juta tahun lalu.', 'id')).toEqual([['count', 2000000]]);
    // a length of years with no year named after it stays one
    expect(kv('Fosil itu berumur 2 juta tahun.', 'id')).toEqual([['duration', 2000000]]);
  });

  it('English: `3 million year 2006` and `1.2 million a year earlier` alike', () => {
    expect(kv('Subscribers rose to 3 million year 2006.', 'en')).toEqual([['count', 3000000], ['date', '2006']]);
    expect(kv('The fossils are 2 million years old.', 'en')).toEqual([['duration', 2000000]]);
  });
});
