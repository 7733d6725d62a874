/**
 * A segment's own spacing (runs of spaces, line breaks, a space at either end, no space between a
 * code and the next sentence), which the sentences read from it do not keep: kept at import where it
 * differs (TMX; XLIFF under `xml:space="preserve"`), written back on export, in any of these formats,
 * while the sentences still read as they did.
 */
import { BREAK, sentencesOf } from './import-common';
import { SENTENCE_JOINER, writtenText } from './model';
import { MAX_NOTE } from '../project/limits';
import type { BeadOrigin, GapHome } from '../align/types';
import type { InlineCode } from '../project/types';
import { codeIndex, isBreak } from './codes';

/**
 * The segment text `raw` (as `readInline` gives it) when its spacing is not what an export writes of its
 * sentences (joined by a space, or by nothing after a code that `dropsJoiner`, a line break: see
 * `writtenText`), to be written back as it was; else undefined.
 */
export function spacingOf(raw: string, preserve: boolean, dropsJoiner: (ch: string) => boolean = () => false): string | undefined {
  // (a segment longer than a project keeps in one field is written with plain spacing)
  if (raw.length > MAX_NOTE) return undefined;
  const sentences = sentencesOf(raw, preserve).sentences;
  let written = '';
  sentences.forEach((t, k) => {
    if (k > 0) written += dropsJoiner(sentences[k - 1].slice(-1)) ? '' : SENTENCE_JOINER;
    written += t;
  });
  return raw.split(BREAK).join('') === written ? undefined : raw;
}

/**
 * The text to write for a side whose sentences are `sentences`: the segment text as the file wrote it
 * (`written`, breaks taken out) while the sentences still read as they did from it, else undefined.
 */
export function writtenAsRead(sentences: readonly string[], written: string | undefined, preserve: boolean | undefined): string | undefined {
  return writtenSide(sentences, written, preserve)?.text;
}

/**
 * {@link writtenAsRead}, with where each offset into the sentences joined by a space (where an
 * export's mismatch spans point) falls in that text: `at(i)` for a span's start, `at(i - 1) + 1` for its end.
 */
export function writtenSide(sentences: readonly string[], written: string | undefined, preserve: boolean | undefined): { text: string; at: (i: number) => number } | undefined {
  if (written === undefined) return undefined;
  const read = sentencesOf(written, !!preserve);
  const joined = sentences.join(SENTENCE_JOINER);
  if (joined !== read.sentences.join(SENTENCE_JOINER)) return respaced(sentences, written, read);
  let text = '';
  const inv = new Int32Array(joined.length).fill(-1);
  for (let i = 0; i < written.length; i++) {
    if (written[i] === BREAK) continue;
    const j = read.map(i);
    if (j < joined.length && inv[j] < 0 && written[i] === joined[j]) inv[j] = text.length;
    text += written[i];
  }
  // (a joiner that stands for no character of the text: just after the character before it)
  for (let j = 0; j < inv.length; j++) if (inv[j] < 0) inv[j] = j > 0 ? inv[j - 1] + 1 : 0;
  return { text, at: (i) => (i >= joined.length ? text.length : inv[Math.max(0, i)]) };
}

/**
 * `writtenSide` of sentences an edit changed since the file was read, as many as it read: the file's spacing
 * before, between and after them kept, each sentence still as read written as the file had it (its line breaks),
 * each changed one as it reads now. Undefined when their number changed.
 */
function respaced(sentences: readonly string[], written: string, read: ReturnType<typeof sentencesOf>): ReturnType<typeof writtenSide> {
  const n = sentences.length;
  if (n === 0 || read.sentences.length !== n) return undefined;
  // where each sentence as read starts in the read sentences joined, and the stretch of `written` it came from
  const readStart: number[] = [];
  let at = 0;
  for (const t of read.sentences) {
    readStart.push(at);
    at += t.length + SENTENCE_JOINER.length;
  }
  const readJoined = read.sentences.join(SENTENCE_JOINER);
  const first = new Array<number>(n).fill(-1);
  const last = new Array<number>(n).fill(-1);
  let k = 0;
  for (let i = 0; i < written.length; i++) {
    if (written[i] === BREAK) continue;
    const j = read.map(i);
    if (j >= readJoined.length || written[i] !== readJoined[j]) continue;
    while (k + 1 < n && j >= readStart[k + 1]) k++;
    if (j < readStart[k] || j >= readStart[k] + read.sentences[k].length) continue;
    if (first[k] < 0) first[k] = i;
    last[k] = i + 1;
  }
  if (first.some((x) => x < 0)) return undefined;
  const plain = (x: string) => x.split(BREAK).join('');
  const joined = sentences.join(SENTENCE_JOINER);
  const inv = new Int32Array(joined.length).fill(-1);
  let text = '';
  let from = 0;
  let newStart = 0;
  for (let q = 0; q < n; q++) {
    text += plain(written.slice(from, first[q]));
    if (sentences[q] === read.sentences[q]) {
      // (as the file wrote it: each of its characters where it stands there)
      for (let i = first[q]; i < last[q]; i++) {
        if (written[i] === BREAK) continue;
        const j = read.map(i) - readStart[q];
        if (j >= 0 && j < sentences[q].length && inv[newStart + j] < 0 && written[i] === sentences[q][j]) inv[newStart + j] = text.length;
        text += written[i];
      }
    } else {
      for (let c = 0; c < sentences[q].length; c++) inv[newStart + c] = text.length + c;
      text += sentences[q];
    }
    from = last[q];
    newStart += sentences[q].length + SENTENCE_JOINER.length;
  }
  text += plain(written.slice(from));
  for (let j = 0; j < inv.length; j++) if (inv[j] < 0) inv[j] = j > 0 ? inv[j - 1] + 1 : 0;
  return { text, at: (i) => (i >= joined.length ? text.length : inv[Math.max(0, i)]) };
}

/**
 * The origin fields that keep an XLIFF side's own spacing (`writtenA`, `preserveA`; `B`). Text read under
 * `xml:space="preserve"` has spacing of its own; elsewhere a run of whitespace is one space, but where
 * one stands or not still counts (a space after a line-break code, none between a code and the next
 * sentence): that text is kept with its runs made one space, without `preserve`.
 */
export function xliffSpacing(side: 'A' | 'B', raw: string | undefined, preserve: boolean, dropsJoiner?: (ch: string) => boolean): Pick<BeadOrigin, 'writtenA' | 'writtenB' | 'preserveA' | 'preserveB'> {
  if (raw === undefined || raw.trim() === '') return {};
  if (preserve) {
    const written = spacingOf(raw, true, dropsJoiner);
    return written === undefined ? {} : { [`written${side}`]: written, [`preserve${side}`]: true };
  }
  const plain = spacingOf(raw.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, ''), false, dropsJoiner);
  return plain === undefined ? {} : { [`written${side}`]: plain };
}

/**
 * {@link writtenSide} as the XLIFF writers use it: they write under `xml:space="preserve"`, so a side read
 * so (`preserveA`/`preserveB`) has spacing of its own to give back, a side of an XLIFF file read without it
 * the spaces `xliffSpacing` kept, and a TMX segment its spacing within (a line break, a tab, a run of spaces)
 * and at its ends (`<seg>  Two.  </seg>`), except whitespace at an end that holds a line break: a TMX without
 * `xml:space` may have that from being laid out (`<seg>\n    Two.\n  </seg>`).
 */
export function xliffWrittenSide(sentences: readonly string[], o: BeadOrigin | undefined, side: 'A' | 'B'): ReturnType<typeof writtenSide> {
  if (o?.[`preserve${side}`]) return writtenSide(sentences, o[`written${side}`], true);
  if (o?.format === 'tmx') return writtenSide(sentences, o[`written${side}`]?.replace(/^\s*\n\s*|\s*\n\s*$/g, ''), false);
  return o?.format === 'xliff-1.2' || o?.format === 'xliff-2' ? writtenSide(sentences, o[`written${side}`], false) : undefined;
}

/** `dropsJoiner` of {@link spacingOf} for a side's codes: a placeholder of a line-break code (`isBreak`). */
export function breakCodeOf(codes: readonly InlineCode[]): (ch: string) => boolean {
  return (ch) => {
    const c = codes[codeIndex(ch)];
    return !!c && isBreak(c);
  };
}

/** Spans over a side's sentences joined by a space, moved onto its written text (`writtenSide`). */
export function spansInWritten<T extends { start: number; end: number }>(spans: readonly T[], w: { at: (i: number) => number }): T[] {
  return spans.map((sp) => ({ ...sp, start: w.at(sp.start), end: sp.end > sp.start ? w.at(sp.end - 1) + 1 : w.at(sp.start) }));
}

/**
 * The own spacing of each segment of a unit of several (`segmentWritten`: a line break inside a segment, the
 * whitespace the first one opens with under `preserve`), '' where a segment has none; undefined when no segment has any. `texts` are the segments' texts as read.
 * A side read without `xml:space="preserve"` has its runs of whitespace made one space, but where one
 * stands or not still counts (a space after a line-break code), as `xliffSpacing` keeps it.
 */
export function segmentSpacingOf(texts: ReadonlyArray<[string, string]>, preserve: [boolean, boolean], dropsJoiner: [(ch: string) => boolean, (ch: string) => boolean]): Array<[string, string]> | undefined {
  // (the first segment keeps the whitespace it opens with, under `preserve`: no gap holds it)
  const own = (t: string, side: 0 | 1, k: number) => {
    if (t.trim() === '') return '';
    if (preserve[side]) return spacingOf(k === 0 ? t.replace(/\s+$/, '') : t.replace(/^\s+|\s+$/g, ''), true, dropsJoiner[side]) ?? '';
    return spacingOf(t.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, ''), false, dropsJoiner[side]) ?? '';
  };
  const out = texts.map(([a, b], k): [string, string] => [own(a, 0, k), own(b, 1, k)]);
  return out.some(([a, b]) => a !== '' || b !== '') ? out : undefined;
}

/**
 * A side's segment parts (`counts` sentences each, from the first of `sentences`) with each part's own
 * spacing put back (the origin's `segmentWritten` of that side, while it has one per part) while its
 * sentences read as they did, its spans moved on it.
 */
export function partsInOwnSpacing<P extends { text: string; spans: ReadonlyArray<{ start: number; end: number }> }>(
  parts: P[],
  sentences: readonly string[],
  counts: readonly number[],
  o: BeadOrigin | undefined,
  side: 0 | 1,
): P[] {
  const written = o?.segmentWritten?.length === parts.length ? o.segmentWritten : undefined;
  if (!written) {
    // (a unit of one segment keeps its spacing as the unit's own, `writtenA`/`writtenB`)
    const one = parts.length === 1 ? xliffWrittenSide(sentences, o, side ? 'B' : 'A') : undefined;
    return one ? [{ ...parts[0], text: one.text, spans: spansInWritten(parts[0].spans, one) }] : parts;
  }
  let first = 0;
  return parts.map((p, k) => {
    const n = counts[k] ?? 0;
    const own = n > 0 ? written[k][side] || undefined : undefined;
    const w = own ? writtenSide(sentences.slice(first, first + n), own, true) : undefined;
    first += n;
    return w ? { ...p, text: w.text, spans: spansInWritten(p.spans, w) } : p;
  });
}

/**
 * Where the whitespace after each of a unit's segments is written on one side, as the file had it (`homes`, the
 * origin's `gapHomes` of that side): `trail[k]` inside segment k at its end, `lead[k]` inside segment k at its start,
 * `between[k]` after segment k, outside it (XLIFF 2: an `<ignorable>`). A segment `blank(k)` on this side holds none:
 * a gap that stood in it stays between.
 */
export function placedGaps(gaps: readonly string[], homes: readonly GapHome[] | undefined, blank: (k: number) => boolean): { lead: string[]; trail: string[]; between: string[] } {
  const n = gaps.length;
  const lead = gaps.map(() => '');
  const trail = gaps.map(() => '');
  const between = [...gaps];
  for (let k = 0; k < n; k++) {
    const home = homes?.[k] ?? '';
    if (home === 'end' && !blank(k)) [trail[k], between[k]] = [gaps[k], ''];
    else if (home === 'start' && k + 1 < n && !blank(k) && !blank(k + 1)) [lead[k + 1], between[k]] = [gaps[k], ''];
  }
  return { lead, trail, between };
}

/**
 * What {@link segmentsAsRead} writes a unit of `n` sentences on `side` from, when it writes one: its segments' counts, their
 * own spacing and the whitespace between them. Undefined when the sentences are written joined by a space (a unit of one
 * segment, segments that no longer fit the sentences, nothing of their own): an export then marks them as it marks any.
 */
export function segmentsApart(o: BeadOrigin | undefined, side: 0 | 1, n: number) {
  const counts = o?.segments;
  if (!counts || counts.length < 2 || counts.reduce((m, c) => m + c[side], 0) !== n) return undefined;
  const written = o?.segmentWritten?.length === counts.length ? o.segmentWritten : undefined;
  const gaps = o?.gaps?.length === counts.length ? o.gaps : undefined;
  if (!written && !gaps?.some((g, k) => k < counts.length - 1 && g[side] !== SENTENCE_JOINER)) return undefined;
  return { counts, written, gaps };
}

/**
 * The text of a unit of several XLIFF segments written as one (a TMX `<seg>`, a CSV cell), while its sentences read
 * as they did: each segment as the file wrote it (`segmentWritten`: a space after a line-break code, a line break) or
 * its sentences joined, the segments joined by the whitespace the file had between them (`gaps`: none between two
 * Chinese sentences, `销售额下降5%。成本上升3%。`; else a space). Undefined for a unit of one segment, one whose
 * segments no longer fit its sentences, or one that has nothing of its own (a space between each two segments).
 */
export function segmentsAsRead(sentences: readonly string[], o: BeadOrigin | undefined, side: 0 | 1, codes: readonly InlineCode[]): string | undefined {
  return segmentsWritten(sentences, o, side, codes)?.text;
}

/**
 * {@link segmentsAsRead}'s text and, when every segment is its sentences joined (none written in a form of its own),
 * `at`: where an offset into the sentences joined by a space falls in that text, so that a mark on them keeps its place
 * (`spansInWritten`).
 */
export function segmentsWritten(
  sentences: readonly string[],
  o: BeadOrigin | undefined,
  side: 0 | 1,
  codes: readonly InlineCode[],
): { text: string; at?: (i: number) => number } | undefined {
  const apart = segmentsApart(o, side, sentences.length);
  if (!apart) return undefined;
  const { counts, written, gaps } = apart;
  let first = 0;
  let text = '';
  let gap = '';
  // (where each sentence starts in the text, while every segment is its sentences joined)
  let starts: number[] | undefined = [];
  counts.forEach((c, k) => {
    const part = sentences.slice(first, first + c[side]);
    first += c[side];
    if (!part.length) return;
    const own = written?.[k][side] ? writtenAsRead(part, written[k][side], true) : undefined;
    if (text) text += gap;
    if (written?.[k][side]) starts = undefined;
    let at = text.length;
    for (const x of part) {
      starts?.push(at);
      at += x.length + SENTENCE_JOINER.length;
    }
    text += own ?? writtenText({ indices: [], sentences: [...part], text: part.join(SENTENCE_JOINER), offsets: [] }, codes);
    gap = gaps?.[k][side] ?? SENTENCE_JOINER;
    // (the whitespace after the last segment, as the file had it)
    if (k === counts.length - 1 && gaps) text += gap;
  });
  const found: readonly number[] | undefined = starts;
  if (!found || found.length !== sentences.length) return { text };
  // (the offsets of the sentences joined by a space, against which marks are counted)
  const joined: number[] = [];
  let j = 0;
  for (const x of sentences) {
    joined.push(j);
    j += x.length + SENTENCE_JOINER.length;
  }
  const at = (i: number): number => {
    let k = 0;
    while (k + 1 < joined.length && joined[k + 1] <= i) k++;
    return found[k] + Math.min(i - joined[k], sentences[k].length);
  };
  return { text, at };
}
