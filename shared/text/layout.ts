import * as chars from './chars';

// Local bindings: some loaders turn named imports into getters, a call per character in the hot loop.
const { isLineBreak, isSpace } = chars;

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
  let i = 0;
  while (i < n) {
    const start = i;
    let contentStart = -1;
    let contentEnd = start;
    let c = text.charCodeAt(i);
    while (i < n && c !== 10 && c !== 13 && !(unicodeSeparators && isLineBreak(c))) {
      if (!isSpace(c)) {
        if (contentStart < 0) contentStart = i;
        contentEnd = i + 1;
      }
      c = text.charCodeAt(++i);
    }
    if (contentStart < 0) {
      contentStart = start;
      contentEnd = start;
    }
    lines.push({ start, end: i, contentStart, contentEnd });
    if (i < n) i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  return lines;
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
