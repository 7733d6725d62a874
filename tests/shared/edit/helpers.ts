import fc from 'fast-check';
import type { Bead } from '../../../shared/align/types';

/**
 * Beads from compact rows: `'0 1|0'` is A sentences 0 and 1 with B sentence 0; a trailing
 * ` L` locks (and confirms) the row, ` C` confirms it. Scores are 0.5.
 */
export function grid(...rows: string[]): Bead[] {
  return rows.map((r) => {
    const [cells, flag] = r.split(/\s+(?=[LC]$)/);
    const [a, b] = cells.split('|').map((s) => (s.trim() === '' ? [] : s.trim().split(/\s+/).map(Number)));
    const bead: Bead = { a, b, score: 0.5 };
    if (flag === 'C' || flag === 'L') bead.confirmed = true;
    if (flag === 'L') bead.locked = true;
    return bead;
  });
}

/** The cells of beads in the `grid` notation (without flags). */
export function cells(beads: readonly Bead[]): string[] {
  return beads.map((b) => `${b.a.join(' ')}|${b.b.join(' ')}`);
}

/** Concatenation of every bead's cell on one side. */
export function column(beads: readonly Bead[], side: 'a' | 'b'): number[] {
  return beads.flatMap((b) => b[side]);
}

/**
 * Random valid bead lists: cells of 0..3 sentences per side, never empty on both sides,
 * numbered 0..n-1 and 0..m-1 in order, with random scores and flags (locked implies confirmed).
 */
export const beadsArb: fc.Arbitrary<Bead[]> = fc
  .array(
    fc.record({
      sizes: fc.constantFrom<[number, number]>([1, 1], [1, 1], [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [3, 1], [0, 2], [2, 0], [2, 2]),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      confirmed: fc.boolean(),
      locked: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    let i = 0;
    let j = 0;
    return rows.map(({ sizes: [ka, kb], score, confirmed, locked }) => {
      const bead: Bead = { a: range(i, ka), b: range(j, kb), score };
      i += ka;
      j += kb;
      if (confirmed || locked) bead.confirmed = true;
      if (locked) bead.locked = true;
      return bead;
    });
  });

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
