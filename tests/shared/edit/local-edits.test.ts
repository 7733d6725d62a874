import { describe, expect, it } from 'vitest';
import { mergeRows, mergeRowsUp, splitRow } from '../../../shared/edit';
import { cells, grid } from './helpers';

describe('mergeRows and splitRow touch only their beads', () => {
  it('mergeRows moves the cell below into the row and leaves the rest', () => {
    const beads = grid('0|0', '1|', '|1', '2|2');
    const r = mergeRows(beads, 1, 'b');
    expect(r.ok && cells(r.beads)).toEqual(['0|0', '1|1', '2|2']);
    expect(r.ok && r.beads[0]).toBe(beads[0]);
    expect(r.ok && r.beads[2]).toBe(beads[3]);
  });

  it('mergeRows keeps the row below when it still holds its other cell', () => {
    const r = mergeRows(grid('0|0', '1|1', '2|2'), 0, 'b');
    expect(r.ok && cells(r.beads)).toEqual(['0|0 1', '1|', '2|2']);
  });

  it('refuses locked rows and empty cells; mergeRowsUp is the row above', () => {
    expect(mergeRows(grid('0|0', '1|1 L'), 0, 'a')).toEqual({ ok: false, reason: 'locked' });
    expect(mergeRows(grid('0|0', '|1'), 0, 'a')).toEqual({ ok: false, reason: 'nothing-to-do' });
    const up = mergeRowsUp(grid('0|0', '1|1'), 1, 'a');
    expect(up.ok && cells(up.beads)).toEqual(['0 1|0', '|1']);
  });

  it('splitRow puts the tail in a new row below', () => {
    const beads = grid('0|0', '1 2|1', '3|2');
    const r = splitRow(beads, 1, 'a', 1);
    expect(r.ok && cells(r.beads)).toEqual(['0|0', '1|1', '2|', '3|2']);
    expect(r.ok && r.beads[3]).toBe(beads[2]);
    expect(splitRow(beads, 0, 'a', 1)).toEqual({ ok: false, reason: 'nothing-to-do' });
  });

  it('splitRow on both sides of a merged 2-2 row gives the two 1-1 rows back', () => {
    const merged = grid('0|0', '1 2|1 2', '3|3');
    const first = splitRow(merged, 1, 'a', 1);
    expect(first.ok && cells(first.beads)).toEqual(['0|0', '1|1 2', '2|', '3|3']);
    const second = first.ok ? splitRow(first.beads, 1, 'b', 1) : first;
    expect(second.ok && cells(second.beads)).toEqual(['0|0', '1|1', '2|2', '3|3']);
    expect(second.ok && second.beads.slice(1, 3).every((b) => b.confirmed && b.score === 1)).toBe(true);
  });

  it("splitRow's tail fills the empty cell of an unpaired row below, never a locked or a two-sided one", () => {
    const r = splitRow(grid('0|0 1', '1|', '2|2'), 0, 'b', 1);
    expect(r.ok && cells(r.beads)).toEqual(['0|0', '1|1', '2|2']);
    const locked = splitRow(grid('0|0 1', '1| L', '2|2'), 0, 'b', 1);
    expect(locked.ok && cells(locked.beads)).toEqual(['0|0', '|1', '1|', '2|2']);
    // the row below holds the split side already: the tail does not join it
    const same = splitRow(grid('0|0 1', '|2', '1|3'), 0, 'b', 1);
    expect(same.ok && cells(same.beads)).toEqual(['0|0', '|1', '|2', '1|3']);
  });
});
