/**
 * Beads whose two sides are the very same text (a version that copies a sentence of the other
 * untranslated, as an English sentence left in an Indonesian file). The same words state the same
 * figures, whatever each language's reader makes of them: such a bead has no mismatch, and its
 * figures pair by where they stand in the text. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';

/** Where each sentence of a bead side starts in the side's text joined with single spaces. */
function sideOffsets(indices: readonly number[], sentences: readonly Sentence[]): { text: string; base: Map<number, number> } | null {
  const base = new Map<number, number>();
  const parts: string[] = [];
  let at = 0;
  for (const i of indices) {
    const s = sentences[i];
    if (!s || typeof s.text !== 'string') return null;
    base.set(i, at - s.start);
    parts.push(s.text);
    at += s.text.length + 1;
  }
  return { text: parts.join(' '), base };
}

/**
 * The pairs (indices into `figA`, `figB`) of figures read from the same words, when the bead's two
 * sides are the same non-empty text; null otherwise. A figure only one reader sees has no pair.
 */
export function sameTextPairs(
  a: readonly number[],
  b: readonly number[],
  figA: readonly Figure[],
  figB: readonly Figure[],
  sentencesA: readonly Sentence[] | undefined,
  sentencesB: readonly Sentence[] | undefined,
): Array<[number, number]> | null {
  if (!sentencesA || !sentencesB || a.length === 0 || b.length === 0) return null;
  const sa = sideOffsets(a, sentencesA);
  const sb = sideOffsets(b, sentencesB);
  if (!sa || !sb || sa.text.trim() === '' || sa.text !== sb.text) return null;
  const span = (f: Figure, side: typeof sa): [number, number] => {
    const d = side.base.get(f.sentence) ?? 0;
    return [f.start + d, f.end + d];
  };
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  figA.forEach((fa, i) => {
    const [s1, e1] = span(fa, sa);
    const j = figB.findIndex((fb, k) => {
      if (used.has(k)) return false;
      const [s2, e2] = span(fb, sb);
      return s1 < e2 && s2 < e1;
    });
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}
