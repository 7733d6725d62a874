/**
 * The search band: a rough path through the (A, B) grid from high-confidence anchors, and the
 * set of DP nodes within a given distance of it. Everything here is linear in N + M (times the
 * band width); no N × M table is ever built.
 */
import { FAM, type FeatureSpace, type SideData } from './features';

/**
 * Rows of the band, in local coordinates of a sub-problem with N A-sentences and M
 * B-sentences: node (i, j) is in the band when lo[i] ≤ j ≤ hi[i]. Cell index
 * off[i] + j − lo[i].
 */
export interface Band {
  N: number;
  M: number;
  lo: Int32Array;
  hi: Int32Array;
  off: Float64Array;
  cells: number;
  /** Half-width the band was built with. */
  width: number;
}

/** A sub-problem: A-sentences [i0, i1) against B-sentences [j0, j1). */
export interface Range {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

const ANCHOR_FAMILIES = new Set<number>([FAM.num, FAM.word, FAM.name, FAM.lex, FAM.gloss, FAM.induced]);

/**
 * Anchors: features that occur the same small number of times (1 to 3) on each side of the
 * range, paired in order, kept when they lie near the character-length diagonal, then reduced
 * to the longest chain increasing on both sides. Returned as local (i, j) sentence pairs.
 */
export function findAnchors(space: FeatureSpace, A: SideData, B: SideData, r: Range, minWeight: number): Array<[number, number]> {
  const size = space.size;
  const cntA = new Int32Array(size);
  const cntB = new Int32Array(size);
  for (let k = A.fStart[r.i0]; k < A.fStart[r.i1]; k++) cntA[A.fIds[k]]++;
  for (let k = B.fStart[r.j0]; k < B.fStart[r.j1]; k++) cntB[B.fIds[k]]++;
  const eligible = (f: number): boolean =>
    cntA[f] > 0 && cntA[f] <= 3 && cntA[f] === cntB[f] && ANCHOR_FAMILIES.has(space.fam[f]) && space.weight[f] >= minWeight;
  // Occurrences of eligible features, k-th on A paired with k-th on B.
  const seenA = new Int32Array(size);
  const posA = new Map<number, number[]>();
  for (let s = r.i0; s < r.i1; s++) {
    for (let k = A.fStart[s]; k < A.fStart[s + 1]; k++) {
      const f = A.fIds[k];
      if (!eligible(f)) continue;
      let l = posA.get(f);
      if (!l) posA.set(f, (l = []));
      l.push(s - r.i0);
      seenA[f]++;
    }
  }
  const totA = A.cumLen[r.i1] - A.cumLen[r.i0] || 1;
  const totB = B.cumLen[r.j1] - B.cumLen[r.j0] || 1;
  const seenB = new Int32Array(size);
  const pts: Array<[number, number]> = [];
  for (let s = r.j0; s < r.j1; s++) {
    for (let k = B.fStart[s]; k < B.fStart[s + 1]; k++) {
      const f = B.fIds[k];
      const l = posA.get(f);
      if (!l) continue;
      const i = l[seenB[f]++];
      const j = s - r.j0;
      const pa = (A.cumLen[r.i0 + i] - A.cumLen[r.i0]) / totA;
      const pb = (B.cumLen[s] - B.cumLen[r.j0]) / totB;
      if (Math.abs(pa - pb) <= 0.2) pts.push([i, j]);
    }
  }
  return longestChain(pts);
}

/** Longest chain of points strictly increasing in both coordinates (O(K log K)). */
export function longestChain(pts: Array<[number, number]>): Array<[number, number]> {
  if (pts.length === 0) return [];
  pts.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tailIdx: number[] = [];
  const prev = new Int32Array(pts.length).fill(-1);
  for (let k = 0; k < pts.length; k++) {
    const y = pts[k][1];
    let lo = 0;
    let hi = tailIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pts[tailIdx[mid]][1] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tailIdx[lo - 1];
    tailIdx[lo] = k;
  }
  const out: Array<[number, number]> = [];
  for (let k = tailIdx[tailIdx.length - 1]; k >= 0; k = prev[k]) out.push(pts[k]);
  out.reverse();
  // Strictly increasing in i as well (equal i were ordered by decreasing j, so this holds).
  return out;
}

/**
 * The rough path as g(i): the (fractional) B position where A position i falls, i = 0..N,
 * interpolating between anchors in character space.
 */
export function roughPath(A: SideData, B: SideData, r: Range, anchors: Array<[number, number]>): Float64Array {
  const N = r.i1 - r.i0;
  const M = r.j1 - r.j0;
  const cA = (i: number): number => A.cumLen[r.i0 + i] - A.cumLen[r.i0];
  const cB = (j: number): number => B.cumLen[r.j0 + j] - B.cumLen[r.j0];
  // Knots in character space: start, anchor midpoints, end.
  const xs: number[] = [0];
  const ys: number[] = [0];
  for (const [i, j] of anchors) {
    const x = (cA(i) + cA(i + 1)) / 2;
    const y = (cB(j) + cB(j + 1)) / 2;
    if (x > xs[xs.length - 1] && y > ys[ys.length - 1]) {
      xs.push(x);
      ys.push(y);
    }
  }
  const endX = cA(N);
  const endY = cB(M);
  if (endX > xs[xs.length - 1] || xs.length === 1) {
    xs.push(Math.max(endX, xs[xs.length - 1] + 1e-9));
    ys.push(Math.max(endY, ys[ys.length - 1]));
  }
  const g = new Float64Array(N + 1);
  let seg = 0;
  let jb = 0;
  for (let i = 0; i <= N; i++) {
    const x = cA(i);
    while (seg < xs.length - 2 && x > xs[seg + 1]) seg++;
    const x0 = xs[seg];
    const x1 = xs[seg + 1];
    const t = x1 > x0 ? Math.min(1, Math.max(0, (x - x0) / (x1 - x0))) : 1;
    const y = ys[seg] + t * (ys[seg + 1] - ys[seg]);
    while (jb < M && cB(jb + 1) <= y) jb++;
    const span = cB(jb + 1) - cB(jb);
    const frac = jb < M && span > 0 ? (y - cB(jb)) / span : 0;
    g[i] = Math.min(M, jb + frac);
  }
  g[0] = 0;
  g[N] = M;
  for (let i = 1; i <= N; i++) if (g[i] < g[i - 1]) g[i] = g[i - 1];
  return g;
}

/** The rough path through a found alignment path (node list from (0,0) to (N,M)). */
export function pathToG(nodes: Array<[number, number]>, N: number): Float64Array {
  const g = new Float64Array(N + 1).fill(-1);
  for (let k = 0; k < nodes.length; k++) {
    const [i, j] = nodes[k];
    if (g[i] < 0) g[i] = j;
    if (k > 0) {
      const [pi, pj] = nodes[k - 1];
      for (let r = pi + 1; r < i; r++) if (g[r] < 0) g[r] = pj + ((j - pj) * (r - pi)) / (i - pi);
    }
  }
  for (let i = 0; i <= N; i++) if (g[i] < 0) g[i] = i > 0 ? g[i - 1] : 0;
  return g;
}

/** Builds the band of half-width W around a rough path g. */
export function bandAround(g: Float64Array, N: number, M: number, W: number): Band {
  const a = new Int32Array(N + 1);
  const b = new Int32Array(N + 1);
  for (let i = 0; i <= N; i++) a[i] = Math.max(0, Math.min(M, Math.round(g[i])));
  a[0] = 0;
  a[N] = M;
  for (let i = 1; i <= N; i++) if (a[i] < a[i - 1]) a[i] = a[i - 1];
  for (let i = 0; i < N; i++) b[i] = a[i + 1];
  b[N] = M;
  const lo = new Int32Array(N + 1);
  const hi = new Int32Array(N + 1);
  const off = new Float64Array(N + 2);
  for (let i = 0; i <= N; i++) {
    lo[i] = Math.max(0, a[Math.max(0, i - W)] - W);
    hi[i] = Math.min(M, b[Math.min(N, i + W)] + W);
    off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  }
  return { N, M, lo, hi, off, cells: off[N + 1], width: W };
}

/** True when a path node lies on an edge of the band that is not the grid's own edge. */
export function touchesEdge(band: Band, nodes: Array<[number, number]>): boolean {
  for (const [i, j] of nodes) {
    if ((j === band.lo[i] && band.lo[i] > 0) || (j === band.hi[i] && band.hi[i] < band.M)) return true;
  }
  return false;
}
