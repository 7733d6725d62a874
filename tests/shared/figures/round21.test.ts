/**
 * Figure reading of the twenty-first round (issue 10, the dev17 classes): an ordinal *ke* written apart from
 * its number word, and a number word inside a capitalised place name. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value]);

describe('*minggu ke dua*: the ordinal *ke* written apart after a noun counted in order', () => {
  it('Indonesian: *minggu ke tiga Maret 2009* is the third week, then the month and year', () => {
    expect(read('Pemasangan pipa dimulai pada minggu ke tiga Maret 2009.', 'id')).toEqual([
      ['ke tiga', 3],
      ['Maret 2009', '2009-03'],
    ]);
  });
  it('against "the third week of March 2009": a match both ways', () => {
    const a = 'Pemasangan pipa dimulai pada minggu ke tiga Maret 2009.';
    const b = 'Laying of the pipe began in the third week of March 2009.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guards: *ke dua kota* after a verb is "to two cities"; another week or month stays a drift', () => {
    expect(read('Perusahaan itu mengirim beras ke dua kota.', 'id')).toEqual([['dua kota', 2]]);
    const a = 'Pemasangan pipa dimulai pada minggu ke tiga Maret 2009.';
    expect(drifts(a, 'Laying of the pipe began in the second week of March 2009.')).toEqual(['value:ke tiga']);
    expect(drifts(a, 'Laying of the pipe began in the third week of April 2009.')).toEqual(['date:Maret 2009']);
  });
});

describe('a number word inside a run of capitalised words that running text opens is a name', () => {
  it('Indonesian *di Nusa Dua Bali* and English "at Nusa Dua Bali": no figure, a match', () => {
    expect(read('Konferensi itu dibuka di Nusa Dua Bali pada Senin.', 'id')).toEqual([]);
    expect(read('The conference opened at the Camp Two Base on Monday.', 'en')).toEqual([]);
    expect(drifts('Konferensi itu dibuka di Nusa Dua Bali pada Senin.', 'The conference opened in Bali on Monday.')).toEqual([]);
  });
  it('guards: a headline in title case keeps its count; a count in running text stays a figure', () => {
    expect(read('Blast Kills Two In Market Town', 'en')).toEqual([['Two', 2]]);
    expect(drifts('Dua warga Bali tewas dalam kecelakaan itu.', 'Three Bali residents died in the accident.')).toEqual(['value:Dua warga']);
  });
});

describe('the last quarter (half) of a named year is its fourth quarter (second half)', () => {
  it('Indonesian *kuartal terakhir 2008* and English "the last quarter of 2008" read as the fourth quarter', () => {
    expect(read('Laba naik pada kuartal terakhir 2008.', 'id')).toEqual([
      ['kuartal terakhir', 4],
      ['2008', '2008'],
    ]);
    expect(read('Profit rose in the last quarter of 2008.', 'en')).toEqual([
      ['last quarter', 4],
      ['2008', '2008'],
    ]);
  });
  it('against "the fourth quarter of 2008" / *triwulan IV 2008*: a match both ways', () => {
    expect(drifts('Laba naik pada kuartal terakhir 2008.', 'Profit rose in the fourth quarter of 2008.')).toEqual([]);
    expect(drifts('Profit rose in the last quarter of 2008.', 'Laba naik pada triwulan IV 2008.', 'en', 'id')).toEqual([]);
  });
  it('guards: `last quarter` without a year is the quarter just past, no figure; another quarter stays a drift', () => {
    expect(read('Profit rose last quarter.', 'en')).toEqual([]);
    expect(read('Laba naik pada kuartal terakhir.', 'id')).toEqual([]);
    expect(drifts('Laba naik pada kuartal terakhir 2008.', 'Profit rose in the third quarter of 2008.')).toEqual(['value:kuartal terakhir']);
  });
});

describe('a long hedge word misspelt by one slip still hedges', () => {
  it('Indonesian *sekitra*, *sekiar*; English "aproximately": read as about', () => {
    expect(extractFromSentence('Biaya proyek itu sekitra 120 juta dolar AS.', 'id').map((f) => [f.text, f.qualifier])).toEqual([['sekitra 120 juta dolar AS', 'about']]);
    expect(extractFromSentence('Biaya proyek itu sekiar 120 juta dolar AS.', 'id').map((f) => f.qualifier)).toEqual(['about']);
    expect(extractFromSentence('The project cost aproximately US$120 million.', 'en').map((f) => f.qualifier)).toEqual(['about']);
    expect(drifts('Biaya proyek itu sekitra 120 juta dolar AS.', 'The project cost about US$120 million.')).toEqual([]);
  });
  it('guards: short words are no hedges by a slip (`nearby`, `abut`); the hedge on one side only still drifts', () => {
    expect(extractFromSentence('Troops searched nearby 12 villages.', 'en').map((f) => f.qualifier)).toEqual(['exact']);
    expect(drifts('Biaya proyek itu sekitra 120 juta dolar AS.', 'The project cost US$120 million.')).toEqual(['qualifier:sekitra 120 juta dolar AS']);
  });
});

describe('`a fortnight` is two weeks, as *dua pekan* reads', () => {
  it('English `a fortnight`, `nearly a fortnight` read as two weeks', () => {
    expect(extractFromSentence('The strike ended a fortnight later.', 'en').map((f) => [f.text, f.value, f.durationUnit, f.qualifier])).toEqual([['a fortnight', 2, 'week', 'exact']]);
    expect(extractFromSentence('The strike lasted nearly a fortnight.', 'en').map((f) => f.qualifier)).toEqual(['about']);
  });
  it('against *dua pekan* / *dua minggu*: a match both ways', () => {
    expect(drifts('Pemogokan berakhir dua pekan kemudian.', 'The strike ended a fortnight later.')).toEqual([]);
    expect(drifts('The strike lasted nearly a fortnight.', 'Pemogokan berlangsung hampir dua minggu.', 'en', 'id')).toEqual([]);
  });
  it('guards: `a fortnight` added to a sentence without it is an added figure; *tiga pekan* against it a value drift', () => {
    expect(drifts('Pemogokan 300 buruh berakhir kemudian.', 'The strike by 300 workers ended a fortnight later.')).toEqual(['added:a fortnight']);
    expect(drifts('Pemogokan berakhir tiga pekan kemudian.', 'The strike ended a fortnight later.')).toEqual(['value:tiga pekan']);
  });
});
