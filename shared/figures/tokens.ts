/**
 * The tokenizer behind figure extraction: one linear pass over the text that cuts it into
 * letter runs (`word`), digit runs with inner `.`/`,` separators (`num`) and single other
 * characters (`sym`). Hyphens, slashes and the like stay separate tokens; the grammar looks at
 * `space` (was there whitespace before the token?) to tell `COVID-19` from `dua - 5.000`.
 */
import { isSpace } from '../text/chars';
import { Memo } from '../text/memo';

export type TokenKind = 'word' | 'num' | 'sym';

export interface Token {
  kind: TokenKind;
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower-cased `raw` for words; `raw` otherwise. */
  lower: string;
  /** Whitespace, or the start of the text, comes right before the token. */
  space: boolean;
  /** A line break, or the start of the text, comes before the token. */
  line: boolean;
}

const LETTER_RE = /^[\p{L}\p{M}]$/u;

/** True for the whitespace characters the scanner skips: what `trim` removes, plus the zero-width space. */
export function isSpaceCode(c: number): boolean {
  return c === 0x200b || isSpace(c);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The spaces that group thousands inside one number (thin, narrow no-break, figure, zero-width). */
export function isGroupSpaceCode(c: number): boolean {
  return c === 0x2009 || c === 0x202f || c === 0x2007 || c === 0x200b;
}

/** Exactly three digits at `i`, not followed by a fourth. */
function threeDigitsAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2)) && !isDigitCode(text.charCodeAt(i + 3));
}

/** Width (1 or 2 code units) of the letter at `i`, or 0 when the character is not a letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // Soft hyphen and zero-width joiners stay inside words.
  if (c === 0xad || c === 0x200c || c === 0x200d) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_RE.test(text[i]) ? 1 : 0;
}

/**
 * Cuts `text` into tokens in one pass. Never throws; an empty text gives no tokens. The tokens of
 * the last few texts are kept: the comparison reads each sentence of a bead for weekdays, scores
 * and labelled numbers in turn. Callers only read the tokens (the list is shared).
 */
export function tokenize(text: string): readonly Token[] {
  return recent.get(text, tokenizeOnce);
}

/** The tokens of recently tokenized texts. */
const recent = new Memo<Token[]>(64);

function tokenizeOnce(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  let line = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      space = true;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) line = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigitCode(c)) {
      kind = 'num';
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      // thousands grouped with a thin, narrow, figure or zero-width space: 10 000, 1 250 000
      if (i - start <= 3) {
        while (isGroupSpaceCode(text.charCodeAt(i)) && threeDigitsAt(text, i + 1)) i += 4;
      }
      for (;;) {
        const s = text.charCodeAt(i);
        if ((s === 46 || s === 44) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          i += 2;
          while (i < n && isDigitCode(text.charCodeAt(i))) i++;
        } else break;
      }
    } else {
      let w = letterWidth(text, i);
      if (w > 0) {
        kind = 'word';
        i += w;
        while (i < n && (w = letterWidth(text, i)) > 0) i += w;
        if (isThaiCode(c)) {
          pushThaiWords(tokens, text, start, i, space, line);
          space = false;
          line = false;
          continue;
        }
      } else {
        kind = 'sym';
        const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
        i += hi && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      }
    }
    const raw = text.slice(start, i);
    if (kind === 'num' && COMMA_LIST.test(raw) && !COMMA_GROUPED.test(raw)) {
      pushCommaList(tokens, raw, start, space, line);
    } else {
      tokens.push({ kind, start, end: i, raw, lower: kind === 'word' ? raw.toLowerCase() : raw, space, line });
    }
    space = false;
    line = false;
  }
  return tokens;
}

/** Thai scale words and their values (other-languages.ts reads them): one word each, though a word breaker parts `พันล้าน` in two. */
export const THAI_SCALE_WORDS: ReadonlyArray<[string, number]> = [['พัน', 1e3], ['หมื่น', 1e4], ['แสน', 1e5], ['ล้าน', 1e6], ['พันล้าน', 1e9], ['หมื่นล้าน', 1e10], ['แสนล้าน', 1e11], ['ล้านล้าน', 1e12]];
/** The same words, longest first. */
const THAI_SCALES = THAI_SCALE_WORDS.map(([w]) => w).sort((x, y) => y.length - x.length);
const THAI_SCALES_SET: ReadonlySet<string> = new Set(THAI_SCALES);

function isThaiCode(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0e7f;
}

/** The Thai word breaker (a dictionary one, from the platform's Unicode data), made at first need; null where there is none. */
let thaiWords: Intl.Segmenter | null | undefined;
function thaiSegmenter(): Intl.Segmenter | null {
  if (thaiWords === undefined) thaiWords = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  return thaiWords;
}

/**
 * Thai writes the words of a phrase with no space between (`1,200 คนรวมตัวกัน`, `3.4 ล้านบาทในการ…`): the letter
 * run `text[start, end)` is pushed as its words, so that a number's counted thing is its classifier (`คน`),
 * its scale word (`ล้าน`) or its currency (`บาท`), not the rest of the clause. A scale word is kept whole
 * (`พันล้าน`, a thousand million). Without a word breaker the run is one word.
 */
function pushThaiWords(tokens: Token[], text: string, start: number, end: number, space: boolean, line: boolean): void {
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    tokens.push({ kind: 'word', start: from, end: to, raw, lower: raw, space: from === start ? space : false, line: from === start ? line : false });
  };
  const words = thaiSegmenter();
  if (!words) return push(start, end);
  // (a scale word right after digits is one even inside a longer word the breaker keeps whole: `3,4 ล้านคน`)
  const afterNumber = tokens.length > 0 && tokens[tokens.length - 1].kind === 'num';
  let at = start;
  for (const part of words.segment(text.slice(start, end))) {
    const partEnd = start + part.index + part.segment.length;
    while (at < partEnd) {
      const from = at;
      const scale = THAI_SCALES_SET.has(part.segment) || (afterNumber && from === start) ? THAI_SCALES.find((w) => text.startsWith(w, from) && from + w.length <= end) : undefined;
      at = scale ? from + scale.length : partEnd;
      push(from, at);
    }
  }
}

/** Three or more short digit groups joined by commas alone (`6,9,12`, `2,4,10,20`). */
const COMMA_LIST = /^\d{1,3}(?:,\d{1,3}){2,}$/;
/**
 * The same groups read as thousands (`1,250,000`), or as thousands with the decimal typed as a comma too
 * (`13,526,63`, an index level): every inner group three digits long. One number, not a list.
 */
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:,\d{1,2})?$/;

/**
 * `6,9,12` written without spaces: no number has two decimal commas, and inner groups that are not three
 * digits long are not thousands, so it is a list of small numbers typed in a hurry (*usia 2, 6,9,12
 * dan 18 bulan*). Pushes each number and each comma as its own token, at their own offsets.
 */
function pushCommaList(tokens: Token[], raw: string, start: number, space: boolean, line: boolean): void {
  let at = start;
  raw.split(',').forEach((part, k) => {
    if (k > 0) {
      tokens.push({ kind: 'sym', start: at, end: at + 1, raw: ',', lower: ',', space: false, line: false });
      at++;
    }
    tokens.push({ kind: 'num', start: at, end: at + part.length, raw: part, lower: part, space: k === 0 && space, line: k === 0 && line });
    at += part.length;
  });
}

/** True when token `i` is the symbol `ch`. */
export function isSym(tokens: readonly Token[], i: number, ch: string): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'sym' && t.raw === ch;
}

/** True when an English possessive (`'s`, `’s`) is glued to the token before `i`: tokens i and i + 1. */
export function possessiveAt(tokens: readonly Token[], i: number): boolean {
  const apo = tokens[i];
  const s = tokens[i + 1];
  return !!apo && !apo.space && (apo.raw === "'" || apo.raw === '\u2019') && !!s && !s.space && s.lower === 's';
}

/** True for the dash characters used between numbers (hyphen, en dash, em dash, minus). */
export function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'sym' && (t.raw === '-' || t.raw === '–' || t.raw === '—' || t.raw === '‐' || t.raw === '−');
}

/**
 * Consecutive words from token `i` on, as the number-word grammars read them: words separated by
 * whitespace, or joined by a hyphen written without spaces (`twenty-one`, `kira-kira`).
 * `toks[k]` is the token index of `words[k]`; `joined[k]` tells that word k hangs on word k-1 by a hyphen.
 */
export interface WordRun {
  words: string[];
  raw: string[];
  toks: number[];
  joined: boolean[];
}

/**
 * Collects up to `max` words from token `i` (see {@link WordRun}). With `keep`, the run also
 * ends two words after the first word that `keep` refuses (enough lookahead for the grammars).
 */
export function wordRun(tokens: readonly Token[], i: number, max: number, keep?: (w: string) => boolean): WordRun {
  const run: WordRun = { words: [], raw: [], toks: [], joined: [] };
  let k = i;
  let extra = 2;
  while (k < tokens.length && run.words.length < max) {
    if (keep && run.words.length > 0 && !keep(run.words[run.words.length - 1]) && --extra < 0) break;
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (run.words.length > 0 && !t.space) break; // glued without hyphen: e.g. after an apostrophe-less join
    run.words.push(t.lower);
    run.raw.push(t.raw);
    run.toks.push(k);
    run.joined.push(false);
    const h = tokens[k + 1];
    const nx = tokens[k + 2];
    if (h && h.kind === 'sym' && (h.raw === '-' || h.raw === '‐') && !h.space && nx && nx.kind === 'word' && !nx.space) {
      // a hyphen inside a compound: the next word is joined
      if (run.words.length >= max) break;
      run.words.push(nx.lower);
      run.raw.push(nx.raw);
      run.toks.push(k + 2);
      run.joined.push(true);
      // continue after the joined word, allowing further hyphen joins
      let m = k + 2;
      for (;;) {
        const h2 = tokens[m + 1];
        const n2 = tokens[m + 2];
        if (run.words.length < max && h2 && h2.kind === 'sym' && (h2.raw === '-' || h2.raw === '‐') && !h2.space && n2 && n2.kind === 'word' && !n2.space) {
          run.words.push(n2.lower);
          run.raw.push(n2.raw);
          run.toks.push(m + 2);
          run.joined.push(true);
          m += 2;
        } else break;
      }
      k = m + 1;
      continue;
    }
    k++;
  }
  return run;
}
