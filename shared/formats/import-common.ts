/** What the TMX and XLIFF importers share: building the two texts, beads and annotations. */
import { readOwnNoteId } from './own-marks';
import { cleanXmlChars, parseJsonFromXml } from './xml';
import { CODE_PLACEHOLDERS } from '../text/chars';
import type { Annotation, AnnotationTarget, FileOrigin, Verdict, Severity, IssueCategory } from '../project/types';
import { ITS_ISSUE_TYPES, VERDICTS } from '../project/types';
import type { Bead, BeadOrigin, GapHome } from '../align/types';
import { figureLangOf, primaryLang } from './lang-tags';
import { detectLang, detectOtherLang } from '../text';
import { languageOfText } from '../text/lang';
import type { Lang } from '../text/types';
import type { BilingualImportResult, FormatNotice, ImportedBilingual, ImportedVersion, XmlImportError, XmlImportErrorCode } from './types';
import type { Figure } from '../figures/types';
import type { MismatchKind } from '../drift/types';
import { mismatchKey } from '../drift/compare';
import { readXml, MAX_XML_DEPTH, type XmlElement } from './xml-read';
import { refused } from '../errors';
import { decodeFields, encodeAnnotation, indexesOf, SENTENCE_JOINER } from './model';
import { CodeSink } from './codes';

const KEYS: Record<XmlImportErrorCode, string> = {
  malformed: 'errors.xml.malformed',
  unsafe: 'errors.xml.unsafe',
  'too-large': 'errors.xml.tooLarge',
  'too-deep': 'limits.xmlTooDeep',
  'wrong-format': 'errors.xml.wrongFormat',
  'unsupported-version': 'errors.xml.unsupportedVersion',
  empty: 'errors.xml.empty',
  invalid: 'errors.xml.invalidFile',
  'no-language': 'errors.xml.noLanguage',
};

/** A refusal with its i18n key. */
export function xmlError(code: XmlImportErrorCode, name: string, message: string, extra: Record<string, string | number> = {}): XmlImportError {
  return refused(code, KEYS[code], name, message, extra);
}

/** `en-US` → `en`; languages figure analysis does not read → null. */
export const toLang = figureLangOf;

/**
 * The analysis language of a side: its tag's, except for a tag that only marks a second version of side A's
 * language (`en-x-b`: a file that names no target language, or Selaras's own export of two versions in one
 * language), whose language is read from its text, so an Indonesian target of an English file without a
 * `target-language` is not read as English.
 */
function langOfSide(tag: string, text: string): Lang | null {
  const lang = toLang(tag);
  // (a side with no text at all, a file of one language, keeps its tag's language: nothing to tell it by)
  return lang !== null && /-x-b$/i.test(tag) && text.trim() !== '' ? detectLang(text) : lang;
}

/** Indonesian or English when the text's function words say so (`detectLang` says English when they say nothing). */
function idOrEn(text: string): Lang | undefined {
  if (detectLang(text) === 'id') return 'id';
  return languageOfText(text) === 'en' ? 'en' : undefined;
}

/** Words a text needs before its language is told by them (`detectOtherLang`). */
const MIN_WORDS_TO_TELL = 25;

/** Whether `text` holds MIN_WORDS_TO_TELL words (counted to there only: a side may be a whole book). */
function enoughWords(text: string): boolean {
  const word = /\p{L}+/gu;
  let n = 0;
  while (n < MIN_WORDS_TO_TELL && word.exec(text)) n++;
  return n >= MIN_WORDS_TO_TELL;
}

/**
 * The text of a side of Selaras's own unit as its sentences read it: where the segment is the text
 * the origin says the first file wrote (its own spacing, given back on export; an XLIFF export writes
 * a TMX segment's without the whitespace at its ends), the sentences that text gave; else the segment
 * as it is.
 */
export function asFirstRead(raw: string, origin: BeadOrigin | null, side: 'A' | 'B', lengths?: number[] | null): string {
  const written = origin?.[`written${side}`];
  // (codes may be numbered anew in this reading: any code stands for any)
  const plain = (x: string) => x.split(BREAK).join('').replace(CODE_PLACEHOLDERS, '\uE000');
  if (!origin || written === undefined) return raw;
  const same = plain(raw) === plain(written);
  if (!same && plain(raw).trim() !== plain(written).trim()) return raw;
  if (same) origin[`written${side}`] = raw;
  const preserve = !!origin[`preserve${side}`];
  const first = sentencesOf(raw, preserve).sentences;
  // (a code this format reads as ending a sentence where the first file's did not, `bay.<ept/>Cargo` from XLIFF's
  // `bay.</g>Cargo`: the reading without that break, where its sentences have the recorded lengths, or are one
  // where none are recorded)
  const fits = (list: string[]) => (lengths?.length ? list.length === lengths.length && list.every((x, k) => x.length === lengths[k]) : list.length === 1);
  if (raw.includes(BREAK) && !fits(first)) {
    // (each break left out in turn, then all: a few readings, however long the segment)
    const tries: string[] = [];
    for (let k = raw.indexOf(BREAK); k >= 0 && tries.length < 16; k = raw.indexOf(BREAK, k + 1)) tries.push(raw.slice(0, k) + raw.slice(k + 1));
    tries.push(raw.split(BREAK).join(''));
    for (const t of tries) {
      const list = sentencesOf(t, preserve).sentences;
      if (fits(list)) return list.join(SENTENCE_JOINER);
    }
  }
  return first.join(SENTENCE_JOINER);
}

/** Splits a joined bead side back into sentences when `lengths` fits it exactly. */
export function splitByLengths(text: string, lengths: number[] | null): string[] {
  if (text === '') return [];
  if (!lengths || lengths.length < 2) return [text];
  const total = lengths.reduce((n, l) => n + l, 0) + SENTENCE_JOINER.length * (lengths.length - 1);
  if (total !== text.length || lengths.some((l) => !Number.isInteger(l) || l < 0)) return [text];
  const out: string[] = [];
  let at = 0;
  for (const l of lengths) {
    out.push(text.slice(at, at + l));
    at += l + SENTENCE_JOINER.length;
  }
  return out;
}

/**
 * Sentences of a side Selaras wrote, cut by the recorded lengths: a break code read as a break
 * (`BREAK`) is dropped, or, where the export left out the joiner after it, stands for it. A side
 * another tool edited, which the lengths no longer fit, is cut at its file's segments (`segments`,
 * the non-empty ones) and break codes.
 */
export function ownSentences(raw: string, lengths: number[] | null, segments?: readonly string[]): string[] {
  const stripped = raw.split(BREAK).join('');
  // (one sentence written, more segments read: a segment left empty was filled in another tool)
  if (!lengths || (lengths.length === 1 && stripped.length !== lengths[0])) {
    if (segments && segments.length > 1) return segments.flatMap(byBreaks);
    if (lengths && raw.includes(BREAK)) return byBreaks(raw);
  }
  if (!lengths || lengths.length < 2) return splitByLengths(stripped, lengths);
  // (the lengths fit a text when they add up to it with one joiner between them, and a joiner stands at each of those
  // places: `Bay.Ships go. ` has the length of 4 + 9 and a joiner, but no joiner after `Bay.`)
  const fits = (t: string) => {
    if (lengths.reduce((n, l) => n + l, 0) + SENTENCE_JOINER.length * (lengths.length - 1) !== t.length) return false;
    let at = 0;
    for (let k = 0; k + 1 < lengths.length; k++) {
      at += lengths[k];
      if (t.slice(at, at + SENTENCE_JOINER.length) !== SENTENCE_JOINER) return false;
      at += SENTENCE_JOINER.length;
    }
    return true;
  };
  if (fits(stripped)) return splitByLengths(stripped, lengths);
  if (raw.includes(BREAK)) {
    const joined = raw.replace(new RegExp(`${BREAK}(?!${SENTENCE_JOINER})`, 'g'), SENTENCE_JOINER).split(BREAK).join('');
    if (fits(joined)) return splitByLengths(joined, lengths);
  }
  // (no longer the text written: another tool edited it. Its segments, or the line breaks the break codes stood for,
  // still end sentences: joined, `Le premier.Deuxième.` ran two segments into one sentence with no space)
  const own = inOwnSpacing(stripped, lengths);
  if (own) return own;
  if (segments && segments.length > 1) return segments.flatMap(byBreaks);
  return raw.includes(BREAK) ? byBreaks(raw) : splitByLengths(stripped, lengths);
}

/** A side's sentences cut where its break codes stand (segment ends, line breaks), each trimmed; empty ones left out. */
function byBreaks(raw: string): string[] {
  const parts = raw
    .split(BREAK)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return parts.length ? parts : [raw.split(BREAK).join('')];
}

/**
 * Sentences of these lengths from a side written with its file's own spacing (line breaks, runs of
 * spaces: `BeadOrigin.writtenA`): each starts at the next character that is not whitespace, and only
 * whitespace is left after the last; else null.
 */
function inOwnSpacing(text: string, lengths: number[]): string[] | null {
  const out: string[] = [];
  let at = 0;
  for (const l of lengths) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (at + l > text.length) return null;
    out.push(text.slice(at, at + l));
    at += l;
  }
  return text.slice(at).trim() === '' ? out : null;
}

/** Parses `12 40 7` into lengths. */
export function parseLengths(s: string | undefined): number[] | null {
  if (!s) return null;
  const parts = s.trim().split(/[\s,]+/).map(Number);
  return parts.every((n) => Number.isInteger(n) && n >= 0) ? parts : null;
}

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

function oneOf<T extends string>(v: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** Marks a line break or paragraph code in inline text before it is cut into sentences. */
export const BREAK = '\u2028';

/**
 * Cuts a unit's inline text into sentences: whitespace is collapsed unless `preserve`
 * (`xml:space="preserve"`, where a line break is a break), `BREAK` marks end a sentence,
 * each sentence is trimmed and whitespace-only ones are dropped. `map` takes an offset in
 * `raw` to the offset in the sentences joined by one character (the importers' bead-local
 * coordinates).
 */
export function sentencesOf(raw: string, preserve: boolean): { sentences: string[]; map: (i: number) => number } {
  // (built as a list of characters, the last one kept aside: asking a string built by `+=` for its end at every
  // character flattened it each time, quadratic on a long segment)
  const out: string[] = [];
  let last = '';
  const p1: number[] = [];
  const put = (c: string) => {
    out.push(c);
    last = c;
  };
  for (let i = 0; i < raw.length; i++) {
    p1.push(out.length);
    const c = raw[i];
    if (preserve) {
      if (c === '\r' && raw[i + 1] === '\n') continue;
      put(c === '\n' || c === '\r' ? BREAK : c);
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (out.length > 0 && last !== ' ' && last !== BREAK) put(' ');
    } else put(c);
  }
  p1.push(out.length);
  const s1 = out.join('');
  const sentences: string[] = [];
  const p2: number[] = new Array(s1.length + 1).fill(0);
  let joined = 0;
  let k = 0;
  const ws = (c: string) => c !== BREAK && /\s/.test(c);
  while (k <= s1.length) {
    let e = s1.indexOf(BREAK, k);
    if (e < 0) e = s1.length;
    let a = k;
    let b = e;
    while (a < b && ws(s1[a])) a++;
    while (b > a && ws(s1[b - 1])) b--;
    if (b > a) {
      const base = sentences.length ? joined + 1 : 0;
      for (let j = k; j <= e; j++) p2[j] = base + Math.min(Math.max(j - a, 0), b - a);
      sentences.push(s1.slice(a, b));
      joined = base + (b - a);
    } else {
      for (let j = k; j <= e; j++) p2[j] = joined;
    }
    k = e + 1;
  }
  return { sentences, map: (i) => p2[p1[Math.max(0, Math.min(i, raw.length))]] };
}

/** Attributes and props of one side's element of a unit. */
export interface SideOrigin {
  attrs?: Record<string, string>;
  props?: Array<[string, string]>;
  /** The segment text as written, when its spacing differs from its sentences joined (see `BeadOrigin.writtenA`). */
  written?: string;
  preserve?: boolean;
}

/** An element's attributes other than `skip` (namespace declarations always left out). */
export function attrsOf(el: { attrs: Record<string, string> }, skip: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:') || skip.includes(k)) continue;
    out[k] = v;
  }
  return out;
}

/** Adds `n` (none when 0) to the count of `key`: what an importer does not read, counted to be said. */
export function tally(counts: Record<string, number>, key: string, n = 1): void {
  if (n) counts[key] = (counts[key] ?? 0) + n;
}

/** Adds every count of `more` (what a segment's inline content did not keep: `Inline.unread`) to `counts`. */
export function tallyAll(counts: Record<string, number>, more: Readonly<Record<string, number>> | undefined): void {
  for (const [key, n] of Object.entries(more ?? {})) tally(counts, key, n);
}

/** The object a JSON text holds, or null when it is not valid JSON or not an object. */
function jsonObject(json: string | undefined): Record<string, unknown> | null {
  if (!json) return null;
  const v = parseJsonFromXml(json);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
const str = (x: unknown): x is string => typeof x === 'string';
const strs = (x: unknown): x is string[] => Array.isArray(x) && x.every(str);
const map = (x: unknown): x is Record<string, string> => !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every(str);
const pairs = (x: unknown): x is Array<[string, string]> => Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && str(p[0]) && str(p[1]));

/** Parses a bead origin written by Selaras as JSON (`x-selaras-origin`), keeping only well-typed fields. */
export function parseOrigin(json: string | undefined): BeadOrigin | null {
  const o = jsonObject(json);
  if (!o) return null;
  const out: BeadOrigin = { unit: str(o.unit) ? o.unit : '' };
  if (strs(o.groups)) out.groups = o.groups;
  if (Array.isArray(o.segments) && o.segments.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => Number.isInteger(n) && n >= 0)))
    out.segments = o.segments as Array<[number, number]>;
  if (o.format === 'tmx' || o.format === 'xliff-1.2' || o.format === 'xliff-2') out.format = o.format;
  if (str(o.file)) out.file = o.file;
  if (strs(o.segmentIds)) out.segmentIds = o.segmentIds;
  if (strs(o.segmentStates)) out.segmentStates = o.segmentStates;
  if (strs(o.segmentSubStates)) out.segmentSubStates = o.segmentSubStates;
  if (Array.isArray(o.segmentAttrs) && o.segmentAttrs.every(map)) out.segmentAttrs = o.segmentAttrs as Array<Record<string, string>>;
  if (strs(o.targetOrders)) out.targetOrders = o.targetOrders;
  if (Array.isArray(o.emptyTargets) && o.emptyTargets.every((x) => typeof x === 'boolean')) out.emptyTargets = o.emptyTargets as boolean[];
  if (strs(o.emptyVariants)) out.emptyVariants = o.emptyVariants;
  if (pairs(o.gaps) && o.gaps.every(([x, y]) => /^\s*$/.test(x) && /^\s*$/.test(y))) out.gaps = o.gaps;
  if (pairs(o.gapHomes) && o.gapHomes.every((p) => p.every((h) => h === '' || h === 'start' || h === 'end'))) out.gapHomes = o.gapHomes as Array<[GapHome, GapHome]>;
  if (pairs(o.segmentWritten)) out.segmentWritten = o.segmentWritten;
  if (Array.isArray(o.segmentCodes) && o.segmentCodes.every((p) => Array.isArray(p) && p.length === 4 && p.every((n) => Number.isInteger(n) && n >= 0)))
    out.segmentCodes = o.segmentCodes as Array<[number, number, number, number]>;
  for (const k of ['writtenA', 'writtenB'] as const) if (str(o[k])) out[k] = o[k];
  for (const k of ['preserveA', 'preserveB', 'repeatsId'] as const) if (o[k] === true) out[k] = true;
  if (typeof o.confirmedInFile === 'boolean') out.confirmedInFile = o.confirmedInFile;
  if (str(o.approvedInFile)) out.approvedInFile = o.approvedInFile;
  for (const k of ['attrs', 'attrsA', 'attrsB'] as const) if (map(o[k])) out[k] = o[k] as Record<string, string>;
  for (const k of ['props', 'propsA', 'propsB'] as const) if (pairs(o[k])) out[k] = o[k] as Array<[string, string]>;
  return out;
}

/** Parses a note's attributes written by Selaras as JSON (`attrs=` of an encoded annotation). */
export function parseAttrs(json: string | undefined): Record<string, string> | null {
  const o = jsonObject(json);
  return map(o) ? o : null;
}

/** Parses a file origin written by Selaras as JSON (`x-selaras-file-origin`), keeping only well-typed fields. */
export function parseFileOrigin(json: string | undefined): FileOrigin | null {
  const o = jsonObject(json);
  if (!o || (o.format !== 'tmx' && o.format !== 'xliff-1.2' && o.format !== 'xliff-2')) return null;
  const out: FileOrigin = { format: o.format };
  if (map(o.attrs)) out.attrs = o.attrs;
  if (pairs(o.props)) out.props = o.props;
  for (const k of ['files', 'groups'] as const) {
    const list = o[k];
    if (Array.isArray(list) && list.every((f) => f && typeof f === 'object' && str(f.key) && map(f.attrs))) out[k] = list as Array<{ key: string; attrs: Record<string, string> }>;
  }
  if (map(o.namespaces)) out.namespaces = o.namespaces;
  return out;
}

/**
 * A note as a file carries it, to compare a visible note with its mirror: a character XML cannot carry is U+FFFD
 * there, a line break one line feed (else the mirror read as a note added since, a copy more on every round trip).
 */
// (a line or paragraph separator, U+2028 / U+2029, reads as a line break in a note's visible text: the note is the same)
const asCarried = (text: string) => cleanXmlChars(text).replace(/\r\n?|[\u2028\u2029]/g, '\n').trim();

/**
 * Of the `<note>`s of a file Selaras wrote (their texts), the ones that are not the written form of one of its
 * annotations (`encoded`, each mirrored once by a note of its text): notes someone added or edited since, to be
 * read as new annotations rather than dropped.
 */
export function notesAddedSince<T>(notes: readonly T[], textOf: (n: T) => string, encoded: readonly string[]): T[] {
  return mirrorsOf(notes, textOf, encoded).added;
}

/**
 * The notes of a file Selaras wrote matched with the annotations its data keeps, each annotation's note mirrored
 * once by a note of its text (as the file carries it): the notes no annotation mirrors (`added`), the annotations
 * whose note shows nowhere (`hidden`, indices into `encoded`) and each annotation's note as carried (`carried`).
 */
function mirrorsOf<T>(notes: readonly T[], textOf: (n: T) => string, encoded: readonly string[]): { added: T[]; hidden: number[]; carried: string[] } {
  const carried = encoded.map((e) => asCarried(decodeFields(e)?.note ?? ''));
  const mirrored = new Map<string, number>();
  for (const note of carried) if (note) mirrored.set(note, (mirrored.get(note) ?? 0) + 1);
  const shown = new Map<string, number>();
  const added = notes.filter((n) => {
    const text = asCarried(textOf(n));
    if (text === '') return false;
    const left = mirrored.get(text) ?? 0;
    if (left === 0) return true;
    mirrored.set(text, left - 1);
    shown.set(text, (shown.get(text) ?? 0) + 1);
    return false;
  });
  const hidden: number[] = [];
  carried.forEach((note, k) => {
    if (!note) return;
    const left = shown.get(note) ?? 0;
    if (left > 0) shown.set(note, left - 1);
    else hidden.push(k);
  });
  return { added, hidden, carried };
}

/**
 * The notes on no unit of a file Selaras wrote (all its header, file and group notes: `notes`) against the
 * annotations its data keeps on no unit (`pool`; a note may mirror any of them), as a unit's notes are
 * ({@link reconcileNotes}): a note edited since takes its annotation's place, its text written into `pool` (it came
 * back as a note beside the old one, twice). Returns the notes added since, to be read as notes of their own.
 */
export function reconcileLooseNotes<T>(notes: readonly T[], textOf: (n: T) => string, pool: string[], editable?: (encoded: string) => boolean): Set<T> {
  const { added, encoded } = reconcileNotes(notes, textOf, pool, undefined, editable);
  encoded.forEach((e, k) => (pool[k] = e));
  return new Set(added);
}

/**
 * The notes of one unit of a file Selaras wrote, against the annotations its data keeps (`encoded`): a note in the
 * place of an annotation's note that no longer shows (the unit holds as many notes as it was written with), or a
 * note added since that is much like it, is that note, edited by a reviewer (the edited text wins, on the annotation's figure); the notes left over were added since (`added`); an annotation
 * whose note no longer shows and that no note replaces keeps its note.
 * `encoded` comes back with the edited notes written in.
 */
export function reconcileNotes<T>(
  notes: readonly T[],
  textOf: (n: T) => string,
  encoded: readonly string[],
  /** A note's `id` (XLIFF 2), for notes edited in place; without it only likeness pairs an edit. */
  idOf?: (n: T) => string | undefined,
  /** Whether an annotation's note may be one of `notes` edited (default: all); others only mirror. */
  editable: (encoded: string) => boolean = () => true,
): { added: T[]; encoded: string[] } {
  const { added, hidden, carried } = mirrorsOf(notes, textOf, encoded);
  const out = encoded.slice();
  const left = added.slice();
  // (as many notes as annotations with a note, in the order they were written, each still with the id it was written
  // with: the note in a hidden annotation's place is its note, edited in place however much, `FIRST five: …` → `FIRST
  // five EDITED BY REVIEWER`; a note added beside, without that id, is a note of its own)
  const noted = carried.flatMap((note, k) => (note ? [k] : []));
  const inPlace = new Set<number>();
  if (idOf) {
    // (the id each was written with: its own, or `n2`, `m3-n2` when on a mismatch, by its place among them (own-marks.ts);
    // a note still with that id is that one's, edited, whatever other notes were deleted or added beside it)
    const own = noted.map((k) => parseAttrs(decodeFields(encoded[k])?.attrs)?.id);
    for (const n of notes) {
      const id = idOf(n);
      const j = left.indexOf(n);
      if (!id || j < 0) continue;
      let i = own.findIndex((w) => w !== undefined && w === id);
      const placed = /^n(\d+)$/.exec(id) ?? (readOwnNoteId(id) !== null ? /-n(\d+)$/.exec(id) : null);
      if (i < 0 && placed && own[Number(placed[1]) - 1] === undefined) i = Number(placed[1]) - 1;
      const k = noted[i];
      if (k === undefined || !hidden.includes(k) || inPlace.has(k)) continue;
      out[k] = withField(out[k], 'note', textOf(n).trim());
      left.splice(j, 1);
      inPlace.add(k);
    }
  }
  // (each other hidden note's edit is the added note most like it, when alike enough: a wrong pairing would lose a note;
  // the likest pairs first, so that an edit is not taken by another note that shares a few of its words)
  const pairs: Array<{ k: number; n: T; x: number }> = [];
  for (const k of hidden) {
    if (inPlace.has(k) || !editable(encoded[k])) continue;
    for (const n of left) {
      const x = likeness(carried[k], asCarried(textOf(n)));
      if (x >= EDIT_LIKENESS) pairs.push({ k, n, x });
    }
  }
  pairs.sort((p, q) => q.x - p.x || p.k - q.k || left.indexOf(p.n) - left.indexOf(q.n));
  const edited = new Set<number>();
  for (const { k, n } of pairs) {
    const j = left.indexOf(n);
    if (edited.has(k) || j < 0) continue;
    out[k] = withField(out[k], 'note', textOf(n).trim());
    left.splice(j, 1);
    edited.add(k);
  }
  return { added: left, encoded: out };
}

/** How alike a note and its edit must be (the share of their words in common) to be taken for one note. */
const EDIT_LIKENESS = 0.4;

/** The share of the words of two texts that they have in common (Jaccard, lower-case). */
function likeness(x: string, y: string): number {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const a = words(x);
  const b = words(y);
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

/** An encoded annotation with one field's value replaced (or added). */
function withField(encoded: string, name: string, value: string): string {
  const parts = encoded.trim().split('&').filter((p) => !p.startsWith(`${name}=`));
  return [...parts, `${name}=${encodeURIComponent(value)}`].join('&');
}

/** Extra fields of an annotation read from a file Selaras did not write. */
export interface ForeignNote {
  category?: string;
  severity?: Severity;
  verdict?: Verdict;
  author?: string;
  created?: string;
  /** The XLIFF 2 group the note was written in. */
  group?: string;
  /** The `<file>` (its key) whose header or `<notes>` held the note, in an XLIFF file of several. */
  file?: string;
  /** The note element's attributes, as written. */
  attrs?: Record<string, string>;
  /** A TMX note of side A's `<tuv>` (see `Annotation.variant`). */
  variant?: true;
}

interface SentenceSlot {
  text: string;
  /** The sentence's index in the document Selaras exported (own files), for ordering. */
  at?: number;
  /** Its paragraph there (own files): a blank line is put back between paragraphs. */
  para?: number;
}

interface PendingAnnotation {
  /** Unit and side the local offsets refer to; null for document offsets. */
  unit: number | null;
  side: number;
  /** For document offsets: the language tag of the version they count in, when the data names it (found by it, not by `side`). */
  lang?: string;
  start: number;
  end: number;
  /** `resolve`: a unit-local offset of a side → a document offset; `local`: the unit's text of a side, as local offsets count it. */
  make: (target: AnnotationTarget, resolve: (side: number, local: number) => number, local: (side: number) => string) => Annotation | null;
}

/**
 * Where figure text `text`, noted at unit-local offset `at`, stands in the unit's text now. `noted`: the offsets every
 * verdict of the unit noted that text at on this side (sorted; `at` among them). When the text occurs as often as it was
 * noted, the n-th noted is the n-th now (words were added or cut before them in another tool: `5 rumah … 5 rumah`);
 * else it is where it was noted, or, noted once, the occurrence nearest to that; null when it cannot be told or the
 * text is gone (the figure was changed).
 */
function figureAt(local: string, text: string, at: number, noted: readonly number[], order?: { nth: number; count: number }): number | null {
  if (text === '') return at;
  const found = indexesOf(local, text);
  // (the side held the figure's text `count` times when it was written, and still does: the nth of them, wherever words
  // were added before it)
  if (order && found.length === order.count) return found[order.nth] ?? null;
  if (found.length > 1 && found.length === noted.length) return found[noted.indexOf(at)] ?? null;
  if (local.startsWith(text, at)) return at;
  if (noted.length > 1 || found.length === 0) return null;
  return found.reduce((best, k) => (Math.abs(k - at) < Math.abs(best - at) ? k : best));
}

/** A unit's score, state and origin, as its bead takes them. */
interface UnitInfo {
  score: number;
  confirmed: boolean;
  locked: boolean;
  origin?: BeadOrigin;
}

/**
 * Accumulates the versions of a bilingual or multilingual file, unit by unit: side 0 is the
 * source (the pivot), every other side is aligned with it (one list of beads per side).
 * Sentences of files Selaras wrote keep their original order (`at`); annotations are resolved
 * against the final texts when `finish` is called.
 */
export class VersionsBuilder {
  private readonly slots: SentenceSlot[][] = [];
  private readonly tags: string[] = [];
  /** Per unit, per side: slot numbers (insertion order). */
  private readonly units: Array<Array<number[] | null>> = [];
  private readonly unitInfo: Array<UnitInfo & { sideOrigin?: SideOrigin[]; bySide?: Record<number, UnitInfo> }> = [];
  private readonly pending: PendingAnnotation[] = [];
  /** The unit-local offsets each unit's verdicts noted a figure's text at: `unit|side|text` → offsets (figureAt). */
  private readonly noted = new Map<string, number[]>();
  /** Inline codes met on each side. */
  private readonly sinks: CodeSink[] = [];
  /** Tags the importer made up for a side the file names no language for (`en-x-b`), lower case. */
  private readonly invented = new Set<string>();

  /** `tag`, made up for a side the file names no language for: `finish` tells the side's language by its text, or says so. */
  invent(tag: string): string {
    this.invented.add(tag.toLowerCase());
    return tag;
  }

  /** `tags`: the first sides, in order (two sides may share a language). */
  constructor(tags: string[]) {
    for (const t of tags) {
      this.tags.push(t);
      this.slots.push([]);
      this.sinks.push(new CodeSink());
    }
  }

  /** Where the inline codes of a side are collected. */
  sinkOf(side: number): CodeSink {
    while (this.sinks.length <= side) this.sinks.push(new CodeSink());
    return this.sinks[side];
  }

  /** The side of a language tag (matched case-insensitively), added when new. */
  sideOf(tag: string): number {
    const i = this.tags.findIndex((t) => t.toLowerCase() === tag.toLowerCase());
    if (i >= 0) return i;
    this.tags.push(tag);
    this.slots.push([]);
    this.sinkOf(this.tags.length - 1);
    return this.tags.length - 1;
  }

  /** Fills in a side's tag when the file did not declare it. */
  setTag(side: number, tag: string): void {
    if (!this.tags[side]) this.tags[side] = tag;
  }

  tagOf(side: number): string {
    return this.tags[side] ?? '';
  }

  get sideCount(): number {
    return this.tags.length;
  }

  /**
   * Adds one unit: for each side, its sentences (or null when the unit has none there); `at`
   * gives each sentence's index in the document Selaras exported. Returns the unit number.
   */
  addUnit(
    texts: Array<string[] | null | undefined>,
    opts: {
      score?: number;
      confirmed?: boolean;
      locked?: boolean;
      at?: Array<number[] | null | undefined>;
      para?: Array<number[] | null | undefined>;
      origin?: BeadOrigin;
      /** Attributes and props of each side's element (TMX `<tuv>`), put on the beads as `attrsA/B`, `propsA/B`. */
      sideOrigin?: SideOrigin[];
    } = {},
  ): number {
    const sides: Array<number[] | null> = [];
    texts.forEach((sents, side) => {
      if (!sents || sents.length === 0) {
        sides[side] = null;
        return;
      }
      const at = opts.at?.[side];
      sides[side] = sents.map((raw, k) => {
        // Line breaks inside a sentence become spaces (same length, so offsets hold).
        const slot: SentenceSlot = { text: raw.replace(/[\r\n\u2028\u2029]/g, ' ') };
        if (at && at.length === sents.length && Number.isInteger(at[k])) slot.at = at[k];
        const para = opts.para?.[side];
        if (para && para.length === sents.length && Number.isInteger(para[k])) slot.para = para[k];
        this.slots[side].push(slot);
        return this.slots[side].length - 1;
      });
    });
    const score = opts.score ?? 1;
    this.units.push(sides);
    this.unitInfo.push({
      score: Math.min(1, Math.max(0, Number.isFinite(score) ? score : 1)),
      confirmed: opts.confirmed === true,
      locked: opts.locked === true,
      ...(opts.origin ? { origin: opts.origin } : {}),
      ...(opts.sideOrigin ? { sideOrigin: opts.sideOrigin } : {}),
    });
    return this.units.length - 1;
  }

  /**
   * Adds side `side`'s text to an earlier unit whose source it translates too (an XLIFF 1.2 file of one `<file>` per
   * target language repeats the source in each): the unit's bead of that side takes this state and origin, so that
   * the file it came from is written back as it was; the source is read once.
   */
  addToUnit(unit: number, side: number, sents: string[] | null, opts: { confirmed?: boolean; locked?: boolean; origin?: BeadOrigin } = {}): void {
    const sides = this.units[unit];
    const info = this.unitInfo[unit];
    if (!sides || !info || side === 0) return;
    this.slots[side] ??= [];
    sides[side] = sents && sents.length ? sents.map((raw) => this.slots[side].push({ text: raw.replace(/[\r\n\u2028\u2029]/g, ' ') }) - 1) : null;
    info.bySide = { ...info.bySide, [side]: { score: 1, confirmed: opts.confirmed === true, locked: opts.locked === true, ...(opts.origin ? { origin: opts.origin } : {}) } };
  }

  /** Units added with no text on any side (empty or whitespace-only segments): no bead holds them. */
  emptyUnits(): number {
    return this.units.filter((sides) => sides.every((x) => !x || x.length === 0)).length;
  }

  /** True when the unit holds text on that side. */
  has(unit: number, side: number): boolean {
    return (this.units[unit]?.[side]?.length ?? 0) > 0;
  }

  /** An annotation on a unit-local span (offsets in the side's sentences joined by one character). */
  spanNote(unit: number, side: number, start: number, end: number, note: string, extra: ForeignNote = {}): void {
    if (!this.has(unit, side)) return;
    this.pending.push({ unit, side, start, end: Math.max(start, end), make: (target) => this.foreign(target, note, extra) });
  }

  /**
   * A note on the whole text of a unit's side (or of its other side when that one has no text; a document
   * note when neither has).
   */
  unitNote(unit: number, side: number, note: string, extra: ForeignNote = {}): void {
    const on = this.has(unit, side) ? side : [0, 1].find((s) => this.has(unit, s));
    if (on === undefined) return this.documentNote(note, extra);
    const slots = this.units[unit][on] ?? [];
    this.spanNote(unit, on, 0, slots.reduce((n, slot, k) => n + this.slots[on][slot].text.length + (k ? 1 : 0), 0), note, extra);
  }

  /** A note about the whole document (TMX header, XLIFF file or group): a span at the start of version 0. */
  documentNote(note: string, extra: ForeignNote = {}): void {
    this.pending.push({ unit: null, side: 0, start: 0, end: 0, make: (target) => this.foreign(target, note, extra) });
  }

  private foreign(target: AnnotationTarget, note: string, extra: ForeignNote): Annotation {
    return {
      id: '',
      target,
      verdict: extra.verdict ?? 'open',
      category: oneOf(extra.category, ITS_ISSUE_TYPES as readonly IssueCategory[], 'other'),
      severity: extra.severity ?? 'minor',
      note,
      author: extra.author ?? '',
      created: extra.created ?? '',
      modified: extra.created ?? '',
      ...(extra.group !== undefined ? { group: extra.group } : {}),
      ...(extra.file !== undefined ? { file: extra.file } : {}),
      // (kept even when empty: it says the note came from another tool's file, written as that file had it)
      ...(extra.attrs ? { noteAttrs: extra.attrs } : {}),
      ...(extra.variant ? { variant: true as const } : {}),
    };
  }

  /**
   * Adds an annotation from `encodeAnnotation` fields. Span targets are unit-local (`side=a|b`,
   * `start`, `end`) or document-wide (`version`, `start`, `end`); a mismatch target written
   * with its figures' unit-local spans (`kind`, `ta`/`sa`/`ea`, `tb`/`sb`/`eb`) gets its key
   * recomputed for the imported texts, so the verdict stays on its mismatch. Returns false
   * when the fields do not describe a usable annotation.
   */
  addEncoded(encoded: string, unit: number | null): boolean {
    const f = decodeFields(encoded);
    if (!f || !f.target) return false;
    const noteAttrs = parseAttrs(f.attrs);
    const base = (target: AnnotationTarget): Annotation => ({
      id: f.id ?? '',
      target,
      verdict: oneOf(f.verdict, VERDICTS, 'open'),
      category: oneOf(f.category, ITS_ISSUE_TYPES as readonly IssueCategory[], 'other'),
      severity: oneOf(f.severity, SEVERITIES, 'minor'),
      note: f.note ?? '',
      author: f.author ?? '',
      created: f.created ?? '',
      modified: f.modified ?? f.created ?? '',
      ...(f.group !== undefined ? { group: f.group } : {}),
      ...(f.file !== undefined ? { file: f.file } : {}),
      ...(noteAttrs ? { noteAttrs } : {}),
      ...(f.variant === '1' ? { variant: true as const } : {}),
    });
    const int = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : null);
    // (a note whose figure an edit removed stays marked so)
    const removed = f.removed === '1' ? { removed: true as const, ...(f.replaced === '1' ? { replaced: true as const } : {}) } : {};
    // (and a removed note on text keeps the text it was on)
    const was = f.removed === '1' && f.was !== undefined ? { was: f.was } : {};
    if (f.target === 'mismatch' && f.key !== undefined) {
      // (a TMX of further languages names the language of the verdict's pair's side B, `lb`: the pair of the source and
      // the version of that language, found when every version is read)
      // (none when that language was not read, `--pair` naming two others: the verdict is about a pair this import has not)
      const pairOf = (): { a?: number; b?: number } | null => {
        if (!f.lb) return {};
        const lb = f.lb.toLowerCase();
        let b = this.tags.findIndex((t) => t.toLowerCase() === lb);
        // (a tool that re-saved the file may have written `en` as `en-US`: the one tag of that language)
        if (b < 0) {
          const alike = this.tags.map((t, k) => [t, k] as const).filter(([t, k]) => k > 0 && primaryLang(t) === primaryLang(lb));
          if (alike.length === 1) b = alike[0][1];
        }
        return b > 0 ? { a: 0, b } : null;
      };
      const sa = int(f.sa);
      const sb = int(f.sb);
      if (unit !== null && f.kind && (sa !== null || sb !== null)) {
        const key = f.key;
        const remember = (side: number, text: string | undefined, at: number | null) => {
          if (text === undefined || at === null) return;
          const k = `${unit}|${side}|${text}`;
          const list = this.noted.get(k);
          if (!list) this.noted.set(k, [at]);
          else if (!list.includes(at)) list.push(at);
        };
        remember(0, f.ta, sa);
        remember(1, f.tb, sb);
        this.pending.push({
          unit,
          side: 0,
          start: 0,
          end: 0,
          make: (_t, resolve, local) => {
            // (the figure's text is looked for where it was noted: another tool may have added words before it, or changed
            // it, since; a figure no longer there keeps the verdict, marked removed, as an edit in the app would)
            let gone = false;
            const fig = (side: number, text: string | undefined, s: number | null, e: number | null, nth: number | null, count: number | null): Figure | null => {
              if (text === undefined || s === null || e === null || !this.has(unit, side)) return null;
              const order = nth !== null && count !== null && nth < count ? { nth, count } : undefined;
              const at = figureAt(local(side), text, s, (this.noted.get(`${unit}|${side}|${text}`) ?? [s]).slice().sort((x, y) => x - y), order);
              if (at === null) gone = true;
              const from = resolve(side, at ?? s);
              return { text, start: from, end: from + (e - s) } as Figure;
            };
            const pair = pairOf();
            if (!pair) return null;
            const a = fig(0, f.ta, sa, int(f.ea), int(f.oa), int(f.na));
            const b = fig(1, f.tb, sb, int(f.eb), int(f.ob), int(f.nb));
            return base({ type: 'mismatch', key: a || b ? mismatchKey(f.kind as MismatchKind, a, b) : key, ...pair, ...(gone ? { removed: true as const } : removed) });
          },
        });
        return true;
      }
      this.pending.push({ unit: null, side: 0, start: 0, end: 0, make: () => {
          const pair = pairOf();
          return pair ? base({ type: 'mismatch', key: f.key!, ...pair, ...removed }) : null;
        },
      });
      return true;
    }
    if (f.target === 'ledger' && f.what !== undefined) {
      this.pending.push({ unit: null, side: 0, start: 0, end: 0, make: () => base({ type: 'ledger', what: f.what! }) });
      return true;
    }
    if (f.target !== 'span') return false;
    const start = int(f.start);
    const end = int(f.end);
    if (start === null || end === null || end < start) return false;
    if ((f.side === 'a' || f.side === 'b') && unit !== null) {
      const side = f.side === 'a' ? 0 : 1;
      if (!this.has(unit, side)) return false;
      this.pending.push({ unit, side, start, end, make: (t) => base(t.type === 'span' ? { ...t, ...removed, ...was } : t) });
      return true;
    }
    const version = int(f.version);
    if (version === null) return false;
    // (a note on a further language of a TMX names that language: the file numbers its versions in its own order)
    this.pending.push({ unit: null, side: version, ...(f.lang ? { lang: f.lang } : {}), start, end, make: (t) => base(t.type === 'span' ? { ...t, ...removed, ...was } : t) });
    return true;
  }

  /**
   * A mismatch Selaras marked in a unit whose Selaras data another tool dropped (own-marks.ts): its verdict and the
   * notes on it, on the mismatch its marks' figures make in the imported texts (`figures`: unit-local spans by side).
   */
  ownIssue(unit: number, kind: MismatchKind, verdict: Verdict, figures: Array<{ side: 'a' | 'b'; start: number; end: number; text: string } | undefined>, notes: Array<{ note: string; extra: ForeignNote }>): void {
    const target: Record<string, string | number> = { target: 'mismatch', key: '', kind };
    for (const f of figures) if (f) Object.assign(target, f.side === 'a' ? { ta: f.text, sa: f.start, ea: f.end } : { tb: f.text, sb: f.start, eb: f.end });
    for (const { note, extra } of notes.length ? notes : [{ note: '', extra: {} as ForeignNote }])
      this.addEncoded(encodeAnnotation({ ...this.foreign({ type: 'mismatch', key: '' }, note, extra), verdict }, target), unit);
  }

  /** The result, or an `empty` error when no sentence was found. */
  finish(
    format: ImportedBilingual['format'],
    names: string[],
    mode: ImportedBilingual['mode'],
    fileName: string,
    extra: Pick<ImportedBilingual, 'stats'> & { formatVersion?: string },
  ): ImportedBilingual | XmlImportError {
    // (a target side with text that the file names no language for, as an XLIFF 2 without `trgLang`, is told by its text
    // as one left out)
    if (this.tags.length > 1 && !this.tags[1] && this.tags[0] && this.slots[1].some((s) => s.text.trim() !== '') && !this.tags.some((t) => t.toLowerCase() === `${this.tags[0]}-x-b`.toLowerCase())) this.tags[1] = this.invent(`${this.tags[0]}-x-b`);
    while (this.tags.length < 2) this.sideOf(this.tags.length ? this.invent(`${this.tags[0]}-x-b`) : '');
    if (this.units.length === 0 || this.slots.every((s) => s.length === 0)) {
      const described = { format, ...(extra.formatVersion ? { version: extra.formatVersion } : {}) };
      return { ...xmlError('empty', fileName, `${fileName} contains no translation units.`, described), stats: extra.stats };
    }
    // Final sentence index of each slot: insertion order, or the exported order when every
    // sentence of the side carries one.
    // Paragraphs the file recorded come back as blank lines (line sentences no bead holds).
    const sentences: string[][] = [];
    // Per side: the blank line that follows a slot (it joins that slot's bead, so beads still
    // cover every line).
    const blankAfter: Array<Map<number, number>> = this.slots.map(() => new Map());
    const finalIndex: number[][] = this.slots.map((slots, side) => {
      const order = slots.map((_, i) => i);
      if (slots.length && slots.every((s) => s.at !== undefined)) order.sort((x, y) => slots[x].at! - slots[y].at! || x - y);
      const paragraphs = slots.length > 0 && slots.every((s) => s.para !== undefined);
      const lines: string[] = [];
      const out: number[] = new Array(slots.length);
      order.forEach((slot, i) => {
        if (paragraphs && i > 0 && slots[slot].para !== slots[order[i - 1]].para) {
          blankAfter[side].set(order[i - 1], lines.length);
          lines.push('');
        }
        out[slot] = lines.length;
        lines.push(slots[slot].text);
      });
      sentences.push(lines);
      return out;
    });
    const starts: number[][] = sentences.map((list) => {
      let at = 0;
      return list.map((s) => {
        const st = at;
        at += s.length + 1;
        return st;
      });
    });
    const beadsOf = (k: number): Bead[] => {
      const beads: Bead[] = [];
      this.units.forEach((sides, u) => {
        const a = sides[0] ?? null;
        const b = sides[k] ?? null;
        if (!a && !b) return;
        const info = this.unitInfo[u].bySide?.[k] ?? this.unitInfo[u];
        const lines = (slots: number[] | null, side: number) =>
          (slots ?? []).flatMap((i) => (blankAfter[side].has(i) ? [finalIndex[side][i], blankAfter[side].get(i)!] : [finalIndex[side][i]]));
        const bead: Bead = { a: lines(a, 0), b: lines(b, k), score: info.score };
        if (info.confirmed) bead.confirmed = true;
        if (info.locked) bead.locked = true;
        if (info.origin) bead.origin = { ...info.origin };
        const [oa, ob] = [this.unitInfo[u].sideOrigin?.[0], this.unitInfo[u].sideOrigin?.[k]];
        if (oa || ob || (k > 1 && bead.origin)) {
          // Side A's data and that of this bead's side B (a multilingual unit has one per language).
          const o: BeadOrigin = { ...(bead.origin ?? { unit: '' }) };
          const put = (side: 'A' | 'B', from: SideOrigin | undefined) => {
            delete o[`attrs${side}`];
            delete o[`props${side}`];
            delete o[`written${side}`];
            delete o[`preserve${side}`];
            if (from?.attrs && Object.keys(from.attrs).length) o[`attrs${side}`] = from.attrs;
            if (from?.props?.length) o[`props${side}`] = from.props;
            if (from?.written !== undefined) {
              o[`written${side}`] = from.written;
              if (from.preserve) o[`preserve${side}`] = true;
            }
          };
          if (oa) put('A', oa);
          if (ob || k > 1) put('B', ob);
          if (Object.keys(o).some((key) => key !== 'unit') || o.unit) bead.origin = o;
        }
        beads.push(bead);
      });
      return beads;
    };
    // A unit-local offset (sentences joined by one character) → a document offset.
    const resolve = (unit: number, side: number, local: number): number => {
      const slots = this.units[unit]?.[side] ?? [];
      let at = 0;
      for (let k = 0; k < slots.length; k++) {
        const len = this.slots[side][slots[k]].text.length;
        if (local <= at + len || k === slots.length - 1) return starts[side][finalIndex[side][slots[k]]] + Math.min(Math.max(local - at, 0), len);
        at += len + 1;
      }
      return 0;
    };
    // The length of a unit side as unit-local offsets count it (sentences joined by one character).
    const localLength = (unit: number, side: number): number => {
      const slots = this.units[unit]?.[side] ?? [];
      return slots.reduce((n, k) => n + this.slots[side][k].text.length, 0) + Math.max(0, slots.length - 1);
    };
    const texts = sentences.map((s) => s.join('\n'));
    const annotations: Annotation[] = [];
    const ids = new Set<string>();
    for (const p of this.pending) {
      let target: AnnotationTarget;
      if (p.unit === null) {
        const named = p.lang ? this.tags.findIndex((t) => t.toLowerCase() === p.lang!.toLowerCase()) : -1;
        const side = named >= 0 ? named : p.side;
        const len = texts[side]?.length ?? 0;
        const version = side < texts.length ? side : 0;
        target = { type: 'span', version, start: Math.min(p.start, len), end: Math.min(p.end, len) };
      } else if (p.end > localLength(p.unit, p.side)) {
        // The anchor is not in the unit's text as read: a note about the document, never a cut-off span.
        target = { type: 'span', version: 0, start: 0, end: 0 };
      } else {
        const start = resolve(p.unit, p.side, p.start);
        target = { type: 'span', version: p.side, start, end: Math.max(start, resolve(p.unit, p.side, p.end)) };
      }
      const ann = p.make(
        target,
        (side, local) => resolve(p.unit ?? 0, side, local),
        (side) => (this.units[p.unit ?? 0]?.[side] ?? []).map((k) => this.slots[side][k].text).join('\n'),
      );
      if (!ann) continue;
      let id = ann.id && !ids.has(ann.id) ? ann.id : '';
      let n = annotations.length + 1;
      while (!id || ids.has(id)) id = `a${n++}`;
      ids.add(id);
      annotations.push({ ...ann, id });
    }
    // (a side the file names no language for, given a made-up tag, a second version of side A's language, `en-x-b`,
    // whose text is plainly in another language, `fr`, takes that language's tag: it is read by that language's rules
    // and exports write it, not the made-up one; said either way)
    const notices: FormatNotice[] = [];
    const tagOf = (side: number): string => {
      const tag = this.tags[side];
      if (!this.invented.has(tag.toLowerCase())) return tag;
      // (a side with no text and no language of its own, `messages.xlf` with no target yet: none, so that no export
      // writes the made-up tag as the file's target language; an XLIFF 2 file without trgLang reads so too)
      if (texts[side].trim() === '') return '';
      // (a few words are too few to tell another language by, `il a plu` reads as Italian; Indonesian and English are told
      // by their function words, as the side is read)
      const seen = (enoughWords(texts[side]) ? detectOtherLang(texts[side]) : undefined) ?? idOrEn(texts[side]);
      const name = names[side] ?? fileName;
      if (!seen || primaryLang(seen) === primaryLang(tag)) {
        notices.push({ key: 'formats2.targetLangMissing', params: { name, tag } });
        return tag;
      }
      notices.push({ key: 'formats2.targetLangRead', params: { name, lang: seen } });
      return seen;
    };
    const sideTags = this.tags.map((_, side) => tagOf(side));
    const version = (side: number): ImportedVersion => ({
      name: names[side] ?? `${fileName} (${this.tags[side] || side + 1})`,
      langTag: sideTags[side],
      // (a side left without a tag reads by the one made up for it: a second version of side A's language)
      lang: langOfSide(sideTags[side] || this.tags[side], texts[side]),
      text: texts[side],
      sentences: sentences[side].slice(),
      ...(this.sinkOf(side).codes.length ? { codes: this.sinkOf(side).codes } : {}),
    });
    const more = this.tags.slice(2).map((_, i) => ({ version: version(i + 2), beads: beadsOf(i + 2) }));
    return {
      ok: true,
      format,
      versions: [version(0), version(1)],
      beads: beadsOf(1),
      mode,
      annotations,
      ...(more.length ? { more } : {}),
      ...(extra.formatVersion ? { formatVersion: extra.formatVersion } : {}),
      ...(notices.length ? { notices } : {}),
      stats: extra.stats,
    };
  }
}

/** Runs an importer so that any exception becomes a `malformed` refusal: importers never throw. */
export function neverThrow(name: string, run: () => BilingualImportResult): BilingualImportResult {
  try {
    return run();
  } catch (err) {
    return xmlError('malformed', name, `${name} could not be read.`, { detail: err instanceof Error ? err.message : 'error' });
  }
}

/** Reads XML safely and checks its root element, or says why not (DTD/entities, size, well-formedness, format). */
export function readRoot(xml: string, name: string, local: string, label: string): { ok: true; root: XmlElement } | XmlImportError {
  const parsed = readXml(xml);
  if (!parsed.ok) {
    const msg =
      parsed.code === 'unsafe'
        ? `${name} declares a DTD or entities, which Selaras does not read.`
        : parsed.code === 'too-large'
          ? `${name} is too large.`
          : parsed.code === 'too-deep'
            ? `${name} nests its XML elements more than ${MAX_XML_DEPTH} levels deep, more than Selaras reads.`
            : parsed.line
              ? `${name}, line ${parsed.line}: not well-formed XML (${parsed.detail.replace(/ \(line \d+\)$/, '')}).`
              : `${name} is not well-formed XML.`;
    if (parsed.code === 'malformed' && parsed.line) {
      // The line where the XML breaks is said, so that the file can be mended.
      return { ...xmlError('malformed', name, msg, { detail: parsed.detail, line: parsed.line }), messageKey: 'errors.xml.malformedAt' };
    }
    return xmlError(parsed.code, name, msg, parsed.code === 'too-deep' ? { detail: parsed.detail, limit: MAX_XML_DEPTH } : { detail: parsed.detail });
  }
  if (parsed.root.local !== local) return xmlError('wrong-format', name, `${name} is not ${label} file.`, { detail: parsed.root.name });
  return { ok: true, root: parsed.root };
}
