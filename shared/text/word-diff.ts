/**
 * A word-level diff of two sentences for display, whose words keep a number whole: `5,2`, `Rp2,5`, `1.250`, `14:30`
 * and `11-13/7` are one token each (the diff package's word tokenizer splits them at the mark, so an unchanged
 * decimal looked changed). Spaces are tokens of their own. Pure, no I/O.
 */
import { diffArrays } from 'diff';

export interface WordDiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Words (letters, marks and digits, with a number's inner marks), runs of spaces, and single other characters. */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[.,:/'’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function wordDiff(a: string, b: string): WordDiffPart[] {
  const ta = a.match(TOKEN) ?? [];
  const tb = b.match(TOKEN) ?? [];
  return diffArrays(ta, tb).map((p) => ({ value: p.value.join(''), ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));
}
