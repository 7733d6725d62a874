/**
 * "Who said what": for every aligned bead where either version credits a claim, the parties
 * each version credits (named sources and actors, and unnamed ones such as `dia` or "the
 * agency"), and whether they differ, from the bead's entity mismatches.
 */
import type { Bead } from '../align/types';
import type { Mismatch } from '../drift/types';
import type { EntityAnalysis } from './types';

export interface ClaimSource {
  text: string;
  start: number;
  end: number;
  /** Named (`source`, `actor`) or a pronoun or generic reference (`anonymous`). */
  kind: 'source' | 'actor' | 'anonymous';
  /** The cue that credits it (`menurut`, `said`). */
  cue: string;
}

export interface ClaimRow {
  /** Index of the bead in the alignment. */
  bead: number;
  a: number[];
  b: number[];
  sourcesA: ClaimSource[];
  sourcesB: ClaimSource[];
  /** Keys of the bead's `entity` mismatches at level drift that concern a source (the credit changed). */
  drift: string[];
}

function sources(analysis: EntityAnalysis | undefined, indices: number[]): ClaimSource[] {
  if (!analysis) return [];
  const inBead = new Set(indices);
  const named = analysis.entities
    .filter((e) => inBead.has(e.sentence) && (e.role === 'source' || e.role === 'actor'))
    .map((e) => ({ text: e.text, start: e.start, end: e.end, kind: e.role as 'source' | 'actor', cue: e.cue?.text ?? '' }));
  const anonymous = analysis.anonymous
    .filter((x) => inBead.has(x.sentence))
    .map((x) => ({ text: x.text, start: x.start, end: x.end, kind: 'anonymous' as const, cue: x.cue.text }));
  return [...named, ...anonymous].sort((x, y) => x.start - y.start);
}

/** The claims of two aligned versions, bead by bead (beads where neither version credits anyone are left out). */
export function whoSaidWhat(beads: Bead[], a: EntityAnalysis | undefined, b: EntityAnalysis | undefined, mismatches: Mismatch[] = []): ClaimRow[] {
  const rows: ClaimRow[] = [];
  beads.forEach((bead, i) => {
    const sourcesA = sources(a, bead.a);
    const sourcesB = sources(b, bead.b);
    if (!sourcesA.length && !sourcesB.length) return;
    const drift = mismatches
      .filter((m) => m.kind === 'entity' && m.messageKey.startsWith('entities.mismatch.source') && sameSentences(m.a, bead.a) && sameSentences(m.b, bead.b))
      .map((m) => m.key);
    rows.push({ bead: i, a: bead.a, b: bead.b, sourcesA, sourcesB, drift });
  });
  return rows;
}

function sameSentences(x: number[], y: number[]): boolean {
  return x.length === y.length && x.every((v, k) => v === y[k]);
}
