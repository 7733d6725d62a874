import { describe, it, expect } from 'vitest';
import {
  insertEmpty,
  shiftDown,
  shiftUp,
  toggleConfirm,
  toggleLock,
  type EditResult,
} from '../../../shared/edit';
import type { Bead } from '../../../shared/align/types';
import { cells, grid } from './helpers';

/** The successful result of an edit (fails the test otherwise). */
function ok(r: EditResult): { beads: Bead[]; row: number } {
  if (!r.ok) throw new Error(`edit refused: ${r.reason}`);
  return r;
}

function reason(r: EditResult): string | undefined {
  return r.ok ? undefined : r.reason;
}

describe('insertEmpty', () => {
  it('moves the column down from the row, the last cell into a new row', () => {
    const r = ok(insertEmpty(grid('0|0', '1|1', '2|2'), 1, 'b'));
    expect(cells(r.beads)).toEqual(['0|0', '1|', '2|1', '|2']);
    expect(r.row).toBe(1);
    expect(r.beads[1]).toMatchObject({ confirmed: true, score: 1 });
  });

  it('removes the row when it becomes empty and selects the row that took its place', () => {
    const r = ok(insertEmpty(grid('0|', '1|0'), 0, 'a'));
    expect(cells(r.beads)).toEqual(['0|0', '1|']);
    expect(r.row).toBe(0);
  });

  it('respects locked rows', () => {
    const g = grid('0|0', '1|', '2|1 L');
    expect(cells(ok(insertEmpty(g, 0, 'b')).beads)).toEqual(['0|', '1|0', '2|1']);
    expect(reason(insertEmpty(g, 0, 'a'))).toBe('locked');
    expect(reason(insertEmpty(g, 2, 'a'))).toBe('locked');
  });

  it('has nothing to do below the last sentence of a column', () => {
    expect(reason(insertEmpty(grid('0|0', '|1'), 1, 'a'))).toBe('nothing-to-do');
    expect(reason(insertEmpty(grid('0|0'), 1, 'a'))).toBe('no-row');
  });
});

describe('shiftUp', () => {
  it('moves the first sentence to the end of the cell above', () => {
    const g = grid('0|0', '1|1 2', '2|3');
    const r = ok(shiftUp(g, 1, 'b'));
    expect(cells(r.beads)).toEqual(['0|0 1', '1|2', '2|3']);
    expect(r.row).toBe(1);
    expect(r.beads[0]).toMatchObject({ confirmed: true, score: 1 });
    expect(r.beads[1]).toMatchObject({ confirmed: true, score: 1 });
    expect(r.beads[2]).toBe(g[2]);
  });

  it('removes the emptied row and selects the row above', () => {
    const r = ok(shiftUp(grid('0|0', '|1'), 1, 'b'));
    expect(cells(r.beads)).toEqual(['0|0 1']);
    expect(r.row).toBe(0);
  });

  it('refuses at the first row, with locks, and on an empty cell', () => {
    expect(reason(shiftUp(grid('0|0', '1|1'), 0, 'a'))).toBe('no-row');
    expect(reason(shiftUp(grid('0|0 L', '1|1'), 1, 'a'))).toBe('locked');
    expect(reason(shiftUp(grid('0|0', '1|1 L'), 1, 'a'))).toBe('locked');
    expect(reason(shiftUp(grid('0|0', '|1'), 1, 'a'))).toBe('nothing-to-do');
  });
});

describe('shiftDown', () => {
  it('moves the last sentence to the start of the cell below', () => {
    const r = ok(shiftDown(grid('0 1|0', '2|1'), 0, 'a'));
    expect(cells(r.beads)).toEqual(['0|0', '1 2|1']);
    expect(r.row).toBe(0);
  });

  it('creates a new last row when needed', () => {
    const r = ok(shiftDown(grid('0|0 1'), 0, 'b'));
    expect(cells(r.beads)).toEqual(['0|0', '|1']);
    expect(r.beads[1]).toEqual({ a: [], b: [1], score: 1, confirmed: true });
  });

  it('removes the emptied row and selects the row holding the sentence', () => {
    const r = ok(shiftDown(grid('0|', '1|0'), 0, 'a'));
    expect(cells(r.beads)).toEqual(['0 1|0']);
    expect(r.row).toBe(0);
  });

  it('refuses with locks and on an empty cell', () => {
    expect(reason(shiftDown(grid('0|0 1', '1|2 L'), 0, 'b'))).toBe('locked');
    expect(reason(shiftDown(grid('0|0 1 L', '1|2'), 0, 'b'))).toBe('locked');
    expect(reason(shiftDown(grid('0|', '1|0'), 0, 'b'))).toBe('nothing-to-do');
    expect(reason(shiftDown(grid('0|0'), 1, 'b'))).toBe('no-row');
  });
});

describe('toggleConfirm and toggleLock', () => {
  it('flips confirmed without touching cells or score', () => {
    const g = grid('0|0', '1|1');
    const on = ok(toggleConfirm(g, 1));
    expect(on.beads[1]).toEqual({ a: [1], b: [1], score: 0.5, confirmed: true });
    expect(on.beads[0]).toBe(g[0]);
    const off = ok(toggleConfirm(on.beads, 1));
    expect(off.beads[1]).toEqual({ a: [1], b: [1], score: 0.5 });
  });

  it('keeps a locked row confirmed', () => {
    expect(reason(toggleConfirm(grid('0|0 L'), 0))).toBe('locked');
    const odd: Bead[] = [{ a: [0], b: [0], score: 0.5, locked: true }];
    expect(ok(toggleConfirm(odd, 0)).beads[0]).toMatchObject({ locked: true, confirmed: true });
  });

  it('locking confirms; unlocking keeps confirmed', () => {
    const locked = ok(toggleLock(grid('0|0'), 0));
    expect(locked.beads[0]).toMatchObject({ locked: true, confirmed: true });
    const unlocked = ok(toggleLock(locked.beads, 0));
    expect(unlocked.beads[0].locked).toBeUndefined();
    expect(unlocked.beads[0].confirmed).toBe(true);
  });

  it('has no row outside the grid', () => {
    expect(reason(toggleConfirm(grid('0|0'), 1))).toBe('no-row');
    expect(reason(toggleLock(grid('0|0'), -1))).toBe('no-row');
  });
});
