/**
 * Reader rules of the fifth round on real translations (issue 10): an approximation written as one word
 * (*kuranglebih*) or as `more or less`, `lebih` before a number as "more than", a fraction of a scale word
 * (`a quarter of a million`), a year after `up to` / *hingga* that ends a span of years, and `added up
 * to` (a total, no bound). Each rule in Indonesian and in English (where one language has no such form,
 * the test shows how it reads there). The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');

describe('an approximation written as one word or as a phrase', () => {
  it('Indonesian: "kuranglebih 40 persen" and "lebihkurang 3 juta" are about', () => {
    expect(id('Utang kota itu kuranglebih 40 persen dari anggarannya.')[0]).toMatchObject({ kind: 'percent', value: 40, qualifier: 'about' });
    expect(id('Penontonnya lebihkurang 3 juta orang.')[0]).toMatchObject({ value: 3e6, qualifier: 'about' });
  });
  it('English: "more or less 40 percent" is about; "more or less the same" is no figure', () => {
    expect(en('The city owes more or less 40 percent of its budget.')[0]).toMatchObject({ kind: 'percent', value: 40, qualifier: 'about' });
    expect(en('The price stayed more or less the same.')).toEqual([]);
  });
});

describe('"lebih" right before a number is "more than"', () => {
  it('Indonesian: "lebih 300 orang" and "lebih seperempat juta orang" are bounds; "5 persen lebih" stays with its figure', () => {
    expect(id('Lebih 300 orang mengungsi dari desa itu.')[0]).toMatchObject({ value: 300, qualifier: 'more-than' });
    expect(id('Tahun lalu lebih seperempat juta orang datang.').find((f) => f.value === 250000)).toMatchObject({ qualifier: 'more-than' });
    expect(id('Jumlah yang lebih banyak 20 orang datang.')[0]).toMatchObject({ value: 20, qualifier: 'exact' });
  });
  it('English: "over 300 people" reads the same bound', () => {
    expect(en('Over 300 people fled the village.')[0]).toMatchObject({ value: 300, qualifier: 'more-than' });
  });
});

describe('a fraction of a scale word', () => {
  it('English: "a quarter of a million", "three quarters of a billion", "a quarter million"', () => {
    expect(en('Over a quarter of a million fans came to the city.')[0]).toMatchObject({ kind: 'count', value: 250000, qualifier: 'more-than', scale: 1e6 });
    expect(en('The fund lost three quarters of a billion dollars.')[0]).toMatchObject({ kind: 'money', value: 750000000, currency: 'USD' });
    expect(en('A quarter million tickets were sold.')[0]).toMatchObject({ value: 250000 });
    expect(en('A quarter of the tickets were sold.')[0]).toMatchObject({ value: 0.25 });
  });
  it('Indonesian: "seperempat juta" and "tiga perempat miliar" read the same amounts', () => {
    expect(id('Seperempat juta tiket terjual.')[0]).toMatchObject({ value: 250000 });
    expect(id('Dana itu kehilangan tiga perempat miliar dolar AS.')[0]).toMatchObject({ kind: 'money', value: 750000000 });
  });
});

describe('a year after "up to" / "hingga" that follows a year ends a span of years', () => {
  it('English: "since 1993 up to 1999" is a span of years (as *sejak 1993 hingga 1999*); "in 2004 up to 2000 people" still bounds a count', () => {
    expect(en('The rule applied since 1993 up to 1999 in every port.').map((f) => [f.kind, f.value])).toEqual([['range', '1993..1999']]);
    expect(en('In 2004 up to 2000 people left.').find((f) => f.value === 2000)).toMatchObject({ kind: 'count', qualifier: 'up-to' });
  });
  it('Indonesian: "dari tahun 1993 hingga tahun 1999" is one span of years too (the second year named as the first was)', () => {
    expect(id('Aturan itu berlaku dari tahun 1993 hingga tahun 1999 di semua pelabuhan.').map((f) => [f.kind, f.value])).toEqual([['range', '1993..1999']]);
    expect(en('It ran from the year 1993 to the year 1999.').map((f) => [f.kind, f.value])).toEqual([['range', '1993..1999']]);
    // (a change of one year into another stays two dates: *naik dari tahun 2000 menjadi tahun 2006*)
    expect(id('Batasnya digeser dari tahun 2000 menjadi tahun 2006.').map((f) => f.kind)).toEqual(['date', 'date']);
  });
});

describe('"added up to" states a total, no bound', () => {
  it('English: "all added up to Rp40 billion" is exact; "rose up to 5 percent" keeps its bound', () => {
    expect(en('Fees, taxes and fines all added up to Rp40 billion.')[0]).toMatchObject({ value: 40e9, qualifier: 'exact' });
    expect(en('The bill adds up to $300.')[0]).toMatchObject({ value: 300, qualifier: 'exact' });
    expect(en('Prices may rise up to 5 percent.')[0]).toMatchObject({ value: 5, qualifier: 'up-to' });
  });
  it('Indonesian: the total said with "berjumlah" is exact; "hingga" before an amount stays a bound', () => {
    expect(id('Biaya, pajak dan denda seluruhnya berjumlah Rp40 miliar.')[0]).toMatchObject({ value: 40e9, qualifier: 'exact' });
    expect(id('Harga bisa naik hingga 5 persen.')[0]).toMatchObject({ value: 5, qualifier: 'up-to' });
  });
});

describe('a bare first end sharing the percent of the second is a range, even after a change verb', () => {
  it('English: "increase 10 to 11 percent" is the range 10..11; "rose 5 percent to 11 percent" stays a change', () => {
    expect(en('Demand may increase 12 to 13 percent next year.')[0]).toMatchObject({ kind: 'range', low: 12, high: 13 });
    expect(en('Demand rose 5 percent to 11 percent.').map((f) => f.value)).toEqual([5, 11]);
  });
  it('Indonesian: "naik 12 hingga 13 persen" is the range as "12-13 persen" is', () => {
    expect(id('Permintaan bisa naik 12 hingga 13 persen tahun depan.')[0]).toMatchObject({ kind: 'range', low: 12, high: 13 });
    expect(id('Permintaan bisa naik 12-13 persen tahun depan.')[0]).toMatchObject({ kind: 'range', low: 12, high: 13 });
  });
});

describe('a part of the year after the year', () => {
  it('English: "the 2009 second quarter" reads the second quarter; "2 second" stays a duration', () => {
    expect(en('Prices should ease in the 2009 second quarter.').map((f) => [f.kind, f.value])).toEqual([
      ['date', '2009'],
      ['ordinal', 2],
    ]);
    expect(en('It took 2 second to load.')[0]).toMatchObject({ kind: 'duration', value: 2 });
  });
  it('Indonesian: "kuartal kedua 2009" reads the same', () => {
    expect(id('Harga akan turun pada kuartal kedua 2009.').map((f) => [f.kind, f.value])).toEqual([
      ['ordinal', 2],
      ['date', '2009'],
    ]);
  });
});

describe('a hedge before a date makes it approximate', () => {
  it('Indonesian: "sekitar tanggal 9 Maret" and "sekitar 9 Maret 2010" are about; "hingga 9 Maret" is no hedge', () => {
    expect(id('Foto itu diambil sekitar tanggal 9 Maret di pasar.')[0]).toMatchObject({ kind: 'date', value: '--03-09', qualifier: 'about', text: 'sekitar tanggal 9 Maret' });
    expect(id('Foto itu diambil sekitar 9 Maret 2010.')[0]).toMatchObject({ value: '2010-03-09', qualifier: 'about' });
    expect(id('Pameran dibuka hingga 9 Maret.')[0]).toMatchObject({ value: '--03-09', qualifier: 'exact' });
  });
  it('English: "around March 9" is about; "walking around on March 9" is no hedge of the date', () => {
    expect(en('The photo was taken around March 9 at the market.')[0]).toMatchObject({ kind: 'date', value: '--03-09', qualifier: 'about' });
    expect(en('They were walking around on March 9 at the market.')[0]).toMatchObject({ value: '--03-09', qualifier: 'exact' });
  });
});

describe('"from X to Y" after a word of change is a change, not a range', () => {
  it('English: "rose by 3.1 percent from 1,200 tons to 1,237 tons" and "an increase in growth from 4.1 percent to 4.9 percent" give two figures', () => {
    expect(en('Output rose by 3.1 percent from 1,200 tons to 1,237 tons.').map((f) => f.text)).toEqual(['3.1 percent', '1,200 tons', '1,237 tons']);
    expect(en('They expect an increase in growth from 4.1 percent to 4.9 percent.').map((f) => [f.kind, f.value])).toEqual([
      ['percent', 4.1],
      ['percent', 4.9],
    ]);
  });
  it('English: "ranging from 4 to 9 percent" and "from 20 to 25 degrees" stay ranges', () => {
    expect(en('Rates ranging from 4 to 9 percent were offered.')[0]).toMatchObject({ kind: 'range', low: 4, high: 9 });
    expect(en('Temperatures from 20 to 25 degrees are expected.')[0]).toMatchObject({ kind: 'range', low: 20, high: 25 });
  });
  it('Indonesian: "naik dari 4,1 persen menjadi 4,9 persen" gives two figures, "antara 4 hingga 9 persen" a range', () => {
    expect(id('Pertumbuhan naik dari 4,1 persen menjadi 4,9 persen.').map((f) => f.value)).toEqual([4.1, 4.9]);
    expect(id('Bunga antara 4 hingga 9 persen ditawarkan.')[0]).toMatchObject({ kind: 'range', low: 4, high: 9 });
  });
});
