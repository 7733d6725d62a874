/**
 * Where a character of a text went after the text was edited. The edit is found with the
 * `diff` package (character diff of the part between the common prefix and suffix), and the
 * result is a list of unchanged runs: a span that lies inside one unchanged run survives the
 * edit with its characters intact, at a shifted position; a span the edit touched does not.
 * The diff works on words: a word the edit changed in part counts as changed as a whole.
 */
import { diffWordsWithSpace } from 'diff';
import type { SpanMap } from '../project/annotations';

const WORD = /[\p{L}\p{N}]/u;
const isWord = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]);

/** A run of characters the edit left as they were: `[from, from + length)` became `[to, to + length)`. */
export interface KeptRun {
  from: number;
  to: number;
  length: number;
}

export interface TextEdit {
  /** Unchanged runs, in order. */
  kept: KeptRun[];
  oldLength: number;
  newLength: number;
}

/** The edit that turns `before` into `after`. */
export function textEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Whole words only: a word cut by the edit belongs to the changed part.
  if (head < max || before.length !== after.length) {
    while (head > 0 && isWord(before, head - 1) && (isWord(before, head) || isWord(after, head))) head--;
    while (tail > 0 && isWord(before, before.length - tail) && (isWord(before, before.length - tail - 1) || isWord(after, after.length - tail - 1))) tail--;
  }
  const kept: KeptRun[] = [];
  if (head > 0) kept.push({ from: 0, to: 0, length: head });
  const midOld = before.slice(head, before.length - tail);
  const midNew = after.slice(head, after.length - tail);
  if (midOld && midNew) {
    let i = head;
    let j = head;
    for (const part of diffWordsWithSpace(midOld, midNew)) {
      const n = part.value.length;
      if (part.added) j += n;
      else if (part.removed) i += n;
      else {
        kept.push({ from: i, to: j, length: n });
        i += n;
        j += n;
      }
    }
  }
  if (tail > 0) kept.push({ from: before.length - tail, to: after.length - tail, length: tail });
  return { kept: merged(slid(merged(kept), before, after)), oldLength: before.length, newLength: after.length };
}

/** A gap before a text of its own: after whitespace or a sentence end, and not starting with punctuation. */
function boundaryScore(text: string, at: number): number {
  const prev = at > 0 ? text[at - 1] : ' ';
  const first = text[at] ?? ' ';
  return (/[\s.!?…;:]/.test(prev) ? 2 : 0) + (/[.,!?…;:]/.test(first) ? 0 : 1);
}

/**
 * Text inserted (or deleted) between two unchanged runs can often stand a few characters earlier
 * or later with the same result (`lansia[. Lagi 6].` or `lansia.[ Lagi 6.]`): it is put where it
 * starts at a boundary (after a space or a sentence end, not with punctuation), so that a
 * sentence added next to a noted one stays outside the note.
 */
function slid(runs: KeptRun[], before: string, after: string): KeptRun[] {
  const out = runs.map((r) => ({ ...r }));
  for (let k = 0; k + 1 < out.length; k++) {
    const r1 = out[k];
    const r2 = out[k + 1];
    const insertion = r1.from + r1.length === r2.from;
    const deletion = r1.to + r1.length === r2.to;
    if (insertion === deletion) continue;
    // the changed text is [p, q) of `text` (after for an insertion, before for a deletion)
    const text = insertion ? after : before;
    const p = insertion ? r1.to + r1.length : r1.from + r1.length;
    const q = insertion ? r2.to : r2.from;
    let best = 0;
    let bestScore = boundaryScore(text, p);
    for (let d = 1; d <= r2.length && text[p + d - 1] === text[q + d - 1]; d++) {
      const sc = boundaryScore(text, p + d);
      if (sc > bestScore) [best, bestScore] = [d, sc];
    }
    for (let d = 1; d <= r1.length && text[p - d] === text[q - d]; d++) {
      const sc = boundaryScore(text, p - d);
      if (sc > bestScore) [best, bestScore] = [-d, sc];
    }
    r1.length += best;
    r2.from += best;
    r2.to += best;
    r2.length -= best;
  }
  return out.filter((r) => r.length > 0);
}

function merged(runs: KeptRun[]): KeptRun[] {
  const out: KeptRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.from + last.length === r.from && last.to + last.length === r.to) last.length += r.length;
    else if (r.length > 0) out.push({ ...r });
  }
  return out;
}

/**
 * The new place of the characters `[start, end)` when the edit left them all as they were
 * (they lie in one unchanged run), else null: the edit changed or deleted them.
 */
export function keptSpan(edit: TextEdit, start: number, end: number): { start: number; end: number } | null {
  for (const r of edit.kept) {
    if (start >= r.from && end <= r.from + r.length) return { start: r.to + (start - r.from), end: r.to + (end - r.from) };
  }
  return null;
}

/**
 * The new position of offset `at` (a gap between characters): inside or at the edge of an
 * unchanged run it moves with the run; inside a changed region it goes to the end of what
 * replaced that region.
 */
export function mapOffset(edit: TextEdit, at: number): number {
  for (const r of edit.kept) {
    if (at < r.from) return r.to;
    if (at <= r.from + r.length) return r.to + (at - r.from);
  }
  return edit.newLength;
}

/**
 * `mapOffset` for the start of a span: text inserted right at `at` goes before it (the span
 * starts after the insertion), as text inserted right at a span's end stays after it.
 */
export function mapStart(edit: TextEdit, at: number): number {
  for (const r of edit.kept) {
    if (at < r.from) return r.to;
    if (at < r.from + r.length) return r.to + (at - r.from);
  }
  return edit.newLength;
}

/**
 * The share of the letters and digits of `[start, end)` of `before` that the edit left as they were (spaces
 * and punctuation kept around new words do not count; a span of punctuation alone counts its characters).
 */
export function keptWithin(edit: TextEdit, before: string, start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (isWord(before, i)) words++;
  let n = 0;
  for (const r of edit.kept) for (let i = Math.max(start, r.from); i < Math.min(end, r.from + r.length); i++) if (!words || isWord(before, i)) n++;
  return end > start ? n / (words || end - start) : 1;
}

/** How the edit of `before` moves annotated spans and figures (`followTextEdit`). */
export function spanMap(edit: TextEdit, before: string): SpanMap {
  return {
    kept: (start, end) => keptSpan(edit, start, end),
    offset: (at) => mapOffset(edit, at),
    start: (at) => mapStart(edit, at),
    keptWithin: (start, end) => keptWithin(edit, before, start, end),
  };
}
