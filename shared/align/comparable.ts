/**
 * Comparable mode: two different articles on the same event. Links may cross and most
 * sentences may stay unlinked; a link needs strong shared evidence (names, numbers, lexicon
 * pairs), scored like a parallel bead's evidence but without the length and order model.
 */
import { prepare, planLocked, type Prepared } from './engine';
import { AlignCancelled } from './errors';
import { DEFAULT_PARAMS, modelParams, type ModelParams } from './params';
import { logTail, Scorer, type BeadParts } from './scorer';
import type { AlignOptions, AlignSide, Alignment, Bead } from './types';

/** Thresholds of comparable mode. */
export interface ComparableParams {
  /** Least shared evidence weight for a link. */
  minShared: number;
  /** Least share of the smaller sentence's matchable evidence that must be shared. */
  minCover: number;
  /** Least lead of a link over the best competing partner of either sentence. */
  minMargin: number;
  /** Slope of the logistic confidence (per unit of margin). */
  slope: number;
  /**
   * Multipliers of the parallel model's number weight and one-sided-number cost: a shared figure
   * is the best sign two articles report the same fact, and a differing one is what the user is
   * looking for, not a reason to keep the sentences apart.
   */
  numBoost: number;
  numMissFactor: number;
}

export const COMPARABLE_PARAMS: ComparableParams = { minShared: 6, minCover: 0.2, minMargin: 2, slope: 0.6, numBoost: 2, numMissFactor: 0.5 };

export interface Cand {
  i: number;
  j: number;
  score: number;
  /** Shared evidence over the smaller sentence's evidence. */
  cover: number;
}

/** The four best partners (score, partner) of every sentence. */
function topPartners(all: Cand[], n: number, me: (c: Cand) => number, other: (c: Cand) => number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const c of all) {
    const l = out[me(c)];
    l.push([c.score, other(c)]);
    if (l.length > 4) {
      l.sort((x, y) => y[0] - x[0]);
      l.length = 4;
    }
  }
  return out;
}

/** Best score among a sentence's partners other than `partner` and its neighbours. */
function competitor(top: Array<[number, number]>, partner: number): number {
  let best = -Infinity;
  for (const [score, k] of top) if (Math.abs(k - partner) > 1 && score > best) best = score;
  return best;
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
  const cparams: ModelParams = modelParams(params, {
    fam: { ...params.fam, num: params.fam.num * cp.numBoost },
    numMiss: params.numMiss * cp.numMissFactor,
  });
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
  const all = candidates(prep, usedA, usedB, scorer);
  report(0.6);
  // The best competitor of each pair: the best other partner of either sentence, ignoring the
  // partner's immediate neighbours (they may be the other half of a split sentence).
  const topA = topPartners(all, N, (c) => c.i, (c) => c.j);
  const topB = topPartners(all, M, (c) => c.j, (c) => c.i);
  const bestA = new Float64Array(N).fill(-Infinity);
  const bestB = new Float64Array(M).fill(-Infinity);
  const eligible: Array<Cand & { margin: number }> = [];
  for (const c of all) {
    if (c.score > bestA[c.i]) bestA[c.i] = c.score;
    if (c.score > bestB[c.j]) bestB[c.j] = c.score;
    if (c.score < cp.minShared || c.cover < cp.minCover) continue;
    const comp = Math.max(competitor(topA[c.i], c.j), competitor(topB[c.j], c.i));
    const margin = c.score - Math.max(0, comp);
    if (margin >= cp.minMargin) eligible.push({ ...c, margin });
  }
  eligible.sort((x, y) => y.score - x.score);
  const links: Array<{ a: number[]; b: number[]; score: number }> = [];
  for (const c of eligible) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    links.push({ a: [c.i], b: [c.j], score: Math.min(c.margin, c.score) });
  }
  // A sentence split in two on the other side: an unlinked neighbour joins a link when it adds
  // strong evidence of its own to the bead (beyond what its partner already shares) and has no
  // better partner elsewhere.
  const parts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  const sharedOf = (a: number[], b: number[]): number => {
    scorer.score(a[a.length - 1] + 1, b[b.length - 1] + 1, a.length, b.length, parts);
    return parts.shared;
  };
  for (const l of links) {
    for (const side of ['a', 'b'] as const) {
      if (l.a.length + l.b.length > 2) break;
      const mine = l[side];
      const n = side === 'a' ? N : M;
      const used = side === 'a' ? usedA : usedB;
      const best = side === 'a' ? bestA : bestB;
      const base = sharedOf(l.a, l.b);
      for (const nb of [mine[0] - 1, mine[0] + 1]) {
        if (nb < 0 || nb >= n || used[nb]) continue;
        const joined = nb < mine[0] ? [nb, ...mine] : [...mine, nb];
        const gain = side === 'a' ? sharedOf(joined, l.b) - base : sharedOf(l.a, joined) - base;
        if (gain >= cp.minShared && gain >= best[nb] - cp.minMargin) {
          used[nb] = 1;
          l[side] = joined;
          break;
        }
      }
    }
  }
  const sigmoid = (z: number): number => Math.round((1 / (1 + Math.exp(-z))) * 1e4) / 1e4;
  // A link is as sure as its margin over the best competitor; an unlinked sentence as sure as its
  // best candidate is weak.
  for (const l of links) out.push({ a: l.a, b: l.b, score: sigmoid(cp.slope * (l.score - cp.minMargin)) });
  const lone = (best: number): number => sigmoid(cp.slope * (cp.minShared + 2 - Math.max(0, best)));
  for (let i = 0; i < N; i++) if (!usedA[i]) out.push({ a: [i], b: [], score: lone(bestA[i]) });
  for (let j = 0; j < M; j++) if (!usedB[j]) out.push({ a: [], b: [j], score: lone(bestB[j]) });
  out.sort(
    (x, y) =>
      (x.a.length ? x.a[0] : Infinity) - (y.a.length ? y.a[0] : Infinity) ||
      (x.b.length ? x.b[0] : Infinity) - (y.b.length ? y.b[0] : Infinity),
  );
  report(1);
  return { beads: out, mode: 'comparable' };
}

/** Evidence score of one A sentence against one B sentence (no order, weak length term). */
function pairScore(scorer: Scorer, i: number, j: number, parts: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 }): number {
  scorer.score(i + 1, j + 1, 1, 1, parts);
  return parts.shared - scorer.p.numMiss * parts.numMiss + 0.25 * logTail(parts.delta);
}

/** Sentence pairs sharing at least one fairly rare feature, scored. */
export function candidates(prep: Prepared, usedA: Uint8Array, usedB: Uint8Array, scorer: Scorer): Cand[] {
  const { A, space } = prep;
  const size = space.size;
  const weight = space.weight;
  // The A sentences holding each fairly rare feature, in order: at[start[f] .. start[f+1]).
  const start = new Int32Array(size + 1);
  for (let i = 0; i < A.n; i++) {
    if (usedA[i]) continue;
    for (let k = A.fStart[i]; k < A.fStart[i + 1]; k++) if (!(weight[A.fIds[k]] < 1)) start[A.fIds[k] + 1]++;
  }
  for (let f = 0; f < size; f++) start[f + 1] += start[f];
  const fill = start.slice(0, size);
  const at = new Int32Array(start[size]);
  for (let i = 0; i < A.n; i++) {
    if (usedA[i]) continue;
    for (let k = A.fStart[i]; k < A.fStart[i + 1]; k++) if (!(weight[A.fIds[k]] < 1)) at[fill[A.fIds[k]]++] = i;
  }
  return scoreCandidates(prep, usedB, scorer, start, at);
}

/** Scores each pair of a B sentence and an A sentence listed under one of its features (at most 50 there), once, in order of B sentence and first sight. */
function scoreCandidates(prep: Prepared, usedB: Uint8Array, scorer: Scorer, start: Int32Array, at: Int32Array): Cand[] {
  const { A, B, space } = prep;
  // seen[i] = j: the pair (i, j) is scored already.
  const seen = new Int32Array(A.n).fill(-1);
  const out: Cand[] = [];
  const parts: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  const selfA = selfWeights(A, space.weight);
  const selfB = selfWeights(B, space.weight);
  for (let j = 0; j < B.n; j++) {
    if (usedB[j]) continue;
    for (let k = B.fStart[j]; k < B.fStart[j + 1]; k++) {
      const f = B.fIds[k];
      const l0 = start[f];
      const l1 = start[f + 1];
      if (l0 === l1 || l1 - l0 > 50) continue;
      for (let m = l0; m < l1; m++) {
        const i = at[m];
        if (seen[i] === j) continue;
        seen[i] = j;
        const s = pairScore(scorer, i, j, parts);
        const cover = parts.shared / Math.max(1e-9, Math.min(selfA[i], selfB[j]));
        out.push({ i, j, score: s, cover });
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
