/**
 * Banded dynamic programming over bead sequences: Viterbi for the best path and the
 * forward–backward (log-sum-exp) recursions for each chosen bead's posterior probability.
 * Memory: 6 bytes per band cell (forward value as float32 relative to its row's maximum, a
 * back-pointer, the scorer's pair cache) plus a few rows; time: band cells × bead types.
 */
import type { Band, Range } from './band';
import { BEAD_TYPES } from './params';
import type { Scorer } from './scorer';

/** One bead of a DP path, in global sentence indices. */
export interface PathBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  /** Posterior probability of this bead under the model. */
  posterior: number;
}

export interface DpResult {
  beads: PathBead[];
  /** Path nodes in local coordinates, from (0,0) to (N,M). */
  nodes: Array<[number, number]>;
}

/** Progress callback used by the DP: fraction of this DP's work done. */
export type Tick = (fraction: number) => void;

const NT = BEAD_TYPES.length;
const DA = Int32Array.from(BEAD_TYPES.map((t) => t[0]));
const DB = Int32Array.from(BEAD_TYPES.map((t) => t[1]));

function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/**
 * Runs Viterbi + forward–backward on the band of range r. `tick` is called every few hundred
 * rows with the fraction done; it may throw AlignCancelled.
 */
export function runDp(scorer: Scorer, band: Band, r: Range, temperature: number, tick?: Tick): DpResult {
  const { N, M, lo, hi, off } = band;
  scorer.useBand(band, r.i0, r.j0);
  const invT = 1 / temperature;
  const alphaRel = new Float32Array(band.cells);
  const rowMax = new Float64Array(N + 1);
  const bp = new Uint8Array(band.cells).fill(255);
  // Rolling rows (exact values) for Viterbi and forward sums.
  const vRows: Float64Array[] = [];
  const aRows: Float64Array[] = [];
  const tickEvery = Math.max(1, Math.floor(200000 / Math.max(1, band.cells / Math.max(1, N + 1))));
  for (let i = 0; i <= N; i++) {
    const width = hi[i] - lo[i] + 1;
    const V = new Float64Array(width).fill(-Infinity);
    const Al = new Float64Array(width).fill(-Infinity);
    vRows[i % 4] = V;
    aRows[i % 4] = Al;
    const gi = r.i0 + i;
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = j - lo[i];
      if (i === 0 && j === 0) {
        V[c] = 0;
        Al[c] = 0;
        continue;
      }
      let best = -Infinity;
      let bestT = 255;
      let acc = -Infinity;
      const gj = r.j0 + j;
      for (let t = 0; t < NT; t++) {
        const si = i - DA[t];
        const sj = j - DB[t];
        if (si < 0 || sj < 0 || sj < lo[si] || sj > hi[si]) continue;
        const prevV = si === i ? V[sj - lo[i]] : vRows[si % 4][sj - lo[si]];
        if (prevV === -Infinity) continue;
        const prevA = si === i ? Al[sj - lo[i]] : aRows[si % 4][sj - lo[si]];
        const s = scorer.score(gi, gj, DA[t], DB[t]);
        const v = prevV + s;
        if (v > best) {
          best = v;
          bestT = t;
        }
        acc = logAddExp(acc, prevA + s * invT);
      }
      V[c] = best;
      Al[c] = acc;
      bp[off[i] + c] = bestT;
    }
    let mx = -Infinity;
    for (let c = 0; c < width; c++) if (Al[c] > mx) mx = Al[c];
    if (mx === -Infinity) mx = 0;
    rowMax[i] = mx;
    const o = off[i];
    for (let c = 0; c < width; c++) alphaRel[o + c] = Al[c] - mx;
    if (tick && i % tickEvery === 0) tick((0.5 * i) / (N + 1));
  }
  // Back-trace.
  const nodes: Array<[number, number]> = [];
  const types: number[] = [];
  let i = N;
  let j = M;
  nodes.push([i, j]);
  while (i > 0 || j > 0) {
    const t = bp[off[i] + j - lo[i]];
    if (t === 255) throw new Error('align: no path through the band');
    types.push(t);
    i -= DA[t];
    j -= DB[t];
    nodes.push([i, j]);
  }
  nodes.reverse();
  types.reverse();
  const alphaAt = (ii: number, jj: number): number => rowMax[ii] + alphaRel[off[ii] + jj - lo[ii]];
  const Z = alphaAt(N, M);

  // Backward sums, rolling rows; posteriors of path beads as their end rows are reached.
  const beads: PathBead[] = types.map((t, k) => ({
    i0: r.i0 + nodes[k][0],
    i1: r.i0 + nodes[k + 1][0],
    j0: r.j0 + nodes[k][1],
    j1: r.j0 + nodes[k + 1][1],
    posterior: 0,
  }));
  // Path beads grouped by end row.
  const byEndRow = new Map<number, number[]>();
  for (let k = 0; k < types.length; k++) {
    const er = nodes[k + 1][0];
    let l = byEndRow.get(er);
    if (!l) byEndRow.set(er, (l = []));
    l.push(k);
  }
  const bRows: Float64Array[] = [];
  for (let ii = N; ii >= 0; ii--) {
    const width = hi[ii] - lo[ii] + 1;
    const Bt = new Float64Array(width).fill(-Infinity);
    bRows[ii % 4] = Bt;
    for (let jj = hi[ii]; jj >= lo[ii]; jj--) {
      const c = jj - lo[ii];
      if (ii === N && jj === M) {
        Bt[c] = 0;
        continue;
      }
      let acc = -Infinity;
      for (let t = 0; t < NT; t++) {
        const ti = ii + DA[t];
        const tj = jj + DB[t];
        if (ti > N || tj > M || tj < lo[ti] || tj > hi[ti]) continue;
        const next = ti === ii ? Bt[tj - lo[ii]] : bRows[ti % 4][tj - lo[ti]];
        if (next === -Infinity) continue;
        acc = logAddExp(acc, next + scorer.score(r.i0 + ti, r.j0 + tj, DA[t], DB[t]) * invT);
      }
      Bt[c] = acc;
    }
    const ends = byEndRow.get(ii);
    if (ends) {
      for (const k of ends) {
        const [si, sj] = nodes[k];
        const [ti, tj] = nodes[k + 1];
        const s = scorer.score(r.i0 + ti, r.j0 + tj, ti - si, tj - sj) * invT;
        const lp = alphaAt(si, sj) + s + Bt[tj - lo[ii]] - Z;
        beads[k].posterior = Math.min(1, Math.max(0, Math.exp(lp)));
      }
    }
    if (tick && ii % tickEvery === 0) tick(0.5 + (0.5 * (N - ii)) / (N + 1));
  }
  scorer.release();
  return { beads, nodes };
}
