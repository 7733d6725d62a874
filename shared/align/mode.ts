/**
 * Which mode fits a pair of versions: a translation (or a lightly edited copy) says the same
 * things in the same order — `parallel`; two articles on the same story (republications
 * rewritten by another desk) share facts in a different order and leave much unshared —
 * `comparable`. The evidence: sentence pairs that are each other's best partner by shared rare
 * features (names, numbers, words, lexicon pairs; the comparable mode's candidate scores), how
 * many there are, and how much of them keeps one order (longest increasing run).
 */
import { candidates } from './comparable';
import { prepare, prepareSample, type Prepared } from './engine';
import { DEFAULT_PARAMS } from './params';
import { Scorer } from './scorer';
import type { AlignMode, AlignOptions, AlignSide } from './types';

export interface ModeEvidence {
  /** The mode that fits the pair. */
  mode: AlignMode;
  /** Sentence pairs that are each other's best partner with fair evidence. */
  pairs: number;
  /** pairs / the smaller side's sentence count (0..1). */
  coverage: number;
  /** Share of those pairs that keep one order on both sides (0..1; 1 for a translation). */
  order: number;
}

/** Thresholds, chosen on our own fixtures (tests/fixtures/align/mode) and the id–en dev stories. */
export const MODE_PARAMS = {
  /** Least candidate score (shared evidence) for a pair to count. */
  minScore: 3,
  /** Least lead of a pair over the runner-up partner of either sentence. */
  minMargin: 2,
  /** Least share of pairs in one order for a translation. */
  minOrder: 0.8,
  /** Least coverage (pairs per sentence of the smaller side) for a translation. */
  minCoverage: 0.05,
  /** Least pairs for a translation. */
  minPairs: 2,
  /** Sides shorter than this (sentences) are too little evidence: keep the default (parallel). */
  minSentences: 6,
  /** Only the first sentences of each side are read (enough to tell, and fast on books). */
  maxSentences: 200,
};

/**
 * Tells a translation from two articles on the same story (see the module comment).
 * `prepared`, when given, is `prepare(a, b, opts)` of these very sides with the default
 * parameters, not yet changed by an alignment pass: it is used instead of reading both sides
 * again when no side is cut to `maxSentences`, and so is its sample of the first sentences
 * (`prepareSample`) when one is (the evidence is the same).
 */
export function suggestMode(a: AlignSide, b: AlignSide, opts: AlignOptions = {}, mp = MODE_PARAMS, prepared?: Prepared): ModeEvidence {
  const cut = (s: AlignSide): AlignSide =>
    s.sentences.length <= mp.maxSentences
      ? s
      : {
          ...s,
          sentences: s.sentences.slice(0, mp.maxSentences),
          paragraphs: s.paragraphs?.slice(0, mp.maxSentences),
          numbers: s.numbers?.slice(0, mp.maxSentences),
        };
  const A = cut(a);
  const B = cut(b);
  const N = A.sentences.length;
  const M = B.sentences.length;
  if (N === 0 || M === 0) return { mode: 'parallel', pairs: 0, coverage: 0, order: 1 };
  const own = prepared !== undefined && prepared.params === DEFAULT_PARAMS ? prepared : undefined;
  const reuse = own !== undefined && A === a && B === b && own.A.n === N && own.B.n === M;
  const prep = (reuse ? own : own && prepareSample(own, A, B, opts)) || prepare(A, B, { ...opts, locked: undefined, onProgress: undefined });
  const scorer = new Scorer(prep.A, prep.B, prep.space, prep.params, prep.len);
  const all = candidates(prep, new Uint8Array(N), new Uint8Array(M), scorer);
  const bestA = new Int32Array(N).fill(-1);
  const bestB = new Int32Array(M).fill(-1);
  const scoreA = new Float64Array(N).fill(-Infinity);
  const scoreB = new Float64Array(M).fill(-Infinity);
  const secondA = new Float64Array(N).fill(-Infinity);
  const secondB = new Float64Array(M).fill(-Infinity);
  for (const c of all) {
    if (c.score > scoreA[c.i]) {
      secondA[c.i] = scoreA[c.i];
      scoreA[c.i] = c.score;
      bestA[c.i] = c.j;
    } else if (c.score > secondA[c.i]) secondA[c.i] = c.score;
    if (c.score > scoreB[c.j]) {
      secondB[c.j] = scoreB[c.j];
      scoreB[c.j] = c.score;
      bestB[c.j] = c.i;
    } else if (c.score > secondB[c.j]) secondB[c.j] = c.score;
  }
  // Pairs that are each other's best partner, clearly ahead of the runner-up on both sides.
  const js: number[] = [];
  for (let i = 0; i < N; i++) {
    const j = bestA[i];
    if (j < 0 || bestB[j] !== i || scoreA[i] < mp.minScore) continue;
    if (scoreA[i] - Math.max(0, secondA[i], secondB[j]) < mp.minMargin) continue;
    js.push(j);
  }
  const pairs = js.length;
  const coverage = pairs / Math.min(N, M);
  const order = pairs ? longestIncreasing(js) / pairs : 1;
  const parallel = Math.min(N, M) < mp.minSentences || (pairs >= mp.minPairs && coverage >= mp.minCoverage && order >= mp.minOrder);
  return { mode: parallel ? 'parallel' : 'comparable', pairs, coverage, order };
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(xs: number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
