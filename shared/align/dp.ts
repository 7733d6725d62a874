/**
 * Banded dynamic programming over bead sequences: Viterbi for the best path in the search band,
 * then forward–backward (log-sum-exp) in a narrow band around that path for each chosen bead's
 * posterior probability (alternatives further away carry no measurable mass). Memory: a
 * back-pointer byte, the scorer's pair cache and the Viterbi pass's score cache (ScoreCache, 34
 * bytes, and 8 more per merged bead it scored exactly) per band cell, plus a few rows; time:
 * band cells × bead types (one-sided beads read from per-sentence arrays), most merged-bead
 * candidates pruned by an upper bound of their score.
 */
import { bandAround, pathToG, type Band, type Range } from './band';
import { BEAD_TYPES } from './params';
import { preferOneToOne, widen } from './refine';
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

/**
 * What the Viterbi pass learnt of the beads ending at each band cell, for the posteriors to
 * reuse (the scorer gives the same value for the same bead as long as its pair cache is that of
 * the same band): `one[cell]` the exact score of the 1-1 bead when `oneSet[cell]` is 1 (0: not
 * scored), and of a merged bead, by `state[cell × MERGED + slot]`: 2 its exact score is
 * `exact[merged[k]]`; 1 `merged[k]` is at least the upper bound it was pruned with (rounded up
 * to a float32: half the memory of a double, and what is not touched costs no page faults);
 * 0 not scored. (State arrays rather than NaN marks: the arrays start zeroed and need no
 * filling.) One-sided beads cost nothing to score again. A merged bead's exact score stands
 * under any floor; a bound below the posteriors' floor means the scorer would prune the bead
 * there too (its bounds only tighten), one above it that the bead must be scored again.
 */
export interface ScoreCache {
  band: Band;
  one: Float64Array;
  oneSet: Uint8Array;
  merged: Float32Array;
  state: Uint8Array;
  exact: number[];
}

/** Scratch of `roundUp32`: a float32 and its bits. */
const F32 = new Float32Array(1);
const F32_BITS = new Uint32Array(F32.buffer);

/** The least float32 at or above x. */
function roundUp32(x: number): number {
  const f = Math.fround(x);
  if (f >= x) return f;
  // f < x: the next float32 up (f is finite here)
  F32[0] = f;
  if (f > 0) F32_BITS[0]++;
  else if (f < 0) F32_BITS[0]--;
  else F32_BITS[0] = 1;
  return F32[0];
}

/** Largest index `ScoreCache.exact` can take in a float32 slot (integers up to 2^24 are exact). */
const MAX_EXACT_INDEX = 1 << 24;

/** Progress callback used by the DP: fraction of this DP's work done. */
export type Tick = (fraction: number) => void;

const NT = BEAD_TYPES.length;
const DA = Int32Array.from(BEAD_TYPES.map((t) => t[0]));
const DB = Int32Array.from(BEAD_TYPES.map((t) => t[1]));
/** The 1-1 bead type; the slot of each merged type in a cache cell (−1: not merged). */
const T11 = BEAD_TYPES.findIndex((t) => t[0] === 1 && t[1] === 1);
/** The one-sided bead types (their scores are read from the scorer's dropA / dropB). */
const T10 = BEAD_TYPES.findIndex((t) => t[0] === 1 && t[1] === 0);
const T01 = BEAD_TYPES.findIndex((t) => t[0] === 0 && t[1] === 1);
const SLOT = Int32Array.from(BEAD_TYPES.map(() => -1));
let MERGED = 0;
BEAD_TYPES.forEach((t, k) => {
  if (t[0] > 1 || t[1] > 1) SLOT[k] = MERGED++;
});
/**
 * The posteriors' forward pass skips candidates this many nats below the running best (each adds
 * at most e^−10 ≈ 5e-5 of it to a cell's sum; was 25, which scored more merged beads exactly).
 */
const PRUNE = 10;
/**
 * Half-width of the band the posteriors are computed in (1: the path's cells and one either side;
 * 2 cost 0.3-0.5 s more at 100k lines and moved no strict accuracy figure).
 */
const POSTERIOR_WIDTH = 1;

/** Four reusable rows as wide as the band's widest row (the DP looks back at most 3 rows). */
function rowBuffers(band: Band): Float64Array[] {
  let w = 1;
  for (let i = 0; i <= band.N; i++) w = Math.max(w, band.hi[i] - band.lo[i] + 1);
  return [new Float64Array(w), new Float64Array(w), new Float64Array(w), new Float64Array(w)];
}

/** Best path through the band (Viterbi); fills `cache` (made for this band) with the scores it computes. */
export function viterbi(scorer: Scorer, band: Band, r: Range, tick?: Tick, cache?: ScoreCache): Array<[number, number]> {
  scorer.useBand(band, r.i0, r.j0);
  const bp = new Uint8Array(band.cells).fill(255);
  viterbiRows(scorer, band, r, bp, tick, cache);
  return backtrack(band, bp);
}

/*
 * The passes below are functions of their own, each ending with its loop: V8 compiles a long
 * loop on stack replacement, and code after it that has not run yet (no type feedback) throws
 * that code away when reached; one function per loop is optimized once.
 */

/** The Viterbi pass: the best bead type ending at each band cell, into `bp`. */
function viterbiRows(scorer: Scorer, band: Band, r: Range, bp: Uint8Array, tick: Tick | undefined, cache: ScoreCache | undefined): void {
  const { N, lo, hi, off } = band;
  const cOne = cache?.one;
  const cOneSet = cache?.oneSet;
  const cMerged = cache?.merged;
  const cState = cache?.state;
  const cExact = cache?.exact;
  const { dropA, dropB } = scorer;
  const rows = rowBuffers(band);
  const tickEvery = Math.max(1, Math.floor(100000 / Math.max(1, band.cells / (N + 1))));
  for (let i = 0; i <= N; i++) {
    const width = hi[i] - lo[i] + 1;
    const V = rows[i % 4];
    V.fill(-Infinity, 0, width);
    const gi = r.i0 + i;
    const o = off[i];
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = j - lo[i];
      if (i === 0 && j === 0) {
        V[c] = 0;
        continue;
      }
      let best = -Infinity;
      let bestT = 255;
      const gj = r.j0 + j;
      for (let t = 0; t < NT; t++) {
        const si = i - DA[t];
        const sj = j - DB[t];
        if (si < 0 || sj < 0 || sj < lo[si] || sj > hi[si]) continue;
        const prev = si === i ? V[sj - lo[i]] : rows[si % 4][sj - lo[si]];
        if (prev === -Infinity) continue;
        const floor = best - prev;
        if (t === T10 || t === T01) {
          const s = t === T10 ? dropA[gi - 1] : dropB[gj - 1];
          if (s <= floor) continue;
          best = prev + s;
          bestT = t;
          continue;
        }
        scorer.evaluate(gi, gj, DA[t], DB[t], undefined, floor);
        const s = scorer.val;
        if (cOne) {
          if (t === T11) {
            cOne[o + c] = s;
            (cOneSet as Uint8Array)[o + c] = 1;
          } else if (SLOT[t] >= 0) {
            const k = (o + c) * MERGED + SLOT[t];
            const ex = cExact as number[];
            if (scorer.exact && ex.length < MAX_EXACT_INDEX) {
              (cMerged as Float32Array)[k] = ex.length;
              ex.push(s);
              (cState as Uint8Array)[k] = 2;
            } else {
              // (an exact score past the last index is kept as a bound: scored again if needed)
              (cMerged as Float32Array)[k] = roundUp32(s);
              (cState as Uint8Array)[k] = 1;
            }
          }
        }
        if (s <= floor) continue;
        best = prev + s;
        bestT = t;
      }
      V[c] = best;
      bp[o + c] = bestT;
    }
    if (tick && i % tickEvery === 0) tick(i / (N + 1));
  }
}

/** The path of the back-pointers `bp` from (N, M) back to (0, 0), in path order. */
function backtrack(band: Band, bp: Uint8Array): Array<[number, number]> {
  const { N, M, lo, off } = band;
  const nodes: Array<[number, number]> = [];
  let i = N;
  let j = M;
  nodes.push([i, j]);
  while (i > 0 || j > 0) {
    const t = bp[off[i] + j - lo[i]];
    if (t === 255) throw new Error('align: no path through the band');
    i -= DA[t];
    j -= DB[t];
    nodes.push([i, j]);
  }
  nodes.reverse();
  return nodes;
}

/** An empty score cache for a band. */
export function scoreCache(band: Band): ScoreCache {
  return { band, one: new Float64Array(band.cells), oneSet: new Uint8Array(band.cells), merged: new Float32Array(band.cells * MERGED), state: new Uint8Array(band.cells * MERGED), exact: [] };
}

/**
 * Posterior probability of each bead of a path: forward–backward over all bead sequences within
 * a narrow band around the path, scores divided by `temperature`. Releases the scorer's cache.
 * With `cache` (the Viterbi pass's scores, same scorer and band), a bead scored there is not
 * scored again; the result is the same to the bit.
 */
export function posteriors(scorer: Scorer, nodes: Array<[number, number]>, r: Range, temperature: number, cache?: ScoreCache): PathBead[] {
  const N = r.i1 - r.i0;
  const M = r.j1 - r.j0;
  const band = bandAround(pathToG(nodes, N), N, M, POSTERIOR_WIDTH);
  // The scorer keeps the pair cache of the (wider) Viterbi band when it has one.
  if (!scorer.hasBand()) scorer.useBand(band, r.i0, r.j0);
  const invT = 1 / temperature;
  // Scores of the forward pass, reused by the backward pass (NaN: pruned or impossible).
  const sc = new Float32Array(band.cells * NT).fill(NaN);
  const alphaRel = new Float32Array(band.cells);
  const rowMax = new Float64Array(N + 1);
  forward(scorer, band, r, temperature, cache, sc, alphaRel, rowMax);
  const Z = alphaAt(band, rowMax, alphaRel, N, M);
  const post = new Float64Array(Math.max(0, nodes.length - 1));
  backward(scorer, band, r, nodes, invT, sc, alphaRel, rowMax, Z, post);
  const beads: PathBead[] = [];
  for (let k = 0; k + 1 < nodes.length; k++) {
    beads.push({ i0: r.i0 + nodes[k][0], i1: r.i0 + nodes[k + 1][0], j0: r.j0 + nodes[k][1], j1: r.j0 + nodes[k + 1][1], posterior: post[k] });
  }
  scorer.release();
  return beads;
}

/** log α at node (ii, jj): the row's maximum plus the cell's value relative to it. */
function alphaAt(band: Band, rowMax: Float64Array, alphaRel: Float32Array, ii: number, jj: number): number {
  return rowMax[ii] + alphaRel[band.off[ii] + jj - band.lo[ii]];
}

/**
 * The forward pass of `posteriors`: the scores of the candidates into `sc`, log α of each cell
 * as its row's maximum (`rowMax`) and the cell's value relative to it (`alphaRel`).
 */
function forward(scorer: Scorer, band: Band, r: Range, temperature: number, cache: ScoreCache | undefined, sc: Float32Array, alphaRel: Float32Array, rowMax: Float64Array): void {
  const N = r.i1 - r.i0;
  const { lo, hi, off } = band;
  const invT = 1 / temperature;
  const aRows = rowBuffers(band);
  const cb = cache?.band;
  const { dropA, dropB } = scorer;
  for (let i = 0; i <= N; i++) {
    const width = hi[i] - lo[i] + 1;
    const Al = aRows[i % 4];
    // Cell index base of row i in the cache's band (−1: the row's cells are not all in it).
    const cLo = cb ? cb.lo[i] : 0;
    const cHi = cb ? cb.hi[i] : -1;
    const cOff = cb ? cb.off[i] : 0;
    Al.fill(-Infinity, 0, width);
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = j - lo[i];
      if (i === 0 && j === 0) {
        Al[c] = 0;
        continue;
      }
      // log Σ exp(terms) kept as max + log(sum of exp(term − max)): one exp per term, one log
      // per cell. Candidates are pruned against the running max (≤ the running sum).
      let mx = -Infinity;
      let sum = 0;
      for (let t = 0; t < NT; t++) {
        const si = i - DA[t];
        const sj = j - DB[t];
        if (si < 0 || sj < 0 || sj < lo[si] || sj > hi[si]) continue;
        const prev = si === i ? Al[sj - lo[i]] : aRows[si % 4][sj - lo[si]];
        if (prev === -Infinity) continue;
        const floor = (mx - prev) * temperature - PRUNE;
        let s = NaN;
        const cell = cache && j >= cLo && j <= cHi ? cOff + j - cLo : -1;
        if (t === T10) s = dropA[r.i0 + i - 1];
        else if (t === T01) s = dropB[r.j0 + j - 1];
        else if (cell >= 0) {
          if (t === T11) {
            // The exact score (the scorer prunes no 1-1 bead, whatever the floor).
            if ((cache as ScoreCache).oneSet[cell]) s = (cache as ScoreCache).one[cell];
          } else if (SLOT[t] >= 0) {
            const k = cell * MERGED + SLOT[t];
            const st = (cache as ScoreCache).state[k];
            if (st === 2) s = (cache as ScoreCache).exact[(cache as ScoreCache).merged[k]];
            // A bound below this floor: the scorer would prune the bead here too.
            else if (st === 1 && (cache as ScoreCache).merged[k] < floor) continue;
          }
        }
        if (s !== s) {
          scorer.evaluate(r.i0 + i, r.j0 + j, DA[t], DB[t], undefined, floor);
          s = scorer.val;
        }
        if (s < floor) continue;
        sc[(off[i] + c) * NT + t] = s;
        const v = prev + s * invT;
        if (v === -Infinity) continue;
        if (v > mx) {
          sum = sum * Math.exp(mx - v) + 1;
          mx = v;
        } else sum += Math.exp(v - mx);
      }
      Al[c] = mx === -Infinity ? -Infinity : mx + Math.log(sum);
    }
    let mx = -Infinity;
    for (let c = 0; c < width; c++) if (Al[c] > mx) mx = Al[c];
    if (mx === -Infinity) mx = 0;
    rowMax[i] = mx;
    for (let c = 0; c < width; c++) alphaRel[off[i] + c] = Al[c] - mx;
  }
}

/**
 * The backward pass of `posteriors`: log β of each cell from the forward pass's scores `sc`, and
 * the posterior of each bead of the path into `post` (one per step of `nodes`).
 */
function backward(scorer: Scorer, band: Band, r: Range, nodes: Array<[number, number]>, invT: number, sc: Float32Array, alphaRel: Float32Array, rowMax: Float64Array, Z: number, post: Float64Array): void {
  const N = r.i1 - r.i0;
  const M = r.j1 - r.j0;
  const { lo, hi, off } = band;
  // The path's beads ending in row ii are the last ones not yet done (rows are visited backwards).
  let kEnd = nodes.length - 2;
  const bRows = rowBuffers(band);
  for (let ii = N; ii >= 0; ii--) {
    const width = hi[ii] - lo[ii] + 1;
    const Bt = bRows[ii % 4];
    Bt.fill(-Infinity, 0, width);
    for (let jj = hi[ii]; jj >= lo[ii]; jj--) {
      const c = jj - lo[ii];
      if (ii === N && jj === M) {
        Bt[c] = 0;
        continue;
      }
      let mx = -Infinity;
      let sum = 0;
      for (let t = 0; t < NT; t++) {
        const ti = ii + DA[t];
        const tj = jj + DB[t];
        if (ti > N || tj > M || tj < lo[ti] || tj > hi[ti]) continue;
        const next = ti === ii ? Bt[tj - lo[ii]] : bRows[ti % 4][tj - lo[ti]];
        if (next === -Infinity) continue;
        const s = sc[(off[ti] + tj - lo[ti]) * NT + t];
        if (s !== s) continue;
        const v = next + s * invT;
        if (v === -Infinity) continue;
        if (v > mx) {
          sum = sum * Math.exp(mx - v) + 1;
          mx = v;
        } else sum += Math.exp(v - mx);
      }
      Bt[c] = mx === -Infinity ? -Infinity : mx + Math.log(sum);
    }
    for (; kEnd >= 0 && nodes[kEnd + 1][0] === ii; kEnd--) {
      const [si, sj] = nodes[kEnd];
      const [ti, tj] = nodes[kEnd + 1];
      const s = scorer.score(r.i0 + ti, r.j0 + tj, ti - si, tj - sj) * invT;
      const lp = alphaAt(band, rowMax, alphaRel, si, sj) + s + Bt[tj - lo[ii]] - Z;
      post[kEnd] = Math.min(1, Math.max(0, Math.exp(lp)));
    }
  }
}

/** Viterbi in the band, then the posteriors of the path's beads. */
export function runDp(scorer: Scorer, band: Band, r: Range, temperature: number, tick?: Tick): DpResult {
  const cache = scoreCache(band);
  const nodes = widen(scorer, preferOneToOne(scorer, viterbi(scorer, band, r, tick ? (f) => tick(0.8 * f) : undefined, cache), r.i0, r.j0), r.i0, r.j0);
  const beads = posteriors(scorer, nodes, r, temperature, cache);
  tick?.(1);
  return { beads, nodes };
}
