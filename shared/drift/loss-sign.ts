/**
 * A loss written as a loss on one side and as a negative amount on the other (*rugi kurs Rp3,043 miliar* ↔
 * "minus Rp3.04 billion", "a loss of $5 million" ↔ *minus 5 juta dolar*): the same figure, not a changed
 * sign. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang } from '../text/types';
import { textBeforeFigure, type BeadSides } from './figure-sentence';

/** A word of a loss or a deficit right before an amount (a few words may name what was lost). */
const LOSS_BEFORE: Record<Lang, RegExp> = {
  id: /\b(?:rugi|kerugian|merugi|defisit|minus)\b[^.,;:!?\d]{0,30}$/i,
  en: /\b(?:loss|losses|lost|deficit|shortfall|minus)\b[^.,;:!?\d]{0,30}$/i,
};

/** How close the two amounts must be, relative to the larger (the rounding of one side: 3,043 ↔ 3.04). */
const ROUNDING = 0.01;

/**
 * True when `a` and `b` state one amount with opposite signs and the positive one is said as a loss: the
 * negative side's minus is the loss the other side names in words.
 */
export function lossSaidAsMinus(
  a: Figure,
  b: Figure,
  sides: BeadSides,
): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || a.value === 0 || b.value === 0) return false;
  if (Math.sign(a.value) === Math.sign(b.value)) return false;
  if (Math.abs(a.value + b.value) > ROUNDING * Math.max(Math.abs(a.value), Math.abs(b.value))) return false;
  const [positive, sentences, lang] = a.value > 0 ? [a, sides.sentencesA, sides.langA] : [b, sides.sentencesB, sides.langB];
  return LOSS_BEFORE[lang].test(textBeforeFigure(positive, sentences, 60));
}
