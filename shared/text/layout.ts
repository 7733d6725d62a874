import * as chars from './chars';

// Local bindings: some loaders turn named imports into getters, a call per character in the hot loop.
const { isSpace } = chars;

/** One line of a text, end exclusive, without its line terminator. */
export interface Line {
  start: number;
  end: number;
  /** The line without leading and trailing whitespace; `contentStart === contentEnd` for a blank line. */
  contentStart: number;
  contentEnd: number;
}

/** A paragraph: a maximal run of non-blank lines. Offsets cover its trimmed text. */
export interface Paragraph {
  start: number;
  end: number;
  /** Indices into the line array of the paragraph's first and last line. */
  firstLine: number;
  lastLine: number;
}

/**
 * Splits `text` into lines at LF, CRLF and CR, and also at U+2028 and U+2029 unless
 * `unicodeSeparators` is false. A terminator at the very end of the text ends the last line
 * rather than starting an empty one (`"a\nb\n"` has two lines); an empty text has none.
 */
export function scanLines(text: string, unicodeSeparators = true): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // The next position of each terminator at or after i (n: none), found by the engine's native
  // search and looked for again only once passed: no loop over every character of the text.
  let lf = -1;
  let cr = -1;
  let ls = unicodeSeparators ? -1 : n;
  let ps = unicodeSeparators ? -1 : n;
  let i = 0;
  while (i < n) {
    if (lf < i) lf = nextOf(text, '\n', i);
    if (cr < i) cr = nextOf(text, '\r', i);
    if (ls < i) ls = nextOf(text, '\u2028', i);
    if (ps < i) ps = nextOf(text, '\u2029', i);
    const start = i;
    const end = Math.min(lf, cr, ls, ps);
    let contentStart = start;
    while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    if (contentStart === end) {
      contentStart = start;
      contentEnd = start;
    } else {
      while (isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    }
    lines.push({ start, end, contentStart, contentEnd });
    i = end;
    if (i < n) i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  return lines;
}

/** Index of the next `ch` in `text` at or after `from`, or the text's length when there is none. */
function nextOf(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}

/** Groups lines into paragraphs separated by blank (whitespace-only) lines. */
export function groupParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.contentStart === line.contentEnd) {
      current = undefined;
    } else if (current) {
      current.end = line.contentEnd;
      current.lastLine = k;
    } else {
      current = { start: line.contentStart, end: line.contentEnd, firstLine: k, lastLine: k };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

/** The blank-line separated paragraphs of `text`, as trimmed offset ranges (end exclusive). */
export function splitParagraphs(text: string): Array<{ start: number; end: number }> {
  return groupParagraphs(scanLines(text)).map(({ start, end }) => ({ start, end }));
}
