/**
 * Folding of names for comparison: case, diacritics, punctuation inside names and the usual
 * transliteration and spelling variants (`Kyrilo` and "Kyrylo", `Soekarno` and `Sukarno`,
 * `Djakarta` and `Jakarta`, `Khamenei` and `Hamenei`).
 */

import { Memo } from '../text/memo';

/**
 * Results of the two folds, kept per input: names and words recur through a document and across
 * the extraction, comparison and equivalence passes, and folding (NFKD, several regexes) is
 * costly.
 */
const nameMemo = new Memo<string>(100_000);
/** Longer inputs are folded without the memo. */
const MEMO_LENGTH = 80;
const spellingMemo = new Memo<string>(100_000);

/** Lower case, no diacritics, apostrophes and dots dropped, hyphens and runs of spaces as one space. */
export function foldName(name: string): string {
  // a whole sentence or bead recurs rarely: folded directly, it does not crowd the names out
  return name.length > MEMO_LENGTH ? foldNameOnce(name) : nameMemo.get(name, foldNameOnce);
}

function foldNameOnce(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[\s\u00a0\-‐‑–—_/]+/g, ' ')
    .trim();
}

/**
 * Two spelling-folded words that are one name written differently: equal, one a prefix of the
 * other (`muslim`/`muslimin`, `tamil`/`tamilnet`, five letters at least), or one or two letters
 * apart in a long word (`rabuka`/`ribuka`, `demokrat`/`democrat`, `baghdad`/`banghdad`).
 */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length >= 5 && long.startsWith(short)) return true;
  if (long === `${short}s` && short.length >= 3) return true;
  if (short.length < 5 || long.length - short.length > 2) return false;
  const max = short.length >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return best;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * One word of a name folded further for transliteration variants: old Indonesian spelling
 * (oe → u, dj → j, tj → c, sj → sy), y ↔ i, kh ↔ k, ph ↔ f, w ↔ v, doubled letters, a final h.
 * Only for comparing names, never shown.
 */
export function foldSpelling(word: string): string {
  return spellingMemo.get(word, foldSpellingOnce);
}

function foldSpellingOnce(word: string): string {
  let w = foldName(word).replace(/\s+/g, '');
  w = w
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/ch/g, 'c')
    .replace(/kh/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (w.length > 3 && w.endsWith('h')) w = w.slice(0, -1);
  return w;
}
