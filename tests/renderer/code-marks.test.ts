import { describe, it, expect } from 'vitest';
import { codeLabel, codeMarks, codePieces } from '../../renderer/state/code-marks';
import type { InlineCode } from '../../shared/project/types';

const codes: InlineCode[] = [
  { kind: 'open', id: '1', partner: 1, data: '<b>' },
  { kind: 'close', id: '1', partner: 0, data: '</b>' },
  { kind: 'ph', id: 'img-logo-header', disp: '[logo]' },
];
const text = 'Port \ue000busy\ue001 today\ue002.';

describe('inline code marks', () => {
  it('labels open, close and standalone codes compactly', () => {
    expect(codes.map(codeLabel)).toEqual(['⟨1⟩', '⟨/1⟩', '⟨img-log…/⟩']);
  });

  it('finds each placeholder at its offset, with what it stands for, and leaves the text alone', () => {
    expect(codeMarks(text, codes)).toEqual([
      { offset: 5, label: '⟨1⟩', data: '<b>' },
      { offset: 10, label: '⟨/1⟩', data: '</b>' },
      { offset: 17, label: '⟨img-log…/⟩', data: '[logo]' },
    ]);
    for (const m of codeMarks(text, codes)) expect(text.charCodeAt(m.offset)).toBeGreaterThanOrEqual(0xe000);
  });

  it('cuts a cell into text and marks; unknown placeholders and texts without codes stay text', () => {
    const pieces = codePieces(text, codes);
    expect(pieces.map((p) => (typeof p === 'string' ? p : p.label))).toEqual(['Port ', '⟨1⟩', 'busy', '⟨/1⟩', ' today', '⟨img-log…/⟩', '.']);
    expect(codePieces('a\ue009b', codes)).toEqual(['a\ue009b']);
    expect(codePieces(text, undefined)).toEqual([text]);
  });
});
