/**
 * Reader rules of the fourth round on real translations (issue 10): a `more than` that compares an
 * amount of change with a figure, the Indian scale words lakh and crore, a sentence-opening *pada* before
 * a year, and `a`/`an` before a unit of time made a quantity by a hedge or by `and a half`. Each rule in
 * Indonesian and in English (where one language has no such form, the test shows how it reads there).
 * The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { allLevels, drifts } from '../drift/helpers';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');

describe('a "more than" after an amount of change compares, it bounds nothing', () => {
  it('English: "39 percent more than Rp143 billion", "4 times more than", "5% less than"', () => {
    const f = en('Profit was Rp198 billion, 39 percent more than Rp143 billion a year before.');
    expect(f.map((x) => [x.text, x.qualifier])).toEqual([
      ['Rp198 billion', 'exact'],
      ['39 percent', 'exact'],
      ['Rp143 billion', 'exact'],
    ]);
    expect(en('Output was 4 times more than 20 tons.')[1]).toMatchObject({ text: '20 tons', qualifier: 'exact' });
    expect(en('Sales rose 5% less than 3 million units.')[1]).toMatchObject({ qualifier: 'exact', value: 3e6 });
  });

  it('English: a bound after a year or after a comma stays a bound', () => {
    expect(en('In 2007 more than 500 people died.')[1]).toMatchObject({ qualifier: 'more-than', value: 500 });
    expect(en('Exports rose 5 percent, more than 20 tons.')[1]).toMatchObject({ qualifier: 'more-than', value: 20 });
  });

  it('Indonesian puts its bound after the number, so "lebih dari" after a percent stays a bound', () => {
    expect(id('Ekspor naik 5 persen, lebih dari 20 ton.')[1]).toMatchObject({ qualifier: 'more-than', value: 20 });
    expect(id('Laba naik 39 persen lebih dari Rp143 miliar.')[1]).toMatchObject({ qualifier: 'more-than' });
  });
});

describe('lakh and crore are scale words', () => {
  it('English: "2.5 lakh people", "Rs 3 crore", "two lakh"', () => {
    expect(en('The floods displaced nearly 2.5 lakh people.')[0]).toMatchObject({ value: 250_000, qualifier: 'about' });
    expect(en('The state spent Rs 3 crore on repairs.')[0]).toMatchObject({ kind: 'money', value: 3e7 });
    expect(en('Some two lakh voters turned out.')[0]).toMatchObject({ value: 200_000 });
  });

  it('Indonesian has no such words: the same counts are written out', () => {
    expect(id('Banjir membuat hampir 250.000 orang mengungsi.')[0]).toMatchObject({ value: 250_000, qualifier: 'about' });
  });
});

describe('a year after a sentence-opening "pada" before a noun and a verb', () => {
  it('Indonesian: "Pada 1986 bank merubah namanya" is a year; "bantuan pada 2000 keluarga" a count', () => {
    expect(id('Pada 1986 bank itu merubah namanya.')[0]).toMatchObject({ kind: 'date', value: '1986' });
    expect(id('Kemudian pada 2005 perusahaan mengakuisisi pabrik gula.')[0]).toMatchObject({ kind: 'date', value: '2005' });
    expect(id('Pemerintah memberi bantuan pada 2000 keluarga.')[0]).toMatchObject({ kind: 'count', value: 2000 });
  });

  it('English: "In 1986 the bank" was already a year', () => {
    expect(en('In 1986 the bank changed its name.')[0]).toMatchObject({ kind: 'date', value: '1986' });
  });
});

describe('"a"/"an" before a unit of time is a quantity after a hedge or with "and a half"', () => {
  it('English: "nearly a week", "about an hour", "more than a year", "an hour and a half"', () => {
    expect(en('They were freed after nearly a week in captivity.')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'week', qualifier: 'about' });
    expect(en('The warning came about an hour before the blast.')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'hour', qualifier: 'about' });
    expect(en('Talks went on for more than a year.')[0]).toMatchObject({ value: 1, durationUnit: 'year', qualifier: 'more-than' });
    expect(en('About an hour and a half later a second blast hit.')[0]).toMatchObject({ value: 1.5, durationUnit: 'hour', qualifier: 'about' });
  });

  it('English: the article alone, or after "over", is no figure', () => {
    expect(en('A year ago the firm was small.')).toEqual([]);
    expect(en('Prices rose over a year of drought.')).toEqual([]);
  });

  it('Indonesian says the same with a number word', () => {
    expect(id('Mereka dibebaskan setelah hampir satu pekan disandera.')[0]).toMatchObject({ kind: 'duration', value: 1, qualifier: 'about' });
    expect(id('Sekitar satu setengah jam kemudian ledakan kedua terjadi.')[0]).toMatchObject({ kind: 'duration', value: 1.5, qualifier: 'about' });
  });
});

describe('"a"/"an" before a unit of measure is one unit after a hedge or a bound', () => {
  it('English: "less than a gigabyte", "nearly a kilometre", "more than a ton"; the article alone is none', () => {
    expect(en('The file is less than a gigabyte in size.')).toMatchObject([{ kind: 'count', value: 1, unit: 'gigabyte', qualifier: 'less-than' }]);
    expect(en('The camp lies nearly a kilometre from the river.')).toMatchObject([{ kind: 'count', value: 1, unit: 'kilometre', qualifier: 'about' }]);
    expect(en('They seized more than a ton of rice.')).toMatchObject([{ kind: 'count', value: 1, unit: 'ton', qualifier: 'more-than' }]);
    expect(en('The camp lies a kilometre from the river.')).toEqual([]);
    // not a noun nobody measures: `nearly a house` is no quantity read here
    expect(en('It cost nearly a house.')).toEqual([]);
  });
  it('Indonesian says it with satu; the two match, and another unit is a unit drift', () => {
    expect(id('Ukuran berkas itu tidak sampai satu gigabyte.')).toMatchObject([{ kind: 'count', value: 1, unit: 'gigabyte', qualifier: 'less-than' }]);
    expect(allLevels('Ukuran berkas itu tidak sampai satu gigabyte.', 'The file is less than a gigabyte in size.')).toEqual([]);
    expect(allLevels('Kamp itu berjarak hampir satu kilometer dari sungai.', 'The camp lies nearly a kilometre from the river.')).toEqual([]);
    expect(drifts('Kamp itu berjarak hampir satu kilometer dari sungai.', 'The camp lies nearly a mile from the river.')).toEqual(['unit:hampir satu kilometer']);
    // amounts of data are units of measure: GB is gigabytes, megabytes are not gigabytes
    expect(allLevels('Data yang bocor mencapai 5 GB.', 'The leaked data reached 5 gigabytes.')).toEqual([]);
    expect(drifts('Data yang bocor mencapai 5 MB.', 'The leaked data reached 5 gigabytes.')).toEqual(['unit:5 MB']);
  });
});

describe('"plus minus" is a tolerance or an approximation, never a minus sign', () => {
  it('Indonesian: after a value, a tolerance without a sign; opening a figure, "about"', () => {
    expect(id('Inflasi diperkirakan 5 persen plus minus 1 persen.').map((f) => [f.text, f.value])).toEqual([
      ['5 persen', 5],
      ['1 persen', 1],
    ]);
    expect(id('Inflasi 5 plus-minus 1 persen.').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['5', 'percent', 5, undefined],
      ['1 persen', 'percent', 1, undefined],
    ]);
    expect(id('Jumlah pengungsi plus minus 100 orang.')[0]).toMatchObject({ text: 'plus minus 100 orang', value: 100, qualifier: 'about' });
    expect(id('Ekonomi tumbuh minus 1,5 persen.')[0]).toMatchObject({ value: -1.5 });
  });

  it('English: "plus or minus", "plus/minus" the same way; "minus 0.3 percent" stays negative', () => {
    expect(en('Inflation is seen at 5 percent plus or minus 1 percent.')[1]).toMatchObject({ text: '1 percent', value: 1 });
    expect(en('The margin of error is plus or minus 3 percent.')[0]).toMatchObject({ value: 3, qualifier: 'about' });
    expect(en('Inflation at 5 percent, plus/minus 1 percent.')[1]).toMatchObject({ value: 1 });
    expect(en('Growth was minus 0.3 percent.')[0]).toMatchObject({ value: -0.3 });
  });
});

describe('a span of years with the second year cut to two digits', () => {
  it('English: "1975-90", "2001-03", "1998-02" are ranges of years', () => {
    expect(en('The country is still recovering from a 1975-90 civil war.')[0]).toMatchObject({ kind: 'range', value: '1975..1990', low: 1975, high: 1990 });
    expect(en('Growth slowed in the 2001-03 period.')[0]).toMatchObject({ kind: 'range', value: '2001..2003' });
    expect(en('The 1998-02 crisis hit exports.')[0]).toMatchObject({ kind: 'range', value: '1998..2002' });
  });
  it('Indonesian: "pada 1992-93," the same; a full date stays a date', () => {
    expect(id('Mereka mengungsi selama pertempuran pada 1992-93, ketika pasukan mundur.')[0]).toMatchObject({ kind: 'range', value: '1992..1993' });
    expect(id('Perang saudara 1975-1990 menghancurkan kota itu.')[0]).toMatchObject({ kind: 'range', value: '1975..1990' });
    expect(id('Surat itu bertanggal 2007-12-05.').some((f) => f.kind === 'range')).toBe(false);
  });
});

describe('the Indonesian se- of a unit of time after a hedge is one unit', () => {
  it('Indonesian: "sekitar setahun", "hampir sepekan", "lebih dari sebulan"; "setahun lalu" alone is no figure', () => {
    expect(id('Kasus itu terungkap sekitar setahun lalu.')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'year', qualifier: 'about' });
    expect(id('Mereka disandera hampir sepekan.')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'week', qualifier: 'about' });
    expect(id('Perundingan berlangsung lebih dari sebulan.')[0]).toMatchObject({ value: 1, durationUnit: 'month', qualifier: 'more-than' });
    expect(id('Setahun lalu perusahaan itu masih kecil.')).toEqual([]);
  });
  it('English reads "about a year" the same way', () => {
    expect(en('The case came to light about a year ago.')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'year', qualifier: 'about' });
  });
});

describe('a second number joined to a label is part of the name', () => {
  it('Indonesian: "lantai 17 dan 18", "Pasal 4 dan 5" are designators; "lantai 3 dan 40 orang" still counts people', () => {
    expect(id('Ledakan terjadi antara lantai 17 dan 18 gedung itu.')).toEqual([]);
    expect(id('Pasal 4 dan 5 undang-undang itu diubah.')).toEqual([]);
    expect(id('Api melalap lantai 3 dan 40 orang tewas.').map((f) => f.text)).toEqual(['40 orang']);
  });
  it('English: "Articles 4 and 5" the same way', () => {
    expect(en('Articles 4 and 5 of the law were amended.')).toEqual([]);
  });
});

describe('typing slips and adjectives of frequency', () => {
  it('a stray full stop between an amount and its lower-case scale word keeps the scale, in both languages', () => {
    expect(en('The bank is preparing Rp 3.3. trillion in cash.')[0]).toMatchObject({ kind: 'money', value: 3.3e12 });
    expect(id('Bank menyiapkan Rp 3,3. triliun untuk ATM.')[0]).toMatchObject({ kind: 'money', value: 3.3e12 });
    expect(en('It cost US$5. Trillions more were spent later.')[0]).toMatchObject({ kind: 'money', value: 5 });
    expect(id('Harganya Rp 5.000. Juta orang membelinya.')[0]).toMatchObject({ kind: 'money', value: 5000 });
  });
  it('Indonesian "dua bulanan", "tiga bulanan" say how often, like English "bi-monthly", "quarterly"', () => {
    expect(id('Majalah dua bulanan itu terbit bulan ini.')).toEqual([]);
    expect(id('Laporan keuangan tiga bulanan dirilis Senin.')).toEqual([]);
    expect(id('Majalah itu terbit selama dua bulan.')[0]).toMatchObject({ kind: 'duration', value: 2 });
    expect(en('The bi-monthly magazine and the quarterly report came out.')).toEqual([]);
  });
});

describe('a long month name typed with one slip', () => {
  it('Indonesian: "Februarai", "Febuari 2005", "4 Agusuts 2007"; a name near no month stays a name', () => {
    expect(id('Pada akhir Februarai produksi mencapai 39 juta kaki kubik.')[0]).toMatchObject({ kind: 'date', value: '--02' });
    expect(id('Kelompok itu muncul pada Febuari 2005.')[0]).toMatchObject({ kind: 'date', value: '2005-02' });
    expect(id('Rapat digelar tanggal 4 Agusuts 2007.')[0]).toMatchObject({ kind: 'date', value: '2007-08-04' });
    expect(id('Menteri Oktavianus datang ke Jakarta.')).toEqual([]);
  });
  it('English: "Febraury 2005", "Novmber 3"; a lower-case word is no month', () => {
    expect(en('The group emerged in Febraury 2005.')[0]).toMatchObject({ kind: 'date', value: '2005-02' });
    expect(en('Talks resume on Novmber 3.')[0]).toMatchObject({ kind: 'date', value: '--11-03' });
    expect(en('The octobre festival drew crowds.')).toEqual([]);
  });
});

describe('a weekday typed with a slip needs a capital in both languages', () => {
  it('Indonesian: "selama" (during) is no Selasa; "Selsa" and lower-case "selasa" still are', async () => {
    const { weekdaysIn } = await import('../../../shared/figures/weekdays');
    expect(weekdaysIn('Dana itu dipegang selama lebih dari satu tahun.', 'id')).toEqual([]);
    expect(weekdaysIn('Rapat digelar di Jakarta, Selsa.', 'id').map((w) => w.day)).toEqual([2]);
    expect(weekdaysIn('Rapat digelar di Jakarta, selasa.', 'id').map((w) => w.day)).toEqual([2]);
  });
  it('English: "Tuesdy" with a capital is Tuesday; "tuesdy" is not', async () => {
    const { weekdaysIn } = await import('../../../shared/figures/weekdays');
    expect(weekdaysIn('The meeting was held on Tuesdy.', 'en').map((w) => w.day)).toEqual([2]);
    expect(weekdaysIn('The meeting was held on tuesdy.', 'en')).toEqual([]);
  });
});

describe('lone months said with a possessive or a slash', () => {
  it('English: "November\'s inflation", "the July/August war"; "May\'s" may be a person\'s', () => {
    expect(en("November's inflation rate was expected to fall.")[0]).toMatchObject({ kind: 'date', value: '--11' });
    expect(en('The devastating July/August war left ruins.').map((f) => f.value)).toEqual(['--07', '--08']);
    expect(en("Prime Minister May's speech was short.")).toEqual([]);
  });
  it('Indonesian: "Juli/Agustus" the same; "inflasi November" after a noun stays as before', () => {
    expect(id('Perang Juli/Agustus lalu menghancurkan kota.').map((f) => f.value)).toEqual(['--07', '--08']);
    expect(id('Laju inflasi pada November diperkirakan turun.')[0]).toMatchObject({ kind: 'date', value: '--11' });
  });
});

describe('more readings from a fresh slice of real text', () => {
  it('English: "eight quarters" counts quarters, "three quarters" stays a fraction; Indonesian "delapan triwulan" likewise', () => {
    expect(en('Growth averaged 6 percent in the past eight quarters.')[1]).toMatchObject({ value: 8, unit: 'quarters' });
    expect(en('Three quarters of voters agreed.')[0]).toMatchObject({ value: 0.75 });
    expect(id('Pertumbuhan rata-rata 6 persen dalam delapan triwulan terakhir.')[1]).toMatchObject({ value: 8, unit: 'triwulan' });
  });
  it('a number in words restated in digits is one figure, in both languages; a bracketed one is left as read', () => {
    expect(id('Kontrak berlaku untuk jangka waktu lima belas 15 tahun.').map((f) => f.text)).toEqual(['15 tahun']);
    expect(en('The contract runs for fifteen 15 years.').map((f) => f.text)).toEqual(['15 years']);
    expect(id('Kontrak berlaku selama lima (5) tahun.')).toHaveLength(2);
  });
  it('a wire dateline with the agency written bare (Jakarta, Sept 2 ANTARA-) is no figure; Indonesian keeps its (ANTARA) form', () => {
    expect(en('Jakarta, Sept 2 ANTARA- Inflation reached 11.5 percent.').map((f) => f.text)).toEqual(['11.5 percent']);
    expect(id('Jakarta, 2/9 (ANTARA) - Inflasi mencapai 11,5 persen.').map((f) => f.text)).toEqual(['11,5 persen']);
    expect(en('On Sept 2 UN officials met.')[0]).toMatchObject({ kind: 'date', value: '--09-02' });
  });
  it('Indonesian copy with an English scale word ("250 Million Standard Cubic Feet") reads the scale; English as before', () => {
    expect(id('Medco akan memasok gas sebesar 250 Million Standard Cubic Feet per hari.')[0]).toMatchObject({ value: 250e6 });
    expect(en('Medco will supply 250 million standard cubic feet a day.')[0]).toMatchObject({ value: 250e6 });
  });
});

describe('bounds said without "dari" or set off by a comma', () => {
  it('Indonesian: "lebih 300 tahun" is more than 300; "Sedikit-dikitnya, delapan warga" at least 8; "lebih tinggi 5 persen" no bound', () => {
    expect(id('Penjajahan berlangsung lebih 300 tahun.')[0]).toMatchObject({ value: 300, qualifier: 'more-than' });
    expect(id('Sedikit-dikitnya, delapan warga tewas.')[0]).toMatchObject({ value: 8, qualifier: 'at-least' });
    expect(id('Tidak lebih 10 orang hadir.')[0]).toMatchObject({ value: 10, qualifier: 'at-most' });
    expect(id('Harganya lebih tinggi 5 persen.')[0]).toMatchObject({ value: 5, qualifier: 'exact' });
    expect(id('Harga naik hingga, 5 persen.')[0]).toMatchObject({ qualifier: 'exact' });
  });
  it('English: "At least, 20 people" is at least 20; "About, 20" is read without the comma-set word', () => {
    expect(en('At least, 20 people died.')[0]).toMatchObject({ value: 20, qualifier: 'at-least' });
    expect(en('More than 300 years of rule ended.')[0]).toMatchObject({ value: 300, qualifier: 'more-than' });
  });
});
