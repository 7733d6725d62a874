/**
 * Confidence of a bead between two versions in one language (two outlets' versions of a story, two editions):
 * there, two sentences that render each other share most of their words, so a pair that shares few is no sure
 * pair, however the order forces it (a subheading of one version paired with the other's next sentence). The
 * aligner's confidence model was fitted on translations, where sentences share few words either way; this cap
 * applies where it was not.
 */
import type { AlignSide, Alignment } from './types';
import { primaryLang } from '../text/lang-tags';

/**
 * A bead of one-language versions keeps at most this much above the share of words its sides have in common: a
 * confidence of 0.9 takes half their words in common. On twelve real pairs of Indonesian republications and same-event
 * reports judged by hand, every wrong bead scored 0.9 or more (two of 54 in parallel mode, seven of 34 in comparable
 * mode) shared under half its words (at 0.6, a third was enough); of those sharing half or more, none was wrong (some
 * of comparable mode's left a neighbouring sentence out).
 */
export const SAME_LANGUAGE_BASE = 0.4;

/** Scripts written without spaces between words: their sentences are not compared word by word here. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The distinct words of a text, lower-cased (letters and digits). */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** The share of words two texts have in common (Dice: twice the shared words over both counts). */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** Caps each free two-sided bead of one-language versions at SAME_LANGUAGE_BASE plus its sides' word overlap. */
export function capSameLanguage(out: Alignment, a: AlignSide, b: AlignSide): void {
  const lang = primaryLang(a.lang);
  if (!lang || lang !== primaryLang(b.lang)) return;
  const text = (side: AlignSide, idx: number[]) => idx.map((i) => String(side.sentences[i] ?? '')).join(' ');
  for (const bd of out.beads) {
    if (bd.locked || bd.a.length === 0 || bd.b.length === 0 || bd.score <= SAME_LANGUAGE_BASE) continue;
    const ta = text(a, bd.a);
    const tb = text(b, bd.b);
    if (UNSPACED.test(ta) || UNSPACED.test(tb)) continue;
    const cap = Math.round(Math.min(1, SAME_LANGUAGE_BASE + wordOverlap(ta, tb)) * 1e4) / 1e4;
    if (bd.score > cap) bd.score = cap;
  }
}
