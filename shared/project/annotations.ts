/**
 * Pure helpers for the user's annotations. Lists are never mutated; each helper returns a new
 * list. Dismissing an annotation sets its verdict to `acceptable` or `false-alarm` and keeps it,
 * so a dismissed finding can always be restored; removing one needs an explicit confirmation.
 */
import type { Annotation, AnnotationTarget, IssueCategory, Severity, Verdict } from './types';
import type { MismatchKind } from '../drift/types';

export type DismissVerdict = 'acceptable' | 'false-alarm';

/** Verdicts that take a finding off the open list. */
export const DISMISSED_VERDICTS: readonly Verdict[] = ['acceptable', 'false-alarm'];

/** True when the annotation was dismissed (acceptable or false alarm). */
export function isDismissed(a: Pick<Annotation, 'verdict'>): boolean {
  return a.verdict === 'acceptable' || a.verdict === 'false-alarm';
}

/**
 * True when the annotation is another tool's inline mark kept on its span (an XLIFF 2 `<mrk translate="no">`,
 * a term mark), not a note: written back as that mark, shown and counted nowhere as a note.
 */
export function isInlineMark(a: Pick<Annotation, 'noteAttrs'>): boolean {
  return a.noteAttrs?.['x-mark'] === 'yes';
}

/** The annotations that are notes (another tool's inline marks left out: isInlineMark). */
export function notesOnly<T extends Pick<Annotation, 'noteAttrs'>>(list: readonly T[]): T[] {
  return list.filter((a) => !isInlineMark(a));
}

/** A string that identifies a target, for comparing and grouping. */
export function targetKey(t: AnnotationTarget): string {
  switch (t.type) {
    case 'mismatch':
      return `${t.removed ? 'removed:' : ''}mismatch:${t.key}`;
    case 'ledger':
      return `ledger:${t.what}`;
    case 'span':
      return `${t.removed ? 'removed:' : ''}span:${t.version}:${t.start}:${t.end}`;
  }
}

/** The ITS issue category a mismatch kind defaults to. */
export function defaultCategory(kind: MismatchKind): IssueCategory {
  if (kind === 'missing') return 'omission';
  if (kind === 'added') return 'addition';
  // Names and sources that differ between versions: ITS 2.0's own category for entities.
  if (kind === 'entity') return 'inconsistent-entities';
  return 'numbers';
}

/** The severity a mismatch kind defaults to. */
export function defaultSeverity(kind: MismatchKind): Severity {
  if (kind === 'qualifier' || kind === 'ambiguous') return 'minor';
  return 'major';
}

/** ITS 2.0 `locQualityIssueSeverity` (0–100) for a severity. */
export function severityScore(s: Severity): number {
  return s === 'critical' ? 90 : s === 'major' ? 60 : 30;
}

/** Severity from an ITS score (0–100). */
export function severityFromScore(score: number): Severity {
  return score >= 80 ? 'critical' : score >= 45 ? 'major' : 'minor';
}

export interface NewAnnotation {
  id: string;
  target: AnnotationTarget;
  verdict?: Verdict;
  category?: IssueCategory;
  severity?: Severity;
  note?: string;
  author?: string;
}

/** Builds an annotation with defaults (`open`, `uncategorized`, `minor`, empty note). */
export function createAnnotation(input: NewAnnotation, now: string): Annotation {
  return {
    id: input.id,
    target: input.target,
    verdict: input.verdict ?? 'open',
    category: input.category ?? 'uncategorized',
    severity: input.severity ?? 'minor',
    note: input.note ?? '',
    author: input.author ?? '',
    created: now,
    modified: now,
  };
}

/** An id not yet used in `list` (`a1`, `a2`, …). */
export function nextAnnotationId(list: readonly Annotation[]): string {
  let max = 0;
  for (const a of list) {
    const m = /^a(\d+)$/.exec(a.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  let id = max + 1;
  const used = new Set(list.map((a) => a.id));
  while (used.has(`a${id}`)) id++;
  return `a${id}`;
}

/**
 * Adds an annotation. When one with the same id exists, it is replaced (keeping its `created`
 * time): adding is idempotent.
 */
export function addAnnotation(list: readonly Annotation[], annotation: Annotation): Annotation[] {
  const i = list.findIndex((a) => a.id === annotation.id);
  if (i < 0) return [...list, annotation];
  const out = list.slice();
  out[i] = { ...annotation, created: list[i].created };
  return out;
}

export type AnnotationPatch = Partial<Pick<Annotation, 'verdict' | 'category' | 'severity' | 'note' | 'author' | 'target'>>;

/** Updates fields of annotation `id` and stamps `modified`. Unknown ids leave the list as it is. */
export function updateAnnotation(list: readonly Annotation[], id: string, patch: AnnotationPatch, now: string): Annotation[] {
  return list.map((a) => (a.id === id ? { ...a, ...definedOnly(patch), modified: now } : a));
}

/** Dismisses annotation `id` as acceptable or a false alarm, optionally adding to its note. */
export function dismissAnnotation(
  list: readonly Annotation[],
  id: string,
  verdict: DismissVerdict,
  now: string,
  note?: string,
): Annotation[] {
  return list.map((a) => {
    if (a.id !== id) return a;
    const merged = note === undefined || note === '' ? a.note : a.note ? `${a.note}\n${note}` : note;
    return { ...a, verdict, note: merged, modified: now };
  });
}

/** Brings a dismissed annotation back to `open` (no-op for annotations that are not dismissed). */
export function restoreAnnotation(list: readonly Annotation[], id: string, now: string): Annotation[] {
  return list.map((a) => (a.id === id && isDismissed(a) ? { ...a, verdict: 'open' as const, modified: now } : a));
}

/**
 * Removes annotation `id`. Removal is never silent: the caller must pass `confirmed: true`
 * (after asking the user); otherwise the list is returned unchanged.
 */
export function removeAnnotation(list: readonly Annotation[], id: string, confirmed: boolean): Annotation[] {
  return confirmed ? list.filter((a) => a.id !== id) : list.slice();
}

/** The annotations whose verdict is one of `verdicts`. */
export function filterByVerdict(list: readonly Annotation[], verdicts: Verdict | readonly Verdict[]): Annotation[] {
  const want = new Set<Verdict>(typeof verdicts === 'string' ? [verdicts] : verdicts);
  return list.filter((a) => want.has(a.verdict));
}

/** The annotations attached to a target. */
export function annotationsFor(list: readonly Annotation[], target: AnnotationTarget): Annotation[] {
  const key = targetKey(target);
  return list.filter((a) => targetKey(a.target) === key);
}

/**
 * Whether an annotation is one of pair (a, b)'s: a verdict on a mismatch noted between other versions is not
 * (two republications may give one mismatch the same key); one noted before the versions were recorded, and every
 * other annotation, is.
 */
export function belongsToPair(x: Annotation, a: number, b: number): boolean {
  const t = x.target;
  return t.type !== 'mismatch' || t.a === undefined || t.b === undefined || (t.a === a && t.b === b);
}

/** The mismatch keys of one aligned pair, side A's version and side B's. */
export interface PairKeys {
  a: number;
  b: number;
  keys: ReadonlySet<string>;
}

/**
 * Whether an annotation's mismatch is among its own pair's now: a third version sharing a sentence with one of its two
 * gives another pair the same key, which says nothing of this annotation's figure.
 */
export function liveOnOwnPair(x: Annotation, key: string, pairs: readonly PairKeys[]): boolean {
  return pairs.some((p) => belongsToPair(x, p.a, p.b) && p.keys.has(key));
}

/** A verdict noted between two versions that no alignment pairs now (another version became the pivot). */
export function onPairNotAligned(x: Annotation, alignments: ReadonlyArray<{ a: number; b: number }>): boolean {
  const t = x.target;
  return t.type === 'mismatch' && t.a !== undefined && t.b !== undefined && !alignments.some((al) => belongsToPair(x, al.a, al.b));
}

const pairLists = new WeakMap<readonly Annotation[], Map<string, readonly Annotation[]>>();

/** The annotations of pair (a, b) (`belongsToPair`): the list itself when all are, else the same filtered list for the same list and pair. */
export function annotationsOfPair(list: readonly Annotation[], a: number, b: number): readonly Annotation[] {
  if (list.every((x) => belongsToPair(x, a, b))) return list;
  let byPair = pairLists.get(list);
  if (!byPair) pairLists.set(list, (byPair = new Map()));
  const key = `${a}-${b}`;
  let out = byPair.get(key);
  if (!out) byPair.set(key, (out = list.filter((x) => belongsToPair(x, a, b))));
  return out;
}

/**
 * The verdict on a mismatch: that of its most recently modified annotation, or `open`.
 */
export function mismatchVerdict(list: readonly Annotation[], mismatchKey: string): Verdict {
  let best: Annotation | undefined;
  for (const a of list) {
    if (a.target.type !== 'mismatch' || a.target.key !== mismatchKey || a.target.removed) continue;
    if (!best || a.modified >= best.modified) best = a;
  }
  return best?.verdict ?? 'open';
}

/** How many findings are open, confirmed and dismissed: the one tally behind every count shown or exported. */
export interface VerdictTally {
  total: number;
  open: number;
  confirmed: number;
  dismissed: number;
}

/** Tallies one verdict per finding (open + confirmed + dismissed = total). */
export function tallyVerdicts(verdicts: Iterable<Verdict>): VerdictTally {
  const out: VerdictTally = { total: 0, open: 0, confirmed: 0, dismissed: 0 };
  for (const v of verdicts) {
    out.total++;
    if (v === 'confirmed') out.confirmed++;
    else if (v === 'acceptable' || v === 'false-alarm') out.dismissed++;
    else out.open++;
  }
  return out;
}

/** Counts annotations per verdict. */
export function countByVerdict(list: readonly Annotation[]): Record<Verdict, number> {
  const out: Record<Verdict, number> = { open: 0, confirmed: 0, acceptable: 0, 'false-alarm': 0 };
  for (const a of list) out[a.verdict]++;
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

// ---- anchoring: annotations follow the figures and spans they are about --------------------

/** One side of a mismatch key: the figure's text and span, or null for an absent figure. */
export interface KeyFigure {
  text: string;
  start: number;
  end: number;
}

/** The parts of a mismatch key (`kind|text@start-end|text@start-end`, `-` for no figure). */
export function parseMismatchKey(key: string): { kind: string; a: KeyFigure | null; b: KeyFigure | null } | null {
  const bar = key.indexOf('|');
  if (bar < 0) return null;
  const m = /^(-|[\s\S]*?@\d+-\d+)\|(-|[\s\S]*@\d+-\d+)$/.exec(key.slice(bar + 1));
  if (!m) return null;
  return { kind: key.slice(0, bar), a: keyFigure(m[1]), b: keyFigure(m[2]) };
}

/**
 * True when a key's figure stands in `text` where the key says: how a key that does not name its versions (one read
 * from a file Selaras did not write) tells that its side B is a given version.
 */
export function keyFigureIn(f: KeyFigure | null, text: string): boolean {
  return !!f && text.slice(f.start, f.end) === f.text;
}

function keyFigure(part: string): KeyFigure | null {
  if (part === '-') return null;
  const m = /^([\s\S]*)@(\d+)-(\d+)$/.exec(part);
  return m ? { text: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}

/** Builds a mismatch key from its parts (the inverse of `parseMismatchKey`, as drift/compare writes it). */
export function formatMismatchKey(kind: string, a: KeyFigure | null, b: KeyFigure | null): string {
  const side = (f: KeyFigure | null) => (f ? `${f.text}@${f.start}-${f.end}` : '-');
  return `${kind}|${side(a)}|${side(b)}`;
}

/** How a text edit moves spans (see shared/edit/offsets). */
export interface SpanMap {
  /** The new span of characters the edit left intact, or null when it changed or deleted them. */
  kept(start: number, end: number): { start: number; end: number } | null;
  /** The new position of an offset (text inserted right there goes after it: a span's end keeps it outside). */
  offset(at: number): number;
  /** The new position of a span's start (text inserted right there goes before the span). */
  start(at: number): number;
  /** The share (0 to 1) of the letters and digits of `[start, end)` the edit left as they were. */
  keptWithin(start: number, end: number): number;
}

/** The runs of digits of a text, in order (`Rp1.500 dan 3` → `1 500 3`). */
const digitRuns = (text: string): string => (text.match(/\p{Nd}+/gu) ?? []).join(' ');

/**
 * True when an edit changed or deleted a number of `[start, end)` of `before`: the runs of digits there and in the span's
 * place `[newStart, newEnd)` of the text `after` the edit differ (`21 hari` → `30 hari`; `21hari` → `21 hari` changes none).
 */
function numberChanged(before: string, start: number, end: number, after: string, newStart: number, newEnd: number): boolean {
  return digitRuns(before.slice(start, end)) !== digitRuns(after.slice(newStart, newEnd));
}

/** The share of a noted text's letters an edit must leave for the note to stay on it (less: marked `removed`). */
export const KEPT_TO_STAY = 0.5;

/**
 * Moves the annotations about version `version` through an edit of its text (`before` is the
 * text before the edit). A mismatch annotation's figure on that version moves with the text
 * and its key is rewritten; when the edit changed or deleted the figure, the annotation keeps
 * its old key and is marked `removed`. A note on a span of the version moves with it (text
 * inserted at either edge stays outside it) and is marked `removed` when its text was deleted or
 * replaced (less than `KEPT_TO_STAY` of its letters left, or a number in it changed: `after` is the text after the edit); another tool's inline mark stays on the text that
 * replaced its own. Nothing is dropped. `pivot` is the
 * version on side A of every key that does not name its versions.
 */
export function followTextEdit(list: readonly Annotation[], version: number, pivot: number, before: string, map: SpanMap, after: string): Annotation[] {
  return list.map((an) => {
    const t = an.target;
    if (t.type === 'span') {
      if (t.version !== version || t.removed) return an;
      // (another tool's inline mark, a protected name, takes in what the user typed over its text, from its first letter)
      const mark = isInlineMark(an);
      const start = mark ? map.offset(t.start) : map.start(t.start);
      const end = Math.max(start, map.offset(t.end));
      // (text typed over it, but for a word or two, is not what the note was about: the note stays, marked; the inline
      // mark stays on what the user wrote in its place while any is left)
      const retyped = mark && end > start;
      // (a number in it changed is what a fact-checker's note is about, however many letters stayed: `21 hari` → `30 hari`)
      const removed = t.end > t.start && !retyped && (end === start || map.keptWithin(t.start, t.end) < KEPT_TO_STAY || numberChanged(before, t.start, t.end, after, start, end));
      // (the text it was on is kept with it, to be shown and exported)
      return { ...an, target: { ...t, start, end, ...(removed ? { removed: true, was: before.slice(t.start, t.end) } : {}) } };
    }
    if (t.type !== 'mismatch') return an;
    const parts = parseMismatchKey(t.key);
    if (!parts) return an;
    const onSide = (side: 'a' | 'b'): boolean => {
      const f = parts[side];
      if (!f) return false;
      const named = t[side];
      if (named !== undefined) return named === version;
      if (side === 'a') return version === pivot;
      // An old key without versions: side B is this version when the figure's text is there (or was, before an
      // edit changed it and detached the verdict).
      return version !== pivot && (t.removed === true || keyFigureIn(f, before));
    };
    let { a, b } = parts;
    let detached = false;
    for (const side of ['a', 'b'] as const) {
      const f = parts[side];
      if (!f || !onSide(side)) continue;
      // (a figure the edit changed or deleted detaches its verdict; a detached verdict's figure place moves with the
      // text too: over the text written in its place (`2 orang` → `3 orang`), to nothing where it was deleted, and, once
      // detached, keeping out text added at its edge. A stale place would be taken for another figure that the edit
      // moved there, `4 people` of the next sentence where the deleted one stood)
      const kept = t.removed ? null : map.kept(f.start, f.end);
      if (!kept && !t.removed) detached = true;
      const start = t.removed ? map.start(f.start) : map.offset(f.start);
      const moved = kept ?? { start, end: Math.max(start, map.offset(f.end)) };
      if (side === 'a') a = { ...f, ...moved };
      else b = { ...f, ...moved };
    }
    const key = formatMismatchKey(parts.kind, a, b);
    if (detached) return { ...an, target: { ...t, key, removed: true } };
    return key === t.key ? an : { ...an, target: { ...t, key } };
  });
}

/**
 * Annotations whose mismatch is not found now, moved to the mismatch their figures grew or shrank into: a
 * text edit that made a neighbouring word part of a figure (`3,520 houses` → `some 3,520 houses`) gives its
 * mismatch a new key. A verdict moves when exactly one mismatch of its pair (`pairs`: each pair's versions
 * and the keys of its mismatches now) has a figure on the same sides overlapping each of its figures, written
 * with the same numbers (or values), and no other annotation is on that mismatch. A verdict an edit marked `removed` because a word of its figure
 * changed (`3,520 houses` → `3,520 homes`) attaches again so when its figures are written with the same
 * numbers, or (`valueOf`: what a figure's text says, in a version's language) with the same values in other
 * words (`3 houses` → `three houses`); a changed number stays removed. The list itself when nothing moved.
 */
export function followGrownFigures(
  list: Annotation[],
  pairs: ReadonlyArray<{ a: number; b: number; keys: readonly string[] }>,
  valueOf?: (version: number, text: string) => string | undefined,
): Annotation[] {
  const keySets: PairKeys[] = pairs.map((p) => ({ a: p.a, b: p.b, keys: new Set(p.keys) }));
  // (the mismatches that have a verdict, each in its pair: a third version sharing a sentence gives another pair the
  // same key, whose verdict is not this one's)
  const inPair = (p: { a: number; b: number }, key: string) => `${p.a},${p.b}|${key}`;
  const taken = new Set(
    list.flatMap((x) => {
      const t = x.target;
      return t.type === 'mismatch' ? pairs.filter((p) => belongsToPair(x, p.a, p.b)).map((p) => inPair(p, t.key)) : [];
    }),
  );
  const overlaps = (x: KeyFigure | null, y: KeyFigure | null) => (x === null) === (y === null) && (x === null || (x.start < y!.end && y!.start < x.end));
  // the numbers a figure is written with (`3,520 houses` → `3,520`): the same in `3,520 homes`
  const numbers = (f: KeyFigure | null) => (f ? (f.text.match(/\d[\d.,]*/g) ?? []).join(' ') : '');
  // (what the figures say decides when it can be read from both: `3 houses` → `three houses` is the same count, `40 truk`
  // → `40 persen truk` no longer a count of 40, `Rp 4,5 miliar` → `Rp 4,5 juta` another amount, though their numbers
  // are written the same; else the numbers they are written with)
  const sameNumbers = (version: number, x: KeyFigure | null, y: KeyFigure | null) => {
    if (x === null || y === null) return x === y;
    const vx = valueOf?.(version, x.text);
    const vy = valueOf?.(version, y.text);
    if (vx !== undefined && vy !== undefined) return vx === vy;
    return numbers(x) === numbers(y) && numbers(x) !== '';
  };
  // (each mismatch key parsed once, when a verdict is not found now)
  let parsed: Array<Array<[string, ReturnType<typeof parseMismatchKey>]>> | null = null;
  let out: Annotation[] | null = null;
  list.forEach((an, i) => {
    const t = an.target;
    // (a verdict of a version replaced by another text is about none of the new text's figures, whatever their keys)
    if (t.type !== 'mismatch' || t.replaced) return;
    if (liveOnOwnPair(an, t.key, keySets)) {
      // a figure an edit changed and a later edit wrote back as it was (`12,000` → `13,000` → `12,000`): the very
      // mismatch is there again, and its verdict with it
      if (t.removed) {
        out ??= list.slice();
        const { removed: _removed, ...rest } = t;
        out[i] = { ...an, target: rest };
      }
      return;
    }
    const was = parseMismatchKey(t.key);
    if (!was) return;
    // (a detached verdict whose figure's text was deleted is about nothing in the text now)
    if (t.removed && ((was.a && was.a.end <= was.a.start) || (was.b && was.b.end <= was.b.start))) return;
    parsed ??= pairs.map((p) => p.keys.map((key): [string, ReturnType<typeof parseMismatchKey>] => [key, parseMismatchKey(key)]));
    const candidates = new Map<string, string[]>();
    for (const [k, p] of pairs.entries()) {
      if (!belongsToPair(an, p.a, p.b)) continue;
      for (const [key, now] of parsed[k]) {
        if (!now || taken.has(inPair(p, key)) || !overlaps(was.a, now.a) || !overlaps(was.b, now.b)) continue;
        // (a figure that grew or shrank keeps its numbers, `3,520 houses` → `some 3,520 houses`; and a figure an edit
        // touched, `removed`, is the same figure again when its numbers are: a word beside them changed. Another number
        // in the same place is another figure, never this verdict's: `40 truk` is not `70 relawan`)
        if (!(sameNumbers(p.a, was.a, now.a) && sameNumbers(p.b, was.b, now.b))) continue;
        candidates.set(key, [...(candidates.get(key) ?? []), inPair(p, key)]);
      }
    }
    if (candidates.size !== 1) return;
    const [[key, places]] = candidates;
    for (const place of places) taken.add(place);
    out ??= list.slice();
    const { removed: _removed, ...rest } = t;
    out[i] = { ...an, target: { ...rest, key } };
  });
  return out ?? list;
}

/**
 * Ledger notes whose group is not found now, moved to the group they are about: a note names its group by
 * the counted thing and the group's first value (`houses · 3,250`), so an edit of that value renamed the
 * group. A note moves to the one group now counting the same thing (`targets`: each group's name) that has
 * no note and was not a group before (`before`: the groups' names before the edit; a group that was there is
 * another group, not this one renamed: its figure was deleted); with none or several, it stays as it is. The list
 * itself when nothing moved. With no edit to follow (`edited` false: a project just opened, a report), only a note of
 * an older file that names the counted thing alone (`residents`) moves; one on a group that is gone stays so.
 */
export function followLedgerGroups(list: Annotation[], targets: readonly string[], before: readonly string[] = [], edited = true): Annotation[] {
  const live = new Set(targets);
  const old = new Set(before);
  const taken = new Set(list.flatMap((x) => (x.target.type === 'ledger' ? [x.target.what] : [])));
  const thing = (what: string) => what.split(' · ')[0];
  let out: Annotation[] | null = null;
  list.forEach((an, i) => {
    const t = an.target;
    if (t.type !== 'ledger' || live.has(t.what) || (!edited && t.what.includes(' · '))) return;
    const candidates = targets.filter((x) => !taken.has(x) && !old.has(x) && thing(x) === thing(t.what));
    if (candidates.length !== 1) return;
    taken.add(candidates[0]);
    out ??= list.slice();
    out[i] = { ...an, target: { ...t, what: candidates[0] } };
  });
  return out ?? list;
}

/** True when the figure or span the annotation was about was deleted by an edit. */
export function isDetached(a: Pick<Annotation, 'target'>): boolean {
  return (a.target.type === 'mismatch' || a.target.type === 'span') && a.target.removed === true;
}
