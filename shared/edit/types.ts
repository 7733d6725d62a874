import type { Bead } from '../align/types';

/** A column of the alignment grid: side A or side B. */
export type Side = 'a' | 'b';

/** Why an edit was refused. */
export type EditFailure = 'locked' | 'no-row' | 'nothing-to-do';

/**
 * The outcome of a grid edit: a new bead list and the row to select after the edit, or the
 * reason the edit was refused (the caller keeps its current state).
 */
export type EditResult =
  | {
      ok: true;
      beads: Bead[];
      /** Row to select after the edit. */
      row: number;
    }
  | { ok: false; reason: EditFailure };
