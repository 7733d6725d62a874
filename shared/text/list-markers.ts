import * as chars from './chars';
import type { Line } from './layout';

// Local bindings: some loaders turn named imports into getters.
const { isDigit, isSpace } = chars;

/** Bullet characters that open a list item when a space follows: `- • * · ▪ ◦ ‣ ● ○ ■ □ ► ➢ ✓ ✔ – —`. */
const BULLETS = new Set([
  0x2d, 0x2022, 0x2a, 0xb7, 0x25aa, 0x25e6, 0x2023, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x25ba, 0x27a2,
  0x2713, 0x2714, 0x2013, 0x2014,
]);

const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);

/**
 * If `line` starts with a list marker followed by whitespace (`- `, `• `, `1. `, `12) `, `a) `,
 * `b. `, `(3) `, `(c) `, `iv. `, `B) `), returns the offset just after the marker; otherwise -1.
 */
export function listMarkerEnd(text: string, line: Line): number {
  const cs = line.contentStart;
  const ce = line.contentEnd;
  if (ce - cs < 3) return -1;
  const c = text.charCodeAt(cs);
  if (BULLETS.has(c)) return spaceAt(text, cs + 1, ce);

  let i = cs;
  const bracketed = c === 40; // (
  if (bracketed) i++;
  const start = i;
  while (i < ce && i - start < 4 && isDigit(text.charCodeAt(i))) i++;
  if (i === start) {
    while (i < ce && i - start < 4 && isAsciiLetter(text.charCodeAt(i))) i++;
    const label = text.slice(start, i);
    const single = label.length === 1;
    const lower = label === label.toLowerCase();
    if (label.length === 0 || (!single && !(lower && ROMAN.has(label)))) return -1;
    const close = text.charCodeAt(i);
    // `a.` / `iv.` only in lower case: `J. K. Rowling` opens no list.
    if (close === 41) return spaceAt(text, i + 1, ce);
    if (close === 46 && lower && !bracketed) return spaceAt(text, i + 1, ce);
    return -1;
  }
  if (i - start > 3) return -1;
  const close = text.charCodeAt(i);
  if (close === 41 || (close === 46 && !bracketed)) return spaceAt(text, i + 1, ce);
  return -1;
}

/** `i` when the code unit at `i` (before `end`) is whitespace, else -1. */
function spaceAt(text: string, i: number, end: number): number {
  return i < end && isSpace(text.charCodeAt(i)) ? i : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
