/**
 * A lexicon induced from the document pair itself, as hunalign's second pass does: after a
 * first alignment, word pairs that co-occur in confident beads far more than chance (Dice) become
 * extra evidence for the second pass.
 */
import type { SideData } from './features';

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
  const K = chosen.length;
  // The bag (distinct word ids) of every chosen bead, per side, in one flat array each.
  const bagsA = bags(A, chosen, true);
  const bagsB = bags(B, chosen, false);
  const cntA = new Int32Array(nA);
  const cntB = new Int32Array(nB);
  for (let k = 0; k < bagsA.ids.length; k++) cntA[bagsA.ids[k]]++;
  for (let k = 0; k < bagsB.ids.length; k++) cntB[bagsB.ids[k]]++;
  // Words that already meet themselves (same cognate spelling on the other side of their beads)
  // need no induced translation: pairing them with their neighbours would only add noise.
  const cogA = A.wordCog;
  const cogB = B.wordCog;
  let maxCog = 0;
  for (let w = 0; w < nA; w++) if (cogA[w] > maxCog) maxCog = cogA[w];
  for (let w = 0; w < nB; w++) if (cogB[w] > maxCog) maxCog = cogB[w];
  const selfA = new Int32Array(nA);
  const selfB = new Int32Array(nB);
  selfCounts(K, bagsA, bagsB, cogA, cogB, maxCog, selfA, selfB);
  // Words seen in at least minCount and at most half of the beads take part.
  const maxShare = Math.max(o.minCount, K * 0.5);
  const okA = new Uint8Array(nA);
  const okB = new Uint8Array(nB);
  for (let w = 0; w < nA; w++) okA[w] = cntA[w] >= o.minCount && cntA[w] <= maxShare && selfA[w] * 2 < cntA[w] ? 1 : 0;
  for (let w = 0; w < nB; w++) okB[w] = cntB[w] >= o.minCount && cntB[w] <= maxShare && selfB[w] * 2 < cntB[w] ? 1 : 0;
  // Beads of each A word (inverted lists, bead order), then co-occurrence counts per A word in a dense array.
  const listStart = new Int32Array(nA + 1);
  for (let q = 0; q < bagsA.ids.length; q++) if (okA[bagsA.ids[q]]) listStart[bagsA.ids[q] + 1]++;
  for (let w = 0; w < nA; w++) listStart[w + 1] += listStart[w];
  const list = beadLists(K, bagsA, okA, listStart);
  return bestPairs(A, B, o, bagsB, okB, cntA, cntB, listStart, list);
}

/** A bead's bag of word ids (see `bags`). */
interface Bags {
  start: Int32Array;
  ids: Int32Array;
}

/*
 * The phases of induceLexicon are functions of their own, each ending with its loop: V8 compiles
 * a long loop on stack replacement, and code after it that has not run yet throws that code away.
 */

/**
 * How many chosen beads hold each word together with a word of the same cognate spelling on the
 * other side (into selfA, selfB).
 */
function selfCounts(K: number, bagsA: Bags, bagsB: Bags, cogA: Int32Array, cogB: Int32Array, maxCog: number, selfA: Int32Array, selfB: Int32Array): void {
  const inA = new Int32Array(maxCog + 1).fill(-1);
  const inB = new Int32Array(maxCog + 1).fill(-1);
  for (let k = 0; k < K; k++) {
    for (let q = bagsB.start[k]; q < bagsB.start[k + 1]; q++) inB[cogB[bagsB.ids[q]]] = k;
    for (let q = bagsA.start[k]; q < bagsA.start[k + 1]; q++) inA[cogA[bagsA.ids[q]]] = k;
    for (let q = bagsA.start[k]; q < bagsA.start[k + 1]; q++) if (inB[cogA[bagsA.ids[q]]] === k) selfA[bagsA.ids[q]]++;
    for (let q = bagsB.start[k]; q < bagsB.start[k + 1]; q++) if (inA[cogB[bagsB.ids[q]]] === k) selfB[bagsB.ids[q]]++;
  }
}

/** The beads of each taking-part A word, in bead order: list[listStart[w] .. listStart[w + 1]). */
function beadLists(K: number, bagsA: Bags, okA: Uint8Array, listStart: Int32Array): Int32Array {
  const nA = listStart.length - 1;
  const fill = listStart.slice(0, nA);
  const list = new Int32Array(listStart[nA]);
  for (let k = 0; k < K; k++) {
    for (let q = bagsA.start[k]; q < bagsA.start[k + 1]; q++) {
      const w = bagsA.ids[q];
      if (okA[w]) list[fill[w]++] = k;
    }
  }
  return list;
}

/** For each A word, its best B words by Dice over the beads (co-occurrence counts in a dense array). */
function bestPairs(A: SideData, B: SideData, o: InduceOptions, bagsB: Bags, okB: Uint8Array, cntA: Int32Array, cntB: Int32Array, listStart: Int32Array, list: Int32Array): Array<[number, number]> {
  const nA = listStart.length - 1;
  const nB = B.words.length;
  const cogA = A.wordCog;
  const cogB = B.wordCog;
  const co = new Int32Array(nB);
  const touched = new Int32Array(nB);
  const out: Array<[number, number]> = [];
  const candY: number[] = [];
  const candD: number[] = [];
  for (let x = 0; x < nA; x++) {
    const l0 = listStart[x];
    const l1 = listStart[x + 1];
    if (l1 - l0 < o.minCount) continue;
    let nTouched = 0;
    for (let m = l0; m < l1; m++) {
      const k = list[m];
      for (let q = bagsB.start[k]; q < bagsB.start[k + 1]; q++) {
        const y = bagsB.ids[q];
        if (!okB[y]) continue;
        if (co[y] === 0) touched[nTouched++] = y;
        co[y]++;
      }
    }
    candY.length = 0;
    candD.length = 0;
    for (let t = 0; t < nTouched; t++) {
      const y = touched[t];
      const c = co[y];
      co[y] = 0;
      if (c < o.minCount) continue;
      const dice = (2 * c) / (cntA[x] + cntB[y]);
      if (dice < o.minDice) continue;
      if (A.words[x].length < 2 || B.words[y].length < 2 || cogA[x] === cogB[y]) continue;
      candY.push(y);
      candD.push(dice);
    }
    if (candY.length === 0) continue;
    // The best maxPerWord by Dice, ties in first-touched order (a stable sort's order).
    const order = candY.map((_, k) => k).sort((p, q) => candD[q] - candD[p] || p - q);
    for (let k = 0; k < order.length && k < o.maxPerWord; k++) out.push([x, candY[order[k]]]);
  }
  return out;
}

/**
 * Distinct word ids of each bead's span on one side: ids[start[k] .. start[k+1]). A single
 * sentence's list is its sorted wIds; a span's is in first-seen order (as a Set would give).
 */
function bags(d: SideData, beads: ConfidentBead[], sideA: boolean): Bags {
  const K = beads.length;
  const start = new Int32Array(K + 1);
  let total = 0;
  for (let k = 0; k < K; k++) {
    const bd = beads[k];
    const s0 = sideA ? bd.i0 : bd.j0;
    const s1 = sideA ? bd.i1 : bd.j1;
    total += d.wStart[s1] - d.wStart[s0];
  }
  const ids = new Int32Array(total);
  const seen = new Int32Array(d.words.length).fill(-1);
  let len = 0;
  for (let k = 0; k < K; k++) {
    const bd = beads[k];
    const s0 = sideA ? bd.i0 : bd.j0;
    const s1 = sideA ? bd.i1 : bd.j1;
    for (let q = d.wStart[s0]; q < d.wStart[s1]; q++) {
      const w = d.wIds[q];
      if (seen[w] === k) continue;
      seen[w] = k;
      ids[len++] = w;
    }
    start[k + 1] = len;
  }
  return { start, ids: ids.subarray(0, len) };
}
