/**
 * The analysis the workbench asks for, and the pure function that answers it (run in the
 * worker in the app, directly in tests): each pair is aligned when it has no beads, re-aligned
 * keeping the user's confirmed and locked beads when asked, and compared.
 */
import type { AlignMode, Bead } from '../align/types';
import type { Lexicon } from '../align/lexicon';
import { align } from '../align';
import { AlignInputError } from '../align/errors';
import { compareBeads } from '../drift';
import type { Comparison } from '../drift/types';
import { addEntityDrift, alignSide, type AnalysedVersion } from '../pipeline';
import { whoSaidWhat, type ClaimRow } from '../entities';
import { realignAnchors, restoreAnchors } from './realign';
import { refitPairs, type WorkbenchState } from './state';

export interface PairRequest {
  /** Version indices: a is the pivot. */
  a: number;
  b: number;
  mode: AlignMode;
  /** The current beads; absent (or `realign`) means: align. */
  beads?: Bead[];
  /** Re-align, keeping the confirmed and locked beads of `beads`. */
  realign?: boolean;
}

/** The pairs to analyse for the present project: which to align, re-align or only compare. */
export function pairRequests(state: WorkbenchState): PairRequest[] {
  const asked = new Set([...state.realign, ...refitPairs(state)]);
  return state.history.present.alignments.map((al, i) => ({
    a: al.a,
    b: al.b,
    mode: al.mode,
    beads: al.beads.length > 0 ? al.beads : undefined,
    realign: asked.has(i),
  }));
}

export interface PairOptions {
  lexicon?: Lexicon;
  glossary?: Array<[string, string]>;
  onProgress?: (fraction: number) => void;
}

/** Aligns (when asked) and compares one pair: its figures, and who is named or credited (shared/entities). */
export function analysePair(
  A: AnalysedVersion,
  B: AnalysedVersion,
  pair: PairRequest,
  options: PairOptions = {},
): { beads: Bead[]; comparison: Comparison; claims: ClaimRow[]; modeSuggested?: AlignMode } {
  let beads = pair.beads;
  let modeSuggested: AlignMode | undefined;
  if (!beads || pair.realign) {
    const before = pair.realign ? (pair.beads ?? []) : [];
    const run = (locked: Bead[]) =>
      align(alignSide(A), alignSide(B), {
        mode: pair.mode,
        locked: locked.length ? locked : undefined,
        glossary: options.glossary,
        ...(options.lexicon && A.lang !== B.lang ? { lexicon: options.lexicon } : {}),
        onProgress: options.onProgress,
      });
    const aligned = (locked: Bead[]) => {
      const alignment = run(locked);
      modeSuggested = alignment.modeSuggested;
      return alignment.beads;
    };
    try {
      beads = restoreAnchors(aligned(realignAnchors(before)), before);
    } catch (err) {
      // Confirmed beads that cannot all be kept together (they cross): keep the locked ones.
      if (!(err instanceof AlignInputError)) throw err;
      beads = aligned(before.filter((b) => b.locked));
    }
  }
  const lexicon = options.lexicon && A.lang !== B.lang ? { lexicon: options.lexicon } : {};
  const comparison = addEntityDrift(compareBeads(beads, A.figures, B.figures, A.lang, B.lang, { sentencesA: A.sentences, sentencesB: B.sentences, entitiesA: A.entities?.entities, entitiesB: B.entities?.entities, ...lexicon }), beads, A, B, { glossary: options.glossary, ...lexicon });
  return { beads, comparison, claims: whoSaidWhat(beads, A.entities, B.entities, comparison.mismatches), ...(modeSuggested ? { modeSuggested } : {}) };
}
