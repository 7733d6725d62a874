/**
 * Figures read in context (issue 10): each rule in Indonesian and in English. The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import type { Figure } from '../../../shared/figures/types';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const pick = (figs: Figure[]) => figs.map((f) => ({ text: f.text, kind: f.kind, value: f.value }));

describe('collective and definite numerals', () => {
  it('Indonesian: ketiganya, ke-12 … itu, ketiga … itu and kedua … itu are definite counts (D1); kedua alone stays "both"', () => {
    expect(id('Keempatnya kini ditahan di markas polisi.')).toEqual([
      expect.objectContaining({ kind: 'count', value: 4, collective: true }),
    ]);
    expect(id('Ke-9 nelayan itu akhirnya pulang.')[0]).toMatchObject({ kind: 'count', value: 9, unit: 'nelayan', collective: true });
    expect(id('Polisi memeriksa ketiga saksi tersebut.')[0]).toMatchObject({ kind: 'count', value: 3, collective: true });
    expect(id('Pesta ulang tahun ke-5 desa itu meriah.')[0]).toMatchObject({ kind: 'ordinal', value: 5 });
    expect(id('Panitia mengundang kedua tim itu.')[0]).toMatchObject({ kind: 'count', value: 2, unit: 'tim', collective: true });
    expect(id('Panitia mengundang kedua tim.')).toEqual([]);
  });

  it('Indonesian: a definite numeral whose noun has one qualifying word before itu / tersebut (keempat emiten obligasi tersebut)', () => {
    expect(id('Keempat emiten obligasi tersebut tercatat di bursa.')[0]).toMatchObject({ kind: 'count', value: 4, unit: 'emiten', collective: true });
    expect(id('Polisi memeriksa ketiga saksi mata itu.')[0]).toMatchObject({ kind: 'count', value: 3, collective: true });
    // a verb between the noun and itu ends the noun phrase: the numeral before its noun is still collective (below)
    expect(id('Ketiga orang ditahan polisi itu.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'orang', collective: true });
  });

  it('Indonesian: ke-N before its noun is collective without itu / tersebut too; after a noun it ranks', () => {
    expect(id('Ketiga negara tetangga itu menandatangani pakta baru di Ottawa.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'negara', collective: true });
    expect(id('Ketiga negara Amerika Tengah meluncurkan kemitraan dagang pada Maret.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'negara', collective: true });
    expect(id('Menteri bertemu pemerintah kelima negara pekan lalu.')[0]).toMatchObject({ kind: 'count', value: 5, unit: 'negara' });
    expect(id('Kelima pemain muda dipanggil pelatih.')[0]).toMatchObject({ kind: 'count', value: 5, unit: 'pemain' });
    // after a noun, before a superlative, before kali or a unit of time, or numbering a point: no count
    expect(id('Ini kunjungan ketiga presiden ke Papua.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(id('Bank itu penyalur kredit ketiga terbesar.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(id('Ia menang untuk ketiga kalinya.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(id('Ketiga, pemerintah harus menekan inflasi.')).toEqual([]);
    // kedua before its noun stays "both"
    expect(id('Kedua negara sepakat memperpanjang kerja sama.')).toEqual([]);
  });

  it('English: the same count said with the before its noun (the three countries) is collective', () => {
    expect(en('The three neighbouring countries signed a new pact in Ottawa.')[0]).toMatchObject({ kind: 'count', value: 3, collective: true });
  });

  it('English: a number word after the, their, all is a definite count', () => {
    expect(en('The five were released on bail.')[0]).toMatchObject({ kind: 'count', value: 5, collective: true });
    expect(en('Their three sons live abroad.')[0]).toMatchObject({ kind: 'count', value: 3, unit: 'sons', collective: true });
    expect(en('Five fishermen went missing.')[0].collective).toBeUndefined();
  });
});

describe('conversions written beside a figure', () => {
  it('Indonesian: a bracketed measure, a time in another zone, an amount in another currency', () => {
    const f = id('Kota itu berjarak 250 kilometer (155 mil) dan rapat dimulai pukul 09.00 WIB (02.00 GMT) dengan dana Rp 3 miliar (US$200 ribu).');
    expect(f.filter((x) => x.conversion).map((x) => x.text)).toEqual(['155 mil', '02.00 GMT', 'US$200 ribu']);
    expect(f.find((x) => x.text === '250 kilometer')?.conversion).toBeUndefined();
  });

  it('English: the same, and an amount followed by "or" another currency', () => {
    const f = en('The town lies 250 kilometres (155 miles) away; the talks began at 9 a.m. local time (0200 GMT) with $2 billion or Rp30 trillion.');
    expect(f.filter((x) => x.conversion).map((x) => x.text)).toEqual(['155 miles', '0200 GMT', 'Rp30 trillion']);
  });

  it('a bracketed figure of the same unit is no conversion (a repetition or a list)', () => {
    expect(id('Jumlahnya 40 orang (40 orang dewasa).').some((x) => x.conversion)).toBe(false);
    expect(en('A total of 40 people (40 adults).').some((x) => x.conversion)).toBe(false);
  });
});

describe('numbers inside names', () => {
  it('Indonesian: an ordinal inside a capitalised name is no figure, one standing first before a noun is', () => {
    expect(id('Kakeknya ikut Perang Dunia Kedua.')).toEqual([]);
    expect(pick(id('Pertama kali ia membayar denda.'))).toEqual([{ text: 'Pertama', kind: 'ordinal', value: 1 }]);
  });

  it('English: First Lady is a title; first in running text is an ordinal', () => {
    expect(en('The First Lady opened the school.')).toEqual([]);
    expect(en('It was her first trip abroad.')[0]).toMatchObject({ kind: 'ordinal', value: 1 });
  });

  it('a carrier code between the label and the number makes an identifier in both languages', () => {
    expect(id('Penerbangan QZ 7510 tertunda.')).toEqual([]);
    expect(en('Flight QZ 7510 was delayed.')).toEqual([]);
  });
});

describe('hyphenated compounds (English) and their Indonesian counterparts', () => {
  it('counts the noun glued to a number word or digits', () => {
    expect(pick(en('a nine-nation summit'))).toEqual([{ text: 'nine-nation', kind: 'count', value: 9 }]);
    expect(en('a four-storey office')[0]).toMatchObject({ kind: 'count', value: 4, unit: 'storey' });
    expect(en('a 12-percent rise')[0]).toMatchObject({ kind: 'percent', value: 12 });
    expect(en('a one-time payment and two-way radios')).toEqual([]);
  });

  it('Indonesian says the same with a plain count', () => {
    expect(id('pertemuan sembilan negara')[0]).toMatchObject({ kind: 'count', value: 9, unit: 'negara' });
    expect(id('kenaikan 12 persen')[0]).toMatchObject({ kind: 'percent', value: 12 });
  });
});

describe('spans of months and parts of a year', () => {
  it('Indonesian: both months of a span are dates; semester/kuartal with a Roman numeral are ordinals', () => {
    expect(pick(id('Musim hujan berlangsung dari Oktober hingga Maret.'))).toEqual([
      { text: 'Oktober', kind: 'date', value: '--10' },
      { text: 'Maret', kind: 'date', value: '--03' },
    ]);
    expect(pick(id('Penjualan Februari–Juni naik.'))).toEqual([
      { text: 'Februari', kind: 'date', value: '--02' },
      { text: 'Juni', kind: 'date', value: '--06' },
    ]);
    expect(id('Laba semester II naik, kuartal IV turun.').map((f) => [f.kind, f.value])).toEqual([
      ['ordinal', 2],
      ['ordinal', 4],
    ]);
    expect(id('dalam enam bulan pertama tahun ini')[0]).toMatchObject({ kind: 'duration', value: 6, fromYearStart: true });
  });

  it('English: the same spans; first half and third quarter are ordinals; the first six months six months from the year\'s start', () => {
    expect(pick(en('The rainy season lasts from October to March.'))).toEqual([
      { text: 'October', kind: 'date', value: '--10' },
      { text: 'March', kind: 'date', value: '--03' },
    ]);
    expect(en('Profit rose in the second half but fell in the fourth quarter.').map((f) => [f.text, f.value])).toEqual([
      ['second half', 2],
      ['fourth quarter', 4],
    ]);
    expect(en('sales in the first-semester')[0]).toMatchObject({ kind: 'ordinal', value: 1, text: 'first-semester' });
    expect(en('in the first six months of the year')[0]).toMatchObject({ kind: 'duration', value: 6, text: 'first six months', fromYearStart: true });
    // the first seven months: the length of time counted from the start is the figure, no rank
    // (*tujuh bulan pertama*); real labels, figdev2 ECO
    expect(en('in the first seven months').map((f) => [f.kind, f.text])).toEqual([['duration', 'seven months']]);
  });
});

describe('a minus said in words', () => {
  it('makes the number negative in both languages', () => {
    expect(id('Ekspor tumbuh minus 2,4 persen.')[0]).toMatchObject({ kind: 'percent', value: -2.4, text: 'minus 2,4 persen' });
    expect(en('Exports grew by minus 2.4 percent.')[0]).toMatchObject({ kind: 'percent', value: -2.4 });
    expect(en('Output fell 2.4 percent.')[0]).toMatchObject({ value: 2.4 });
  });
});

describe('durations in two units', () => {
  it('read as one duration in the smaller unit', () => {
    expect(id('Ia divonis 2 tahun 8 bulan penjara.')[0]).toMatchObject({ kind: 'duration', value: 32, durationUnit: 'month' });
    expect(id('Perjalanan itu makan waktu 1 jam 45 menit.')[0]).toMatchObject({ value: 105, durationUnit: 'minute' });
    expect(en('He was jailed for two years and eight months.')[0]).toMatchObject({ kind: 'duration', value: 32, durationUnit: 'month' });
    expect(en('The trip took 1 hour 45 minutes.')[0]).toMatchObject({ value: 105, durationUnit: 'minute' });
  });

  it('leaves two durations apart when the second is no smaller part of the first', () => {
    expect(id('selama 3 bulan 2 tahun').map((f) => f.value)).toEqual([3, 2]);
    expect(en('for 3 months and 2 years').map((f) => f.value)).toEqual([3, 2]);
  });
});

describe('a percent or unit shared by a list of two numbers', () => {
  it('the first number takes the percent of the second', () => {
    expect(id('Inflasi 0,41 dan 0,52 persen.').map((f) => f.kind)).toEqual(['percent', 'percent']);
    expect(en('Inflation was 0.41 and 0.52 percent.').map((f) => f.kind)).toEqual(['percent', 'percent']);
    expect(id('turun 25 atau 50 basis poin')[0]).toMatchObject({ kind: 'count', value: 25, unit: 'basis poin' });
  });
});

describe('thousands grouped with thin or zero-width spaces', () => {
  it('read whole in both languages', () => {
    expect(id('Sebanyak 12\u2009500 warga mengungsi.')[0]).toMatchObject({ value: 12500, unit: 'warga' });
    expect(id('Dana 3\u200b000\u200b000 rupiah.')[0]).toMatchObject({ kind: 'money', value: 3000000 });
    expect(en('Some 12\u202f500 residents fled.')[0]).toMatchObject({ value: 12500, qualifier: 'about' });
    expect(en('It weighs 1\u2009250.5 tonnes.')[0]).toMatchObject({ value: 1250.5 });
    expect(en('Room 12 000 is empty.').map((f) => f.value)).not.toContain(12000);
  });
});

describe('qualifiers and introducers', () => {
  it('a qualifier reaches its number across a filler word', () => {
    expect(id('rupiah bertahan di bawah angka Rp9.400')[0]).toMatchObject({ qualifier: 'less-than', currency: 'IDR' });
    expect(id('harga di kisaran 140 dolar AS')[0]).toMatchObject({ qualifier: 'about', currency: 'USD' });
    expect(en('the rupiah moved closer to the level of Rp9,400')[0]).toMatchObject({ qualifier: 'about' });
  });

  it('a colon may stand between a qualifier and its number', () => {
    expect(id('penghasilan kurang dari: US$ 1 per hari')[0]).toMatchObject({ qualifier: 'less-than', value: 1, currency: 'USD' });
    expect(en('an income of less than: US$ 1 a day')[0]).toMatchObject({ qualifier: 'less-than', value: 1, currency: 'USD' });
    // a colon that ends a label is no qualifier
    expect(en('Total: 5 percent')[0]).toMatchObject({ qualifier: 'exact' });
  });

  it('approach (the level of) a number is approximate, as mendekati', () => {
    expect(en('the rupiah would approach the level of Rp9,100')[0]).toMatchObject({ qualifier: 'about', value: 9100 });
    expect(en('a death toll approaching 100')[0]).toMatchObject({ qualifier: 'about', value: 100 });
    expect(id('rupiah akan mendekati angka Rp9.100')[0]).toMatchObject({ qualifier: 'about', value: 9100 });
  });

  it('sebanyak introduces a number without hedging it', () => {
    expect(id('Sebanyak 70 orang tewas.')[0]).toMatchObject({ qualifier: 'exact', neutral: true });
    expect(en('As many as 70 people died.')[0].neutral).toBeUndefined();
  });
});

describe('number words written together and ranks', () => {
  it('Indonesian glued tens and hundreds; English hyphenated tens', () => {
    expect(id('Tigapuluh dua persen warga setuju.')[0]).toMatchObject({ kind: 'percent', value: 32 });
    expect(id('duaratus rumah rusak')[0]).toMatchObject({ value: 200, unit: 'rumah' });
    expect(en('Thirty-two percent agreed.')[0]).toMatchObject({ kind: 'percent', value: 32 });
  });

  it('an ordinal after a superlative is a rank', () => {
    expect(id('penghasil kopi terbesar keempat di dunia')[0]).toMatchObject({ kind: 'ordinal', value: 4 });
    expect(en('the fourth largest coffee producer')[0]).toMatchObject({ kind: 'ordinal', value: 4 });
  });
});

describe('a year whose date says it in words', () => {
  it('marks a date without a year followed or preceded by a relative year, in both languages', () => {
    expect(en('the fifth since May this year')[1]).toMatchObject({ kind: 'date', value: '--05', relativeYear: true });
    expect(en('up to last July 31')[0]).toMatchObject({ kind: 'date', value: '--07-31', relativeYear: true });
    expect(en('on June 4 of the same year')[0]).toMatchObject({ value: '--06-04', relativeYear: true });
    expect(id('sejak Mei tahun lalu')[0]).toMatchObject({ kind: 'date', value: '--05', relativeYear: true });
    expect(id('pada 4 Juni tahun depan')[0]).toMatchObject({ value: '--06-04', relativeYear: true });
  });
  it('leaves other dates unmarked', () => {
    expect(en('since May 2008')[0].relativeYear).toBeUndefined();
    expect(en('in May, a rise of 5 percent')[0].relativeYear).toBeUndefined();
    expect(id('sejak Mei 2008 dan 4 Juni')[1].relativeYear).toBeUndefined();
  });
});

describe('a year run into the word before it', () => {
  it('is read as a year when the word is lower case (a missing space), in both languages', () => {
    expect(id('sejak medio1996 dana mengalir')).toMatchObject([{ kind: 'date', value: '1996' }]);
    expect(en('funds flowed out since mid1996.')).toMatchObject([{ kind: 'date', value: '1996' }]);
  });
  it('leaves codes alone', () => {
    expect(en('the bonds FR0036 and SPN2009 were sold')).toEqual([]);
    expect(id('obligasi FR2020 dan seri abc1999x dijual')).toEqual([]);
  });
});

describe('numbers that are approximate by their own words', () => {
  it('Indonesian tiga puluhan, dua ratusan: about 30, about 200 (puluhan alone stays a magnitude)', () => {
    expect(id('tiga puluhan orang lainnya cedera')[0]).toMatchObject({ value: 30, qualifier: 'about' });
    expect(id('dua ratusan rumah rusak')[0]).toMatchObject({ value: 200, qualifier: 'about' });
    expect(id('puluhan orang cedera')[0]).toMatchObject({ value: 10, qualifier: 'magnitude' });
    expect(id('tiga puluh orang cedera')[0]).toMatchObject({ value: 30, qualifier: 'exact' });
  });
  it('English thirty-odd, 30-odd: about 30', () => {
    expect(en('thirty-odd people were hurt')[0]).toMatchObject({ value: 30, qualifier: 'about' });
    expect(en('30-odd houses burned')[0]).toMatchObject({ value: 30, qualifier: 'about' });
    expect(en('30 houses burned')[0]).toMatchObject({ value: 30, qualifier: 'exact' });
  });
});

describe('an ordinal numbering the points of an argument', () => {
  it('Indonesian: Pertama, … and Kedua, … opening the sentence rank nothing (as English "First, …")', () => {
    expect(id('Pertama, pemerintah harus menurunkan harga pupuk.')).toEqual([]);
    expect(id('"Kedua, kami akan menunggu data baru," katanya.')).toEqual([]);
    expect(en('First, the government must cut fertiliser prices.')).toEqual([]);
  });
  it('English: Second, … and Third, … opening the sentence rank nothing either', () => {
    expect(en('Second, we will wait for new data.')).toEqual([]);
    expect(en('"Third, the plan needs a budget," she said.')).toEqual([]);
  });
  it('guard: an ordinal later in the sentence, or before a noun, still ranks', () => {
    expect(pick(en('Our team came second, the coach said.'))).toEqual([{ text: 'second', kind: 'ordinal', value: 2 }]);
    expect(pick(en('Second place went to the visitors.'))[0]).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(pick(id('Tim itu menjadi yang pertama, kata pelatihnya.'))).toEqual([{ text: 'pertama', kind: 'ordinal', value: 1 }]);
    expect(pick(id('Pertama kalinya defisit tercatat sejak 2005.'))[0]).toMatchObject({ kind: 'ordinal', value: 1 });
  });
});
