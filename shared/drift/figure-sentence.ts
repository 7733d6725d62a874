/**
 * A figure's place in its sentence, for the rules that read the words around it (a negation or a
 * comparative before it, the end of a year, a reporting period). Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';

/** The two sides of a bead for the rules that read a pair of figures in their sentences. */
export interface BeadSides {
  sentencesA?: readonly Sentence[];
  sentencesB?: readonly Sentence[];
  langA: Lang;
  langB: Lang;
}

/** The text of the sentence holding `f` and the offset of `f` in it; undefined when the sentence is not known. */
export function figureInSentence(f: Figure | null, sentences: readonly Sentence[] | undefined): { text: string; at: number } | undefined {
  const s = f ? sentences?.[f.sentence] : undefined;
  if (!f || !s || typeof s.text !== 'string') return undefined;
  const at = f.start - s.start;
  return at >= 0 && at <= s.text.length ? { text: s.text, at } : undefined;
}

/** Up to `reach` characters of `f`'s sentence right before it ('' when the sentence is not known). */
export function textBeforeFigure(f: Figure, sentences: readonly Sentence[] | undefined, reach: number): string {
  const s = figureInSentence(f, sentences);
  return s ? s.text.slice(Math.max(0, s.at - reach), s.at) : '';
}
