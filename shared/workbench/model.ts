/**
 * The workbench's rules, as one pure function: `step(state, intent)` is the next state. What an
 * edit does to beads, annotations, statuses and counts is decided here, and tested headless
 * (tests/shared/workbench); the React view only renders the state and dispatches intents.
 */
import { createHistory, push, redo, undo } from '../edit/history';
import { spanMap, textEdit } from '../edit/offsets';
import { beadsThroughEdit, followSentences } from '../edit/follow';
import { segment, splitLines } from '../text';
import { extractFromSentence } from '../figures';
import type { Sentence } from '../text/types';
import {
  annotationsFor,
  notesOnly,
  createAnnotation,
  defaultCategory,
  defaultSeverity,
  followGrownFigures,
  followLedgerGroups,
  followTextEdit,
  isDetached,
  nextAnnotationId,
  restoreAnnotation,
  keyFigureIn,
  liveOnOwnPair,
  parseMismatchKey,
  updateAnnotation,
  type AnnotationPatch,
  type PairKeys,
} from '../project/annotations';
import type { VersionInput } from '../project/create';
import type { Annotation, AnnotationTarget, PairAlignment, Project, Version } from '../project/types';
import type { Bead } from '../align/types';
import { initialState, type AnalysisResult, type GridOp, type Intent, type Notice, type WorkbenchState } from './state';
import { swapKeySides } from './pivot';
import { ledgerTarget } from '../drift/ledger';
import { applyGridOp } from './grid-ops';
import { analysisFits, currentComparison, notesOnMismatchesGone, pairsFitRows, rowOfFigure, sameCells, shownPairAnnotations } from './select';

export { initialState } from './state';

/** The next state of the workbench after `intent`. */
export function step(state: WorkbenchState, intent: Intent): WorkbenchState {
  switch (intent.type) {
    case 'load':
      return {
        ...initialState(),
        history: createHistory(intent.project),
        saved: intent.dirty ? null : intent.project,
        path: intent.path,
        name: intent.name,
        origin: intent.origin ?? 'user',
        analysis: state.analysis,
        warnings: intent.warnings ?? [],
        notice: intent.recovered ? { key: 'workbench.recovered' } : null,
        // (the pair shown when it was saved)
        ...(intent.pair !== undefined && intent.pair < intent.project.alignments.length ? { pair: intent.pair } : {}),
      };
    case 'new':
      return { ...initialState(), notice: { key: 'workbench.newProject' } };
    case 'open-text':
      return openText(state, intent.slot, intent.version, intent.warnings ?? []);
    case 'edit-text':
      return editText(state, intent.version, intent.text, intent.hash);
    case 'grid':
      return gridEdit(state, intent.op, intent.row ?? state.row, intent.side ?? state.side);
    case 'realign': {
      // The undo step is taken now; the worker's beads then replace the present state.
      const project = state.history.present;
      if (!project.alignments[state.pair] || state.realign.includes(state.pair)) return state;
      return { ...edited(state, { ...project, alignments: project.alignments.slice() }), realign: [...state.realign, state.pair], notice: { key: 'status.working' } };
    }
    case 'set-mode': {
      const project = state.history.present;
      const al = project.alignments[state.pair];
      if (!al || al.mode === intent.mode) return state;
      // A new mode re-aligns the pair, keeping what the user confirmed or locked.
      const alignments = project.alignments.map((x, i) => (i === state.pair ? { ...x, mode: intent.mode } : x));
      return { ...edited(state, { ...project, alignments }), row: 0, realign: [...state.realign.filter((p) => p !== state.pair), state.pair] };
    }
    case 'set-termbase': {
      const project = state.history.present;
      const { termbase: _old, ...rest } = project;
      const next = intent.termbase ? { ...rest, termbase: intent.termbase } : rest;
      const all = project.alignments.map((_, i) => i);
      return { ...edited(state, next), realign: [...state.realign.filter((p) => !all.includes(p)), ...all] };
    }
    case 'make-pivot':
      return makePivot(state);
    case 'annotate-mismatch': {
      const project = state.history.present;
      // (the shown pair's annotation of this mismatch: another pair's of the same key stays as it is)
      const mine = shownPairAnnotations(state);
      const existing = annotationsFor(mine, { type: 'mismatch', key: intent.mismatch.key })[0];
      // Only the note changed on an existing annotation: a keystroke (coalesced into one step).
      if (existing && isNoteOnly(intent.patch)) return step(state, { type: 'type-note', id: existing.id, note: intent.patch.note!, now: intent.now });
      const al = project.alignments[state.pair];
      const target: AnnotationTarget = { type: 'mismatch', key: intent.mismatch.key, ...(al ? { a: al.a, b: al.b } : {}) };
      const defaults = { category: defaultCategory(intent.mismatch.kind), severity: defaultSeverity(intent.mismatch.kind) };
      return withAnnotations(state, annotateTarget(project, target, defaults, intent.patch, intent.now, mine));
    }
    case 'annotate': {
      const project = state.history.present;
      const defaults =
        intent.target.type === 'ledger' ? { category: 'inconsistency' as const, severity: 'major' as const } : { category: 'other' as const, severity: 'minor' as const };
      const annotations = annotateTarget(project, intent.target, defaults, intent.patch ?? {}, intent.now);
      const note = notesOnly(annotationsFor(annotations, intent.target))[0];
      return { ...withAnnotations(state, annotations), selectedNote: note?.id ?? state.selectedNote, panel: 'notes' };
    }
    case 'type-note': {
      const project = state.history.present;
      const current = project.annotations.find((a) => a.id === intent.id);
      if (!current || current.note === intent.note) return state;
      const next = { ...project, annotations: updateAnnotation(project.annotations, intent.id, { note: intent.note }, intent.now) };
      // Keystrokes after the first replace the present state: one undo step per note typed without a pause (a
      // pause, or leaving the field and coming back, starts another: one Undo does not take back two sittings).
      const pause = state.typedAt ? Date.parse(intent.now) - Date.parse(state.typedAt) : Infinity;
      if (state.typing === intent.id && pause < TYPING_PAUSE_MS) return { ...state, history: { ...state.history, present: next }, typedAt: intent.now };
      return { ...edited(state, next), typing: intent.id, typedAt: intent.now };
    }
    case 'update-note':
      if (isNoteOnly(intent.patch)) return step(state, { type: 'type-note', id: intent.id, note: intent.patch.note!, now: intent.now });
      return withAnnotations(state, updateAnnotation(state.history.present.annotations, intent.id, intent.patch, intent.now));
    case 'restore':
      return withAnnotations(state, restoreAnnotation(state.history.present.annotations, intent.id, intent.now));
    // (the status of the step undone or redone, `Re-aligned.`, no longer holds: it says what happened instead)
    case 'undo':
      return settle({ ...state, history: undo(state.history), typing: null, historyMoved: true, notice: state.history.past.length ? { key: 'status.undone' } : state.notice });
    case 'redo':
      return settle({ ...state, history: redo(state.history), typing: null, historyMoved: true, notice: state.history.future.length ? { key: 'status.redone' } : state.notice });
    case 'select': {
      const next = { ...state };
      if (intent.pair !== undefined && intent.pair !== state.pair) Object.assign(next, { pair: intent.pair, row: 0, selectedKey: null });
      if (intent.row !== undefined) next.row = intent.row;
      if (intent.side !== undefined) next.side = intent.side;
      if (intent.key !== undefined) next.selectedKey = intent.key;
      if (intent.note !== undefined) next.selectedNote = intent.note;
      if (intent.panel !== undefined) next.panel = intent.panel;
      return next;
    }
    case 'select-mismatch': {
      const row = rowOfFigure(state, intent.mismatch);
      return { ...state, selectedKey: intent.mismatch.key, row: row ?? state.row };
    }
    case 'open-note':
      return openNote(state, intent.annotation);
    case 'analysed':
      return analysed(state, intent.analysis, intent.realigned);
    case 'saved':
      return { ...state, saved: intent.project, path: intent.path, name: intent.name, notice: { key: 'status.saved', params: { name: intent.name } } };
    case 'cancelled': {
      // A run cancelled while it aligned a pair from scratch (a file just opened, too long to wait for) would only
      // start again: the step that asked for it is undone, and the work before it is back.
      // (what the user changed while it ran is never undone instead of it: the steps back to the one that asked are
      // undone together; a note or verdict changed since on an annotation the work before had is kept on it, and
      // the rest, said, comes back with Redo)
      const fromScratch = (p: Project) => p.alignments.some((al) => al.beads.length === 0);
      if (fromScratch(state.history.present) && state.history.past.length) {
        let history = undo(state.history);
        let steps = 1;
        while (history.past.length && fromScratch(history.present)) {
          history = undo(history);
          steps++;
        }
        const kept = keptAnnotationEdits(history.present, state.history.present);
        if (kept.project !== history.present) history = { ...history, present: kept.project };
        const notice: Notice = kept.left === 0 || steps === 1 ? { key: 'status.cancelledUndone' } : { key: 'status.cancelledUndoneMore', params: { count: kept.left } };
        return settle({ ...state, history, realign: [], typing: null, notice });
      }
      return { ...state, realign: [], notice: { key: 'status.cancelled' } };
    }
    case 'notice':
      return { ...state, notice: intent.notice };
    case 'dismiss-warning':
      return { ...state, warnings: state.warnings.filter((_, i) => i !== intent.index) };
  }
}

/**
 * `before` with the note, verdict, category and severity each of its annotations has in `after` (a later state of
 * the same work), and how many annotations `after` has that `before` has not (`left`).
 */
function keptAnnotationEdits(before: Project, after: Project): { project: Project; left: number } {
  const now = new Map(after.annotations.map((a) => [a.id, a]));
  let changed = false;
  const annotations = before.annotations.map((a) => {
    const b = now.get(a.id);
    if (!b || (b.note === a.note && b.verdict === a.verdict && b.category === a.category && b.severity === a.severity)) return a;
    changed = true;
    return { ...a, note: b.note, verdict: b.verdict, category: b.category, severity: b.severity, modified: b.modified };
  });
  const ids = new Set(before.annotations.map((a) => a.id));
  const left = after.annotations.filter((a) => !ids.has(a.id)).length;
  return { project: changed ? { ...before, annotations } : before, left };
}

/** How long typing into a note may pause and still be the same undo step (the field applies typing every 400 ms). */
export const TYPING_PAUSE_MS = 2000;

function isNoteOnly(patch: AnnotationPatch): boolean {
  const keys = Object.keys(patch);
  return keys.length === 1 && keys[0] === 'note' && typeof patch.note === 'string';
}

/** True when the project has changes that are not saved. */
export function isDirty(state: WorkbenchState): boolean {
  return state.saved !== state.history.present;
}

/** A new undo step with `project` as the present state. */
function edited(state: WorkbenchState, project: Project): WorkbenchState {
  if (project === state.history.present) return state;
  // A change of the user's makes the last status message stale.
  return { ...state, history: push(state.history, project), typing: null, notice: null };
}

function withAnnotations(state: WorkbenchState, annotations: Annotation[]): WorkbenchState {
  return edited(state, { ...state.history.present, annotations });
}

/** Keeps the selection inside the project after an undo or redo. */
function settle(state: WorkbenchState): WorkbenchState {
  const project = state.history.present;
  const n = project.alignments.length;
  const pair = Math.max(0, Math.min(state.pair, n - 1));
  const beads = project.alignments[pair]?.beads.length ?? 0;
  // (mode advice about a pair the undo or redo took away is said no more: the pair it names is gone)
  const warnings = state.warnings.filter((w) => !staleModeAdvice(w, project, [], []));
  return { ...state, pair, row: Math.max(0, Math.min(state.row, beads - 1)), ...(warnings.length !== state.warnings.length ? { warnings } : {}) };
}

function annotateTarget(
  project: Project,
  target: AnnotationTarget,
  defaults: Pick<Annotation, 'category' | 'severity'>,
  patch: AnnotationPatch,
  now: string,
  /** Where an existing annotation of the target is looked for (the shown pair's, for a mismatch). */
  among: readonly Annotation[] = project.annotations,
): Annotation[] {
  const list = project.annotations;
  // (another tool's inline mark on the same span is no note: a note is made beside it)
  const existing = notesOnly(annotationsFor(among, target))[0];
  if (existing) return updateAnnotation(list, existing.id, patch, now);
  const created = createAnnotation({ id: nextAnnotationId(list), target, ...defaults, author: project.settings.author ?? '' }, now);
  return [...list, { ...created, ...patch, modified: now }];
}

function versionOf(input: VersionInput, id: string): Version {
  return {
    id,
    name: input.name,
    lang: input.lang,
    text: input.text,
    hash: input.hash ?? '',
    ...(input.langTag ? { langTag: input.langTag } : {}),
    ...(input.sourcePath ? { sourcePath: input.sourcePath } : {}),
  };
}

/**
 * Puts an opened text into the project: as the pivot (`a`), in place of the shown version (`b`),
 * or as an extra version. Only the pairs that involve it start afresh; every other pair keeps its
 * beads (confirmed and locked ones included). Over the built-in sample, only the two versions on
 * screen stay (one of them now replaced): nothing of the sample is kept out of sight.
 */
function openText(state: WorkbenchState, slot: 'a' | 'b' | 'add', input: VersionInput, warnings: WorkbenchState['warnings']): WorkbenchState {
  const present = state.history.present;
  // (only over the sample as it came: once it holds the user's work — an annotation, an edit, a save — it is their
  // project, and opening a version replaces the shown one only)
  const untouchedSample = state.origin === 'sample' && !state.path && state.history.past.length === 0 && present.annotations.length === 0;
  const overSample = untouchedSample && slot !== 'add' && present.versions.length > 2 && !!present.alignments[state.pair];
  const project = overSample ? onScreenOnly(present, state.pair) : present;
  const shownPair = overSample ? 0 : state.pair;
  const ids = new Set(project.versions.map((v) => v.id));
  let n = project.versions.length + 1;
  while (ids.has(`v${n}`)) n++;
  const fresh = versionOf(input, `v${n}`);
  const versions = [...project.versions];
  const shown = project.alignments[shownPair]?.b ?? 1;
  let replaced = -1;
  if (versions.length === 0 || slot === 'add' || (slot === 'b' && versions.length < 2)) versions.push(fresh);
  else {
    replaced = slot === 'a' ? project.pivot : shown;
    versions[replaced] = { ...fresh, id: versions[replaced].id };
  }
  const alignments = project.alignments.map((al) => (al.a === replaced || al.b === replaced ? { ...withBeads(al, []), mode: 'parallel' as const } : al));
  if (replaced < 0 && versions.length > 1) alignments.push({ a: project.pivot, b: versions.length - 1, mode: 'parallel', beads: [] });
  // Annotations about a replaced version no longer have anything to be about: they are kept, detached.
  const annotations = replaced < 0 ? project.annotations : project.annotations.map((a) => detachFrom(a, replaced, project.pivot, project.versions[replaced]?.text ?? ''));
  // (and said: a verdict or note of the text that went is no longer on any figure; Undo brings that text back)
  const detached = annotations.filter((a, i) => a !== project.annotations[i]).length;
  const notice: Notice = detached > 0 ? { key: 'status.openedDetached', params: { name: input.name, count: detached, old: project.versions[replaced]?.name ?? '' } } : { key: 'status.opened', params: { name: input.name } };
  const next: Project = { ...project, versions, alignments, annotations };
  const base: WorkbenchState = { ...edited(state, next), origin: slot === 'add' && state.origin === 'sample' ? 'sample' : 'user', pair: shownPair };
  const pair = slot === 'add' || project.versions.length < 2 ? Math.max(0, alignments.length - 1) : base.pair;
  return { ...base, pair, row: 0, selectedKey: null, warnings: [...base.warnings, ...warnings], notice };
}

/**
 * The project reduced to the shown pair's two versions (pivot first). Annotations about a
 * version that goes are kept, marked removed (a span's version then points at the pivot).
 */
function onScreenOnly(project: Project, pair: number): Project {
  const al = project.alignments[pair];
  const index = new Map([
    [al.a, 0],
    [al.b, 1],
  ]);
  const annotations = project.annotations.map((an): Annotation => {
    const t = an.target;
    if (t.type === 'span') {
      const v = index.get(t.version);
      return { ...an, target: v === undefined ? { ...t, version: 0, removed: true } : { ...t, version: v } };
    }
    if (t.type === 'mismatch' && t.a !== undefined && t.b !== undefined) {
      const a = index.get(t.a);
      const b = index.get(t.b);
      return { ...an, target: a === undefined || b === undefined ? { ...t, removed: true } : { ...t, a, b } };
    }
    return an;
  });
  return { ...project, versions: [project.versions[al.a], project.versions[al.b]], pivot: 0, alignments: [{ ...al, a: 0, b: 1 }], annotations };
}

function detachFrom(a: Annotation, version: number, pivot: number, oldText: string): Annotation {
  const t = a.target;
  if (t.type === 'span' && t.version === version) return { ...a, target: { ...t, removed: true } };
  // (a verdict an edit detached before is of that text too: it stays detached, never to land on the new text's figures)
  if (t.type !== 'mismatch' || t.replaced) return a;
  // (a key that does not name its versions, as a file Selaras did not write gives it: side A is the pivot, and side B
  // the replaced version when that version's text had the key's figure B where the key says)
  const unnamedB = () => keyFigureIn(parseMismatchKey(t.key)?.b ?? null, oldText);
  if (t.a === version || t.b === version || (t.a === undefined && (version === pivot || unnamedB()))) return { ...a, target: { ...t, removed: true, replaced: true } };
  return a;
}

/**
 * What a re-alignment the user asked for did to `pairs`: re-aligned, or nothing changed (the aligner gave the rows
 * they had), and then how many confirmed or locked rows it kept as they are, the likely reason.
 */
function realignedNotice(before: readonly PairAlignment[], after: readonly PairAlignment[], pairs: readonly number[]): Notice {
  const unchanged = pairs.every((p) => sameCells(before[p].beads, after[p].beads));
  if (!unchanged) return { key: 'status.realigned' };
  const kept = pairs.reduce((n, p) => n + after[p].beads.filter((b) => b.confirmed || b.locked).length, 0);
  return kept > 0 ? { key: 'status.realignedSameKept', params: { count: kept } } : { key: 'status.realignedSame' };
}

/**
 * Changes a version's text. Annotations follow their figures and spans through the edit (a
 * figure the edit deleted or changed leaves its annotation kept and marked removed). The pairs
 * of that version keep every confirmed or locked bead whose sentences the edit left in place
 * (shared/edit/follow.ts says when an edited sentence is still the same sentence) and are
 * re-aligned around them; a bead that lost a sentence is released, and the status line says how
 * many were, and how many notes the edit took off their figure or text.
 */
function editText(state: WorkbenchState, index: number, text: string, hash: string): WorkbenchState {
  const project = state.history.present;
  const before = project.versions[index];
  if (!before || before.text === text) return state;
  const edit = textEdit(before.text, text);
  const annotations = followTextEdit(project.annotations, index, project.pivot, before.text, spanMap(edit, before.text), text);
  const versions = project.versions.map((v, i) => (i === index ? { ...v, text, hash } : v));
  let follow: Array<number | null> | null = null;
  let count = 0;
  const touched: number[] = [];
  let released = 0;
  const alignments = project.alignments.map((al, i) => {
    if (al.a !== index && al.b !== index) return al;
    touched.push(i);
    if (!al.fromFile && !al.beads.some((b) => b.confirmed || b.locked)) return withBeads(al, []);
    if (!follow) {
      const after = sentencesOf(versions[index]);
      follow = followSentences(edit, before.text, sentencesOf(before), after);
      count = after.length;
    }
    const through = beadsThroughEdit(al.beads, al.a === index ? 'a' : 'b', follow, count, !!al.fromFile);
    released += through.released;
    // A file's units stay as they are, a sentence the edit made new in a row of its own (no re-alignment
    // moves a unit); elsewhere kept beads with placeholders around them are re-aligned around the kept ones.
    if (al.fromFile) return withBeads(al, through.beads);
    return through.kept > 0 ? { ...withBeads(al, through.beads), refit: true as const } : withBeads(al, through.beads);
  });
  const next = { ...project, versions, alignments, annotations };
  // (notes and verdicts the edit took off their figure or text: kept and marked, and said here, not only in Notes)
  const detached = annotations.filter((a, k) => isDetached(a) && !isDetached(project.annotations[k])).length;
  const notice: Notice | null =
    released > 0 && detached > 0
      ? { key: 'workbench.kept.releasedDetached', params: { count: detached, rows: released } }
      : released > 0
        ? { key: 'workbench.kept.released', params: { count: released } }
        : detached > 0
          ? { key: 'workbench.kept.detached', params: { count: detached } }
          : null;
  return {
    ...edited(state, next),
    realign: state.realign.filter((p) => !touched.includes(p)),
    ...(notice ? { notice } : {}),
  };
}

/** A version's sentences as the analysis splits them (one per line, or by its language's segmenter). */
function sentencesOf(version: Version): Sentence[] {
  return version.segmentation === 'lines' ? splitLines(version.text) : segment(version.text, version.lang, version.langTag);
}

/** A merge, split, shift, confirm or lock on the shown pair: one undo step, or a notice why not. */
function gridEdit(state: WorkbenchState, op: GridOp, row: number, side: 'a' | 'b'): WorkbenchState {
  const project = state.history.present;
  const al = project.alignments[state.pair];
  if (!al) return state;
  const result = applyGridOp(al.beads, row, side, op);
  if (!result.ok) return { ...state, notice: { key: `grid.refused.${result.reason}` } };
  // The user's own edit of the rows settles them: a re-alignment still waiting is dropped.
  const alignments = project.alignments.map((x, i) => (i === state.pair ? withBeads(x, result.beads) : x));
  return { ...edited(state, { ...project, alignments }), row: result.row, side, notice: null };
}

/** The pair with these beads, and without a waiting re-alignment around kept beads (`refit`). */
function withBeads(al: PairAlignment, beads: Bead[]): PairAlignment {
  const { refit: _settled, ...pair } = al;
  return { ...pair, beads };
}

/**
 * Makes the shown version B the pivot every other version is aligned to. The pair of the two
 * keeps its beads (sides swapped) and its mismatch annotations follow (their keys' sides are
 * swapped); the other pairs are aligned afresh.
 */
function makePivot(state: WorkbenchState): WorkbenchState {
  const project = state.history.present;
  const al = project.alignments[state.pair];
  if (!al) return state;
  const next = al.b;
  const old = project.pivot;
  const alignments = project.versions
    .map((_, i) => i)
    .filter((i) => i !== next)
    .map((i) => {
      const same = project.alignments.find((x) => x.a === next && x.b === i);
      if (same) return same;
      const swapped = project.alignments.find((x) => x.a === i && x.b === next);
      if (swapped) return { a: next, b: i, mode: swapped.mode, beads: swapped.beads.map((b) => ({ ...b, a: b.b, b: b.a })), ...(swapped.refit ? { refit: true as const } : {}) };
      return { a: next, b: i, mode: 'parallel' as const, beads: [] };
    });
  // The verdicts of every pair now aligned the other way round follow it, sides swapped: the pair of the old and the new
  // pivot, and, with three versions or more, a pair an earlier pivot left unaligned (A–B, while C was the pivot) that
  // is aligned again as B–A (it was shown open, and judging it again made two verdicts on one mismatch)
  const aligned = (x: number, y: number) => alignments.some((p) => p.a === x && p.b === y);
  const annotations = project.annotations.map((a0) => {
    // (a detached verdict too: it stays the pair's, its figures on their sides, to be exported and found again)
    if (a0.target.type !== 'mismatch') return a0;
    // (a key that does not name its versions, as a file Selaras did not write gives it, is named first: side A is the
    // old pivot, side B the version it was judged against; with a third version added, that pair need not be the one
    // the pivot moves to)
    const a = a0.target.a === undefined || a0.target.b === undefined ? { ...a0, target: { ...a0.target, a: old, b: unnamedSideB(project, a0.target.key, old) } } : a0;
    const t = a.target as typeof a0.target & { a: number; b: number };
    if (aligned(t.a, t.b) || !aligned(t.b, t.a)) return a;
    return { ...a, target: { ...t, key: swapKeySides(t.key), a: t.b, b: t.a } };
  });
  const moved = edited(state, { ...project, pivot: next, alignments, annotations });
  return { ...moved, pair: Math.max(0, alignments.findIndex((x) => x.b === old)), row: 0, selectedKey: null };
}

/**
 * The version a mismatch key that names no versions was judged against, seen from the pivot: the first other version
 * whose text has the key's figure B where the key says; else the version of the pivot's first pair.
 */
function unnamedSideB(project: Project, key: string, pivot: number): number {
  const f = parseMismatchKey(key)?.b ?? null;
  const found = project.versions.findIndex((v, i) => i !== pivot && keyFigureIn(f, v.text));
  if (found >= 0) return found;
  return project.alignments.find((x) => x.a === pivot)?.b ?? (pivot === 0 ? 1 : 0);
}

function openNote(state: WorkbenchState, a: Annotation): WorkbenchState {
  const next = { ...state, selectedNote: a.id };
  const t = a.target;
  if (t.type === 'mismatch' && !t.removed) {
    const m = currentComparison(state)?.mismatches.find((x) => x.key === t.key);
    if (m) return step(next, { type: 'select-mismatch', mismatch: m });
  } else if (t.type === 'span' && !t.removed && analysisFits(state)) {
    const al = state.history.present.alignments[state.pair];
    const side = al && t.version === al.a ? 'a' : al && t.version === al.b ? 'b' : null;
    if (side && al) {
      const sentences = state.analysis!.result.versions[t.version]?.sentences ?? [];
      const index = sentences.findIndex((s) => s.end >= t.start);
      const row = al.beads.findIndex((b) => b[side].includes(index));
      if (row >= 0) return { ...next, row };
    }
  }
  return next;
}

/**
 * Takes in a finished analysis. Pairs that had no beads (new texts, a new mode, an edited text)
 * and pairs the user asked to re-align get the beads the worker computed, in place of the
 * present state (the undo step was taken when the user asked). An analysis of other texts than the
 * project's (the user typed on) is ignored.
 */
function analysed(state: WorkbenchState, analysis: WorkbenchState['analysis'] & object, realigned: number[]): WorkbenchState {
  const project = state.history.present;
  const same = analysis.texts.length === project.versions.length && analysis.texts.every((t, i) => t === project.versions[i].text);
  if (!same) return state;
  return sayVerdictsOffMismatches(state, lessDetachedSaid(state, withAnalysis(state, analysis, realigned)));
}

/**
 * An edit's status line counted the notes it took off their figures before the analysis put some back on their figure
 * (a word beside the number changed: `followGrownFigures`): it counts only those still off (it said one was off, while
 * Notes and the counts showed it on its figure).
 */
function lessDetachedSaid(before: WorkbenchState, after: WorkbenchState): WorkbenchState {
  const said = before.notice;
  if (!said || after.notice !== said || (said.key !== 'workbench.kept.detached' && said.key !== 'workbench.kept.releasedDetached')) return after;
  const was = before.history.present.annotations;
  const now = after.history.present.annotations;
  if (was === now) return after;
  const back = now.filter((a, k) => was[k]?.id === a.id && isDetached(was[k]) && !isDetached(a)).length;
  if (back === 0) return after;
  const count = Number(said.params?.count ?? 0) - back;
  if (count > 0) return { ...after, notice: { ...said, params: { ...said.params, count } } };
  return { ...after, notice: said.key === 'workbench.kept.releasedDetached' ? { key: 'workbench.kept.released', params: { count: Number(said.params?.rows ?? 0) } } : null };
}

/**
 * A re-alignment, a change of mode or a merge or split of rows that took verdicts off their mismatches (the rows now
 * pair the figures otherwise) says how many, as an edit of the text says the notes it detached: they drop out of the
 * mismatch list and its counts, kept in Notes. Counted against the analysis before, of the same texts (a redo that
 * takes them off again says so too; an undo that brings them back leaves its own notice).
 */
function sayVerdictsOffMismatches(before: WorkbenchState, after: WorkbenchState): WorkbenchState {
  const prev = before.analysis;
  if (!prev || after === before) return after;
  const texts = before.history.present.versions;
  if (prev.texts.length !== texts.length || prev.texts.some((t, i) => t !== texts[i].text)) return after;
  const rows = before.history.present.alignments;
  const sides = prev.sides ?? rows.map((al) => [al.a, al.b] as [number, number]);
  if (sides.length !== prev.result.pairs.length) return after;
  const livePairs: PairKeys[] = prev.result.pairs.map((p, i) => ({ a: sides[i][0], b: sides[i][1], keys: new Set(p.comparison.mismatches.map((m) => m.key)) }));
  const gone = notesOnMismatchesGone(after);
  if (!gone || gone.size === 0) return after;
  const count = after.history.present.annotations.filter((x) => gone.has(x.id) && x.target.type === 'mismatch' && liveOnOwnPair(x, x.target.key, livePairs)).length;
  return count > 0 ? { ...after, notice: { key: 'status.verdictsOffMismatches', params: { count } } } : after;
}

/** The state with a finished analysis of its present texts taken in (the beads, annotations and notice it gives). */
function withAnalysis(state: WorkbenchState, analysis: WorkbenchState['analysis'] & object, realigned: number[]): WorkbenchState {
  const project = state.history.present;
  const asked = new Set(realigned);
  const changed = project.alignments.map((al, i) => (al.beads.length === 0 || asked.has(i)) && (analysis.result.pairs[i]?.beads.length ?? 0) > 0);
  const realign = state.realign.filter((p) => !asked.has(p));
  // A pair re-aligned around its kept beads is no longer waiting (withBeads drops `refit`).
  const anyChanged = changed.some(Boolean);
  const alignments = anyChanged ? project.alignments.map((al, i) => (changed[i] ? withBeads(al, analysis.result.pairs[i].beads) : al)) : project.alignments;
  // (the analysis before is that of the texts the present was edited from, unless an undo or redo came between)
  const annotations = followAnalysis(project.annotations, project.versions, alignments, analysis.result, state.historyMoved ? undefined : state.analysis?.result.ledger);
  state = state.historyMoved ? { ...state, historyMoved: false } : state;
  if (!anyChanged && annotations === project.annotations) return { ...state, analysis, realign };
  const next = { ...project, alignments, annotations };
  if (!anyChanged) {
    // (derived from the edit that grew the figures: no undo step of its own, and a saved project stays saved)
    return { ...state, history: { ...state.history, present: next }, saved: state.saved === project ? next : state.saved, analysis, realign };
  }
  // A re-alignment after a text edit is not one the user asked for: its status (what the edit released) stays.
  const byUser = realigned.some((p) => changed[p] && state.realign.includes(p));
  // No undo step here: a re-alignment took its step when it was asked for (realign, set-mode),
  // and aligning new texts is derived data (a saved project stays saved).
  const wasSaved = state.saved === project && !byUser;
  const notice = byUser ? realignedNotice(project.alignments, alignments, realigned.filter((p) => changed[p] && state.realign.includes(p))) : state.notice;
  const kept = state.warnings.filter((w) => !staleModeAdvice(w, next, analysis.result.pairs, changed));
  const warnings = [...kept, ...modeAdvice(next, analysis.result.pairs, changed, kept)];
  return {
    ...state,
    history: { ...state.history, present: next },
    saved: wasSaved ? next : state.saved,
    analysis,
    realign,
    notice,
    warnings,
  };
}

/**
 * Annotations moved with what the analysis of an edit found: ledger notes to their group's new name
 * (`followLedgerGroups`), verdicts to their grown figures' mismatch (`followGrownFigures`, over the pairs
 * whose analysis is of their present rows: while re-aligning, their keys are not yet the rows').
 */
function followAnalysis(list: Annotation[], versions: readonly Version[], alignments: readonly PairAlignment[], result: AnalysisResult, ledgerBefore?: AnalysisResult['ledger']): Annotation[] {
  // (ledger notes follow their group's new name, never to a group that was there before; with no analysis before, a
  // project just opened, there was no edit to follow: a note whose group is gone stays so, it was gone when saved)
  const ledger = followLedgerGroups(list, result.ledger.map(ledgerTarget), (ledgerBefore ?? []).map(ledgerTarget), ledgerBefore !== undefined);
  const pairs = result.pairs;
  if (!pairsFitRows(pairs, alignments)) return ledger;
  const keys = alignments.map((al, i) => ({ a: al.a, b: al.b, keys: pairs[i].comparison.mismatches.map((m) => m.key) }));
  return followGrownFigures(ledger, keys, (v, text) => figureValues(versions[v], text));
}

/** What a figure's text says (`three houses` and `3 houses`: `count:3`), in its version's language; undefined for no figure. */
function figureValues(version: Version | undefined, text: string): string | undefined {
  if (!version) return undefined;
  const figures = extractFromSentence(text, version.lang, version.langTag);
  return figures.length ? figures.map((f) => `${f.kind}:${f.value}`).join(' ') : undefined;
}

/**
 * Mode advice that no longer holds: the pair it names is gone (a version was replaced by another
 * file), or was aligned again and now reads as a translation (or is no longer in translation mode).
 */
function staleModeAdvice(w: Notice, project: Project, pairs: AnalysisResult['pairs'], changed: boolean[]): boolean {
  if (w.key !== 'workbench.suggestComparable') return false;
  const i = project.alignments.findIndex((al) => project.versions[al.a]?.name === w.params?.a && project.versions[al.b]?.name === w.params?.b);
  if (i < 0) return true;
  return changed[i] && (project.alignments[i].mode !== 'parallel' || pairs[i]?.modeSuggested !== 'comparable');
}

/**
 * Two versions aligned as a translation that the aligner reads as two articles on one story: said
 * once per pair, with the way out (the mode menu), since their beads are then only guesses.
 */
function modeAdvice(project: Project, pairs: AnalysisResult['pairs'], changed: boolean[], shown: Notice[]): Notice[] {
  return project.alignments.flatMap((al, i) => {
    if (!changed[i] || al.mode !== 'parallel' || pairs[i]?.modeSuggested !== 'comparable') return [];
    const names = { a: project.versions[al.a]?.name ?? '', b: project.versions[al.b]?.name ?? '' };
    const notice: Notice = { key: 'workbench.suggestComparable', params: names };
    return shown.some((w) => w.key === notice.key && w.params?.a === names.a && w.params?.b === names.b) ? [] : [notice];
  });
}
