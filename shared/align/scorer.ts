/**
 * The bead score: log prior of the bead type + Gale–Church length log-probability + shared
 * evidence − unmatched evidence (see the model comment in index.ts). Pair overlaps of single
 * sentences are cached in the band; a bead's overlap is the exact overlap of the unions of its
 * sentences: the sum of its pair overlaps minus what features held by two or three sentences of
 * a span counted more than once (inclusion–exclusion over the neighbour-repeat lists).
 */
import type { Band } from './band';
import { END_MASK, NOISE, PUNCT_CLASSES, type FeatureSpace, type SideData } from './features';
import { BEAD_TYPES, type ModelParams } from './params';

/** Length model: B length ≈ ratio × A length, variance per character `variance`. */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/** The parts of one bead's score, for confidence and statistics. */
export interface BeadParts {
  total: number;
  /** Gale–Church δ (standardised length difference). */
  delta: number;
  /** Weight of shared features. */
  shared: number;
  /** Numbers on one side only. */
  numMiss: number;
  /** Numbers on both sides. */
  numShared: number;
}

const SQRT1_2 = Math.SQRT1_2;
const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);

/** log P(|Z| ≥ x) for a standard normal Z: log erfc(x / √2), accurate in the far tail. */
export function logTail(x: number): number {
  const z = Math.abs(x) * SQRT1_2;
  if (z < 3) {
    // Abramowitz & Stegun 7.1.26
    const t = 1 / (1 + 0.3275911 * z);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return Math.log(poly) - z * z;
  }
  const z2 = z * z;
  return -z2 - Math.log(z) - LOG_SQRT_PI + Math.log(1 - 1 / (2 * z2) + 3 / (4 * z2 * z2));
}

/**
 * Σ of a per-feature quantity over the union of the sentences of every span a bead can take on
 * one side: span1[s] for sentence s, span2[s] for s..s+1, span3[s] for s..s+2 (read from arrays,
 * so the scorer's inner loop calls nothing that returns a boxed number).
 */
interface UnionSums {
  span1: Float64Array;
  span2: Float64Array;
  span3: Float64Array;
}

/** Scores beads of one pair of sides; holds the pair-overlap cache of the current band. */
export class Scorer {
  private band: Band | null = null;
  private iBase = 0;
  private jBase = 0;
  private pw = new Float32Array(0);
  private pn = new Uint8Array(0);
  /**
   * Filled on first use per band cell (s + 1, t + 1): the weight and 1 + the number count of the
   * features A-sentence s shares with s + 1 that B-sentence t holds (index 2c), and of those
   * B-sentence t shares with t + 1 that A-sentence s holds (2c + 1): `tsum` of the rep1 lists,
   * which the merged beads ending near a cell ask for several times. A count of 0 means not
   * computed yet, so the arrays start zeroed and need no filling.
   */
  private r1w = new Float64Array(0);
  private r1n = new Int32Array(0);
  private readonly hasPara: boolean;
  /** Whether any sentence is kept by a locked one-sided bead. */
  private readonly anyForced: boolean;
  private readonly priorOf: Float64Array;
  /** Cost of a bead's side ending in each end mark (`sentenceMarks` & END_MASK; index 0: none). */
  private readonly endCost: Float64Array;
  /** Feature weights used for sharing: evidence weight plus twice the miss cost. */
  private readonly wt: Float64Array;
  /** Per-feature miss costs (null: none), for wide beads. */
  private readonly missCost: Float64Array | null;
  /** Union sums of the miss costs (null: no miss costs) and of number features. */
  private readonly miss: { A: UnionSums; B: UnionSums } | null;
  private readonly nums: { A: UnionSums; B: UnionSums };
  /** Union sums of the sharing weights: the most evidence a span can share (a cheap upper bound). */
  private readonly wsum: { A: UnionSums; B: UnionSums };
  /** log(1 + length) of each sentence, for one-sided beads. */
  private readonly skipA: Float64Array;
  private readonly skipB: Float64Array;
  /**
   * Score of the 1-0 bead of each A-sentence (dropA[s]: the bead ending at node (s + 1, ·)) and of
   * the 0-1 bead of each B-sentence, as `evaluate` gives them (`dropScore`: they depend on that
   * sentence alone), for the DP to read instead of scoring them again in every band cell.
   */
  readonly dropA: Float64Array;
  readonly dropB: Float64Array;
  /**
   * Scratch outputs of `pair`, `spanShared` and `tsum`. The fields that hold fractions start as
   * NaN (not yet computed), a double: a field that starts as a small integer and later takes a
   * fraction changes the object's hidden class, and V8 throws away the optimized code of every
   * method that has seen the old one.
   */
  private pairW = NaN;
  private pairN = 0;
  private shW = NaN;
  private shN = 0;
  /** The result of `evaluate` (a field, so the DP's hot loop allocates no boxed number). */
  val = NaN;
  /**
   * Whether `val` of the last `evaluate` is the exact score (false: an upper bound below `floor`
   * was returned instead).
   */
  exact = true;

  constructor(
    readonly A: SideData,
    readonly B: SideData,
    readonly space: FeatureSpace,
    readonly p: ModelParams,
    public len: LengthModel,
    /** Sentences that locked one-sided beads keep unaligned (only 1-0 / 0-1 beads may take them). */
    private readonly forced?: { A: Uint8Array; B: Uint8Array },
    /** Per-feature cost of leaving the feature unmatched in a two-sided bead (see preserve.ts). */
    miss?: Float64Array,
  ) {
    this.hasPara = A.paraStart !== null && B.paraStart !== null;
    this.anyForced = !!forced && (forced.A.includes(1) || forced.B.includes(1));
    this.priorOf = new Float64Array(16).fill(-Infinity);
    BEAD_TYPES.forEach(([da, db], t) => (this.priorOf[da * 4 + db] = p.prior[t]));
    this.endCost = Float64Array.of(0, p.endColon, p.endSemi, p.endOpen);
    this.missCost = miss ?? null;
    if (miss) {
      this.wt = new Float64Array(space.size);
      for (let f = 0; f < space.size; f++) this.wt[f] = space.weight[f] + 2 * (miss[f] ?? 0);
      this.miss = { A: unionSums(A, miss), B: unionSums(B, miss) };
    } else {
      this.wt = space.weight;
      this.miss = null;
    }
    const isNum = Float64Array.from(space.isNum);
    this.nums = { A: unionSums(A, isNum), B: unionSums(B, isNum) };
    this.wsum = { A: unionSums(A, this.wt), B: unionSums(B, this.wt) };
    this.skipA = skipCosts(A);
    this.skipB = skipCosts(B);
    this.dropA = new Float64Array(A.n);
    this.dropB = new Float64Array(B.n);
    for (let s = 0; s < A.n; s++) this.dropA[s] = this.dropScore(s + 1, 0, 1, 0);
    for (let s = 0; s < B.n; s++) this.dropB[s] = this.dropScore(0, s + 1, 0, 1);
  }

  /** Resets the pair cache for a new band (or new feature weights) and fills it (fillBand). */
  useBand(band: Band, iBase: number, jBase: number): void {
    this.band = band;
    this.iBase = iBase;
    this.jBase = jBase;
    this.pw = new Float32Array(band.cells);
    this.pn = new Uint8Array(band.cells);
    this.r1w = new Float64Array(2 * band.cells);
    this.r1n = new Int32Array(2 * band.cells);
    this.fillBand();
  }

  /**
   * Dense per-feature marks of the current A sentence: the features of the band row being filled
   * hold `markNo` (a new number per row, so the marks of earlier rows and bands need no clearing:
   * a band of a few rows, as the later passes realign, costs no pass over every feature).
   */
  private markStamp = new Int32Array(0);
  private markNo = 0;

  /**
   * Overlap weight and shared-number count of every sentence pair of the band, one A sentence
   * (band row) at a time: its features are marked in a dense array, then each B sentence of the
   * row looks its features up there (no merging, no allocation per pair).
   */
  private fillBand(): void {
    const band = this.band as Band;
    const { lo, hi, off, N } = band;
    const A = this.A;
    const B = this.B;
    const size = this.space.size;
    if (this.markStamp.length < size || this.markNo > 0x7fffffff - N - 1) {
      this.markStamp = new Int32Array(Math.max(size, this.markStamp.length));
      this.markNo = 0;
    }
    const stamp = this.markStamp;
    const w = this.wt;
    const isNum = this.space.isNum;
    const fa = A.fIds;
    const fb = B.fIds;
    const fsB = B.fStart;
    const pw = this.pw;
    const pn = this.pn;
    const mark0 = this.markNo;
    this.markNo += N;
    for (let i = 1; i <= N; i++) {
      const a = this.iBase + i - 1;
      const mark = mark0 + i;
      for (let k = A.fStart[a]; k < A.fStart[a + 1]; k++) stamp[fa[k]] = mark;
      const j0 = Math.max(1, lo[i]);
      const base = off[i] - lo[i];
      for (let j = j0; j <= hi[i]; j++) {
        const b = this.jBase + j - 1;
        let sw = 0;
        let sn = 0;
        const ke = fsB[b + 1];
        for (let k = fsB[b]; k < ke; k++) {
          const u = fb[k];
          if (stamp[u] === mark) {
            sw += w[u];
            sn += isNum[u];
          }
        }
        pw[base + j] = sw;
        pn[base + j] = sn < 255 ? sn : 255;
      }
    }
  }

  /** Whether a band's pair cache is in use. */
  hasBand(): boolean {
    return this.band !== null;
  }

  /** Drops the cache (frees memory). */
  release(): void {
    this.band = null;
    this.pw = new Float32Array(0);
    this.pn = new Uint8Array(0);
    this.r1w = new Float64Array(0);
    this.r1n = new Int32Array(0);
  }

  /** Overlap weight and shared-number count of A-sentence a and B-sentence b (global indices). */
  private pair(a: number, b: number): void {
    const band = this.band;
    if (band) {
      const i = a + 1 - this.iBase;
      const j = b + 1 - this.jBase;
      if (i >= 1 && i <= band.N && j >= band.lo[i] && j <= band.hi[i] && j >= 1) {
        const c = band.off[i] + j - band.lo[i];
        this.pairW = this.pw[c];
        this.pairN = this.pn[c];
        return;
      }
    }
    this.computePair(a, b);
  }

  /**
   * Sum of the pair overlaps (into shW) and shared-number counts (into shN) of A-sentences
   * [ia, i) against B-sentences [jb, j), in row order, read from the band's cache where the
   * pairs lie in it.
   */
  private boxSum(ia: number, i: number, jb: number, j: number): void {
    let sw = 0;
    let sn = 0;
    const band = this.band;
    for (let a = ia; a < i; a++) {
      const r = a + 1 - this.iBase;
      const c0 = jb + 1 - this.jBase;
      const c1 = j - this.jBase;
      if (band !== null && r >= 1 && r <= band.N && c0 >= 1 && c0 >= band.lo[r] && c1 <= band.hi[r]) {
        const base = band.off[r] - band.lo[r];
        for (let c = c0; c <= c1; c++) {
          sw += this.pw[base + c];
          sn += this.pn[base + c];
        }
      } else {
        for (let b = jb; b < j; b++) {
          this.pair(a, b);
          sw += this.pairW;
          sn += this.pairN;
        }
      }
    }
    this.shW = sw;
    this.shN = sn;
  }

  private computePair(a: number, b: number): void {
    const A = this.A;
    const B = this.B;
    const fa = A.fIds;
    const fb = B.fIds;
    let x = A.fStart[a];
    const xe = A.fStart[a + 1];
    let y = B.fStart[b];
    const ye = B.fStart[b + 1];
    const w = this.wt;
    const isNum = this.space.isNum;
    let sw = 0;
    let sn = 0;
    // Each feature of A's sentence is looked up in B's sentence: signature bit first (most are
    // absent), then a galloping search forward from the last position.
    const sig0 = B.sig[2 * b];
    const sig1 = B.sig[2 * b + 1];
    for (; x < xe && y < ye; x++) {
      const u = fa[x];
      const bit = u & 63;
      if ((((bit < 32 ? sig0 : sig1) >>> (bit & 31)) & 1) === 0) continue;
      while (y < ye && fb[y] < u) y++;
      if (y < ye && fb[y] === u) {
        sw += w[u];
        sn += isNum[u];
        y++;
      }
    }
    this.pairW = sw;
    this.pairN = sn;
  }

  /**
   * Score of the bead ending at node (i, j) (global, exclusive ends) taking da A-sentences and
   * db B-sentences. When `parts` is given, fills it with the score's components. When the score
   * is sure to be below `floor`, a value below `floor` may be returned without the exact work.
   */
  score(i: number, j: number, da: number, db: number, parts?: BeadParts, floor = -Infinity): number {
    if (isWide(da, db)) return this.wideScore(i, j, da, db, parts);
    this.evaluate(i, j, da, db, parts, floor);
    return this.val;
  }

  /**
   * Score of a bead wider than the DP's types (`isWide`: 1-4, 2-3, 3-2, 4-1, …), which only the
   * widening of a path (dp.ts `widen`) proposes: the terms of `evaluate`, computed directly over
   * the unions of its sentences (a few such beads per document, so no sums are kept for them),
   * with the log prior `wideCost` per sentence past the first on each side.
   */
  private wideScore(i: number, j: number, da: number, db: number, parts?: BeadParts): number {
    const p = this.p;
    const A = this.A;
    const B = this.B;
    const ia = i - da;
    const jb = j - db;
    if (this.anyForced) {
      const f = this.forced as { A: Uint8Array; B: Uint8Array };
      for (let a = ia; a < i; a++) if (f.A[a]) return -Infinity;
      for (let b = jb; b < j; b++) if (f.B[b]) return -Infinity;
    }
    const eA = A.marks[i - 1] & END_MASK;
    const eB = B.marks[j - 1] & END_MASK;
    let s = -p.wideCost * (da + db - 2) - (eA === eB ? 0 : this.endCost[eA] + this.endCost[eB]);
    const delta = this.lengthDelta(ia, i, jb, j);
    s += p.lenWeight * logTail(delta);
    if (A.punctAny[i] - A.punctAny[ia] + B.punctAny[j] - B.punctAny[jb] > 0) {
      this.punctScore(i, ia, j, jb);
      s += this.punctVal;
    }
    if (this.hasPara) {
      const psA = A.paraStart as Uint8Array;
      const psB = B.paraStart as Uint8Array;
      for (let a = ia + 1; a < i; a++) s -= p.parCross * psA[a];
      for (let b = jb + 1; b < j; b++) s -= p.parCross * psB[b];
      if (psA[ia] && psB[jb]) s += p.parMatch;
      else if (psA[ia] !== psB[jb]) s -= p.parMismatch;
    }
    // The unions' features: what both hold is shared (sharing weights), what one holds alone is missed.
    const inA = spanSet(A, ia, i);
    const inB = spanSet(B, jb, j);
    const missOf = this.missCost;
    let shared = 0;
    let nums = 0;
    let sn = 0;
    for (const f of inA) {
      if (missOf) s -= missOf[f] ?? 0;
      nums += this.space.isNum[f];
      if (inB.has(f)) {
        shared += this.wt[f];
        sn += this.space.isNum[f];
      }
    }
    for (const f of inB) {
      if (missOf) s -= missOf[f] ?? 0;
      nums += this.space.isNum[f];
    }
    const numMiss = nums - 2 * sn;
    s += shared - p.numMiss * numMiss;
    if (parts) {
      parts.total = s;
      parts.delta = delta;
      parts.shared = missOf ? this.plainShared(ia, i, jb, j) : shared;
      parts.numMiss = numMiss;
      parts.numShared = sn;
    }
    return s;
  }

  /** As `score`, with the result left in `val`. */
  evaluate(i: number, j: number, da: number, db: number, parts?: BeadParts, floor = -Infinity): void {
    const p = this.p;
    const A = this.A;
    const B = this.B;
    this.exact = true;
    if (db === 0 || da === 0) {
      const total = this.dropScore(i, j, da, db);
      if (parts) {
        parts.total = total;
        parts.delta = 0;
        parts.shared = 0;
        parts.numMiss = da === 0 ? B.nNum[j - 1] : A.nNum[i - 1];
        parts.numShared = 0;
      }
      this.val = total;
      return;
    }
    // A side ending in ':' or ';' or inside a parenthesis costs unless the other side ends so too.
    const eA = A.marks[i - 1] & END_MASK;
    const eB = B.marks[j - 1] & END_MASK;
    const prior = this.priorOf[da * 4 + db] - (eA === eB ? 0 : this.endCost[eA] + this.endCost[eB]);
    const ia = i - da;
    const jb = j - db;
    if (this.anyForced) {
      const fA = (this.forced as { A: Uint8Array }).A;
      const fB = (this.forced as { B: Uint8Array }).B;
      for (let a = ia; a < i; a++) {
        if (fA[a]) {
          this.val = -Infinity;
          return;
        }
      }
      for (let b = jb; b < j; b++) {
        if (fB[b]) {
          this.val = -Infinity;
          return;
        }
      }
    }
    // The terms other than length and shared evidence first (cheap), so that a merged bead can
    // be dropped before its length term (≤ 0) and its evidence are computed.
    // Punctuation classes (skipped when neither span has any).
    const hasPunct = A.punctAny[i] - A.punctAny[ia] + B.punctAny[j] - B.punctAny[jb] > 0;
    let punctV = 0;
    if (hasPunct) {
      this.punctScore(i, ia, j, jb);
      punctV = this.punctVal;
    }
    // Paragraph boundaries.
    let cross = 0;
    let paraV = 0;
    let paraKind = 0;
    if (this.hasPara) {
      const psA = A.paraStart as Uint8Array;
      const psB = B.paraStart as Uint8Array;
      for (let a = ia + 1; a < i; a++) cross += psA[a];
      for (let b = jb + 1; b < j; b++) cross += psB[b];
      const sa = psA[ia];
      const sb = psB[jb];
      if (sa && sb) {
        paraV = p.parMatch;
        paraKind = 1;
      } else if (sa !== sb) {
        paraV = -p.parMismatch;
        paraKind = -1;
      }
    }
    // Evidence the bead leaves unmatched costs its miss costs (exact union sums, O(1)).
    let missV = 0;
    if (this.miss) {
      const mA = this.miss.A;
      const mB = this.miss.B;
      missV = (da === 1 ? mA.span1[ia] : da === 2 ? mA.span2[ia] : mA.span3[ia]) + (db === 1 ? mB.span1[jb] : db === 2 ? mB.span2[jb] : mB.span3[jb]);
    }
    const merged = (da > 1 || db > 1) && !parts && floor > -Infinity;
    let most = 0;
    let nums = 0;
    if (merged) {
      // Upper bound 1: the smaller side's whole evidence, no length term.
      const wA = this.wsum.A;
      const wB = this.wsum.B;
      most = Math.min(da === 1 ? wA.span1[ia] : da === 2 ? wA.span2[ia] : wA.span3[ia], db === 1 ? wB.span1[jb] : db === 2 ? wB.span2[jb] : wB.span3[jb]);
      const rest = prior + punctV - p.parCross * cross + paraV - missV;
      const cheap0 = rest + most + 1e-6;
      if (cheap0 < floor) {
        this.val = cheap0;
        this.exact = false;
        return;
      }
      // Upper bound 2: the plain sum of pair overlaps, still no length term (the length term,
      // ≤ 0, is left for the beads that pass).
      nums = this.spanNums(ia, da, jb, db);
      this.boxSum(ia, i, jb, j);
      const box = rest + this.shW - p.numMiss * Math.max(0, nums - 2 * this.shN) + 1e-6;
      if (box < floor) {
        this.val = box;
        this.exact = false;
        return;
      }
    }
    const lA = A.cumLen[i] - A.cumLen[ia];
    const lB = B.cumLen[j] - B.cumLen[jb];
    const c = this.len.ratio;
    const denom = Math.sqrt(this.len.variance * (c * lA + lB) * 0.5 + 1);
    const delta = (lB - c * lA) / denom;
    let s = prior + p.lenWeight * logTail(delta);
    if (hasPunct) s += punctV;
    if (this.hasPara) {
      s -= p.parCross * cross;
      if (paraKind > 0) s += p.parMatch;
      else if (paraKind < 0) s -= p.parMismatch;
    }
    if (this.miss) s -= missV;
    if (!merged) nums = this.spanNums(ia, da, jb, db);

    // Shared evidence of the unions of the two spans. Merged beads first get upper bounds: the
    // smaller side's whole evidence with the length term, then the plain sum of pair overlaps;
    // when a bound cannot reach `floor`, the exact value is not needed.
    if (merged) {
      const cheap = s + most + 1e-9;
      if (cheap < floor) {
        this.val = cheap;
        this.exact = false;
        return;
      }
      // (shW and shN still hold the box sum)
      const bound = s + this.shW - p.numMiss * Math.max(0, nums - 2 * this.shN);
      if (bound < floor) {
        this.val = bound;
        this.exact = false;
        return;
      }
    }
    // (a merged bead's shW and shN hold its box sum already)
    this.spanShared(ia, i, jb, j, merged);
    // A 2-2 bead whose diagonal pairs (first with first, second with second) each share clearly
    // more than either crossing pair is two 1-1 beads merged for their lengths: it gets no credit
    // for its crossing evidence, so it wins over its split into two 1-1 beads only on length and
    // prior. A real 2-2 bead (a sentence boundary moved) keeps its credit: there the 1-1 evidence
    // is poor or a crossing pair shares as much.
    if (da === 2 && db === 2 && p.split22Ratio > 0) {
      const shW = this.shW;
      this.pair(ia, jb);
      const d1 = this.pairW;
      this.pair(ia + 1, jb + 1);
      const d2 = this.pairW;
      this.pair(ia, jb + 1);
      const c1 = this.pairW;
      this.pair(ia + 1, jb);
      const c2 = this.pairW;
      const dMin = Math.min(d1, d2);
      if (dMin >= p.split22Min && dMin > p.split22Ratio * Math.max(c1, c2)) s -= Math.max(0, shW - d1 - d2);
    }
    const sn = this.shN;
    const numMiss = nums - 2 * sn;
    s += this.shW - p.numMiss * numMiss;
    if (parts) {
      parts.total = s;
      parts.delta = delta;
      parts.shared = this.miss ? this.plainShared(ia, i, jb, j) : this.shW;
      parts.numMiss = numMiss;
      parts.numShared = sn;
    }
    this.val = s;
  }

  /**
   * Score of a one-sided bead ending at node (i, j) (da or db is 0): log prior (less the cost of
   * its side's end mark) − skipLen · log(1 + length), plus noiseSkip for a noise line. A function
   * of its own, so that the constructor's dropA / dropB train no type feedback of `evaluate`.
   */
  private dropScore(i: number, j: number, da: number, db: number): number {
    const p = this.p;
    const A = this.A;
    const B = this.B;
    // A side ending in ':' or ';' or inside a parenthesis costs unless the other side ends so too.
    const eA = da > 0 ? A.marks[i - 1] & END_MASK : 0;
    const eB = db > 0 ? B.marks[j - 1] & END_MASK : 0;
    const prior = this.priorOf[da * 4 + db] - (eA === eB ? 0 : this.endCost[eA] + this.endCost[eB]);
    // One-sided beads hold one sentence (BEAD_TYPES): log(1 + its length) is precomputed.
    let total = prior - p.skipLen * (da === 0 ? (db === 1 ? this.skipB[j - 1] : Math.log1p(B.cumLen[j] - B.cumLen[j - db])) : da === 1 ? this.skipA[i - 1] : Math.log1p(A.cumLen[i] - A.cumLen[i - da]));
    // A noise line (sentenceMarks) is left out more readily.
    if (((da === 0 ? B.marks[j - 1] : A.marks[i - 1]) & NOISE) !== 0) total += p.noiseSkip;
    return total;
  }

  /** Numbers (union sums) of A-sentences [ia, ia + da) and B-sentences [jb, jb + db) together. */
  private spanNums(ia: number, da: number, jb: number, db: number): number {
    const nA = this.nums.A;
    const nB = this.nums.B;
    return (da === 1 ? nA.span1[ia] : da === 2 ? nA.span2[ia] : nA.span3[ia]) + (db === 1 ? nB.span1[jb] : db === 2 ? nB.span2[jb] : nB.span3[jb]);
  }

  /**
   * Of a two-sided bead ending at node (i, j) (as `score`), only what its confidence needs: the
   * Gale–Church δ and the shared evidence weight, into parts.delta and parts.shared (the same
   * values `score` gives them; the other fields are left as they are).
   */
  sharedAndDelta(i: number, j: number, da: number, db: number, parts: BeadParts): void {
    const ia = i - da;
    const jb = j - db;
    parts.delta = this.lengthDelta(ia, i, jb, j);
    if (this.miss) parts.shared = this.plainShared(ia, i, jb, j);
    else {
      this.spanShared(ia, i, jb, j, false);
      parts.shared = this.shW;
    }
  }

  /** Gale–Church δ of A-sentences [ia, i) against B-sentences [jb, j) (as `evaluate` computes it inline). */
  private lengthDelta(ia: number, i: number, jb: number, j: number): number {
    const lA = this.A.cumLen[i] - this.A.cumLen[ia];
    const lB = this.B.cumLen[j] - this.B.cumLen[jb];
    const c = this.len.ratio;
    return (lB - c * lA) / Math.sqrt(this.len.variance * (c * lA + lB) * 0.5 + 1);
  }

  private punctVal = NaN;

  /** Punctuation term (into punctVal): per class, reward marks on both sides, cost marks on one side only. */
  private punctScore(i: number, ia: number, j: number, jb: number): void {
    const p = this.p;
    const pa = this.A.punct;
    const pb = this.B.punct;
    const ka = i * PUNCT_CLASSES;
    const ka0 = ia * PUNCT_CLASSES;
    const kb = j * PUNCT_CLASSES;
    const kb0 = jb * PUNCT_CLASSES;
    let s = 0;
    for (let k = 0; k < PUNCT_CLASSES; k++) {
      const x = pa[ka + k] - pa[ka0 + k];
      const y = pb[kb + k] - pb[kb0 + k];
      if (x === 0 && y === 0) continue;
      s += p.punctMatch * Math.min(x, y) - p.punctMiss * Math.abs(x - y);
    }
    this.punctVal = s;
  }

  /**
   * Weight (shW) and number count (shN) of the features shared by the union of A-sentences
   * [ia, i) and the union of B-sentences [jb, j) (spans of the bead types: at most 3 × 1, 1 × 3
   * or 2 × 2): sum of pair overlaps, minus the excess of features counted in several pairs.
   * `boxed`: shW and shN hold the sum of pair overlaps (`boxSum`) of these spans already.
   */
  private spanShared(ia: number, i: number, jb: number, j: number, boxed: boolean): void {
    if (!boxed) this.boxSum(ia, i, jb, j);
    const da = i - ia;
    const db = j - jb;
    const A = this.A;
    const B = this.B;
    if (da > 1 && db === 1) {
      // A feature in c ≥ 2 sentences of A and in b is counted c times, once too many each time
      // past the first: Σ over repeat pairs − (features of all three).
      this.rep1A(ia, jb);
      if (da === 3) {
        this.rep1A(ia + 1, jb);
        this.tsum(A.rep2, A.rep2Start, ia, B, jb, -1);
        this.tsum(A.tri, A.triStart, ia, B, jb, 1);
      }
    } else if (db > 1 && da === 1) {
      this.rep1B(jb, ia);
      if (db === 3) {
        this.rep1B(jb + 1, ia);
        this.tsum(B.rep2, B.rep2Start, jb, A, ia, -1);
        this.tsum(B.tri, B.triStart, jb, A, ia, 1);
      }
    } else if (da === 2 && db === 2) {
      // Counted cA·cB times, wanted once: repeats of A against each B sentence, repeats of B
      // against each A sentence, plus the features in all four.
      this.rep1A(ia, jb);
      this.rep1A(ia, jb + 1);
      this.rep1B(jb, ia);
      this.rep1B(jb, ia + 1);
      this.quad(ia, jb);
    }
  }

  /** Cache slot (see r1w) of A-sentence a and B-sentence b, or −1 outside the band. */
  private r1Cell(a: number, b: number): number {
    const band = this.band;
    if (band === null) return -1;
    const i = a + 1 - this.iBase;
    const j = b + 1 - this.jBase;
    if (i < 1 || i > band.N || j < 1 || j < band.lo[i] || j > band.hi[i]) return -1;
    return 2 * (band.off[i] + j - band.lo[i]);
  }

  /** tsum(A.rep1, A.rep1Start, s, B, t, −1), read from the cache once computed. */
  private rep1A(s: number, t: number): void {
    const c = this.r1Cell(s, t);
    if (c < 0) return this.tsum(this.A.rep1, this.A.rep1Start, s, this.B, t, -1);
    if (this.r1n[c] === 0) {
      this.tcount(this.A.rep1, this.A.rep1Start, s, this.B, t);
      this.r1w[c] = this.tW;
      this.r1n[c] = this.tN + 1;
    }
    this.shW += -1 * this.r1w[c];
    this.shN += -1 * (this.r1n[c] - 1);
  }

  /** tsum(B.rep1, B.rep1Start, s, A, t, −1), read from the cache once computed. */
  private rep1B(s: number, t: number): void {
    const c = this.r1Cell(t, s) + 1;
    if (c < 1) return this.tsum(this.B.rep1, this.B.rep1Start, s, this.A, t, -1);
    if (this.r1n[c] === 0) {
      this.tcount(this.B.rep1, this.B.rep1Start, s, this.A, t);
      this.r1w[c] = this.tW;
      this.r1n[c] = this.tN + 1;
    }
    this.shW += -1 * this.r1w[c];
    this.shN += -1 * (this.r1n[c] - 1);
  }

  /**
   * Adds sign × the weight (to shW) and count of numbers (to shN) of the features of
   * list[start[s]..start[s+1]) found in sentence t of side d.
   */
  private tsum(list: Int32Array, start: Int32Array, s: number, d: SideData, t: number, sign: number): void {
    this.tcount(list, start, s, d, t);
    this.shW += sign * this.tW;
    this.shN += sign * this.tN;
  }

  /** Scratch outputs of `tcount` (tW a double from the start, as pairW). */
  private tW = NaN;
  private tN = 0;

  /** Weight (into tW) and count of numbers (into tN) of the features of list[start[s]..start[s+1]) found in sentence t of side d. */
  private tcount(list: Int32Array, start: Int32Array, s: number, d: SideData, t: number): void {
    let w = 0;
    let n = 0;
    const k1 = start[s + 1];
    const sig0 = d.sig[2 * t];
    const sig1 = d.sig[2 * t + 1];
    for (let k = start[s]; k < k1; k++) {
      const f = list[k];
      const bit = f & 63;
      if ((((bit < 32 ? sig0 : sig1) >>> (bit & 31)) & 1) === 0) continue;
      if (!has(d, t, f)) continue;
      w += this.wt[f];
      n += this.space.isNum[f];
    }
    this.tW = w;
    this.tN = n;
  }

  /** Adds the features held by both sentences of the A pair (ia, ia+1) and both of the B pair (jb, jb+1). */
  private quad(ia: number, jb: number): void {
    const A = this.A;
    const B = this.B;
    let x = A.rep1Start[ia];
    const xe = A.rep1Start[ia + 1];
    let y = B.rep1Start[jb];
    const ye = B.rep1Start[jb + 1];
    let w = 0;
    let n = 0;
    while (x < xe && y < ye) {
      const u = A.rep1[x];
      const v = B.rep1[y];
      if (u === v) {
        w += this.wt[u];
        n += this.space.isNum[u];
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    this.shW += w;
    this.shN += n;
  }

  /** Evidence weight (without miss costs) shared by the unions of two spans, computed directly. */
  private plainShared(ia: number, i: number, jb: number, j: number): number {
    if (i - ia === 1 && j - jb === 1) {
      const A = this.A;
      const B = this.B;
      let x = A.fStart[ia];
      const xe = A.fStart[i];
      let y = B.fStart[jb];
      const ye = B.fStart[j];
      let t = 0;
      while (x < xe && y < ye) {
        const u = A.fIds[x];
        const v = B.fIds[y];
        if (u === v) {
          t += this.space.weight[u];
          x++;
          y++;
        } else if (u < v) x++;
        else y++;
      }
      return t;
    }
    const inB = new Set<number>();
    for (let b = jb; b < j; b++) for (let k = this.B.fStart[b]; k < this.B.fStart[b + 1]; k++) inB.add(this.B.fIds[k]);
    const seen = new Set<number>();
    let t = 0;
    for (let a = ia; a < i; a++) {
      for (let k = this.A.fStart[a]; k < this.A.fStart[a + 1]; k++) {
        const f = this.A.fIds[k];
        if (inB.has(f) && !seen.has(f)) {
          seen.add(f);
          t += this.space.weight[f];
        }
      }
    }
    return t;
  }
}

/** Span sums of q over the union of 1, 2 and 3 consecutive sentences of d (inclusion–exclusion). */
function unionSums(d: SideData, q: Float64Array): UnionSums {
  const n = d.n;
  const own = new Float64Array(n);
  const rep1 = new Float64Array(n);
  const rep2 = new Float64Array(n);
  const tri = new Float64Array(n);
  const sum = (start: Int32Array, ids: Int32Array, out: Float64Array): void => {
    let k = start[0];
    for (let s = 0; s < n; s++) {
      const e = start[s + 1];
      let t = 0;
      for (; k < e; k++) t += q[ids[k]];
      out[s] = t;
    }
  };
  sum(d.fStart, d.fIds, own);
  sum(d.rep1Start, d.rep1, rep1);
  sum(d.rep2Start, d.rep2, rep2);
  sum(d.triStart, d.tri, tri);
  const span2 = new Float64Array(n);
  const span3 = new Float64Array(n);
  for (let s = 0; s + 1 < n; s++) span2[s] = own[s] + own[s + 1] - rep1[s];
  for (let s = 0; s + 2 < n; s++) span3[s] = own[s] + own[s + 1] + own[s + 2] - rep1[s] - rep1[s + 1] - rep2[s] + tri[s];
  return { span1: own, span2, span3 };
}

/**
 * Whether a bead of da × db sentences is wider than the DP's bead types (BEAD_TYPES: at most 1-3,
 * 3-1 and 2-2): only the widening of a path proposes it (dp.ts `widen`).
 */
export function isWide(da: number, db: number): boolean {
  return da > 0 && db > 0 && (da > 3 || db > 3 || (da > 1 && db > 1 && da + db > 4));
}

/** The feature ids of sentences [s0, s1) of a side, as a set. */
function spanSet(d: SideData, s0: number, s1: number): Set<number> {
  const out = new Set<number>();
  for (let k = d.fStart[s0]; k < d.fStart[s1]; k++) out.add(d.fIds[k]);
  return out;
}

/** log(1 + length) of each sentence of a side. */
function skipCosts(d: SideData): Float64Array {
  const out = new Float64Array(d.n);
  for (let s = 0; s < d.n; s++) out[s] = Math.log1p(d.cumLen[s + 1] - d.cumLen[s]);
  return out;
}

/** Whether sentence s of a side has feature f (signature test, then binary search). */
function has(d: SideData, s: number, f: number): boolean {
  const bit = f & 63;
  if (((d.sig[2 * s + (bit >> 5)] >>> (bit & 31)) & 1) === 0) return false;
  let lo = d.fStart[s];
  let hi = d.fStart[s + 1] - 1;
  const ids = d.fIds;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid];
    if (v === f) return true;
    if (v < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
