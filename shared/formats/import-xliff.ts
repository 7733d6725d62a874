/**
 * Reads XLIFF 1.2 and 2.x into versions, beads and annotations.
 *
 * Units Selaras wrote (Metadata module group `selaras`) keep their bead shape, sentence order,
 * confidence, status and annotations; their mismatch markers are not annotations (the
 * comparison is recomputed). Files from other tools give one bead per unit (per trans-unit
 * in 1.2; an XLIFF 2 unit's id, groups and per-segment sentence counts kept in `Bead.origin`,
 * group notes marked with their group), cut into sentences where a line-break code stands; whitespace is normalised as
 * `xml:space` says and a whitespace-only target is no translation. Notes at every level and
 * ITS Localization Quality Issues become annotations; each target language of a 1.2 file with
 * several `<file>`s is its own version. XLIFF 2 is checked against the core rules first (one
 * source per segment, unique ids, paired codes): a file that breaks one is refused with the
 * rule and the line.
 */
import type { BilingualImportResult, BilingualStats, XmlImportError } from './types';
import type { FileOrigin, Severity, Verdict } from '../project/types';
import { isDismissed, severityFromScore } from '../project/annotations';
import { markIdOfMtype, readOwnMarkId, readOwnNoteId, type OwnMark } from './own-marks';
import { elements, attr, child, countWithAttr, countWithin, cpChar, type XmlElement } from './xml-read';
import { BREAK, VersionsBuilder, asFirstRead, attrsOf, neverThrow, ownSentences, reconcileLooseNotes, reconcileNotes, parseFileOrigin, parseLengths, parseOrigin, readRoot, sentencesOf, tally, tallyAll, xmlError, type ForeignNote } from './import-common';
import { readInline, type Inline, type Mark } from './import-inline';
import { breakCodeOf, segmentSpacingOf, xliffSpacing } from './spacing';
import { restoreCodeDetails } from './codes';
import { anonymousGroupKey, GroupKeys } from './groups';
import { CODE_RANGE, holdsText, isCodePlaceholder } from '../text/chars';
import { SENTENCE_JOINER } from './model';
import type { BeadOrigin, GapHome } from '../align/types';
import { primaryLang } from './lang-tags';
import { declaredNamespaces, MEMOQ_CONFIRMED, XLIFF_NS, XLIFF12_NS, unitState12 } from './origin';

/**
 * Gives the codes a unit of Selaras's own XLIFF added on each side (from `codesFrom`) what its data says the format
 * could not (`codes-a`/`codes-b`: an XLIFF 1.2 code's attributes in XLIFF 2, an XLIFF 2 code's hints in 1.2).
 */
function restoreOwnCodes(b: VersionsBuilder, codesFrom: readonly number[], um: Array<[string, string]>): void {
  restoreCodeDetails(b.sinkOf(0).codes, codesFrom[0], metaValue(um, 'codes-a'));
  restoreCodeDetails(b.sinkOf(1).codes, codesFrom[1], metaValue(um, 'codes-b'));
}

/** Parses `1:1 2:0` (sentences of each segment on side A and B). */
function parseSegments(s: string | undefined): Array<[number, number]> | null {
  if (!s) return null;
  const out: Array<[number, number]> = [];
  for (const part of s.trim().split(/\s+/)) {
    const m = /^(\d+):(\d+)$/.exec(part);
    if (!m) return null;
    out.push([Number(m[1]), Number(m[2])]);
  }
  return out.length ? out : null;
}

function itsAttr(attrs: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k === `its:${local}` || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** Selaras metadata of an element (`mda:metadata/mda:metaGroup[@category="selaras"]/mda:meta`). */
function selarasMeta(el: XmlElement): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const md of elements(el, 'metadata')) {
    for (const group of elements(md, 'metaGroup')) {
      if (attr(group, 'category') !== 'selaras') continue;
      for (const m of elements(group, 'meta')) {
        out.push([attr(m, 'type') ?? '', m.children.map((c) => ('text' in c ? c.text : '')).join('')]);
      }
    }
  }
  return out;
}

/** Selaras data of an XLIFF 1.2 element: `context-group[@name="selaras…"]/context[@context-type="x-selaras-TYPE"]`. */
function selarasContexts(el: XmlElement | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const group of el ? elements(el, 'context-group') : []) {
    const gname = attr(group, 'name') ?? '';
    if (gname !== 'selaras' && !gname.startsWith('selaras-')) continue;
    for (const c of elements(group, 'context')) {
      const type = attr(c, 'context-type') ?? '';
      if (type.startsWith('x-selaras-')) out.push([type.slice('x-selaras-'.length), plainText(c)]);
    }
  }
  return out;
}

/** One side of a unit (XLIFF 2: of a segment) as read; `segments`: the text of each `mrk mtype="seg"` segment it holds (XLIFF 1.2). */
interface SideRead {
  text: string;
  segments?: string[];
}

/**
 * Adds a unit Selaras wrote (its data `um`): one bead, all segments' sources (targets) together,
 * one joiner between segments, cut by the recorded lengths (a break code read as a break does
 * not count); its annotations re-keyed on the re-read texts.
 */
function addOwnUnit(
  b: VersionsBuilder,
  um: Array<[string, string]>,
  src: Array<SideRead | null>,
  trg: Array<SideRead | null>,
  origin: BeadOrigin | null,
  grouped: boolean,
  encoded: readonly string[] = encodedOf(um),
  /** The file says the unit is approved (every segment reviewed or final, `approved="yes"`, signed off). */
  approvedInFile = false,
  /** An XLIFF 2 file's segment states, where it approved the unit. */
  approvedStates?: string[],
): number {
  const joined = (list: Array<SideRead | null>) =>
    list
      .map((x) => x?.text ?? '')
      .filter((t) => t.split(BREAK).join('') !== '')
      .join(SENTENCE_JOINER);
  // (the segments that hold text: where another tool edited a side, they are its sentences)
  const filled = (list: Array<SideRead | null>) => list.flatMap((x) => x?.segments ?? [x?.text ?? '']).filter((t) => t.split(BREAK).join('').trim() !== '');
  const status = metaValue(um, 'status') ?? '';
  const confirmedHere = /\bconfirmed\b/.test(status);
  const segs = parseSegments(metaValue(um, 'segments'));
  const kept = parseOrigin(metaValue(um, 'origin'));
  // (an approval given in another tool since: the states it set are the unit's, written back as they are now)
  if (approvedInFile && !confirmedHere && kept?.format === 'xliff-2' && approvedStates && kept.segmentStates?.length === approvedStates.length) {
    kept.segmentStates = approvedStates;
    kept.confirmedInFile = true;
  }
  // (a side written with its first file's spacing reads as the sentences that file gave: `asFirstRead`; their text
  // has no whitespace at its ends, as every sentence read from a file, where a segment written with the file's
  // spacing holds some: ` Pelabuhan pasar.` after a segment not translated yet)
  const [splitA, splitB] = [parseLengths(metaValue(um, 'split-a')), parseLengths(metaValue(um, 'split-b'))];
  const firstRead = (text: string, side: 'A' | 'B') => {
    const t = asFirstRead(text, kept, side, side === 'A' ? splitA : splitB);
    return kept?.format ? t.trim() : t;
  };
  const textA = firstRead(joined(src), 'A');
  const textB = firstRead(joined(trg), 'B');
  const sentences = [textA.split(BREAK).join('').trim() ? ownSentences(textA, splitA, filled(src)) : null, textB.split(BREAK).join('').trim() ? ownSentences(textB, splitB, filled(trg)) : null];
  // (a segment left empty and filled in another tool since holds its sentence now: the next export writes it in that segment)
  const segsNow = segmentsRefilled(segs ?? kept?.segments, [src, trg], sentences);
  const unit = b.addUnit(
    sentences,
    {
      score: Number(metaValue(um, 'score') ?? 1),
      // (Selaras writes no approval for a row nobody confirmed: one the file has was given in another tool since, by a
      // reviewer, and is kept; it was reverted with nothing said)
      confirmed: confirmedHere || approvedInFile,
      locked: /\blocked\b/.test(status),
      at: [parseLengths(metaValue(um, 'sentences-a')), parseLengths(metaValue(um, 'sentences-b'))],
      para: [parseLengths(metaValue(um, 'para-a')), parseLengths(metaValue(um, 'para-b'))],
      // Selaras's own row ids (`b1`, …) say nothing: an origin only when the unit had its own.
      // The origin a foreign file gave the bead travels whole in Selaras's data (`origin`).
      ...(kept
        ? { origin: { ...kept, ...(segsNow ? { segments: segsNow } : {}) } }
        : origin && (grouped || segsNow || !/^b\d+$/.test(origin.unit))
          ? { origin: { ...origin, ...(segsNow ? { segments: segsNow } : {}) } }
          : {}),
    },
  );
  for (const v of encoded) b.addEncoded(v, unit);
  return unit;
}

/**
 * A unit's segments (per segment, the sentences of each side) as read now: as recorded, but where a side's segments as
 * read (`SideRead.segments`, XLIFF 2's segment by segment) hold its sentences one a segment in another count than
 * recorded (a segment left empty was filled in another tool), that side's counts as read. Undefined when none were recorded.
 */
function segmentsRefilled(
  recorded: Array<[number, number]> | undefined,
  sides: [Array<SideRead | null>, Array<SideRead | null>],
  sentences: Array<string[] | null>,
): Array<[number, number]> | undefined {
  if (!recorded) return undefined;
  let out = recorded;
  for (const s of [0, 1] as const) {
    const parts = sides[s].flatMap((x) => x?.segments ?? [x?.text ?? '']);
    if (parts.length !== recorded.length) continue;
    const counts = parts.map((t) => t.split(BREAK).filter((x) => x.trim() !== '').length);
    const read = sentences[s]?.length ?? 0;
    if (counts.reduce((n, c) => n + c, 0) !== read || counts.every((c, k) => c === recorded[k][s])) continue;
    // (only where a segment recorded empty holds text now: an edit within the recorded segments keeps their counts)
    if (!counts.some((c, k) => c > 0 && recorded[k][s] === 0)) continue;
    out = out.map((pair, k) => (s === 0 ? [counts[k], pair[1]] : [pair[0], counts[k]]));
  }
  return out;
}

/** The encoded annotations of Selaras data (`annotation` entries). */
const encodedOf = (meta: Array<[string, string]>): string[] => meta.filter(([t]) => t === 'annotation').map(([, v]) => v);

/** The notes of an XLIFF 2 `<file>` or `<group>` itself (in its `<notes>`). */
const notes2 = (container: XmlElement): XmlElement[] => elements(child(container, 'notes') ?? container, 'note');

/** The notes of every group within `container`, at any depth (`notesOf`: a group's own notes), units' notes left out. */
const groupNotesWithin = (container: XmlElement, notesOf: (group: XmlElement) => XmlElement[]): XmlElement[] =>
  elements(container, 'group').flatMap((g) => [...notesOf(g), ...groupNotesWithin(g, notesOf)]);

function metaValue(list: Array<[string, string]>, type: string): string | undefined {
  return list.find(([t]) => t === type)?.[1];
}

/** An XLIFF 2 `<data>`'s text, its `<cp hex>` as the characters they stand for. */
function dataText(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : c.local === 'cp' ? cpChar(c) : '')).join('');
}

function plainText(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : plainText(c))).join('');
}

function priorityOf(n: XmlElement): Severity {
  const prio = Number(attr(n, 'priority') ?? 5);
  return prio <= 2 ? 'critical' : prio <= 4 ? 'major' : 'minor';
}

const isPreserve = (el: XmlElement, inherited: boolean) => {
  const v = attr(el, 'xml:space');
  return v ? v === 'preserve' : inherited;
};

/** One side of a foreign segment: its sentences and how its inline offsets map into them. */
/** True when `id` was seen before in the same file (and remembers it). */
function repeatsId(seen: Set<string>, id: string | undefined): boolean {
  if (id === undefined || id === '') return false;
  if (seen.has(id)) return true;
  seen.add(id);
  return false;
}

/** Before the first segment: whitespace and inline-code placeholders (see `codes.ts`) only. */
const LEAD = new RegExp(`^[\\s${CODE_RANGE}]*$`);
/** After the last: codes, then whitespace. */
const TRAIL = new RegExp(`^([${CODE_RANGE}]*)(\\s*)$`);
/** Between two: codes, whitespace, codes. */
const BETWEEN = new RegExp(`^([${CODE_RANGE}]*)(\\s*)([${CODE_RANGE}]*)$`);

/** A unit's side cut at its `mrk mtype="seg"` segments (see `segmentBreaks`). */
interface SegmentCut {
  inline: Inline;
  /** Per segment: the inline codes right before its `<mrk>` and right after it that stand outside it. */
  outside: Array<[number, number]>;
  /** Per segment: the whitespace after it (before the next one; after the last, to the end). */
  gaps: string[];
  /** Per segment: where its gap stood (BeadOrigin.gapHomes): at its end, at the next one's start, between ('', or in more than one place). */
  homes: GapHome[];
  /**
   * Per segment: the sentences of the unit it holds (0 for a target segment not translated yet; a blank
   * one, codes only, for an empty segment with codes in or around it; more than one where a line break
   * parts it).
   */
  counts: number[];
  /** Per segment: its `mid`. */
  mids: string[];
  /** Per segment: the text between the break before it and the break after it (its sentences, read together). */
  regions: string[];
}

/**
 * A target's cut (`segmentBreaks`) laid over the seg-source's segments `mids`, when the target holds some of
 * them only, in their order (another tool left out segments not translated yet): each one it lacks is a
 * segment with no sentence, written back empty. Null when the target's segments are not so.
 */
function overSource(trg: SegmentCut, mids: readonly string[]): SegmentCut | null {
  const at = new Map(trg.mids.map((m, k) => [m, k]));
  let last = -1;
  for (const m of trg.mids) {
    const k = mids.indexOf(m);
    if (k <= last) return null;
    last = k;
  }
  const pick = <T,>(list: readonly T[], none: T): T[] => mids.map((m) => (at.has(m) ? list[at.get(m)!] : none));
  return { inline: trg.inline, outside: pick(trg.outside, [0, 0]), gaps: pick(trg.gaps, ''), homes: pick(trg.homes, ''), counts: pick(trg.counts, 0), mids: [...mids], regions: pick(trg.regions, '') };
}

/**
 * `inline` with a break between each two of its `mrk mtype="seg"` segments, so that each segment
 * ends a sentence: written over the first character of the whitespace between them, or
 * put in where they touch (marks after it move on by one). What stands between two segments may
 * be inline codes and whitespace (codes, whitespace, codes): the codes before the whitespace end
 * the segment before, those after it start the next one, and `outside` counts them so that an
 * export writes them back outside the segments. Null when segments overlap or stand apart by text.
 */
function segmentBreaks(inline: Inline): SegmentCut | null {
  const segs = inline.marks.filter((m) => m.attrs.mtype === 'seg').sort((x, y) => x.start - y.start);
  const n = segs.length;
  if (n < 1) return null;
  let text = inline.text;
  let marks = inline.marks;
  const outside: Array<[number, number]> = segs.map(() => [0, 0]);
  const gaps: string[] = segs.map(() => '');
  const homes: GapHome[] = segs.map(() => '');
  // (where a gap's whitespace stood, of: the end of the segment before, between, the start of the next)
  const homeOf = (end: string, between: string, start: string): GapHome =>
    oneHome(([[end, 'end'], [between, ''], [start, 'start']] as Array<[string, GapHome]>).flatMap(([ws, h]) => (ws !== '' ? [h] : [])));
  const spacing = (ws: string) => {
    const w = ws.split(BREAK).join('');
    return inline.preserve || w === '' ? w : ' ';
  };
  // the whitespace a segment holds at its end, and the next at its start: with the gap between them (each
  // segment's sentences are read without it), so that an export does not glue the two
  const inner = (k: number, end: boolean): string => {
    const own = inline.text.slice(segs[k].start, segs[k].end);
    return own.trim() === '' ? '' : end ? /\s*$/.exec(own)![0] : /^\s*/.exec(own)![0];
  };
  const lead = text.slice(0, segs[0].start);
  const trail = TRAIL.exec(text.slice(segs[n - 1].end));
  if (!LEAD.test(lead) || !trail) return null;
  outside[0][0] = [...lead].filter(isCodePlaceholder).length;
  outside[n - 1][1] = trail[1].length;
  gaps[n - 1] = spacing(inner(n - 1, true) + trail[2]);
  homes[n - 1] = homeOf(inner(n - 1, true), trail[2], '');
  // where the break after each segment but the last stands in the text as cut (kept up to date as breaks go in)
  const breakAt: number[] = segs.map(() => -1);
  const moveOn = (at: number) => {
    for (let q = 0; q < n; q++) if (breakAt[q] >= at) breakAt[q]++;
  };
  // from the last gap to the first, so that a break put in moves no offset still to be read
  for (let k = n - 2; k >= 0; k--) {
    const from = segs[k].end;
    const to = segs[k + 1].start;
    if (to < from) return null;
    const m = BETWEEN.exec(text.slice(from, to));
    if (!m) return null;
    outside[k][1] = m[1].length;
    outside[k + 1][0] = m[3].length;
    gaps[k] = spacing(inner(k, true) + m[2] + inner(k + 1, false));
    homes[k] = homeOf(inner(k, true), m[2], inner(k + 1, false));
    const at = from + m[1].length;
    // a break already there (a code that ended the sentence) serves
    if (m[2].includes(BREAK) || text[to] === BREAK) {
      breakAt[k] = m[2].includes(BREAK) ? at + m[2].indexOf(BREAK) : to;
      continue;
    }
    breakAt[k] = at;
    if (m[2] !== '') {
      text = text.slice(0, at) + BREAK + text.slice(at + 1);
      continue;
    }
    moveOn(at + 1);
    text = text.slice(0, at) + BREAK + text.slice(at);
    marks = marks.map((x) => ({ ...x, start: x.start >= at ? x.start + 1 : x.start, end: x.end > at || (x.end === at && x.start >= at) ? x.end + 1 : x.end }));
  }
  // Each segment's sentences: those of the text between the break before it and the break after it (its
  // codes outside it included: a code before an empty segment is a sentence of its own, a blank one)
  const regions = segs.map((_, k) => text.slice(k === 0 ? 0 : breakAt[k - 1] + 1, k === n - 1 ? text.length : breakAt[k]));
  const counts = regions.map((r) => sentencesOf(r, inline.preserve).sentences.length);
  return { inline: { ...inline, text, marks }, outside, gaps, homes, counts, mids: segs.map((s) => s.attrs.mid ?? ''), regions };
}

/** The one place the whitespace of a gap stood (BeadOrigin.gapHomes), given each place a part of it stood in; '' for none, or more than one. */
function oneHome(places: readonly GapHome[]): GapHome {
  return places.length > 0 && places.every((h) => h === places[0]) ? places[0] : '';
}

/**
 * What an export needs to write a segmented unit's segments back as they stood: the whitespace
 * between them (`gaps`), and the codes outside them (`segmentCodes`).
 */
function segmentSpacing([a, b]: [SegmentCut, SegmentCut]): Pick<BeadOrigin, 'gaps' | 'gapHomes' | 'segmentCodes'> {
  const codes = a.outside.map(([x, y], k): [number, number, number, number] => [x, y, b.outside[k][0], b.outside[k][1]]);
  const homes = a.homes.map((h, k): [GapHome, GapHome] => [h, b.homes[k]]);
  return {
    // (one space included: XLIFF 2 writes what stands between segments as an <ignorable>)
    gaps: a.gaps.map((g, k): [string, string] => [g, b.gaps[k]]),
    ...(homes.some(([x, y]) => x !== '' || y !== '') ? { gapHomes: homes } : {}),
    ...(codes.some((c) => c.some((n) => n > 0)) ? { segmentCodes: codes } : {}),
  };
}

/** `segmentWritten` of a unit's segments (`segmentSpacingOf`), when one of them has spacing of its own. */
function ownSegmentSpacing(texts: Array<[string, string]>, preserve: [boolean, boolean], b: VersionsBuilder, side: number): Pick<BeadOrigin, 'segmentWritten'> {
  const written = segmentSpacingOf(texts, preserve, [breakCodeOf(b.sinkOf(0).codes), breakCodeOf(b.sinkOf(side).codes)]);
  return written ? { segmentWritten: written } : {};
}

/**
 * Trados Studio confirmation levels of a segment (`<sdl:seg conf>`) that say a reviewer approved it
 * (`Translated` is the translator's own: written back as XLIFF 2 `translated`, not `reviewed`).
 */
const TRADOS_CONFIRMED = new Set(['ApprovedTranslation', 'ApprovedSignOff']);

/**
 * Trados Studio confirmation levels as XLIFF 1.2 target states (`Unspecified` says nothing): a draft or a rejected
 * translation still needs translating, a rejected sign-off needs review.
 */
const TRADOS_STATES: ReadonlyMap<string, string> = new Map([
  ['Draft', 'needs-translation'],
  ['RejectedTranslation', 'needs-translation'],
  ['RejectedSignOff', 'needs-review-translation'],
  ['Translated', 'translated'],
  ['ApprovedTranslation', 'signed-off'],
  ['ApprovedSignOff', 'final'],
]);

/**
 * The XLIFF 1.2 state a Trados unit's segments say together (`<sdl:seg conf>`; the least advanced of them,
 * `unitState12`), for a `<target>` without a `state` of its own; undefined where a segment has none or one not
 * listed. With `mid`, that segment's alone.
 */
function tradosState(tu: XmlElement, mid?: string): string | undefined {
  const segs = elements(tu, 'seg-defs')
    .flatMap((d) => elements(d, 'seg'))
    .filter((g) => mid === undefined || attr(g, 'id') === mid);
  const states = segs.map((g) => TRADOS_STATES.get(attr(g, 'conf') ?? ''));
  return states.every((x): x is string => x !== undefined) ? unitState12(states) : undefined;
}

/** `segmentStates` of a unit's segments, where one of them has a state. */
function segmentStatesOf(states: string[]): Pick<BeadOrigin, 'segmentStates'> {
  return states.some((x) => x !== '') ? { segmentStates: states } : {};
}

/**
 * What another tool's own attributes say of a unit: confirmed by a person (memoQ `mq:status="Confirmed"`,
 * Phrase `m:confirmed="1"`, every Trados segment approved), locked (memoQ `mq:locked`, Phrase `m:locked`, every Trados segment
 * `locked="true"`). Undefined where the unit says nothing of it.
 */
function toolStatus(tu: XmlElement): { confirmed?: boolean; locked?: boolean } {
  const mq = attr(tu, 'mq:status');
  // (Phrase/Memsource: `m:confirmed="1"`, `m:locked="true"`)
  const phrase = attr(tu, 'm:confirmed');
  // (memoQ writes `Locked`; older exports `locked` or `true`)
  const mqLocked = attr(tu, 'mq:locked')?.toLowerCase();
  const segs = elements(tu, 'seg-defs').flatMap((d) => elements(d, 'seg'));
  const out: { confirmed?: boolean; locked?: boolean } = {};
  if (mq !== undefined) out.confirmed = MEMOQ_CONFIRMED.has(mq);
  else if (phrase !== undefined) out.confirmed = phrase === '1' || phrase === 'true';
  else if (segs.some((g) => attr(g, 'conf') !== undefined)) out.confirmed = segs.every((g) => TRADOS_CONFIRMED.has(attr(g, 'conf') ?? ''));
  if (mqLocked === 'locked' || mqLocked === 'true' || attr(tu, 'm:locked') === 'true' || (segs.length && segs.every((g) => attr(g, 'locked') === 'true'))) out.locked = true;
  return out;
}

/** The `mrk mtype="seg"` ids of an element, at any depth (a segment may sit inside a `<g>`), in order. */
function segmentIdsOf(el: XmlElement | undefined): string[] {
  if (!el) return [];
  return elements(el).flatMap((c) => (c.local === 'mrk' && attr(c, 'mtype') === 'seg' ? [attr(c, 'mid') ?? ''] : c.local === 'sub' ? [] : segmentIdsOf(c)));
}

/** The attributes of an element's `mrk mtype="seg"` segments beyond their type and id (`mtc:state`), at any depth. */
function segmentMarkAttrs(el: XmlElement | undefined): string[] {
  if (!el) return [];
  return elements(el).flatMap((c) => (c.local === 'mrk' && attr(c, 'mtype') === 'seg' ? Object.keys(attrsOf(c, ['mtype', 'mid'])) : c.local === 'sub' ? [] : segmentMarkAttrs(c)));
}

/** True when `<seg-source>` and `<target>` hold the same two or more segments (`mrk mtype="seg"` ids, in order). */
function segmentedAlike(segSource: XmlElement | undefined, target: XmlElement | undefined): boolean {
  const mids = segmentIdsOf(segSource);
  return mids.length > 1 && mids.join('\u0000') === segmentIdsOf(target).join('\u0000');
}

function cut(inline: Inline): { sentences: string[]; map: (i: number) => number } {
  return sentencesOf(inline.text, inline.preserve);
}

/**
 * The comment a foreign file's mark carries: an XLIFF 2 comment annotation (`<mrk type="comment"
 * value="…">`) or an XLIFF 1.2 `<mrk comment="…">` (Selaras's own mismatch marks left out: the
 * comparison is recomputed).
 */
function commentOf(attrs: Record<string, string>): string | undefined {
  if (attrs.type === 'comment' && attrs.value !== undefined) return attrs.value;
  if (attrs.comment !== undefined && !(attrs.mtype ?? '').startsWith('x-selaras')) return attrs.comment;
  return undefined;
}

/**
 * Trados Studio's comments (`<doc-info>/<cmt-defs>/<cmt-def id>` with one `<Comment>` per remark,
 * its author, date and severity), by id, as the notes they become.
 */
function sdlComments(root: XmlElement): Map<string, Array<{ note: string; extra: ForeignNote }>> {
  const out = new Map<string, Array<{ note: string; extra: ForeignNote }>>();
  const severity: Record<string, Severity> = { Low: 'minor', Medium: 'major', High: 'critical' };
  const all = (el: XmlElement, local: string): XmlElement[] => elements(el).flatMap((c) => (c.local === local ? [c] : all(c, local)));
  for (const info of elements(root, 'doc-info')) {
    for (const def of all(info, 'cmt-def')) {
      const list = all(def, 'Comment').map((c) => ({
        note: plainText(c),
        extra: { author: attr(c, 'user'), created: attr(c, 'date'), severity: severity[attr(c, 'severity') ?? ''] ?? 'minor', attrs: attrsOf(c, []) },
      }));
      if (list.length) out.set(attr(def, 'id') ?? '', list);
    }
  }
  return out;
}

/**
 * Adds ITS quality issues and comment marks of a foreign file as annotations on their spans; with
 * `keepMarks`, its protected spans and terms too (XLIFF 2 `translate="no"` and other marks, XLIFF 1.2
 * any XLIFF 1.2 `mtype`: `protected`, `term`, `abbrev`, an `x-` type), as inline marks (isInlineMark) that XLIFF exports write back. Returns how many other marks it met: their
 * text is read, the marks themselves are not.
 */
function addForeignIssues(
  b: VersionsBuilder,
  unit: number,
  side: number,
  marks: Mark[],
  map: (i: number) => number,
  sdl?: Map<string, Array<{ note: string; extra: ForeignNote }>>,
  keepMarks = false,
): number {
  let unread = 0;
  for (const m of marks) {
    const type = itsAttr(m.attrs, 'locQualityIssueType');
    const comment = itsAttr(m.attrs, 'locQualityIssueComment');
    if (type === undefined && comment === undefined) {
      // A Trados comment: its remarks are kept in the document's <doc-info>.
      const cid = m.attrs.mtype === 'x-sdl-comment' ? itsAttr(m.attrs, 'cid') : undefined;
      const remarks = (cid !== undefined && sdl?.get(cid)) || [];
      for (const c of remarks) b.spanNote(unit, side, map(m.start), map(m.end), c.note, c.extra);
      const remark = commentOf(m.attrs);
      // The mark's attributes are kept, so that an XLIFF 2 export writes the comment back on its span.
      if (remark !== undefined) b.spanNote(unit, side, map(m.start), map(m.end), remark, { attrs: { ...m.attrs, 'x-comment': 'yes' } });
      // Segment marks (XLIFF 1.2 `mtype="seg"`) and Selaras's own are read elsewhere.
      const mtype = m.attrs.mtype ?? '';
      if (mtype === 'seg' || mtype === 'x-sdl-added' || mtype.startsWith('x-selaras')) continue;
      // (an XLIFF 1.2 term or other mark with a comment is both: the comment a note, the mark a mark; a comment's
      // own mark, XLIFF 2 `type="comment"` or Trados's `x-sdl-comment`, only a note)
      if (remarks.length || (remark !== undefined && (m.attrs.mtype === undefined || mtype === 'x-sdl-comment'))) continue;
      // (XLIFF 2: a mark with no comment; XLIFF 1.2: any `mtype` the standard lists (`protected`, `term`, `abbrev`, …)
      // or another tool's `x-` type; a Trados comment whose remarks are missing stays a mark)
      const kept = mtype !== 'x-sdl-deleted';
      if (keepMarks && kept && m.end > m.start) b.spanNote(unit, side, map(m.start), map(m.end), '', { attrs: { ...m.attrs, 'x-mark': 'yes' } });
      else unread++;
      continue;
    }
    b.spanNote(unit, side, map(m.start), map(m.end), comment ?? '', lqiNote(m.attrs));
  }
  return unread;
}

/** An ITS quality issue (an inline mark's ITS attributes) as a note: its type, severity, and whether it is enabled. */
function lqiNote(attrs: Record<string, string>): ForeignNote {
  const sev = Number(itsAttr(attrs, 'locQualityIssueSeverity'));
  const severity: Severity = Number.isFinite(sev) ? severityFromScore(sev) : 'minor';
  const verdict: Verdict = itsAttr(attrs, 'locQualityIssueEnabled') === 'no' ? 'acceptable' : 'open';
  // The attributes are kept, so that an XLIFF 2 export writes the issue back as an ITS mark.
  return { category: itsAttr(attrs, 'locQualityIssueType'), severity, verdict, attrs: { ...attrs, 'x-lqi': 'yes' } };
}

/**
 * The ITS quality issues a document keeps apart from the text they are about (standoff:
 * `<its:locQualityIssues xml:id="lqi1">` with its `<its:locQualityIssue>`s, wherever it stands), by id, each issue's
 * attributes as an inline ITS mark carries them (`its:locQualityIssueType`, …); and the ids something refers to
 * (`its:locQualityIssuesRef="#lqi1"` on a unit or a mark).
 */
export function standoffIssues(root: XmlElement): { byId: Map<string, Array<Record<string, string>>>; referred: Set<string> } {
  const byId = new Map<string, Array<Record<string, string>>>();
  const referred = new Set<string>();
  const walk = (el: XmlElement): void => {
    const ref = itsAttr(el.attrs, 'locQualityIssuesRef');
    if (ref?.startsWith('#')) referred.add(ref.slice(1));
    if (el.local === 'locQualityIssues') {
      const id = attr(el, 'xml:id');
      if (id !== undefined) byId.set(id, elements(el, 'locQualityIssue').map(issueAttrs));
      return;
    }
    for (const c of elements(el)) walk(c);
  };
  walk(root);
  return { byId, referred };
}

/** A standoff `<its:locQualityIssue>`'s ITS attributes as an inline mark carries them (with the `its:` prefix). */
function issueAttrs(issue: XmlElement): Record<string, string> {
  const out: Record<string, string> = { type: 'its:generic' };
  for (const [k, v] of Object.entries(issue.attrs)) {
    const local = k.slice(k.indexOf(':') + 1);
    if (local.startsWith('locQualityIssue')) out[`its:${local}`] = v;
  }
  return out;
}

/** The issues an `its:locQualityIssuesRef` in these attributes refers to, or null (none, or not in the document). */
function referredIssues(attrs: Record<string, string>, standoff: Map<string, Array<Record<string, string>>>): Array<Record<string, string>> | null {
  const ref = itsAttr(attrs, 'locQualityIssuesRef');
  return (ref?.startsWith('#') && standoff.get(ref.slice(1))) || null;
}

/** Attributes without their `its:locQualityIssuesRef` (its issues are read: an export writes them on the text itself). */
function withoutIssuesRef(attrs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => k.slice(k.indexOf(':') + 1) !== 'locQualityIssuesRef'));
}

/**
 * The marks with standoff issues read into them: a mark that refers to a list of issues becomes one ITS mark per
 * issue on its span (the second and later with ids of their own), as if the file had written them inline.
 */
function withStandoff(marks: Mark[], standoff: Map<string, Array<Record<string, string>>>): Mark[] {
  if (!standoff.size) return marks;
  return marks.flatMap((m) => {
    const issues = referredIssues(m.attrs, standoff);
    if (!issues) return [m];
    const rest = withoutIssuesRef(m.attrs);
    return issues.map((issue, k) => ({ ...m, attrs: { ...rest, ...issue, ...(k > 0 && rest.id !== undefined ? { id: `${rest.id}-${k + 1}` } : {}) } }));
  });
}

/** True for a standoff list of issues that something in the document refers to (read there, not said unread). */
function isReferredStandoff(el: XmlElement, referred: Set<string>): boolean {
  return el.local === 'locQualityIssues' && referred.has(attr(el, 'xml:id') ?? '');
}

/** The standoff issues a unit refers to itself (its whole text): notes on its target (its source when it has none). */
function addUnitIssues(b: VersionsBuilder, unit: number, side: number, issues: Array<Record<string, string>> | null): void {
  for (const i of issues ?? []) b.unitNote(unit, side, itsAttr(i, 'locQualityIssueComment') ?? '', lqiNote(i));
}

/**
 * The mismatch marks Selaras wrote in one unit (ids from own-marks.ts) that another tool kept while it dropped
 * Selaras's data: taken out of the unit's marks (the comparison is recomputed: they are no notes of another tool), their
 * verdicts and the notes numbered after them put back on the mismatches their figures make.
 */
class OwnIssues {
  private readonly found = new Map<string, { kind: OwnMark['kind']; verdict: Verdict; figures: Partial<Record<'a' | 'b', { side: 'a' | 'b'; start: number; end: number; text: string }>> }>();

  /** `texts`: the unit's sentences on each side as unit-local offsets count them. */
  constructor(private readonly texts: [string, string]) {}

  /** The marks that are not Selaras's own; its own are kept aside. */
  take(marks: Mark[], side: 'a' | 'b', map: (i: number) => number): Mark[] {
    return marks.filter((m) => {
      // (XLIFF 2: an ITS issue with our id; XLIFF 1.2: our mark type, the id in it)
      const x12 = markIdOfMtype(m.attrs.mtype);
      const own = readOwnMarkId(x12 ?? m.attrs.id);
      // (XLIFF 2: an ITS issue, or a mark of the generic ITS type whose ITS attributes a tool dropped with their namespace)
      const its = itsAttr(m.attrs, 'locQualityIssueType') !== undefined || m.attrs.type === 'its:generic';
      if (!own || own.side !== side || (!x12 && !its) || m.end <= m.start) return true;
      // (the file's ITS flag wins where another tool's reviewer changed it: dismissed there, or enabled again)
      // (without its ITS attributes the id's verdict stands)
      const off = x12 || itsAttr(m.attrs, 'locQualityIssueType') === undefined ? isDismissed(own) : itsAttr(m.attrs, 'locQualityIssueEnabled') === 'no';
      const verdict: Verdict = off === isDismissed({ verdict: own.verdict }) ? own.verdict : off ? 'acceptable' : 'open';
      const start = map(m.start);
      const end = map(m.end);
      // (both sides' marks say one verdict; where they differ, the source's stands)
      const entry = this.found.get(own.mismatch) ?? { kind: own.kind, verdict, figures: {} };
      entry.figures[side] = { side, start, end, text: this.texts[side === 'a' ? 0 : 1].slice(start, end) };
      this.found.set(own.mismatch, entry);
      return false;
    });
  }

  /** The one own mismatch of the unit, when it has exactly one. */
  only(): string | null {
    return this.found.size === 1 ? [...this.found.keys()][0] : null;
  }

  /** The id an XLIFF 1.2 note would have (1.2 notes have none): a general note is on the mismatch when the unit has one only. */
  noteId12(n: XmlElement): string | undefined {
    const only = this.only();
    return only && (attr(n, 'annotates') ?? 'general') === 'general' ? `${only}-n1` : undefined;
  }

  /** Puts each own mismatch's verdict and notes on the unit; returns the notes that are on none of them. */
  addTo<N>(b: VersionsBuilder, unit: number, notes: readonly N[], idOf: (n: N) => string | undefined, read: (n: N) => { note: string; extra: ForeignNote }): N[] {
    const on = new Map<string, N[]>();
    const left = notes.filter((n) => {
      const m = readOwnNoteId(idOf(n));
      if (m === null || !this.found.has(m)) return true;
      on.set(m, [...(on.get(m) ?? []), n]);
      return false;
    });
    for (const [id, x] of this.found) {
      const mine = (on.get(id) ?? []).map(read);
      if (x.verdict !== 'open' || mine.length) b.ownIssue(unit, x.kind, x.verdict, [x.figures.a, x.figures.b], mine);
    }
    return left;
  }
}

/** memoQ's `<mq:comments>` of a unit. */
function isMemoqComments(el: XmlElement): boolean {
  return el.local === 'comments' && el.name.startsWith('mq:');
}

/** What the not-read list calls Trados's tracked deletions and insertions. */
const SDL_DELETED = 'mrk mtype="x-sdl-deleted"';
const SDL_ADDED = 'mrk mtype="x-sdl-added"';

const emptyStats = (): BilingualStats => ({ languages: [], units: 0, translated: 0, notes: { header: 0, file: 0, group: 0, unit: 0, variant: 0 }, codes: 0 });

function useLang(stats: BilingualStats, tag: string | undefined): void {
  if (tag && !stats.languages.some((l) => l.toLowerCase() === tag.toLowerCase())) stats.languages.push(tag);
}

/** Parses XLIFF 1.2 or 2.x text. `name` is used in error parameters. Never throws. */
export function importXliff(xml: string, name = 'file.xlf'): BilingualImportResult {
  return neverThrow(name, () => importXliffUnsafe(xml, name));
}

function importXliffUnsafe(xml: string, name: string): BilingualImportResult {
  const read = readRoot(xml, name, 'xliff', 'an XLIFF');
  if (!read.ok) return read;
  const root = read.root;
  const written = attr(root, 'version') ?? '';
  // (the namespace says which XLIFF the elements are: a file in XLIFF 2's namespace that says version="1.2" is read as 2.0)
  const version = attr(root, 'xmlns') === XLIFF_NS && !/^2\./.test(written) ? '2.0' : written;
  if (/^2\./.test(version)) {
    const invalid = validateV2(root, xml, name);
    return invalid ?? importV2(root, name, version);
  }
  if (/^1\.[0-2]$/.test(version)) return importV12(root, name, version);
  const why = version ? `uses XLIFF version ${version}, which Selaras does not read` : 'has no version attribute on <xliff>';
  return xmlError('unsupported-version', name, `${name} ${why} (Selaras reads XLIFF 1.0 to 1.2 and 2.x).`, { version });
}

/** The line of the `nth` start tag with this local name in the raw text (1-based), or 0. */
function lineOfTag(xml: string, local: string, nth: number): number {
  const re = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`, 'g');
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(xml))) {
    if (k++ === nth) return xml.slice(0, m.index).split('\n').length;
  }
  return 0;
}

type Rule = 'oneSource' | 'uniqueId' | 'pairedCodes';
const RULE_TEXT: Record<Rule, string> = {
  oneSource: 'a segment must hold exactly one <source>',
  uniqueId: 'ids must be unique',
  pairedCodes: 'every <sc> needs its <ec> in the same unit (and every <ec> its <sc>)',
};

/** Checks the XLIFF 2 core rules Selaras relies on; the first broken one is returned as a refusal. */
function validateV2(root: XmlElement, xml: string, name: string): XmlImportError | null {
  // Ordinal of every element among those with its local name, in document order.
  const ordinal = new Map<XmlElement, number>();
  const counts = new Map<string, number>();
  const number = (e: XmlElement): void => {
    const n = counts.get(e.local) ?? 0;
    ordinal.set(e, n);
    counts.set(e.local, n + 1);
    for (const c of elements(e)) number(c);
  };
  number(root);
  const refuse = (rule: Rule, el: XmlElement, detail: string): XmlImportError => {
    const line = lineOfTag(xml, el.local, ordinal.get(el) ?? 0);
    return {
      ...xmlError('invalid', name, `${name}, line ${line}: not valid XLIFF 2 (${RULE_TEXT[rule]}: ${detail}).`, { line, rule, detail }),
      messageKey: `errors.xml.invalid.${rule}`,
    };
  };
  const fileIds = new Set<string>();
  for (const file of elements(root, 'file')) {
    const fid = attr(file, 'id') ?? '';
    if (fileIds.has(fid)) return refuse('uniqueId', file, `file id "${fid}"`);
    fileIds.add(fid);
    const ids = new Set<string>();
    const visit = (container: XmlElement): XmlImportError | null => {
      for (const c of elements(container)) {
        if (c.local !== 'group' && c.local !== 'unit') continue;
        const id = attr(c, 'id') ?? '';
        if (ids.has(id)) return refuse('uniqueId', c, `${c.local} id "${id}"`);
        ids.add(id);
        const bad = c.local === 'group' ? visit(c) : checkUnit(c);
        if (bad) return bad;
      }
      return null;
    };
    const checkUnit = (u: XmlElement): XmlImportError | null => {
      const segIds = new Set<string>();
      const open = new Map<string, XmlElement>();
      const codeIds = new Set<string>();
      for (const seg of elements(u).filter((e) => e.local === 'segment' || e.local === 'ignorable')) {
        const sid = attr(seg, 'id');
        if (sid !== undefined) {
          if (segIds.has(sid)) return refuse('uniqueId', seg, `${seg.local} id "${sid}"`);
          segIds.add(sid);
        }
        const sources = elements(seg, 'source');
        if (sources.length !== 1) return refuse('oneSource', sources[1] ?? seg, `${sources.length} sources in unit "${attr(u, 'id') ?? ''}"`);
        for (const part of [sources[0], child(seg, 'target')]) {
          if (!part) continue;
          const walk = (e: XmlElement): XmlImportError | null => {
            for (const c of elements(e)) {
              if (c.local === 'sc' && attr(c, 'isolated') !== 'yes') open.set(`${part.local}:${attr(c, 'id') ?? ''}`, c);
              if (c.local === 'ec' && attr(c, 'isolated') !== 'yes') {
                const key = `${part.local}:${attr(c, 'startRef') ?? ''}`;
                if (!open.has(key)) return refuse('pairedCodes', c, `<ec startRef="${attr(c, 'startRef') ?? ''}"> without its <sc>`);
                open.delete(key);
              }
              if (part.local === 'source' && ['ph', 'pc', 'sc', 'mrk', 'sm'].includes(c.local) && attr(c, 'id') !== undefined) {
                const id = attr(c, 'id')!;
                if (codeIds.has(id)) return refuse('uniqueId', c, `inline id "${id}"`);
                codeIds.add(id);
              }
              const bad = walk(c);
              if (bad) return bad;
            }
            return null;
          };
          const bad = walk(part);
          if (bad) return bad;
        }
      }
      const [left] = open.values();
      if (left) return refuse('pairedCodes', left, `<sc id="${attr(left, 'id') ?? ''}"> without its <ec>`);
      return null;
    };
    const bad = visit(file);
    if (bad) return bad;
  }
  return null;
}

/**
 * The whitespace after each segment of an XLIFF 2 unit, on side A and B: the segment's trailing
 * whitespace, that of the whitespace-only `<ignorable>`s before the next segment and the next
 * segment's leading whitespace (one space where `xml:space` is not `preserve`), with where it stood
 * (`homes`: written back there).
 */
function gapsOf(u: XmlElement, src: Inline[], trg: Array<Inline | null>, preserve: boolean): { gaps: Array<[string, string]>; homes: Array<[GapHome, GapHome]> } {
  const raw: Array<[string, string]> = [];
  // (the places each side's whitespace came from: end of the segment, an ignorable, start of the next)
  const from: Array<[GapHome[], GapHome[]]> = [];
  const add = (k: number, side: 0 | 1, ws: string, home: GapHome) => {
    if (ws === '') return;
    raw[k][side] += ws;
    from[k][side].push(home);
  };
  const tail = (x: Inline | null | undefined) => /[ \t\r\n]*$/.exec(x?.text ?? '')![0];
  // (a segment's leading whitespace goes with the gap before it, unless the segment is whitespace only)
  const lead = (x: Inline | null | undefined) => (x && x.text.trim() !== '' ? /^[ \t\r\n]*/.exec(x.text)![0] : '');
  // (a gap is kept as written where the unit, a segment's text beside it or the ignorable holding it is under xml:space="preserve")
  const kept: Array<[boolean, boolean]> = [];
  const keep = (k: number, side: 0 | 1, also: boolean) => {
    kept[k] = kept[k] ?? [preserve, preserve];
    kept[k][side] ||= also;
  };
  let k = -1;
  for (const c of elements(u)) {
    if (c.local === 'segment') {
      k++;
      if (k > 0) {
        add(k - 1, 0, lead(src[k]), 'start');
        add(k - 1, 1, lead(trg[k]), 'start');
        keep(k - 1, 0, !!src[k]?.preserve);
        keep(k - 1, 1, !!trg[k]?.preserve);
      }
      raw.push(['', '']);
      from.push([[], []]);
      add(k, 0, tail(src[k]), 'end');
      add(k, 1, tail(trg[k]), 'end');
      keep(k, 0, !!src[k]?.preserve);
      keep(k, 1, !!trg[k]?.preserve);
    } else if (c.local === 'ignorable' && k >= 0) {
      const sEl = child(c, 'source');
      const s = plainText(sEl ?? c);
      const tEl = child(c, 'target');
      const t = tEl ? plainText(tEl) : s;
      if (s.trim() === '' && t.trim() === '') {
        add(k, 0, s, '');
        add(k, 1, t, '');
        keep(k, 0, isPreserve(c, false) || (!!sEl && isPreserve(sEl, false)));
        keep(k, 1, isPreserve(c, false) || (tEl ? isPreserve(tEl, false) : !!sEl && isPreserve(sEl, false)));
      }
    }
  }
  return {
    gaps: raw.map(([s, t], i) => [kept[i]?.[0] ? s : s ? ' ' : '', kept[i]?.[1] ? t : t ? ' ' : '']),
    homes: from.map(([a, b]) => [oneHome(a), oneHome(b)]),
  };
}

function importV2(root: XmlElement, name: string, version: string): BilingualImportResult {
  const srcLang = attr(root, 'srcLang') ?? '';
  const trgLang = attr(root, 'trgLang') ?? '';
  const stats = emptyStats();
  useLang(stats, srcLang);
  useLang(stats, trgLang);
  const b = new VersionsBuilder([srcLang, trgLang]);
  let fileMeta: Array<[string, string]> = [];
  const files = elements(root, 'file');
  const fileOrigin: FileOrigin = { format: 'xliff-2', attrs: attrsOf(root, ['version', 'srcLang', 'trgLang']), files: [], groups: [] };
  const namespaces2 = declaredNamespaces([root, ...files], XLIFF_NS);
  if (namespaces2) fileOrigin.namespaces = namespaces2;
  const dropped2: Record<string, number> = {};
  // (another tool's elements beside the files are not read: said; the root's own attributes are written back)
  for (const c of elements(root)) if (c.local !== 'file') tally(dropped2, c.name);
  const ours = files.some((f) => selarasMeta(f).length > 0);
  // (ITS issues kept apart from their text, read onto the text that refers to them)
  const standoff = standoffIssues(root);
  // (the annotations on no unit, which Selaras writes as notes of a file or group; one pool for all of them)
  const looseEncoded = encodedOf(files.map(selarasMeta).find((m) => m.length) ?? []);
  // (the notes of every file and group of a file Selaras wrote, against that pool: one edited since is its annotation's)
  const looseAdded = ours ? reconcileLooseNotes(files.flatMap((f) => [...notes2(f), ...groupNotesWithin(f, notes2)]), plainText, looseEncoded) : null;
  const noteOf = (n: XmlElement): ForeignNote => ({ category: attr(n, 'category'), severity: priorityOf(n), attrs: attrsOf(n, []) });
  const groupKeys = new GroupKeys();
  for (const [fileNo, file] of files.entries()) {
    const fm = selarasMeta(file);
    if (fm.length && !fileMeta.length) fileMeta = fm;
    const filePreserve = isPreserve(file, false);
    const fileId = attr(file, 'id') ?? '';
    // What a <file> holds besides units, groups and notes (a <skeleton>, another tool's metadata) is not read: said, never dropped silently
    for (const c of elements(file)) {
      if (READ_IN_FILE2.has(c.local) || (c.local === 'metadata' && selarasMeta({ ...file, children: [c] }).length) || isReferredStandoff(c, standoff.referred)) continue;
      tally(dropped2, c.name);
    }
    fileOrigin.files!.push({ key: fileId, attrs: attrsOf(file, []) });
    // (in a file Selaras wrote, a note that mirrors one of its annotations is read from its data; one added since is read as a note)
    const fileNotes = notes2(file);
    stats.notes.file += fileNotes.length;
    for (const n of looseAdded ? fileNotes.filter((x) => looseAdded.has(x)) : fileNotes) b.documentNote(plainText(n), { ...noteOf(n), ...(files.length > 1 ? { file: fileId } : {}) });
    const visit = (container: XmlElement, preserve: boolean, groups: string[]): void => {
      for (const c of elements(container)) {
        if (c.local === 'group') {
          const id = groupKeys.keyOf(attr(c, 'id') ?? '', fileNo);
          const ga = attrsOf(c, ['id']);
          // (a group that holds no unit is kept however bare, so that an export can say it does not write it)
          if (Object.keys(ga).length || !holdsUnit(c)) fileOrigin.groups!.push({ key: id, attrs: ga });
          const groupNotes = notes2(c);
          stats.notes.group += groupNotes.length;
          for (const n of looseAdded ? groupNotes.filter((x) => looseAdded.has(x)) : groupNotes) b.documentNote(plainText(n), { ...noteOf(n), group: id });
          visit(c, isPreserve(c, preserve), [...groups, id]);
        } else if (c.local === 'unit') readUnit(c, isPreserve(c, preserve), groups);
        // (what a group holds besides its groups, units and notes, another tool's metadata or validation rules, is not
        // read: said, never dropped silently; Selaras's own metadata is its data)
        else if (container.local === 'group' && c.local !== 'notes' && !(c.local === 'metadata' && selarasMeta({ ...container, children: [c] }).length) && !isReferredStandoff(c, standoff.referred)) tally(dropped2, c.name);
      }
    };
    const readUnit = (u: XmlElement, preserve: boolean, groups: string[]): void => {
      stats.units++;
      const unitNotes = elements(child(u, 'notes') ?? u, 'note');
      stats.notes.unit += unitNotes.length;
      const um = selarasMeta(u);
      const segments = elements(u, 'segment');
      // (what an <ignorable> holds besides whitespace, text or inline codes, is not read: said)
      const ignorable = elements(u, 'ignorable').filter((ig) => plainText(ig).trim() !== '' || elements(ig).some((side) => elements(side).length > 0)).length;
      tally(dropped2, 'ignorable', ignorable);
      // (an <ignorable> before a unit's first segment, or after the segment of a unit of one, is not kept: said)
      {
        const kids = elements(u).filter((c) => c.local === 'segment' || c.local === 'ignorable');
        const first = kids.findIndex((c) => c.local === 'segment');
        // (one holding text or codes is said above already; this is its whitespace)
        const whitespace = (c: XmlElement) => /^\s+$/.test(plainText(c));
        const edge = kids.filter((c, i) => c.local === 'ignorable' && (i < first || (segments.length === 1 && i > first)) && whitespace(c)).length;
        tally(dropped2, 'ignorable', edge);
      }
      for (const c of elements(u)) {
        if (READ_IN_UNIT2.has(c.local) || (c.local === 'metadata' && selarasMeta({ ...u, children: [c] }).length) || isReferredStandoff(c, standoff.referred)) continue;
        // Modules and extensions Selaras does not read (<mtc:matches>, <ctr:changeTrack>, another tool's <mda:metadata>, …).
        tally(dropped2, c.name);
      }
      const data = new Map<string, string>();
      // (a character XML cannot carry is a <cp hex> in a code's data too)
      for (const od of elements(u, 'originalData')) for (const d of elements(od, 'data')) data.set(attr(d, 'id') ?? '', dataText(d));
      // (the direction of a code's data, and an <ignorable>'s id, are not kept: said)
      tally(dropped2, 'data dir', elements(u, 'originalData').flatMap((od) => elements(od, 'data')).filter((d) => attr(d, 'dir') !== undefined).length);
      tally(dropped2, 'ignorable id', elements(u, 'ignorable').filter((ig) => attr(ig, 'id') !== undefined).length);
      for (const side of [0, 1]) {
        b.sinkOf(side).nextUnit();
        b.sinkOf(side).data = data;
      }
      const codesFrom = [b.sinkOf(0).codes.length, b.sinkOf(1).codes.length];
      // (a segment's canResegment and its target's order go back while the segments fit; XLIFF 2 allows a
      // segment no other attribute, another tool's neither: one is said not read)
      const segAttrs = segments.map((seg): Record<string, string> => {
        const all = attrsOf(seg, ['id', 'state', 'subState', 'xml:space']);
        for (const n of Object.keys(all)) if (n !== 'canResegment' && !um.length) tally(dropped2, `segment ${n}`);
        return all.canResegment !== undefined ? { canResegment: all.canResegment } : {};
      });
      const orders = segments.map((seg) => {
        const tg = child(seg, 'target');
        return (tg && attr(tg, 'order')) ?? '';
      });
      // (an <sm> range over several segments goes on in each: `carried`)
      const carriedA = new Map<string, Record<string, string>>();
      const carriedB = new Map<string, Record<string, string>>();
      const src = segments.map((s) => readInline(child(s, 'source'), 'xliff2', isPreserve(s, preserve), b.sinkOf(0), carriedA));
      const trg = segments.map((s) => (child(s, 'target') ? readInline(child(s, 'target'), 'xliff2', isPreserve(s, preserve), b.sinkOf(1), carriedB) : null));
      for (const x of [...src, ...trg]) {
        stats.codes += x?.codes ?? 0;
        tallyAll(dropped2, x?.unread);
      }
      if (trg.some((t) => t && holdsText(t.text))) stats.translated++;
      if (segments.length === 0) return;
      const origin: BeadOrigin = { unit: attr(u, 'id') ?? '', ...(groups.length ? { groups } : {}) };
      if (um.length) {
        restoreOwnCodes(b, codesFrom, um);
        // (a note a reviewer edited since takes its annotation's place, on its figure)
        const notes = reconcileNotes(unitNotes, plainText, encodedOf(um), (n) => attr(n, 'id'));
        const approved = segments.every((seg) => ['reviewed', 'final'].includes(attr(seg, 'state') ?? ''));
        const unit = addOwnUnit(b, um, src, trg, origin, groups.length > 0, notes.encoded, approved, segments.map((seg) => attr(seg, 'state') ?? ''));
        for (const n of notes.added) b.unitNote(unit, attr(n, 'appliesTo') === 'target' ? 1 : 0, plainText(n), noteOf(n));
        return;
      }
      // A foreign unit is one bead: its segments' sentences in order, each segment's count kept.
      const cuts = segments.map((_, k) => ({ a: cut(src[k]), t: trg[k] ? cut(trg[k]!) : null }));
      const sentsA = cuts.flatMap((c) => c.a.sentences);
      const sentsB = cuts.flatMap((c) => c.t?.sentences ?? []);
      const counts = cuts.map((c): [number, number] => [c.a.sentences.length, c.t?.sentences.length ?? 0]);
      const unitIssues = referredIssues(attrsOf(u, []), standoff.byId);
      const ua = withoutIssuesRef(attrsOf(u, ['id', 'xml:space']));
      const { gaps, homes } = segments.length > 1 ? gapsOf(u, src, trg, preserve) : { gaps: [], homes: [] };
      const confirmed = segments.every((seg) => ['reviewed', 'final'].includes(attr(seg, 'state') ?? ''));
      const unit = b.addUnit([sentsA.length ? sentsA : null, sentsB.length ? sentsB : null], {
        confirmed,
        origin: {
          ...origin,
          confirmedInFile: confirmed,
          ...(segments.length > 1 ? { segments: counts } : {}),
          format: 'xliff-2',
          file: fileId,
          ...(Object.keys(ua).length ? { attrs: ua } : {}),
          ...(segments.some((seg) => attr(seg, 'id') !== undefined) ? { segmentIds: segments.map((seg) => attr(seg, 'id') ?? '') } : {}),
          ...(segments.some((seg) => attr(seg, 'state') !== undefined) ? { segmentStates: segments.map((seg) => attr(seg, 'state') ?? '') } : {}),
          ...(segments.some((seg) => attr(seg, 'subState') !== undefined) ? { segmentSubStates: segments.map((seg) => attr(seg, 'subState') ?? '') } : {}),
          ...(segAttrs.some((x) => Object.keys(x).length) ? { segmentAttrs: segAttrs } : {}),
          ...(orders.some((x) => x !== '') ? { targetOrders: orders } : {}),
          // (an empty <target> the file gave a segment, written back while it is still empty)
          ...(trg.some((t) => t !== null && t.text.trim() === '') ? { emptyTargets: trg.map((t) => t !== null && t.text.trim() === '') } : {}),
          // (kept even where none has whitespace: every format then writes the segments as they stood, no space
          // between two Chinese sentences; without them, an export to TMX or XLIFF 1.2 put one there)
          ...(segments.length > 1 ? { gaps } : {}),
          ...(homes.some(([x, y]) => x !== '' || y !== '') ? { gapHomes: homes } : {}),
          ...(segments.length === 1
            ? { ...xliffSpacing('A', src[0].text, src[0].preserve, breakCodeOf(b.sinkOf(0).codes)), ...(trg[0] ? xliffSpacing('B', trg[0].text, trg[0].preserve, breakCodeOf(b.sinkOf(1).codes)) : {}) }
            : ownSegmentSpacing(
                segments.map((_, k): [string, string] => [src[k].text, trg[k]?.text ?? '']),
                [src.some((x) => x.preserve), trg.some((x) => !!x?.preserve)],
                b,
                1,
              )),
        },
      });
      // Offsets of each segment inside the bead side (sentences joined by one character).
      let atA = 0;
      let atB = 0;
      // (Selaras's own mismatch marks in a unit whose Selaras data was dropped: their verdicts and notes, see own-marks.ts)
      const own = new OwnIssues([sentsA.join('\n'), sentsB.join('\n')]);
      cuts.forEach((c, k) => {
        const baseA = atA;
        const baseB = atB;
        const marksA = own.take(withStandoff(src[k].marks, standoff.byId), 'a', (i) => baseA + c.a.map(i));
        const marksB = c.t ? own.take(withStandoff(trg[k]!.marks, standoff.byId), 'b', (i) => baseB + c.t!.map(i)) : [];
        const unread = addForeignIssues(b, unit, 0, marksA, (i) => baseA + c.a.map(i), undefined, true) + (c.t ? addForeignIssues(b, unit, 1, marksB, (i) => baseB + c.t!.map(i), undefined, true) : 0);
        tally(dropped2, 'mrk', unread);
        if (c.a.sentences.length) atA += c.a.sentences.join(' ').length + 1;
        if (c.t?.sentences.length) atB += c.t.sentences.join(' ').length + 1;
      });
      const notesLeft = own.addTo(b, unit, unitNotes, (n) => attr(n, 'id'), (n) => ({ note: plainText(n), extra: { category: attr(n, 'category'), severity: priorityOf(n) } }));
      addUnitIssues(b, unit, 1, unitIssues);
      if (!b.has(unit, 0) && !b.has(unit, 1)) {
        for (const n of notesLeft) b.documentNote(plainText(n), noteOf(n));
        return;
      }
      const side = b.has(unit, 0) ? 0 : 1;
      const lenOf = (s: number) => Math.max(0, (s === 0 ? atA : atB) - 1);
      for (const n of notesLeft) {
        const s = attr(n, 'appliesTo') === 'target' && b.has(unit, 1) ? 1 : side;
        b.spanNote(unit, s, 0, lenOf(s), plainText(n), noteOf(n));
      }
    };
    visit(file, filePreserve, []);
  }
  for (const v of looseEncoded) b.addEncoded(v, null);
  const names: string[] = [];
  const na = metaValue(fileMeta, 'version-a');
  const nb = metaValue(fileMeta, 'version-b');
  if (na) names[0] = na;
  if (nb) names[1] = nb;
  const mode = metaValue(fileMeta, 'mode') === 'comparable' ? 'comparable' : 'parallel';
  // (a unit with no text on either side, empty or spaces only, becomes no row: said)
  tally(dropped2, 'unit', b.emptyUnits());
  const done = b.finish('xliff-2', names, mode, name, { stats, formatVersion: version });
  const keptOrigin = ours ? parseFileOrigin(metaValue(fileMeta, 'file-origin')) : fileOrigin;
  return done.ok ? { ...done, ...(keptOrigin ? { origin: keptOrigin } : {}), ...(Object.keys(dropped2).length ? { dropped: dropped2 } : {}) } : done;
}

/** The Selaras data of a 1.2 file (in its header's `<tool tool-id="selaras">`). */
function selarasTool(file: XmlElement): XmlElement | undefined {
  const header = child(file, 'header');
  return header ? elements(header, 'tool').find((t) => attr(t, 'tool-id') === 'selaras') : undefined;
}

function fileContexts12(file: XmlElement): Array<[string, string]> {
  const tool = selarasTool(file);
  return tool ? selarasContexts({ ...tool, children: elements(tool, 'context-group').filter((g) => attr(g, 'name') === 'selaras') }) : [];
}

/** The row number `N` of a `selaras-bN` context group, or null. */
function rowNumber(group: XmlElement): number | null {
  const m = /^selaras-b(\d+)$/.exec(attr(group, 'name') ?? '');
  return m ? Number(m[1]) : null;
}

/** The target-only beads of a 1.2 file Selaras wrote (their data and text in the header's tool), with their row numbers. */
function targetOnly12(file: XmlElement): Array<{ row: number | null; meta: Array<[string, string]> }> {
  const tool = selarasTool(file);
  return (tool ? elements(tool, 'context-group') : [])
    .filter((g) => (attr(g, 'name') ?? '').startsWith('selaras-'))
    .map((g) => ({ row: rowNumber(g), meta: selarasContexts({ ...tool!, children: [g] }) }))
    .filter(({ meta }) => metaValue(meta, 'text-b') !== undefined);
}

function importV12(root: XmlElement, name: string, version: string): BilingualImportResult {
  const files = elements(root, 'file');
  if (files.length && fileContexts12(files[0]).length) return importOwnV12(files, name, version);
  return importForeignV12(root, name, version);
}

/**
 * A 1.2 file Selaras wrote: its units through the same path as XLIFF 2's own units; its notes are in its
 * data, which the first `<file>` holds (the others are the files of the XLIFF file it was made from).
 */
function importOwnV12(files: XmlElement[], name: string, version: string): BilingualImportResult {
  const file = files[0];
  const stats = emptyStats();
  const srcLang = attr(file, 'source-language') ?? '';
  const trgLang = attr(file, 'target-language') ?? '';
  useLang(stats, srcLang);
  useLang(stats, trgLang);
  const b = new VersionsBuilder([srcLang, trgLang]);
  const fm = fileContexts12(file);
  // (every file's header notes, and below every group's, are counted: `inspect` says how many the file holds)
  for (const f of files) {
    const h = child(f, 'header');
    if (h) stats.notes.header += elements(h, 'note').length;
  }
  // (a note that mirrors one of its annotations is read from its data; one someone added since is read as a note)
  const noteExtra = (n: XmlElement): ForeignNote => ({ author: attr(n, 'from'), severity: priorityOf(n), attrs: attrsOf(n, []) });
  const looseEncoded = encodedOf(fm);
  // (the header also holds the text of each row of version B alone, `b6: …`, which its data keeps)
  const targetOnlyTexts = new Set(targetOnly12(file).map(({ row, meta }) => `b${row}: ${metaValue(meta, 'text-b') ?? ''}`.trim()));
  const headerNotes = files.map((f) => child(f, 'header')).flatMap((h) => (h ? elements(h, 'note') : []).filter((n) => !targetOnlyTexts.has(plainText(n).trim())));
  // (the header's and every group's notes against that pool: a note edited since is its annotation's)
  const looseAdded = reconcileLooseNotes([...headerNotes, ...files.flatMap((f) => groupNotesWithin(child(f, 'body') ?? f, (g) => elements(g, 'note')))], plainText, looseEncoded);
  for (const n of headerNotes) if (looseAdded.has(n)) b.documentNote(plainText(n), noteExtra(n));
  // (a group's note is in Selaras's data, written back as it was; one added or edited since is read as a note)
  const groupKeys = new GroupKeys();
  let anonymousGroups = 0;
  const visit = (container: XmlElement, preserve: boolean, fileNo: number): void => {
    for (const c of elements(container)) {
      if (c.local === 'group') {
        const own = attr(c, 'id');
        const id = own === undefined ? anonymousGroupKey(++anonymousGroups) : groupKeys.keyOf(own, fileNo);
        const groupNotes = elements(c, 'note');
        stats.notes.group += groupNotes.length;
        for (const n of groupNotes) if (looseAdded.has(n)) b.documentNote(plainText(n), { ...noteExtra(n), group: id });
        visit(c, isPreserve(c, preserve), fileNo);
      } else if (c.local === 'trans-unit') readUnit(c, isPreserve(c, preserve));
    }
  };
  // Units are added in their rows' order (`selaras-bN`): the target-only rows, written in the
  // header, go back between the others; a unit another tool added follows the one before it.
  const pending: Array<{ row: number; add: () => void }> = [];
  const later = (row: number | null, add: () => void): void => {
    pending.push({ row: row ?? (pending.length ? pending[pending.length - 1].row : 0), add });
  };
  const rowOf = (tu: XmlElement): number | null => elements(tu, 'context-group').map(rowNumber).find((n) => n !== null) ?? null;
  const readUnit = (tu: XmlElement, preserve: boolean): void => {
    stats.units++;
    stats.notes.unit += elements(tu, 'note').length;
    const srcEl = child(tu, 'source');
    const tgtEl = child(tu, 'target');
    b.sinkOf(0).nextUnit();
    b.sinkOf(1).nextUnit();
    // Segments written back from another tool's file: read from `<seg-source>`, cut where they
    // were (the `<source>` has their text without the space joining two sentences where they touched).
    const segSourceEl = child(tu, 'seg-source');
    const segmented = segmentedAlike(segSourceEl, tgtEl);
    // (with the text of each segment: one left empty and filled in another tool since is a sentence of its own)
    const cutAt = (x: Inline): Inline & { segments?: string[] } => {
      const c = segmented ? segmentBreaks(x) : null;
      return c ? { ...c.inline, segments: c.regions } : x;
    };
    const codesFrom = [b.sinkOf(0).codes.length, b.sinkOf(1).codes.length];
    const src = cutAt(readInline(segmented ? segSourceEl : srcEl, 'xliff12', preserve, b.sinkOf(0)));
    const trg = tgtEl ? cutAt(readInline(tgtEl, 'xliff12', preserve, b.sinkOf(1))) : null;
    stats.codes += src.codes + (trg?.codes ?? 0);
    if (trg && holdsText(trg.text)) stats.translated++;
    const um = selarasContexts(tu);
    if (um.length) {
      restoreOwnCodes(b, codesFrom, um);
      later(rowOf(tu), () => {
        const notes = reconcileNotes(elements(tu, 'note'), plainText, encodedOf(um));
        const approved = attr(tu, 'approved') === 'yes' || ['signed-off', 'final'].includes((tgtEl && attr(tgtEl, 'state')) ?? '');
        const unit = addOwnUnit(b, um, [src], [trg], null, false, notes.encoded, approved);
        for (const n of notes.added) b.unitNote(unit, attr(n, 'annotates') === 'target' ? 1 : 0, plainText(n), noteExtra(n));
      });
      return;
    }
    // A unit added by another tool (or one whose Selaras data a tool dropped): one bead, its text cut into
    // sentences, its notes read as notes on its text.
    const a = cut(src);
    const t = trg ? cut(trg) : null;
    later(rowOf(tu), () => {
      const unit = b.addUnit([a.sentences.length ? a.sentences : null, t && t.sentences.length ? t.sentences : null], {
        confirmed: attr(tu, 'approved') === 'yes',
      });
      // (Selaras's own mismatch marks the tool kept: their verdicts, and the notes numbered after them, see own-marks.ts)
      const own = new OwnIssues([a.sentences.join('\n'), (t?.sentences ?? []).join('\n')]);
      own.take(src.marks, 'a', a.map);
      if (t && trg) own.take(trg.marks, 'b', t.map);
      const left = own.addTo(b, unit, elements(tu, 'note'), (n) => own.noteId12(n), (n) => ({ note: plainText(n), extra: noteExtra(n) }));
      for (const n of left) b.unitNote(unit, attr(n, 'annotates') === 'target' ? 1 : 0, plainText(n), noteExtra(n));
    });
  };
  files.forEach((f, fileNo) => {
    const body = child(f, 'body');
    if (body) visit(body, isPreserve(f, false), fileNo);
  });
  for (const { row, meta } of targetOnly12(file)) {
    pending.push({ row: row ?? Number.POSITIVE_INFINITY, add: () => addOwnUnit(b, meta, [], [{ text: metaValue(meta, 'text-b') ?? '' }], null, false) });
  }
  // A stable sort: units of one row number keep the file's order.
  for (const p of pending.map((p, k) => ({ ...p, k })).sort((x, y) => x.row - y.row || x.k - y.k)) p.add();
  for (const v of looseEncoded) b.addEncoded(v, null);
  const names: string[] = [];
  const na = metaValue(fm, 'version-a');
  const nb = metaValue(fm, 'version-b');
  if (na) names[0] = na;
  if (nb) names[1] = nb;
  const mode = metaValue(fm, 'mode') === 'comparable' ? 'comparable' : 'parallel';
  const done = b.finish('xliff-1.2', names, mode, name, { stats, formatVersion: version });
  const kept = parseFileOrigin(metaValue(fm, 'file-origin'));
  return done.ok && kept ? { ...done, origin: kept } : done;
}

/** The children of an XLIFF 1.2 `<trans-unit>` Selaras reads. */
const READ_IN_UNIT12 = new Set(['source', 'seg-source', 'target', 'note']);

/** The children of an XLIFF 2 `<unit>` Selaras reads (`mda:metadata` only when it is Selaras's own). */
const READ_IN_UNIT2 = new Set(['notes', 'originalData', 'segment', 'ignorable']);
const READ_IN_FILE2 = new Set(['notes', 'unit', 'group']);

/** The `<trans-unit>`s inside an element, its groups' included. */
function countUnits(el: XmlElement): number {
  return transUnits(el).length;
}

/** Whether a group holds a unit (XLIFF 2 `<unit>`, 1.2 `<trans-unit>`) at any depth. */
function holdsUnit(el: XmlElement): boolean {
  return elements(el).some((c) => c.local === 'unit' || c.local === 'trans-unit' || (c.local === 'group' && holdsUnit(c)));
}

/** The `<trans-unit>`s inside an element in document order, its groups' included. */
function transUnits(el: XmlElement): XmlElement[] {
  return elements(el).flatMap((c) => (c.local === 'trans-unit' ? [c] : c.local === 'group' ? transUnits(c) : []));
}

/**
 * The `<file>`s that repeat an earlier file's source for another target language (a tool's multilingual job, one
 * `<file>` per target language), each with the earlier file's index: their source is read once, each target a version
 * of its own beside it. Only files whose units match one for one are: the same ids and the same plain source text (no
 * inline code, no `<seg-source>`), the same source language, and a target language the earlier file has not yet.
 */
function repeatedSources(files: XmlElement[]): Map<number, number> {
  const signature = (f: XmlElement): string | null => {
    const body = child(f, 'body');
    const units = body ? transUnits(body) : [];
    const parts: string[] = [];
    for (const tu of units) {
      const src = child(tu, 'source');
      if (!src || elements(src).length > 0 || child(tu, 'seg-source')) return null;
      parts.push(`${attr(tu, 'id') ?? ''}\u0000${plainText(src)}`);
    }
    return parts.length ? parts.join('\u0001') : null;
  };
  const keys = files.map(signature);
  const lang = (f: XmlElement, name: string) => (attr(f, name) ?? '').toLowerCase();
  const targets = new Map<number, Set<string>>();
  const out = new Map<number, number>();
  files.forEach((f, n) => {
    const trg = lang(f, 'target-language');
    if (keys[n] === null || !trg) return;
    const first = keys.findIndex((k, e) => e < n && k === keys[n] && !out.has(e) && primaryLang(lang(files[e], 'source-language')) === primaryLang(lang(f, 'source-language')));
    if (first < 0) return;
    const seen = targets.get(first) ?? new Set([lang(files[first], 'target-language')]);
    if (seen.has(trg)) return;
    seen.add(trg);
    targets.set(first, seen);
    out.set(n, first);
  });
  return out;
}

function importForeignV12(root: XmlElement, name: string, version: string): BilingualImportResult {
  const stats = emptyStats();
  const files = elements(root, 'file');
  const groupKeys = new GroupKeys();
  // Side 0 is the source language of the first file that holds units; each target language is a side.
  const hasUnits = (f: XmlElement): boolean => elements(f).some((c) => c.local === 'trans-unit' || hasUnits(c));
  const firstFull = files.find(hasUnits) ?? files[0];
  const srcLang = firstFull ? (attr(firstFull, 'source-language') ?? '') : '';
  const b = new VersionsBuilder([srcLang]);
  let original = '';
  const fileOrigin: FileOrigin = { format: 'xliff-1.2', attrs: firstFull ? attrsOf(firstFull, []) : {}, files: [], groups: [] };
  const namespaces12 = declaredNamespaces([root, ...files], XLIFF12_NS);
  if (namespaces12) fileOrigin.namespaces = namespaces12;
  const dropped12: Record<string, number> = {};
  const sdl = sdlComments(root);
  // (what the root holds besides its files, and its own attributes, are not read: said, never dropped silently;
  // Trados' comments in <doc-info> are read)
  for (const n of Object.keys(attrsOf(root, ['version', 'xsi:schemaLocation']))) tally(dropped12, `xliff ${n}`);
  for (const c of elements(root)) {
    if (c.local === 'file') continue;
    if (c.local !== 'doc-info') tally(dropped12, c.name);
    else for (const d of elements(c)) if (d.local !== 'cmt-defs') tally(dropped12, d.name);
  }
  let anonymousGroups = 0;
  const repeats = repeatedSources(files);
  // (ITS issues kept apart from their text, read onto the text that refers to them)
  const standoff = standoffIssues(root);
  /** The units each file added, in order (those of a file that repeats its source take their target). */
  const unitsOf = new Map<number, number[]>();
  files.forEach((file, fileNo) => {
    const fileKey = String(fileNo + 1);
    const into = repeats.has(fileNo) ? unitsOf.get(repeats.get(fileNo)!) : undefined;
    // (one of the files of one target language each, the first of them included)
    const perLanguageFile = repeats.has(fileNo) || [...repeats.values()].includes(fileNo);
    const added: number[] = [];
    unitsOf.set(fileNo, added);
    fileOrigin.files!.push({ key: fileKey, attrs: attrsOf(file, []) });
    const unitIds = new Set<string>();
    const fileSrc = attr(file, 'source-language') ?? '';
    const fileTrg = attr(file, 'target-language') ?? '';
    useLang(stats, fileSrc);
    useLang(stats, fileTrg);
    const header = child(file, 'header');
    // What else a header holds (a skeleton, tool data, Trados' `file-info`, `tag-defs`, `cxt-defs`) is not
    // read nor written back: said, never dropped silently
    for (const c of header ? elements(header) : []) if (c.local !== 'note') tally(dropped12, c.name);
    for (const n of header ? elements(header, 'note') : []) {
      stats.notes.header++;
      b.documentNote(plainText(n), { author: attr(n, 'from'), severity: priorityOf(n), attrs: attrsOf(n, []), ...(files.length > 1 ? { file: fileKey } : {}) });
    }
    const body = child(file, 'body');
    if (!body) return;
    // A file in another source language (`de-DE` after an `en-US` file; `en-GB` is the same) cannot share side A: its units are
    // not read, and that is said (`<trans-unit source-language="de-DE"> ×3`), never read as the first language.
    if (fileSrc && srcLang && primaryLang(fileSrc) !== primaryLang(srcLang)) {
      const units = countUnits(body);
      const what = `trans-unit source-language="${fileSrc}"`;
      stats.units += units;
      tally(dropped12, what, units);
      return;
    }
    if (hasUnits(file)) original ||= attr(file, 'original') ?? '';
    const visit = (container: XmlElement, preserve: boolean, groups: string[]): void => {
      for (const c of elements(container)) {
        if (c.local === 'group') {
          // (a group without an id is kept too, under a key no id can be: written back without one)
          const own = attr(c, 'id');
          const id = own === undefined ? anonymousGroupKey(++anonymousGroups) : groupKeys.keyOf(own, fileNo);
          const ga = attrsOf(c, ['id', 'xml:space']);
          if (Object.keys(ga).length || !holdsUnit(c)) fileOrigin.groups!.push({ key: id, attrs: ga });
          for (const n of elements(c, 'note')) {
            stats.notes.group++;
            b.documentNote(plainText(n), { author: attr(n, 'from'), severity: priorityOf(n), attrs: attrsOf(n, []), group: id });
          }
          visit(c, isPreserve(c, preserve), [...groups, id]);
        } else if (c.local === 'trans-unit') readUnit(c, isPreserve(c, preserve), groups);
        else if (c.local === 'bin-unit') tally(dropped12, 'bin-unit');
        // (what a group holds besides its groups, units and notes: <context-group>, <count-group>, <prop-group>, …)
        else if (container.local === 'group' && c.local !== 'note' && !isReferredStandoff(c, standoff.referred)) tally(dropped12, c.name);
      }
    };
    const readUnit = (tu: XmlElement, preserve: boolean, groups: string[]): void => {
      stats.units++;
      const srcEl = child(tu, 'source');
      const tgtEl = child(tu, 'target');
      // (a second <target> of one unit is not read, a unit without <source> has no text to align: said, not dropped silently)
      tally(dropped12, 'target', Math.max(0, elements(tu, 'target').length - 1));
      // (its target alone is no translation of anything: not read at all, as the warning says, nor compared)
      if (!srcEl) {
        tally(dropped12, 'trans-unit without source');
        return;
      }
      useLang(stats, srcEl ? attr(srcEl, 'xml:lang') : undefined);
      useLang(stats, tgtEl ? attr(tgtEl, 'xml:lang') : undefined);
      const trgLang = (tgtEl ? attr(tgtEl, 'xml:lang') : undefined) || fileTrg || (b.sideCount > 1 ? b.tagOf(1) : b.invent(`${srcLang}-x-b`));
      const side = b.sideOf(trgLang);
      b.sinkOf(0).nextUnit();
      b.sinkOf(side).nextUnit();
      // A unit segmented by another tool (`<seg-source>` and `<target>` with the same `mrk mtype="seg"` ids): its
      // source is read from the segments, so that each segment holds sentences of its own and is written back as one.
      const segSourceEl = child(tu, 'seg-source');
      const srcMids = segmentIdsOf(segSourceEl);
      // (or a target that holds some of the seg-source's segments only, in their order: the others are not translated yet)
      const targetMids = segmentIdsOf(tgtEl);
      const some = srcMids.length > 1 && targetMids.length > 0 && new Set(targetMids).size === targetMids.length && targetMids.every((m) => srcMids.includes(m));
      const segmented = segmentedAlike(segSourceEl, tgtEl) || some;
      const src = readInline(segmented ? segSourceEl : srcEl, 'xliff12', preserve, b.sinkOf(0));
      const trg = readInline(tgtEl, 'xliff12', preserve, b.sinkOf(side));
      stats.codes += src.codes + trg.codes;
      tallyAll(dropped12, src.unread);
      tallyAll(dropped12, trg.unread);
      // Trados's tracked changes are read accepted: a deletion's text is left out, an insertion's kept without its mark (both said)
      const deletions = (src.deletions ?? 0) + (trg.deletions ?? 0);
      tally(dropped12, SDL_DELETED, deletions);
      const insertions = [...src.marks, ...trg.marks].filter((m) => m.attrs.mtype === 'x-sdl-added').length;
      tally(dropped12, SDL_ADDED, insertions);
      // (a code's sub-flow: its text rides in the code's native data, its figures unread)
      const subs = countWithin(segmented ? segSourceEl : srcEl, 'sub') + countWithin(tgtEl, 'sub');
      tally(dropped12, 'sub', subs);
      // (a <g>'s or <x>'s `clone`, of the transitional schema, is not written back: said)
      const clones = [segmented ? segSourceEl : srcEl, tgtEl].reduce((n, el) => n + countWithAttr(el, 'clone'), 0);
      tally(dropped12, 'g clone', clones);
      const notes = elements(tu, 'note');
      // memoQ's comments on a segment (`<mq:comments><mq:comment creatoruser time appliesto>`), those not deleted
      const mqComments = elements(tu)
        .filter(isMemoqComments)
        .flatMap((c) => elements(c).filter((x) => x.local === 'comment' && (attr(x, 'deleted') ?? '').toLowerCase() !== 'true' && plainText(x).trim() !== ''));
      stats.notes.unit += notes.length + mqComments.length;
      for (const c of elements(tu)) {
        if (READ_IN_UNIT12.has(c.local) || isMemoqComments(c) || isReferredStandoff(c, standoff.referred)) continue;
        // What Selaras does not read: <alt-trans>, <context-group>, … and another tool's own data (Trados <sdl:seg-defs>, memoQ <mq:insertedmatch>).
        tally(dropped12, c.name);
      }
      if (tgtEl && holdsText(trg.text)) stats.translated++;
      // (each segment's sentences, read alone, are the unit's sentences in order: a target segment not
      // translated yet has none; a source segment always has some)
      const trgCut = segmented ? segmentBreaks(trg) : null;
      const parts = segmented ? [segmentBreaks(src), trgCut && (trgCut.mids.join('\u0000') === srcMids.join('\u0000') ? trgCut : overSource(trgCut, srcMids))] : null;
      const sum = (p: SegmentCut) => p.counts.reduce((n, c) => n + c, 0);
      const whole = !parts || parts.some((x) => x === null) || parts[0]!.counts.some((c) => c === 0) || parts.some((p) => cut(p!.inline).sentences.length !== sum(p!));
      const segCut = whole ? null : (parts as [SegmentCut, SegmentCut]);
      // (segments that cannot be kept as such — a code between them, a target in another order — are read as one
      // segment: their ids ride in Selaras data, the <seg-source> is not written back, and that is said)
      // (and a <seg-source> of one segment is read only where it reads as the <source> does: one that says other words is
      // not read, said rather than replaced silently by the source's)
      const segSourceOther = !!segSourceEl && !segmented && srcMids.length <= 1 && plainText(segSourceEl).replace(/\s+/g, ' ').trim() !== plainText(srcEl).replace(/\s+/g, ' ').trim();
      if ((!segCut && srcMids.length > 1) || segSourceOther) tally(dropped12, 'seg-source', 1);
      const a = cut(segCut ? segCut[0].inline : src);
      const t = tgtEl ? cut(segCut ? segCut[1].inline : trg) : null;
      // (a Trados target has none: its segments' confirmation levels say it)
      const state = tgtEl ? (attr(tgtEl, 'state') ?? tradosState(tu) ?? '') : '';
      const texts: Array<string[] | null> = [];
      texts[0] = a.sentences.length ? a.sentences : null;
      texts[side] = t && t.sentences.length ? t.sentences : null;
      // The unit's id, attributes, groups and segment ids (`mrk mtype="seg"` in the seg-source when cut at them, else the target's).
      const segmentIds = segCut || !targetMids.length ? srcMids : targetMids;
      const unitIssues = referredIssues(attrsOf(tu, []), standoff.byId);
      const ua = withoutIssuesRef(attrsOf(tu, ['id', 'xml:space', 'approved']));
      const ta = tgtEl ? attrsOf(tgtEl, ['xml:lang', 'state']) : {};
      // (a <source>'s own attributes, and a <target>'s the export has no place for, are not kept: said, never dropped silently)
      if (srcEl) for (const n of Object.keys(attrsOf(srcEl, ['xml:lang', 'xml:space']))) tally(dropped12, `source ${n}`);
      for (const n of Object.keys(ta)) if (n === 'ts' || n === 'phase-name') tally(dropped12, `target ${n}`);
      // (a segment's own attributes, a tool's state of each: `<mrk mtype="seg" mtc:state="APPROVED">`)
      for (const n of [...segmentMarkAttrs(segSourceEl), ...segmentMarkAttrs(tgtEl)]) tally(dropped12, `mrk ${n}`);
      const origin: BeadOrigin = {
        unit: attr(tu, 'id') ?? '',
        format: 'xliff-1.2',
        file: fileKey,
        ...(repeatsId(unitIds, attr(tu, 'id')) ? { repeatsId: true } : {}),
        ...(groups.length ? { groups } : {}),
        ...(Object.keys(ua).length ? { attrs: ua } : {}),
        ...(Object.keys(ta).length ? { attrsB: ta } : {}),
        ...(segmentIds.length ? { segmentIds } : {}),
        // (each segment's sentences: `segmentBreaks`)
        ...(segCut ? { segments: segCut[0].counts.map((n, k): [number, number] => [n, segCut[1].counts[k]]), ...segmentSpacing(segCut) } : {}),
        // (a line break or a run of spaces inside a segment, under xml:space="preserve")
        ...(segCut ? ownSegmentSpacing(segCut[0].regions.map((r, k): [string, string] => [r, side === 1 ? segCut[1].regions[k] : '']), [src.preserve, trg.preserve], b, side) : {}),
        // a unit's own spacing (line breaks, runs of spaces), written back while its sentences read as they did
        ...(segCut ? {} : { ...xliffSpacing('A', src.text, src.preserve, breakCodeOf(b.sinkOf(0).codes)), ...(tgtEl && side === 1 ? xliffSpacing('B', trg.text, trg.preserve, breakCodeOf(b.sinkOf(1).codes)) : {}) }),
        // (a unit cut at its segments: each segment's state, its Trados level's or the target's)
        ...(segCut
          ? segmentStatesOf(srcMids.map((mid) => (tgtEl ? (attr(tgtEl, 'state') ?? tradosState(tu, mid) ?? '') : '')))
          : state
            ? { segmentStates: [state] }
            : {}),
        // (an empty <target> the file gave, written back while it is still empty)
        ...(tgtEl && trg.text.trim() === '' ? { emptyTargets: [true] } : {}),
      };
      // `approved` says it when the unit has one (`approved="no"` beside a `final` state stays unconfirmed; the state is kept)
      const approved = attr(tu, 'approved');
      const tool = toolStatus(tu);
      const confirmed = approved !== undefined ? approved === 'yes' : (tool.confirmed ?? (state === 'final' || state === 'signed-off'));
      origin.confirmedInFile = confirmed;
      if (approved === 'yes' || approved === 'no') origin.approvedInFile = approved;
      // (a file that repeats an earlier file's source adds its target to that file's unit, kept with its own origin)
      const shared = into?.[added.length];
      const unit = shared !== undefined ? shared : b.addUnit(texts, { confirmed, ...(tool.locked ? { locked: true } : {}), origin });
      if (shared !== undefined) b.addToUnit(shared, side, texts[side] ?? null, { confirmed, ...(tool.locked ? { locked: true } : {}), origin });
      added.push(unit);
      // (the marks of the text as cut at its segments, where it was: a break put in between two glued segments moves them)
      const marksA = withStandoff(segCut ? segCut[0].inline.marks : src.marks, standoff.byId);
      const marksB = withStandoff(segCut ? segCut[1].inline.marks : trg.marks, standoff.byId);
      // (Selaras's own mismatch marks in a unit of a file whose Selaras data was dropped: their verdicts, see own-marks.ts)
      const own = new OwnIssues([a.sentences.join('\n'), side === 1 ? (t?.sentences ?? []).join('\n') : '']);
      const unread = addForeignIssues(b, unit, 0, own.take(marksA, 'a', a.map), a.map, sdl, true) + (t ? addForeignIssues(b, unit, side, side === 1 ? own.take(marksB, 'b', t.map) : marksB, t.map, sdl, true) : 0);
      tally(dropped12, 'mrk', unread);
      const unitNotes = own.addTo(b, unit, notes, (n) => own.noteId12(n), (n) => ({ note: plainText(n), extra: { author: attr(n, 'from'), severity: priorityOf(n) } }));
      addUnitIssues(b, unit, side, unitIssues);
      const segSource = segSourceEl;
      // (a source read from its segments has its comment marks already)
      if (sdl.size && segSource && !segmented) {
        // Trados marks comments on the source in <seg-source>: on their span when it reads as the source does, else on the whole source.
        const inline = readInline(segSource, 'xliff12', preserve);
        const marks = inline.marks.filter((m) => m.attrs.mtype === 'x-sdl-comment');
        const seg = cut(inline);
        const whole = a.sentences.join(' ').length;
        if (seg.sentences.join(' ') === a.sentences.join(' ')) addForeignIssues(b, unit, 0, marks, seg.map, sdl);
        else addForeignIssues(b, unit, 0, marks.map((m) => ({ ...m, start: 0, end: 1 })), (i) => (i === 0 ? 0 : whole), sdl);
      }
      for (const n of unitNotes) {
        // (in a file of one target language among several that repeat one source, a unit's note is about that language's
        // translation unless it says it is about the source: on the source, every language's pair would show it)
        const annotates = attr(n, 'annotates');
        const onTarget = annotates === 'target' || (perLanguageFile && annotates !== 'source' && side > 0);
        const s = onTarget && b.has(unit, side) ? side : b.has(unit, 0) ? 0 : side;
        const len = (s === 0 ? a.sentences : (t?.sentences ?? [])).join(' ').length;
        if (b.has(unit, s)) b.spanNote(unit, s, 0, len, plainText(n), { author: attr(n, 'from'), severity: priorityOf(n), attrs: attrsOf(n, []) });
        else b.documentNote(plainText(n), { author: attr(n, 'from'), severity: priorityOf(n), attrs: attrsOf(n, []) });
      }
      for (const m of mqComments) {
        const s = (attr(m, 'appliesto') ?? '').toLowerCase() === 'target' && b.has(unit, side) ? side : b.has(unit, 0) ? 0 : side;
        const len = (s === 0 ? a.sentences : (t?.sentences ?? [])).join(' ').length;
        const extra: ForeignNote = { ...(attr(m, 'creatoruser') ? { author: attr(m, 'creatoruser') } : {}), ...(attr(m, 'time') ? { created: attr(m, 'time') } : {}) };
        if (b.has(unit, s)) b.spanNote(unit, s, 0, len, plainText(m), extra);
        else b.documentNote(plainText(m), extra);
      }
    };
    visit(body, isPreserve(file, false), []);
  });
  // (a file of several `<file>`s that hold units is named by itself: the first one's `original` names only a part)
  const base = (files.filter(hasUnits).length > 1 ? '' : original) || name;
  // (a side with no language tag, or only the `-x-b` of an untagged target, is named by its letter: `a.xlf (B)`)
  const names = Array.from({ length: Math.max(2, b.sideCount) }, (_, i) => `${base} (${/^[A-Za-z]/.test(b.tagOf(i)) ? b.tagOf(i) : String.fromCharCode(65 + i)})`);
  // (a unit with no text on either side, empty or spaces only, becomes no row: said)
  tally(dropped12, 'trans-unit', b.emptyUnits());
  const done = b.finish('xliff-1.2', names, 'parallel', name, { stats, formatVersion: version });
  return done.ok ? { ...done, origin: fileOrigin, ...(Object.keys(dropped12).length ? { dropped: dropped12 } : {}) } : done;
}
