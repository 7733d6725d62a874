import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/text/word-diff';

const changed = (a: string, b: string) => wordDiff(a, b).filter((p) => p.added || p.removed).map((p) => `${p.added ? '+' : '-'}${p.value}`);

describe('wordDiff', () => {
  it('keeps a number whole: only the words that changed are marked', () => {
    expect(changed('gempa bermagnitudo 5,2 di Garut', 'gempa M5,2 di Garut').join(' ')).not.toMatch(/(^|[ +-])[,.]?2\b/);
    expect(changed('gempa 5,2 di Garut', 'gempa 5,3 di Garut')).toEqual(['-5,2', '+5,3']);
    expect(changed('dana Rp2,5 triliun', 'dana Rp2,5 triliun lebih')).toEqual(['+ lebih']);
    expect(changed('pukul 14:30 WIB', 'pukul 14:35 WIB')).toEqual(['-14:30', '+14:35']);
  });
  it('the parts put together are the two texts', () => {
    const parts = wordDiff('Harga naik 1.250, kata dia.', 'Harga turun 1.250 kata dia!');
    expect(parts.filter((p) => !p.added).map((p) => p.value).join('')).toBe('Harga naik 1.250, kata dia.');
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join('')).toBe('Harga turun 1.250 kata dia!');
  });
});
