/**
 * Two different scores for one result (`menang 3-1` ↔ "won 2-1", *suara 6 berbanding 3* ↔ "a 5-4
 * vote"): the figure reader leaves scores out (they are neither counts nor ranges), so the drift engine
 * compares them whole, the way it compares weekdays. A score is the same told from either side
 * (`kalah 1-3` ↔ "lost 3-1"). Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { ScoreMention } from '../figures/scores';
import type { Sentence } from '../text/types';
import { mentionFigure } from './mention-figure';

/** A score's value as a mismatch carries it: the higher number, a dash, the lower (`3-1`). */
export const scoreValue = (s: ScoreMention): string => `${s.high}-${s.low}`;

/**
 * The one score each side states, when each states exactly one (once or more) and the two differ;
 * undefined otherwise (several scores on a side are a match report's, paired by nothing here).
 */
export function differingScores(scoresA: readonly ScoreMention[], scoresB: readonly ScoreMention[]): [ScoreMention, ScoreMention] | undefined {
  const one = (ss: readonly ScoreMention[]) => (ss.length > 0 && ss.every((s) => scoreValue(s) === scoreValue(ss[0])) ? ss[0] : undefined);
  const a = one(scoresA);
  const b = one(scoresB);
  if (!a || !b || scoreValue(a) === scoreValue(b)) return undefined;
  return [a, b];
}

/** A score as a figure of the sentence holding it (offsets into the document), for a mismatch to carry. */
export function scoreFigure(s: ScoreMention, sentences: readonly Sentence[]): Figure {
  return mentionFigure(s, sentences, 'other', scoreValue(s), 'digits');
}
