/**
 * Token normalisation used by the aligner's evidence: case folding, diacritic stripping and a
 * loose "cognate" spelling that lets names and loanwords meet across languages
 * (`Expedition`/`expédition`, `Rusia`/`Russia`, `konflik`/`conflict`).
 */

/** One word token of a sentence. */
export interface WordToken {
  /** Lower-cased, diacritics stripped (`ß` → `ss`). */
  norm: string;
  /** True when the token starts with an upper-case letter. */
  capital: boolean;
  /** 0-based position among the sentence's word tokens. */
  index: number;
}

const WORD_RE = /\p{L}[\p{L}\p{M}]*/gu;
const MARKS_RE = /\p{M}+/gu;

/** Lower-case, strip diacritics and fold `ß`, `æ`, `œ`, `ø`, `ł`, `đ`. */
export function foldCase(s: string): string {
  if (isAscii(s)) return s.toLowerCase(); // most words: no marks to strip, nothing to fold
  let out = s.normalize('NFD').replace(MARKS_RE, '').toLowerCase();
  if (/[ßæœøłđı]/.test(out)) {
    out = out
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/ı/g, 'i');
  }
  return out;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Word tokens read per sentence: evidence beyond the first 2,000 words of one sentence is ignored. */
export const MAX_TOKENS = 2000;

/** Word tokens of a sentence (letters only; digits are read by `readNumbers`). */
export function wordTokens(sentence: string): WordToken[] {
  const out: WordToken[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(sentence)) !== null) {
    const raw = m[0];
    const first = raw[0];
    out.push({ norm: foldCase(raw), capital: first !== first.toLowerCase(), index: out.length });
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/** The word tokens of a sentence as written (at most MAX_TOKENS). */
export function rawWords(sentence: string): string[] {
  // One `match` builds the strings without a match object per word.
  const out = sentence.match(WORD_RE) ?? [];
  if (out.length > MAX_TOKENS) out.length = MAX_TOKENS;
  return out;
}

/**
 * A spelling that ignores the usual orthographic differences between European languages and
 * Indonesian: `c`/`q` → `k`, `ph` → `f`, `y` → `i`, `w` kept, doubled letters squeezed.
 */
export function cognateSpelling(norm: string): string {
  let s = norm;
  if (s.includes('ph')) s = s.replace(/ph/g, 'f');
  if (s.includes('th')) s = s.replace(/th/g, 't');
  if (/[cqy]/.test(s)) s = s.replace(/qu/g, 'k').replace(/[cq]/g, 'k').replace(/y/g, 'i');
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}
