import type { Bead } from './types';

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
