/**
 * Units of a TMX/XLIFF file whose target is empty: untranslated, not translations that dropped their
 * figures. Their figures are not compared (`check FILE`, a batch job's `"file"`, and the app on a project
 * opened from such a file until the pair is re-aligned). Pure functions, no I/O.
 */
import type { Bead } from '../align/types';
import type { Comparison } from './types';

/** Beads of side A alone: of a file checked unit by unit, its units without a target. */
export function untranslatedUnits(beads: readonly Bead[]): Bead[] {
  return beads.filter((bd) => bd.a.length > 0 && bd.b.length === 0);
}

/** The comparison without the mismatches of sentences that only untranslated units hold. */
export function withoutUntranslated(comparison: Comparison, untranslated: readonly Bead[]): Comparison {
  if (untranslated.length === 0) return comparison;
  const idle = new Set(untranslated.flatMap((bd) => bd.a));
  return { ...comparison, mismatches: comparison.mismatches.filter((m) => !(m.b.length === 0 && m.a.length > 0 && m.a.every((i) => idle.has(i)))) };
}
