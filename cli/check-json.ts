/**
 * The JSON of `selaras check --json` (and the beads of `selaras align --json`): one definition,
 * for `check`, `align` (through ./check-core) and the workers of `selaras batch` (./check-job).
 */
import type { AnalysedVersion } from '../shared/pipeline';
import type { AlignMode, Alignment, Bead } from '../shared/align/types';
import type { Comparison } from '../shared/drift/types';
import { whoSaidWhat } from '../shared/entities';

const round = (x: number) => Math.round(x * 1000) / 1000;
export const beadJson = (b: Bead) => ({ a: b.a, b: b.b, score: round(b.score) });

/** The mode that fits the two versions (`modeSuggested` in the JSON of align and check; `align` sets it). */
export const modeSuggested = (alignment: Alignment): AlignMode => alignment.modeSuggested ?? alignment.mode;

/**
 * A bead of `check --json`: as `align` gives it, and for a bead whose sentences do not read as
 * translations of each other (`comparison.notTranslations`) also `translation: false` and the cues why.
 */
function checkBeadJson(bead: Bead, comparison: Comparison): Record<string, unknown> {
  const not = comparison.notTranslations?.find((x) => sameIndices(x.a, bead.a) && sameIndices(x.b, bead.b));
  return not ? { ...beadJson(bead), translation: false, notTranslationCues: not.cues } : beadJson(bead);
}

const sameIndices = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((v, i) => v === y[i]);

/** The JSON object of `selaras check --json`. */
export function checkResultJson(a: AnalysedVersion, b: AnalysedVersion, alignment: Alignment, comparison: Comparison): Record<string, unknown> {
  return {
    langA: a.lang,
    langB: b.lang,
    modeSuggested: modeSuggested(alignment),
    beads: alignment.beads.map((bead) => checkBeadJson(bead, comparison)),
    mismatches: comparison.mismatches,
    matches: comparison.matches,
    // Who each claim is credited to, per version (shared/entities).
    claims: whoSaidWhat(alignment.beads, a.entities, b.entities, comparison.mismatches),
  };
}
