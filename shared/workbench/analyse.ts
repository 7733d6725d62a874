/**
 * The analysis the workbench asks for, and the pure function that answers it (run in the
 * worker in the app, directly in tests): each pair is aligned when it has no beads, re-aligned
 * keeping the user's confirmed and locked beads when asked, and compared.
 */
import type { AlignMode, Bead } from '../align/types';
import { blankSentences, untranslatedParts } from '../drift/untranslated';
import type { Lexicon } from '../align/lexicon';
import { align } from '../align';
import { AlignInputError } from '../align/errors';
import type { Comparison } from '../drift/types';
import { alignSide, checkVersions, type AnalysedVersion } from '../pipeline';
import { whoSaidWhat, type ClaimRow } from '../entities';
import { realignAnchors, restoreAnchors } from './realign';
import { refitPairs, type WorkbenchState } from './state';
import { sameCells } from './select';
import type { Termbase } from '../termbase/types';
import type { Lang } from '../text/types';

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

/** What an analysis is asked to read: the versions, the pairs and the project's termbase. */
export interface AnalysisAsked {
  versions: Array<{ text: string; lang?: Lang; langTag?: string; lines?: boolean }>;
  pairs: PairRequest[];
  termbase?: Termbase;
}

/** The analysis the present project needs (to be run when `analysisCovers` says it is not in). */
export function analysisAsked(state: WorkbenchState): AnalysisAsked {
  const project = state.history.present;
  return {
    versions: project.versions.map((v) => ({ text: v.text, lang: v.lang, ...(v.langTag ? { langTag: v.langTag } : {}), lines: v.segmentation === 'lines' })),
    pairs: pairRequests(state),
    termbase: project.termbase,
  };
}

/**
 * Whether two requests ask the same analysis, by content. The workbench's state can hand out new
 * objects with the same content (React re-applies a pending intent on every render while a
 * deferred one waits); a request already running for the same content is kept, not restarted.
 */
export function sameAnalysisAsked(x: AnalysisAsked, y: AnalysisAsked): boolean {
  if (x.versions.length !== y.versions.length || x.pairs.length !== y.pairs.length) return false;
  for (let i = 0; i < x.versions.length; i++) {
    const v = x.versions[i];
    const w = y.versions[i];
    if (v.text !== w.text || v.lang !== w.lang || v.langTag !== w.langTag || !!v.lines !== !!w.lines) return false;
  }
  for (let i = 0; i < x.pairs.length; i++) {
    const p = x.pairs[i];
    const q = y.pairs[i];
    if (p.a !== q.a || p.b !== q.b || p.mode !== q.mode || !!p.realign !== !!q.realign) return false;
    if (!p.beads !== !q.beads || (p.beads && q.beads && !sameBeads(p.beads, q.beads))) return false;
  }
  return x.termbase === y.termbase || JSON.stringify(x.termbase ?? null) === JSON.stringify(y.termbase ?? null);
}

/** The same cells, each confirmed and locked alike (a re-alignment keeps those). */
function sameBeads(x: readonly Bead[], y: readonly Bead[]): boolean {
  if (x === y) return true;
  if (!sameCells(x, y)) return false;
  for (let i = 0; i < x.length; i++) if (!x[i].confirmed !== !y[i].confirmed || !x[i].locked !== !y[i].locked) return false;
  return true;
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
  // A unit or segment of an opened TMX/XLIFF file without a target (a bead the file gave, not the aligner) is
  // untranslated: its figures are not compared, as `selaras check FILE` does not compare them
  const untranslated = pair.beads && !pair.realign ? untranslatedParts(beads.filter((bd) => bd.origin !== undefined), blankSentences(B)) : [];
  const { comparison } = checkVersions(A, B, { beads, untranslated, glossary: options.glossary, ...lexicon });
  return { beads, comparison, claims: whoSaidWhat(beads, A.entities, B.entities, comparison.mismatches), ...(modeSuggested ? { modeSuggested } : {}) };
}
