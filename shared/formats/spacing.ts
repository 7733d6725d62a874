/**
 * A segment's own spacing (runs of spaces, line breaks, a space at either end, no space between a
 * code and the next sentence), which the sentences read from it do not keep: kept at import where it
 * differs, written back on export while the sentences still read as they did (TMX).
 */
import { BREAK, sentencesOf } from './import-common';
import { SENTENCE_JOINER } from './model';
import { MAX_NOTE } from '../project/limits';

/**
 * The segment text `raw` (as `readInline` gives it) when its spacing is not that of its sentences
 * joined by a space, to be written back as it was; else undefined.
 */
export function spacingOf(raw: string, preserve: boolean): string | undefined {
  // (a segment longer than a project keeps in one field is written with plain spacing)
  if (raw.length > MAX_NOTE) return undefined;
  return raw.split(BREAK).join('') === sentencesOf(raw, preserve).sentences.join(SENTENCE_JOINER) ? undefined : raw;
}

/**
 * The text to write for a side whose sentences are `sentences`: the segment text as the file wrote it
 * (`written`, breaks taken out) while the sentences still read as they did from it, else undefined.
 */
export function writtenAsRead(sentences: readonly string[], written: string | undefined, preserve: boolean | undefined): string | undefined {
  if (written === undefined) return undefined;
  return sentences.join(SENTENCE_JOINER) === sentencesOf(written, !!preserve).sentences.join(SENTENCE_JOINER) ? written.split(BREAK).join('') : undefined;
}
