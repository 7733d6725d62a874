/**
 * A loss said as a loss on one side and as a minus on the other (shared/drift/loss-sign). The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts } from './helpers';

describe('a loss in words against a negative amount', () => {
  it('*rugi kurs Rp2,118 miliar* ↔ "minus Rp2.12 billion": no drift, either way', () => {
    const a = 'Tahun sebelumnya perseroan mencatat rugi kurs Rp2,118 miliar.';
    const b = 'A year earlier the company booked minus Rp2.12 billion on exchange rates.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('"a loss of US$4 million" ↔ *minus 4 juta dolar AS*: no drift', () => {
    expect(drifts('Unit itu mencatat minus 4 juta dolar AS.', 'The unit posted a loss of US$4 million.')).toEqual([]);
  });
  it('guard: a gain against a minus is a changed sign, and so is a loss of another amount', () => {
    expect(drifts('Tahun sebelumnya perseroan mencatat laba kurs Rp2,118 miliar.', 'A year earlier the company booked minus Rp2.12 billion on exchange rates.')).toEqual(['value:Rp2,118 miliar']);
    expect(drifts('Tahun sebelumnya perseroan mencatat rugi kurs Rp2,118 miliar.', 'A year earlier the company booked minus Rp2.9 billion on exchange rates.')).toEqual(['value:Rp2,118 miliar']);
  });
});

describe('a signed change against a fall in words (the sign written before the digits)', () => {
  it('*turun 0,3 persen* ↔ "-0.3%", and "fell 2 degrees" ↔ *−2 derajat*: no drift, either way', () => {
    expect(drifts('Indeks turun 0,3 persen pada Mei.', 'The index was -0.3% in May.')).toEqual([]);
    expect(drifts('Suhu tercatat −2 derajat pagi ini.', 'The temperature fell 2 degrees this morning.')).toEqual([]);
    expect(drifts('The index was -0.3% in May.', 'Indeks turun 0,3 persen pada Mei.', 'en', 'id')).toEqual([]);
  });
  it('*minus 0,3 persen* ↔ "-0.3%": the same negative figure', () => {
    expect(drifts('Pertumbuhan minus 0,3 persen.', 'Growth was -0.3%.')).toEqual([]);
  });
  it('guard: a rise against a minus is a changed sign; a sign glued to a word or a number is none (`Covid-19`, `10-15`)', () => {
    expect(allLevels('Indeks naik 0,3 persen pada Mei.', 'The index was -0.3% in May.')).toEqual(['value:0,3 persen']);
    expect(drifts('Pasien Covid-19 bertambah 15 orang.', 'Covid-19 patients rose by 15.')).toEqual([]);
  });
});
