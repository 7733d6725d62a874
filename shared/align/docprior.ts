/**
 * The document's own bead-type prior. The default log priors (params.ts) were tuned on texts
 * where about 1 − typePriorRef of the sentences sit in merged or one-sided beads. The first
 * pass's share q of sentences in 1-1 beads tells how far a document is from that, and the
 * second pass moves the log prior of every bead type other than 1-1 by
 *
 *   gain · log((1 − q) / (1 − typePriorRef))     (1 − q taken as at least 1%)
 *
 * with gain typePriorGainBelow when q < typePriorRef (a text with more merges than the tuning
 * sets: the plain ratio of the two non-1-1 shares, so merges get likelier) and typePriorGain
 * above it (a translation kept line for line — a corpus, a subtitle file, a memory export: the
 * first pass's own merges of lines whose clauses moved across the boundary keep q below the
 * truth, hence the steeper gain). The non-1-1 types keep their relative priors (a merge against
 * a 1-1 bead and an omission costs what it did).
 */
import type { PathBead } from './dp';
import { modelParams, type ModelParams } from './params';

/** Fewest sentences (both sides) the first pass must have aligned for its share to count. */
export const DOC_PRIOR_MIN_SENTENCES = 100;

/** Share of the sentences (both sides) of `beads` that sit in 1-1 beads (0 for no sentence). */
export function oneToOneShare(beads: ReadonlyArray<Pick<PathBead, 'i0' | 'i1' | 'j0' | 'j1'>>): number {
  let all = 0;
  let one = 0;
  for (const b of beads) {
    const na = b.i1 - b.i0;
    const nb = b.j1 - b.j0;
    all += na + nb;
    if (na === 1 && nb === 1) one += 2;
  }
  return all > 0 ? one / all : 0;
}

/**
 * The log prior shift of the non-1-1 bead types for a document whose first pass gave `beads`
 * (0: the defaults stand; see the module comment).
 */
export function documentPriorShift(p: ModelParams, beads: ReadonlyArray<Pick<PathBead, 'i0' | 'i1' | 'j0' | 'j1'>>): number {
  if (!(p.typePriorGain > 0) && !(p.typePriorGainBelow > 0)) return 0;
  let all = 0;
  for (const b of beads) all += b.i1 - b.i0 + (b.j1 - b.j0);
  if (all < DOC_PRIOR_MIN_SENTENCES) return 0;
  const q = oneToOneShare(beads);
  const gain = q > p.typePriorRef ? p.typePriorGain : p.typePriorGainBelow;
  return gain > 0 ? gain * Math.log(Math.max(0.01, 1 - q) / (1 - p.typePriorRef)) : 0;
}

/** `p` with the document's bead-type prior (the same object when nothing changes). */
export function withDocumentPrior(p: ModelParams, beads: ReadonlyArray<Pick<PathBead, 'i0' | 'i1' | 'j0' | 'j1'>>): ModelParams {
  const shift = documentPriorShift(p, beads);
  if (shift === 0) return p;
  return modelParams(p, { prior: p.prior.map((v, t) => (t === 0 ? v : v + shift)) });
}
