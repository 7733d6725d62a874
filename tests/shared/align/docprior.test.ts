import { describe, expect, it } from 'vitest';
import { DOC_PRIOR_MIN_SENTENCES, documentPriorShift, oneToOneShare, withDocumentPrior } from '../../../shared/align/docprior';
import { DEFAULT_PARAMS, type ModelParams } from '../../../shared/align/params';

type Span = { i0: number; i1: number; j0: number; j1: number };

/** A path of `n11` 1-1 beads followed by `n22` 2-2 beads. */
function path(n11: number, n22: number): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < n11; k++) out.push({ i0: i, i1: ++i, j0: j, j1: ++j });
  for (let k = 0; k < n22; k++) out.push({ i0: i, i1: (i += 2), j0: j, j1: (j += 2) });
  return out;
}

const p: ModelParams = { ...DEFAULT_PARAMS, typePriorGain: 4, typePriorGainBelow: 1, typePriorRef: 0.85 };

describe('document bead-type prior (docprior.ts)', () => {
  it('measures the share of sentences in 1-1 beads', () => {
    expect(oneToOneShare([])).toBe(0);
    // 90 1-1 beads (180 sentences) and 5 2-2 beads (20 sentences).
    expect(oneToOneShare(path(90, 5))).toBeCloseTo(0.9, 12);
    // One-sided beads count their sentence.
    expect(oneToOneShare([{ i0: 0, i1: 1, j0: 0, j1: 1 }, { i0: 1, i1: 2, j0: 1, j1: 1 }])).toBeCloseTo(2 / 3, 12);
  });

  it('leaves texts with as many merges as the tuning sets alone', () => {
    expect(documentPriorShift(p, path(170, 15))).toBe(0); // q = 340 / 400 = 0.85
    expect(withDocumentPrior(p, path(170, 15))).toBe(p);
  });

  it('makes merges likelier in a text with more of them, by the plain ratio of non-1-1 shares', () => {
    const beads = path(80, 10); // q = 160 / 200 = 0.8
    expect(documentPriorShift(p, beads)).toBeCloseTo(Math.log(0.2 / 0.15), 10);
    expect(withDocumentPrior(p, beads).prior[5]).toBeCloseTo(p.prior[5] + Math.log(0.2 / 0.15), 12);
  });

  it('lowers every non-1-1 prior of a near line-parallel text by gain · log((1 − q) / (1 − ref))', () => {
    const beads = path(194, 3); // q = 388 / 400 = 0.97
    const shift = documentPriorShift(p, beads);
    expect(shift).toBeCloseTo(4 * Math.log(0.03 / 0.15), 10);
    const q = withDocumentPrior(p, beads);
    expect(q).not.toBe(p);
    expect(q.prior[0]).toBe(p.prior[0]);
    for (let t = 1; t < p.prior.length; t++) expect(q.prior[t]).toBeCloseTo(p.prior[t] + shift, 12);
    // The caller's parameters are not changed.
    expect(p.prior).toEqual(DEFAULT_PARAMS.prior);
  });

  it('caps the shift (1 − q counted as at least 1%) and needs enough sentences', () => {
    expect(documentPriorShift(p, path(300, 0))).toBeCloseTo(4 * Math.log(0.01 / 0.15), 10);
    expect(documentPriorShift(p, path(DOC_PRIOR_MIN_SENTENCES / 2 - 1, 0))).toBe(0);
  });

  it('is off with both gains 0', () => {
    const off = { ...p, typePriorGain: 0, typePriorGainBelow: 0 };
    expect(withDocumentPrior(off, path(194, 3))).toBe(off);
    expect(withDocumentPrior(off, path(80, 10))).toBe(off);
    expect(documentPriorShift({ ...p, typePriorGain: 0 }, path(194, 3))).toBe(0);
  });
});
