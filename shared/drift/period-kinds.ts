/**
 * The kind of period an ordinal names: a half-year (*semester I*, *paruh pertama*, "first half") or a
 * quarter (*kuartal II*, *triwulan ketiga*, "second quarter"). The reader takes each for an ordinal
 * of its value only, so *semester I* and "first quarter" agree as ordinals; but a half-year rendered
 * as a quarter dates every figure of the sentence to another period (the guideline labels it a date
 * drift). Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';

/** A kind of reporting period an ordinal may count. */
export type PeriodKind = 'half' | 'quarter';

/** The period words of both languages, per kind (a half-year's *semester* is Indonesian usage; "semester" in English is read the same way). */
const PERIOD_WORDS: Array<[RegExp, PeriodKind]> = [
  [/\b(?:semester|paruh|half|halves)\b|-half\b/i, 'half'],
  [/\b(?:kuartal|kwartal|triwulan|quarter|quarters)\b/i, 'quarter'],
];

/** The kind of period ordinal `f` counts, from its own words; undefined for any other figure. */
export function periodKindOf(f: Figure): PeriodKind | undefined {
  if (f.kind !== 'ordinal') return undefined;
  return PERIOD_WORDS.find(([re]) => re.test(f.text))?.[1];
}

/** The kinds of period two paired ordinals count, when both name one and they differ (a half-year rendered as a quarter). */
export function differingPeriods(a: Figure, b: Figure): [PeriodKind, PeriodKind] | undefined {
  const pa = periodKindOf(a);
  const pb = pa && periodKindOf(b);
  return pa && pb && pa !== pb ? [pa, pb] : undefined;
}
