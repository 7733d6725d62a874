/**
 * Reader rules for classes of false alarms met on real translations (issue 10, the judged document
 * check): each rule in Indonesian and in English. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import type { Figure } from '../../../shared/figures/types';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const brief = (figs: Figure[]) => figs.map((f) => ({ text: f.text, kind: f.kind, value: f.value }));

describe('bounds said with words the reader did not know', () => {
  it('Indonesian: kurang N is "less than N", tidak kurang N "at least N"; kurang lebih stays "about"', () => {
    expect(id('Porsi ekspor kurang 12 persen dari total.')[0]).toMatchObject({ value: 12, qualifier: 'less-than' });
    expect(id('Hadir tidak kurang 300 orang di lapangan.')[0]).toMatchObject({ value: 300, qualifier: 'at-least' });
    expect(id('Ada kurang lebih 40 rumah yang rusak.')[0]).toMatchObject({ value: 40, qualifier: 'about' });
  });

  it('Indonesian: a rate word and sebesar between the bound and the amount keep the bound', () => {
    expect(id('Biaya sewa paling tidak sebulan sebesar 25 ribu dolar AS.')[0]).toMatchObject({ kind: 'money', value: 25000, qualifier: 'at-least' });
    expect(id('Setoran minimal setahun senilai Rp 5 juta.')[0]).toMatchObject({ kind: 'money', value: 5e6, qualifier: 'at-least' });
  });

  it('English: "some of the nine" is a part of nine, "about a 12-page" a preposition; "some 40" still hedges', () => {
    expect(en('Some of the seven injured miners were flown out.')[0]).toMatchObject({ value: 7, qualifier: 'exact' });
    expect(en('They argued about a 12-page memo for hours.')[0]).toMatchObject({ value: 12, qualifier: 'exact' });
    expect(en('Some 40 houses were flooded.')[0]).toMatchObject({ value: 40, qualifier: 'about' });
    expect(en('About a dozen boats sank.')[0]).toMatchObject({ value: 12, qualifier: 'about' });
  });
});

describe('dates and ranges written differently', () => {
  it('English: a second day after the named month and "to"/"and" is a date of that month', () => {
    expect(brief(en('The fair runs from March 14 to 16 in the capital.'))).toEqual([
      { text: 'March 14', kind: 'date', value: '--03-14' },
      { text: '16', kind: 'date', value: '--03-16' },
    ]);
    expect(en('Talks were held on May 2 and 3.').map((f) => f.value)).toEqual(['--05-02', '--05-03']);
    // another month or a counted thing after the second number: no day range
    expect(en('It lasted from March 14 to 16 April.').map((f) => f.value)).toEqual(['--03-14', '--04-16']);
    expect(en('On June 4 and 5 people came.').map((f) => f.kind)).toEqual(['date', 'count']);
  });

  it('Indonesian: a day range before the month gives two dates of that month, as in English', () => {
    expect(id('Pameran berlangsung 14-16 Maret di ibu kota.').map((f) => f.value)).toEqual(['--03-14', '--03-16']);
  });

  it('English: "November, 2009" is a month of a year; Indonesian "November 2009" reads the same', () => {
    expect(brief(en('Sales peaked in November, 2009, the report said.'))).toEqual([{ text: 'November, 2009', kind: 'date', value: '2009-11' }]);
    expect(id('Penjualan memuncak pada November 2009.')[0]).toMatchObject({ value: '2009-11' });
    expect(en('In November, 3,000 jobs were lost.').map((f) => f.value)).toEqual(['--11', 3000]);
  });

  it('"between Y1 and Y2" and "antara Y1 dan Y2" are one range of years', () => {
    expect(brief(en('The firm sold bonds between 1991 and 1998.'))).toEqual([{ text: 'between 1991 and 1998', kind: 'range', value: '1991..1998' }]);
    expect(brief(id('Perusahaan menjual obligasi antara 1991 dan 1998.'))).toEqual([{ text: 'antara 1991 dan 1998', kind: 'range', value: '1991..1998' }]);
  });

  it('Indonesian: two capitalised words after a range of years are a name, not its unit', () => {
    expect(id('Sejak 1991 hingga 1998 Bumi Karya menjual obligasi.')[0]).toMatchObject({ kind: 'range', value: '1991..1998' });
    expect(id('Sejak 1991 hingga 1998 Bumi Karya menjual obligasi.')[0].unit).toBeUndefined();
  });
});

describe('parts of a year', () => {
  it('Indonesian: kuartal pertama, semester kedua are one figure with the part word, as "first quarter" is', () => {
    expect(brief(id('Laba kuartal pertama naik, semester kedua turun.'))).toEqual([
      { text: 'kuartal pertama', kind: 'ordinal', value: 1 },
      { text: 'semester kedua', kind: 'ordinal', value: 2 },
    ]);
    expect(brief(en('Profit rose in the first quarter and fell in the second half.'))).toEqual([
      { text: 'first quarter', kind: 'ordinal', value: 1 },
      { text: 'second half', kind: 'ordinal', value: 2 },
    ]);
  });
});

describe('text slips', () => {
  it('a lower-case word run into a percentage is a missing space, in both languages; codes stay codes', () => {
    expect(brief(id('Pertumbuhan ekspor12 persen tahun ini.'))).toEqual([{ text: '12 persen', kind: 'percent', value: 12 }]);
    expect(brief(en('Growth of exports12 percent this year.'))).toEqual([{ text: '12 percent', kind: 'percent', value: 12 }]);
    expect(id('Kasus covid19 bertambah.')).toEqual([]);
    expect(en('The G20 met.')).toEqual([]);
  });
});

describe('figures read from the figure beside them', () => {
  it('a scale word said once for two amounts applies to both', () => {
    expect(id('Dana dibagi masing-masing Rp 310 dan Rp 120 triliun.').map((f) => f.value)).toEqual([310e12, 120e12]);
    expect(en('The funds were split into $310 and $120 billion.').map((f) => f.value)).toEqual([310e9, 120e9]);
    // a first amount that is already large keeps its own reading
    expect(id('Harga naik dari Rp 9.000 dan Rp 2 juta.').map((f) => f.value)).toEqual([9000, 2e6]);
  });

  it('a share restated as an amount with atau / or is a conversion; two alternatives are not', () => {
    const a = id('Porsi itu 41,5 persen atau 2.300 ton dari total.');
    expect(a.map((f) => !!f.conversion)).toEqual([false, true]);
    const b = en('The share was 41.5 percent, or 2,300 tons of the total.');
    expect(b.map((f) => !!f.conversion)).toEqual([false, true]);
    expect(id('Sebanyak 5 atau 6 orang hilang.').some((f) => f.conversion)).toBe(false);
  });

  it('an amount in another currency written right after the first converts it, even without brackets', () => {
    expect(id('Nilai transaksi Rp310,5 miliar US$33,1 juta.').map((f) => !!f.conversion)).toEqual([false, true]);
    expect(en('Turnover reached Rp310.5 billion US$33.1 million.').map((f) => !!f.conversion)).toEqual([false, true]);
  });

  it('the date of a wire dateline is no figure of the sentence', () => {
    expect(brief(en('Port Louis, Mauritius, Mar 3 (ANTARA/AFP) - Police held 12 men.'))).toEqual([{ text: '12 men', kind: 'count', value: 12 }]);
    expect(brief(id('Medan, 3/3 (ANTARA) - Polisi menahan 12 pria.'))).toEqual([{ text: '12 pria', kind: 'count', value: 12 }]);
    // a date in the sentence itself, or a weekday in brackets, stays
    expect(en('Police said on Mar 3 (Friday) that 12 men were held.')[0]).toMatchObject({ kind: 'date', value: '--03-03' });
  });
});

describe('quotes, currencies said once, and verbs of going past a level', () => {
  it('a buying/selling quote after a currency sign is two amounts of that currency', () => {
    expect(brief(id('Rupiah ditutup di Rp9.840/9.850 per dolar AS.'))).toEqual([
      { text: 'Rp9.840', kind: 'money', value: 9840 },
      { text: '9.850', kind: 'money', value: 9850 },
    ]);
    expect(en('The rupiah closed at Rp9,840/9,850 to the dollar.').map((f) => f.value)).toEqual([9840, 9850]);
    // two sides far apart are no quote
    expect(id('Tarif Rp 100/500 per unit.').map((f) => f.value)).not.toEqual([100, 500]);
  });

  it('a bare scaled amount compared with a money amount takes its currency', () => {
    expect(id('Laba naik menjadi 61,5 miliar dibanding Rp47,2 miliar.')[0]).toMatchObject({ kind: 'money', currency: 'IDR', value: 61.5e9 });
    expect(en('Profit rose to 61.5 billion from Rp47.2 billion.')[0]).toMatchObject({ kind: 'money', currency: 'IDR', value: 61.5e9 });
    // a counted thing keeps its own kind
    expect(id('Penduduk 5 juta jiwa dari 7 juta dolar.')[0]).toMatchObject({ kind: 'count', unit: 'jiwa' });
  });

  it('an item of a list of amounts between two of one currency, the currency left unsaid once, is in that currency', () => {
    const kinds = (figs: Figure[]) => figs.map((f) => [f.kind, f.value, f.currency]);
    expect(kinds(id('Investasi Jepang 8,1 miliar Ringgit, Belanda 5 miliar, Swiss 4,9 miliar Ringgit.'))).toEqual([
      ['money', 8.1e9, 'MYR'],
      ['money', 5e9, 'MYR'],
      ['money', 4.9e9, 'MYR'],
    ]);
    expect(kinds(en('Investment from Japan 8.1 billion ringgit, the Netherlands 5 billion and Switzerland 4.9 billion ringgit.'))).toEqual([
      ['money', 8.1e9, 'MYR'],
      ['money', 5e9, 'MYR'],
      ['money', 4.9e9, 'MYR'],
    ]);
    // a counted thing in the list, or amounts of two currencies around it, keep it a count
    expect(id('Dana Rp5 miliar, 3 miliar penduduk dan Rp2 miliar.')[1]).toMatchObject({ kind: 'count', unit: 'penduduk' });
    expect(id('Dana Rp5 miliar, 3 miliar, dan 2 miliar dolar AS.')[1]).toMatchObject({ kind: 'count' });
  });

  it('"exceeds the level of", "surpassed", "melampaui" are "more than"', () => {
    expect(en('The index exceeds the level of 1,900 today.')[0]).toMatchObject({ value: 1900, qualifier: 'more-than' });
    expect(en('Inflation surpassed 6 percent.')[0]).toMatchObject({ value: 6, qualifier: 'more-than' });
    expect(id('Indeks melampaui level 1.900 hari ini.')[0]).toMatchObject({ value: 1900, qualifier: 'more-than' });
  });
});

describe('ranges of amounts', () => {
  it('two amounts each with the currency word after them, joined by hingga / to, are one range', () => {
    expect(brief(id('Harga diperkirakan 7 dolar AS hingga 8 dolar AS per pon.'))).toEqual([{ text: '7 dolar AS hingga 8 dolar AS', kind: 'range', value: '7..8' }]);
    expect(brief(en('The price may reach 7 dollars to 8 dollars a pound.'))).toEqual([{ text: '7 dollars to 8 dollars', kind: 'range', value: '7..8' }]);
    // a change from one amount to another stays two figures
    expect(id('Harga naik dari 7 dolar AS hingga 8 dolar AS.').map((f) => f.kind)).toEqual(['money', 'money']);
  });

  it('"above" / "di atas" a range compares with it: the range keeps no bound', () => {
    expect(en('The price was set at US$150, well above US$90-110 as advised.')[1]).toMatchObject({ kind: 'range', value: '90..110', qualifier: 'exact' });
    expect(id('Harga dipatok 150 dolar AS, jauh di atas 90-110 dolar AS.')[1]).toMatchObject({ kind: 'range', value: '90..110', qualifier: 'exact' });
    expect(en('More than 90 people came.')[0]).toMatchObject({ qualifier: 'more-than' });
  });
});

describe('a value with a tolerance', () => {
  it('Indonesian: in 5 plus minus 1 persen the 5 is a percentage too, and plus is no counted thing', () => {
    expect(brief(id('Inflasi diperkirakan 4 plus minus 1 persen tahun depan.'))).toEqual([
      { text: '4', kind: 'percent', value: 4 },
      // the tolerance without a sign, as `4 ± 1 percent` reads (round 4: it used to read -1)
      { text: '1 persen', kind: 'percent', value: 1 },
    ]);
    expect(id('Inflasi 4 plus 1 persen.')[0].unit).toBeUndefined();
  });

  it('English: "plus or minus" and "±" the same way', () => {
    expect(en('Inflation is seen at 4 plus or minus 1 percent.').map((f) => [f.kind, f.value])).toEqual([
      ['percent', 4],
      ['percent', 1],
    ]);
    expect(en('Inflation is seen at 4 ± 1 percent.').map((f) => [f.kind, f.value])).toEqual([
      ['percent', 4],
      ['percent', 1],
    ]);
  });
});

describe('weekdays typed with one slip', () => {
  it('English and Indonesian weekday names with one letter added, dropped or swapped are still weekdays', async () => {
    const { weekdaysIn } = await import('../../../shared/figures/weekdays');
    expect(weekdaysIn("Shares fell in Wedenesday's trading.", 'en').map((w) => w.day)).toEqual([3]);
    expect(weekdaysIn('They met on Thrusday.', 'en').map((w) => w.day)).toEqual([4]);
    expect(weekdaysIn('Rapat digelar Seelasa pagi.', 'id').map((w) => w.day)).toEqual([2]);
    // a short or unrelated word is no weekday; lower case stays no weekday in English
    expect(weekdaysIn('The Monarch spoke of a sunday market.', 'en')).toEqual([]);
  });
});

describe('a frequency with the events it counts', () => {
  it('Indonesian: dua kali lelang counts auctions (as "two auctions"); terjadi 35 kali stays a frequency', () => {
    expect(id('Dalam tiga kali lelang terakhir harga turun.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'lelang' });
    expect(en('In the last three auctions prices fell.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'auctions' });
    expect(id('Gempa terjadi 35 kali di pulau itu.')[0]).toMatchObject({ kind: 'count', value: 35, unit: 'kali' });
    expect(id('Harga naik dua kali lipat.')[0]).toMatchObject({ kind: 'other', value: 2 });
  });
});

describe('a label word before an amount', () => {
  it('"volume 133 miliar" / "volume 133 billion" is an amount; "Volume 3", "Pasal 33" stay labels', () => {
    expect(id('Pasokan dengan total volume 140 miliar kaki kubik.')[0]).toMatchObject({ kind: 'count', value: 140e9 });
    expect(en('Exports reached a volume 140 billion cubic feet.')[0]).toMatchObject({ kind: 'count', value: 140e9 });
    expect(id('Buku itu terbit dalam volume 3 tahun lalu.').some((f) => f.value === 3)).toBe(false);
    expect(en('See Article 33 of the law.')).toEqual([]);
  });
});

describe('a bound said after the number', () => {
  it('Indonesian: 2.000 lebih tentara, 40 orang lebih are "more than"; 5 persen lebih tinggi compares', () => {
    expect(id('Mereka mengirim 2.000 lebih tentara.')[0]).toMatchObject({ value: 2000, qualifier: 'more-than', unit: 'tentara' });
    expect(id('Ada 40 orang lebih, kata polisi.')[0]).toMatchObject({ value: 40, qualifier: 'more-than', unit: 'orang' });
    expect(id('Harga 5 persen lebih tinggi.')[0]).toMatchObject({ value: 5, qualifier: 'exact' });
    // English "2,000 more troops" are additional troops: no bound
    expect(en('They sent 2,000 more troops.')[0]).toMatchObject({ value: 2000, qualifier: 'exact' });
  });
});

describe('words naming the amount between a bound and the number', () => {
  it('English "up to a total value of" and Indonesian "hingga senilai" keep the bound', () => {
    expect(en('The firm may buy ships up to a total value of US$300 million.')[0]).toMatchObject({ value: 300e6, qualifier: 'up-to' });
    expect(id('Perusahaan membeli kapal maksimal senilai 300 juta dolar AS.')[0]).toMatchObject({ value: 300e6, qualifier: 'at-most' });
    expect(en('A total of 50 people came.')[0]).toMatchObject({ value: 50, qualifier: 'exact' });
  });
});
