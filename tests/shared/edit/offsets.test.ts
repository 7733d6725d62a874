import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keptSpan, mapOffset, textEdit } from '../../../shared/edit/offsets';

describe('text edits: where characters went', () => {
  it('moves spans after an insertion and keeps those before it', () => {
    const e = textEdit('ada 3 kompi dan 87 lansia', 'TEST 99 ada 3 kompi dan 87 lansia');
    expect(keptSpan(e, 4, 11)).toEqual({ start: 12, end: 19 });
    // A gap moves with the text after it.
    expect(mapOffset(e, 0)).toBe(8);
  });

  it('loses a span the edit changed or deleted, keeps the rest', () => {
    const before = 'ada 3 kompi dan 87 lansia di sini';
    const after = 'ada 3 kompi di sini';
    const e = textEdit(before, after);
    expect(keptSpan(e, 16, 25)).toBeNull();
    expect(keptSpan(e, 4, 11)).toEqual({ start: 4, end: 11 });
    expect(keptSpan(e, 26, 33)).toEqual({ start: 12, end: 19 });
  });

  it('handles edits in several places (diff between prefix and suffix)', () => {
    const e = textEdit('satu 1 dua 2 tiga 3', 'SATU 1 dua 2 tiga 33');
    expect(keptSpan(e, 5, 6)).toEqual({ start: 5, end: 6 });
    expect(keptSpan(e, 11, 12)).toEqual({ start: 11, end: 12 });
  });

  it('a kept span always holds the same characters after the edit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.nat(40), fc.nat(5), (before, after, s, len) => {
        const e = textEdit(before, after);
        const start = Math.min(s, before.length);
        const end = Math.min(start + len, before.length);
        const k = keptSpan(e, start, end);
        if (k) expect(after.slice(k.start, k.end)).toBe(before.slice(start, end));
        const at = mapOffset(e, start);
        expect(at >= 0 && at <= after.length).toBe(true);
      }),
    );
  });
});
