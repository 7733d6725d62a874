import { describe, expect, it } from 'vitest';
import { gridCommand } from '../../renderer/state/grid-keys';
import type { Bead } from '../../shared/align/types';
import { applyGridOp } from '../../shared/workbench';
import type { GridCommand } from '../../renderer/state/grid-keys';

const applied = (c: GridCommand | null, row: number, side: 'a' | 'b') => (c?.type === 'edit' ? applyGridOp(beads, row, side, c.op) : null);

const beads: Bead[] = [
  { a: [0], b: [0], score: 0.9 },
  { a: [1, 2], b: [1], score: 0.6 },
  { a: [3], b: [2], score: 0.8 },
];
const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('grid keyboard', () => {
  it('moves the selection within the grid', () => {
    expect(gridCommand(key('ArrowDown'), beads, 2, 'a')).toEqual({ type: 'select', row: 2 });
    expect(gridCommand(key('PageUp'), beads, 1, 'a')).toEqual({ type: 'select', row: 0 });
    expect(gridCommand(key('End'), beads, 0, 'a')).toEqual({ type: 'select', row: 2 });
    expect(gridCommand(key('ArrowRight'), beads, 0, 'a')).toEqual({ type: 'side', side: 'b' });
  });

  it('edits: merge, split, shift, confirm, lock; R re-aligns', () => {
    const merged = applied(gridCommand(key('m'), beads, 0, 'a'), 0, 'a');
    expect(merged?.ok && merged.beads[0].a).toEqual([0, 1, 2]);
    const split = applied(gridCommand(key('s'), beads, 1, 'a'), 1, 'a');
    expect(split?.ok && split.beads.map((b) => b.a)).toEqual([[0], [1], [2], [3]]);
    const shifted = applied(gridCommand(key('ArrowDown', { altKey: true }), beads, 1, 'a'), 1, 'a');
    expect(shifted?.ok && shifted.beads[2].a).toEqual([2, 3]);
    const locked = applied(gridCommand(key('l'), beads, 2, 'b'), 2, 'b');
    expect(locked?.ok && locked.beads[2]).toMatchObject({ locked: true, confirmed: true });
    expect(gridCommand(key('r'), beads, 0, 'a')).toEqual({ type: 'realign' });
  });

  it('leaves Ctrl shortcuts, Tab and unknown keys alone (no keyboard trap)', () => {
    expect(gridCommand(key('z', { ctrlKey: true }), beads, 0, 'a')).toBeNull();
    expect(gridCommand(key('Tab'), beads, 0, 'a')).toBeNull();
    expect(gridCommand(key('q'), beads, 0, 'a')).toBeNull();
  });
});
