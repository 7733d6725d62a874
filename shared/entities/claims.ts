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

/** Positions (in `analysis.entities` and `analysis.anonymous`) of each sentence's credited parties. */
interface SourceIndex {
  named: Map<number, number[]>;
  anonymous: Map<number, number[]>;
}

function indexSources(analysis: EntityAnalysis): SourceIndex {
  const named = new Map<number, number[]>();
  const anonymous = new Map<number, number[]>();
  const put = (map: Map<number, number[]>, sentence: number, k: number): void => {
    const list = map.get(sentence);
    if (list) list.push(k);
    else map.set(sentence, [k]);
  };
  analysis.entities.forEach((e, k) => {
    if (e.role === 'source' || e.role === 'actor') put(named, e.sentence, k);
  });
  analysis.anonymous.forEach((x, k) => put(anonymous, x.sentence, k));
  return { named, anonymous };
}

/** Positions of the bead's sentences' parties, in the analysis's own order. */
function positions(map: Map<number, number[]>, indices: number[]): number[] {
  const out: number[] = [];
  for (const i of new Set(indices)) {
    const list = map.get(i);
    if (list) out.push(...list);
  }
  return out.sort((x, y) => x - y);
}

function sources(analysis: EntityAnalysis | undefined, index: SourceIndex | null, indices: number[]): ClaimSource[] {
  if (!analysis || !index) return [];
  const named = positions(index.named, indices)
    .map((k) => analysis.entities[k])
    .map((e) => ({ text: e.text, start: e.start, end: e.end, kind: e.role as 'source' | 'actor', cue: e.cue?.text ?? '' }));
  const anonymous = positions(index.anonymous, indices)
    .map((k) => analysis.anonymous[k])
    .map((x) => ({ text: x.text, start: x.start, end: x.end, kind: 'anonymous' as const, cue: x.cue.text }));
  return [...named, ...anonymous].sort((x, y) => x.start - y.start);
}

/** The claims of two aligned versions, bead by bead (beads where neither version credits anyone are left out). */
export function whoSaidWhat(beads: Bead[], a: EntityAnalysis | undefined, b: EntityAnalysis | undefined, mismatches: Mismatch[] = []): ClaimRow[] {
  const rows: ClaimRow[] = [];
  // Each version's parties indexed by sentence once (a scan per bead was quadratic on long texts).
  const indexA = a ? indexSources(a) : null;
  const indexB = b ? indexSources(b) : null;
  // The source mismatches indexed by their sentences once (a filter of all mismatches per bead was quadratic).
  const driftOf = new Map<string, string[]>();
  for (const m of mismatches) {
    if (m.kind !== 'entity' || !m.messageKey.startsWith('entities.mismatch.source')) continue;
    const key = sentencesKey(m.a, m.b);
    const list = driftOf.get(key);
    if (list) list.push(m.key);
    else driftOf.set(key, [m.key]);
  }
  beads.forEach((bead, i) => {
    const sourcesA = sources(a, indexA, bead.a);
    const sourcesB = sources(b, indexB, bead.b);
    if (!sourcesA.length && !sourcesB.length) return;
    const drift = [...(driftOf.get(sentencesKey(bead.a, bead.b)) ?? [])];
    rows.push({ bead: i, a: bead.a, b: bead.b, sourcesA, sourcesB, drift });
  });
  return rows;
}

/** The sentences of a bead, or of a mismatch, as one key: equal keys, equal sentence lists on both sides. */
function sentencesKey(a: readonly number[], b: readonly number[]): string {
  return `${a.join(',')}|${b.join(',')}`;
}

