/**
 * A working copy of the grid used by the edit operations: each row holds its (possibly new)
 * A and B cells, the bead it came from, and whether the user edited it by hand. `finish`
 * turns a draft back into beads, applying the flag rules and dropping emptied rows.
 */
import type { Bead } from '../align/types';
import type { EditResult, Side } from './types';

export interface DraftRow {
  a: readonly number[];
  b: readonly number[];
  /** The bead this row came from; absent for a row the edit created. */
  src?: Bead;
  /** True when the user's edit targeted this row (as opposed to a cascade moving cells). */
  hand: boolean;
}

/** A draft row per bead, sharing the beads' cell arrays (never mutated). */
export function draftOf(beads: readonly Bead[]): DraftRow[] {
  return beads.map((src) => ({ a: src.a, b: src.b, src, hand: false }));
}

/** True when `row` is an integer index of `beads`. */
export function isRow(beads: readonly unknown[], row: number): boolean {
  return Number.isInteger(row) && row >= 0 && row < beads.length;
}

/** Index of the first locked bead at or after `from`, or `beads.length` when none. */
export function firstLockedFrom(beads: readonly Bead[], from: number): number {
  for (let i = from; i < beads.length; i++) if (beads[i].locked) return i;
  return beads.length;
}

/** Sets cell `side` of a draft row. */
export function setCell(row: DraftRow, side: Side, cell: readonly number[]): void {
  if (side === 'a') row.a = cell;
  else row.b = cell;
}

function sameCell(x: readonly number[], y: readonly number[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function unchanged(row: DraftRow): boolean {
  return row.src !== undefined && sameCell(row.a, row.src.a) && sameCell(row.b, row.src.b);
}

function toBead(row: DraftRow): Bead {
  const a = row.a.slice();
  const b = row.b.slice();
  const src = row.src;
  if (src && unchanged(row)) return src;
  if (row.hand) {
    // A hand edit is a human decision: the row counts as checked and fully trusted.
    return { ...src, a, b, score: 1, confirmed: true };
  }
  if (!src) return { a, b, score: 0 };
  // A cascade paired this row's cells differently: whatever the user had confirmed no longer
  // holds, so the row is automatic again. Its score is kept until the caller re-scores it.
  const next: Bead = { ...src, a, b };
  delete next.confirmed;
  return next;
}

/**
 * Turns a draft into the edit result: `nothing-to-do` when no cell changed; otherwise new
 * beads (unchanged beads are shared with the input, changed ones are new objects), with rows
 * empty on both sides removed (locked rows are always kept). `select` is the draft index to
 * select; when that row was removed, the row that took its place (or the last row) is chosen.
 */
export function finish(draft: readonly DraftRow[], original: readonly Bead[], select: number): EditResult {
  if (draft.length === original.length && draft.every(unchanged)) return { ok: false, reason: 'nothing-to-do' };
  const beads: Bead[] = [];
  let row = -1;
  for (let i = 0; i < draft.length; i++) {
    const d = draft[i];
    if (i === select) row = beads.length;
    const keep = d.a.length > 0 || d.b.length > 0 || d.src?.locked === true;
    if (keep) beads.push(toBead(d));
  }
  if (row < 0 || row >= beads.length) row = Math.max(0, beads.length - 1);
  return { ok: true, beads, row };
}
