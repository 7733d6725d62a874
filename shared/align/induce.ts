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
  const cntA = new Map<number, number>();
  const cntB = new Map<number, number>();
  const bagsA: number[][] = [];
  const bagsB: number[][] = [];
  for (const bd of chosen) {
    const wa = bag(A, bd.i0, bd.i1);
    const wb = bag(B, bd.j0, bd.j1);
    for (const w of wa) cntA.set(w, (cntA.get(w) ?? 0) + 1);
    for (const w of wb) cntB.set(w, (cntB.get(w) ?? 0) + 1);
    bagsA.push(wa);
    bagsB.push(wb);
  }
  const nB = B.words.length + 1;
  const co = new Map<number, number>();
  const maxShare = Math.max(o.minCount, chosen.length * 0.5);
  for (let k = 0; k < chosen.length; k++) {
    const wa = bagsA[k].filter((w) => {
      const c = cntA.get(w) ?? 0;
      return c >= o.minCount && c <= maxShare;
    });
    const wb = bagsB[k].filter((w) => {
      const c = cntB.get(w) ?? 0;
      return c >= o.minCount && c <= maxShare;
    });
    for (const x of wa) for (const y of wb) co.set(x * nB + y, (co.get(x * nB + y) ?? 0) + 1);
  }
  const best = new Map<number, Array<[number, number]>>();
  for (const [key, c] of co) {
    if (c < o.minCount) continue;
    const x = Math.floor(key / nB);
    const y = key - x * nB;
    const dice = (2 * c) / ((cntA.get(x) ?? 0) + (cntB.get(y) ?? 0));
    if (dice < o.minDice) continue;
    const wx = A.words[x];
    const wy = B.words[y];
    if (wx.length < 2 || wy.length < 2 || cognateSpelling(wx) === cognateSpelling(wy)) continue;
    let l = best.get(x);
    if (!l) best.set(x, (l = []));
    l.push([y, dice]);
  }
  const out: Array<[number, number]> = [];
  for (const [x, l] of best) {
    l.sort((p, q) => q[1] - p[1]);
    for (let k = 0; k < l.length && k < o.maxPerWord; k++) out.push([x, l[k][0]]);
  }
  return out;
}

function bag(d: SideData, s0: number, s1: number): number[] {
  const set = new Set<number>();
  for (let s = s0; s < s1; s++) for (let k = d.wStart[s]; k < d.wStart[s + 1]; k++) set.add(d.wIds[k]);
  return Array.from(set);
}
