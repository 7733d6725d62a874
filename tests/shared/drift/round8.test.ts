/**
 * Drift rules of the eighth round on real translations (issue 10, the dev5 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, drifts, reviews } from './helpers';

describe('a rank by a superlative that one version adds is a drift; a loose ordinal stays for review', () => {
  it('English adds "the second-largest lender": a drift', () => {
    expect(drifts('Bank itu meminjamkan Rp5 miliar kepada petani.', 'The bank, the second-largest lender, lent Rp5 billion to farmers.')).toEqual(['added:second']);
  });
  it('Indonesian adds *terbesar ketiga*: a drift', () => {
    expect(drifts('The bank lent Rp5 billion to farmers.', 'Bank terbesar ketiga itu meminjamkan Rp5 miliar kepada petani.', 'en', 'id')).toEqual(['added:ketiga']);
  });
  it('"the first step" (a beginning, no rank) is no figure; a loose ordinal added stays for review', () => {
    expect(drifts('Bank itu meminjamkan Rp5 miliar kepada petani.', 'As a first step, the bank lent Rp5 billion to farmers.')).toEqual([]);
    expect(reviews('Bank itu meminjamkan Rp5 miliar kepada petani.', 'As a first step, the bank lent Rp5 billion to farmers.')).toEqual([]);
    expect(drifts('Bank itu meminjamkan Rp5 miliar kepada petani.', 'In a second attempt, the bank lent Rp5 billion to farmers.')).toEqual([]);
    expect(reviews('Bank itu meminjamkan Rp5 miliar kepada petani.', 'In a second attempt, the bank lent Rp5 billion to farmers.')).toEqual(['added:second']);
  });
  it('the same rank on both sides agrees', () => {
    expect(checkLine('Bank terbesar kedua meminjamkan Rp5 miliar.', 'The second biggest bank lent Rp5 billion.').mismatches).toEqual([]);
  });
});

describe("the last day of a month the other version names by its month only is no dropped date", () => {
  it('Indonesian *hingga 30 Juni* against "during the month": for review', () => {
    const a = 'Inflasi bulan Juni dihitung hingga tanggal 30 Juni.';
    const b = 'The June inflation rate was calculated on prices during the month.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:30 Juni']);
  });
  it('English "until June 30" against *bulan Juni*: for review', () => {
    const a = 'The June inflation rate was calculated on prices until June 30.';
    const b = 'Inflasi bulan Juni dihitung dari harga selama bulan itu.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id')).toEqual(['missing:June 30']);
  });
  it('a day inside the month dropped stays a drift', () => {
    expect(drifts('Inflasi bulan Juni dihitung hingga tanggal 20 Juni.', 'The June inflation rate was calculated on prices during the month.')).toEqual(['missing:20 Juni']);
    expect(drifts('The June inflation rate was calculated on prices until June 20.', 'Inflasi bulan Juni dihitung dari harga selama bulan itu.', 'en', 'id')).toEqual(['missing:June 20']);
  });
});

describe('namesRelativeMonth reads the month said again', () => {
  it('English "during the month", Indonesian *selama bulan itu*', async () => {
    const { namesRelativeMonth } = await import('../../../shared/drift/relative-periods');
    expect(namesRelativeMonth('Prices fell during the month.', 'en')).toBe(true);
    expect(namesRelativeMonth('Harga turun selama bulan itu.', 'id')).toBe(true);
    expect(namesRelativeMonth('Harga turun selama bulan Mei.', 'id')).toBe(false);
  });
});

describe('a period said as a year by the other version is no dropped figure', () => {
  it('Indonesian *12 bulan hingga Mei* against "year-on-year": for review', () => {
    const a = 'Harga beras naik 8 persen dalam 12 bulan hingga Mei.';
    const b = 'Rice prices rose 8 percent year-on-year in May.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:12 bulan']);
  });
  it('English "twelve months through June" against *secara tahunan*: for review', () => {
    const a = 'Rice prices rose 8 percent in the twelve months through June.';
    const b = 'Harga beras pada Juni naik 8 persen secara tahunan.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('twelve months dropped with no year named stays a drift', () => {
    expect(drifts('Harga beras naik 8 persen dalam 12 bulan hingga Mei.', 'Rice prices rose 8 percent until May.')).toEqual(['missing:12 bulan']);
  });
  it('*Januari–Agustus* against "the calendar year", "since January" against *sepanjang tahun ini*: for review', () => {
    expect(drifts('Ekspor periode Januari hingga Agustus naik 5 persen.', 'Exports in the calendar year through August rose 5 percent.')).toEqual([]);
    expect(drifts('Exports have risen 5 percent since January.', 'Ekspor naik 5 persen sepanjang tahun ini.', 'en', 'id')).toEqual([]);
  });
  it('January dropped with no year named stays a drift', () => {
    expect(drifts('Exports have risen 5 percent since January.', 'Ekspor telah naik 5 persen.', 'en', 'id')).toEqual(['missing:January']);
  });
});

describe('namesYearToDate reads the year counted from January', () => {
  it('English "the calendar year", "so far this year"; Indonesian *tahun kalender*, *sejak awal tahun*; not "last year"', async () => {
    const { namesYearToDate } = await import('../../../shared/drift/relative-periods');
    expect(namesYearToDate('Sales in the calendar year rose.', 'en')).toBe(true);
    expect(namesYearToDate('Sales have risen so far this year.', 'en')).toBe(true);
    expect(namesYearToDate('Sales rose last year.', 'en')).toBe(false);
    expect(namesYearToDate('Penjualan tahun kalender naik.', 'id')).toBe(true);
    expect(namesYearToDate('Penjualan naik sejak awal tahun.', 'id')).toBe(true);
    expect(namesYearToDate('Penjualan naik tahun lalu.', 'id')).toBe(false);
  });
});

describe('*separuhnya* against "half of" agrees', () => {
  it('Indonesian source, English rendering and back', () => {
    expect(drifts('Dari anggaran 30 persen itu, separuhnya untuk sekolah.', 'Half of the 30 percent budget goes to schools.')).toEqual([]);
    expect(drifts('Half of the 30 percent budget goes to schools.', 'Dari anggaran 30 persen itu, separuhnya untuk sekolah.', 'en', 'id')).toEqual([]);
  });
});

describe('a number word typed with one slip is no added figure', () => {
  it('Indonesian *Tujuah* (tujuh) against "seven": for review', () => {
    const a = 'Tujuah nelayan lagi diselamatkan dari kapal yang tenggelam pada 12 Mei.';
    const b = 'Seven more fishermen were rescued from the boat that sank on May 12.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['added:Seven more fishermen']);
  });
  it('English "eihgt" against *delapan*: for review', () => {
    const a = 'Eihgt more fishermen were rescued from the boat that sank on May 12.';
    const b = 'Delapan nelayan lagi diselamatkan dari kapal yang tenggelam pada 12 Mei.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('with no number word at all, the added count stays a drift', () => {
    expect(drifts('Nelayan diselamatkan dari perahu yang tenggelam pada 12 Mei.', 'Seven fishermen were rescued from a boat that sank on May 12.')).toEqual([
      'added:Seven fishermen',
    ]);
  });
  it('slipOfNumberWord reads one slip in a long number word only, not a word of its own', async () => {
    const { slipOfNumberWord } = await import('../../../shared/drift/unread-renderings');
    const { INDONESIAN } = await import('../../../shared/figures/indonesian');
    const { ENGLISH } = await import('../../../shared/figures/english');
    expect(slipOfNumberWord('tujuah', INDONESIAN)).toBe(7);
    expect(slipOfNumberWord('sembilam', INDONESIAN)).toBe(9);
    expect(slipOfNumberWord('tempat', INDONESIAN)).toBeUndefined();
    expect(slipOfNumberWord('lama', INDONESIAN)).toBeUndefined();
    expect(slipOfNumberWord('sevne', ENGLISH)).toBe(7);
    expect(slipOfNumberWord('there', ENGLISH)).toBeUndefined();
    expect(slipOfNumberWord('weight', ENGLISH)).toBeUndefined();
  });
});

describe('"the same period" on both sides renders no year: a year one version adds to a period is a drift', () => {
  it('English adds the year of the quarter; both say "the same period(s)": a drift', () => {
    const a = 'Belanja modal pada kuartal I lebih tinggi dari periode yang sama pada 2 tahun terakhir.';
    const b = 'Capital spending in the first quarter of 2009 was higher than in the same periods of the past two years.';
    expect(drifts(a, b)).toEqual(['added:2009']);
  });
  it('Indonesian adds the year; both say "the same period": a drift', () => {
    const a = 'Capital spending in the first quarter was higher than in the same period of the past two years.';
    const b = 'Belanja modal pada kuartal I 2009 lebih tinggi dari periode yang sama pada 2 tahun terakhir.';
    expect(drifts(a, b, 'en', 'id')).toEqual(['added:2009']);
  });
  it('a year rendered "the same period" on one side only stays for review', () => {
    const a = 'Ekspor naik 5 persen dibanding periode yang sama.';
    const b = 'Exports rose 5 percent from 2008.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('relativeYearCount counts the comparison period apart', async () => {
    const { relativeYearCount } = await import('../../../shared/drift/relative-periods');
    expect(relativeYearCount('Exports rose from the same periods last year.', 'en')).toEqual({ all: 2, samePeriod: 1 });
    expect(relativeYearCount('Ekspor naik dari periode yang sama.', 'id')).toEqual({ all: 1, samePeriod: 1 });
  });
});

describe("a date's year typed with a digit dropped is no missing count", () => {
  it('Indonesian *5 Juni 208* against "June 5, 2008": for review', () => {
    expect(drifts('Surat itu bertanggal 5 Juni 208.', 'The letter was dated June 5, 2008.')).toEqual([]);
    expect(reviews('Surat itu bertanggal 5 Juni 208.', 'The letter was dated June 5, 2008.')).toEqual(['missing:208']);
  });
  it('English "June 5, 208" against *5 Juni 2008*: no drift', () => {
    expect(drifts('The letter was dated June 5, 208.', 'Surat itu bertanggal 5 Juni 2008.', 'en', 'id')).toEqual([]);
  });
  it('another day: the date and the number stay drifts', () => {
    expect(drifts('Surat itu bertanggal 5 Juni 208.', 'The letter was dated June 6, 2008.')).toEqual(['date:5 Juni', 'missing:208']);
  });
});
