/**
 * Figures a translator moved between sentences: a figure one version states in a sentence and the
 * other states in the sentence before or after (a merge, a split, a reordering the aligner kept as
 * separate beads). Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang } from '../text/types';
import { sameNumber } from './values';
import { countInPoints, percentInPoints } from '../figures/format';
import { conceptOf, relateConcepts } from './units';
import { yearPartMonths } from '../figures/year-parts';

/** The languages of a figure looked for (`f`) and of those it is looked for among (`o`). */
export interface FigureLangs {
  f: Lang;
  o: Lang;
}

/** Numbers a figure states: its value, or a range's two ends. */
function numbers(f: Figure): number[] {
  if (typeof f.value === 'number' && Number.isFinite(f.value)) return [f.value];
  return typeof f.low === 'number' && typeof f.high === 'number' ? [f.low, f.high] : [];
}

/**
 * True when two figures state the same value: the same number of the same kind, or the same date or time; given their
 * languages, not two counts of things known to differ (*17 rumah* is no *17 orang* moved).
 */
export function sameFigureValue(f: Figure, o: Figure, langs?: FigureLangs): boolean {
  if (f.kind === 'date' || f.kind === 'time' || o.kind === 'date' || o.kind === 'time') {
    if (f.kind !== o.kind || typeof f.value !== 'string' || typeof o.value !== 'string') return false;
    // (a day one version dates without its year, *Jumat (14/6)*, and the other with it, *14 Juni 2024*)
    return f.value === o.value || (f.kind === 'date' && (yearUnsaid(f.value, o.value) || yearUnsaid(o.value, f.value)));
  }
  // in one language (two outlets' versions), a part of a year (*Semester I*) is the same figure as the same part said
  // again: its months, not its lone number, tell it (a lone `I` says little elsewhere; *kuartal I* is no *semester I*).
  // Not across languages: on the judged translation flags it demoted a real one (held-out) for a false one (dev)
  const [partF, partO] = langs && langs.f === langs.o ? [yearPartMonths(f), yearPartMonths(o)] : [undefined, undefined];
  if (partF || partO) return !!partF && !!partO && partF[0] === partO[0] && partF[1] === partO[1];
  // a count of days is not a count of people: only figures of one kind (and one unit, when both have one) are the same
  // figure; percentage points said as points (*0,1 poin persentase* ↔ *0,1 poin*) are one
  if (f.kind !== o.kind) {
    const points = (x: Figure) => percentInPoints(x) || countInPoints(x);
    return points(f) && points(o) && numbers(o).some((n) => numbers(f).some((m) => sameNumber(m, n)));
  }
  if (f.kind === 'duration' && f.durationUnit !== o.durationUnit) return false;
  const mine = numbers(f);
  // a lone `one` / `satu` says too little to be recognised elsewhere
  if (mine.length === 1 && sameNumber(mine[0], 1) && f.form === 'words') return false;
  if (!numbers(o).some((n) => mine.some((m) => sameNumber(m, n)))) return false;
  // (the things two counts of one number count, weighed only then: a concept is looked up, not compared)
  return !(langs && f.kind === 'count' && f.unit && o.unit && relateConcepts(conceptOf(f, langs.f), conceptOf(o, langs.o), langs.f === langs.o) === 'different');
}

/** `x` is a day and month without a year (`--06-14`) and `y` the same day of some year (`2024-06-14`). */
function yearUnsaid(x: string, y: string): boolean {
  return /^--\d\d-\d\d$/.test(x) && /^\d{4}-\d\d-\d\d$/.test(y) && y.slice(4) === x.slice(1);
}

/**
 * The first figure of `others` that states the value of `f`, if any, and not under another hedge or bound: *sekitar
 * 15.000 warga* moved into another sentence as `lebih dari 15 ribu jiwa` was moved and changed, no excuse for the
 * change. (A hedge or bound on one side only may be the reading of a list, *450, 900, hingga 2.200 VA*: still moved.)
 */
export function sameFigureIn(f: Figure, others: readonly Figure[], langs?: FigureLangs): Figure | undefined {
  const hedged = (x: Figure) => (x.qualifier ?? 'exact') !== 'exact';
  return others.find((o) => o !== f && sameFigureValue(f, o, langs) && !(hedged(o) && hedged(f) && o.qualifier !== f.qualifier));
}
