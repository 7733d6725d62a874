/**
 * The bead score: log prior of the bead type + Gale–Church length log-probability + shared
 * evidence − one-sided evidence (see the model comment in index.ts). Pair overlaps of single
 * sentences are cached in the band; a bead's overlap is the exact overlap of the unions of its
 * sentences, got from the pair overlaps minus what features repeated inside a span counted twice.
 */
import type { Band } from './band';
import { PUNCT_CLASSES, type FeatureSpace, type SideData } from './features';
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

/** Scores beads of one pair of sides; holds the pair-overlap cache of the current band. */
export class Scorer {
  private band: Band | null = null;
  private iBase = 0;
  private jBase = 0;
  private pw = new Float32Array(0);
  private pn = new Uint8Array(0);
  private stamp: Int32Array;
  private stampNo = 0;
  private readonly hasPara: boolean;
  private readonly prior: Float64Array;
  private readonly priorOf: Float64Array;
  /** Scratch outputs of `pair`. */
  private pairW = 0;
  private pairN = 0;

  constructor(
    readonly A: SideData,
    readonly B: SideData,
    readonly space: FeatureSpace,
    readonly p: ModelParams,
    public len: LengthModel,
    /** Sentences that locked one-sided beads keep unaligned (only 1-0 / 0-1 beads may take them). */
    private readonly forced?: { A: Uint8Array; B: Uint8Array },
  ) {
    this.stamp = new Int32Array(space.size);
    this.hasPara = A.paraStart !== null && B.paraStart !== null;
    this.prior = Float64Array.from(p.prior);
    // prior indexed by da * 4 + db
    this.priorOf = new Float64Array(16).fill(-Infinity);
    BEAD_TYPES.forEach(([da, db], t) => (this.priorOf[da * 4 + db] = this.prior[t]));
  }

  /** Resets the pair cache for a new band (or new feature weights). */
  useBand(band: Band, iBase: number, jBase: number): void {
    this.band = band;
    this.iBase = iBase;
    this.jBase = jBase;
    this.pw = new Float32Array(band.cells).fill(NaN);
    this.pn = new Uint8Array(band.cells);
    if (this.stamp.length < this.space.size) this.stamp = new Int32Array(this.space.size);
  }

  /** Drops the cache (frees memory). */
  release(): void {
    this.band = null;
    this.pw = new Float32Array(0);
    this.pn = new Uint8Array(0);
  }

  /** Overlap weight and shared-number count of A-sentence a and B-sentence b (global indices). */
  private pair(a: number, b: number): void {
    const band = this.band;
    if (band) {
      const i = a + 1 - this.iBase;
      const j = b + 1 - this.jBase;
      if (i >= 0 && i <= band.N && j >= band.lo[i] && j <= band.hi[i]) {
        const c = band.off[i] + j - band.lo[i];
        const v = this.pw[c];
        if (v === v) {
          this.pairW = v;
          this.pairN = this.pn[c];
          return;
        }
        this.computePair(a, b);
        this.pw[c] = this.pairW;
        this.pn[c] = Math.min(255, this.pairN);
        return;
      }
    }
    this.computePair(a, b);
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
    const w = this.space.weight;
    const isNum = this.space.isNum;
    let sw = 0;
    let sn = 0;
    while (x < xe && y < ye) {
      const u = fa[x];
      const v = fb[y];
      if (u === v) {
        sw += w[u];
        sn += isNum[u];
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    this.pairW = sw;
    this.pairN = sn;
  }

  /**
   * Score of the bead ending at node (i, j) (global, exclusive ends) taking da A-sentences and
   * db B-sentences. When `parts` is given, fills it with the score's components.
   */
  score(i: number, j: number, da: number, db: number, parts?: BeadParts): number {
    const p = this.p;
    const A = this.A;
    const B = this.B;
    const prior = this.priorOf[da * 4 + db];
    if (db === 0 || da === 0) {
      const l = da === 0 ? B.cumLen[j] - B.cumLen[j - db] : A.cumLen[i] - A.cumLen[i - da];
      const total = prior - p.skipLen * Math.log1p(l);
      if (parts) {
        parts.total = total;
        parts.delta = 0;
        parts.shared = 0;
        parts.numMiss = da === 0 ? B.nNum[j - 1] : A.nNum[i - 1];
        parts.numShared = 0;
      }
      return total;
    }
    const ia = i - da;
    const jb = j - db;
    if (this.forced) {
      for (let a = ia; a < i; a++) if (this.forced.A[a]) return -Infinity;
      for (let b = jb; b < j; b++) if (this.forced.B[b]) return -Infinity;
    }
    const lA = A.cumLen[i] - A.cumLen[ia];
    const lB = B.cumLen[j] - B.cumLen[jb];
    const c = this.len.ratio;
    const denom = Math.sqrt(this.len.variance * (c * lA + lB) * 0.5 + 1);
    const delta = (lB - c * lA) / denom;
    let s = prior + p.lenWeight * logTail(delta);

    // Shared evidence: sum of pair overlaps, corrected for features repeated within a span.
    let sw = 0;
    let sn = 0;
    for (let a = ia; a < i; a++) {
      for (let b = jb; b < j; b++) {
        this.pair(a, b);
        sw += this.pairW;
        sn += this.pairN;
      }
    }
    let numsA = 0;
    let numsB = 0;
    for (let a = ia; a < i; a++) numsA += A.nNum[a];
    for (let b = jb; b < j; b++) numsB += B.nNum[b];
    if (da > 1 || db > 1) {
      const stampNo = ++this.stampNo;
      const st = this.stamp;
      const w = this.space.weight;
      const isNum = this.space.isNum;
      const visit = (f: number): void => {
        if (st[f] === stampNo) return;
        st[f] = stampNo;
        let cA = 0;
        let cB = 0;
        for (let a = ia; a < i; a++) if (has(A, a, f)) cA++;
        for (let b = jb; b < j; b++) if (has(B, b, f)) cB++;
        const both = cA > 0 && cB > 0 ? 1 : 0;
        const over = cA * cB - both;
        if (over > 0) {
          sw -= w[f] * over;
          sn -= isNum[f] * over;
        }
        if (isNum[f]) {
          if (cA > 1) numsA -= cA - 1;
          if (cB > 1) numsB -= cB - 1;
        }
      };
      if (da > 1) forRepeats(A, ia, i, visit);
      if (db > 1) forRepeats(B, jb, j, visit);
    }
    const numMiss = numsA + numsB - 2 * sn;
    s += sw - p.numMiss * numMiss;

    // Punctuation classes.
    const pa = A.punct;
    const pb = B.punct;
    const ka = i * PUNCT_CLASSES;
    const ka0 = ia * PUNCT_CLASSES;
    const kb = j * PUNCT_CLASSES;
    const kb0 = jb * PUNCT_CLASSES;
    for (let k = 0; k < PUNCT_CLASSES; k++) {
      const x = pa[ka + k] - pa[ka0 + k];
      const y = pb[kb + k] - pb[kb0 + k];
      if (x === 0 && y === 0) continue;
      s += p.punctMatch * Math.min(x, y) - p.punctMiss * Math.abs(x - y);
    }

    // Paragraph boundaries.
    if (this.hasPara) {
      const psA = A.paraStart as Uint8Array;
      const psB = B.paraStart as Uint8Array;
      let cross = 0;
      for (let a = ia + 1; a < i; a++) cross += psA[a];
      for (let b = jb + 1; b < j; b++) cross += psB[b];
      s -= p.parCross * cross;
      const sa = psA[ia];
      const sb = psB[jb];
      if (sa && sb) s += p.parMatch;
      else if (sa !== sb) s -= p.parMismatch;
    }
    if (parts) {
      parts.total = s;
      parts.delta = delta;
      parts.shared = sw;
      parts.numMiss = numMiss;
      parts.numShared = sn;
    }
    return s;
  }

  /** Prior of a bead type (for callers that need it). */
  priorFor(da: number, db: number): number {
    return this.priorOf[da * 4 + db];
  }
}

/** Whether sentence s of a side has feature f (binary search). */
function has(d: SideData, s: number, f: number): boolean {
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

/** Calls fn for each feature shared by two sentences of the span [s0, s1) (span ≤ 3). */
function forRepeats(d: SideData, s0: number, s1: number, fn: (f: number) => void): void {
  for (let s = s0; s < s1 - 1; s++) {
    for (let k = d.rep1Start[s]; k < d.rep1Start[s + 1]; k++) fn(d.rep1[k]);
    if (s + 2 < s1) for (let k = d.rep2Start[s]; k < d.rep2Start[s + 1]; k++) fn(d.rep2[k]);
  }
}
