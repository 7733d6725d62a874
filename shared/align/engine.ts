/**
 * The parallel-mode aligner: preparation of both sides, two DP passes (the second with the
 * length model re-estimated and a lexicon induced from the first), locked beads, progress and
 * confidence. `index.ts` documents the model and exposes the public API.
 */
import { bandAround, edgeStretches, findAnchors, pathToG, roughPath, type Range } from './band';
import { beadConfidence, type ConfidenceInput } from './calibrate';
import { runDp, type PathBead, type Tick } from './dp';
import { AlignCancelled, AlignInputError } from './errors';
import { addNewerWordFeatures, buildSide, emptyRepeats, FeatureSpace, paragraphStarts, glossTokens, guessLang, PUNCT_CLASSES, restoreLists, sideLists, sortSmall, weigh, type LexRole, type SideData, type SideSample } from './features';
import { induceLexicon } from './induce';
import { missCosts } from './preserve';
import { withDocumentPrior } from './docprior';
import { DEFAULT_PARAMS, type ModelParams } from './params';
import { Scorer, type BeadParts, type LengthModel } from './scorer';
import type { AlignOptions, AlignSide, Alignment, Bead } from './types';

/** Everything the aligner prepared for one pair of sides (shared by both modes). */
export interface Prepared {
  A: SideData;
  B: SideData;
  space: FeatureSpace;
  params: ModelParams;
  len: LengthModel;
  /** The sides' parts in the bilingual lexicon. */
  roles: [LexRole, LexRole];
}

/** Decides which side (if any) is the lexicon's source and which its target. */
function lexRoles(a: AlignSide, b: AlignSide, opts: AlignOptions): [LexRole, LexRole] {
  const lex = opts.lexicon;
  if (!lex || opts.useLexicon === false) return ['none', 'none'];
  const la = String(a.lang ?? guessLang(a.sentences) ?? '').toLowerCase();
  const lb = String(b.lang ?? guessLang(b.sentences) ?? '').toLowerCase();
  if (la === lex.from && lb === lex.to) return ['source', 'target'];
  if (la === lex.to && lb === lex.from) return ['target', 'source'];
  return ['none', 'none'];
}

/** Reads both sides into features and sets the initial weights and length model. */
export function prepare(
  a: AlignSide,
  b: AlignSide,
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
  clock: (stage: string) => void = () => {},
  /** Keep what `prepareSample` needs of this many first sentences of each side (0: nothing). */
  sample = 0,
): Prepared {
  const space = new FeatureSpace();
  const [ra, rb] = lexRoles(a, b, opts);
  const gloss = opts.glossary ?? [];
  const A = buildSide(a, space, { lexicon: opts.lexicon, lexRole: ra, glossary: gloss.map((g) => glossTokens(g[0])), prefixLen: 4, sample });
  clock('read A');
  const B = buildSide(b, space, { lexicon: opts.lexicon, lexRole: rb, glossary: gloss.map((g) => glossTokens(g[1])), prefixLen: 4, sample });
  clock('read B');
  weigh(space, A, B, params);
  clock('weigh');
  return { A, B, space, params, len: lengthModel(A, B, params), roles: [ra, rb] };
}

/** The initial length model: the ratio of the sides' total lengths. */
function lengthModel(A: SideData, B: SideData, params: ModelParams): LengthModel {
  const totA = A.cumLen[A.n];
  const totB = B.cumLen[B.n];
  const ratio = totA > 0 && totB > 0 ? totB / totA : 1;
  return { ratio, variance: params.lenVar };
}

/**
 * `prepare(a, b, opts, prep.params)` of sides a and b that are the first sentences of the sides
 * `prep` was prepared from (with `sample` at least their length), made from what that kept of
 * them instead of reading them again: the same feature ids, lists, weights and length model.
 * Null when it kept no sample of these lengths or the sides take other parts in the lexicon.
 * Call it before an alignment pass changes `prep`.
 */
export function prepareSample(prep: Prepared, a: AlignSide, b: AlignSide, opts: AlignOptions): Prepared | null {
  const sa = prep.A.sample;
  const sb = prep.B.sample;
  if (!sa || !sb || sa.n !== a.sentences.length || sb.n !== b.sentences.length) return null;
  const [ra, rb] = lexRoles(a, b, opts);
  if (ra !== prep.roles[0] || rb !== prep.roles[1]) return null;
  // Side A's first sentences gave the first sa.size ids, as they would alone; side B's features
  // get theirs in the order B's first sentences asked for them, after those.
  const whole = prep.space;
  const space = new FeatureSpace();
  space.fam = whole.fam.slice(0, sa.size);
  const id = new Int32Array(whole.size).fill(-1);
  for (let f = 0; f < sa.size; f++) id[f] = f;
  for (let k = 0; k < sb.asked.length; k++) {
    const f = sb.asked[k];
    if (id[f] < 0) {
      id[f] = space.fam.length;
      space.fam.push(whole.fam[f]);
    }
  }
  const A = sampleSide(prep.A, sa, a, null);
  const B = sampleSide(prep.B, sb, b, id);
  weigh(space, A, B, prep.params);
  return { A, B, space, params: prep.params, len: lengthModel(A, B, prep.params), roles: [ra, rb] };
}

/**
 * The sample of side d (first sentences of `side`, which they are) as a side of its own, its
 * features renumbered by `id` (null: kept). Its word lists are d's (for reading sides only: not
 * for a lexicon induced from them).
 */
function sampleSide(d: SideData, smp: SideSample, side: AlignSide, id: Int32Array | null): SideData {
  const n = smp.n;
  const fIds = Int32Array.from(smp.fIds);
  if (id) {
    for (let k = 0; k < fIds.length; k++) fIds[k] = id[fIds[k]];
    for (let s = 0; s < n; s++) sortSmall(fIds, smp.fStart[s], smp.fStart[s + 1]);
  }
  const paraStart = paragraphStarts(side.paragraphs, n);
  return {
    n,
    cumLen: d.cumLen.slice(0, n + 1),
    fStart: smp.fStart.slice(),
    fIds,
    nNum: d.nNum.slice(0, n),
    punct: d.punct.slice(0, (n + 1) * PUNCT_CLASSES),
    punctAny: d.punctAny.slice(0, n + 1),
    paraStart,
    marks: d.marks.slice(0, n),
    ...emptyRepeats(n),
    wStart: d.wStart.slice(0, n + 1),
    wIds: d.wIds.subarray(0, d.wStart[n]),
    words: d.words,
    wordCog: d.wordCog,
    sample: undefined,
  };
}

/** Locked beads sorted into document order, the free ranges between the two-sided ones, and the
 * sentences that one-sided locked beads force to stay unaligned. */
export interface LockedPlan {
  /** items[k] is a free range (index into ranges) or a two-sided locked bead, in document order. */
  items: Array<{ range: number } | { bead: Bead }>;
  ranges: Range[];
  /** One-sided locked beads, keyed by their first sentence ('a3', 'b7'). */
  oneSided: Map<string, Bead>;
  forcedA: Uint8Array;
  forcedB: Uint8Array;
}

/** Validates locked beads (indices in range, contiguous, no overlap, no crossing) and plans the gaps. */
export function planLocked(locked: Bead[] | undefined, N: number, M: number): LockedPlan {
  const beads = (locked ?? []).filter((bd) => bd.a.length + bd.b.length > 0);
  const usedA = new Uint8Array(N);
  const usedB = new Uint8Array(M);
  for (const bd of beads) {
    for (const [idx, n, side, used] of [
      [bd.a, N, 'a', usedA],
      [bd.b, M, 'b', usedB],
    ] as Array<[number[], number, string, Uint8Array]>) {
      for (let k = 0; k < idx.length; k++) {
        const x = idx[k];
        if (!Number.isInteger(x) || x < 0 || x >= n) {
          throw new AlignInputError(`locked bead index ${x} out of range on side ${side}`, 'align.lockedOutOfRange', { side, index: x });
        }
        if (k > 0 && x !== idx[k - 1] + 1) {
          throw new AlignInputError(`locked bead on side ${side} is not contiguous`, 'align.lockedNotContiguous', { side, index: x });
        }
        if (used[x]) throw new AlignInputError(`locked beads overlap at ${side}${x}`, 'align.lockedOverlap', { side, index: x });
        used[x] = 1;
      }
    }
  }
  const twoSided = beads.filter((bd) => bd.a.length > 0 && bd.b.length > 0).sort((x, y) => x.a[0] - y.a[0]);
  const items: LockedPlan['items'] = [];
  const ranges: Range[] = [];
  let ci = 0;
  let cj = 0;
  for (const bd of twoSided) {
    if (bd.b[0] < cj) throw new AlignInputError('locked beads cross', 'align.lockedCross', { a: bd.a[0], b: bd.b[0] });
    items.push({ range: ranges.length });
    ranges.push({ i0: ci, i1: bd.a[0], j0: cj, j1: bd.b[0] });
    items.push({ bead: bd });
    ci = bd.a[bd.a.length - 1] + 1;
    cj = bd.b[bd.b.length - 1] + 1;
  }
  items.push({ range: ranges.length });
  ranges.push({ i0: ci, i1: N, j0: cj, j1: M });
  const oneSided = new Map<string, Bead>();
  const forcedA = new Uint8Array(N);
  const forcedB = new Uint8Array(M);
  for (const bd of beads) {
    if (bd.a.length > 0 && bd.b.length > 0) continue;
    if (bd.a.length) {
      oneSided.set(`a${bd.a[0]}`, bd);
      for (const x of bd.a) forcedA[x] = 1;
    } else {
      oneSided.set(`b${bd.b[0]}`, bd);
      for (const x of bd.b) forcedB[x] = 1;
    }
  }
  return { items, ranges, oneSided, forcedA, forcedB };
}

interface RangeResult {
  range: Range;
  beads: PathBead[];
  nodes: Array<[number, number]>;
}

/**
 * Half-length (path nodes) of the stretch realigned in a wider band around a node where the
 * path met the band's edge: the path is free to move this far either side of it.
 */
const EDGE_MARGIN = 256;

/**
 * Aligns one free range: rough path → band → DP; where the path meets the band's edge, the
 * stretch of EDGE_MARGIN path nodes either side of it is aligned again in a band twice as wide
 * (the whole range when the stretch covers it), up to twice.
 */
function alignRange(scorer: Scorer, prep: Prepared, r: Range, g0: Float64Array | null, W: number, tick: Tick, round = 0): RangeResult {
  const N = r.i1 - r.i0;
  const M = r.j1 - r.j0;
  if (N === 0 || M === 0) {
    const beads: PathBead[] = [];
    for (let i = r.i0; i < r.i1; i++) beads.push({ i0: i, i1: i + 1, j0: r.j0, j1: r.j0, posterior: 1 });
    for (let j = r.j0; j < r.j1; j++) beads.push({ i0: r.i0, i1: r.i0, j0: j, j1: j + 1, posterior: 1 });
    return { range: r, beads, nodes: [] };
  }
  let g = g0;
  if (!g) {
    const anchors = findAnchors(prep.space, prep.A, prep.B, r, 1.5);
    g = roughPath(prep.A, prep.B, r, anchors);
  }
  const band = bandAround(g, N, M, W);
  const res = runDp(scorer, band, r, prep.params.temperature, tick);
  const done: RangeResult = { range: r, beads: res.beads, nodes: res.nodes };
  if (W >= Math.max(N, M) || round >= 2 || W >= 32) return done;
  const stretches = edgeStretches(band, res.nodes, EDGE_MARGIN);
  if (stretches.length === 0) return done;
  const last = res.nodes.length - 1;
  if (stretches[0][0] === 0 && stretches[0][1] === last) return alignRange(scorer, prep, r, pathToG(res.nodes, N), 2 * W, tick, round + 1);
  return realignStretches(done, stretches, (sub, g1) => alignRange(scorer, prep, sub, g1, 2 * W, () => {}, round + 1));
}

/**
 * A range's result with the beads of each stretch of path nodes ([first, last] node indices,
 * in order, not overlapping) replaced by those `redo` gives for the stretch's sub-range, given
 * the rough path through the result's own nodes there.
 */
function realignStretches(prev: RangeResult, stretches: Array<[number, number]>, redo: (sub: Range, g: Float64Array) => RangeResult): RangeResult {
  const { range: r, beads: pb, nodes: pn } = prev;
  const beads: PathBead[] = [];
  let k = 0;
  for (const [k0, k1] of stretches) {
    for (; k < k0; k++) beads.push(pb[k]);
    const sub: Range = { i0: r.i0 + pn[k0][0], i1: r.i0 + pn[k1][0], j0: r.j0 + pn[k0][1], j1: r.j0 + pn[k1][1] };
    const local: Array<[number, number]> = [];
    for (let q = k0; q <= k1; q++) local.push([pn[q][0] - pn[k0][0], pn[q][1] - pn[k0][1]]);
    for (const b of redo(sub, pathToG(local, sub.i1 - sub.i0)).beads) beads.push(b);
    k = k1;
  }
  for (; k < pb.length; k++) beads.push(pb[k]);
  const nodes: Array<[number, number]> = [[0, 0]];
  for (const b of beads) nodes.push([b.i1 - r.i0, b.j1 - r.j0]);
  return { range: r, beads, nodes };
}

/**
 * A later pass over one range that realigns only where the previous pass was unsure: its 1-1
 * beads with posterior ≥ `minPost` stay as they are, every other bead and `margin` beads either
 * side of it are realigned together (one DP per stretch, banded around the previous path). On
 * long line-parallel texts most of the path is settled by the first pass, so the second costs a
 * fraction of a full pass; a stretch that the first pass got confidently wrong stays wrong, which
 * is what the confidence already says of it.
 */
function realignUnsure(scorer: Scorer, prep: Prepared, r: Range, prev: RangeResult, W: number, tick: Tick, minPost: number, margin: number): RangeResult {
  const pb = prev.beads;
  const n = pb.length;
  const redo = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const b = pb[k];
    if (b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1 && b.posterior >= minPost) continue;
    for (let q = Math.max(0, k - margin); q <= Math.min(n - 1, k + margin); q++) redo[q] = 1;
  }
  let todo = 0;
  for (let k = 0; k < n; k++) todo += redo[k];
  const beads: PathBead[] = [];
  let done = 0;
  for (let k = 0; k < n; ) {
    if (!redo[k]) {
      beads.push(pb[k++]);
      continue;
    }
    let m = k;
    while (m < n && redo[m]) m++;
    const sub: Range = { i0: pb[k].i0, i1: pb[m - 1].i1, j0: pb[k].j0, j1: pb[m - 1].j1 };
    const nodes: Array<[number, number]> = [[0, 0]];
    for (let q = k; q < m; q++) nodes.push([pb[q].i1 - sub.i0, pb[q].j1 - sub.j0]);
    const base = done / Math.max(1, todo);
    const span = (m - k) / Math.max(1, todo);
    const res = alignRange(scorer, prep, sub, pathToG(nodes, sub.i1 - sub.i0), W, (f) => tick(base + span * f));
    for (const b of res.beads) beads.push(b);
    done += m - k;
    k = m;
  }
  const nodes: Array<[number, number]> = [[0, 0]];
  for (const b of beads) nodes.push([b.i1 - r.i0, b.j1 - r.j0]);
  tick(1);
  return { range: r, beads, nodes };
}

/** Length model from the confident 1-1 beads of a pass (robust: median-based variance). */
function estimateLength(prep: Prepared, beads: PathBead[], minPost: number): LengthModel {
  const { A, B } = prep;
  let sa = 0;
  let sb = 0;
  // The lengths of the chosen beads, the first n entries of pickA and pickB.
  const pickA = new Float64Array(beads.length);
  const pickB = new Float64Array(beads.length);
  let n = 0;
  for (const bd of beads) {
    if (bd.i1 - bd.i0 !== 1 || bd.j1 - bd.j0 !== 1 || bd.posterior < minPost) continue;
    const la = A.cumLen[bd.i1] - A.cumLen[bd.i0];
    const lb = B.cumLen[bd.j1] - B.cumLen[bd.j0];
    if (la <= 0 || lb <= 0) continue;
    sa += la;
    sb += lb;
    pickA[n] = la;
    pickB[n++] = lb;
  }
  if (n < 10) return prep.len;
  const ratio = sb / sa;
  const r2 = new Float64Array(n);
  for (let k = 0; k < n; k++) r2[k] = (pickB[k] - ratio * pickA[k]) ** 2 / ((ratio * pickA[k] + pickB[k]) / 2);
  r2.sort();
  const med = r2[Math.floor(r2.length / 2)];
  const variance = Math.min(50, Math.max(1, med / 0.455));
  return { ratio, variance };
}

/** Adds the induced lexicon's features to both sides and re-weighs (the sides' lists as `weigh` left them). */
function applyInduced(prep: Prepared, pairs: Array<[number, number]>): void {
  if (pairs.length === 0) return;
  const { A, B, space } = prep;
  const ids = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) ids[k] = space.intern(`i${pairs[k][0]}:${pairs[k][1]}`);
  // Per word, its induced features in pair order (CSR lists).
  const byWord = (nWords: number, side: 0 | 1): { start: Int32Array; feats: Int32Array } => {
    const start = new Int32Array(nWords + 1);
    for (const p of pairs) start[p[side] + 1]++;
    for (let w = 0; w < nWords; w++) start[w + 1] += start[w];
    const fill = start.slice(0, nWords);
    const feats = new Int32Array(pairs.length);
    for (let k = 0; k < pairs.length; k++) feats[fill[pairs[k][side]]++] = ids[k];
    return { start, feats };
  };
  const a = byWord(A.words.length, 0);
  const b = byWord(B.words.length, 1);
  addNewerWordFeatures(space, A, B, prep.params, { start: a.start, ids: a.feats }, { start: b.start, ids: b.feats });
}

/** What holds a free bead's place in the output until its confidence is known. */
const SLOT: Bead = { a: [], b: [], score: 0 };

/** Options of the parallel aligner beyond the public ones (for evaluation and tuning). */
export interface EngineOptions {
  params?: ModelParams;
  /** Skip the second pass (induced lexicon, re-estimated lengths). */
  onePass?: boolean;
  /** Called with every output bead's confidence inputs (for calibration). */
  onBead?: (bead: Bead, x: ConfidenceInput) => void;
  /** Confidence coefficients to use instead of the fitted ones. */
  coef?: number[];
  /**
   * Called with the prepared sides before the first pass changes them (read only: e.g. the mode
   * suggestion, which then need not read both sides again).
   */
  onPrepared?: (prep: Prepared) => void;
  /** With onPrepared: the prepared sides keep a sample of this many first sentences (see `prepareSample`). */
  sample?: number;
}

/** Parallel-mode alignment (see `align` in index.ts). */
export function alignParallel(a: AlignSide, b: AlignSide, opts: AlignOptions = {}, eo: EngineOptions = {}): Alignment {
  const params = eo.params ?? DEFAULT_PARAMS;
  const N = a.sentences.length;
  const M = b.sentences.length;
  const plan = planLocked(opts.locked, N, M);
  const { ranges } = plan;
  let lastReported = -1;
  const report = (f: number): void => {
    if (!opts.onProgress) return;
    if (f < 1 && f - lastReported < 0.01) return;
    lastReported = f;
    if (opts.onProgress(Math.min(1, Math.max(0, f))) === false) throw new AlignCancelled();
  };
  report(0);
  const clock = stageClock(opts.stageTimes, opts.stageClock);
  const prep = prepare(a, b, opts, params, clock, eo.onPrepared ? (eo.sample ?? 0) : 0);
  if (eo.onPrepared) {
    eo.onPrepared(prep);
    clock('mode');
  }
  const forced = { A: plan.forcedA, B: plan.forcedB };
  const weightOf = (r: Range): number => r.i1 - r.i0 + (r.j1 - r.j0) + 1;
  const totalWeight = ranges.reduce((sum, r) => sum + weightOf(r), 0);
  const runPass = (scorer: Scorer, from: number, to: number, prev: RangeResult[] | null, W: number): RangeResult[] => {
    const out: RangeResult[] = [];
    let done = 0;
    ranges.forEach((r, k) => {
      const base = from + ((to - from) * done) / totalWeight;
      const span = ((to - from) * weightOf(r)) / totalWeight;
      const tick = (f: number): void => report(base + span * Math.min(1, f));
      const prevNodes = prev?.[k].nodes;
      if (prev && prevNodes && prevNodes.length && params.refocusPosterior < 1) {
        out.push(realignUnsure(scorer, prep, r, prev[k], W, tick, params.refocusPosterior, params.refocusMargin));
      } else {
        const g0 = prevNodes && prevNodes.length ? pathToG(prevNodes, r.i1 - r.i0) : null;
        out.push(alignRange(scorer, prep, r, g0, W, tick));
      }
      done += weightOf(r);
    });
    return out;
  };
  let scorer = new Scorer(prep.A, prep.B, prep.space, params, prep.len, forced);
  const twoPass = !eo.onePass && N > 0 && M > 0;
  let results = runPass(scorer, 0.02, twoPass ? 0.45 : 0.95, null, params.band);
  clock('pass1');
  if (twoPass) {
    // Features before any induced lexicon, so each realignment starts from them (kept only when
    // there is more than one: they are the lists as they are before the first).
    const extra = Math.max(1, params.passes - 1);
    const base = extra > 1 ? { A: sideLists(prep.A), B: sideLists(prep.B) } : null;
    for (let pass = 0; pass < extra; pass++) {
      const all = results.flatMap((x) => x.beads);
      prep.len = estimateLength(prep, all, params.confidentPosterior);
      const confident = all.filter((bd) => bd.posterior >= params.confidentPosterior && bd.i1 > bd.i0 && bd.j1 > bd.j0);
      clock('estimate');
      const pairs = induceLexicon(prep.A, prep.B, confident, {
        minCount: params.induceMinCount,
        minDice: params.induceMinDice,
        maxPerWord: params.induceMaxPerWord,
        maxBeads: 5000,
      });
      clock('induce');
      if (base) {
        restoreLists(prep.A, base.A);
        restoreLists(prep.B, base.B);
      }
      if (pairs.length) applyInduced(prep, pairs);
      else weigh(prep.space, prep.A, prep.B, params);
      clock('reweigh');
      const from = 0.5 + (0.45 * pass) / extra;
      report(from);
      const pairs11 = confident.filter((bd) => bd.i1 - bd.i0 === 1 && bd.j1 - bd.j0 === 1).map((bd) => ({ i: bd.i0, j: bd.j0 }));
      const miss = params.missGamma > 0 ? missCosts(prep.space, prep.A, prep.B, pairs11, params.missGamma, params.missRhoMax) : undefined;
      clock('miss');
      scorer = new Scorer(prep.A, prep.B, prep.space, withDocumentPrior(params, all), prep.len, forced, miss);
      clock('scorer');
      results = runPass(scorer, from, from + 0.45 / extra, results, params.band2);
      clock('pass2');
    }
  }
  // Confidence, then assembly in document order with the locked beads put back. The inputs of
  // the free beads' confidence are kept in typed arrays (k-th free bead at index k), and each
  // bead object is made once with its score.
  const out: Bead[] = [];
  const parts: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  let free = 0;
  for (const item of plan.items) if ('range' in item) free += results[item.range].beads.length;
  const fBead = new Array<PathBead>(free);
  const fShared = new Float64Array(free);
  const fDelta = new Float64Array(free);
  const fAt = new Int32Array(free);
  let nf = 0;
  for (const item of plan.items) {
    if ('bead' in item) {
      out.push({ ...item.bead, a: [...item.bead.a], b: [...item.bead.b], locked: true });
      continue;
    }
    for (const pb of results[item.range].beads) {
      const na = pb.i1 - pb.i0;
      const nb = pb.j1 - pb.j0;
      if (na === 0 || nb === 0) {
        const key = na ? `a${pb.i0}` : `b${pb.j0}`;
        const lockedBead = plan.oneSided.get(key);
        if (lockedBead) {
          out.push({ ...lockedBead, a: [...lockedBead.a], b: [...lockedBead.b], locked: true });
          continue;
        }
        if (na ? plan.forcedA[pb.i0] : plan.forcedB[pb.j0]) continue; // rest of a locked one-sided bead
      }
      if (na > 0 && nb > 0) {
        scorer.sharedAndDelta(pb.i1, pb.j1, na, nb, parts);
        fShared[nf] = parts.shared;
        fDelta[nf] = Math.abs(parts.delta);
      }
      fBead[nf] = pb;
      fAt[nf++] = out.length;
      out.push(SLOT); // the bead's place, filled below
    }
  }
  const density = beadDensity(fBead, fShared, nf);
  for (let k = 0; k < nf; k++) {
    const pb = fBead[k];
    const na = pb.i1 - pb.i0;
    const nb = pb.j1 - pb.j0;
    const score = N === 0 || M === 0 ? 1 : beadConfidence(pb.posterior, fShared[k], fDelta[k], na, nb, density[k], eo.coef);
    const bead: Bead = { a: seq(pb.i0, pb.i1), b: seq(pb.j0, pb.j1), score };
    out[fAt[k]] = bead;
    eo.onBead?.(bead, { posterior: pb.posterior, shared: fShared[k], absDelta: fDelta[k], na, nb, density: density[k] });
  }
  clock('confidence');
  report(1);
  return { beads: out, mode: 'parallel' };
}

/** A stage timer: each call adds the milliseconds since the previous one to times[name]. */
export function stageClock(times: Record<string, number> | undefined, now_: () => number = () => performance.now()): (name: string) => void {
  if (!times) return () => {};
  let last = now_();
  return (name) => {
    const now = now_();
    times[name] = (times[name] ?? 0) + (now - last);
    last = now;
  };
}

/**
 * Of each of the first n beads, the share of two-sided beads within ±5 (two-sided) beads that
 * share evidence (shared[k] ≥ 1).
 */
function beadDensity(beads: PathBead[], shared: Float64Array, n: number): Float64Array {
  const two = new Int32Array(n);
  let nTwo = 0;
  for (let k = 0; k < n; k++) if (beads[k].i1 > beads[k].i0 && beads[k].j1 > beads[k].j0) two[nTwo++] = k;
  const pre = new Float64Array(nTwo + 1);
  for (let t = 0; t < nTwo; t++) pre[t + 1] = pre[t] + (shared[two[t]] >= 1 ? 1 : 0);
  const out = new Float64Array(n);
  const R = 5;
  let t = 0;
  for (let k = 0; k < n; k++) {
    // t = index of the first two-sided bead at or after bead k
    const isTwo = beads[k].i1 > beads[k].i0 && beads[k].j1 > beads[k].j0;
    const lo = Math.max(0, t - R);
    const hi = Math.min(nTwo, t + R + (isTwo ? 1 : 0));
    out[k] = hi > lo ? (pre[hi] - pre[lo]) / (hi - lo) : 0;
    if (isTwo) t++;
  }
  return out;
}

/** The indices from..to − 1 (an array of exactly that length: most beads hold one sentence a side). */
function seq(from: number, to: number): number[] {
  if (to - from === 1) return [from];
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
