import { describe, it, expect } from 'vitest';
import { excerpt } from '../../../shared/text/excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, spaces made one', () => {
    expect(excerpt('Harga naik\n  5 persen.')).toBe('Harga naik 5 persen.');
  });
  it('cuts a long text at the end of a word, with an ellipsis', () => {
    expect(excerpt('Sebanyak 10.000 tentara dikerahkan ke perbatasan pada pekan lalu, kata juru bicara.', 40)).toBe('Sebanyak 10.000 tentara dikerahkan ke…');
  });
  it('guard: one long word is cut where it must be', () => {
    expect(excerpt('x'.repeat(80), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
