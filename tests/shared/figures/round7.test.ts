/**
 * Reader rules of the seventh round on real translations (issue 10). The sentences are our own; none is
 * copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('the year of a part of a year, hyphenated or written as a code', () => {
  it('Indonesian: triwulan I-2008, semester II-2023 read the part and its year (as semester II/2009 does)', () => {
    expect(read(id('Ekspor kopi triwulan I-2008 turun tipis.'))).toEqual([
      ['triwulan I', 'ordinal', 1],
      ['2008', 'date', '2008'],
    ]);
    expect(read(id('Penjualan semen semester II-2023 naik.'))).toEqual([
      ['semester II', 'ordinal', 2],
      ['2023', 'date', '2023'],
    ]);
    // a name hyphenated to a number stays a code
    expect(id('Pesawat F-16 itu mendarat darurat.')).toEqual([]);
    expect(id('Proyek Tahap II-2008 itu tertunda.')).toEqual([]);
  });
  it('English and Indonesian: Q1–Q4 are quarters, H1/H2 before a year are halves', () => {
    expect(read(en('Cement sales in Q3-2007 rose.'))).toEqual([
      ['Q3', 'ordinal', 3],
      ['2007', 'date', '2007'],
    ]);
    expect(read(en('In Q4, coffee exports fell.'))).toEqual([['Q4', 'ordinal', 4]]);
    expect(read(en('Cement sales in H1 2008 rose.'))).toEqual([
      ['H1', 'ordinal', 1],
      ['2008', 'date', '2008'],
    ]);
    expect(read(id('Laba Q2/2007 naik.'))).toEqual([
      ['Q2', 'ordinal', 2],
      ['2007', 'date', '2007'],
    ]);
    // virus names and codes are no parts of a year
    expect(en('The H5N1 strain spread to poultry.')).toEqual([]);
    expect(en('The Q5 model was recalled.')).toEqual([]);
  });
});

describe('"scores of" is a multitude in the tens, as "dozens" and puluhan', () => {
  it('English: scores of + a plain noun reads as dozens; test scores and "of course" do not', () => {
    expect(read(en('Scores of fishermen sheltered in the port.'))).toEqual([['Scores of fishermen', 'count', 10]]);
    expect(en('Police detained scores of traders.')[0]).toMatchObject({ value: 10, qualifier: 'magnitude' });
    expect(en('The test scores of the pupils improved.')).toEqual([]);
    expect(en('She scores of course.')).toEqual([]);
  });
  it('Indonesian: puluhan reads as the same order of magnitude', () => {
    expect(id('Puluhan nelayan berlindung di pelabuhan.')[0]).toMatchObject({ value: 10, qualifier: 'magnitude' });
  });
});

describe('a temperature converted in brackets is a conversion', () => {
  const conv = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.conversion === true]);
  it('English: Celsius with Fahrenheit in brackets, and the reverse', () => {
    expect(conv(en('The lake froze at minus 5 degrees Celsius (23 degrees Fahrenheit).'))).toEqual([
      ['minus 5 degrees Celsius', false],
      ['23 degrees Fahrenheit', true],
    ]);
    expect(conv(en('Readings of 95 degrees Fahrenheit (35 degrees Celsius) were logged.'))).toEqual([
      ['95 degrees Fahrenheit', false],
      ['35 degrees Celsius', true],
    ]);
  });
  it('Indonesian: derajat Celcius with derajat Fahrenheit in brackets; two unrelated temperatures are not', () => {
    expect(conv(id('Suhu siang mencapai 35 derajat Celcius (95 derajat Fahrenheit).'))).toEqual([
      ['35 derajat Celcius', false],
      ['95 derajat Fahrenheit', true],
    ]);
    expect(conv(id('Suhu naik dari 20 derajat (lalu 25 derajat) dalam sehari.')).every(([, c]) => c === false)).toBe(true);
  });
});

describe('a capitalised number word that ends a name is part of the name', () => {
  it('English: World War Two, the Group of Eight, Formula One are no counts; a title or a count after a comma still is', () => {
    expect(read(en('Her grandfather fought in World War Two in 1944.'))).toEqual([['1944', 'date', '1944']]);
    expect(en('Leaders of the Group of Eight gathered in Kyoto.')).toEqual([]);
    expect(en('He raced in Formula One for a decade.')).toEqual([]);
    expect(read(en('Storm Kills Two In Coastal Town'))).toEqual([['Two', 'count', 2]]);
    expect(read(en('In Surabaya, Two men were detained.'))).toEqual([['Two men', 'count', 2]]);
  });
  it('Indonesian: Perang Dunia Dua and Jilid Dua are names; a sentence-initial count is read', () => {
    expect(read(id('Kakeknya berjuang dalam Perang Dunia Dua pada 1944.'))).toEqual([['1944', 'date', '1944']]);
    expect(id('Kabinet Kerja Jilid Dua dilantik kemarin.')).toEqual([]);
    expect(read(id('Dua nelayan hilang di laut.'))).toEqual([['Dua nelayan', 'count', 2]]);
  });
});

describe('military-style times before "local time", and the name 9/11', () => {
  it('English and Indonesian: 0900 local time, 2200 waktu setempat are clock times; a year before "local time" is not', () => {
    expect(read(en('The curfew starts at 2200 local time.'))).toEqual([['2200 local time', 'time', '22:00']]);
    expect(read(id('Jam malam mulai pukul 2200 waktu setempat.'))).toEqual([['2200 waktu setempat', 'time', '22:00']]);
    expect(read(en('In 2007 local time was changed.'))).toEqual([['2007', 'date', '2007']]);
  });
  it('English 9/11 and Indonesian serangan 9/11 name the attacks of 2001; a dated 9/11 stays a day and month', () => {
    expect(read(en('Security tightened after the 9/11 attacks.'))).toEqual([['9/11', 'date', '2001-09-11']]);
    expect(read(id('Keamanan diperketat setelah serangan 9/11.'))).toEqual([['9/11', 'date', '2001-09-11']]);
    expect(read(id('Pameran dibuka Senin (9/11).'))).toEqual([['9/11', 'date', '--11-09']]);
  });
});

describe('double-digit and dua digit are numbers of two digits: tens, as puluhan', () => {
  it('English: double-digit growth, double digits, triple-digit inflation; "double the amount" stays a multiplier', () => {
    expect(en('Exports posted double-digit growth.')[0]).toMatchObject({ text: 'double-digit', value: 10, qualifier: 'magnitude' });
    expect(en('Inflation may reach double digits.')[0]).toMatchObject({ text: 'double digits', value: 10, qualifier: 'magnitude' });
    expect(en('The country suffered triple-digit inflation.')[0]).toMatchObject({ value: 100, qualifier: 'magnitude' });
    expect(en('They paid double the amount.')[0]).toMatchObject({ kind: 'other', value: 2 });
  });
  it('Indonesian: dua digit, and double digit written in English; dua digit terakhir (which digits) is no size', () => {
    expect(id('Ekspor tumbuh dua digit tahun ini.')[0]).toMatchObject({ text: 'dua digit', value: 10, qualifier: 'magnitude' });
    expect(id('Penerimaan pajak naik double digit pada 2009.')[0]).toMatchObject({ text: 'double digit', value: 10, qualifier: 'magnitude' });
    expect(id('Ia hanya ingat dua digit terakhir nomor itu.')[0]).not.toMatchObject({ qualifier: 'magnitude' });
  });
});

describe('two days of one month listed with "dan"/"and" are two dates', () => {
  it('Indonesian: 12 dan 13 Mei, 5 atau 6 Juni 2008; counts joined by dan stay counts', () => {
    expect(read(id('Rapat digelar pada 12 dan 13 Mei.'))).toEqual([
      ['12', 'date', '--05-12'],
      ['13 Mei', 'date', '--05-13'],
    ]);
    expect(read(id('Sidang digelar 5 atau 6 Juni 2008.'))).toEqual([
      ['5', 'date', '2008-06-05'],
      ['6 Juni 2008', 'date', '2008-06-06'],
    ]);
    expect(read(id('Sebanyak 12 dan 13 orang terluka.')).map(([, k]) => k)).toEqual(['count', 'count']);
  });
  it('English: 12 and 13 May', () => {
    expect(read(en('The fair runs on 12 and 13 May.'))).toEqual([
      ['12', 'date', '--05-12'],
      ['13 May', 'date', '--05-13'],
    ]);
  });
  it('each day with its weekday: *Selasa, 16 dan Rabu, 17 Juli 2024*, `Tuesday, 16 and Wednesday, 17 July 2024`', () => {
    expect(read(id('Rapat digelar pada Selasa, 16 dan Rabu, 17 Juli 2024.'))).toEqual([
      ['16', 'date', '2024-07-16'],
      ['17 Juli 2024', 'date', '2024-07-17'],
    ]);
    expect(read(en('The board met on Tuesday, 16 and Wednesday, 17 July 2024.'))).toEqual([
      ['16', 'date', '2024-07-16'],
      ['17 July 2024', 'date', '2024-07-17'],
    ]);
    // guard: without a weekday before the first day, a weekday after `dan` starts another thing
    expect(read(id('Sebanyak 16 dan Rabu, 17 Juli 2024, diumumkan.'))[0]).toEqual(['16', 'count', 16]);
  });
});

describe('the hundreds (or tens) of a scale said vaguely', () => {
  it('English: several hundred thousand, a few hundred million; several hundred alone stays hundreds', () => {
    expect(en('Several hundred thousand pilgrims gathered.')[0]).toMatchObject({ value: 100000, qualifier: 'magnitude' });
    expect(en('The plan costs a few hundred million dollars.')[0]).toMatchObject({ value: 100000000, qualifier: 'magnitude' });
    expect(en('Several hundred pilgrims gathered.')[0]).toMatchObject({ value: 100, qualifier: 'magnitude' });
  });
  it('Indonesian: beberapa ratus ribu, beberapa puluh juta; beberapa ratus alone stays hundreds', () => {
    expect(id('Beberapa ratus ribu jemaah berkumpul.')[0]).toMatchObject({ value: 100000, qualifier: 'magnitude' });
    expect(id('Rencana itu menelan beberapa puluh juta dolar.')[0]).toMatchObject({ value: 10000000, qualifier: 'magnitude' });
    expect(id('Beberapa ratus jemaah berkumpul.')[0]).toMatchObject({ value: 100, qualifier: 'magnitude' });
  });
});

describe('an age of a decade said in words', () => {
  it('English: in his sixties, in her early thirties; "the sixties" alone is no figure', () => {
    // (the decade of an age is the range of its years, as a decade of years is: D7)
    expect(en('The driver, in his sixties, was unhurt.')[0]).toMatchObject({ text: 'sixties', kind: 'range', value: '60..69', low: 60, high: 69 });
    expect(en('A nurse in her early thirties was hurt.')[0]).toMatchObject({ kind: 'range', value: '30..39' });
    expect(en('Songs of the sixties filled the hall.')).toEqual([]);
  });
  it('Indonesian: berusia 60-an reads as the same approximate age', () => {
    expect(id('Sopir berusia 60-an itu selamat.')[0]).toMatchObject({ text: '60-an', kind: 'range', value: '60..69' });
  });
});

describe('"first" as a title or as an adverb is no rank', () => {
  it('English: the first lady, first aid, "sort the samples first, she said" are no figures; ranks stay', () => {
    expect(en('The first lady opened the clinic.')).toEqual([]);
    expect(en('Volunteers gave first aid to the injured.')).toEqual([]);
    expect(en('The lab must sort the samples first, she said.')).toEqual([]);
    expect(en('Jakarta ranked first.')[0]).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(en('It was the first visit.')[0]).toMatchObject({ kind: 'ordinal', value: 1 });
  });
  it('Indonesian: Ibu Negara has no number; kunjungan pertama is still a rank', () => {
    expect(id('Ibu Negara membuka klinik itu.')).toEqual([]);
    expect(id('Itu kunjungan pertama presiden ke Papua.')[0]).toMatchObject({ kind: 'ordinal', value: 1 });
  });
});
