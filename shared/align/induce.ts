/**
 * A lexicon induced from the document pair itself, as hunalign's second pass does: after a
 * first alignment, word pairs that co-occur in confident beads far more than chance (Dice) become
 * extra evidence for the second pass.
 */
import type { SideData } from './features';
import { cognateSpelling } from './normalize';

/** A bead of the first pass, as sentence ranges. */
export interface ConfidentBead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

export interface InduceOptions {
  minCount: number;
  minDice: number;
  maxPerWord: number;
  /** At most this many beads are read (evenly spaced) to bound the time on long documents. */
  maxBeads: number;
}

/** Word pairs as [A word id, B word id] (ids of `SideData.words`). */
export function induceLexicon(A: SideData, B: SideData, beads: ConfidentBead[], o: InduceOptions): Array<[number, number]> {
  if (beads.length < 4) return [];
  const step = beads.length > o.maxBeads ? beads.length / o.maxBeads : 1;
  const chosen: ConfidentBead[] = [];
  for (let k = 0; k < beads.length; k += step) chosen.push(beads[Math.floor(k)]);
  const nA = A.words.length;
  const nB = B.words.length;
  const bagsA = chosen.map((bd) => bag(A, bd.i0, bd.i1));
  const bagsB = chosen.map((bd) => bag(B, bd.j0, bd.j1));
  const cntA = new Int32Array(nA);
  const cntB = new Int32Array(nB);
  for (const b of bagsA) for (const w of b) cntA[w]++;
  for (const b of bagsB) for (const w of b) cntB[w]++;
  // Words that already meet themselves (same cognate spelling on the other side of their beads)
  // need no induced translation: pairing them with their neighbours would only add noise.
  const cogA = A.words.map(cognateSpelling);
  const cogB = B.words.map(cognateSpelling);
  const selfA = new Int32Array(nA);
  const selfB = new Int32Array(nB);
  chosen.forEach((_, k) => {
    const inB = new Set(bagsB[k].map((w) => cogB[w]));
    const inA = new Set(bagsA[k].map((w) => cogA[w]));
    for (const w of bagsA[k]) if (inB.has(cogA[w])) selfA[w]++;
    for (const w of bagsB[k]) if (inA.has(cogB[w])) selfB[w]++;
  });
  // Words seen in at least minCount and at most half of the beads take part.
  const maxShare = Math.max(o.minCount, chosen.length * 0.5);
  const okA = (w: number): boolean => cntA[w] >= o.minCount && cntA[w] <= maxShare && selfA[w] * 2 < cntA[w];
  const okB = (w: number): boolean => cntB[w] >= o.minCount && cntB[w] <= maxShare && selfB[w] * 2 < cntB[w];
  // Beads of each A word (inverted lists), then co-occurrence counts per A word in a dense array.
  const beadsOf: number[][] = Array.from({ length: nA }, () => []);
  bagsA.forEach((b, k) => {
    for (const w of b) if (okA(w)) beadsOf[w].push(k);
  });
  const filteredB = bagsB.map((b) => b.filter(okB));
  const co = new Int32Array(nB);
  const touched: number[] = [];
  const out: Array<[number, number]> = [];
  for (let x = 0; x < nA; x++) {
    const list = beadsOf[x];
    if (list.length < o.minCount) continue;
    for (const k of list) {
      for (const y of filteredB[k]) {
        if (co[y] === 0) touched.push(y);
        co[y]++;
      }
    }
    const cands: Array<[number, number]> = [];
    for (const y of touched) {
      const c = co[y];
      co[y] = 0;
      if (c < o.minCount) continue;
      const dice = (2 * c) / (cntA[x] + cntB[y]);
      if (dice < o.minDice) continue;
      if (A.words[x].length < 2 || B.words[y].length < 2 || cogA[x] === cogB[y]) continue;
      cands.push([y, dice]);
    }
    touched.length = 0;
    cands.sort((p, q) => q[1] - p[1]);
    for (let k = 0; k < cands.length && k < o.maxPerWord; k++) out.push([x, cands[k][0]]);
  }
  return out;
}

function bag(d: SideData, s0: number, s1: number): number[] {
  if (s1 - s0 === 1) return Array.from(d.wIds.subarray(d.wStart[s0], d.wStart[s0 + 1]));
  const set = new Set<number>();
  for (let s = s0; s < s1; s++) for (let k = d.wStart[s]; k < d.wStart[s + 1]; k++) set.add(d.wIds[k]);
  return Array.from(set);
}
