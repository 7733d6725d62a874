import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { bandAround, edgeStretches, longestChain, pathToG } from '../../../shared/align/band';

describe('search band', () => {
  it('edgeStretches marks the path around nodes on the band edge, merged when they overlap', () => {
    // A diagonal band of half-width 1 over 20 × 20; the path leaves the diagonal at two places.
    const g = Float64Array.from({ length: 21 }, (_, i) => i);
    const band = bandAround(g, 20, 20, 1);
    const diagonal: Array<[number, number]> = Array.from({ length: 21 }, (_, i) => [i, i]);
    expect(edgeStretches(band, diagonal, 2)).toEqual([]);
    const off = (at: number[]): Array<[number, number]> => diagonal.map(([i, j]) => [i, at.includes(i) ? band.hi[i] : j]);
    expect(edgeStretches(band, off([5]), 2)).toEqual([[3, 7]]);
    expect(edgeStretches(band, off([5, 8]), 2)).toEqual([[3, 10]]);
    expect(edgeStretches(band, off([1, 15]), 2)).toEqual([
      [0, 3],
      [13, 17],
    ]);
  });

  it('longestChain returns a strictly increasing chain as long as any other', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 40 }), (pts) => {
        const chain = longestChain(pts.map((p) => [p[0], p[1]] as [number, number]));
        for (let k = 1; k < chain.length; k++) {
          expect(chain[k][0]).toBeGreaterThan(chain[k - 1][0]);
          expect(chain[k][1]).toBeGreaterThan(chain[k - 1][1]);
        }
        // Brute force on small inputs: longest chain by DP over sorted points.
        const s = [...pts].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        const best = s.map(() => 1);
        for (let i = 0; i < s.length; i++) for (let j = 0; j < i; j++) if (s[j][0] < s[i][0] && s[j][1] < s[i][1]) best[i] = Math.max(best[i], best[j] + 1);
        expect(chain.length).toBe(s.length ? Math.max(...best) : 0);
      }),
      { numRuns: 100 },
    );
  });

  it('bands are monotone, contain the rough path and stay linear in size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 8 }), (N, M, W) => {
        const g = new Float64Array(N + 1).map((_, i) => (N ? (i * M) / N : M));
        const band = bandAround(g, N, M, W);
        expect(band.lo[0]).toBe(0);
        expect(band.hi[N]).toBe(M);
        for (let i = 1; i <= N; i++) {
          expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1]);
          expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1]);
          expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1]);
        }
        expect(band.cells).toBeLessThanOrEqual((N + 1) * (4 * W + 3) + (2 * W + 2) * M);
      }),
      { numRuns: 100 },
    );
  });

  it('pathToG follows a node path', () => {
    const g = pathToG(
      [
        [0, 0],
        [1, 2],
        [3, 3],
        [3, 4],
      ],
      3,
    );
    expect(Array.from(g)).toEqual([0, 2, 2.5, 3]);
  });
});
