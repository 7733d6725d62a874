/**
 * Comparable mode: two different articles on the same event. Links may cross and most
 * sentences may stay unlinked; a link needs strong shared evidence (names, numbers, lexicon
 * pairs), scored like a parallel bead's evidence but without the length and order model.
 */
import { prepare, planLocked, type Prepared } from './engine';
import { AlignCancelled } from './errors';
import type { ModelParams } from './params';
import { DEFAULT_PARAMS } from './params';
import { logTail, Scorer } from './scorer';
import type { AlignOptions, AlignSide, Alignment, Bead } from './types';

/** Thresholds of comparable mode. */
export interface ComparableParams {
  /** Least shared evidence weight for a link. */
  minShared: number;
  /** Least share of the smaller sentence's matchable evidence that must be shared. */
  minCover: number;
  /** Score at which a link's confidence is 0.5, and the logistic slope. */
  mid: number;
  slope: number;
  /**
   * Multipliers of the parallel model's number weight and one-sided-number cost: a shared figure
   * is the best sign two articles report the same fact, and a differing one is what the user is
   * looking for, not a reason to keep the sentences apart.
   */
  numBoost: number;
  numMissFactor: number;
}

export const COMPARABLE_PARAMS: ComparableParams = { minShared: 6, minCover: 0.2, mid: 6, slope: 0.6, numBoost: 2, numMissFactor: 0.5 };

interface Cand {
  i: number;
  j: number;
  score: number;
}

/** Comparable-mode alignment (see `align` in index.ts). */
export function alignComparable(
  a: AlignSide,
  b: AlignSide,
  opts: AlignOptions = {},
  params: ModelParams = DEFAULT_PARAMS,
  cp: ComparableParams = COMPARABLE_PARAMS,
): Alignment {
  const N = a.sentences.length;
  const M = b.sentences.length;
  const plan = planLocked(opts.locked, N, M);
  const report = (f: number): void => {
    if (opts.onProgress && opts.onProgress(f) === false) throw new AlignCancelled();
  };
  report(0);
  const cparams: ModelParams = {
    ...params,
    fam: { ...params.fam, num: params.fam.num * cp.numBoost },
    numMiss: params.numMiss * cp.numMissFactor,
  };
  const prep = prepare(a, b, opts, cparams);
  const scorer = new Scorer(prep.A, prep.B, prep.space, cparams, prep.len);
  const usedA = new Uint8Array(N);
  const usedB = new Uint8Array(M);
  const out: Bead[] = [];
  for (const item of plan.items) {
    if ('bead' in item) {
      out.push({ ...item.bead, a: [...item.bead.a], b: [...item.bead.b], locked: true });
      for (const x of item.bead.a) usedA[x] = 1;
      for (const x of item.bead.b) usedB[x] = 1;
    }
  }
  for (const bd of plan.oneSided.values()) {
    out.push({ ...bd, a: [...bd.a], b: [...bd.b], locked: true });
    for (const x of bd.a) usedA[x] = 1;
    for (const x of bd.b) usedB[x] = 1;
  }
  const cands = candidates(prep, usedA, usedB, scorer, cp);
  report(0.6);
  cands.sort((x, y) => y.score - x.score);
  const bestA = new Float64Array(N).fill(-Infinity);
  const bestB = new Float64Array(M).fill(-Infinity);
  for (const c of cands) {
    if (c.score > bestA[c.i]) bestA[c.i] = c.score;
    if (c.score > bestB[c.j]) bestB[c.j] = c.score;
  }
  const linkOfA = new Int32Array(N).fill(-1);
  const links: Array<{ a: number[]; b: number[]; score: number }> = [];
  for (const c of cands) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    linkOfA[c.i] = links.length;
    links.push({ a: [c.i], b: [c.j], score: c.score });
  }
  // A sentence split in two on the other side: attach an unlinked neighbour that shares strong
  // evidence with the link's other side.
  for (const l of links) {
    for (const side of ['a', 'b'] as const) {
      const mine = l[side];
      const other = side === 'a' ? l.b : l.a;
      if (other.length !== 1) continue;
      for (const nb of [mine[0] - 1, mine[mine.length - 1] + 1]) {
        if (mine.length >= 2) break;
        const n = side === 'a' ? N : M;
        const used = side === 'a' ? usedA : usedB;
        if (nb < 0 || nb >= n || used[nb]) continue;
        const s = side === 'a' ? pairScore(scorer, nb, other[0]) : pairScore(scorer, other[0], nb);
        if (s >= cp.minShared) {
          used[nb] = 1;
          if (nb < mine[0]) mine.unshift(nb);
          else mine.push(nb);
          l.score = Math.max(l.score, s);
        }
      }
    }
  }
  const conf = (s: number): number => Math.round((1 / (1 + Math.exp(-cp.slope * (s - cp.mid)))) * 1e4) / 1e4;
  for (const l of links) out.push({ a: l.a, b: l.b, score: conf(l.score) });
  for (let i = 0; i < N; i++) if (!usedA[i]) out.push({ a: [i], b: [], score: conf(-bestA[i] + 2 * cp.mid) });
  for (let j = 0; j < M; j++) if (!usedB[j]) out.push({ a: [], b: [j], score: conf(-bestB[j] + 2 * cp.mid) });
  out.sort(
    (x, y) =>
      (x.a.length ? x.a[0] : Infinity) - (y.a.length ? y.a[0] : Infinity) ||
      (x.b.length ? x.b[0] : Infinity) - (y.b.length ? y.b[0] : Infinity),
  );
  report(1);
  return { beads: out, mode: 'comparable' };
}

/** Evidence score of one A sentence against one B sentence (no order, weak length term). */
function pairScore(scorer: Scorer, i: number, j: number): number {
  const parts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  scorer.score(i + 1, j + 1, 1, 1, parts);
  return parts.shared - scorer.p.numMiss * parts.numMiss + 0.25 * logTail(parts.delta);
}

/** Sentence pairs sharing at least one fairly rare feature, scored; pairs below threshold dropped. */
function candidates(prep: Prepared, usedA: Uint8Array, usedB: Uint8Array, scorer: Scorer, cp: ComparableParams): Cand[] {
  const { A, B, space } = prep;
  const postA = new Map<number, number[]>();
  for (let i = 0; i < A.n; i++) {
    if (usedA[i]) continue;
    for (let k = A.fStart[i]; k < A.fStart[i + 1]; k++) {
      const f = A.fIds[k];
      if (space.weight[f] < 1) continue;
      let l = postA.get(f);
      if (!l) postA.set(f, (l = []));
      l.push(i);
    }
  }
  const seen = new Set<number>();
  const out: Cand[] = [];
  const selfA = selfWeights(A, space.weight);
  const selfB = selfWeights(B, space.weight);
  for (let j = 0; j < B.n; j++) {
    if (usedB[j]) continue;
    for (let k = B.fStart[j]; k < B.fStart[j + 1]; k++) {
      const l = postA.get(B.fIds[k]);
      if (!l || l.length > 50) continue;
      for (const i of l) {
        const key = i * B.n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = pairScore(scorer, i, j);
        const parts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
        scorer.score(i + 1, j + 1, 1, 1, parts);
        const cover = parts.shared / Math.max(1e-9, Math.min(selfA[i], selfB[j]));
        if (s >= cp.minShared && cover >= cp.minCover) out.push({ i, j, score: s });
      }
    }
  }
  return out;
}

function selfWeights(d: Prepared['A'], w: Float64Array): Float64Array {
  const out = new Float64Array(d.n);
  for (let s = 0; s < d.n; s++) {
    let t = 0;
    for (let k = d.fStart[s]; k < d.fStart[s + 1]; k++) t += w[d.fIds[k]];
    out[s] = t;
  }
  return out;
}
