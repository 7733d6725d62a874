/**
 * A figure's precision counts the decimals its text writes, trailing zeros included: `157,10 yen` is written
 * to the hundredth, so 157.08 is another quote, not a rounding of it. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { precisionOf, relateNumbers } from '../../../shared/drift/values';
import { drifts } from './helpers';

describe('written decimals set the precision', () => {
  it('precisionOf reads trailing zeros from the text, in either separator', () => {
    expect(precisionOf(157.1, { text: '157,10 yen' })).toBeCloseTo(0.01);
    expect(precisionOf(157.1, { text: '157.10 yen' })).toBeCloseTo(0.01);
    expect(precisionOf(1.315, { text: 'US$1.3150' })).toBeCloseTo(0.0001);
    expect(precisionOf(0.5, { text: '0,50 persen' })).toBeCloseTo(0.01);
    expect(precisionOf(157.1)).toBeCloseTo(0.1);
    // thousands separators are no decimals
    expect(precisionOf(9375, { text: 'Rp9.375' })).toBe(1);
  });
  it('157,08 against 157.10 differ; 6,30 against 6.3 and 6.28 against 6.3 stay equal or rounded', () => {
    expect(relateNumbers(157.08, 157.1, { text: '157,08 yen' }, { text: '157.10 yen' })).toBe('differ');
    expect(relateNumbers(6.3, 6.3, { text: '6,30 persen' }, { text: '6.3 percent' })).toBe('equal');
    expect(relateNumbers(6.28, 6.3, { text: '6,28 persen' }, { text: '6.3 percent' })).toBe('rounded');
  });
  it('in a check, both ways: a quote written to the hundredth is a value drift; the same rounded to one decimal is not', () => {
    expect(drifts('Yen ditutup pada 157,08 per euro.', 'The yen closed at 157.10 per euro.')).toEqual(['value:157,08']);
    expect(drifts('The yen closed at 157.10 per euro.', 'Yen ditutup pada 157,08 per euro.', 'en', 'id')).toEqual(['value:157.10']);
    expect(drifts('Inflasi tahunan 6,28 persen.', 'Annual inflation was 6.3 percent.')).toEqual([]);
  });
});
