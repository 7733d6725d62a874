/**
 * Which sentences of a text are still the same sentences after the text was edited, and what
 * that means for the beads the user confirmed or locked.
 *
 * The rule (one, for confirmed and locked alike): an old sentence keeps its identity through an
 * edit when
 * - the edit left at least half of its letters and digits in place (an unchanged run of
 *   `textEdit`: a typo fixed, a figure changed, words added or cut), and
 * - everything it kept lands in one sentence of the new text, which holds nothing kept from any
 *   other old sentence (it was neither split in two nor joined to a neighbour).
 * A sentence that keeps its identity is the same sentence at its new index, edited or not. One
 * deleted, rewritten (less than half kept), split or joined has no successor.
 *
 * A confirmed or locked bead keeps its flags, and its pairing, when every sentence of its edited
 * cell keeps its identity: a locked row whose sentence was edited stays locked to the edited
 * sentence. Otherwise the bead is released (aligned afresh with the rest) and counted, so the
 * workbench can say so.
 */
import type { Bead } from '../align/types';
import type { Sentence } from '../text/types';
import type { TextEdit } from './offsets';
import type { Side } from './types';

const WORD = /[\p{L}\p{N}]/u;

/**
 * For each sentence of `before` (sentences of `oldText`), the index of the same sentence in
 * `after` (sentences of the edited text), or null when the edit deleted, rewrote, split or
 * joined it (see the rule above).
 */
export function followSentences(edit: TextEdit, oldText: string, before: readonly Sentence[], after: readonly Sentence[]): Array<number | null> {
  const targets = before.map(() => new Set<number>());
  const keptWords = before.map(() => 0);
  const sources = after.map(() => new Set<number>());
  let k = 0;
  let run = 0;
  for (let i = 0; i < before.length; i++) {
    const s = before[i];
    while (run < edit.kept.length && edit.kept[run].from + edit.kept[run].length <= s.start) run++;
    for (let r = run; r < edit.kept.length && edit.kept[r].from < s.end; r++) {
      const { from, to, length } = edit.kept[r];
      const lo = Math.max(from, s.start);
      const hi = Math.min(from + length, s.end);
      for (let c = lo; c < hi; c++) {
        if (!WORD.test(oldText[c])) continue;
        const at = to + (c - from);
        // Positions only grow (runs and sentences are in order), so one pointer walks `after`.
        while (k < after.length && after[k].end <= at) k++;
        keptWords[i]++;
        if (k < after.length && after[k].start <= at) {
          targets[i].add(k);
          sources[k].add(i);
        }
      }
    }
  }
  return before.map((s, i) => {
    // (an empty line of a text read line by line, a paragraph break, is the same empty line where the edit left it)
    if (!WORD.test(s.text)) return emptyLineAfter(edit, s, after, sources);
    if (targets[i].size !== 1) return null;
    const [j] = targets[i];
    if (sources[j].size !== 1) return null;
    let words = 0;
    for (let c = s.start; c < s.end; c++) if (WORD.test(oldText[c])) words++;
    return keptWords[i] * 2 >= words ? j : null;
  });
}

/**
 * The sentence of `after` without letters or digits at the place the edit moved sentence `s` (one without them) to, if
 * any. Runs and sentences are in order: both are found by bisection (an edit of a long text holds many empty lines).
 */
function emptyLineAfter(edit: TextEdit, s: Sentence, after: readonly Sentence[], sources: ReadonlyArray<Set<number>>): number | null {
  const r = firstIndex(edit.kept.length, (k) => edit.kept[k].from + edit.kept[k].length >= s.end);
  const run = edit.kept[r];
  if (!run || run.from > s.start) return null;
  const at = run.to + (s.start - run.from);
  const j = firstIndex(after.length, (k) => after[k].start >= at);
  return j < after.length && after[j].start === at && !WORD.test(after[j].text) && sources[j].size === 0 ? j : null;
}

/** The first index below `n` for which `atOrPast` holds (it holds from some index on), or `n`. */
function firstIndex(n: number, atOrPast: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface BeadsThroughEdit {
  /**
   * The pair's beads for the edited text: every kept confirmed/locked bead (cell mapped to the
   * new sentence indices, flags as they were), every other sentence in a row of its own, in
   * order. Empty when no bead was kept (the pair is then aligned from scratch).
   */
  beads: Bead[];
  /** How many confirmed or locked beads kept their flags. */
  kept: number;
  /** How many confirmed or locked beads lost a sentence to the edit and were released. */
  released: number;
}

/**
 * The confirmed and locked beads of a pair after side `side`'s text was edited, `follow` being
 * `followSentences` for that text and `sentences` the edited text's sentence count (with `keepAll`,
 * every bead whose sentences the edit left in place: the units of a file). The result covers both
 * versions' sentences exactly once (so the project stays valid while the pair is re-aligned around
 * the kept beads).
 */
export function beadsThroughEdit(beads: readonly Bead[], side: Side, follow: ReadonlyArray<number | null>, sentences: number, keepAll = false): BeadsThroughEdit {
  const other: Side = side === 'a' ? 'b' : 'a';
  const otherCount = beads.reduce((n, b) => n + b[other].length, 0);
  const anchors: Bead[] = [];
  let released = 0;
  let lastSide = -1;
  let lastOther = -1;
  for (const b of beads) {
    const decided = b.confirmed || b.locked;
    if (!decided && !keepAll) continue;
    const cell = b[side].map((i) => follow[i] ?? null);
    const ok = cell.every((i): i is number => i !== null) && increasing(cell, lastSide) && increasing(b[other], lastOther);
    if (!ok) {
      if (decided) released++;
      continue;
    }
    const mapped: Bead = { ...b, [side]: cell };
    anchors.push(mapped);
    if (cell.length) lastSide = cell[cell.length - 1];
    if (b[other].length) lastOther = b[other][b[other].length - 1];
  }
  if (anchors.length === 0) return { beads: [], kept: 0, released };
  const out: Bead[] = [];
  const next = { a: 0, b: 0 };
  const total = { [side]: sentences, [other]: otherCount } as Record<Side, number>;
  const fill = (s: Side, upTo: number) => {
    for (; next[s] < upTo; next[s]++) out.push({ a: s === 'a' ? [next[s]] : [], b: s === 'b' ? [next[s]] : [], score: 0 });
  };
  for (const anchor of anchors) {
    for (const s of ['a', 'b'] as const) if (anchor[s].length) fill(s, anchor[s][0]);
    out.push(anchor);
    for (const s of ['a', 'b'] as const) if (anchor[s].length) next[s] = anchor[s][anchor[s].length - 1] + 1;
  }
  fill('a', total.a);
  fill('b', total.b);
  return { beads: out, kept: anchors.length, released };
}

/** True when `cell` is strictly increasing, consecutive, and starts after `after`. */
function increasing(cell: readonly number[], after: number): boolean {
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] <= (i === 0 ? after : cell[i - 1])) return false;
    if (i > 0 && cell[i] !== cell[i - 1] + 1) return false;
  }
  return true;
}
