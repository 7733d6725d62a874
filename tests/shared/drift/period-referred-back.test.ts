/**
 * A part of a year the translation refers back to as "the period": the year or end date that completes
 * the part goes with it (our own sentences; rule `yearOfPeriodReferredBack` in shared/drift/accounted.ts).
 */
import { describe, expect, it } from 'vitest';
import { wordExplanation } from '../../../shared/drift/explain';
import { checkLine, drifts } from './helpers';

describe('the year of a period referred back to is not lost', () => {
  it('*enam bulan pertama 2008* ↔ "in the period": no drift; without the reference back, the year is a drift', () => {
    const a = 'Perusahaan menjual 41.200 unit mobil dalam enam bulan pertama 2008.';
    expect(drifts(a, 'The company sold 41,200 cars in the period.')).toEqual([]);
    expect(drifts(a, 'The company sold 41,200 cars.')).toEqual(['missing:enam bulan pertama', 'missing:2008']);
  });
  it('*yang berakhir 30 Juni 2008* after the period goes with it too; "in the period to Rp5 trillion" refers back', () => {
    const a = 'Penjualan pada enam bulan pertama yang berakhir 30 Juni 2008 naik 12 persen menjadi Rp5 triliun.';
    expect(drifts(a, 'Sales in the period rose 12 percent to Rp5 trillion.')).toEqual([]);
    expect(drifts(a, 'Sales rose 12 percent in the period to Rp5 trillion.')).toEqual([]);
  });
  it('guards: a period bounded in the translation ("the period to June") is no reference back; a year far from the period stays', () => {
    const a = 'Penjualan pada semester I naik 12 persen, kata direktur yang menjabat sejak 2004.';
    expect(drifts(a, 'Sales rose 12 percent in the period, said the director.')).toEqual(['missing:2004']);
    expect(drifts('Laba pada semester I 2008 naik 5 persen.', 'Profit rose 5 percent in the period to June.')).not.toEqual([]);
  });
});

describe('a date said twice and dropped twice is one finding', () => {
  it('*Mei 2009 … Mei 2009* ↔ "May" once: one finding for the year dropped, not two', () => {
    const a = 'Harga turun 0,2 persen pada Mei 2009, sehingga inflasi Januari-Mei 2009 mencapai 1,5 persen dan inflasi tahunan Mei 2009 terhadap Mei 2008 mencapai 6 persen.';
    const b = 'Prices fell 0.2 percent in May, putting inflation for the year so far at 1.5 percent and annual inflation at 6 percent.';
    expect(drifts(a, b).filter((d) => d === 'missing:Mei 2009')).toEqual(['missing:Mei 2009']);
    const en = 'Prices fell 0.2 percent in May 2009, putting inflation for January-May 2009 at 1.5 percent and annual inflation in May 2009 against May 2008 at 6 percent.';
    const id = 'Harga turun 0,2 persen pada Mei, sehingga inflasi tahun berjalan 1,5 persen dan inflasi tahunan 6 persen.';
    expect(drifts(en, id, 'en', 'id').filter((d) => d === 'missing:May 2009')).toEqual(['missing:May 2009']);
  });
  it('guard: an amount said twice may be two items, both dropped are two findings', () => {
    const a = 'Subsidi beras Rp500 miliar dan subsidi kedelai Rp500 miliar ditambahkan.';
    expect(drifts(a, 'Subsidies were added.')).toEqual(['missing:Rp500 miliar', 'missing:Rp500 miliar']);
  });
});

describe('the first three or six months, a duration from the start of the year, against a quarter or a half', () => {
  it('*enam bulan pertama* ↔ "first half" and *tiga bulan pertama* ↔ "first quarter" match; a half against a quarter is a date drift', () => {
    expect(drifts('Laba enam bulan pertama 2007 naik.', 'First-half 2007 profit rose.')).toEqual([]);
    expect(drifts('Laba tiga bulan pertama 2007 naik.', 'Profit in the first quarter of 2007 rose.')).toEqual([]);
    expect(drifts('Laba semester pertama 2007 naik.', 'Profit in the first six months of 2007 rose.')).toEqual([]);
    expect(drifts('Laba enam bulan pertama 2007 naik.', 'Profit in the first quarter of 2007 rose.')).toEqual(['date:enam bulan pertama']);
  });
  it('the findings keep the figure as read (six months, not the rank compared) and a match says the same period, with no number', () => {
    const match = checkLine('Laba enam bulan pertama 2007 naik.', 'First-half 2007 profit rose.').matches.find((m) => m.aFigure.text === 'enam bulan pertama')!;
    expect([match.aFigure.kind, match.aFigure.value, match.aFigure.fromYearStart]).toEqual(['duration', 6, true]);
    expect(match.note).toBe('"enam bulan pertama" and "First-half" state the same figure.');
    expect(wordExplanation(match, 'id')).not.toMatch(/\(1\)/);
    const drift = checkLine('Laba enam bulan pertama 2007 naik.', 'Profit in the first quarter of 2007 rose.').mismatches[0];
    expect([drift.aFigure?.kind, drift.aFigure?.value]).toEqual(['duration', 6]);
    expect(drift.note).toBe('"enam bulan pertama" covers 6 months but "first quarter" covers 3: the period changed.');
  });
});

describe('"the year to September" against *Januari-September*', () => {
  it('the span from January: September matches, January is for review only; another month is a drift', () => {
    const b = 'Net profit in the year to September jumped 165.7 percent.';
    expect(drifts('Laba bersih Januari-September naik 165,7 persen.', b)).toEqual([]);
    expect(drifts('Laba bersih Januari-Agustus naik 165,7 persen.', b).length).toBeGreaterThan(0);
  });
});
