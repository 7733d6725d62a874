/**
 * A loss written as a loss on one side and as a negative amount on the other (*rugi kurs Rp3,043 miliar* ↔
 * "minus Rp3.04 billion", "a loss of $5 million" ↔ *minus 5 juta dolar*), or a fall as a signed change
 * (*turun 0,3 persen* ↔ `-0.3%`): the same figure, not a changed sign. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import { figureInSentence, textBeforeFigure, type BeadSides } from './figure-sentence';

/** Words of a loss or a deficit, and of a fall, by language (regular-expression alternations). */
const LOSS_WORDS: Record<Lang, string> = {
  id: 'rugi|kerugian|merugi|defisit|minus',
  en: 'loss|losses|lost|deficit|shortfall|minus',
};
const FALL_WORDS: Record<Lang, string> = {
  id: 'deflasi|turun(?:nya)?|menurun|penurunan(?:nya)?|berkurang|pengurangan|melemah|pelemahan|merosot|anjlok|terkoreksi|koreksi|terdepresiasi|depresiasi|jatuh|menyusut|penyusutan|terpangkas|kontraksi|terkontraksi|negatif',
  en: 'deflation|fell|falls?|falling|fallen|declined?|declines|declining|decreased?|decreases|decreasing|dropped|drops?|dropping|down|lower|slipped|slid|sank|slumped|plunged|plummeted|tumbled|dipped|eased|weakened|depreciated|contracted|contraction|shrank|shrunk|negative',
};
/** Words a fall's verb may take before its figure. */
const FALL_FILLERS: Record<Lang, string> = { id: 'sebesar|sekitar|hingga|sampai|lagi|tajam|tipis|hampir', en: 'by|of|some|about|around|nearly|almost|a|an' };

/** A word of a loss or a deficit right before an amount (a few words may name what was lost). */
const LOSS_BEFORE: Record<Lang, RegExp> = {
  id: new RegExp(String.raw`\b(?:${LOSS_WORDS.id})\b[^.,;:!?\d]{0,30}$`, 'i'),
  en: new RegExp(String.raw`\b(?:${LOSS_WORDS.en})\b[^.,;:!?\d]{0,30}$`, 'i'),
};

/** A verb or noun of a fall right before a figure (*turun 0,3 persen* ↔ `-0.3%`, "fell 2 degrees" ↔ *−2 derajat*). */
const FALL_BEFORE: Record<Lang, RegExp> = {
  id: new RegExp(String.raw`\b(?:${FALL_WORDS.id})\b(?:\s+(?:${FALL_FILLERS.id}))*\s*$`, 'i'),
  en: new RegExp(String.raw`\b(?:${FALL_WORDS.en})\b(?:\s+(?:${FALL_FILLERS.en}))*\s*$`, 'i'),
};

/** A word of a fall or a loss anywhere in a sentence. */
const FALL_OR_LOSS: Record<Lang, RegExp> = {
  id: new RegExp(String.raw`\b(?:${LOSS_WORDS.id}|${FALL_WORDS.id})\b`, 'i'),
  en: new RegExp(String.raw`\b(?:${LOSS_WORDS.en}|${FALL_WORDS.en})\b`, 'i'),
};

/** How close the two amounts must be, relative to the larger (the rounding of one side: 3,043 ↔ 3.04). */
const ROUNDING = 0.01;

/**
 * True when `a` and `b` state one amount with opposite signs and the positive one is said as a loss or a fall:
 * the negative side's minus is the loss or the fall the other side names in words.
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
  const before = textBeforeFigure(positive, sentences, 60);
  return LOSS_BEFORE[lang].test(before) || FALL_BEFORE[lang].test(before);
}

/**
 * Whether the sentence of `f` says a fall or a loss in words anywhere (*ekonomi terkontraksi … 1,5 persen*, "a 0.2%
 * contraction"): then a minus the other version writes may be that fall, said another way; where it says none, a
 * minus dropped or added is a changed sign. Undefined when the sentence is not known.
 */
export function fallOrLossSaid(f: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): boolean | undefined {
  const s = figureInSentence(f, sentences);
  return s ? FALL_OR_LOSS[lang].test(s.text) : undefined;
}
