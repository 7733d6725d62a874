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

/** A score of a list as written (`19-21`): the games of one match are told from one side, so their order counts. */
export const writtenScore = (s: ScoreMention): string => `${s.first}-${s.second}`;

/**
 * The scores that differ between the two sides: the one score each side states (once or more), when the two differ;
 * or, where a side lists several (the games of a match: `21-17, 19-21, 21-15`), each game that differs from the other
 * side's in its place, as written (`23-25` ↔ `25-23` is another winner), and the games one side lists beyond the
 * other's (null on the side that lacks them). Lists that differ in most places are other lists, paired by nothing.
 */
export function differingScores(scoresA: readonly ScoreMention[], scoresB: readonly ScoreMention[]): Array<[ScoreMention | null, ScoreMention | null]> {
  // (a result and the games that make it, `kalah 1-3 (25-22, 18-25, 20-25, 23-25)`: the one compared whole, the others
  // in their places)
  const [listA, listB] = [scoresA.filter((s) => s.inList), scoresB.filter((s) => s.inList)];
  const [soloA, soloB] = [scoresA.filter((s) => !s.inList), scoresB.filter((s) => !s.inList)];
  return [...differingSolo(soloA, soloB), ...differingGames(listA, listB)];
}

/** The one score each side states (once or more), when the two differ. */
function differingSolo(scoresA: readonly ScoreMention[], scoresB: readonly ScoreMention[]): Array<[ScoreMention, ScoreMention]> {
  const one = (ss: readonly ScoreMention[]) => (ss.length > 0 && ss.every((s) => scoreValue(s) === scoreValue(ss[0])) ? ss[0] : undefined);
  const a = one(scoresA);
  const b = one(scoresB);
  return a && b && scoreValue(a) !== scoreValue(b) ? [[a, b]] : [];
}

/** The games of two lists that differ in their places (as written), and those one list has beyond the other's. */
function differingGames(listA: readonly ScoreMention[], listB: readonly ScoreMention[]): Array<[ScoreMention | null, ScoreMention | null]> {
  if (listA.length === 0 || listB.length === 0) return [];
  const shared = Math.min(listA.length, listB.length);
  const differ: Array<[ScoreMention | null, ScoreMention | null]> = [];
  for (let k = 0; k < shared; k++) if (writtenScore(listA[k]) !== writtenScore(listB[k])) differ.push([listA[k], listB[k]]);
  // (games one list has beyond the other's, when the rest agree: a game dropped or added)
  if (listA.length !== listB.length) {
    if (differ.length > 0) return [];
    for (let k = shared; k < listA.length; k++) differ.push([listA[k], null]);
    for (let k = shared; k < listB.length; k++) differ.push([null, listB[k]]);
    return differ;
  }
  // (most in their places agree: the lists are one match's games; else they are other lists)
  return differ.length * 2 < shared || (differ.length === 1 && shared === 2) ? differ : [];
}

/** A score as a figure of the sentence holding it (offsets into the document), for a mismatch to carry. */
export function scoreFigure(s: ScoreMention, sentences: readonly Sentence[], written = false): Figure {
  return mentionFigure(s, sentences, 'other', written ? writtenScore(s) : scoreValue(s), 'digits');
}
