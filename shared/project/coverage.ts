/**
 * Whether a project's stored beads fit its texts: each aligned pair's beads must cover every
 * sentence of both versions exactly once, with no index beyond the text. A project file that
 * breaks this (hand-edited, from another tool, corrupted) would otherwise export with sentences
 * silently left out or invented.
 */
import { segment, splitLines } from '../text';
import type { Bead } from '../align/types';
import type { Project, Version } from './types';

/** A bead list that does not fit its versions, said in plain words (English, for `detail`). */
export interface CoverageProblem {
  /** Index of the aligned pair in `project.alignments`. */
  pair: number;
  side: 'a' | 'b';
  kind: 'out-of-range' | 'twice' | 'missing';
  /** The sentence index at fault (the first one missing, for `missing`). */
  sentence: number;
  /** How many sentences that version has. */
  sentences: number;
  message: string;
}

const counts = new Map<string, number>();
const MAX_REMEMBERED = 64;

/** A quick 32-bit fingerprint of a text (FNV-1a over its UTF-16 units), for the memo below. */
function fingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * How many sentences a project version has, as the analysis splits it: one per line when the
 * version says so, else by the segmenter in the version's language (the language is always
 * given in a project, so no mixed-language runs). Remembered by a fingerprint of the content, so
 * that repeated checks of the same texts (every autosave) cost a hash, not a segmentation.
 */
export function sentenceCount(version: Pick<Version, 'text' | 'lang' | 'langTag' | 'segmentation'>): number {
  const key = `${version.segmentation ?? 'segment'}|${version.lang}|${version.langTag ?? ''}|${version.text.length}|${fingerprint(version.text)}`;
  const known = counts.get(key);
  if (known !== undefined) return known;
  const n = (version.segmentation === 'lines' ? splitLines(version.text) : segment(version.text, version.lang, version.langTag)).length;
  if (counts.size >= MAX_REMEMBERED) counts.delete(counts.keys().next().value as string);
  counts.set(key, n);
  return n;
}

/** The first problem of one side of a bead list against `n` sentences, if any. */
function sideProblem(beads: Bead[], side: 'a' | 'b', n: number): Omit<CoverageProblem, 'pair' | 'message'> | undefined {
  const seen = new Uint8Array(n);
  for (const bead of beads) {
    for (const s of bead[side]) {
      if (s >= n) return { side, kind: 'out-of-range', sentence: s, sentences: n };
      if (seen[s]) return { side, kind: 'twice', sentence: s, sentences: n };
      seen[s] = 1;
    }
  }
  const missing = seen.indexOf(0);
  return missing >= 0 ? { side, kind: 'missing', sentence: missing, sentences: n } : undefined;
}

/**
 * The first aligned pair whose beads do not cover both versions' sentences exactly once and in
 * range, with what is wrong; `undefined` when every pair fits. A pair without any bead is not
 * aligned yet (the app aligns it when it opens; it saves a pair that way right after a text
 * is edited) and passes. Version indices are assumed valid (the schema checks them).
 */
export function beadCoverageProblem(project: Pick<Project, 'versions' | 'alignments'>): CoverageProblem | undefined {
  for (let pair = 0; pair < project.alignments.length; pair++) {
    const al = project.alignments[pair];
    if (al.beads.length === 0) continue;
    for (const side of ['a', 'b'] as const) {
      const version = project.versions[al[side]];
      if (!version) continue;
      const problem = sideProblem(al.beads, side, sentenceCount(version));
      if (!problem) continue;
      const name = version.name || version.id;
      const which = `sentence ${problem.sentence + 1} of ${name} (${problem.sentences} sentences)`;
      const message =
        problem.kind === 'out-of-range'
          ? `aligned pair ${pair + 1} names sentence ${problem.sentence + 1} of ${name}, which has only ${problem.sentences} sentences`
          : problem.kind === 'twice'
            ? `aligned pair ${pair + 1} names ${which} twice`
            : `aligned pair ${pair + 1} leaves out ${which}`;
      return { pair, ...problem, message };
    }
  }
  return undefined;
}
