/**
 * The period of a rate written after an amount (shared/drift/rate-periods): dropped, or changed, it is a
 * unit drift; named elsewhere in the sentence, or "a year earlier", it is none. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { wordExplanation } from '../../../shared/drift/explain';
import { checkLine, drifts } from './helpers';

describe("an amount per year rendered as a plain amount, and a rate's period changed", () => {
  it('*per tahun* dropped: a unit drift, either way', () => {
    const a = 'Kerugian akibat penyelundupan kayu mencapai 2,4 miliar dolar AS per tahun.';
    const b = 'Losses from timber smuggling reached US$2.4 billion.';
    expect(drifts(a, b)).toEqual(['unit:2,4 miliar dolar AS']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['unit:US$2.4 billion']);
  });
  it('"a month" against *per tahun*: a unit drift', () => {
    const a = 'Pabrik itu mengolah 12.000 ton gula per tahun.';
    const b = 'The mill processes 12,000 tons of sugar a month.';
    expect(drifts(a, b)).toEqual(['unit:12.000 ton']);
  });
  it('the explanation names both periods, in English and in Indonesian', () => {
    const m = checkLine('Kerugian akibat penyelundupan kayu mencapai 2,4 miliar dolar AS per tahun.', 'Losses from timber smuggling reached US$2.4 billion.').mismatches[0];
    expect(m.messageKey).toBe('drift.rate');
    expect(m.note).toBe('"2,4 miliar dolar AS" is an amount per year but "US$2.4 billion" is an amount with no period: the period of the rate changed.');
    expect(wordExplanation(m, 'id')).toBe('“2,4 miliar dolar AS” adalah jumlah per tahun, tetapi “US$2.4 billion” adalah jumlah tanpa periode: periode lajunya berubah.');
  });
  it('guard: the same period said after the amount or elsewhere in the sentence agrees', () => {
    expect(drifts('Pabrik itu mengolah 12.000 ton gula setahun.', 'The mill processes 12,000 tons of sugar a year.')).toEqual([]);
    expect(drifts('Kerugian mencapai 2,4 miliar dolar AS per tahun.', 'Annual losses reached US$2.4 billion.')).toEqual([]);
    expect(drifts('Gaji pegawai naik menjadi Rp3 juta per bulan.', 'Monthly wages rose to Rp3 million.')).toEqual([]);
  });
  it('guard: "a year earlier" is a comparison, not a rate', () => {
    expect(drifts('Laba naik menjadi Rp80 miliar dari Rp60 miliar pada tahun sebelumnya.', 'Profit rose to Rp80 billion from Rp60 billion a year earlier.')).toEqual([]);
  });
});
