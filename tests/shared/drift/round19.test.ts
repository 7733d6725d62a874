/**
 * Rules of the nineteenth round on real translations (the dev15 classes), end to end on one bead.
 * The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, reviews } from './helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value]);

describe('a stray space after a decimal comma before a scale word', () => {
  it('*12, 7 juta ton* is one figure, 12.7 million tonnes', () => {
    expect(read('Produksi beras tahun ini diperkirakan 12, 7 juta ton.', 'id')).toEqual([['12, 7 juta ton', 12700000]]);
    expect(drifts('Produksi beras tahun ini diperkirakan 12, 7 juta ton.', 'Rice output this year is estimated at 12.7 million tonnes.')).toEqual([]);
    expect(drifts('Ekspor naik menjadi 41, 25 miliar dolar AS.', 'Exports rose to US$41.25 billion.')).toEqual([]);
  });
  it('guard: the same surface against another decimal still drifts', () => {
    expect(drifts('Produksi beras tahun ini diperkirakan 12, 7 juta ton.', 'Rice output this year is estimated at 12.4 million tonnes.')).toEqual(['value:12, 7 juta ton']);
  });
  it('after a rupiah sign too (*Rp512, 36 miliar*), while a sign glued to other letters is still no amount', () => {
    expect(read('Labanya naik dari Rp512, 36 miliar tahun lalu.', 'id')).toEqual([['Rp512, 36 miliar', 512360000000]]);
    expect(drifts('Labanya naik dari Rp512, 36 miliar tahun lalu.', 'Its profit rose from Rp512.36 billion a year earlier.')).toEqual([]);
    expect(read('Kode XRp4, 5 juta tercatat.', 'id').map((r) => r[1])).toEqual([5000000]);
  });
  it('guard: a list of numbers before a scale word is not one decimal, and English is left as written', () => {
    expect(read('Paket itu bernilai 1, 2, 3 juta rupiah.', 'id').map((r) => r[1])).toEqual([1, 2, 3000000]);
    expect(read('The lots were 4, 5 million shares each.', 'en').map((r) => r[1])).toEqual([4, 5000000]);
  });
});

describe('a vote tally *N berbanding M* rendered "voted N to M"', () => {
  const a = 'Dewan kota memberi suara 61 berbanding 37 menolak rencana itu.';
  it('one score on both sides: no drift', () => {
    expect(drifts(a, 'The city council voted 61 to 37 against the plan.')).toEqual([]);
    expect(read('The city council voted 61 to 37 against the plan.', 'en')).toEqual([]);
  });
  it('guard: another tally still drifts', () => {
    expect(drifts(a, 'The city council voted 61 to 31 against the plan.')).toEqual(['value:61 berbanding 37']);
  });
  it('guard: "to" after a result word with the lower number first is a range, and without one a change', () => {
    expect(read('The party won 5 to 10 percent of the seats.', 'en')).toEqual([['5 to 10 percent', '5..10']]);
    expect(read('Its lead fell from 54 to 28 seats.', 'en').map((r) => r[1])).toEqual([54, 28]);
  });
});

describe('"a few dozen", "several dozen" are tens, as *puluhan*', () => {
  it('*puluhan nelayan* ↔ "a few dozen fishermen" / "several dozen fishermen": no drift', () => {
    expect(read('Several dozen fishermen joined the protest.', 'en')).toEqual([['Several dozen fishermen', 10]]);
    expect(drifts('Puluhan nelayan ikut dalam unjuk rasa itu.', 'A few dozen fishermen joined the protest.')).toEqual([]);
    expect(drifts('Puluhan nelayan ikut dalam unjuk rasa itu.', 'Several dozen fishermen joined the protest.')).toEqual([]);
  });
  it('guard: *ratusan* (hundreds) against "a few dozen" still drifts; "a dozen" alone stays 12', () => {
    expect(drifts('Ratusan nelayan ikut dalam unjuk rasa itu.', 'A few dozen fishermen joined the protest.')).toEqual(['value:Ratusan nelayan']);
    expect(read('A dozen fishermen joined the protest.', 'en')).toEqual([['A dozen fishermen', 12]]);
  });
});

describe('"or even lower", "or even more" after an amount are bounds, as *atau lebih rendah*, *atau bahkan lebih*', () => {
  it('*lima persen atau lebih rendah* ↔ "five percent or even lower": one upper bound, no drift', () => {
    expect(drifts('Bunga kredit bisa turun ke lima persen atau lebih rendah.', 'Lending rates could fall to five percent or even lower.')).toEqual([]);
    expect(drifts('Jumlah pengunjung bisa 2.000 orang atau bahkan lebih.', 'Visitors could number 2,000 or even more.')).toEqual([]);
  });
  it('guard: the bound turned the other way still drifts', () => {
    expect(drifts('Bunga kredit bisa turun ke lima persen atau lebih rendah.', 'Lending rates could fall to five percent or even higher.')).toEqual(['qualifier:lima persen atau lebih rendah']);
  });
  it('guard: "or even more than" compares, no bound', () => {
    expect(extractFromSentence('Sales rose 5 percent or even more than analysts hoped.', 'en').map((f) => f.qualifier)).toEqual(['exact']);
  });
});

describe('*berkisar pada*, *berkisar di* before an amount hedge it, as *berkisar*', () => {
  it('*berkisar pada Rp4.250* is about Rp4,250; against "at Rp4,250" the hedge is dropped', () => {
    expect(extractFromSentence('Harga gula berkisar pada Rp4.250 per kilogram.', 'id').map((f) => f.qualifier)).toEqual(['about']);
    expect(drifts('Harga gula berkisar pada Rp4.250 per kilogram.', 'Sugar sold at around Rp4,250 a kilogram.')).toEqual([]);
  });
  it('guard: the hedge dropped still drifts, and before a range the words only place it', () => {
    expect(drifts('Harga gula berkisar pada Rp4.250 per kilogram.', 'Sugar sold at Rp4,250 a kilogram.')).toEqual(['qualifier:berkisar pada Rp4.250']);
    expect(extractFromSentence('Bunga berkisar pada 5 sampai 6 persen.', 'id').map((f) => [f.value, f.qualifier])).toEqual([['5..6', 'exact']]);
  });
});

describe('the suffix *-an* on a number with dot groups is an approximation (*Rp7.000-an*, some Rp7,000)', () => {
  it('*Rp7.000-an* rendered "some Rp7,000": no drift', () => {
    expect(drifts('Harga cabai turun ke Rp7.000-an per kilogram.', 'Chili prices fell to some Rp7,000 a kilogram.')).toEqual([]);
  });
  it('guard: rendered "Rp7,000" the hedge is dropped; a decade (*1980-an*) is no amount but its range of years', () => {
    expect(drifts('Harga cabai turun ke Rp7.000-an per kilogram.', 'Chili prices fell to Rp7,000 a kilogram.')).toEqual(['qualifier:Rp7.000-an']);
    expect(extractFromSentence('Sejak 1980-an harga itu naik.', 'id').map((f) => [f.kind, f.value])).toEqual([['range', '1980..1989']]);
  });
});

describe('a decimal comma copied as one more thousands comma (*1.874,356* ↔ "1,874,356")', () => {
  const a = 'Indeks harga saham gabungan ditutup naik 12,5 poin menjadi 1.874,356.';
  it('the same digits, every separator a comma: for review only, no drift', () => {
    expect(drifts(a, 'The composite index closed up 12.5 points at 1,874,356.')).toEqual([]);
    expect(reviews(a, 'The composite index closed up 12.5 points at 1,874,356.')).toEqual(['value:1.874,356']);
  });
  it('guard: other digits still drift', () => {
    expect(drifts(a, 'The composite index closed up 12.5 points at 1,874,366.')).toEqual(['value:1.874,356']);
  });
});

describe('a range of lengths of time with the unit on both ends (*dua bulan sampai 9 bulan*, "two years to five years")', () => {
  it('one range on each side: no drift', () => {
    expect(read('Tenor kredit itu dua bulan sampai 9 bulan.', 'id')).toEqual([['dua bulan sampai 9 bulan', '2..9']]);
    expect(drifts('Tenor kredit itu dua bulan sampai 9 bulan.', 'The loans run from two to nine months.')).toEqual([]);
    expect(drifts('Masa jabatan itu 2 tahun hingga 5 tahun.', 'The term is two years to five years.')).toEqual([]);
  });
  it('guard: another upper end still drifts; a length then a year is no range', () => {
    expect(drifts('Tenor kredit itu dua bulan sampai 9 bulan.', 'The loans run from two to six months.')).toEqual(['value:dua bulan sampai 9 bulan']);
    expect(read('Ia menjabat 3 tahun hingga tahun 2010.', 'id').map((r) => r[1])).toEqual([3, '2010']);
  });
});

describe('an English range glued into a compound adjective ("three-to-six-month", "1-to-5-year")', () => {
  it('*tiga bulan sampai enam bulan* ↔ "three-to-six-month": one range, no drift', () => {
    expect(read('They sell three-to-six-month bills and 1-to-5-year notes.', 'en')).toEqual([
      ['three-to-six-month', '3..6'],
      ['1-to-5-year', '1..5'],
    ]);
    expect(drifts('Pemerintah menjual surat utang bertenor tiga bulan sampai enam bulan.', 'The government sells three-to-six-month bills.')).toEqual([]);
  });
  it('guard: another end still drifts; "one-to-one" and "face-to-face" are no ranges', () => {
    expect(drifts('Pemerintah menjual surat utang bertenor tiga bulan sampai enam bulan.', 'The government sells three-to-nine-month bills.')).toEqual(['value:tiga bulan sampai enam bulan']);
    expect(extractFromSentence('They held one-to-one talks face-to-face.', 'en').map((f) => f.kind)).not.toContain('range');
  });
});

describe('a count of shares restated in trading lots ("250,000 shares or 500 lots")', () => {
  const a = 'Perseroan membeli kembali 250 ribu lembar saham pada 3 Mei.';
  it('the lots follow from the shares of the other version: review only, no drift', () => {
    expect(drifts(a, 'The company bought back 250,000 shares or 500 lots on May 3.')).toEqual([]);
    expect(reviews(a, 'The company bought back 250,000 shares or 500 lots on May 3.')).toEqual(['added:500 lots']);
  });
  it('guard: lots that no share count gives still drift', () => {
    expect(drifts(a, 'The company bought back 250,000 shares or 600 lots on May 3.')).toEqual(['added:600 lots']);
  });
});

describe('a bond name\'s year kept in the series written with a slash (*Obligasi II Tahun 2006* ↔ "bonds II/2006")', () => {
  const a = 'Pefindo menetapkan peringkat idA untuk Obligasi II Bank Maju Tahun 2006 sebesar Rp400 miliar.';
  it('the year is the year of the issue on both sides: no drift, nothing to review', () => {
    expect(drifts(a, "Pefindo affirmed its idA rating for Bank Maju's Rp400 billion bonds II/2006.")).toEqual([]);
    expect(reviews(a, "Pefindo affirmed its idA rating for Bank Maju's Rp400 billion bonds II/2006.")).toEqual([]);
  });
  it('guard: a series kept with another year still drifts', () => {
    expect(drifts(a, "Pefindo affirmed its idA rating for Bank Maju's Rp400 billion bonds II/2005.")).toEqual(['date:2006']);
  });
});

describe('a day without its year dropped for the one weekday the other version names (*hari ini 15/5* ↔ "Tuesday")', () => {
  const a = 'Perjanjian itu hari ini 22/8 ditandatangani di Jakarta oleh kedua menteri.';
  it('review only, no drift', () => {
    expect(drifts(a, 'The ministers signed the agreement here Wednesday.')).toEqual([]);
    expect(reviews(a, 'The ministers signed the agreement here Wednesday.')).toContain('missing:22/8');
  });
  it('guard: dropped with no weekday named still drifts', () => {
    expect(drifts(a, 'The ministers signed the agreement in Jakarta.')).toEqual(['missing:22/8']);
  });
});

describe('one relative month phrase stands for one month of a year dropped, not for every one', () => {
  const a = 'Harga beras naik sejak Agustus 2006, lalu turun pada Februari 2007, dan Mei ini mencapai Rp6.000 dari Rp5.500 per kg.';
  it('two months dropped against one "a month earlier": both drift', () => {
    expect(drifts(a, 'Rice rose to Rp6,000 a kg in May from Rp5,500 a month earlier.')).toEqual(['missing:Agustus 2006', 'missing:Februari 2007']);
  });
  it('guard: one month dropped against one "a month earlier" stays a relative rendering (review only)', () => {
    const one = 'Harga beras pada April 2007 sebesar Rp5.500 dan Mei ini mencapai Rp6.000 per kg.';
    expect(drifts(one, 'Rice rose to Rp6,000 a kg in May from Rp5,500 a month earlier.')).toEqual([]);
    expect(reviews(one, 'Rice rose to Rp6,000 a kg in May from Rp5,500 a month earlier.')).toEqual(['missing:April 2007']);
  });
});

describe('halfway down with as many digits is another figure (a quote Rp8.645/8.650 ↔ "Rp8,640/8,645")', () => {
  it('both ends of a quote moved by five: value drift (the second end is written finer than A, no rounding of it)', () => {
    expect(drifts('Rupiah ditutup pada Rp8.645/8.650 per dolar AS.', 'The rupiah closed at Rp8,640/8,645 per US dollar.')).toEqual(['value:Rp8.645', 'value:8.650']);
  });
  it('a count one off, written with as many digits, is another count, not a rounding; B rounding A is one', () => {
    expect(drifts('Sebanyak 140 orang mengungsi.', 'Some 141 people fled.')).toEqual(['value:140 orang']);
    expect(drifts('Sebanyak 1400 orang mengungsi.', 'As many as 1401 people fled.')).toEqual(['value:1400 orang']);
    expect(drifts('Sebanyak 141 orang mengungsi.', 'Some 140 people fled.')).toEqual([]);
    expect(drifts('Sebanyak 2.001 orang mengungsi.', 'Some 2,000 people fled.')).toEqual([]);
  });
  it('guard: rounded half up, or cut shorter (*412,5 juta* ↔ "412 million"), still a rounding', () => {
    expect(drifts('Rupiah ditutup pada Rp8.645 per dolar AS.', 'The rupiah closed at Rp8,650 per US dollar.')).toEqual([]);
    expect(drifts('Ekspor mencapai 412,5 juta dolar AS.', 'Exports reached US$412 million.')).toEqual([]);
  });
});

describe('*balita* (children under five) rendered "under 5 years old"', () => {
  const a = 'Dinas kesehatan memberi 3.000 kapsul vitamin kepada anak balita di desa itu.';
  it('the age is in the word: review only, no drift', () => {
    expect(drifts(a, 'The health office gave 3,000 vitamin capsules to children under 5 years old in the village.')).toEqual([]);
    expect(reviews(a, 'The health office gave 3,000 vitamin capsules to children under 5 years old in the village.')).toEqual(['added:under 5 years']);
  });
  it('guard: another age still drifts', () => {
    expect(drifts(a, 'The health office gave 3,000 vitamin capsules to children under 12 years old in the village.')).toEqual(['added:under 12 years']);
  });
});

describe('six months said as one word for a half year (*tiap enam bulan* ↔ "semiannual", "semestral")', () => {
  const a = 'Pemerintah akan melakukan evaluasi tiap enam bulan atas 12 proyek itu.';
  it('review only, no drift', () => {
    expect(drifts(a, 'The government will conduct semiannual reviews of the 12 projects.')).toEqual([]);
    expect(drifts(a, 'The government will conduct semestral reviews of the 12 projects.')).toEqual([]);
  });
  it('guard: another length still drifts', () => {
    const three = 'Pemerintah akan melakukan evaluasi tiap tiga bulan atas 12 proyek itu.';
    expect(drifts(three, 'The government will conduct semiannual reviews of the 12 projects.')).toEqual(['missing:tiga bulan']);
  });
});
