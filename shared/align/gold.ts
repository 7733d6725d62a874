import type { Bead } from './types';
import { beadKey } from './bead-key';

/**
 * Parses sentence-alignment gold in the Text+Berg / Vecalign format, one bead a line:
 * `[4]:[5, 6, 7]`, `[]:[51]` (0-based). Other lines are skipped.
 */
export function parseGold(text: string): Bead[] {
  const out: Bead[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]\s*$/.exec(line);
    if (!m) continue;
    const nums = (s: string): number[] => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
    out.push({ a: nums(m[1]), b: nums(m[2]), score: 1 });
  }
  return out;
}

/** Counts for strict scoring in Vecalign's convention: beads with an empty side are left out. */
export interface StrictCounts {
  /** Test beads that exactly match a gold bead. */
  tp: number;
  test: number;
  gold: number;
}

export function strictCounts(gold: readonly Bead[], test: readonly Bead[]): StrictCounts {
  const g = gold.filter((b) => b.a.length && b.b.length);
  const t = test.filter((b) => b.a.length && b.b.length);
  const gk = new Set(g.map(beadKey));
  return { tp: t.filter((b) => gk.has(beadKey(b))).length, test: t.length, gold: g.length };
}

/** Precision, recall and F1 of (summed) strict counts. */
export function strictPRF(c: StrictCounts): [number, number, number] {
  const p = c.test ? c.tp / c.test : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}
