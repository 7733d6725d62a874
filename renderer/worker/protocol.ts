/** Messages between the UI thread and the analysis worker. */
import type { AlignMode, Bead } from '../../shared/align/types';
import type { Comparison, LedgerGroup } from '../../shared/drift/types';
import type { Figure } from '../../shared/figures/types';
import type { Lang, Sentence } from '../../shared/text/types';
import type { ClaimRow } from '../../shared/entities/claims';
import type { Termbase } from '../../shared/termbase/types';
import type { TextRef } from './text-refs';

export type { PairRequest } from '../../shared/workbench/analyse';
import type { PairRequest } from '../../shared/workbench/analyse';

/** A version to analyse: its text, the language to read it as, and whether it is one sentence a line. */
export interface VersionRequest {
  text: string;
  lang?: Lang;
  /** The language tag a file gave the version (`de-CH`): a language outside both readers is read by its own conventions. */
  langTag?: string;
  lines?: boolean;
}

/** What the UI asks of the analysis worker (`AnalysisClient.run`); its texts travel as `RunRequest.texts`. */
export interface RunInput extends Omit<RunRequest, 'type' | 'id' | 'versions' | 'texts'> {
  versions: VersionRequest[];
}

export interface RunRequest {
  type: 'run';
  id: number;
  /** The versions without their texts: those are `texts`, in the same order. */
  versions: Array<Omit<VersionRequest, 'text'>>;
  /** Each version's text, sent once and named by number afterwards (text-refs). */
  texts: TextRef[];
  pairs: PairRequest[];
  glossary?: Array<[string, string]>;
  /** The project's termbase: its term pairs guide the alignment and pair names (shared/termbase). */
  termbase?: Termbase;
  /** Versions the caller already holds the analysis of: their data is not sent back. */
  known?: boolean[];
}

/** The UI has received a slice (`chunk`, `comparison`, `pair-part`, `ledger`): the worker sends the next. */
export interface AckRequest {
  type: 'ack';
}

export interface AnalysedVersionData {
  lang: Lang;
  sentences: Sentence[];
  figures: Figure[];
}

export interface RunResult {
  /** `null` where the request said the caller already knows the version. */
  versions: Array<AnalysedVersionData | null>;
  pairs: Array<{ a: number; b: number; beads: Bead[]; comparison: Comparison; claims?: ClaimRow[]; modeSuggested?: AlignMode }>;
  ledger: LedgerGroup[];
  /** Milliseconds spent in the worker. */
  ms: number;
}

export type WorkerReply =
  | { type: 'progress'; id: number; fraction: number; stage: 'analyse' | 'align' | 'compare' }
  /** Part of a version's analysis; big results arrive in slices so no single message stalls the UI. */
  | { type: 'chunk'; id: number; version: number; lang: Lang; sentences: Sentence[]; figures: Figure[] }
  /** Part of a pair's comparison (sent in slices for the same reason). */
  | { type: 'comparison'; id: number; pair: number; matches: Comparison['matches']; mismatches: Comparison['mismatches'] }
  /** Part of a pair's beads and claims, and part of the ledger (also in slices: a book has thousands). */
  | { type: 'pair-part'; id: number; pair: number; beads: Bead[]; claims: ClaimRow[] }
  | { type: 'ledger'; id: number; groups: LedgerGroup[] }
  /** The rest of the result: its beads, claims, ledger, matches and mismatches came in the parts above. */
  | { type: 'done'; id: number; result: RunResult }
  | { type: 'error'; id: number; message: string; messageKey?: string; params?: Record<string, string | number> };
