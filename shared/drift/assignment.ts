/** Cost standing for "never pair these two". */
const FORBIDDEN = 1e6;

/**
 * Minimum-cost pairing of rows (A figures) with columns (B figures) where any row or column
 * may also stay unpaired at `unpairedCost`. A pair is taken only when its cost is below the
 * price of leaving both sides unpaired; `Infinity` forbids a pair. Solved exactly with the
 * Hungarian method on the square matrix augmented with one "unpaired" slot per figure.
 * Returns the `[row, column]` pairs, sorted by row.
 */
export function assignPairs(cost: number[][], unpairedCost: number): Array<[number, number]> {
  const nA = cost.length;
  const nB = nA > 0 ? cost[0].length : 0;
  if (nA === 0 || nB === 0) return [];
  const n = nA + nB;
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      let c: number;
      if (i < nA && j < nB) c = Number.isFinite(cost[i][j]) ? cost[i][j] : FORBIDDEN;
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
    if (i < nA && Number.isFinite(cost[i][j]) && cost[i][j] < FORBIDDEN) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return pairs;
}

/**
 * Hungarian algorithm (potentials form) on a square matrix; returns for each column the row
 * assigned to it.
 */
function hungarian(a: number[][]): number[] {
  const n = a.length;
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = a[i0 - 1][j - 1] - u[i0] - v[j];
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
