/**
 * Alignment-editing operations for the workbench grid (InterText-style). The grid shows one
 * row per bead: the A cell and the B cell. Each operation is pure: it returns a new bead list
 * (the input is never mutated; beads the edit did not change are shared) or the reason it was
 * refused, so the UI can keep its states on an undo stack.
 *
 * A merge, a split and a shift change only the rows they touch: no other row moves or is
 * re-paired. Inserting an empty cell is the one edit with a column cascade: the rest of that
 * column moves down by one row, up to the first locked row (the cell pushed against it must be
 * empty, and is dropped; otherwise the edit is refused with `locked`), or to the end of the grid,
 * where the last cell lands in a new row.
 *
 * Flags after an edit:
 * - rows the user edited (the row named by the operation, and for merges, splits and shifts
 *   the row that receives a sentence) get `confirmed: true` and `score: 1`: a hand edit is a
 *   human decision;
 * - rows whose cells changed only through the cascade lose `confirmed` (the pairing the user had
 *   checked no longer exists) and keep their score until the caller re-scores them; a row
 *   created by the cascade gets `score: 0`;
 * - rows that only moved position keep their flags; rows empty on both sides are removed.
 * Any edit that would change the cells of a locked bead is refused with `locked`.
 */
import type { Bead } from '../align/types';
import { draftOf, finish, firstLockedFrom, isRow, setCell, type DraftRow } from './draft';
import type { EditResult, Side } from './types';

export type { EditFailure, EditResult, Side } from './types';

const fail = (reason: 'locked' | 'no-row' | 'nothing-to-do'): EditResult => ({ ok: false, reason });

/**
 * Moves column `side` down by one row from `row + 1`, putting `first` in row `row + 1`, up to
 * the next locked row (or the end of the grid, where a new row is added for the last cell).
 * Returns false when a non-empty cell would have to cross a locked row.
 */
function cascadeDown(beads: readonly Bead[], draft: DraftRow[], row: number, side: Side, first: readonly number[]): boolean {
  const end = firstLockedFrom(beads, row + 1);
  let carry = first;
  for (let i = row + 1; i < end; i++) {
    const held = beads[i][side];
    setCell(draft[i], side, carry);
    carry = held;
  }
  if (carry.length === 0) return true;
  if (end < beads.length) return false;
  draft.push({ a: side === 'a' ? carry : [], b: side === 'b' ? carry : [], hand: false });
  return true;
}

/**
 * Merges cell `side` of row `row + 1` into row `row` and changes nothing else: row `row + 1`
 * keeps its other cell (and is removed when it is left empty on both sides); no other row
 * moves or is re-paired. This is the workbench's merge: it touches only the two beads.
 * Fails with `no-row`, `locked` (either row locked) or `nothing-to-do` (the cell below is empty).
 */
export function mergeRows(beads: readonly Bead[], row: number, side: Side): EditResult {
  if (!isRow(beads, row) || !isRow(beads, row + 1)) return fail('no-row');
  if (beads[row].locked || beads[row + 1].locked) return fail('locked');
  const moved = beads[row + 1][side];
  if (moved.length === 0) return fail('nothing-to-do');
  const draft = draftOf(beads);
  draft[row].hand = true;
  setCell(draft[row], side, [...beads[row][side], ...moved]);
  setCell(draft[row + 1], side, []);
  return finish(draft, beads, row);
}

/** Merges cell `side` of row `row` into the row above: `mergeRows(beads, row - 1, side)`. */
export function mergeRowsUp(beads: readonly Bead[], row: number, side: Side): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  return mergeRows(beads, row - 1, side);
}

/**
 * Cuts cell `side` of row `row` before its `at`-th sentence: the head stays, the tail goes to
 * a new row just below, unpaired on the other side. No other row moves or is re-paired: this
 * is the workbench's split, touching only the bead it cuts. One exception: when the row just
 * below holds the other side only (an unpaired sentence, not locked), the tail fills its empty
 * cell. Splitting both sides of a 2-2 row thus gives back the two 1-1 rows (the first split
 * leaves an unpaired row below, the second pairs with it), and a 2-1 row next to an unpaired
 * sentence, the aligner's usual slip, is mended by one split.
 */
export function splitRow(beads: readonly Bead[], row: number, side: Side, at: number): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  if (beads[row].locked) return fail('locked');
  const cell = beads[row][side];
  if (!Number.isInteger(at) || at < 1 || at >= cell.length) return fail('nothing-to-do');
  const draft = draftOf(beads);
  draft[row].hand = true;
  setCell(draft[row], side, cell.slice(0, at));
  const tail = cell.slice(at);
  const other: Side = side === 'a' ? 'b' : 'a';
  const below = beads[row + 1];
  if (below && !below.locked && below[side].length === 0 && below[other].length > 0) {
    draft[row + 1].hand = true;
    setCell(draft[row + 1], side, tail);
  } else {
    draft.splice(row + 1, 0, { a: side === 'a' ? tail : [], b: side === 'b' ? tail : [], hand: true });
  }
  return finish(draft, beads, row);
}

/**
 * Inserts an empty cell at row `row` in column `side`: that column moves down one row from
 * there (the last cell lands in a new row, or the cascade stops at a locked row whose upper
 * neighbour's cell is empty). The row's own cell then pairs with nothing, a hand decision.
 */
export function insertEmpty(beads: readonly Bead[], row: number, side: Side): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  if (beads[row].locked) return fail('locked');
  const draft = draftOf(beads);
  draft[row].hand = true;
  setCell(draft[row], side, []);
  if (!cascadeDown(beads, draft, row, side, beads[row][side])) return fail('locked');
  return finish(draft, beads, row);
}

/**
 * Moves the first sentence of cell `side` of row `row` to the end of the same side's cell in
 * row `row - 1` (no cascade). Selects `row`, or `row - 1` when `row` became empty and was
 * removed.
 */
export function shiftUp(beads: readonly Bead[], row: number, side: Side): EditResult {
  if (!isRow(beads, row) || !isRow(beads, row - 1)) return fail('no-row');
  if (beads[row].locked || beads[row - 1].locked) return fail('locked');
  const cell = beads[row][side];
  if (cell.length === 0) return fail('nothing-to-do');
  const draft = draftOf(beads);
  const prev = draft[row - 1];
  const here = draft[row];
  prev.hand = here.hand = true;
  setCell(prev, side, [...beads[row - 1][side], cell[0]]);
  setCell(here, side, cell.slice(1));
  const emptied = here.a.length === 0 && here.b.length === 0;
  return finish(draft, beads, emptied ? row - 1 : row);
}

/**
 * Moves the last sentence of cell `side` of row `row` to the start of the same side's cell in
 * row `row + 1`, creating a new last row when `row` is the last one (no cascade). Selects the
 * row that holds the moved sentence when `row` became empty and was removed, else `row`.
 */
export function shiftDown(beads: readonly Bead[], row: number, side: Side): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  const hasNext = isRow(beads, row + 1);
  if (beads[row].locked || (hasNext && beads[row + 1].locked)) return fail('locked');
  const cell = beads[row][side];
  if (cell.length === 0) return fail('nothing-to-do');
  const draft = draftOf(beads);
  const last = cell[cell.length - 1];
  if (!hasNext) draft.push({ a: [], b: [], hand: false });
  const here = draft[row];
  const next = draft[row + 1];
  here.hand = next.hand = true;
  setCell(here, side, cell.slice(0, -1));
  setCell(next, side, [last, ...(hasNext ? beads[row + 1][side] : [])]);
  return finish(draft, beads, row);
}

/**
 * Flips the `confirmed` flag of row `row`. A locked row stays confirmed: unconfirming it fails
 * with `locked` (unlock it first). The cells and score are untouched.
 */
export function toggleConfirm(beads: readonly Bead[], row: number): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  const bead = beads[row];
  if (bead.locked && bead.confirmed) return fail('locked');
  const next: Bead = { ...bead };
  if (bead.confirmed) delete next.confirmed;
  else next.confirmed = true;
  return replaced(beads, row, next);
}

/**
 * Flips the `locked` flag of row `row`. Locking also confirms the row; unlocking keeps it
 * confirmed. The cells and score are untouched.
 */
export function toggleLock(beads: readonly Bead[], row: number): EditResult {
  if (!isRow(beads, row)) return fail('no-row');
  const bead = beads[row];
  const next: Bead = { ...bead };
  if (bead.locked) delete next.locked;
  else {
    next.locked = true;
    next.confirmed = true;
  }
  return replaced(beads, row, next);
}

function replaced(beads: readonly Bead[], row: number, bead: Bead): EditResult {
  const out = beads.slice();
  out[row] = bead;
  return { ok: true, beads: out, row };
}
