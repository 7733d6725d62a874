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
  return setOverlap(words(a), words(b));
}

/** The share of members two sets have in common (Dice: twice the shared members over both counts). */
export function setOverlap(wa: ReadonlySet<string>, wb: ReadonlySet<string>): number {
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** How many sentences either side of its place a sentence left alone is compared with (a moved one is seldom further). */
export const MOVED_WINDOW = 50;
/** The word overlap with a sentence of the other version from which one left alone may have that one for its counterpart. */
export const LIKELY_PAIR = 0.45;
/** The most a sentence left alone keeps when the other version holds such a sentence near its place. */
export const UNSURE_ALONE = 0.85;

/**
 * Caps each free two-sided bead of one-language versions at SAME_LANGUAGE_BASE plus its sides' word overlap; and
 * a sentence left without a counterpart at UNSURE_ALONE when the other version holds a sentence near its place that
 * shares LIKELY_PAIR of their words: a sentence the other outlet moved and reworded (*Selain harga bensin, kenaikan
 * harga beras …* against *Penyebabnya antara lain kenaikan bensin, … beras*) is no sure "no counterpart".
 */
export function capSameLanguage(out: Alignment, a: AlignSide, b: AlignSide): void {
  const lang = primaryLang(a.lang);
  if (!lang || lang !== primaryLang(b.lang)) return;
  const text = (side: AlignSide, idx: number[]) => idx.map((i) => String(side.sentences[i] ?? '')).join(' ');
  const cap = (score: number, overlap: number) => Math.min(score, Math.round(Math.min(1, SAME_LANGUAGE_BASE + overlap) * 1e4) / 1e4);
  const ratio = a.sentences.length ? b.sentences.length / a.sentences.length : 1;
  // (each sentence's words, read once)
  const wordsA = new Map<number, Set<string>>();
  const wordsB = new Map<number, Set<string>>();
  for (const bd of out.beads) {
    if (bd.locked || bd.score <= SAME_LANGUAGE_BASE) continue;
    if (bd.a.length === 0 || bd.b.length === 0) {
      const [mine, other, at] = bd.a.length ? [a, b, bd.a[0] * ratio] : [b, a, bd.b[0] / ratio];
      const own = text(mine, bd.a.length ? bd.a : bd.b);
      if (UNSPACED.test(own)) continue;
      let likest = 0;
      const from = Math.max(0, Math.floor(at - MOVED_WINDOW));
      const to = Math.min(other.sentences.length, Math.ceil(at + MOVED_WINDOW) + 1);
      const mineWords = words(own);
      const cache = other === a ? wordsA : wordsB;
      for (let k = from; k < to; k++) {
        let theirs = cache.get(k);
        if (!theirs) cache.set(k, (theirs = words(String(other.sentences[k] ?? ''))));
        likest = Math.max(likest, setOverlap(mineWords, theirs));
      }
      if (likest >= LIKELY_PAIR) bd.score = Math.min(bd.score, UNSURE_ALONE);
      continue;
    }
    const ta = text(a, bd.a);
    const tb = text(b, bd.b);
    if (UNSPACED.test(ta) || UNSPACED.test(tb)) continue;
    bd.score = cap(bd.score, wordOverlap(ta, tb));
  }
}
