import { describe, it, expect } from 'vitest';
import { parseDigits, clean, formatNumber } from '../../../shared/figures/numbers';

describe('parseDigits', () => {
  it('reads plain integers the same in both languages', () => {
    expect(parseDigits('2024', 'id')).toMatchObject({ value: 2024, ambiguous: false, decimal: false, grouped: false });
    expect(parseDigits('7', 'en')).toMatchObject({ value: 7, ambiguous: false });
  });

  it('reads Indonesian grouping and decimals', () => {
    expect(parseDigits('1.234.567,89', 'id')).toMatchObject({ value: 1234567.89, ambiguous: false });
    expect(parseDigits('10.000', 'id')).toMatchObject({ value: 10000, ambiguous: false, grouped: true });
    expect(parseDigits('2,5', 'id')).toMatchObject({ value: 2.5, ambiguous: false, decimal: true });
  });

  it('reads English grouping and decimals', () => {
    expect(parseDigits('1,234,567.89', 'en')).toMatchObject({ value: 1234567.89, ambiguous: false });
    expect(parseDigits('10,000', 'en')).toMatchObject({ value: 10000, ambiguous: false });
    expect(parseDigits('2.5', 'en')).toMatchObject({ value: 2.5, ambiguous: false });
  });

  it('keeps the document reading of a two-way token and reports the other', () => {
    expect(parseDigits('1.000', 'en')).toEqual({ value: 1, alternatives: [1000], ambiguous: true, decimal: true, grouped: false });
    expect(parseDigits('1,500', 'id')).toEqual({ value: 1.5, alternatives: [1500], ambiguous: true, decimal: true, grouped: false });
  });

  it('reads the only sensible reading when the other convention cannot apply', () => {
    expect(parseDigits('2.5', 'id')).toMatchObject({ value: 2.5, ambiguous: false });
    expect(parseDigits('2,5', 'en')).toMatchObject({ value: 2.5, ambiguous: false });
    expect(parseDigits('1,234,567', 'id')).toMatchObject({ value: 1234567, ambiguous: false });
    expect(parseDigits('1.234.567', 'en')).toMatchObject({ value: 1234567, ambiguous: false });
    expect(parseDigits('0,500', 'id')).toMatchObject({ value: 0.5, ambiguous: false });
    expect(parseDigits('1.500', 'id')).toMatchObject({ value: 1500, ambiguous: false });
    expect(parseDigits('1,500', 'en')).toMatchObject({ value: 1500, ambiguous: false });
  });

  it('refuses tokens that are no number in either convention', () => {
    expect(parseDigits('1.2.3', 'en')).toBeNull();
    expect(parseDigits('23.10.2024', 'id')).toBeNull();
    expect(parseDigits('1,2.3', 'en')).toBeNull();
    expect(parseDigits('12.34,5', 'id')).toBeNull();
    expect(parseDigits('', 'id')).toBeNull();
    expect(parseDigits('12a', 'id')).toBeNull();
  });
});

describe('clean and formatNumber', () => {
  it('removes binary noise', () => {
    expect(clean(1.1 * 1e9)).toBe(1100000000);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(5)).toBe(5);
  });
  it('formats with English thousands commas', () => {
    expect(formatNumber(10000)).toBe('10,000');
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1 / 3)).toBe('0.333');
    expect(formatNumber(-1500)).toBe('-1,500');
  });
});
