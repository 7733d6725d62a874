/**
 * A loss said as a loss on one side and as a minus on the other (shared/drift/loss-sign). The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { drifts } from './helpers';

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
