import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  insertEmpty,
  mergeRows,
  mergeRowsUp,
  shiftDown,
  shiftUp,
  splitRow,
  toggleConfirm,
  toggleLock,
  type EditResult,
  type Side,
} from '../../../shared/edit';
import type { Bead } from '../../../shared/align/types';
import { beadsArb, cells, column } from './helpers';

/** The grid edits the workbench uses (shared/workbench/grid-ops.ts). */
type OpName = 'mergeRows' | 'mergeRowsUp' | 'splitRow' | 'shiftUp' | 'shiftDown' | 'insertEmpty' | 'toggleConfirm' | 'toggleLock';
interface Op {
  name: OpName;
  row: number;
  side: Side;
  at: number;
}

const OPS: OpName[] = ['mergeRows', 'mergeRowsUp', 'splitRow', 'shiftUp', 'shiftDown', 'insertEmpty', 'toggleConfirm', 'toggleLock'];

const opArb: fc.Arbitrary<Op> = fc.record({
  name: fc.constantFrom(...OPS),
  // Mostly rows inside a typical grid, sometimes just outside it.
  row: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 13 }) }),
  side: fc.constantFrom<Side>('a', 'b'),
  at: fc.constantFrom(1, 1, 1, 2, 0, 3),
});

/** A random alignment with an edit aimed mostly inside it (split points inside the cell). */
const caseArb: fc.Arbitrary<[Bead[], Op]> = beadsArb.chain((beads) =>
  fc
    .record({
      name: fc.constantFrom(...OPS),
      row: fc.integer({ min: -1, max: beads.length }),
      side: fc.constantFrom<Side>('a', 'b'),
      at: fc.integer({ min: 0, max: 3 }),
    })
    .map((op): [Bead[], Op] => {
      const len = beads[op.row]?.[op.side].length ?? 0;
      return [beads, op.name === 'splitRow' && len > 1 && op.at > 0 ? { ...op, at: 1 + (op.at % (len - 1)) } : op];
    }),
);

function apply(beads: readonly Bead[], op: Op): EditResult {
  switch (op.name) {
    case 'mergeRows':
      return mergeRows(beads, op.row, op.side);
    case 'mergeRowsUp':
      return mergeRowsUp(beads, op.row, op.side);
    case 'splitRow':
      return splitRow(beads, op.row, op.side, op.at);
    case 'shiftUp':
      return shiftUp(beads, op.row, op.side);
    case 'shiftDown':
      return shiftDown(beads, op.row, op.side);
    case 'insertEmpty':
      return insertEmpty(beads, op.row, op.side);
    case 'toggleConfirm':
      return toggleConfirm(beads, op.row);
    case 'toggleLock':
      return toggleLock(beads, op.row);
  }
}

function deepFreeze(beads: Bead[]): Bead[] {
  for (const b of beads) {
    Object.freeze(b.a);
    Object.freeze(b.b);
    Object.freeze(b);
  }
  return Object.freeze(beads) as Bead[];
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Checks the invariants an edit keeps (`op` is the edit that turned `before` into `after`). */
function checkInvariants(before: readonly Bead[], after: readonly Bead[], row: number, op: Op): void {
  expect(column(after, 'a')).toEqual(upTo(column(before, 'a').length));
  expect(column(after, 'b')).toEqual(upTo(column(before, 'b').length));
  for (const b of after) expect(b.a.length + b.b.length).toBeGreaterThan(0);
  for (const b of after) if (b.locked) expect(b.confirmed).toBe(true);
  if (after.length > 0) {
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(after.length);
  }
  if (op.name !== 'toggleLock') {
    // Locked beads are carried over untouched (same objects, same order).
    expect(after.filter((b) => b.locked)).toEqual(before.filter((b) => b.locked));
    const lockedAfter = new Set(after.filter((b) => b.locked));
    for (const b of before) if (b.locked) expect(lockedAfter.has(b)).toBe(true);
  }
}

describe('edit invariants on random alignments', () => {
  it('keep coverage, order, non-empty rows and locked rows, and never mutate the input', () => {
    const successes = new Map<OpName, number>();
    fc.assert(
      fc.property(caseArb, ([beads, op]) => {
        const snapshot = structuredClone(beads);
        const r = apply(deepFreeze(beads), op);
        expect(beads).toEqual(snapshot);
        if (!r.ok) return;
        successes.set(op.name, (successes.get(op.name) ?? 0) + 1);
        expect(r.beads).not.toBe(beads);
        checkInvariants(beads, r.beads, r.row, op);
      }),
      { numRuns: 5000 },
    );
    for (const name of OPS) expect(successes.get(name) ?? 0, name).toBeGreaterThan(30);
  });

  it('hold along random chains of edits', () => {
    fc.assert(
      fc.property(beadsArb, fc.array(opArb, { maxLength: 25 }), (start, ops) => {
        let beads = start;
        for (const op of ops) {
          const r = apply(deepFreeze(beads), op);
          if (!r.ok) continue;
          checkInvariants(beads, r.beads, r.row, op);
          beads = r.beads;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never answer locked when no bead is locked', () => {
    const unlocked = beadsArb.map((bs) => bs.map(({ locked: _locked, ...rest }) => rest));
    fc.assert(
      fc.property(unlocked, opArb, (beads, op) => {
        const r = apply(beads, op);
        if (!r.ok) expect(r.reason).not.toBe('locked');
      }),
      { numRuns: 2000 },
    );
  });

  it('answer no-row exactly when the row is outside the grid', () => {
    fc.assert(
      fc.property(beadsArb, opArb, (beads, op) => {
        const r = apply(beads, op);
        const inside = op.row >= 0 && op.row < beads.length;
        if (!inside) expect(r).toEqual({ ok: false, reason: 'no-row' });
        else if (!r.ok && r.reason === 'no-row') {
          // Only the edits that need a neighbour may lack one.
          const needsNext = op.name === 'mergeRows' && op.row === beads.length - 1;
          const needsPrev = (op.name === 'mergeRowsUp' || op.name === 'shiftUp') && op.row === 0;
          expect(needsNext || needsPrev).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('confirm and score the rows edited by hand', () => {
    const holding = (beads: Bead[], side: Side, sentence: number) => beads.find((b) => b[side].includes(sentence));
    fc.assert(
      fc.property(beadsArb, opArb, (beads, op) => {
        fc.pre(op.name !== 'toggleConfirm' && op.name !== 'toggleLock');
        const r = apply(beads, op);
        if (!r.ok) return;
        const old = new Set(beads);
        const fresh = r.beads.filter((b) => !old.has(b));
        expect(fresh.length).toBeGreaterThan(0);
        for (const b of fresh) {
          expect(b.locked).toBeFalsy();
          if (b.confirmed) expect(b.score).toBe(1);
        }
        const hand = { score: 1, confirmed: true };
        const { row, side } = op;
        const cell = beads[row]?.[side] ?? [];
        const other = beads[row]?.[side === 'a' ? 'b' : 'a'] ?? [];
        switch (op.name) {
          case 'splitRow':
            expect(r.beads[r.row]).toMatchObject({ ...hand, [side]: cell.slice(0, op.at) });
            // The tail is a new row just below, paired with nothing, or fills the empty cell of an unpaired row below.
            expect(r.beads[r.row + 1]).toMatchObject({ ...hand, [side]: cell.slice(op.at), [side === 'a' ? 'b' : 'a']: joinsBelow(beads, row, side) ? beads[row + 1][side === 'a' ? 'b' : 'a'] : [] });
            break;
          case 'shiftUp':
            expect(holding(r.beads, side, cell[0])).toMatchObject(hand);
            break;
          case 'shiftDown':
            expect(holding(r.beads, side, cell[cell.length - 1])).toMatchObject(hand);
            break;
          case 'mergeRows':
            expect(r.beads[r.row]).toMatchObject({ ...hand, [side]: [...cell, ...beads[row + 1][side]] });
            break;
          case 'mergeRowsUp':
            expect(r.beads[r.row]).toMatchObject({ ...hand, [side]: [...beads[row - 1][side], ...cell] });
            break;
          case 'insertEmpty':
            if (other.length > 0 && cell.length > 0) expect(r.beads[r.row]).toMatchObject({ ...hand, [side]: [] });
            break;
          default:
            break;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** A split of cell `side` of row `row` fills the row below: it holds the other side only and is not locked. */
function joinsBelow(beads: Bead[], row: number, side: Side): boolean {
  const below = beads[row + 1];
  return below !== undefined && !below.locked && below[side].length === 0 && below[side === 'a' ? 'b' : 'a'].length > 0;
}

describe('edit round trips on random alignments', () => {
  it('shiftUp then shiftDown restores the cells unless the row was emptied', () => {
    fc.assert(
      fc.property(beadsArb, fc.nat(12), fc.constantFrom<Side>('a', 'b'), (beads, row, side) => {
        fc.pre(row < beads.length && beads[row].a.length + beads[row].b.length > 1);
        const up = shiftUp(beads, row, side);
        fc.pre(up.ok);
        if (!up.ok) return;
        const back = shiftDown(up.beads, row - 1, side);
        expect(back.ok && cells(back.beads)).toEqual(cells(beads));
      }),
      { numRuns: 300 },
    );
  });

  it('shiftDown then shiftUp restores the cells unless the row was emptied', () => {
    fc.assert(
      fc.property(beadsArb, fc.nat(12), fc.constantFrom<Side>('a', 'b'), (beads, row, side) => {
        fc.pre(row < beads.length && beads[row].a.length + beads[row].b.length > 1);
        const down = shiftDown(beads, row, side);
        fc.pre(down.ok);
        if (!down.ok) return;
        const back = shiftUp(down.beads, row + 1, side);
        expect(back.ok && cells(back.beads)).toEqual(cells(beads));
      }),
      { numRuns: 300 },
    );
  });

  it('splitRow then mergeRows restores the cells', () => {
    fc.assert(
      fc.property(beadsArb, fc.nat(12), fc.constantFrom<Side>('a', 'b'), fc.integer({ min: 1, max: 2 }), (beads, row, side, at) => {
        const split = splitRow(beads, row, side, at);
        fc.pre(split.ok);
        if (!split.ok) return;
        const back = mergeRows(split.beads, row, side);
        expect(back.ok && cells(back.beads)).toEqual(cells(beads));
      }),
      { numRuns: 300 },
    );
  });

  it('mergeRows then splitRow restores the cells when the lower row held nothing else', () => {
    fc.assert(
      fc.property(beadsArb, fc.nat(12), fc.constantFrom<Side>('a', 'b'), (beads, row, side) => {
        fc.pre(row + 1 < beads.length && beads[row + 1][side === 'a' ? 'b' : 'a'].length === 0 && beads[row][side].length > 0);
        // (nor the row after it one a split's tail would join)
        fc.pre(!joinsBelow(beads.filter((_, i) => i !== row + 1), row, side));
        const merged = mergeRows(beads, row, side);
        fc.pre(merged.ok);
        if (!merged.ok) return;
        const back = splitRow(merged.beads, row, side, beads[row][side].length);
        expect(back.ok && cells(back.beads)).toEqual(cells(beads));
      }),
      { numRuns: 300 },
    );
  });

  it('a merge or a split leaves every other row as it was (the same bead objects)', () => {
    fc.assert(
      fc.property(beadsArb, fc.nat(12), fc.constantFrom<Side>('a', 'b'), fc.boolean(), (beads, row, side, merge) => {
        const r = merge ? mergeRows(beads, row, side) : splitRow(beads, row, side, 1);
        fc.pre(r.ok);
        if (!r.ok) return;
        const touched = new Set(merge || joinsBelow(beads, row, side) ? [row, row + 1] : [row]);
        const untouched = beads.filter((_, i) => !touched.has(i));
        expect(r.beads.filter((b) => beads.includes(b))).toEqual(untouched);
      }),
      { numRuns: 500 },
    );
  });
});
