/**
 * Prefer 1-1 beads (a decision on the Viterbi path, made before the posteriors): a stretch of the
 * path that leaves a node (i, j) and comes back to the same diagonal at (i + k, j + k), k ≤
 * `oneToOneSpan`, through anything other than k 1-1 beads — a 2-2 bead, a 1-2 bead next to a
 * 1-0, a 2-1 next to a 0-1, … — is replaced by the k 1-1 beads (i + t, j + t) when each of them is
 * acceptable on its own — shared evidence of at least `oneToOneMinShared` (the evidence weight
 * alone, without the costs of what the bead leaves unmatched: the moved part is unmatched in
 * the split by definition) and a Gale–Church |δ| of at most `oneToOneMaxDelta` — and,
 * with `oneToOneKeepNumbers`, together they leave no number unmatched on both sides that the
 * path matched.
 *
 * Why: in news translation a clause or a name often moves across a sentence boundary. The
 * evidence the moved part shares with the neighbouring sentence then buys a merged bead (or a
 * merge next to a dropped sentence), although every sentence still has its own translation next
 * to it. A translator building a memory wants the finer 1-1 beads there, and so does a
 * line-parallel corpus. A real merge (a sentence boundary moved, a sentence translated as two)
 * keeps its bead: there one of the 1-1 beads has lengths far apart or too little evidence, or
 * the moved part carries a number that only the merged bead matches on both sides.
 */
import { isWide, type BeadParts, type Scorer } from './scorer';

/** The path's nodes (local coordinates of range start (i0, j0)) with such stretches made 1-1. */
export function preferOneToOne(scorer: Scorer, nodes: Array<[number, number]>, i0: number, j0: number): Array<[number, number]> {
  const p = scorer.p;
  const K = p.oneToOneSpan;
  if (!(K > 0) || nodes.length < 2) return nodes;
  const parts: BeadParts = { total: 0, delta: 0, shared: 0, numMiss: 0, numShared: 0 };
  const acceptable = (i: number, j: number): boolean => {
    // -Infinity: a sentence a locked one-sided bead keeps unaligned (parts not filled).
    if (scorer.score(i0 + i + 1, j0 + j + 1, 1, 1, parts) === -Infinity) return false;
    return parts.shared >= p.oneToOneMinShared && Math.abs(parts.delta) <= p.oneToOneMaxDelta;
  };
  const out: Array<[number, number]> = [nodes[0]];
  let k = 0;
  while (k < nodes.length - 1) {
    const [i, j] = nodes[k];
    // The next node back on this node's diagonal, if the stretch to it is not already 1-1 beads.
    let m = k + 1;
    while (m < nodes.length && nodes[m][0] - i !== nodes[m][1] - j && nodes[m][0] - i <= K && nodes[m][1] - j <= K) m++;
    const span = m < nodes.length && nodes[m][0] - i === nodes[m][1] - j ? nodes[m][0] - i : 0;
    let replaced = false;
    if (span >= 1 && span <= K && !(m === k + 1 && span === 1)) {
      let ok = true;
      let splitMiss = 0;
      for (let t = 0; t < span && ok; t++) {
        ok = acceptable(i + t, j + t);
        splitMiss += parts.numMiss;
      }
      if (ok && p.oneToOneKeepNumbers) {
        // A number the path's own beads match but the 1-1 beads would leave unmatched is the
        // mark of a real merge (a sentence boundary moved): keep the path.
        let pathMiss = 0;
        for (let q = k; q < m; q++) {
          const [a0, b0] = nodes[q];
          const [a1, b1] = nodes[q + 1];
          scorer.score(i0 + a1, j0 + b1, a1 - a0, b1 - b0, parts);
          pathMiss += parts.numMiss;
        }
        // (Two more misses: the number is unmatched on both sides, not just left out by one.)
        if (splitMiss >= pathMiss + 2) ok = false;
      }
      if (ok) {
        for (let t = 1; t <= span; t++) out.push([i + t, j + t]);
        k = m;
        replaced = true;
      }
    }
    if (!replaced) {
      out.push(nodes[k + 1]);
      k++;
    }
  }
  return out;
}

/**
 * Widen a path: two neighbouring beads whose union is wider than the DP's bead types (a 1-3 and
 * a 0-1 make a 1-4; a 1-2 and a 1-1 a 2-3), at most `wideMax` sentences a side, become one bead
 * when it scores above the two together (Scorer `score` of a wide bead: prior −wideCost per
 * sentence past the first on each side). Run after the DP, on its path only: a few score calls per
 * bead, where a DP over those types would multiply the work of every band cell.
 *
 * Why: a translator who renders one long sentence as four or five short ones (or the reverse)
 * leaves the DP, which knows beads up to 1-3, to cut the rendering in two, one part of it
 * unaligned or matched to a neighbour. The merged bead is what a memory wants.
 */
export function widen(scorer: Scorer, nodes: Array<[number, number]>, i0: number, j0: number): Array<[number, number]> {
  const W = scorer.p.wideMax;
  if (!(W > 0) || nodes.length < 3) return nodes;
  const out = nodes.slice();
  let k = 0;
  while (k + 2 < out.length) {
    const [a0, b0] = out[k];
    const [a1, b1] = out[k + 1];
    const [a2, b2] = out[k + 2];
    const da = a2 - a0;
    const db = b2 - b0;
    const oneSided = a1 === a0 || b1 === b0 || a2 === a1 || b2 === b1;
    if (oneSided && isWide(da, db) && da <= W && db <= W) {
      const merged = scorer.score(i0 + a2, j0 + b2, da, db);
      const apart = scorer.score(i0 + a1, j0 + b1, a1 - a0, b1 - b0) + scorer.score(i0 + a2, j0 + b2, a2 - a1, b2 - b1);
      if (merged > apart) {
        out.splice(k + 1, 1);
        // (the wider bead may widen again with the bead before it)
        if (k > 0) k--;
        continue;
      }
    }
    k++;
  }
  return out;
}
