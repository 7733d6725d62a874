/** Word tokens of a sentence with document offsets, and what lies between them. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased, diacritics kept. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (`BNPB`, `U.S.`). */
  acronym: boolean;
  /** The text between the previous token (or the sentence start) and this one. */
  gapBefore: string;
}

// Dotted abbreviations (U.S., U.N.) first, capitals joined by an ampersand (S&P, AT&T, P&G) as one
// name, then words with inner apostrophes and hyphens.
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const parts = splitCompound(m[0]);
    if (parts) {
      let at = m.index;
      parts.forEach((part, k) => {
        out.push(token(part, start + at, k === 0 ? slice.slice(last, m!.index) : '-'));
        at += part.length + 1;
      });
      last = m.index + m[0].length;
      continue;
    }
    const word = m[0];
    out.push(token(word, start + m.index, slice.slice(last, m.index)));
    last = m.index + word.length;
  }
  return out;
}

/** `Rusia-Korea` is two names; `Bangsa-Bangsa` (a reduplication) and `al-Assad` stay one word. */
function splitCompound(word: string): string[] | null {
  if (!word.includes('-') && !word.includes('‐')) return null;
  // `Australian-led`, `Dubai-based`: the name, then an ordinary word.
  const tail = /^(\p{Lu}[\p{L}\p{M}]*)[-‐](\p{Ll}[\p{L}\p{M}\p{N}-]*)$/u.exec(word);
  if (tail) return [tail[1], tail[2]];
  const parts = word.split(/[-‐]/);
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) return null;
  if (parts.every((p) => p.toLowerCase() === parts[0].toLowerCase())) return null;
  return parts;
}

function token(word: string, at: number, gapBefore: string): Token {
  const lower = word.toLowerCase();
  // most words are plain lower-case letters: no capital, no acronym (the tests below give the same)
  if (lower === word && LOWER_WORD.test(word)) return { text: word, start: at, end: at + word.length, lower, cap: false, acronym: false, gapBefore };
  const letters = word.replace(/[^\p{L}]/gu, '');
  return {
    text: word,
    start: at,
    end: at + word.length,
    lower,
    cap: /^\p{Lu}/u.test(word),
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
    gapBefore,
  };
}

/** A word of ASCII lower-case letters, digits and inner apostrophes or hyphens only. */
const LOWER_WORD = /^[a-z0-9'’\-‐]+$/;

/** True when the gap between two tokens is plain space (the tokens may belong to one name). */
export function plainGap(gap: string): boolean {
  return /^[ \t\u00a0]+$/.test(gap);
}
