/**
 * The bead score: log prior of the bead type + Gale–Church length log-probability + shared
 * evidence − one-sided evidence (see the model comment in index.ts). Pair overlaps of single
 * sentences are cached in the band; a bead's overlap is the exact overlap of the unions of its
 * sentences, got from the pair overlaps minus what features repeated inside a span counted twice.
 */
import type { Band } from './band';
import { FAM, PUNCT_CLASSES, type FeatureSpace, type SideData } from './features';
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
  /** Scratch outputs of `pair`, `spanShared` and the repeat correction. */
  private pairW = 0;
  private pairN = 0;
  private shW = 0;
  private shN = 0;
  private numsA = 0;
  private numsB = 0;
  private cIa = 0;
  private cI = 0;
  private cExA = -1;
  private cJb = 0;
  private cJ = 0;
  private cExB = -1;
  private corrW = 0;
  private corrN = 0;
  private corrNumsA = 0;
  private corrNumsB = 0;
  private sigA0 = 0;
  private sigA1 = 0;
  private sigB0 = 0;
  private sigB1 = 0;
  /** Feature weights used for sharing: evidence weight plus twice the miss cost. */
  private readonly wt: Float64Array;
  /** Per-sentence miss-cost sums and their corrections for neighbours (null: no miss costs). */
  private readonly miss: { A: MissSums; B: MissSums } | null;
  private missA = 0;
  private missB = 0;
  /** Evidence each sentence could share: weight of its features found anywhere on the other side. */
  private potA: Float64Array;
  private potB: Float64Array;

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
    this.stamp = new Int32Array(space.size);
    if (miss) {
      this.wt = new Float64Array(space.size);
      for (let f = 0; f < space.size; f++) this.wt[f] = space.weight[f] + 2 * (miss[f] ?? 0);
      this.miss = { A: missSums(A, miss), B: missSums(B, miss) };
    } else {
      this.wt = space.weight;
      this.miss = null;
    }
    this.potA = potential(A, B, space, p.orphanMinWeight);
    this.potB = potential(B, A, space, p.orphanMinWeight);
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
    const w = this.wt;
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
   * db B-sentences. When `parts` is given, fills it with the score's components. When the score
   * is sure to be below `floor`, a value below `floor` may be returned without the exact work.
   */
  score(i: number, j: number, da: number, db: number, parts?: BeadParts, floor = -Infinity): number {
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

    // Shared evidence of the unions of the two spans. Merged beads first get an upper bound (the
    // plain sum of pair overlaps): when even that cannot reach `floor`, the exact value is not needed.
    if ((da > 1 || db > 1) && !parts && floor > -Infinity) {
      let ub = 0;
      for (let a = ia; a < i; a++) {
        for (let b = jb; b < j; b++) {
          this.pair(a, b);
          ub += this.pairW;
        }
      }
      if (s + ub < floor) return s + ub;
    }
    this.spanShared(ia, i, -1, jb, j, -1);
    let sw = this.shW;
    const sn = this.shN;
    const numMiss = this.numsA + this.numsB - 2 * sn;
    s += sw - p.numMiss * numMiss;
    if (this.miss) {
      s -= this.missA + this.missB;
      if (parts) sw = this.plainShared(ia, i, jb, j);
    }
    // A sentence of a merged span that adds no evidence of its own although it holds evidence
    // the other side could match is probably not part of the bead.
    if (p.orphan > 0 && (da > 1 || db > 1)) {
      if (da > 1) for (let a = ia; a < i; a++) s -= this.orphanCost(ia, i, a, jb, j, -1, sw, this.potA[a]);
      if (db > 1) for (let b = jb; b < j; b++) s -= this.orphanCost(ia, i, -1, jb, j, b, sw, this.potB[b]);
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

  /** Cost of one sentence (excluded index) of a merged span whose removal loses no evidence. */
  private orphanCost(ia: number, i: number, exA: number, jb: number, j: number, exB: number, full: number, potential: number): number {
    if (potential <= 0) return 0;
    this.spanShared(ia, i, exA, jb, j, exB);
    const marginal = full - this.shW;
    if (marginal >= 0.5) return 0;
    return this.p.orphan * Math.min(potential, this.p.orphanCap);
  }

  /**
   * Weight (shW) and number count (shN) of the features shared by the union of A-sentences
   * [ia, i) and the union of B-sentences [jb, j), leaving out sentence exA / exB (−1: none);
   * also the distinct numbers of each union (numsA, numsB). Sum of cached pair overlaps, minus
   * what features held by several sentences of a span counted more than once.
   */
  private spanShared(ia: number, i: number, exA: number, jb: number, j: number, exB: number): void {
    let sw = 0;
    let sn = 0;
    let numsA = 0;
    let numsB = 0;
    const A = this.A;
    const B = this.B;
    for (let a = ia; a < i; a++) {
      if (a === exA) continue;
      numsA += A.nNum[a];
      for (let b = jb; b < j; b++) {
        if (b === exB) continue;
        this.pair(a, b);
        sw += this.pairW;
        sn += this.pairN;
      }
    }
    for (let b = jb; b < j; b++) if (b !== exB) numsB += B.nNum[b];
    const multiA = i - ia - (exA >= 0 ? 1 : 0) > 1;
    const multiB = j - jb - (exB >= 0 ? 1 : 0) > 1;
    if (multiA || multiB) {
      const stampNo = ++this.stampNo;
      this.cIa = ia;
      this.cI = i;
      this.cExA = exA;
      this.cJb = jb;
      this.cJ = j;
      this.cExB = exB;
      this.corrW = 0;
      this.corrN = 0;
      this.corrNumsA = 0;
      this.corrNumsB = 0;
      // Signatures of the two unions: a feature whose bit is missing from the other span's
      // signature cannot be shared, so most repeated features are dismissed at once.
      let a0 = 0;
      let a1 = 0;
      let b0 = 0;
      let b1 = 0;
      for (let a = ia; a < i; a++) if (a !== exA) (a0 |= A.sig[2 * a]), (a1 |= A.sig[2 * a + 1]);
      for (let b = jb; b < j; b++) if (b !== exB) (b0 |= B.sig[2 * b]), (b1 |= B.sig[2 * b + 1]);
      this.sigA0 = a0;
      this.sigA1 = a1;
      this.sigB0 = b0;
      this.sigB1 = b1;
      if (multiA) this.repeats(A, ia, i, exA, stampNo);
      if (multiB) this.repeats(B, jb, j, exB, stampNo);
      sw -= this.corrW;
      sn -= this.corrN;
      numsA -= this.corrNumsA;
      numsB -= this.corrNumsB;
    }
    this.shW = sw;
    this.shN = sn;
    this.numsA = numsA;
    this.numsB = numsB;
    if (this.miss) {
      this.missA = unionMiss(this.miss.A, ia, i, exA);
      this.missB = unionMiss(this.miss.B, jb, j, exB);
    }
  }

  /** Visits features shared by two included sentences of the span [s0, s1) of side d. */
  private repeats(d: SideData, s0: number, s1: number, ex: number, stampNo: number): void {
    const isNum = this.space.isNum;
    const a0 = this.sigA0 & this.sigB0;
    const a1 = this.sigA1 & this.sigB1;
    for (let s = s0; s < s1 - 1; s++) {
      if (s === ex) continue;
      for (let dist = 1; dist <= 2; dist++) {
        const t = s + dist;
        if (t >= s1 || t === ex) continue;
        const list = dist === 1 ? d.rep1 : d.rep2;
        const st = dist === 1 ? d.rep1Start : d.rep2Start;
        for (let k = st[s]; k < st[s + 1]; k++) {
          const f = list[k];
          const bit = f & 63;
          // Only features that may be on both sides (signature bit set in both unions), and
          // numbers (their per-side count needs de-duplicating), can change the sums.
          if (((bit < 32 ? a0 : a1) >>> (bit & 31)) & 1 || isNum[f]) this.visit(f, stampNo);
        }
      }
    }
  }

  private visit(f: number, stampNo: number): void {
    const st = this.stamp;
    if (st[f] === stampNo) return;
    st[f] = stampNo;
    const isNum = this.space.isNum[f];
    let cB = 0;
    for (let b = this.cJb; b < this.cJ; b++) if (b !== this.cExB && has(this.B, b, f)) cB++;
    if (cB === 0 && !isNum) return;
    let cA = 0;
    for (let a = this.cIa; a < this.cI; a++) if (a !== this.cExA && has(this.A, a, f)) cA++;
    const over = cA * cB - (cA > 0 && cB > 0 ? 1 : 0);
    if (over > 0) {
      this.corrW += this.wt[f] * over;
      this.corrN += isNum * over;
    }
    if (isNum) {
      if (cA > 1) this.corrNumsA += cA - 1;
      if (cB > 1) this.corrNumsB += cB - 1;
    }
  }

  /**
   * How much of the distinctive evidence of A-sentence a and B-sentence b is shared: shared
   * distinctive weight, and the mean of the two sentences' matchable weights.
   */
  strongOverlap(a: number, b: number): [number, number] {
    const A = this.A;
    const B = this.B;
    const w = this.space.weight;
    const fam = this.space.fam;
    const minW = this.p.orphanMinWeight;
    let x = A.fStart[a];
    const xe = A.fStart[a + 1];
    let y = B.fStart[b];
    const ye = B.fStart[b + 1];
    let shared = 0;
    while (x < xe && y < ye) {
      const u = A.fIds[x];
      const v = B.fIds[y];
      if (u === v) {
        if (fam[u] !== FAM.prefix && w[u] >= minW) shared += w[u];
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
    return [shared, (this.potA[a] + this.potB[b]) / 2];
  }

  /** Evidence weight (without miss costs) shared by the unions of two spans, computed directly. */
  private plainShared(ia: number, i: number, jb: number, j: number): number {
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

  /** Prior of a bead type (for callers that need it). */
  priorFor(da: number, db: number): number {
    return this.priorOf[da * 4 + db];
  }
}

/** Miss-cost sums of one side: per sentence, and of features shared with the next / next-but-one sentence. */
interface MissSums {
  own: Float64Array;
  rep1: Float64Array;
  rep2: Float64Array;
  /** Features in three consecutive sentences s, s+1, s+2. */
  tri: Float64Array;
}

function missSums(d: SideData, miss: Float64Array): MissSums {
  const own = new Float64Array(d.n);
  const rep1 = new Float64Array(d.n);
  const rep2 = new Float64Array(d.n);
  const tri = new Float64Array(d.n);
  for (let s = 0; s < d.n; s++) {
    for (let k = d.fStart[s]; k < d.fStart[s + 1]; k++) own[s] += miss[d.fIds[k]];
    for (let k = d.rep1Start[s]; k < d.rep1Start[s + 1]; k++) rep1[s] += miss[d.rep1[k]];
    for (let k = d.rep2Start[s]; k < d.rep2Start[s + 1]; k++) rep2[s] += miss[d.rep2[k]];
    if (s + 1 < d.n) {
      // rep1(s) ∩ rep1(s+1): features of s, s+1 and s+2 (both lists are sorted)
      let x = d.rep1Start[s];
      let y = d.rep1Start[s + 1];
      while (x < d.rep1Start[s + 1] && y < d.rep1Start[s + 2]) {
        const u = d.rep1[x];
        const v = d.rep1[y];
        if (u === v) {
          tri[s] += miss[u];
          x++;
          y++;
        } else if (u < v) x++;
        else y++;
      }
    }
  }
  return { own, rep1, rep2, tri };
}

/** Miss-cost sum of the union of sentences [s0, s1) without `ex` (inclusion–exclusion, span ≤ 3). */
function unionMiss(m: MissSums, s0: number, s1: number, ex: number): number {
  let t = 0;
  for (let s = s0; s < s1; s++) if (s !== ex) t += m.own[s];
  for (let s = s0; s < s1; s++) {
    if (s === ex) continue;
    if (s + 1 < s1 && s + 1 !== ex) t -= m.rep1[s];
    if (s + 2 < s1 && s + 2 !== ex) t -= m.rep2[s];
  }
  if (s1 - s0 === 3 && ex < 0) t += m.tri[s0];
  return t;
}

/** Whether sentence s of a side has feature f (binary search). */
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

/**
 * Per sentence of d: total weight of its distinctive features (not cognate prefixes, weight at
 * least `minW`) that occur somewhere on the other side.
 */
function potential(d: SideData, other: SideData, space: FeatureSpace, minW: number): Float64Array {
  const onOther = new Uint8Array(space.size);
  for (let k = 0; k < other.fIds.length; k++) {
    const f = other.fIds[k];
    if (space.fam[f] !== FAM.prefix && space.weight[f] >= minW) onOther[f] = 1;
  }
  const out = new Float64Array(d.n);
  for (let s = 0; s < d.n; s++) {
    let t = 0;
    for (let k = d.fStart[s]; k < d.fStart[s + 1]; k++) {
      const f = d.fIds[k];
      if (onOther[f]) t += space.weight[f];
    }
    out[s] = t;
  }
  return out;
}
