/**
 * The drift engine: compares the figures of aligned versions bead by bead and keeps a ledger
 * of what every version says each quantity is.
 */
export type {
  Comparison,
  Explanation,
  LedgerEntry,
  LedgerGroup,
  Match,
  MatchStatus,
  Mismatch,
  MismatchKind,
  MismatchLevel,
} from './types';
export { compareBeads, mismatchKey, type CompareOptions } from './compare';
export { buildLedger, type LedgerOptions } from './ledger';
export { explainMatch, explainMismatch } from './explain';
export { conceptOf, relateConcepts, type FigureConcept } from './units';
export { assessMismatch, figureCues, levelOf, confidenceOf, DRIFT_THRESHOLD, type Assessment, type WeakCue } from './confidence';
