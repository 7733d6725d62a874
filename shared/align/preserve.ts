/**
 * How reliably each piece of evidence survives translation in this document pair, estimated
 * from the first pass's confident 1-1 beads: a name or a lexicon word that is matched whenever
 * it occurs is "translation-preserved", a cognate prefix that rarely finds its partner is not.
 * In the second pass a bead pays −log(1 − ρ_f) for every preserved feature f it leaves
 * unmatched, so a sentence that brings its own names and figures into a merged bead without
 * finding them on the other side is better explained as an omission or an addition.
 */
import { FAM, type FeatureSpace, type SideData } from './features';

/** A 1-1 bead of the first pass (A sentence i, B sentence j). */
export interface Pair {
  i: number;
  j: number;
}

/**
 * Per-feature cost of leaving the feature unmatched in a two-sided bead: γ · −log(1 − ρ_f),
 * ρ_f = (2·matched + κ·ρ_family) / (occurrences + κ), capped at ρMax; 0 for numbers (they have
 * their own cost) and weightless features.
 */
export function missCosts(space: FeatureSpace, A: SideData, B: SideData, pairs: Pair[], gamma: number, rhoMax: number, kappa = 2): Float64Array {
  const size = space.size;
  const occ = new Float64Array(size);
  const hit = new Float64Array(size);
  const famOcc = new Float64Array(8);
  const famHit = new Float64Array(8);
  for (const { i, j } of pairs) {
    let x = A.fStart[i];
    const xe = A.fStart[i + 1];
    let y = B.fStart[j];
    const ye = B.fStart[j + 1];
    for (let k = x; k < xe; k++) occ[A.fIds[k]]++;
    for (let k = y; k < ye; k++) occ[B.fIds[k]]++;
    while (x < xe && y < ye) {
      const u = A.fIds[x];
      const v = B.fIds[y];
      if (u === v) {
        hit[u] += 2;
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
  }
  for (let f = 0; f < size; f++) {
    famOcc[space.fam[f]] += occ[f];
    famHit[space.fam[f]] += hit[f];
  }
  const out = new Float64Array(size);
  if (gamma <= 0) return out;
  for (let f = 0; f < size; f++) {
    const fam = space.fam[f];
    if (fam === FAM.num || space.weight[f] <= 0) continue;
    const prior = famOcc[fam] > 0 ? famHit[fam] / famOcc[fam] : 0;
    const rho = Math.min(rhoMax, (hit[f] + kappa * prior) / (occ[f] + kappa));
    out[f] = gamma * -Math.log(1 - rho);
  }
  return out;
}
