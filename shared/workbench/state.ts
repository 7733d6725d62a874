/**
 * The workbench as one value: the open project with its undo history, where it lives, what is
 * selected and shown, the last analysis, and the messages for the user. It changes only
 * through intents (see intents.ts and model.ts); the UI renders it and dispatches intents.
 */
import type { AlignMode, Bead } from '../align/types';
import type { Comparison, LedgerGroup, Mismatch } from '../drift/types';
import type { History } from '../edit/history';
import { createHistory } from '../edit/history';
import type { Side } from '../edit/types';
import type { VersionInput } from '../project/create';
import type { Annotation, AnnotationTarget, Project } from '../project/types';
import type { AnnotationPatch } from '../project/annotations';
import type { Sentence } from '../text/types';
import type { Termbase } from '../termbase/types';
import type { ClaimRow } from '../entities/claims';

export type Panel = 'mismatches' | 'ledger' | 'map' | 'notes';

/** A message for the user, kept as a translation key so that it follows the interface language. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
  /** Notices said inside this one as its `list` parameter, each translated when it is shown (it follows a change of language too). */
  list?: Notice[];
}

/** What the analysis worker computed for the project's texts. */
export interface AnalysisResult {
  versions: Array<{ sentences: Sentence[] }>;
  /** `modeSuggested`: the mode the aligner reads the pair as (set when it aligned the pair). */
  pairs: Array<{ beads: Bead[]; comparison: Comparison; claims?: ClaimRow[]; modeSuggested?: AlignMode }>;
  ledger: LedgerGroup[];
}

export interface Analysis {
  /** The texts it was computed from: it is used only while they are still the project's. */
  texts: string[];
  /**
   * The versions each pair compared (side A, side B), when known: it is used only while the pairs are still those
   * (after Make pivot the rows of a pair may be the same cells with the sides swapped; its mismatches are not).
   */
  sides?: Array<[number, number]>;
  result: AnalysisResult;
}

/** Where the open project came from: nothing, the built-in sample, or the user's own files. */
export type Origin = 'empty' | 'sample' | 'user';

export interface WorkbenchState {
  history: History<Project>;
  /** The project as last saved or loaded (compared by identity to tell unsaved changes). */
  saved: Project | null;
  /** Where the project is saved (a path on the desktop, a file name in the browser). */
  path?: string;
  name: string;
  origin: Origin;
  pair: number;
  row: number;
  side: Side;
  selectedKey: string | null;
  selectedNote: string | null;
  panel: Panel;
  analysis: Analysis | null;
  /** Pairs the user asked to re-align, waiting for the worker. */
  realign: number[];
  notice: Notice | null;
  warnings: Notice[];
  /** The annotation whose note is being typed: successive keystrokes make one undo step. */
  typing: string | null;
  /** When that note was last typed into (a pause longer than `TYPING_PAUSE_MS` starts a new undo step). */
  typedAt?: string;
  /**
   * An undo or redo since the last analysis answered: the analysis there is of no state the present was edited from,
   * so the next one follows no edit (a ledger note stays on its group, gone or not).
   */
  historyMoved?: boolean;
}

export type GridOp = 'merge' | 'merge-up' | 'split' | 'split-last' | 'shift-up' | 'shift-down' | 'insert' | 'confirm' | 'lock';

export type Intent =
  | { type: 'load'; project: Project; path?: string; name: string; dirty?: boolean; origin?: Origin; recovered?: boolean; warnings?: Notice[]; pair?: number }
  | { type: 'new' }
  /** Puts a text in as the pivot (`a`), in place of the shown version (`b`), or as an extra version. */
  | { type: 'open-text'; slot: 'a' | 'b' | 'add'; version: VersionInput; warnings?: Notice[] }
  | { type: 'edit-text'; version: number; text: string; hash: string }
  | { type: 'grid'; op: GridOp; row?: number; side?: Side }
  | { type: 'realign' }
  | { type: 'set-mode'; mode: AlignMode }
  /** The user's termbase (or none): kept with the project; every pair re-aligns, keeping confirmed and locked beads. */
  | { type: 'set-termbase'; termbase: Termbase | undefined }
  | { type: 'make-pivot' }
  | { type: 'annotate-mismatch'; mismatch: Mismatch; patch: AnnotationPatch; now: string }
  | { type: 'annotate'; target: AnnotationTarget; patch?: AnnotationPatch; now: string }
  /** A keystroke in a note: applied at once (so autosave has it), one undo step per note. */
  | { type: 'type-note'; id: string; note: string; now: string }
  | { type: 'update-note'; id: string; patch: AnnotationPatch; now: string }
  | { type: 'restore'; id: string; now: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; pair?: number; row?: number; side?: Side; key?: string | null; note?: string | null; panel?: Panel }
  | { type: 'select-mismatch'; mismatch: Pick<Mismatch, 'a' | 'b' | 'key'> }
  | { type: 'open-note'; annotation: Annotation }
  | { type: 'analysed'; analysis: Analysis; realigned: number[] }
  | { type: 'saved'; path?: string; name: string; project: Project }
  /** The analysis was cancelled: waiting re-alignments are dropped. */
  | { type: 'cancelled' }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'dismiss-warning'; index: number };

/**
 * The pairs waiting to be re-aligned around the beads a text edit kept (`PairAlignment.refit`):
 * the mark lives in the project, so it goes with undo and redo, survives a note typed meanwhile,
 * and is saved — a project closed before the worker answered resumes the re-alignment on opening.
 */
export function refitPairs(state: WorkbenchState): number[] {
  return state.history.present.alignments.flatMap((al, i) => (al.refit ? [i] : []));
}

export function emptyProject(): Project {
  return { versions: [], pivot: 0, alignments: [], annotations: [], settings: {} };
}

export function initialState(): WorkbenchState {
  const project = emptyProject();
  return {
    history: createHistory(project),
    saved: project,
    name: '',
    origin: 'empty',
    pair: 0,
    row: 0,
    side: 'a',
    selectedKey: null,
    selectedNote: null,
    panel: 'mismatches',
    analysis: null,
    realign: [],
    notice: null,
    warnings: [],
    typing: null,
  };
}
