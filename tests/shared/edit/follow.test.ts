/** Which sentences survive a text edit with their identity, and what that does to confirmed and locked beads. */
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../../shared/align/types';
import { beadsThroughEdit, followSentences } from '../../../shared/edit/follow';
import { textEdit } from '../../../shared/edit/offsets';
import { segment, splitLines } from '../../../shared/text';

const TEXT = 'Hujan turun sejak pagi. Sebanyak 40 rumah terendam. Warga mengungsi ke balai desa. Bantuan tiba sore hari.';

function follow(before: string, after: string) {
  return followSentences(textEdit(before, after), before, segment(before, 'id'), segment(after, 'id'));
}

describe('followSentences', () => {
  it('an unchanged text maps every sentence to itself', () => {
    expect(follow(TEXT, TEXT)).toEqual([0, 1, 2, 3]);
  });

  it('a sentence inserted before shifts the rest by one', () => {
    expect(follow(TEXT, `Kabar pagi ini. ${TEXT}`)).toEqual([1, 2, 3, 4]);
  });

  it('an edited figure keeps its sentence; a deleted sentence has no successor', () => {
    expect(follow(TEXT, TEXT.replace('40 rumah', '45 rumah'))).toEqual([0, 1, 2, 3]);
    expect(follow(TEXT, TEXT.replace('Warga mengungsi ke balai desa. ', ''))).toEqual([0, 1, null, 2]);
  });

  it('a sentence split in two, two joined into one, or one mostly rewritten loses its identity', () => {
    expect(follow(TEXT, TEXT.replace('40 rumah terendam.', '40 rumah. Semuanya terendam.'))).toEqual([0, null, 3, 4]);
    expect(follow(TEXT, TEXT.replace('terendam. Warga', 'terendam dan warga'))).toEqual([0, null, null, 2]);
    expect(follow(TEXT, TEXT.replace('Warga mengungsi ke balai desa.', 'Pengungsi ditampung di masjid desa.'))).toEqual([0, 1, null, 3]);
  });
});

describe('followSentences of a text read line by line (an opened TMX/XLIFF file)', () => {
  const LINES = 'Judul: 5 orang hilang.\n\nBanjir melanda desa pada Senin.\nSebanyak 3 kompi dikirim.\n\nKerugian Rp 12 miliar.';
  const byLine = (before: string, after: string) => followSentences(textEdit(before, after), before, splitLines(before), splitLines(after));
  it('the empty line between paragraphs stays itself through an edit elsewhere (it was lost, and the unit holding it with it)', () => {
    expect(splitLines(LINES).map((s) => s.text)).toEqual(['Judul: 5 orang hilang.', '', 'Banjir melanda desa pada Senin.', 'Sebanyak 3 kompi dikirim.', '', 'Kerugian Rp 12 miliar.']);
    expect(byLine(LINES, LINES.replace('hilang.', 'hilang di laut.'))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(byLine(LINES, LINES.replace('Sebanyak 3', 'Sebanyak 4'))).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('an empty line the edit removed, or one a new line stands in place of, has no successor', () => {
    expect(byLine(LINES, LINES.replace('hilang.\n\nBanjir', 'hilang.\nBanjir'))).toEqual([0, null, 1, 2, 3, 4]);
  });
});

describe('beadsThroughEdit', () => {
  const beads: Bead[] = [
    { a: [0], b: [0], score: 0.9 },
    { a: [1], b: [1], score: 0.9, confirmed: true },
    { a: [2], b: [2, 3], score: 0.9, locked: true, confirmed: true },
    { a: [3], b: [4], score: 0.9 },
  ];

  it('keeps the flagged beads at their new indices and covers both sides exactly once, in order', () => {
    const out = beadsThroughEdit(beads, 'a', [1, 2, 3, 4], 5);
    expect(out).toMatchObject({ kept: 2, released: 0 });
    expect(out.beads.filter((b) => b.confirmed)).toEqual([
      { a: [2], b: [1], score: 0.9, confirmed: true },
      { a: [3], b: [2, 3], score: 0.9, locked: true, confirmed: true },
    ]);
    expect(out.beads.flatMap((b) => b.a)).toEqual([0, 1, 2, 3, 4]);
    expect(out.beads.flatMap((b) => b.b)).toEqual([0, 1, 2, 3, 4]);
  });

  it('releases a bead that lost a sentence, and says how many', () => {
    const out = beadsThroughEdit(beads, 'a', [0, null, 1, 2], 3);
    expect(out).toMatchObject({ kept: 1, released: 1 });
    expect(out.beads.flatMap((b) => b.a).sort()).toEqual([0, 1, 2]);
    expect(out.beads.flatMap((b) => b.b).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('an edit of side B maps the B cells', () => {
    const out = beadsThroughEdit(beads, 'b', [0, 1, 2, null, 3], 4);
    // The locked bead lost B3: released; the confirmed one stays.
    expect(out).toMatchObject({ kept: 1, released: 1 });
    expect(out.beads.filter((b) => b.confirmed)).toEqual([{ a: [1], b: [1], score: 0.9, confirmed: true }]);
  });

  it('nothing kept: no beads (the pair is aligned from scratch)', () => {
    expect(beadsThroughEdit(beads, 'a', [0, null, null, 1], 2)).toEqual({ beads: [], kept: 0, released: 2 });
  });
});
