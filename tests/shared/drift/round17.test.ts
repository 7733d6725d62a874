/**
 * Drift rules of the seventeenth round on real translations (issue 10, the dev13 classes), end to end on one
 * bead, in both directions where the class has two. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';

describe('a year the source states on two dates and the translation drops from both is one figure', () => {
  const a = 'Pendaftaran dibuka 3 Maret 2019 dan ditutup pada 17 April 2019 di kantor camat.';
  it('*3 Maret 2019 … 17 April 2019* ↔ `March 3 … April 17`: one date drift, on the first date; either way', () => {
    const b = 'Registration opens on March 3 and closes on April 17 at the district office.';
    expect(drifts(a, b)).toEqual(['date:3 Maret 2019']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['date:March 3']);
    const en = 'Registration opens on March 3, 2019 and closes on April 17, 2019 at the district office.';
    const id = 'Pendaftaran dibuka 3 Maret dan ditutup pada 17 April di kantor camat.';
    expect(drifts(en, id, 'en', 'id')).toEqual(['date:March 3, 2019']);
  });
  it('a range that writes its year once still drops it once (`August 19 to 21, 2007`)', () => {
    const id = 'Kunjungan itu berlangsung 19-21 Agustus di ibu kota.';
    const en = 'The visit will last from August 19 to 21, 2019 in the capital.';
    expect(drifts(id, en)).toEqual(['date:21 Agustus']);
  });
  it('guard: two dates of different years each drop their own year', () => {
    const a2 = 'Pendaftaran dibuka 3 Maret 2019 dan ditutup pada 17 April 2020 di kantor camat.';
    const b = 'Registration opens on March 3 and closes on April 17 at the district office.';
    expect(drifts(a2, b)).toEqual(['date:3 Maret 2019', 'date:17 April 2020']);
  });
});

describe('a month, or a day of a month, said again without the year an earlier date of its side gives', () => {
  it('*hingga Oktober 2021 … hingga oktober* ↔ one `October 2021`: review only, either way', () => {
    const a = 'Penyaluran kredit hingga Oktober 2021 mencapai Rp8 triliun; realisasi hingga oktober itu sesuai rencana.';
    const b = 'Lending until October 2021 reached Rp8 trillion, in line with the plan.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:oktober']);
    const en = 'Lending until October 2021 reached Rp8 trillion; disbursement until October was on plan.';
    const id = 'Penyaluran kredit hingga Oktober 2021 mencapai Rp8 triliun, sesuai rencana.';
    expect(drifts(en, id, 'en', 'id')).toEqual([]);
  });
  it('a payment date that repeats the maturity date\'s day and month: review only', () => {
    const a = 'Sukuk itu jatuh tempo 10 Mei 2030 dengan imbalan dibayar setiap 10 November dan 10 Mei.';
    const b = 'The sukuk matures on May 10, 2030, with returns paid every Nov 10.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: a month the earlier date does not state still drifts', () => {
    const a = 'Penyaluran kredit hingga Oktober 2021 mencapai Rp8 triliun; realisasi hingga november itu sesuai rencana.';
    const b = 'Lending until October 2021 reached Rp8 trillion, in line with the plan.';
    expect(drifts(a, b)).toEqual(['missing:november']);
  });
});

describe('a length in months is not said by two unrelated dates of the other version', () => {
  it('*setiap 6 bulan* dropped beside dates of different years: a drift', () => {
    const a = 'Obligasi terbit 2 Februari 2020, jatuh tempo 1 Juli 2030, dengan kupon dibayar setiap 6 bulan.';
    const b = 'The bonds were issued on Feb 2 and mature on July 1, 2030.';
    expect(drifts(a, b)).toContain('missing:6 bulan');
  });
  it('guard: six months said as a span of one year stays accounted for, either way', () => {
    const a = 'Penjualan selama enam bulan mencapai 40.000 unit.';
    const b = 'Sales in January to June 2020 reached 40,000 units.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
});

describe('thousands written with the other separator instead of the scale word', () => {
  it('*12,450 ribu dolar AS* ↔ `US$12.450`: review only, either way', () => {
    const a = 'Harga rata-rata timah naik menjadi 12,450 ribu dolar AS per ton pada kuartal itu.';
    const b = 'The average tin price rose to US$12.450 per ton in the quarter.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['ambiguous:12,450 ribu dolar AS']);
    const en = 'The average tin price rose to 12.450 thousand dollars per ton in the quarter.';
    const id = 'Harga rata-rata timah naik menjadi 12,450 dolar per ton pada kuartal itu.';
    expect(drifts(en, id, 'en', 'id')).toEqual([]);
  });
  it('guard: other digits are still found', () => {
    const a = 'Harga rata-rata timah naik menjadi 12,450 ribu dolar AS per ton pada kuartal itu.';
    const b = 'The average tin price rose to US$12.540 per ton in the quarter.';
    expect(drifts(a, b)).toHaveLength(1);
  });
});

describe('a half of a year is no quarter', () => {
  it('*semester pertama* ↔ `first quarter`: a date drift, either way', () => {
    const a = 'Laba perusahaan pada semester pertama naik 12 persen.';
    const b = 'The company\'s profit in the first quarter rose 12 percent.';
    expect(drifts(a, b)).toEqual(['date:semester pertama']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['date:first quarter']);
  });
  it('guard: a half rendered as a half agrees; two quarters compare their numbers as before', () => {
    expect(drifts('Laba perusahaan pada semester pertama naik 12 persen.', 'The company\'s profit in the first half rose 12 percent.')).toEqual([]);
    expect(drifts('Laba perusahaan pada kuartal ketiga naik 12 persen.', 'The company\'s profit in the second quarter rose 12 percent.')).toEqual(['value:kuartal ketiga']);
  });
});

describe('January opening a span the other version calls the calendar year', () => {
  it('*inflasi tahun kalender Januari-Agustus* ↔ `calendar-year inflation`: January for review only, either way', () => {
    const a = 'Inflasi tahun kalender Januari-Agustus mencapai 2,1 persen.';
    const b = 'Calendar-year inflation through August reached 2.1 percent.';
    expect(drifts(a, b)).toEqual([]);
    const en = 'Inflation in January-August reached 2.1 percent.';
    const id = 'Inflasi tahun kalender hingga Agustus mencapai 2,1 persen.';
    expect(drifts(en, id, 'en', 'id')).toEqual([]);
  });
  it('guard: January dropped where nothing says the calendar year still drifts', () => {
    const a = 'Inflasi Januari-Agustus mencapai 2,1 persen.';
    const b = 'Inflation through August reached 2.1 percent.';
    expect(drifts(a, b)).toEqual(['missing:Januari']);
  });
});

describe('a list of four or more keeps its count when the other version drops one item', () => {
  it('*Empat provinsi … 9, 8, 7 dan 6 persen* ↔ three of the rates: only the dropped rate drifts, either way', () => {
    const a = 'Empat provinsi dengan pertumbuhan tertinggi adalah Riau 9 persen, Jambi 8 persen, Aceh 7 persen dan Bali 6 persen.';
    const b = 'Jambi grew 8 percent, Aceh 7 percent and Bali 6 percent.';
    expect(drifts(a, b)).toEqual(['missing:9 persen']);
    const en = 'The four provinces that grew fastest were Riau 9 percent, Jambi 8 percent, Aceh 7 percent and Bali 6 percent.';
    const id = 'Jambi tumbuh 8 persen, Aceh 7 persen dan Bali 6 persen.';
    expect(drifts(en, id, 'en', 'id')).toEqual(['missing:9 percent']);
  });
  it('guard: a list of three that loses an item still drops its count', () => {
    const a = 'Tiga provinsi dengan pertumbuhan tertinggi adalah Riau 9 persen, Jambi 8 persen dan Aceh 7 persen.';
    const b = 'Jambi grew 8 percent and Aceh 7 percent.';
    expect(drifts(a, b)).toEqual(['missing:Tiga provinsi', 'missing:9 persen']);
  });
});

describe('an approximation added to an equivalent both versions give in one currency', () => {
  it('*setara 4,2 miliar dolar AS* ↔ `about US$4.2 billion`: a qualifier drift, either way', () => {
    const a = 'Nilai investasi tercatat Rp60 triliun atau setara 4,2 miliar dolar AS.';
    const b = 'Investment totalled Rp60 trillion or about US$4.2 billion.';
    expect(drifts(a, b)).toEqual(['qualifier:4,2 miliar dolar AS']);
    const en = 'Investment totalled Rp60 trillion or US$4.2 billion.';
    const id = 'Nilai investasi tercatat Rp60 triliun atau sekitar 4,2 miliar dolar AS.';
    expect(drifts(en, id, 'en', 'id')).toEqual(['qualifier:US$4.2 billion']);
  });
  it('guard: the same hedge on both sides agrees', () => {
    const a = 'Nilai investasi tercatat Rp60 triliun atau sekitar 4,2 miliar dolar AS.';
    const b = 'Investment totalled Rp60 trillion or about US$4.2 billion.';
    expect(drifts(a, b)).toEqual([]);
  });
});

describe('an approximation said once before two numbers of one list', () => {
  it('*sekitar 5,1 dan 5,4 persen* ↔ the two rates bare: two qualifier drifts, either way', () => {
    const a = 'Bank itu memperkirakan inflasi tahun ini dan tahun depan masing-masing sekitar 5,1 dan 5,4 persen.';
    const b = 'The bank expects inflation of 5.1 percent this year and 5.4 percent next year.';
    expect(drifts(a, b)).toEqual(['qualifier:sekitar 5,1', 'qualifier:5,4 persen']);
    const en = 'The bank expects inflation of about 5.1 and 5.4 percent this year and next.';
    const id = 'Bank itu memperkirakan inflasi 5,1 persen tahun ini dan 5,4 persen tahun depan.';
    expect(drifts(en, id, 'en', 'id')).toEqual(['qualifier:about 5.1', 'qualifier:5.4 percent']);
  });
  it('guard: the same hedge kept agrees', () => {
    const a = 'Bank itu memperkirakan inflasi masing-masing sekitar 5,1 dan 5,4 persen.';
    const b = 'The bank expects inflation of about 5.1 and 5.4 percent respectively.';
    expect(drifts(a, b)).toEqual([]);
  });
});

describe('a fraction word the other version hedges is a quantity, not an article', () => {
  it('*seperempat* ↔ `about a quarter`: a qualifier drift, either way', () => {
    const a = 'Kelompok itu mencakup seperempat dari 40 juta warga provinsi.';
    const b = 'The group makes up about a quarter of the province\'s 40 million people.';
    expect(drifts(a, b)).toEqual(['qualifier:seperempat']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:about a quarter']);
  });
  it('guard: a fraction rendered without a hedge agrees', () => {
    const a = 'Kelompok itu mencakup seperempat dari 40 juta warga provinsi.';
    const b = 'The group makes up a quarter of the province\'s 40 million people.';
    expect(drifts(a, b)).toEqual([]);
  });
});
