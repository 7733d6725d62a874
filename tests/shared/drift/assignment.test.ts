import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  assignPairs,
  figurePairCosts,
  EXACT_ASSIGNMENT_LIMIT,
  type PairCosts,
} from '../../../shared/drift/assignment';
import type { FigureInfo } from '../../../shared/drift/classify';
import { compareBeads } from '../../../shared/drift';
import type { Figure } from '../../../shared/figures/types';
import { fig, oneToOne } from './helpers';

const UNPAIRED = 0.6;

/** Total cost of a pairing, with every figure left out priced at `UNPAIRED`. */
function total(cost: number[][], pairs: Array<[number, number]>): number {
  const nA = cost.length;
  const nB = nA ? cost[0].length : 0;
  return pairs.reduce((s, [i, j]) => s + cost[i][j], 0) + UNPAIRED * (nA + nB - 2 * pairs.length);
}

/** The cheapest total over every pairing, by brute force (tiny problems only). */
function bruteForce(cost: number[][]): number {
  const nA = cost.length;
  const nB = nA ? cost[0].length : 0;
  let best = UNPAIRED * (nA + nB);
  const usedB = new Array<boolean>(nB).fill(false);
  const walk = (i: number, acc: number, paired: number) => {
    if (i === nA) {
      best = Math.min(best, acc + UNPAIRED * (nA + nB - 2 * paired));
      return;
    }
    walk(i + 1, acc, paired);
    for (let j = 0; j < nB; j++) {
      if (usedB[j] || !Number.isFinite(cost[i][j])) continue;
      usedB[j] = true;
      walk(i + 1, acc + cost[i][j], paired + 1);
      usedB[j] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

/** `n` counts in one sentence; every `every`-th one (when given) changed to a value of its own. */
function crowded(n: number, every = 0, offset = 0): Figure[] {
  return Array.from({ length: n }, (_, i) => {
    const value = every && i % every === 3 ? 50_000 + i : ((i * 37) % 997) + 1;
    const start = offset + i * 8;
    return fig(0, String(value), value, { start, end: start + String(value).length, form: 'digits' });
  });
}

function infos(figures: Figure[]): FigureInfo[] {
  const n = figures.length;
  return figures.map((figure, i) => ({ figure, lang: 'id', position: n <= 1 ? 0.5 : i / (n - 1) }));
}

/** Counts how often the pairing asks for a cost or a confirmation. */
function counted(p: PairCosts): { costs: PairCosts; calls: () => number } {
  let calls = 0;
  return {
    costs: {
      ...p,
      cost: (i, j) => {
        calls++;
        return p.cost(i, j);
      },
      confirm: p.confirm
        ? (i, j) => {
            calls++;
            return p.confirm!(i, j);
          }
        : undefined,
    },
    calls: () => calls,
  };
}

describe('assignPairs: small problems stay exact', () => {
  it('finds the cheapest total (against brute force)', () => {
    const cell = fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.constant(Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((nA) =>
          fc.integer({ min: 1, max: 4 }).chain((nB) => fc.array(fc.array(cell, { minLength: nB, maxLength: nB }), { minLength: nA, maxLength: nA })),
        ),
        (cost) => {
          const pairs = assignPairs(cost, UNPAIRED);
          expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
          expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
          expect(total(cost, pairs)).toBeCloseTo(bruteForce(cost), 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('assignPairs: large groups', () => {
  it('asks for at most ~N log N costs beyond the exact limit, whatever the figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: EXACT_ASSIGNMENT_LIMIT, max: 6000 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 50 }),
        (n, every, drop) => {
          const a = crowded(n);
          const b = crowded(n + 7, every).slice(drop);
          const { costs, calls } = counted(figurePairCosts(infos(a), infos(b)));
          const pairs = assignPairs(costs, UNPAIRED);
          const size = a.length + b.length;
          // Quadratic would be n² (at least 160,000 here); the bound is a few times N log N.
          expect(calls()).toBeLessThanOrEqual(4 * size * Math.log2(size));
          expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
          expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('compares 4N figures in about 4 times the time of N (N log N, not cubic)', () => {
    const time = (n: number) => {
      const a = crowded(n);
      const b = crowded(n, 10);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        compareBeads(oneToOne(1), a, b, 'id', 'id');
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(500); // warm up the JIT
    const small = time(2000);
    const large = time(8000);
    // N log N predicts about 4.7; a cubic assignment would give 64. Generous slack for a busy machine.
    expect(large / Math.max(small, 1)).toBeLessThan(16);
  });

  it('pairs a crowded sentence with itself completely, and finds each changed figure', () => {
    const a = crowded(3000);
    const self = compareBeads(oneToOne(1), a, a, 'id', 'id');
    expect(self.mismatches).toEqual([]);
    expect(self.matches).toHaveLength(3000);
    expect(self.matches.every((m) => m.aFigure.start === m.bFigure.start)).toBe(true);

    const changed = compareBeads(oneToOne(1), a, crowded(3000, 10), 'id', 'id');
    expect(changed.matches).toHaveLength(2700);
    expect(changed.matches.every((m) => m.aFigure.value === m.bFigure.value)).toBe(true);
    const changedStarts = new Set(changed.mismatches.flatMap((m) => (m.aFigure ? [m.aFigure.start] : [])));
    expect(changedStarts.size).toBe(300);
  });

  it('keeps figures in order when a figure is inserted in a crowded sentence', () => {
    const a = crowded(1000);
    const b = [...a.slice(0, 500).map((f) => ({ ...f })), fig(0, '77777', 77777, { start: 4000, end: 4005 }), ...a.slice(500).map((f) => ({ ...f, start: f.start + 8, end: f.end + 8 }))];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'id');
    expect(r.matches).toHaveLength(1000);
    expect(r.matches.every((m) => m.bFigure.start - m.aFigure.start === (m.aFigure.start >= 4000 ? 8 : 0))).toBe(true);
    expect(r.mismatches.map((m) => m.kind)).toEqual(['added']);
  });
});
