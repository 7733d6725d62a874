import { describe, it, expect } from 'vitest';
import { precisionOf, relateNumbers } from '../../../shared/drift/values';
import { parseIsoDate, relateDates } from '../../../shared/drift/dates';
import { assignPairs } from '../../../shared/drift/assignment';
import { lookupUnit } from '../../../shared/drift/units';
import { extractFromSentence } from '../../../shared/figures';

describe('numbers', () => {
  it('reads the precision of a figure as written', () => {
    expect(precisionOf(2_500_000, { scale: 1e6, text: '2,5 juta' })).toBe(100_000);
    expect(precisionOf(2_480_000, { scale: 1e6, text: '2,48 juta' })).toBe(10_000);
    expect(precisionOf(10_000)).toBe(1_000);
    expect(precisionOf(312_000)).toBe(1_000);
    expect(precisionOf(87)).toBe(1);
    expect(precisionOf(2.5)).toBe(0.1);
  });

  it('relates numbers: equal, rounded, scale, differ', () => {
    expect(relateNumbers(1000, 1000)).toBe('equal');
    expect(relateNumbers(1.48e12, 1.5e12, { scale: 1e12, text: '1,48 triliun' }, { scale: 1e12, text: '1.5 trillion' })).toBe('rounded');
    expect(relateNumbers(312_480, 312_000)).toBe('rounded');
    expect(relateNumbers(10_000, 12_000)).toBe('differ');
    expect(relateNumbers(10_000, 10_400)).toBe('differ');
    expect(relateNumbers(2.5e9, 2.5e12)).toBe('scale');
    expect(relateNumbers(8_500, 8_000)).toBe('differ');
  });
});

describe('dates', () => {
  it('compares only the components both dates state', () => {
    expect(relateDates(parseIsoDate('--06-04')!, parseIsoDate('2024-06-14')!)).toEqual({ shared: ['month', 'day'], conflicts: ['day'] });
    expect(relateDates(parseIsoDate('2024-10')!, parseIsoDate('2024-10-23')!).conflicts).toEqual([]);
    expect(parseIsoDate('not a date')).toBeUndefined();
  });
});

describe('assignPairs', () => {
  it('finds the cheapest total and may leave figures unpaired', () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(assignPairs([[0.1, 0.2], [0.2, 1.5]], 0.6)).toEqual([[0, 1], [1, 0]]);
    expect(assignPairs([[inf, inf]], 0.6)).toEqual([]);
    expect(assignPairs([[1.3]], 0.6)).toEqual([]);
    expect(assignPairs([[1.1]], 0.6)).toEqual([[0, 0]]);
    expect(assignPairs([], 0.6)).toEqual([]);
  });
});

describe('unit concepts', () => {
  it('finds the head of Indonesian and English unit phrases', () => {
    expect(lookupUnit('paket makanan siap saji', 'id')?.concept).toBe('packages');
    expect(lookupUnit('ready-to-eat meal packs', 'en')?.concept).toBe('packages');
    expect(lookupUnit('anak-anak', 'id')?.concept).toBe('children');
    expect(lookupUnit('houses', 'en')?.concept).toBe('houses');
    expect(lookupUnit('kompi zeni tempur', 'id')?.concept).toBe('companies');
    expect(lookupUnit('battalions of combat engineers', 'en')?.concept).toBe('battalions');
    expect(lookupUnit('widgets', 'en')).toBeUndefined();
  });
});

describe('a long figure cut after fewer digits (truncated)', () => {
  it('Indonesian "Rp318.274,6 miliar" ↔ English "Rp318.274 trillion": rounded, not a value drift', () => {
    const [a] = extractFromSentence('Penerimaan ditetapkan Rp318.274,6 miliar.', 'id');
    const [b] = extractFromSentence('Receipts were set at Rp318.274 trillion.', 'en');
    expect(relateNumbers(a.value as number, b.value as number, a, b)).toBe('rounded');
  });
  it('English "45.9 percent" ↔ Indonesian "45 persen": a short figure cut is a difference', () => {
    const [a] = extractFromSentence('Turnout was 45.9 percent.', 'en');
    const [b] = extractFromSentence('Partisipasi 45 persen.', 'id');
    expect(relateNumbers(a.value as number, b.value as number, a, b)).toBe('differ');
  });
});
