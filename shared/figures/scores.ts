/**
 * Match scores and vote tallies (`2-0`, `3-1`, `6-3`, *6 berbanding 3*, "voted 54 to 28"): no count, no range, so the
 * figure reader leaves them out, but a score that changes between versions (`menang 3-1` ↔ "won 2-1")
 * is a changed figure. This module finds them, for the reader to skip and for the drift engine to
 * compare as a whole. Pure functions, no I/O.
 */
import { isDash, isSym, tokenize, type Token } from './tokens';

/** A score in a sentence: its two numbers and where it stands. */
export interface ScoreMention {
  /** The higher and the lower number (`1-3` and `3-1` are one score, told from either side). */
  high: number;
  low: number;
  /** The two numbers in the order written (`19-21`: 19, 21). */
  first: number;
  second: number;
  /** One of a list of scores, a comma or *dan* / `and` between them (`21-17, 19-21, 21-15`: the games of a match). */
  inList?: boolean;
  start: number;
  end: number;
}

/** Words joining the two numbers of a score said in words: *6 berbanding 3*, *2 banding 1*. */
const VERSUS = new Set(['berbanding', 'banding']);

const SMALL = /^\d{1,3}$/;

/** The word for nought in a score written with a dash (`3-nil`, British usage). */
const NIL = 'nil';

/** The number a token of a score stands for: its digits, or 0 for `nil`; NaN for anything else. */
function scoreNumber(t: Token | undefined): number {
  if (!t) return NaN;
  if (t.kind === 'num') return SMALL.test(t.raw) ? Number(t.raw) : NaN;
  return t.kind === 'word' && t.lower === NIL ? 0 : NaN;
}

/** Words right before a score that make a lower first number a result, not a range (`kalah 1-3`, "lost 1-3"). */
const RESULT_BEFORE = new Set(['kalah', 'menang', 'unggul', 'tertinggal', 'skor', 'imbang', 'seri', 'lost', 'won', 'beat', 'trailed', 'led', 'score', 'drew', 'vote', 'voted']);

/**
 * The English rendering of *berbanding*: `to` joins a score only right after a word of a result and
 * with the higher number first ("voted 54 to 28", "won 3 to 1"); elsewhere `5 to 10` is a range
 * ("won 5 to 10 percent" too) and `from 54 to 28` a change.
 */
const VERSUS_AFTER_RESULT = 'to';

/**
 * The end (exclusive) of a score starting at number token `i`, or null: two numbers of up to three
 * digits joined by a dash written without spaces, the first not below the second (a range goes up:
 * `3-5`) unless a word of a result comes before (`kalah 1-3`), and no further dash (a code has more
 * parts: `1-2-3`); or joined by *berbanding* / *banding*; or by `to` right after a word of a result
 * ("voted 54 to 28", the higher number first); with `colon`, also by a colon (`2:1`, one digit after it).
 */
export function scoreEndAt(tokens: readonly Token[], i: number, colon = true): number | null {
  const t = tokens[i];
  const second = tokens[i + 2];
  if (!t || t.kind !== 'num' || !SMALL.test(t.raw) || !second) return null;
  // `3-nil`: only with a dash and no spaces, and nothing glued after it
  if (second.kind === 'word' && second.lower === NIL) return isDash(tokens, i + 1) && !tokens[i + 1].space && !second.space && tokens[i + 3]?.raw !== '-' ? i + 3 : null;
  if (second.kind !== 'num' || !SMALL.test(second.raw)) return null;
  if (isDash(tokens, i + 1) && !tokens[i + 1].space && !second.space) {
    if (tokens[i + 3]?.raw === '-') return null;
    // a lower number first is a range (`3-5 tahun`), unless a word of a result comes right before (`kalah 1-3`) or it
    // goes on a list of scores (`21-17, 19-21, 21-15`: the games of a match, told from one side)
    const prev = tokens[i - 1];
    return Number(t.raw) >= Number(second.raw) || (prev?.kind === 'word' && RESULT_BEFORE.has(prev.lower)) || afterScore(tokens, i) ? i + 3 : null;
  }
  // `2:1`, `3:0`: a score or a ratio with a colon (a clock time has two digits after it)
  if (colon && isSym(tokens, i + 1, ':') && !tokens[i + 1].space && !second.space && /^\d{1,2}$/.test(t.raw) && /^\d$/.test(second.raw) && tokens[i + 3]?.raw !== ':') return i + 3;
  const joiner = tokens[i + 1];
  if (joiner.kind !== 'word') return null;
  if (VERSUS.has(joiner.lower)) return i + 3;
  const prev = tokens[i - 1];
  // a lower number first is a range even after a result word ("won 5 to 10 percent")
  const down = Number(t.raw) >= Number(second.raw);
  return down && joiner.lower === VERSUS_AFTER_RESULT && prev?.kind === 'word' && RESULT_BEFORE.has(prev.lower) ? i + 3 : null;
}

/** Token `i` follows a score of a list, a comma or *dan* / `and` between (`21-17, 19-21`, `6-4 dan 3-6`). */
function afterScore(tokens: readonly Token[], i: number): boolean {
  const sep = tokens[i - 1];
  if (!sep || !(isSym(tokens, i - 1, ',') || (sep.kind === 'word' && (sep.lower === 'dan' || sep.lower === 'and')))) return false;
  return i >= 4 && isDash(tokens, i - 3) && scoreEndAt(tokens, i - 4, false) === i - 1;
}

/** The scores of one sentence (offsets into it). */
export function scoresIn(sentence: string): ScoreMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const out: ScoreMention[] = [];
  try {
    const tokens = tokenize(sentence);
    for (let i = 0; i < tokens.length; i++) {
      // a number glued to letters or a dash before it is part of a code (`MH17-2`, `A-3-1`)
      const prev = tokens[i - 1];
      if (prev && !tokens[i].space && (prev.kind === 'word' || prev.kind === 'num' || isDash(tokens, i - 1))) continue;
      const end = scoreEndAt(tokens, i);
      if (end === null) continue;
      const x = scoreNumber(tokens[i]);
      const y = scoreNumber(tokens[i + 2]);
      const listed = afterScore(tokens, i);
      if (listed && out.length) out[out.length - 1].inList = true;
      out.push({ high: Math.max(x, y), low: Math.min(x, y), first: x, second: y, ...(listed ? { inList: true } : {}), start: tokens[i].start, end: tokens[end - 1].end });
      i = end - 1;
    }
  } catch {
    return [];
  }
  return out;
}
