/**
 * Drift rules of the eleventh round on real translations (issue 10, the dev7 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';

describe('a scale word hyphen-glued to the digits is the amount\'s scale', () => {
  it('"a $450-million bond" against *450 juta dolar AS*: a match', () => {
    const a = 'Perusahaan itu menerbitkan obligasi senilai 450 juta dolar AS pada 2009.';
    const b = 'The company issued a $450-million bond in 2009.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('another scale or another number under the hyphen stays a drift', () => {
    const a = 'Perusahaan itu menerbitkan obligasi senilai 450 juta dolar AS pada 2009.';
    expect(drifts(a, 'The company issued a $450-billion bond in 2009.')).toEqual(['scale:450 juta dolar AS']);
    expect(drifts('The company issued a $450-million bond in 2009.', a.replace('450 juta', '540 juta'), 'en', 'id')).toEqual(['value:$450-million']);
  });
});

describe('a rupiah amount written in the other language\'s grouping is that amount, not an ambiguity', () => {
  it('"Rp9.215" in English against *Rp9.215*: a match', () => {
    const a = 'Rupiah melemah ke Rp9.215 per dolar AS pada Jumat sore.';
    const b = 'The rupiah weakened to Rp9.215 per dollar on Friday afternoon.';
    expect(allLevels(a, b)).toEqual([]);
  });
  it('*Rp9,215* in Indonesian against "Rp9,215": a match', () => {
    const a = 'Rupiah melemah ke Rp9,215 per dolar AS pada Jumat sore.';
    const b = 'The rupiah weakened to Rp9,215 per dollar on Friday afternoon.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('another amount stays a value drift', () => {
    const a = 'Rupiah melemah ke Rp9.215 per dolar AS pada Jumat sore.';
    expect(drifts(a, 'The rupiah weakened to Rp9.315 per dollar on Friday afternoon.')).toEqual(['value:Rp9.215']);
  });
});

describe('the quarter before another, named on one side and said relatively on the other, is for review', () => {
  it('*kuartal II 2009* against "the previous quarter" beside "the third quarter of 2009"', () => {
    const a = 'Penjualan pada kuartal III 2009 dibanding kuartal II 2009 naik 3,4 persen.';
    const b = 'Compared to the previous quarter, sales in the third quarter of 2009 rose 3.4 percent.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toContain('missing:kuartal II');
  });
  it('"the second quarter" against *kuartal sebelumnya* beside *kuartal III*', () => {
    const a = 'Sales in the third quarter rose 3.4 percent from the second quarter.';
    const b = 'Penjualan pada kuartal III naik 3,4 persen dibanding kuartal sebelumnya.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id')).toEqual(['missing:second quarter']);
  });
  it('*triwulan II* against "a quarter earlier" beside "the third quarter"', () => {
    const a = 'Laba triwulan III 2010 naik 8 persen dibanding triwulan II 2010.';
    const b = 'Profit in the third quarter of 2010 rose 8 percent from a quarter earlier.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('a dropped quarter with no relative wording, or a quarter that does not come before, stays a drift', () => {
    const a = 'Penjualan pada kuartal III 2009 dibanding kuartal II 2009 naik 3,4 persen.';
    expect(drifts(a, 'Sales in the third quarter of 2009 rose 3.4 percent.')).toEqual(['missing:kuartal II']);
    const c = 'Penjualan pada kuartal III 2009 dibanding kuartal I 2009 naik 3,4 persen.';
    expect(drifts(c, 'Compared to the previous quarter, sales in the third quarter of 2009 rose 3.4 percent.')).toEqual(['missing:kuartal I']);
  });
});

describe('a range against one of its ends stated as a bound is a qualifier drift', () => {
  it('*sekitar 70-80 persen* against "more than 70 percent"', () => {
    const a = 'Bersama mitranya pemerintah akan memegang sekitar 70-80 persen saham perusahaan itu.';
    const b = 'Together with its partner the government will hold more than 70 percent of the company.';
    expect(drifts(a, b)).toEqual(['qualifier:sekitar 70-80 persen']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:more than 70 percent']);
  });
  it('*300 hingga 400 warga* against "up to 400 residents"; the other way for review at least', () => {
    const a = 'Banjir itu memaksa 300 hingga 400 warga meninggalkan rumah mereka.';
    const b = 'The flood forced up to 400 residents to leave their homes.';
    expect(drifts(a, b)).toEqual(['qualifier:300 hingga 400 warga']);
    expect(allLevels(b, a, 'en', 'id')).toEqual(['qualifier:up to 400 residents']);
  });
  it('a bound at another number is no counterpart of the range', () => {
    const a = 'Bersama mitranya pemerintah akan memegang sekitar 70-80 persen saham perusahaan itu.';
    const b = 'Together with its partner the government will hold more than 75 percent of the company.';
    expect(drifts(a, b)).not.toContain('qualifier:sekitar 70-80 persen');
  });
  it('a range written as two figures on the other side is not read as a bound', () => {
    const a = 'Kredit itu berkisar Rp 500.000 sampai Rp 2.000.000 per anggota.';
    const b = 'The loans range from around Rp 500,000 up to Rp 2,000,000 per member.';
    expect(drifts(a, b).filter((m) => m.startsWith('qualifier'))).toEqual([]);
  });
});
