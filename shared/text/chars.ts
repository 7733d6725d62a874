/**
 * Character classes used by the segmenter, on UTF-16 code units (`charCodeAt`).
 * Whitespace is exactly what `String.prototype.trim` removes, so trimmed slices agree with it.
 */

/** True for the code units `String.prototype.trim` strips. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True for line terminators: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** `.` */
export const PERIOD = 46;
/** `…` */
export const ELLIPSIS = 0x2026;

/** Sentence-final punctuation: `. ? ! …`, the double marks `‼ ⁇ ⁈ ⁉` and full-width `。？！`. */
export function isTerminal(c: number): boolean {
  return (
    c === PERIOD ||
    c === 63 ||
    c === 33 ||
    c === ELLIPSIS ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049) ||
    c === 0x3002 ||
    c === 0xff1f ||
    c === 0xff01
  );
}

/** The full-width sentence-final marks `。？！` (Chinese and Japanese), written with no space after them. */
export function isWideTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff1f || c === 0xff01;
}

/** Characters that close a quotation or bracket after sentence-final punctuation. */
export function isCloser(c: number): boolean {
  return (
    c === 34 || // "
    c === 39 || // '
    c === 41 || // )
    c === 93 || // ]
    c === 125 || // }
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 0xbb || // »
    c === 0x203a || // ›
    c === 0x300d || // 」
    c === 0x300f // 』
  );
}

/** Characters that open a quotation or bracket before the first word of a sentence. */
export function isOpener(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 40 || // (
    c === 91 || // [
    c === 123 || // {
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x201e || // „
    c === 0x201a || // ‚
    c === 0xab || // «
    c === 0x2039 || // ‹
    c === 0xbf || // ¿
    c === 0xa1 || // ¡
    c === 0x300c || // 「
    c === 0x300e // 『
  );
}

/** Punctuation that cannot start a sentence: after it, a period is not a sentence end. */
export function isContinuingPunct(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 0x3001 || c === 0xff0c || isCloser(c);
}

/** Dashes and hyphens. */
export function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

/**
 * Letter case of the code unit at `i` (`'upper'`, `'lower'`, `'other'` for uncased letters,
 * digits, symbols and offsets outside the text).
 */
export function caseAt(text: string, i: number): 'upper' | 'lower' | 'other' {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return 'other';
  if (c < 128) {
    if (c >= 65 && c <= 90) return 'upper';
    if (c >= 97 && c <= 122) return 'lower';
    return 'other';
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (UPPER.test(ch)) return 'upper';
  if (LOWER.test(ch)) return 'lower';
  return 'other';
}

/** True when the code unit at `i` starts a letter (any script); false outside the text. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** True for ASCII digits. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for a code unit that carries content: a letter, digit or symbol that is not punctuation of a sentence frame. */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !isSpace(c) && !isTerminal(c) && !isCloser(c) && !isOpener(c) && !isDash(c);
}

/**
 * Inline-code placeholders (`CODE_RANGE`: the characters, for a regular expression's class): texts imported from TMX/XLIFF hold each markup code (`<g>`, `<ph/>`, `<bpt>`) as
 * one private-use character (see shared/formats/codes.ts).
 */
export const CODE_RANGE = '\\ue000-\\uf8ff';
export const CODE_PLACEHOLDERS = new RegExp(`[${CODE_RANGE}]`, 'g');

/** True when a text holds more than inline-code placeholders and spaces: a target of codes alone is no translation. */
export function holdsText(s: string): boolean {
  return s.replace(CODE_PLACEHOLDERS, '').trim() !== '';
}

/** True for one inline-code placeholder character (see {@link CODE_PLACEHOLDERS}). */
export function isCodePlaceholder(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xe000 && c <= 0xf8ff;
}

/**
 * Sentences shown as one text: one space between two, none after a Chinese or Japanese sentence's full stop
 * (`销售额下降5%。成本上升3%。`, as the text is written).
 */
export function joinSentences(texts: readonly string[]): string {
  let out = '';
  texts.forEach((t, k) => {
    if (k > 0 && !endsWideSentence(texts[k - 1])) out += ' ';
    out += t;
  });
  return out;
}

/** Whether a sentence ends with `。！？` (`isWideTerminal`), closers after it (`isCloser`: `。」`) left aside: no space follows it. */
export function endsWideSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return i >= 0 && isWideTerminal(text.charCodeAt(i));
}
