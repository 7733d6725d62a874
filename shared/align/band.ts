/**
 * The search band: a rough path through the (A, B) grid from high-confidence anchors, and the
 * set of DP nodes within a given distance of it. Everything here is linear in N + M (times the
 * band width); no N × M table is ever built.
 */
import { FAM, IntList, type FeatureSpace, type SideData } from './features';

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

/** Occurrence lists (sentence indices local to the range) of the features of one side's range. */
interface Occurrences {
  start: Int32Array;
  pos: Int32Array;
}

function occurrences(d: SideData, s0: number, s1: number, size: number, eligible: Uint8Array): Occurrences {
  const start = new Int32Array(size + 1);
  for (let k = d.fStart[s0]; k < d.fStart[s1]; k++) {
    const f = d.fIds[k];
    if (eligible[f]) start[f + 1]++;
  }
  for (let f = 0; f < size; f++) start[f + 1] += start[f];
  const fill = start.slice(0, size);
  const pos = new Int32Array(start[size]);
  for (let s = s0; s < s1; s++) {
    for (let k = d.fStart[s]; k < d.fStart[s + 1]; k++) {
      const f = d.fIds[k];
      if (eligible[f]) pos[fill[f]++] = s - s0;
    }
  }
  return { start, pos };
}

/** Number of entries of sorted pos[from..to) within [lo, hi] (counted up to 2). */
function countIn(pos: Int32Array, from: number, to: number, lo: number, hi: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >> 1;
    if (pos[m] < lo) a = m + 1;
    else b = m;
  }
  let n = 0;
  for (let k = a; k < to && pos[k] <= hi; k++) {
    n++;
    if (n > 1) break;
  }
  return n;
}

/** Inverse of a monotone path g (B position → fractional A position). */
function invert(g: Float64Array, M: number): Float64Array {
  const N = g.length - 1;
  const inv = new Float64Array(M + 1);
  let i = 0;
  for (let j = 0; j <= M; j++) {
    while (i < N && g[i + 1] <= j) i++;
    const span = i < N ? g[i + 1] - g[i] : 0;
    inv[j] = i < N && span > 0 ? i + Math.min(1, Math.max(0, (j - g[i]) / span)) : i;
  }
  return inv;
}

/**
 * Anchors: sentence pairs sharing a distinctive feature (number, word, name, lexicon or glossary
 * pair) that is the only occurrence of that feature within ±R sentences of where the current
 * path puts it, on both sides. Found in two rounds — first around the character-length diagonal
 * with a wide window, then around the path through the first round's anchors with a narrow one —
 * and reduced to their longest chain increasing on both sides. Local (i, j) sentence pairs.
 */
export function findAnchors(space: FeatureSpace, A: SideData, B: SideData, r: Range, minWeight: number): Array<[number, number]> {
  const N = r.i1 - r.i0;
  const M = r.j1 - r.j0;
  if (N === 0 || M === 0) return [];
  const size = space.size;
  const eligible = new Uint8Array(size);
  for (let f = 0; f < size; f++) eligible[f] = ANCHOR_FAMILIES.has(space.fam[f]) && space.weight[f] >= minWeight ? 1 : 0;
  const oa = occurrences(A, r.i0, r.i1, size, eligible);
  const ob = occurrences(B, r.j0, r.j1, size, eligible);
  let g = roughPath(A, B, r, []);
  let chain: Array<[number, number]> = [];
  const big = Math.max(N, M);
  for (const R of [Math.max(30, Math.ceil(0.03 * big)), 12]) {
    const inv = invert(g, M);
    // The points as two lists (no array per point).
    const pi = new IntList(1024);
    const pj = new IntList(1024);
    for (let f = 0; f < size; f++) {
      const a0 = oa.start[f];
      const a1 = oa.start[f + 1];
      const b0 = ob.start[f];
      const b1 = ob.start[f + 1];
      if (a0 === a1 || b0 === b1) continue;
      // The window around where the path puts each A occurrence only moves forward (g is
      // monotone and the occurrences are in order): its first B occurrence is found by a sweep.
      let p = b0;
      for (let k = a0; k < a1; k++) {
        const i = oa.pos[k];
        const e = (g[i] + g[i + 1]) / 2;
        const lo = Math.floor(e - R);
        while (p < b1 && ob.pos[p] < lo) p++;
        // exactly one B occurrence in [lo, hi]
        const hi = Math.ceil(e + R);
        if (p === b1 || ob.pos[p] > hi || (p + 1 < b1 && ob.pos[p + 1] <= hi)) continue;
        const j = ob.pos[p];
        const ei = (inv[j] + inv[Math.min(M, j + 1)]) / 2;
        if (countIn(oa.pos, a0, a1, Math.floor(ei - R), Math.ceil(ei + R)) === 1) {
          pi.push(i);
          pj.push(j);
        }
      }
    }
    chain = chainOf(pi.done(), pj.done());
    g = roughPath(A, B, r, chain);
  }
  return chain;
}

/** Longest chain of points strictly increasing in both coordinates (O(K log K)). */
export function longestChain(pts: Array<[number, number]>): Array<[number, number]> {
  return chainOf(
    Int32Array.from(pts, (p) => p[0]),
    Int32Array.from(pts, (p) => p[1]),
  );
}

/** `longestChain` of the points (xs[k], ys[k]). */
function chainOf(xs: Int32Array, ys: Int32Array): Array<[number, number]> {
  const n = xs.length;
  if (n === 0) return [];
  const order = sortPoints(xs, ys);
  const tail = new Int32Array(n);
  let len = 0;
  const prev = new Int32Array(n).fill(-1);
  for (let q = 0; q < n; q++) {
    const k = order[q];
    const y = ys[k];
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[tail[mid]] < y) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tail[lo - 1];
    tail[lo] = k;
    if (lo === len) len++;
  }
  const out: Array<[number, number]> = [];
  for (let k = tail[len - 1]; k >= 0; k = prev[k]) out.push([xs[k], ys[k]]);
  out.reverse();
  // Strictly increasing in x as well (equal x were ordered by decreasing y, so this holds).
  return out;
}

/**
 * The order of points (xs[k], ys[k]) (non-negative integer coordinates) by x, then by y
 * descending, stably (the order of `sort` with that comparator): a counting sort by x, then
 * insertion sort of the few points that share it.
 */
function sortPoints(xs: Int32Array, ys: Int32Array): Int32Array {
  const n = xs.length;
  let maxX = 0;
  for (let k = 0; k < n; k++) if (xs[k] > maxX) maxX = xs[k];
  const start = new Int32Array(maxX + 2);
  for (let k = 0; k < n; k++) start[xs[k] + 1]++;
  for (let x = 0; x <= maxX; x++) start[x + 1] += start[x];
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[start[xs[k]]++] = k;
  // start[x] is now the end of the points whose x is x
  let from = 0;
  for (let x = 0; x <= maxX; x++) {
    const to = start[x];
    for (let k = from + 1; k < to; k++) {
      const p = sorted[k];
      let m = k - 1;
      while (m >= from && ys[sorted[m]] < ys[p]) {
        sorted[m + 1] = sorted[m];
        m--;
      }
      sorted[m + 1] = p;
    }
    from = to;
  }
  return sorted;
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
  pathRows(g, nodes);
  fillRows(g, N);
  return g;
}

/*
 * The two loops of pathToG are functions of their own: V8 compiles a long loop on stack
 * replacement, and code after it that has not run yet (no type feedback) throws that code away
 * when reached — here on every call, the DP of the later passes calling it thousands of times.
 */

/** g at the rows of the path's nodes, and interpolated at the rows a bead spans. */
function pathRows(g: Float64Array, nodes: Array<[number, number]>): void {
  for (let k = 0; k < nodes.length; k++) {
    const [i, j] = nodes[k];
    if (g[i] < 0) g[i] = j;
    if (k > 0) {
      const [pi, pj] = nodes[k - 1];
      for (let r = pi + 1; r < i; r++) if (g[r] < 0) g[r] = pj + ((j - pj) * (r - pi)) / (i - pi);
    }
  }
}

/** Rows of g still unset (−1) take the row before them (row 0: 0). */
function fillRows(g: Float64Array, N: number): void {
  for (let i = 0; i <= N; i++) if (g[i] < 0) g[i] = i > 0 ? g[i - 1] : 0;
}

/** Builds the band of half-width W around a rough path g. */
export function bandAround(g: Float64Array, N: number, M: number, W: number): Band {
  const a = new Int32Array(N + 1);
  const b = new Int32Array(N + 1);
  for (let i = 0; i <= N; i++) a[i] = Math.max(0, Math.min(M, Math.round(g[i])));
  if (N > 0) a[N] = M;
  a[0] = 0;
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

/** Whether path node (i, j) lies on an edge of the band that is not the grid's own edge. */
function onEdge(band: Band, i: number, j: number): boolean {
  return (j === band.lo[i] && band.lo[i] > 0) || (j === band.hi[i] && band.hi[i] < band.M);
}

/** True when a path node lies on an edge of the band that is not the grid's own edge. */
export function touchesEdge(band: Band, nodes: Array<[number, number]>): boolean {
  for (const [i, j] of nodes) if (onEdge(band, i, j)) return true;
  return false;
}

/**
 * The stretches of a path (as [first, last] node indices) that come within `margin` nodes of a
 * node on the band's edge (touchesEdge), overlapping stretches merged; none when no node is on
 * the edge.
 */
export function edgeStretches(band: Band, nodes: Array<[number, number]>, margin: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const last = nodes.length - 1;
  for (let k = 0; k <= last; k++) {
    if (!onEdge(band, nodes[k][0], nodes[k][1])) continue;
    const from = Math.max(0, k - margin);
    const to = Math.min(last, k + margin);
    const prev = out[out.length - 1];
    if (prev && from <= prev[1]) prev[1] = to;
    else out.push([from, to]);
  }
  return out;
}
