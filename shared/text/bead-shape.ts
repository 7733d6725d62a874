/**
 * What a bead pairs, as a user counts it: the sentences with text on each side. A text read line by
 * line (a TMX/XLIFF file, `--lines`) keeps its paragraph breaks as blank lines, which join the bead
 * before them so that beads cover every line; they are no sentence a user sees.
 */
import type { Sentence } from './types';

/** The indices of a bead's side that hold text (an index past the sentences counts: nothing known of it). */
export function textIndices(indices: readonly number[], sentences: readonly Sentence[]): number[] {
  return indices.filter((i) => sentences[i] === undefined || sentences[i].text !== '');
}

/** `2:1`: the sentences with text on side A and side B (`sep` between). */
export function beadShape(a: readonly number[], b: readonly number[], sentencesA: readonly Sentence[], sentencesB: readonly Sentence[], sep = ':'): string {
  return `${textIndices(a, sentencesA).length}${sep}${textIndices(b, sentencesB).length}`;
}
