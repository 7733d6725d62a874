/**
 * Reader rules from the figdev6 comparison (real-figures guideline H2, H9 and the range convention): the first day of a
 * span written once with its year takes that year; a bond series' year dates the issue; a span of years said with
 * `until` / `up to` is one range; *persennya* is a percent; `a material one` is the pronoun. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, reviews } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value]);
const values = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.kind, f.value]);

describe('the first day of a span of dates takes the year written after the last (guideline H2)', () => {
  it('Indonesian: *15 April - 14 Mei 2007*, *1 Januari sampai dengan 31 Maret 2007*', () => {
    expect(values('Bunga itu berlaku untuk periode 15 April - 14 Mei 2007.', 'id')).toEqual([
      ['date', '2007-04-15'],
      ['date', '2007-05-14'],
    ]);
    expect(values('Laporan itu mencakup 1 Januari sampai dengan 31 Maret 2007.', 'id')[0]).toEqual(['date', '2007-01-01']);
  });
  it('English: "from April 15 to May 14, 2007", "between January 1 and March 31, 2007"', () => {
    expect(values('The rate applies from April 15 to May 14, 2007.', 'en')).toEqual([
      ['date', '2007-04-15'],
      ['date', '2007-05-14'],
    ]);
    expect(values('Between January 1 and March 31, 2007 sales fell.', 'en')[0]).toEqual(['date', '2007-01-01']);
  });
  it('a span across the new year starts in the year before; two days listed across it do not', () => {
    expect(values('Periode 15 Desember - 14 Januari 2008 sepi.', 'id')[0]).toEqual(['date', '2007-12-15']);
    expect(values('The period December 15 to January 14, 2008 was quiet.', 'en')[0]).toEqual(['date', '2007-12-15']);
    expect(values('Rapat digelar 12 Desember dan 13 Januari 2007.', 'id')[0]).toEqual(['date', '--12-12']);
  });
  it('the two versions agree whether or not one repeats the year; another year still differs', () => {
    const id = 'Bunga itu berlaku untuk periode 15 April - 14 Mei 2007.';
    expect(drifts(id, 'The rate applies from April 15, 2007 to May 14, 2007.')).toEqual([]);
    expect(reviews(id, 'The rate applies from April 15, 2007 to May 14, 2007.')).toEqual([]);
    expect(drifts(id, 'The rate applies from April 15, 2006 to May 14, 2007.')).not.toEqual([]);
  });
  it('guard: a day with no year and a later date not joined to it keep their own years', () => {
    expect(values('On June 3 the rate was 5 percent, in July 2007 it was 6.', 'en')[0]).toEqual(['date', '--06-03']);
    expect(values('Pada 3 Juni kursnya 5 persen, pada Juli 2007 menjadi 6 persen.', 'id')[0]).toEqual(['date', '--06-03']);
  });
  it('a month that starts a span takes the year too, marked yearFromSpanEnd (the drift reads it bare, as written)', () => {
    expect(extractFromSentence('Inflasi Januari-Mei 2007 mencapai 3 persen.', 'id')[0]).toMatchObject({ kind: 'date', value: '2007-01', yearFromSpanEnd: true });
    expect(extractFromSentence('Inflation from January to May 2007 reached 3 percent.', 'en')[0]).toMatchObject({ kind: 'date', value: '2007-01', yearFromSpanEnd: true });
    expect(extractFromSentence('Inflasi Desember-Februari 2008 naik.', 'id')[0]).toMatchObject({ value: '2007-12', yearFromSpanEnd: true });
    // (a day takes the year as a date of its own, no mark)
    expect(extractFromSentence('periode 15 April - 14 Mei 2007', 'id')[0].yearFromSpanEnd).toBeUndefined();
  });
});

describe("a bond series' year dates the issue; the Roman numeral names the series (guideline H3, H9)", () => {
  it('Indonesian and English read the same year', () => {
    expect(read('Pefindo menilai Obligasi II/2007 senilai Rp300 miliar.', 'id')[0]).toEqual(['2007', 'date', '2007']);
    expect(read('Pefindo rated the bond II/2007 of Rp300 billion.', 'en')[0]).toEqual(['2007', 'date', '2007']);
  });
});

describe('a span of years said with `until`, `through` or `up to` is one range, as *sejak 1986 hingga 2002*', () => {
  it('English and Indonesian', () => {
    expect(values('Since 1986 up to 2002 the unit grew.', 'en')).toEqual([['range', '1986..2002']]);
    expect(values('From 1990 through 1995 the unit grew.', 'en')).toEqual([['range', '1990..1995']]);
    expect(values('The 1998 until 2000 crisis hurt banks.', 'en')[0]).toEqual(['range', '1998..2000']);
    expect(values('Sejak 1986 hingga 2002 unit itu tumbuh.', 'id')).toEqual([['range', '1986..2002']]);
  });
  it('guard: a year and `until` before no year, and a count up to a year, are no span', () => {
    expect(values('He ruled from 1990 until his death.', 'en')).toEqual([['date', '1990']]);
    expect(values('It rose 5 percent until 2008.', 'en')).toEqual([
      ['percent', 5],
      ['date', '2008'],
    ]);
  });
});

describe('*persennya* ("percent of it") is a percent', () => {
  it('Indonesian, and the English it renders', () => {
    expect(values('Dana itu 50 persennya dapat dipakai jangka panjang.', 'id')).toEqual([['percent', 50]]);
    expect(values('Of those funds, 50 percent can be used long term.', 'en')).toEqual([['percent', 50]]);
  });
});

describe('`a material one`, `the old one`: an article and an adjective before `one`, no noun after, make the pronoun', () => {
  it('English: no figure; Indonesian says it without a number', () => {
    expect(values('The transaction is a material one which must be approved.', 'en')).toEqual([]);
    expect(values('He bought a new one and sold the old one.', 'en')).toEqual([]);
    expect(values('Transaksi itu tergolong material sehingga harus disetujui.', 'id')).toEqual([]);
  });
  it('guard: `one` before a noun, and `a single one`, still count', () => {
    expect(values('The price of one share was high.', 'en')).toEqual([['count', 1]]);
    expect(values('Only a single one was left.', 'en')).toEqual([['count', 1]]);
    expect(values('Hanya satu saham yang tersisa.', 'id')).toEqual([['count', 1]]);
  });
});

describe('the drift of a year written once on a span, and of a series year', () => {
  it('a year a span writes once and the other version drops is one dropped year, on the date that writes it', () => {
    expect(drifts('Transaksi itu berlangsung pada 5 September hingga 14 September 2007.', 'The transaction was carried out on September 5-14.')).toEqual(['date:14 September 2007']);
    expect(drifts('Rapat berlangsung pada 19 hingga 21 Agustus.', 'The meeting was held on August 19 to 21, 2007.')).toEqual(['date:21 Agustus']);
    // guard: two dates that each write the year still tell it once, on the first
    expect(drifts('Rapat digelar 5 September 2007 dan 14 September 2007.', 'The meetings were on September 5 and 14.')).toEqual(['date:5 September 2007']);
  });
  it('a series year left out with the series name is for review; added, too; another year still drifts', () => {
    expect(drifts('Fitch memberi rating untuk Obligasi II/2007 Panin sebesar Rp1,65 triliun.', "Fitch rated Panin's Rp1.65 trillion bonds.")).toEqual([]);
    expect(reviews('Fitch memberi rating untuk Obligasi II/2007 Panin sebesar Rp1,65 triliun.', "Fitch rated Panin's Rp1.65 trillion bonds.")).toEqual(['missing:2007']);
    expect(reviews('Fitch memberi rating untuk obligasi Bank Mega senilai Rp1,5 triliun.', "Fitch rated Bank Mega's bond I/2007 of Rp1.5 trillion.")).toEqual(['added:2007']);
    expect(drifts('Fitch memberi rating untuk Obligasi II/2007 Panin sebesar Rp1,65 triliun.', "Fitch rated Panin's Rp1.65 trillion bonds II/2006.")).toEqual(['date:2007']);
    // guard: the year of a quarter so written is a period's, and its loss drifts
    expect(drifts('Konsumsi pada kuartal II/2007 tumbuh 4,9 persen.', 'Consumption in the second quarter grew by 4.9 percent.')).toEqual(['missing:2007']);
  });
});

describe('*N kali dari* after a passive verb is how often, not a multiplier', () => {
  it('Indonesian *ditembak lima kali dari kendaraan lewat*, as English "shot five times from a passing car"', () => {
    expect(values('Mobil itu ditembak lima kali dari kendaraan lewat.', 'id')).toEqual([['count', 5]]);
    expect(values('The car was shot five times from a passing vehicle.', 'en')).toEqual([['count', 5]]);
  });
  it('guard: a change or a comparison with *dari* stays a multiplier', () => {
    expect(values('Laba naik dua kali dari target.', 'id')).toEqual([['other', 2]]);
    expect(values('Jumlahnya dua kali dari tahun lalu.', 'id')).toEqual([['other', 2]]);
    expect(values('Profit was two times more than the target.', 'en')).toEqual([['other', 2]]);
  });
});

describe("a loan's or a deposit's term said with *se-* is a length of 1", () => {
  it('Indonesian *dengan jangka waktu setahun*, *berjangka sebulan*, *bertenor setahun*; English "a term of one year", "the one-month deposits"', () => {
    expect(values('Fasilitas kredit dengan jangka waktu setahun itu dipakai.', 'id')).toEqual([['duration', 1]]);
    expect(values('Deposito berjangka sebulan itu naik.', 'id')).toEqual([['duration', 1]]);
    expect(values('Obligasi bertenor setahun diterbitkan.', 'id')).toEqual([['duration', 1]]);
    expect(values('The credit facility with a term of one year was used.', 'en')).toEqual([['duration', 1]]);
    // (`the` before a compound is no pronoun's `the one`)
    expect(values('The one-month deposits rose.', 'en')).toEqual([['duration', 1]]);
  });
  it('guard: *setahun lalu* ("a year ago") and "the one that" stay no figure', () => {
    expect(values('Setahun lalu harga naik.', 'id')).toEqual([]);
    expect(values('The one that came was late.', 'en')).toEqual([]);
  });
});

describe('a half-year whose word is mistyped (*semster I*, *semeseter I*) is still the half', () => {
  it('reads as *semester I* does, and as "the first semester"', () => {
    expect(values('Penerimaan pajak semeseter I 2007 mencapai Rp191 triliun.', 'id')).toEqual(values('Penerimaan pajak semester I 2007 mencapai Rp191 triliun.', 'id'));
    expect(values('Realisasi semster I berakhir pada Juni.', 'id')[0]).toEqual(['ordinal', 1]);
    expect(values('Tax revenue in the first semester of 2007 reached Rp191 trillion.', 'en')[0]).toEqual(['ordinal', 1]);
  });
});

describe('the drift reads a month that starts a span as written, a month of no year', () => {
  it('*Januari-Mei 2007* against "so far this year … in May 2007": January for review, no drift; against "January-April 2007" a drift on May', () => {
    expect(drifts('Inflasi Januari-Mei 2007 mencapai 3 persen.', 'Inflation so far this year reached 3 percent in May 2007.')).toEqual([]);
    expect(reviews('Inflasi Januari-Mei 2007 mencapai 3 persen.', 'Inflation so far this year reached 3 percent in May 2007.')).toEqual(['missing:Januari']);
    expect(drifts('Inflasi Januari-Mei 2007 mencapai 3 persen.', 'Inflation in January-April 2007 reached 3 percent.')).toEqual(['date:Mei 2007']);
  });
});
