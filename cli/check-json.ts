/**
 * The JSON of `selaras check --json` (and the beads of `selaras align --json`): one definition,
 * for `check`, `align` (through ./check-core) and the workers of `selaras batch` (./check-job).
 */
import type { AnalysedVersion } from '../shared/pipeline';
import type { AlignMode, Alignment, Bead } from '../shared/align/types';
import type { Comparison } from '../shared/drift/types';
import { whoSaidWhat } from '../shared/entities';
import { beadKey } from '../shared/align/bead-key';
import type { Mismatch } from '../shared/drift/types';
import type { Annotation, PairAlignment, Project, Verdict } from '../shared/project/types';
import { annotationsOfPair, isDismissed, mismatchVerdict, parseMismatchKey } from '../shared/project/annotations';

const round = (x: number) => Math.round(x * 1000) / 1000;
export const beadJson = (b: Bead) => ({ a: b.a, b: b.b, score: round(b.score) });

/** The mode that fits the two versions (`modeSuggested` in the JSON of align and check; `align` sets it). */
export const modeSuggested = (alignment: Alignment): AlignMode => alignment.modeSuggested ?? alignment.mode;

/**
 * A bead of `check --json`: as `align` gives it, and for a bead whose sentences do not read as
 * translations of each other (`cues`, from `comparison.notTranslations`) also `translation: false` and the cues why.
 */
function checkBeadJson(bead: Bead, cues: readonly string[] | undefined): Record<string, unknown> {
  return cues ? { ...beadJson(bead), translation: false, notTranslationCues: cues } : beadJson(bead);
}

/** The JSON object of `selaras check --json`. */
export function checkResultJson(a: AnalysedVersion, b: AnalysedVersion, alignment: Alignment, comparison: Comparison, untranslated?: readonly number[][]): Record<string, unknown> {
  const notTranslation = new Map((comparison.notTranslations ?? []).map((x) => [beadKey(x), x.cues]));
  return {
    langA: a.lang,
    langB: b.lang,
    // (a version in a language outside figure analysis: its tag, `de`, `fr-CH`)
    ...(a.langTag ? { langTagA: a.langTag } : {}),
    ...(b.langTag ? { langTagB: b.langTag } : {}),
    modeSuggested: modeSuggested(alignment),
    beads: alignment.beads.map((bead) => checkBeadJson(bead, notTranslation.get(beadKey(bead)))),
    mismatches: comparison.mismatches,
    matches: comparison.matches,
    // Who each claim is credited to, per version (shared/entities).
    claims: whoSaidWhat(alignment.beads, a.entities, b.entities, comparison.mismatches),
    // (a check of one TMX/XLIFF file: the A sentences of its units and segments without a target)
    ...(untranslated ? { untranslated } : {}),
  };
}

/** A mismatch with the user's review of it, from the project a checked file holds (`verdict`, `notes`: added fields). */
export type ReviewedMismatch = Mismatch & { verdict?: Verdict; notes?: string[] };

/**
 * The mismatches of a check of a file that holds a project (TMX, XLIFF, `.selaras`), each with the verdict and
 * the notes the user gave it there, when annotated (the same mismatch, by its key, on the same pair), and the notes
 * on a stretch of text that holds one of its figures (a reviewer's comment on the segment, another tool's comment).
 */
export function withReviews(project: Project, pair: Pick<PairAlignment, 'a' | 'b'>, mismatches: readonly Mismatch[]): ReviewedMismatch[] {
  const own = annotationsOfPair(project.annotations, pair.a, pair.b);
  const spans = project.annotations.filter((x) => x.target.type === 'span' && !x.target.removed && x.note.trim() !== '' && (x.target.version === pair.a || x.target.version === pair.b));
  return mismatches.map((m) => {
    const on = own.filter((x) => x.target.type === 'mismatch' && x.target.key === m.key && !x.target.removed);
    const holds = (x: Annotation) => {
      const t = x.target;
      if (t.type !== 'span') return false;
      const f = t.version === pair.a ? m.aFigure : m.bFigure;
      return !!f && t.start < f.end && f.start < t.end;
    };
    const around = spans.filter(holds);
    if (!on.length && !around.length) return m;
    const notes = [...on, ...around].map((x) => x.note).filter((n) => n.trim() !== '');
    return { ...m, ...(on.length ? { verdict: mismatchVerdict(on, m.key) } : {}), ...(notes.length ? { notes } : {}) };
  });
}

/** True when the user dismissed the mismatch (acceptable, false alarm): it no longer counts as a drift found. */
export const dismissedByUser = (m: ReviewedMismatch): boolean => m.verdict !== undefined && isDismissed({ verdict: m.verdict });

/** A verdict or note of a checked file's project that is on no mismatch of the check (`detached` in the JSON). */
export interface DetachedReview {
  id: string;
  verdict: Verdict;
  note: string;
  /** The figures (mismatch) or the text (note on text) it was about. */
  about: string;
}

/**
 * The verdicts and notes of the pair that this check finds no place for: a verdict whose mismatch is not found now (its
 * figure changed, in the file or another tool) or that an edit marked removed, and a note on text an edit removed.
 * Kept in the project; listed so that a check never passes over them silently.
 */
export function detachedReviews(project: Project, pair: Pick<PairAlignment, 'a' | 'b'>, mismatches: readonly Mismatch[]): DetachedReview[] {
  const live = new Set(mismatches.map((m) => m.key));
  const out: DetachedReview[] = [];
  for (const x of annotationsOfPair(project.annotations, pair.a, pair.b)) {
    const t = x.target;
    if (x.verdict === 'open' && x.note.trim() === '') continue;
    if (t.type === 'mismatch' && (t.removed || !live.has(t.key))) {
      const k = parseMismatchKey(t.key);
      out.push({ id: x.id, verdict: x.verdict, note: x.note, about: k ? [k.a?.text ?? '-', k.b?.text ?? '-'].join(' | ') : t.key });
    } else if (t.type === 'span' && t.removed && (t.version === pair.a || t.version === pair.b)) {
      out.push({ id: x.id, verdict: x.verdict, note: x.note, about: t.was ?? '' });
    }
  }
  return out;
}
