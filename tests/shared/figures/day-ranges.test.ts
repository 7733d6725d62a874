/** Days of one month joined by a range word or a dash, in both languages: two dates, sharing the month and the year. */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value]);

describe('a span of days in one month', () => {
  it('Indonesian: 20 hingga 22 April 2024 and 5 sampai 7 Mei', () => {
    expect(read('Pameran digelar 20 hingga 22 April 2024 di Surabaya.', 'id')).toEqual([
      ['20', 'date', '2024-04-20'],
      ['22 April 2024', 'date', '2024-04-22'],
    ]);
    expect(read('Kongres berlangsung 5 sampai 7 Mei.', 'id')).toEqual([
      ['5', 'date', '--05-05'],
      ['7 Mei', 'date', '--05-07'],
    ]);
  });

  it('English: August 19 to 21, 2007 and April 20 through 22 (the year applies to both days)', () => {
    expect(read('The summit runs from August 19 to 21, 2007 in Jakarta.', 'en')).toEqual([
      ['August 19', 'date', '2007-08-19'],
      ['21, 2007', 'date', '2007-08-21'],
    ]);
    expect(read('The fair runs from April 20 through 22 in Surabaya.', 'en')).toEqual([
      ['April 20', 'date', '--04-20'],
      ['22', 'date', '--04-22'],
    ]);
  });

  it('a second month, or a counted number after the joiner, is not a day of the first month', () => {
    expect(read('The fair runs April 20 to May 2.', 'en')).toEqual([
      ['April 20', 'date', '--04-20'],
      ['May 2', 'date', '--05-02'],
    ]);
    expect(read('Prices rose on June 4 to 12 percent.', 'en')).toEqual([
      ['June 4', 'date', '--06-04'],
      ['12 percent', 'percent', 12],
    ]);
    expect(read('Harga naik pada 4 Juni hingga 12 persen.', 'id')).toEqual([
      ['4 Juni', 'date', '--06-04'],
      ['hingga 12 persen', 'percent', 12],
    ]);
  });

  it('English: a dashed span of days before the noun it dates (an October 20-22 visit) is two dates; a count after "to" is not', () => {
    expect(read('The minister will lecture during an October 20-22 visit to the campus.', 'en')).toEqual([
      ['October 20', 'date', '--10-20'],
      ['22', 'date', '--10-22'],
    ]);
    expect(read('Talks were set for a July 3-5 meeting in Geneva.', 'en')).toEqual([
      ['July 3', 'date', '--07-03'],
      ['5', 'date', '--07-05'],
    ]);
    expect(read('Since June 4 to 12 people have been arrested.', 'en')).toEqual([
      ['June 4', 'date', '--06-04'],
      ['12 people', 'count', 12],
    ]);
  });
});

