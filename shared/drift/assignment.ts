import { evaluatePair, type FigureInfo } from './classify';
import { qualifierClass } from './values';

/** Cost standing for "never pair these two". */
const FORBIDDEN = 1e6;

/**
 * Largest number of figures (both sides together) solved exactly by the Hungarian method, whose
 * time grows with the cube of this number. Measured (see tests/shared/drift/assignment.test.ts):
 * 400 figures take about 0.1 s; a whole group up to this size is solved exactly as before, a
 * larger one is first thinned out by its exact matches.
 */
export const EXACT_ASSIGNMENT_LIMIT = 400;

/**
 * How many neighbours (by relative rank, each way) the greedy fallback considers for each
 * figure once even the remainder is too large for the exact method.
 */
export const GREEDY_WINDOW = 8;

/**
 * The costs of a pairing problem, read lazily so that a large group never needs its full
 * `sizeA × sizeB` matrix. `cost` returns `Infinity` for a forbidden pair. Figures whose keys are
 * equal (and defined) are exact counterparts: they are paired first, in order, when `confirm`
 * (if given) agrees. Rows and columns are numbered in order of position within their side.
 */
export interface PairCosts {
  sizeA: number;
  sizeB: number;
  cost(i: number, j: number): number;
  keyA?(i: number): string | undefined;
  keyB?(j: number): string | undefined;
  confirm?(i: number, j: number): boolean;
}

/**
 * Minimum-cost pairing of rows (A figures) with columns (B figures) where any row or column
 * may also stay unpaired at `unpairedCost`. A pair is taken only when its cost is below the
 * price of leaving both sides unpaired; `Infinity` forbids a pair. Up to
 * {@link EXACT_ASSIGNMENT_LIMIT} figures the problem is solved exactly with the Hungarian method
 * on the square matrix augmented with one "unpaired" slot per figure. A larger problem is solved
 * in three bounded steps: exact counterparts (equal keys) are paired first, in order; what
 * remains is solved exactly when it is small enough, else greedily over a window of neighbours,
 * so that the time grows like N log N. Returns the `[row, column]` pairs, sorted by row.
 */
export function assignPairs(cost: number[][] | PairCosts, unpairedCost: number): Array<[number, number]> {
  const p = Array.isArray(cost) ? matrixCosts(cost) : cost;
  if (p.sizeA === 0 || p.sizeB === 0) return [];
  const rowsA = range(p.sizeA);
  const colsB = range(p.sizeB);
  let pairs: Array<[number, number]>;
  if (p.sizeA + p.sizeB <= EXACT_ASSIGNMENT_LIMIT) {
    pairs = exactPairs(p, rowsA, colsB, unpairedCost);
    pairs = keepExactCounterparts(p, pairs, unpairedCost);
  } else {
    const { pairs: exact, restA, restB } = keyedPairs(p, rowsA, colsB);
    const rest =
      restA.length === 0 || restB.length === 0
        ? []
        : restA.length + restB.length <= EXACT_ASSIGNMENT_LIMIT
          ? exactPairs(p, restA, restB, unpairedCost)
          : greedyPairs(p, restA, restB, unpairedCost);
    pairs = [...exact, ...rest];
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return pairs;
}

/**
 * The pairs with a near match given up for an exact one: when a figure `b` is paired with an `a` that only
 * rounds to it while an unpaired figure of `b`'s very key (same value, qualifier, unit) stands on the other
 * side, `b` goes to that figure and `a` is left over (a buy/sell quote *Rp9.265/9.270 … Rp9.260/9.265* ↔
 * `Rp9,265/9,270`: `9,270` is the quoted 9.270, not the later 9.265 it rounds to). Only when the pair's
 * cost stays below leaving both unpaired.
 */
function keepExactCounterparts(p: PairCosts, pairs: Array<[number, number]>, unpairedCost: number): Array<[number, number]> {
  if (!p.keyA || !p.keyB) return pairs;
  const pairedA = new Set(pairs.map(([i]) => i));
  return pairs.map(([i, j]): [number, number] => {
    const kb = p.keyB!(j);
    if (kb === undefined || p.keyA!(i) === kb) return [i, j];
    for (let k = 0; k < p.sizeA; k++) {
      if (pairedA.has(k) || p.keyA!(k) !== kb || !(p.cost(k, j) < 2 * unpairedCost) || (p.confirm && !p.confirm(k, j))) continue;
      pairedA.delete(i);
      pairedA.add(k);
      return [k, j];
    }
    return [i, j];
  });
}

/**
 * The pairing costs of two sides' figures (each side sorted by position) for
 * {@link assignPairs}: the cost of {@link evaluatePair}, and as key everything that makes two
 * figures the same figure (kind, value, qualifier, concept, currency, scale), so that a crowded
 * group's identical figures are paired without comparing each with all.
 */
export function figurePairCosts(infoA: FigureInfo[], infoB: FigureInfo[]): PairCosts {
  const keysA = infoA.map(exactKey);
  const keysB = infoB.map(exactKey);
  return {
    sizeA: infoA.length,
    sizeB: infoB.length,
    cost: (i, j) => evaluatePair(infoA[i], infoB[j])?.cost ?? Number.POSITIVE_INFINITY,
    keyA: (i) => keysA[i],
    keyB: (j) => keysB[j],
    confirm: (i, j) => evaluatePair(infoA[i], infoB[j])?.verdict.type === 'match',
  };
}

function exactKey(info: FigureInfo): string | undefined {
  const f = info.figure;
  if (f.ambiguous) return undefined;
  const kind = f.kind === 'duration' ? 'count' : f.kind;
  const qualifier = f.kind === 'ordinal' ? 'exact' : qualifierClass(f.qualifier);
  return [
    kind,
    typeof f.value,
    String(f.value),
    qualifier,
    info.concept?.name ?? '',
    f.currency ?? '',
    f.scale ?? '',
    f.low ?? '',
    f.high ?? '',
  ].join('\u0001');
}

function matrixCosts(cost: number[][]): PairCosts {
  return { sizeA: cost.length, sizeB: cost.length > 0 ? cost[0].length : 0, cost: (i, j) => cost[i][j] };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Pairs figures with equal keys, in order: within each key, every figure of the side holding
 * fewer is paired with the nearest (by relative position) of the other side's still free, in
 * order, so that the pairs never cross (the cheapest pairing by position when both sides hold as
 * many). Linear in the number of figures; the figures left over go to the next step.
 */
function keyedPairs(
  p: PairCosts,
  rowsA: number[],
  colsB: number[],
): { pairs: Array<[number, number]>; restA: number[]; restB: number[] } {
  const pairs: Array<[number, number]> = [];
  if (!p.keyA || !p.keyB) return { pairs, restA: rowsA, restB: colsB };
  const byKey = new Map<string, { a: number[]; b: number[] }>();
  const bucket = (k: string) => {
    let b = byKey.get(k);
    if (!b) byKey.set(k, (b = { a: [], b: [] }));
    return b;
  };
  for (const i of rowsA) {
    const k = p.keyA(i);
    if (k !== undefined) bucket(k).a.push(i);
  }
  for (const j of colsB) {
    const k = p.keyB(j);
    if (k !== undefined) bucket(k).b.push(j);
  }
  const posA = (i: number) => (p.sizeA <= 1 ? 0.5 : i / (p.sizeA - 1));
  const posB = (j: number) => (p.sizeB <= 1 ? 0.5 : j / (p.sizeB - 1));
  const usedA = new Uint8Array(p.sizeA);
  const usedB = new Uint8Array(p.sizeB);
  for (const { a, b } of byKey.values()) {
    if (a.length === 0 || b.length === 0) continue;
    const aFewer = a.length <= b.length;
    const [few, many] = aFewer ? [a, b] : [b, a];
    const [posFew, posMany] = aFewer ? [posA, posB] : [posB, posA];
    let next = 0;
    for (let k = 0; k < few.length; k++) {
      const target = posFew(few[k]);
      const last = many.length - (few.length - k);
      let c = next;
      while (c < last && Math.abs(posMany(many[c + 1]) - target) <= Math.abs(posMany(many[c]) - target)) c++;
      next = c + 1;
      const [i, j] = aFewer ? [few[k], many[c]] : [many[c], few[k]];
      if (p.confirm && !p.confirm(i, j)) continue;
      pairs.push([i, j]);
      usedA[i] = 1;
      usedB[j] = 1;
    }
  }
  return { pairs, restA: rowsA.filter((i) => !usedA[i]), restB: colsB.filter((j) => !usedB[j]) };
}

/** The optimal pairing of the given rows and columns (Hungarian method, cubic in their number). */
function exactPairs(p: PairCosts, rowsA: number[], colsB: number[], unpairedCost: number): Array<[number, number]> {
  const nA = rowsA.length;
  const nB = colsB.length;
  const n = nA + nB;
  const inner: number[][] = rowsA.map((i) => colsB.map((j) => p.cost(i, j)));
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      let c: number;
      if (i < nA && j < nB) c = Number.isFinite(inner[i][j]) ? inner[i][j] : FORBIDDEN;
      else if (i < nA) c = j - nB === i ? unpairedCost : FORBIDDEN;
      else if (j < nB) c = i - nA === j ? unpairedCost : FORBIDDEN;
      else c = 0;
      row[j] = c;
    }
    m.push(row);
  }
  const owner = hungarian(m);
  const pairs: Array<[number, number]> = [];
  for (let j = 0; j < nB; j++) {
    const i = owner[j];
    if (i < nA && Number.isFinite(inner[i][j]) && inner[i][j] < FORBIDDEN) pairs.push([rowsA[i], colsB[j]]);
  }
  return pairs;
}

/**
 * A good pairing of many figures in N log N: each row looks at the columns near its relative
 * rank ({@link GREEDY_WINDOW} each way); the candidate pairs worth taking (cheaper than leaving
 * both unpaired) are taken cheapest first.
 */
function greedyPairs(p: PairCosts, rowsA: number[], colsB: number[], unpairedCost: number): Array<[number, number]> {
  const nA = rowsA.length;
  const nB = colsB.length;
  const ks: number[] = [];
  const ts: number[] = [];
  const cs: number[] = [];
  for (let k = 0; k < nA; k++) {
    const center = nA === 1 ? (nB - 1) / 2 : (k * (nB - 1)) / (nA - 1);
    const from = Math.max(0, Math.floor(center) - GREEDY_WINDOW);
    const to = Math.min(nB - 1, Math.ceil(center) + GREEDY_WINDOW);
    for (let t = from; t <= to; t++) {
      const c = p.cost(rowsA[k], colsB[t]);
      if (Number.isFinite(c) && c < 2 * unpairedCost) {
        ks.push(k);
        ts.push(t);
        cs.push(c);
      }
    }
  }
  // Edges are generated in (k, t) order, so a stable sort by cost keeps that order among ties.
  const order = Uint32Array.from({ length: cs.length }, (_, e) => e).sort((x, y) => cs[x] - cs[y] || x - y);
  const takenA = new Uint8Array(nA);
  const takenB = new Uint8Array(nB);
  const pairs: Array<[number, number]> = [];
  for (const e of order) {
    const k = ks[e];
    const t = ts[e];
    if (takenA[k] || takenB[t]) continue;
    takenA[k] = 1;
    takenB[t] = 1;
    pairs.push([rowsA[k], colsB[t]]);
  }
  return pairs;
}

/**
 * Hungarian algorithm (potentials form) on a square matrix; returns for each column the row
 * assigned to it.
 */
function hungarian(a: number[][]): number[] {
  const n = a.length;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const row = a[i0 - 1];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = row[j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const owner = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) owner[j - 1] = p[j] - 1;
  return owner;
}
