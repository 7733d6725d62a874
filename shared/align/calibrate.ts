/**
 * Bead confidence: a logistic model over the bead's posterior (its probability under the
 * alignment model, i.e. its margin over all alternative paths) and the absolute strength of its
 * evidence, so a bead forced by lengths alone between texts that share nothing stays uncertain.
 * Coefficients were fitted on Text+Berg `dev.*` only (`npx tsx scripts/eval-align.ts --fit`).
 */

/** What the confidence is computed from. */
export interface ConfidenceInput {
  posterior: number;
  /** Weight of the evidence the two sides share (0 for one-sided beads). */
  shared: number;
  /** |Gale–Church δ| (0 for one-sided beads). */
  absDelta: number;
  /** Sentences on side A and on side B. */
  na: number;
  nb: number;
  /**
   * Share of the neighbouring two-sided beads (±5) that share some evidence: near 0 where the
   * alignment rests on sentence lengths alone.
   */
  density: number;
}

/** Number of coefficients of the confidence model. */
export const CONFIDENCE_DIM = 8;

/** The model's input vector (first entry is the intercept). */
export function confidenceFeatures(x: ConfidenceInput): number[] {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, x.posterior));
  const skip = x.na === 0 || x.nb === 0 ? 1 : 0;
  const oneOne = x.na === 1 && x.nb === 1 ? 1 : 0;
  const logit = Math.log(p / (1 - p));
  const many = !skip && !oneOne ? 1 : 0;
  return [1, logit, skip ? 0 : Math.log1p(x.shared), skip ? 0 : Math.min(x.absDelta, 5), skip, oneOne, x.density, many * logit];
}

/**
 * Fitted coefficients: intercept, logit posterior, log(1+shared), |δ|, one-sided, 1-1, density,
 * logit posterior of many-to-many beads.
 */
export const CONFIDENCE_COEF: number[] = [0.3529, 0.3821, -0.0377, -0.5083, -2.4857, 0.4031, 1.1089, -0.3368];

/** Confidence in [0, 1] of one bead. */
export function confidence(x: ConfidenceInput, coef: number[] = CONFIDENCE_COEF): number {
  return beadConfidence(x.posterior, x.shared, x.absDelta, x.na, x.nb, x.density, coef);
}

/**
 * `confidence` of the input with these fields (the same value to the bit: the terms of
 * `confidenceFeatures` summed in its order), for callers that keep the inputs in typed arrays.
 */
export function beadConfidence(posterior: number, shared: number, absDelta: number, na: number, nb: number, density: number, coef: number[] = CONFIDENCE_COEF): number {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, posterior));
  const skip = na === 0 || nb === 0 ? 1 : 0;
  const oneOne = na === 1 && nb === 1 ? 1 : 0;
  const logit = Math.log(p / (1 - p));
  const many = !skip && !oneOne ? 1 : 0;
  let z = 0;
  z += coef[0] * 1;
  z += coef[1] * logit;
  z += coef[2] * (skip ? 0 : Math.log1p(shared));
  z += coef[3] * (skip ? 0 : Math.min(absDelta, 5));
  z += coef[4] * skip;
  z += coef[5] * oneOne;
  z += coef[6] * density;
  z += coef[7] * (many * logit);
  const v = 1 / (1 + Math.exp(-z));
  return Math.round(v * 1e4) / 1e4;
}

/** Fits the logistic model by Newton's method with a small ridge penalty. */
export function fitConfidence(xs: ConfidenceInput[], ys: boolean[], ridge = 1e-2, iters = 50): number[] {
  const X = xs.map(confidenceFeatures);
  const d = CONFIDENCE_DIM;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(d).fill(0);
    const H: number[][] = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let n = 0; n < X.length; n++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * X[n][k];
      const p = 1 / (1 + Math.exp(-z));
      const r = (ys[n] ? 1 : 0) - p;
      const s = p * (1 - p);
      for (let k = 0; k < d; k++) {
        g[k] += r * X[n][k];
        for (let l = 0; l < d; l++) H[k][l] += s * X[n][k] * X[n][l];
      }
    }
    for (let k = 0; k < d; k++) {
      g[k] -= ridge * w[k];
      H[k][k] += ridge;
    }
    const step = solve(H, g);
    let moved = 0;
    for (let k = 0; k < d; k++) {
      w[k] += step[k];
      moved += Math.abs(step[k]);
    }
    if (moved < 1e-8) break;
  }
  return w;
}

function solve(H: number[][], g: number[]): number[] {
  const n = g.length;
  const M = H.map((row, k) => [...row, g[k]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    const v = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / v;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, k) => row[n] / (M[k][k] || 1e-12));
}
