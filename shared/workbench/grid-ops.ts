/** The grid edits by name: what a key, a button or a menu item asks the model to do to the beads. */
import type { Bead } from '../align/types';
import { insertEmpty, mergeRows, mergeRowsUp, shiftDown, shiftUp, splitRow, toggleConfirm, toggleLock } from '../edit/beads';
import type { EditResult, Side } from '../edit/types';
import type { GridOp } from './state';

const OPS: Record<GridOp, (beads: readonly Bead[], row: number, side: Side) => EditResult> = {
  merge: mergeRows,
  'merge-up': mergeRowsUp,
  split: (b, r, s) => splitRow(b, r, s, 1),
  'split-last': (b, r, s) => splitRow(b, r, s, Math.max(1, (b[r]?.[s].length ?? 1) - 1)),
  'shift-up': shiftUp,
  'shift-down': shiftDown,
  insert: insertEmpty,
  confirm: toggleConfirm,
  lock: toggleLock,
};

/** Applies grid edit `op` at `row`/`side`: the new beads and row, or why it was refused. */
export function applyGridOp(beads: readonly Bead[], row: number, side: Side, op: GridOp): EditResult {
  return OPS[op](beads, row, side);
}
