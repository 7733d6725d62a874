import { scanLines } from './layout';
import type { Sentence } from './types';

/**
 * Reads `text` as already segmented, one sentence per line (`--lines` mode): line `i` (0-based;
 * LF, CRLF or CR, not U+2028/U+2029; every line counts, empty or not) is sentence `i`, trimmed, with its offsets.
 * A whitespace-only line gives an empty sentence at the line's start. A terminator at the very
 * end of the text ends the last line rather than adding an empty one. `paragraph` counts
 * blank-line separated blocks; a blank line belongs to the block before it.
 */
export function splitLines(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let seenContent = false;
  let afterBlank = false;
  for (const line of scanLines(text, false)) {
    const blank = line.contentStart === line.contentEnd;
    if (blank) {
      afterBlank = seenContent;
      out.push({ text: '', start: line.start, end: line.start, paragraph });
      continue;
    }
    if (afterBlank) paragraph++;
    afterBlank = false;
    seenContent = true;
    out.push({
      text: text.slice(line.contentStart, line.contentEnd),
      start: line.contentStart,
      end: line.contentEnd,
      paragraph,
    });
  }
  return out;
}
