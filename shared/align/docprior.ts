/**
 * The document's own bead-type prior. The default log priors (params.ts) were tuned on texts
 * where a fair share of sentences sit in merged or one-sided beads (at most `typePriorRef` of
 * the sentences in 1-1 beads). A translation kept line for line — a corpus, a subtitle file, a
 * memory export — has far fewer: when the first pass puts a share q > typePriorRef of the
 * sentences in 1-1 beads, every other bead type is made less likely by
 *
 *   typePriorGain · log((1 − q) / (1 − typePriorRef))   (≤ 0; 1 − q at least 1%),
 *
 * so the second pass does not merge two lines for a clause moved across their boundary. The
 * relative prior of the non-1-1 types is unchanged (a merge against a 1-1 bead and an omission
 * costs the same as before); texts with as many merges as the tuning sets keep the defaults.
 */
import type { PathBead } from './dp';
import type { ModelParams } from './params';

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
  if (!(p.typePriorGain > 0)) return 0;
  let all = 0;
  for (const b of beads) all += b.i1 - b.i0 + (b.j1 - b.j0);
  if (all < DOC_PRIOR_MIN_SENTENCES) return 0;
  const q = oneToOneShare(beads);
  if (q <= p.typePriorRef) return 0;
  return p.typePriorGain * Math.log(Math.max(0.01, 1 - q) / (1 - p.typePriorRef));
}

/** `p` with the document's bead-type prior (the same object when nothing changes). */
export function withDocumentPrior(p: ModelParams, beads: ReadonlyArray<Pick<PathBead, 'i0' | 'i1' | 'j0' | 'j1'>>): ModelParams {
  const shift = documentPriorShift(p, beads);
  if (shift === 0) return p;
  return { ...p, prior: p.prior.map((v, t) => (t === 0 ? v : v + shift)) };
}
