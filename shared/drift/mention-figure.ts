/**
 * A figure made from a mention the drift engine compares whole, outside the figure reader (a weekday,
 * a match score, a labelled number): its text and document offsets and the sentence that holds it.
 * Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';

/** The figure of the span `start`–`end` (document offsets) with the given kind and value. */
export function mentionFigure(span: { start: number; end: number }, sentences: readonly Sentence[], kind: Figure['kind'], value: string, form: Figure['form']): Figure {
  const sentence = Math.max(0, sentences.findIndex((s) => s.start <= span.start && span.start < s.end));
  const s = sentences[sentence];
  const text = s && typeof s.text === 'string' ? s.text.slice(span.start - s.start, span.end - s.start) : '';
  return { sentence, text, start: span.start, end: span.end, kind, value, qualifier: 'exact', form };
}
