/**
 * Units and segments of a TMX/XLIFF file whose target is empty: untranslated, not translations that
 * dropped their figures. Their figures are not compared (`check FILE`, a batch job's `"file"`, and the
 * app on a project opened from such a file until the pair is re-aligned). A file half way through
 * translation holds many: a unit without a target, or a segmented unit (XLIFF 2 `<segment>`s, XLIFF 1.2
 * `mrk mtype="seg"`) some of whose segments have none yet. Pure functions, no I/O.
 */
import type { Bead } from '../align/types';
import type { Figure } from '../figures/types';
import type { EntityAnalysis } from '../entities/types';
import type { Comparison } from './types';
import { holdsText } from '../text/chars';

/**
 * The A sentences of each untranslated part of the beads a file gave (the app passes those with an
 * origin: a one-sided bead the aligner made is an omission, not work still to do): a unit with no
 * target, or a segment of a segmented unit with no target sentence (its counts in `origin.segments`,
 * while they fit). `blankB` tells a B sentence that holds no text (inline codes at most: a target
 * segment still to translate that kept a code): such a target is none.
 */
export function untranslatedParts(beads: readonly Bead[], blankB: (i: number) => boolean = () => false): number[][] {
  const out: number[][] = [];
  for (const bd of beads) {
    if (bd.a.length === 0) continue;
    if (bd.b.every(blankB)) {
      out.push(bd.a);
      continue;
    }
    const segs = bd.origin?.segments;
    if (!segs || segs.length < 2 || segs.reduce((n, [x]) => n + x, 0) !== bd.a.length || segs.reduce((n, [, y]) => n + y, 0) !== bd.b.length) continue;
    let atA = 0;
    let atB = 0;
    for (const [na, nb] of segs) {
      if (na > 0 && bd.b.slice(atB, atB + nb).every(blankB)) out.push(bd.a.slice(atA, atA + na));
      atA += na;
      atB += nb;
    }
  }
  return out;
}

/** `blankB` of `untranslatedParts` for a version: its sentences that hold inline-code placeholders and spaces only. */
export function blankSentences(version: { sentences: ReadonlyArray<{ text: string }> }): (i: number) => boolean {
  return (i) => {
    const s = version.sentences[i];
    return !!s && !holdsText(s.text);
  };
}

/**
 * The comparison without the mismatches that untranslated parts (`untranslatedParts`) alone make: those
 * of a bead holding nothing else on side A, and any mismatch about a figure of an untranslated sentence.
 */
export function withoutUntranslated(comparison: Comparison, untranslated: readonly number[][]): Comparison {
  if (untranslated.length === 0) return comparison;
  const idle = new Set(untranslated.flat());
  const idleBead = (m: Comparison['mismatches'][number]) => m.b.length === 0 && m.a.length > 0 && m.a.every((i) => idle.has(i));
  return { ...comparison, mismatches: comparison.mismatches.filter((m) => !idleBead(m) && !(m.aFigure && idle.has(m.aFigure.sentence))) };
}

/**
 * Version A without the figures and names of its untranslated parts: they take no part in the comparison,
 * so a figure of a segment still to translate is never the counterpart of one in a translated segment of
 * the same unit (which would hide that segment's drift). Call before comparing; `withoutUntranslated` after.
 */
export function withoutUntranslatedFigures<V extends { figures: Figure[]; entities?: EntityAnalysis }>(version: V, untranslated: readonly number[][]): V {
  if (untranslated.length === 0) return version;
  const idle = new Set(untranslated.flat());
  const entities = version.entities && {
    entities: version.entities.entities.filter((e) => !idle.has(e.sentence)),
    anonymous: version.entities.anonymous.filter((e) => !idle.has(e.sentence)),
  };
  return { ...version, figures: version.figures.filter((f) => !idle.has(f.sentence)), ...(entities ? { entities } : {}) };
}
