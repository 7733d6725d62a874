import { describe, expect, it } from 'vitest';
import { createAnnotation, followTextEdit, formatMismatchKey, isDetached, parseMismatchKey } from '../../../shared/project/annotations';
import { keptSpan, mapOffset, textEdit } from '../../../shared/edit/offsets';
import { mismatchKey } from '../../../shared/drift/compare';
import { swapKeySides } from '../../../shared/workbench/pivot';

const NOW = '2026-12-02T13:00:00.000Z';
const mapOf = (before: string, after: string) => {
  const e = textEdit(before, after);
  return { kept: (s: number, x: number) => keptSpan(e, s, x), offset: (at: number) => mapOffset(e, at) };
};

describe('mismatch keys', () => {
  it('parse what drift/compare writes, also with | and @ in a figure text', () => {
    const a = { text: '3 kompi', start: 10, end: 17 } as never;
    const key = mismatchKey('value', a, { text: 'x|y@1', start: 2, end: 7 } as never);
    expect(parseMismatchKey(key)).toEqual({ kind: 'value', a: { text: '3 kompi', start: 10, end: 17 }, b: { text: 'x|y@1', start: 2, end: 7 } });
    expect(formatMismatchKey('value', { text: '3 kompi', start: 10, end: 17 }, { text: 'x|y@1', start: 2, end: 7 })).toBe(key);
    expect(parseMismatchKey(mismatchKey('missing', a, null))).toMatchObject({ kind: 'missing', b: null });
  });

  it('swap sides for a new pivot (missing becomes added)', () => {
    expect(swapKeySides('missing|3 kompi@10-17|-')).toBe('added|-|3 kompi@10-17');
  });
});

describe('annotations follow their figures through a text edit', () => {
  const before = 'Ada 3 kompi. Ada 87 lansia.';
  const list = [
    createAnnotation({ id: 'a1', target: { type: 'mismatch', key: 'missing|3 kompi@4-11|-', a: 0, b: 1 }, verdict: 'confirmed' }, NOW),
    createAnnotation({ id: 'a2', target: { type: 'mismatch', key: 'value|87 lansia@17-26|78 lansia@3-12' }, note: 'cek' }, NOW),
    createAnnotation({ id: 'a3', target: { type: 'span', version: 0, start: 13, end: 27 }, note: 'kalimat' }, NOW),
    createAnnotation({ id: 'a4', target: { type: 'ledger', what: 'lansia' } }, NOW),
  ];

  it('moves keys and spans of the edited version', () => {
    const after = `Baru. ${before}`;
    const out = followTextEdit(list, 0, 0, before, mapOf(before, after));
    expect(out.map((a) => a.target)).toEqual([
      { type: 'mismatch', key: 'missing|3 kompi@10-17|-', a: 0, b: 1 },
      { type: 'mismatch', key: 'value|87 lansia@23-32|78 lansia@3-12' },
      { type: 'span', version: 0, start: 19, end: 33 },
      { type: 'ledger', what: 'lansia' },
    ]);
  });

  it('keeps and marks an annotation whose figure was deleted; never drops one', () => {
    const after = 'Ada 3 kompi.';
    const out = followTextEdit(list, 0, 0, before, mapOf(before, after));
    expect(out).toHaveLength(4);
    expect(out[0].target).toMatchObject({ key: 'missing|3 kompi@4-11|-' });
    expect(isDetached(out[1])).toBe(true);
    expect(out[1].note).toBe('cek');
    expect(isDetached(out[2])).toBe(true);
    expect(isDetached(out[0])).toBe(false);
  });

  it('leaves annotations about other versions alone', () => {
    const out = followTextEdit(list, 2, 0, 'lain', mapOf('lain', 'lain lagi'));
    expect(out).toEqual(list);
  });
});
