/**
 * What the workbench shows, derived from its state: the shown pair and its sentences, the
 * comparison, the verdict of every mismatch and the counts. One source for every count: the
 * status bar, the panels and the exports all read `countsOf` (exports through the same
 * `tallyVerdicts`).
 */
import { ledgerTarget } from '../drift/ledger';
import type { Bead } from '../align/types';
import type { Comparison, Mismatch } from '../drift/types';
import type { NotTranslationCue } from '../drift/bead-evidence';
import { blankSentences, untranslatedParts } from '../drift/untranslated';
import { annotationsOfPair, isDetached, liveOnOwnPair, mismatchVerdict, onPairNotAligned, tallyVerdicts, type PairKeys, type VerdictTally } from '../project/annotations';
import type { Annotation, PairAlignment, Verdict, Version } from '../project/types';
import type { Sentence } from '../text/types';
import { refitPairs, type WorkbenchState } from './state';
import { beadKey } from '../align/bead-key';

/** True when the analysis was computed from the project's present texts. */
export function analysisFits(state: WorkbenchState): boolean {
  const a = state.analysis;
  const { versions, alignments } = state.history.present;
  return (
    !!a &&
    versions.length > 0 &&
    a.texts.length === versions.length &&
    a.texts.every((t, i) => t === versions[i].text) &&
    (!a.sides || (a.sides.length === alignments.length && a.sides.every(([x, y], i) => alignments[i].a === x && alignments[i].b === y)))
  );
}

/** The comparison of the shown pair, when the analysis is of the present texts. */
export function currentComparison(state: WorkbenchState): Comparison | null {
  return analysisFits(state) ? (state.analysis!.result.pairs[state.pair]?.comparison ?? null) : null;
}

/**
 * The keys of every pair's mismatches now, when the analysis is of the present texts and rows; null while it is
 * not. A note on a mismatch whose key is not among them is about a pairing or a figure the alignment no longer
 * has (rows split or merged, the figures now agree): it is kept, and attaches again when the mismatch comes back.
 */
export function liveMismatchKeys(state: WorkbenchState): Set<string> | null {
  const byPair = liveKeysByPair(state);
  return byPair && new Set(byPair.flatMap((p) => [...p.keys]));
}

/** Each pair's mismatch keys now, with its two versions; null while the analysis is not of the present texts and rows. */
function liveKeysByPair(state: WorkbenchState): PairKeys[] | null {
  if (!analysisFits(state)) return null;
  const pairs = state.analysis!.result.pairs;
  const alignments = state.history.present.alignments;
  if (!pairsFitRows(pairs, alignments)) return null;
  return pairs.map((p, i) => ({ a: alignments[i].a, b: alignments[i].b, keys: new Set(p.comparison.mismatches.map((m) => m.key)) }));
}

/**
 * The annotations on a mismatch its pair does not have now (rows split or merged, the figures now agree), by id;
 * null while the analysis is not of the present texts and rows. A verdict noted on a pair that is not aligned now
 * (another version became the pivot) is not among them: its mismatch comes back with its pair.
 */
export function notesOnMismatchesGone(state: WorkbenchState): Set<string> | null {
  const byPair = liveKeysByPair(state);
  if (!byPair) return null;
  const alignments = state.history.present.alignments;
  const out = new Set<string>();
  for (const x of state.history.present.annotations) {
    const t = x.target;
    if (t.type !== 'mismatch' || t.removed || onPairNotAligned(x, alignments) || liveOnOwnPair(x, t.key, byPair)) continue;
    out.add(x.id);
  }
  return out;
}

/** The names of the ledger's groups now (`ledgerTarget`), when the analysis is of the present texts; null while it is not. */
export function liveLedgerTargets(state: WorkbenchState): Set<string> | null {
  return analysisFits(state) ? new Set(state.analysis!.result.ledger.map(ledgerTarget)) : null;
}

/** The annotations of the shown pair (a verdict noted on another pair's mismatch of the same key is not one). */
export function shownPairAnnotations(state: WorkbenchState): readonly Annotation[] {
  const project = state.history.present;
  const al = project.alignments[state.pair];
  return al ? annotationsOfPair(project.annotations, al.a, al.b) : project.annotations;
}

/** The verdict of a mismatch: that of its (not detached) annotation, else open. */
export function verdictOf(annotations: readonly Annotation[], m: Pick<Mismatch, 'key'>): Verdict {
  return mismatchVerdict(annotations, m.key);
}

export interface Counts extends VerdictTally {
  /** Mismatches at level review (the weaker findings the list folds under one line). */
  reviews: number;
  matches: number;
  beads: number;
  confirmedBeads: number;
  /** Annotations whose figure or span an edit deleted. */
  detached: number;
}

/** Every count the workbench shows, from one place. */
export function countsOf(state: WorkbenchState): Counts {
  const comparison = currentComparison(state);
  const project = state.history.present;
  const annotations = shownPairAnnotations(state);
  const tally = tallyVerdicts((comparison?.mismatches ?? []).map((m) => verdictOf(annotations, m)));
  const beads = project.alignments[state.pair]?.beads ?? [];
  return {
    ...tally,
    reviews: (comparison?.mismatches ?? []).filter((m) => m.level === 'review').length,
    matches: comparison?.matches.length ?? 0,
    beads: beads.length,
    confirmedBeads: beads.filter((b) => b.confirmed).length,
    detached: project.annotations.filter(isDetached).length,
  };
}

/** The mismatches still to review (not dismissed), in document order. */
export function openMismatches(state: WorkbenchState): Mismatch[] {
  const annotations = shownPairAnnotations(state);
  return (currentComparison(state)?.mismatches ?? []).filter((m) => {
    const v = verdictOf(annotations, m);
    return v !== 'acceptable' && v !== 'false-alarm';
  });
}

/**
 * The open mismatch after (`1`) or before (`-1`) the selected one, wrapping around (N / P): counted from where the
 * selected one stands among all mismatches, so that one just judged (a false alarm, no longer open) leads on to its
 * neighbour, not back to the first. The first (or last) open one when none is selected; undefined when none is open.
 */
export function stepMismatch(state: WorkbenchState, dir: 1 | -1): Mismatch | undefined {
  const open = new Set(openMismatches(state).map((m) => m.key));
  const all = currentComparison(state)?.mismatches ?? [];
  if (open.size === 0) return undefined;
  const at = all.findIndex((m) => m.key === state.selectedKey);
  const n = all.length;
  const from = at < 0 ? (dir === 1 ? n - 1 : 0) : at;
  for (let k = 1; k <= n; k++) {
    const m = all[(((from + dir * k) % n) + n) % n];
    if (open.has(m.key)) return m;
  }
  return undefined;
}

/** Row of a mismatch's first sentence in the shown pair, if the analysis is current. */
export function rowOfFigure(state: WorkbenchState, m: Pick<Mismatch, 'a' | 'b'>): number | undefined {
  const beads = state.history.present.alignments[state.pair]?.beads ?? [];
  if (m.a.length) {
    const r = beads.findIndex((b) => b.a.includes(m.a[0]));
    if (r >= 0) return r;
  }
  if (m.b.length) {
    const r = beads.findIndex((b) => b.b.includes(m.b[0]));
    if (r >= 0) return r;
  }
  return undefined;
}

export interface PairView {
  alignment: PairAlignment | null;
  beads: Bead[];
  versionA: Version | null;
  versionB: Version | null;
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  comparison: Comparison | null;
  /** The beads index sentences that exist (false while an edited text is being re-read). */
  beadsFit: boolean;
}

/** The shown pair with its sentences and comparison. */
export function pairView(state: WorkbenchState): PairView {
  const project = state.history.present;
  const alignment = project.alignments[Math.min(state.pair, project.alignments.length - 1)] ?? null;
  const beads = alignment?.beads ?? [];
  const fits = analysisFits(state);
  const sentencesA = (fits && alignment && state.analysis!.result.versions[alignment.a]?.sentences) || [];
  const sentencesB = (fits && alignment && state.analysis!.result.versions[alignment.b]?.sentences) || [];
  return {
    alignment,
    beads,
    versionA: project.versions[alignment?.a ?? 0] ?? null,
    versionB: alignment ? (project.versions[alignment.b] ?? null) : null,
    sentencesA,
    sentencesB,
    comparison: currentComparison(state),
    beadsFit: fits && beads.every((b) => b.a.every((i) => i < sentencesA.length) && b.b.every((i) => i < sentencesB.length)),
  };
}

/** Rows that hold an open mismatch (for the grid and the map). */
export function flaggedRows(state: WorkbenchState): Set<number> {
  const beads = state.history.present.alignments[state.pair]?.beads ?? [];
  const rowA = new Map<number, number>();
  const rowB = new Map<number, number>();
  beads.forEach((b, r) => {
    for (const i of b.a) rowA.set(i, r);
    for (const i of b.b) rowB.set(i, r);
  });
  const rows = new Set<number>();
  for (const m of openMismatches(state)) {
    const r = m.a.length ? rowA.get(m.a[0]) : rowB.get(m.b[0]);
    if (r !== undefined) rows.add(r);
  }
  return rows;
}

/**
 * The rows of the shown pair whose sentences the drift engine judged not translations of each other
 * (`comparison.notTranslations`), with the cues why: the grid marks them, so that a confident 1:1
 * row of two unrelated lines does not pass for a translation.
 */
export function notTranslationRows(state: WorkbenchState): Map<number, NotTranslationCue[]> {
  const beads = state.history.present.alignments[state.pair]?.beads ?? [];
  const judged = currentComparison(state)?.notTranslations ?? [];
  const rows = new Map<number, NotTranslationCue[]>();
  if (judged.length === 0) return rows;
  const cuesOf = new Map(judged.map((j) => [beadKey(j), j.cues]));
  beads.forEach((bead, r) => {
    const cues = cuesOf.get(beadKey(bead));
    if (cues) rows.set(r, cues);
  });
  return rows;
}

/**
 * The rows of the shown pair that are a file's units (or segments) with no translation yet (`untranslatedParts`, as
 * the analysis takes them): their figures are not compared, and the grid says so, so that such a row does not pass
 * for a sentence the aligner paired with nothing.
 */
export function untranslatedRows(state: WorkbenchState): Set<number> {
  const rows = new Set<number>();
  const { alignment, beads, sentencesB } = pairView(state);
  if (!alignment || !analysisFits(state)) return rows;
  const blank = blankSentences({ sentences: sentencesB });
  beads.forEach((bead, r) => {
    if (bead.origin !== undefined && untranslatedParts([bead], blank).length > 0) rows.add(r);
  });
  return rows;
}

/** What a save needs: the file name to offer and whether to ask the user where (Save as, or never saved). */
export function saveRequest(state: WorkbenchState, saveAs: boolean): { name: string; path?: string; ask: boolean } {
  const project = state.history.present;
  const name = state.name || `${(project.versions[0]?.name ?? 'untitled').replace(/\.[^.]+$/, '')}.selaras`;
  const ask = saveAs || !state.path;
  return { name, ask, ...(!ask && state.path ? { path: state.path } : {}) };
}

/**
 * True when the analysis already answers for the present project: same texts, the same beads
 * in every pair, and no re-alignment waiting. Otherwise the worker has to run.
 */
export function analysisCovers(state: WorkbenchState): boolean {
  if (!analysisFits(state) || state.realign.length > 0 || refitPairs(state).length > 0) return false;
  const pairs = state.analysis!.result.pairs;
  const alignments = state.history.present.alignments;
  return pairs.length === alignments.length && alignments.every((al, i) => al.beads.length > 0 && sameCells(al.beads, pairs[i].beads));
}

/** Whether the analysis's pairs are of these rows (the same cells in every pair): its mismatch keys are then theirs. */
export function pairsFitRows(pairs: ReadonlyArray<{ beads: readonly Bead[] }>, alignments: readonly PairAlignment[]): boolean {
  return pairs.length === alignments.length && pairs.every((p, i) => sameCells(p.beads, alignments[i].beads));
}

/** Whether two bead lists pair the same sentences (the same cells, whatever the objects). */
export function sameCells(x: readonly Bead[], y: readonly Bead[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (p.a.length !== q.a.length || p.b.length !== q.b.length) return false;
    for (let k = 0; k < p.a.length; k++) if (p.a[k] !== q.a[k]) return false;
    for (let k = 0; k < p.b.length; k++) if (p.b[k] !== q.b[k]) return false;
  }
  return true;
}
