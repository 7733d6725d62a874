/**
 * Where a character of a text went after the text was edited. The edit is found with the
 * `diff` package (character diff of the part between the common prefix and suffix), and the
 * result is a list of unchanged runs: a span that lies inside one unchanged run survives the
 * edit with its characters intact, at a shifted position; a span the edit touched does not.
 * The diff works on words: a word the edit changed in part counts as changed as a whole.
 */
import { diffWordsWithSpace } from 'diff';

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
  return { kept: merged(kept), oldLength: before.length, newLength: after.length };
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
