import { describe, it, expect } from 'vitest';
import { readNumbers } from '../../../shared/align/numbers';

describe('readNumbers (the aligner’s private digit reader)', () => {
  it('reads thousands separators of both conventions alike', () => {
    expect(readNumbers('sekitar 10.000 tentara')).toEqual([10000]);
    expect(readNumbers('about 10,000 troops')).toEqual([10000]);
    expect(readNumbers('environ 10 000 soldats')).toEqual([10000]);
    expect(readNumbers('Rp 1.234.567 dan 1,234,567')).toEqual([1234567, 1234567]);
  });

  it('reads decimal commas and points alike', () => {
    expect(readNumbers('naik 2,5 persen')).toEqual([2.5]);
    expect(readNumbers('up 2.5 percent')).toEqual([2.5]);
    expect(readNumbers('inflasi 1,42 persen')).toEqual(readNumbers('inflation 1.42 percent'));
    expect(readNumbers('0.500 kg')).toEqual([0.5]);
    expect(readNumbers('1.234,5 dan 1,234.5')).toEqual([1234.5, 1234.5]);
  });

  it('splits dotted dates and keeps years and plain numbers', () => {
    expect(readNumbers('9.9.1988')).toEqual([9, 9, 1988]);
    expect(readNumbers('pada 2021 sebanyak 11 orang')).toEqual([2021, 11]);
    expect(readNumbers('tanpa angka')).toEqual([]);
  });
});
