import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { BEAD_TYPES, DEFAULT_PARAMS } from '../../../shared/align/params';
import { isWide } from '../../../shared/align/scorer';
import type { Alignment, Bead } from '../../../shared/align/types';

export { parseGold } from '../../../shared/align/gold';
import { strictCounts, strictPRF } from '../../../shared/align/gold';

/** Lines of a one-sentence-per-line file (no trailing empty line). */
export function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Strict F1 in Vecalign's convention (beads with an empty side left out, exact match). */
export function strictF1(gold: Bead[], test: Bead[]): number {
  return strictPRF(strictCounts(gold, test))[2];
}

const ALLOWED = new Set(BEAD_TYPES.map(([da, db]) => `${da}-${db}`));
/** A shape the DP knows, or a wider one the widening of a path makes (at most wideMax sentences a side). */
const allowed = (da: number, db: number): boolean => ALLOWED.has(`${da}-${db}`) || (isWide(da, db) && da <= DEFAULT_PARAMS.wideMax && db <= DEFAULT_PARAMS.wideMax);

/**
 * Checks a parallel alignment: every sentence of both sides in exactly one bead, in order,
 * contiguous beads of allowed shapes (locked beads may have any shape), scores in [0, 1].
 */
export function expectValidParallel(al: Alignment, n: number, m: number): void {
  expect(al.mode).toBe('parallel');
  let nextA = 0;
  let nextB = 0;
  for (const b of al.beads) {
    expect(b.a.length + b.b.length).toBeGreaterThan(0);
    if (!b.locked) expect(allowed(b.a.length, b.b.length)).toBe(true);
    for (const x of b.a) expect(x).toBe(nextA++);
    for (const x of b.b) expect(x).toBe(nextB++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(nextA).toBe(n);
  expect(nextB).toBe(m);
}

/** Checks a comparable alignment: every sentence exactly once; beads ordered by A, then B index. */
export function expectValidComparable(al: Alignment, n: number, m: number): void {
  expect(al.mode).toBe('comparable');
  const seenA = new Array<number>(n).fill(0);
  const seenB = new Array<number>(m).fill(0);
  let prev: [number, number] = [-1, -1];
  for (const b of al.beads) {
    expect(b.a.length + b.b.length).toBeGreaterThan(0);
    for (const x of b.a) seenA[x]++;
    for (const x of b.b) seenB[x]++;
    const k: [number, number] = [b.a.length ? b.a[0] : Infinity, b.b.length ? b.b[0] : Infinity];
    expect(k[0] > prev[0] || (k[0] === prev[0] && k[1] > prev[1])).toBe(true);
    prev = k;
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(seenA.every((c) => c === 1)).toBe(true);
  expect(seenB.every((c) => c === 1)).toBe(true);
}
