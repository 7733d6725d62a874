import type { Figure, FigureKind } from '../figures/types';
import type { Lang } from '../text/types';
import type { MatchStatus, MismatchKind } from './types';
import type { ChangeRole } from './change-roles';
import type { RatePeriod } from './rate-periods';
import { parseIsoDate, parseTime, relateDates, type DateParts } from './dates';
import { yearPartSpans } from '../figures/year-parts';
import { zoneOffsets } from '../figures/time-zones';
import { countInPoints, percentInPoints } from '../figures/format';
import { conceptSize, relateConcepts, type ConceptRelation, type FigureConcept } from './units';
import { MEASURING_FAMILIES, type UnitFamily } from '../figures/concepts';
import {
  NUMERIC_KINDS,
  qualifierClass,
  rangeReadings,
  numericReadings,
  relateNumbers,
  sameNumber,
  withinMagnitude,
  vagueBottom,
} from './values';

/** What a pair of figures amounts to, before it is explained. */
export type PairVerdict =
  | { type: 'match'; status: MatchStatus; detail: VerdictDetail }
  | { type: 'mismatch'; kind: Exclude<MismatchKind, 'missing' | 'added'>; detail: VerdictDetail };

/** Facts the explanation needs. */
export interface VerdictDetail {
  /** The readings (numbers, `LOW..HIGH`, ISO dates, times) that decided. */
  valueA?: number | string;
  valueB?: number | string;
  /** For scale drifts: the factor between the two. */
  factor?: number;
  /** For date drifts: the components that disagree. */
  dateParts?: string[];
  /** For ambiguous verdicts: the side holding the ambiguous figure and its readings. */
  ambiguousSide?: 'a' | 'b';
  readings?: Array<number | string>;
  /** Concept names, when the unit decides. */
  conceptA?: string;
  conceptB?: string;
  /** For a qualifier drift of the part a figure plays in a change (the increase rendered as the level reached): each side's part. */
  roles?: [ChangeRole, ChangeRole];
  /** For a date drift of two parts of a year of different lengths (*semester I* ↔ "first quarter"): the months each covers. */
  periods?: [number, number];
  /** For a unit drift of a rate's period (*per tahun* dropped): each side's period, `none` on the side without one. */
  rates?: [RatePeriod, RatePeriod];
  /** For a value drift of a conversion that does not restate its measure (`450 km (380 miles)`): set. */
  wrongConversion?: true;
  /** Two clock times, one of them without its zone, a whole number of half hours apart: maybe one moment converted. */
  zoneUnread?: true;
}

/** A possible pairing with its cost (lower is better) and its verdict. */
export interface PairEvaluation {
  cost: number;
  verdict: PairVerdict;
}

/** Everything known about one figure while pairing. */
export interface FigureInfo {
  figure: Figure;
  lang: Lang;
  concept?: FigureConcept;
  /** Relative position of the figure within its side of the bead, in [0, 1]. */
  position: number;
  /** Every figure of the same side of the bead (the figure among them), when known. */
  side?: readonly Figure[];
  /** The figure follows a preposition in its sentence (*di satu lapangan*), when the text is known. */
  afterPreposition?: boolean;
  /** The figure follows "up to" (*sampai dengan triwulan II*, "through June"): a span from the year's start, when the text is known. */
  toDate?: boolean;
  /** The figure follows a word of age (`aged 65`, *berusia 60*): a count of years, when the text is known. */
  age?: boolean;
}

/** Weight of the relative-position difference in the pairing cost. */
const POSITION_WEIGHT = 0.3;

const SCALE_WORDS: Array<[RegExp, number]> = [
  [/\b(triliun|trilyun|trillion|tn)\b/i, 1e12],
  [/\b(miliar|milyar|billion|bn)\b/i, 1e9],
  [/\b(juta|million|mn|mio)\b/i, 1e6],
  [/\b(ribu|thousand|rb)\b/i, 1e3],
];

/** The scale word of a figure: `scale` when the extractor set it, else read from its text. */
export function scaleOf(figure: Figure): number {
  if (figure.scale && figure.scale > 1) return figure.scale;
  for (const [re, v] of SCALE_WORDS) if (re.test(figure.text)) return v;
  return 1;
}

function kindGroup(kind: FigureKind): string {
  return kind === 'duration' ? 'count' : kind;
}

/** Words that make a count a multiplier (`1.5 times`, `3 kali`): such a count faces `other` figures. */
const MULTIPLIER_UNITS = new Set(['times', 'kali', 'kali lipat', 'fold']);

/** The group a figure pairs within: its kind's, but a count of `times` is a multiplier (`other`). */
function figureGroup(f: Figure): string {
  if (f.kind === 'count' && f.unit !== undefined && MULTIPLIER_UNITS.has(f.unit.toLowerCase())) return 'other';
  return kindGroup(f.kind);
}

/**
 * An ordinal and a count of the same number name one designator (`lantai 9` ↔ `ninth floor`,
 * `Brigade 3` ↔ `3rd Brigade`, `kelas lima` ↔ `fifth grade`): a match, never a drift; of
 * different numbers they are not counterparts. A lone ordinal word costs more than one with its noun.
 */
function designatorPair(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const va = a.figure.value;
  const vb = b.figure.value;
  if (typeof va !== 'number' || typeof vb !== 'number' || !sameNumber(va, vb) || !Number.isInteger(va)) return undefined;
  const [count, ordinal] = a.figure.kind === 'ordinal' ? [b.figure, a.figure] : [a.figure, b.figure];
  if (count.kind !== 'count' || count.qualifier !== 'exact') return undefined;
  // a lone ordinal word designates nothing (`to see first how`, `the first to`): an ordinal with its noun
  // (`the first semester` ↔ *satu semester*) is the nearer counterpart
  const lone = !/\s/.test(ordinal.text.trim());
  return { cost: lone ? 0.45 : 0.25, verdict: { type: 'match', status: 'converted', detail: { valueA: va, valueB: vb } } };
}

/**
 * A year alone (`en 1863`, *pada 1998*) and the same four digits read as a bare count on the other side (*Gründung
 * 1863*, `1988 erstmals`): whether four digits are a year or a number is the readers' guess, and the digits agree.
 */
function yearAsCount(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const [fy, fc] = a.figure.kind === 'date' ? [a.figure, b.figure] : [b.figure, a.figure];
  if (fy.kind !== 'date' || typeof fy.value !== 'string' || !/^\d{4}$/.test(fy.value)) return undefined;
  if (fc.kind !== 'count' || fc.form !== 'digits' || fc.unit !== undefined || fc.qualifier !== 'exact' || fc.text.trim() !== fy.value) return undefined;
  return { cost: 0.3, verdict: { type: 'match', status: 'converted', detail: { valueA: a.figure.value as string | number, valueB: b.figure.value as string | number } } };
}

/** Seconds in one unit of time (a month as a twelfth of a year). */
export const SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 7 * 86400,
  month: 365.25 * 86400 / 12,
  semester: 365.25 * 86400 / 2,
  year: 365.25 * 86400,
  decade: 3652.5 * 86400,
  century: 36525 * 86400,
};

/** Largest relative gap between two durations in different units still called the same (`a month` ↔ `30 days`). */
const DURATION_TOLERANCE = 0.1;

/**
 * Two durations in different units (`dua pekan` ↔ `14 days`, `seperempat abad` ↔ `25 years`,
 * `3 tahun 4 bulan` ↔ `40 months`): the same length is a converted match; another length of
 * the same kind of time is a value drift.
 */
function durationsAcrossUnits(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== 'duration' || fb.kind !== 'duration' || !fa.durationUnit || !fb.durationUnit || fa.durationUnit === fb.durationUnit) return undefined;
  const sa = SECONDS[fa.durationUnit];
  const sb = SECONDS[fb.durationUnit];
  if (!sa || !sb || typeof fa.value !== 'number' || typeof fb.value !== 'number') return undefined;
  const x = fa.value * sa;
  const y = fb.value * sb;
  const detail: VerdictDetail = { valueA: fa.value, valueB: fb.value, conceptA: a.concept?.name, conceptB: b.concept?.name };
  const gap = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-9);
  if (gap <= DURATION_TOLERANCE) return { cost: 0.1, verdict: { type: 'match', status: gap < 1e-9 ? 'converted' : 'rounded', detail } };
  if (sameNumber(fa.value, fb.value)) return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail } };
  if (fa.qualifier !== fb.qualifier) return undefined;
  return { cost: 0.8, verdict: { type: 'mismatch', kind: 'value', detail } };
}

/**
 * Basis points against percentage points (`25 basis poin` ↔ `0.25 percentage points`, and the
 * reverse): 100 basis points make one point. The same change is a converted match; another one is
 * a value drift. A plain percent (`0.25 percent`) is not paired here: percent and points differ.
 */
function basisPointsAsPoints(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const isBp = (i: FigureInfo) => i.figure.kind === 'count' && i.concept?.name === 'basis points';
  const isPts = (i: FigureInfo) => percentInPoints(i.figure) || (i.figure.kind === 'count' && i.concept?.name === 'points');
  const [bp, pts] = isBp(a) && isPts(b) ? [a, b] : isBp(b) && isPts(a) ? [b, a] : [undefined, undefined];
  if (!bp || !pts || typeof bp.figure.value !== 'number' || typeof pts.figure.value !== 'number') return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number, conceptA: a.concept?.name, conceptB: b.concept?.name };
  if (sameNumber(bp.figure.value / 100, pts.figure.value)) return { cost: 0.1, verdict: { type: 'match', status: 'converted', detail } };
  // 25 basis points ↔ 25 points: the number kept, the unit changed
  if (sameNumber(bp.figure.value, pts.figure.value)) return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail } };
  if (bp.figure.qualifier !== pts.figure.qualifier) return undefined;
  return { cost: 0.8, verdict: { type: 'mismatch', kind: 'value', detail } };
}

/**
 * Percentage points in version A said as a plain percent in B (*naik 0,6 poin persentase* ↔ `rose 0.6 percent`, `fell
 * 0.2 percentage point` ↔ *turun 0,2 persen*): a change of a rate in points became a relative change, a unit drift
 * when the number is kept. The reverse (a plain percent made points) is a unit mismatch too: a drift when the percent is
 * English (`rose 1.8%` ↔ *naik 1,8 poin persentase*) or both versions are in one language, a review when an Indonesian
 * *persen* became points (Indonesian copy often writes *persen* for points, and a translation that says points may
 * say it better: confidence cue `loose-percent`).
 */
function pointsAsPercent(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  if (typeof fa.value !== 'number' || typeof fb.value !== 'number' || !sameNumber(fa.value, fb.value)) return undefined;
  const detail = (x: string, y: string): VerdictDetail => ({ valueA: fa.value as number, valueB: fb.value as number, conceptA: x, conceptB: y });
  const points = (f: Figure) => percentInPoints(f) || countInPoints(f);
  const plain = (f: Figure) => f.kind === 'percent' && !percentInPoints(f);
  // (the languages read by the English reader are told apart by their words: *Prozentpunkte* is no plain percent)
  const percentWord = (f: Figure) => /\b(?:persen|percent|per\s?cent)\b|%/i.test(f.text);
  // points made a plain percent, in a translation either way (*0,6 poin persentase* ↔ `0.6 percent`, `0.2 percentage
  // point` ↔ *0,2 persen*)
  // (an index's points, *IHSG turun 12 poin*, are points, not percentage points)
  const pointsName = (f: Figure) => (f.kind === 'percent' ? 'percentage points' : 'points');
  // percentage points said as points (*0,1 poin persentase* ↔ *0,1 poin*, `0.1 percentage point` ↔ *0,1 poin*): one change of a rate
  if ((percentInPoints(fa) && countInPoints(fb)) || (countInPoints(fa) && percentInPoints(fb))) {
    return { cost: 0.1, verdict: { type: 'match', status: 'converted', detail: detail(pointsName(fa), pointsName(fb)) } };
  }
  if (points(fa) && plain(fb) && percentWord(fb)) return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail: detail(pointsName(fa), 'percent') } };
  // a plain percent made points (two republications; a translation, weakly so from Indonesian: see above)
  if (plain(fa) && percentWord(fa) && points(fb)) {
    return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail: detail('percent', pointsName(fb)) } };
  }
  return undefined;
}

/**
 * Basis points against a percent (`25 basis poin` ↔ `0,25 persen`): 100 basis points make one percentage point, a
 * converted match; the number kept (`25 basis poin` ↔ `25 persen`) is a unit drift.
 */
function basisPointsAsPercent(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const isBp = (i: FigureInfo) => i.figure.kind === 'count' && i.concept?.name === 'basis points';
  const isPct = (i: FigureInfo) => i.figure.kind === 'percent' && !percentInPoints(i.figure);
  const [bp, pct] = isBp(a) && isPct(b) ? [a, b] : isBp(b) && isPct(a) ? [b, a] : [undefined, undefined];
  if (!bp || !pct || typeof bp.figure.value !== 'number' || typeof pct.figure.value !== 'number') return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number, conceptA: bp === a ? 'basis points' : 'percent', conceptB: bp === b ? 'basis points' : 'percent' };
  if (sameNumber(bp.figure.value / 100, pct.figure.value)) return { cost: 0.1, verdict: { type: 'match', status: 'converted', detail } };
  if (sameNumber(bp.figure.value, pct.figure.value)) return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail } };
  return undefined;
}

/** Unit words of a range of percentages (`70-80 persen`). */
const PERCENT_UNITS = /^(?:persen|prosen|percent|per\s+cent|%)$/i;

/**
 * A range against one of its ends stated as a bound (`sekitar 70-80 persen` ↔ `more than 70 percent`,
 * *5 hingga 8 hari* ↔ `up to 8 days`): the same end, the claim made another way, a qualifier drift.
 * A lower bound faces the range's low end, an upper bound its high end; anything else is left to the
 * usual comparison (a range and a single figure are not counterparts there), as is a bound whose side
 * states the range's other end too.
 */
function rangeAgainstBound(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const [range, single] = a.figure.kind === 'range' && b.figure.kind !== 'range' ? [a, b] : b.figure.kind === 'range' && a.figure.kind !== 'range' ? [b, a] : [undefined, undefined];
  if (!range || !single || typeof single.figure.value !== 'number') return undefined;
  const ends = rangeReadings(range.figure)[0];
  if (!ends) return undefined;
  const q = qualifierClass(single.figure.qualifier);
  const end = q === 'lower' ? ends[0] : q === 'upper' ? ends[1] : undefined;
  if (end === undefined || !sameNumber(end, single.figure.value)) return undefined;
  // `around Rp 500,000 up to Rp 2,000,000`: the range's other end stated apart on the bound's side is the range written in two
  const otherEnd = end === ends[0] ? ends[1] : ends[0];
  if (single.side?.some((g) => g !== single.figure && typeof g.value === 'number' && sameNumber(g.value, otherEnd))) return undefined;
  const percentRange = PERCENT_UNITS.test(range.figure.unit ?? '');
  if (percentRange !== (single.figure.kind === 'percent')) return undefined;
  if (!percentRange && (!['count', 'money', 'duration'].includes(single.figure.kind) || relateConcepts(range.concept, single.concept, a.lang === b.lang) === 'different')) return undefined;
  const detail: VerdictDetail = { valueA: `${a.figure.value}`, valueB: `${b.figure.value}`, conceptA: a.concept?.name, conceptB: b.concept?.name };
  return { cost: 0.3, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
}

/**
 * A multiplier against the percentage change it makes (`doubled` ↔ `naik 100 persen`, *naik tiga kali
 * lipat* ↔ `rose 200 percent`, `halved` ↔ *turun 50 persen*): the same change, a converted match. Any
 * other pair of the two is left to the usual comparison (they are not counterparts).
 */
function multiplierAsPercent(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const isFactor = (i: FigureInfo) => i.figure.kind === 'other' && typeof i.figure.value === 'number' && i.figure.value > 0 && !sameNumber(i.figure.value, 1);
  const isChange = (i: FigureInfo) => i.figure.kind === 'percent' && typeof i.figure.value === 'number' && !percentInPoints(i.figure);
  const [factor, change] = isFactor(a) && isChange(b) ? [a, b] : isFactor(b) && isChange(a) ? [b, a] : [undefined, undefined];
  if (!factor || !change) return undefined;
  const m = factor.figure.value as number;
  const p = change.figure.value as number;
  if (!sameNumber(Math.abs(m - 1) * 100, Math.abs(p)) || qualifierClass(factor.figure.qualifier) !== qualifierClass(change.figure.qualifier)) return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number };
  return { cost: 0.15, verdict: { type: 'match', status: 'converted', detail } };
}

/**
 * A factor below one against the fraction it keeps or takes off, said in words (`halved` ↔ *turun separuh*): the same
 * change, a converted match. Any other pair of the two is left to the usual comparison.
 */
function factorAsFraction(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const isFactor = (i: FigureInfo) => i.figure.kind === 'other' && typeof i.figure.value === 'number' && i.figure.value > 0 && i.figure.value < 1;
  const isFraction = (i: FigureInfo) => i.figure.kind === 'count' && typeof i.figure.value === 'number' && i.figure.value > 0 && i.figure.value < 1 && i.figure.form === 'words';
  const [factor, fraction] = isFactor(a) && isFraction(b) ? [a, b] : isFactor(b) && isFraction(a) ? [b, a] : [undefined, undefined];
  if (!factor || !fraction) return undefined;
  const m = factor.figure.value as number;
  const f = fraction.figure.value as number;
  if (!sameNumber(m, f) && !sameNumber(1 - m, f)) return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number };
  return { cost: 0.15, verdict: { type: 'match', status: 'converted', detail } };
}

/**
 * A fraction said in words against the same share as a percentage (*setengah dari penduduk* ↔ `50
 * percent of the population`, `two-thirds of voters` ↔ *67 persen pemilih*, `a quarter` ↔ *25 persen*):
 * the same share, a converted match, within the percentage's rounding to a whole point. Any other pair
 * of the two is left to the usual comparison.
 */
function fractionAsPercent(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const isFraction = (i: FigureInfo) => i.figure.kind === 'count' && typeof i.figure.value === 'number' && i.figure.value > 0 && i.figure.value < 1 && i.figure.form === 'words';
  const isShare = (i: FigureInfo) => i.figure.kind === 'percent' && typeof i.figure.value === 'number' && !percentInPoints(i.figure);
  const [fraction, share] = isFraction(a) && isShare(b) ? [a, b] : isFraction(b) && isShare(a) ? [b, a] : [undefined, undefined];
  if (!fraction || !share) return undefined;
  const f = (fraction.figure.value as number) * 100;
  const p = share.figure.value as number;
  if (Math.abs(f - p) > 0.51 || qualifierClass(fraction.figure.qualifier) !== qualifierClass(share.figure.qualifier)) return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number };
  return { cost: 0.15, verdict: { type: 'match', status: sameNumber(f, p) ? 'converted' : 'rounded', detail } };
}

/**
 * A proportion said as a part of a whole against the same share as a fraction or a percentage (*satu dari lima
 * balita* ↔ `a fifth of children`, *seperlima*, `20 percent`; `two in five` ↔ *40 persen*): the part's figure is a
 * converted match with the share, within the percentage's rounding to a whole point. (The whole, its own figure, is
 * said by the match: drift/compare.)
 */
function proportionAsShare(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const share = (i: FigureInfo): number | undefined => {
    const f = i.figure;
    if (typeof f.value !== 'number' || f.outOf !== undefined) return undefined;
    if (f.kind === 'percent' && !percentInPoints(f)) return f.value / 100;
    return f.kind === 'count' && f.value > 0 && f.value < 1 && f.form === 'words' ? f.value : undefined;
  };
  const proportion = (i: FigureInfo) => (i.figure.outOf !== undefined && typeof i.figure.value === 'number' ? i.figure.value / i.figure.outOf : undefined);
  const x = proportion(a) ?? proportion(b);
  const y = proportion(a) !== undefined ? share(b) : share(a);
  if (x === undefined || y === undefined || Math.abs(x - y) * 100 > 0.51) return undefined;
  const detail: VerdictDetail = { valueA: a.figure.value as number, valueB: b.figure.value as number };
  // (the same share under another hedge or bound, *dua pertiga* ↔ `as many as two out of three`: the qualifier changed)
  if (qualifierClass(a.figure.qualifier) !== qualifierClass(b.figure.qualifier)) return { cost: 0.3, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
  return { cost: 0.15, verdict: { type: 'match', status: sameNumber(x * 100, y * 100) ? 'converted' : 'rounded', detail } };
}

/**
 * A percentage of version A that version B gives as the bare number (*0,05 persen pertumbuhan* ↔ `0.05
 * growth`): the same digits with the unit dropped, a unit drift (guideline section 16). Only a number
 * with decimals, which does not recur by chance, and only this way round: a number A leaves bare that B
 * calls a percentage (`2,40` ↔ `2.4 percent`) states the unit A's context implies.
 */
function percentDropped(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  // a bare number, or one before a word that is no unit of its own (`0.05 growth`)
  const bare = !b.concept || !b.concept.known || b.concept.family === 'unknown';
  if (fa.kind !== 'percent' || fb.kind !== 'count' || !bare || fb.form !== 'digits' || fb.ambiguous || percentInPoints(fa)) return undefined;
  if (typeof fa.value !== 'number' || typeof fb.value !== 'number' || Number.isInteger(fa.value) || !sameNumber(fa.value, fb.value)) return undefined;
  if (qualifierClass(fa.qualifier) !== qualifierClass(fb.qualifier)) return undefined;
  return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail: { valueA: fa.value, valueB: fb.value } } };
}

/**
 * An amount one version gives with its currency and the other as the bare number (`Rp8.975/8.980 per
 * dolar AS` ↔ "8,975/8,980 per US dollar"): one figure with its currency left to the context, a `unit`
 * mismatch between the two (for review: a quote's currency is plain from the sentence), not a missing
 * amount and an added number.
 */
function currencyLeftOut(money: FigureInfo, bare: FigureInfo): PairEvaluation | undefined {
  const fm = money.figure;
  const fb = bare.figure;
  if (fm.kind !== 'money' || !fm.currency || fb.kind !== 'count' || fb.form !== 'digits' || fb.ambiguous || fm.ambiguous) return undefined;
  if (bare.concept?.known && bare.concept.family !== 'unknown') return undefined;
  if (typeof fm.value !== 'number' || typeof fb.value !== 'number' || !sameNumber(fm.value, fb.value)) return undefined;
  if (qualifierClass(fm.qualifier) !== qualifierClass(fb.qualifier)) return undefined;
  // the same number on both sides, whichever holds the currency; the same four or more digits (a quote, *9.453*
  // ↔ `Rp9,453`) outweigh another amount that only rounds to it (*Rp9.450*), which is then left for what it is
  const cost = significantDigits(fb.text) >= 4 ? 0.05 : 0.5;
  return { cost, verdict: { type: 'mismatch', kind: 'unit', detail: { valueA: fm.value, valueB: fb.value } } };
}

/** How many significant digits a number written in digits shows (`9.453` 4, `0,25` 2, `12.000` 2). */
function significantDigits(text: string): number {
  const digits = text.replace(/\D/g, '').replace(/^0+/, '');
  return digits.replace(/0+$/, '').length;
}

/** A temperature (`difference`: a difference of temperatures) in degrees Celsius, from a reading on the scale `concept` names. */
function celsiusOf(value: number, concept: string, difference: boolean): number | undefined {
  return concept === 'degrees celsius' ? value : concept === 'degrees fahrenheit' ? ((value - (difference ? 0 : 32)) * 5) / 9 : undefined;
}

/** Largest relative gap between a measure and its conversion into another unit (`100 km` ↔ `60 miles` is 3.4 %). */
const CONVERSION_TOLERANCE = 0.1;

/**
 * The gap between two measures of one dimension in different units (`450 km` against `380 miles`): relative for
 * units with a size (0.26 there), in degrees Celsius for temperatures; `within` a conversion's rounding, or
 * `beyond` any rounding a translator allows himself (wire copy rounds `48 C` to `120 F`); undefined when they
 * are not two such measures (another dimension, a unit of unknown size, the same unit).
 */
function measureGap(a: FigureInfo, b: FigureInfo): { gap: number; within: boolean; beyond: boolean } | undefined {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== 'count' || fb.kind !== 'count' || typeof fa.value !== 'number' || typeof fb.value !== 'number') return undefined;
  const ca = a.concept;
  const cb = b.concept;
  if (!ca?.known || !cb?.known || ca.name === cb.name || ca.family !== cb.family) return undefined;
  if (ca.family === 'temperature') {
    // (a scale with its own zero: `30 derajat Celsius` ↔ `86 degrees Fahrenheit`, within one degree Celsius; or a
    // difference of temperatures, which has none: a warming of `0.47 Celsius (1 Fahrenheit)`)
    const x = celsiusOf(fa.value, ca.name, false);
    const y = celsiusOf(fb.value, cb.name, false);
    const dx = celsiusOf(fa.value, ca.name, true);
    const dy = celsiusOf(fb.value, cb.name, true);
    if (x === undefined || y === undefined || dx === undefined || dy === undefined) return undefined;
    const gap = Math.min(Math.abs(x - y), Math.abs(dx - dy));
    return { gap, within: gap <= 1, beyond: gap > 2.5 };
  }
  const sa = conceptSize(ca.name);
  const sb = conceptSize(cb.name);
  if (!sa || !sb) return undefined;
  const x = fa.value * sa;
  const y = fb.value * sb;
  const gap = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-9);
  return { gap, within: gap <= CONVERSION_TOLERANCE, beyond: gap > 2 * CONVERSION_TOLERANCE };
}

/**
 * True when `conversion` restates `measure` in another unit of the same dimension and gets it wrong
 * (`450 km (380 miles)`: 450 km is about 280 miles).
 */
export function conversionDisagrees(measure: FigureInfo, conversion: FigureInfo): boolean {
  return measureGap(measure, conversion)?.beyond === true;
}

/** True when `conversion` restates `measure` in another unit of the same dimension, within a conversion's rounding. */
export function conversionAgrees(measure: FigureInfo, conversion: FigureInfo): boolean {
  return measureGap(measure, conversion)?.within === true;
}

/**
 * A measure converted into another unit of the same dimension (`100 km` ↔ `62 miles`, `5 hektare`
 * ↔ `12 acres`): the same size is a converted match. Anything else is left to the usual comparison
 * (a unit drift when the number is kept, a value drift otherwise).
 */
function measureConverted(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const m = measureGap(a, b);
  if (!m?.within) return undefined;
  const { gap } = m;
  const fa = a.figure;
  const fb = b.figure;
  const detail: VerdictDetail = { valueA: fa.value as number, valueB: fb.value as number, conceptA: a.concept!.name, conceptB: b.concept!.name };
  // dearer than the same figure in the same unit, which `270 km (170 miles)` also holds
  return { cost: 0.3, verdict: { type: 'match', status: gap < 1e-9 ? 'converted' : 'rounded', detail } };
}

function conceptCost(rel: ConceptRelation): number {
  return rel === 'same' ? 0 : rel === 'unknown' ? 0.15 : 0.5;
}

/** Whether the concept (unit) of this kind takes part in the verdict. */
function conceptMatters(kind: FigureKind): boolean {
  return kind === 'count' || kind === 'money' || kind === 'duration' || kind === 'range';
}

/**
 * Evaluates pairing figure `a` (side A) with figure `b` (side B): `undefined` when they cannot
 * be counterparts (different kinds, unrelated dates, different values of different things),
 * else the cost of the pairing and what it would mean.
 */
export function evaluatePair(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  if ((fa.kind === 'ordinal') !== (fb.kind === 'ordinal')) {
    const d = designatorPair(a, b);
    return d ? { cost: d.cost + POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: d.verdict } : undefined;
  }
  // *semester pertama* ↔ `first quarter`: one ordinal number, two spans of the year; *sampai dengan
  // triwulan II* ↔ `first half`: two numbers, one span
  const toDate = { a: a.toDate, b: b.toDate };
  const spans = yearPartSpans(fa, fb, toDate);
  if (spans) {
    const [sa, sb] = spans;
    const length = ([s, e]: [number, number]) => e - s + 1;
    if ((toDate.a || toDate.b) && sa[0] === sb[0] && sa[1] === sb[1]) {
      return { cost: POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: { type: 'match', status: 'converted', detail: { valueA: fa.value as number, valueB: fb.value as number } } };
    }
    if (length(sa) !== length(sb)) {
      const months = ([s, e]: [number, number]) => `${String(s).padStart(2, '0')}..${String(e).padStart(2, '0')}`;
      const detail: VerdictDetail = { valueA: months(sa), valueB: months(sb), dateParts: ['month'], periods: [length(sa), length(sb)] };
      return { cost: 0.5 + POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: { type: 'mismatch', kind: 'date', detail } };
    }
    // parts of one length compare their numbers as values below
  }
  const bp = yearAsCount(a, b) ?? basisPointsAsPoints(a, b) ?? basisPointsAsPercent(a, b) ?? pointsAsPercent(a, b) ?? multiplierAsPercent(a, b) ?? factorAsFraction(a, b) ?? fractionAsPercent(a, b) ?? proportionAsShare(a, b) ?? rangeAgainstBound(a, b) ?? percentDropped(a, b) ?? currencyLeftOut(a, b) ?? currencyLeftOut(b, a);
  if (bp) return { cost: bp.cost + POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: bp.verdict };
  const ga = figureGroup(fa);
  const gb = figureGroup(fb);
  if (ga !== gb) return undefined;
  // `1.5 times` (a count of times) against `1,5 kali` (a multiplier): compared as multipliers
  if (ga === 'other' && fa.kind !== fb.kind) return withPosition(evaluateOther(a, b), a, b);
  const across = durationsAcrossUnits(a, b) ?? measureConverted(a, b);
  if (across) return { cost: across.cost + POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: across.verdict };
  const sameLang = a.lang === b.lang;
  const matters = conceptMatters(fa.kind) && conceptMatters(fb.kind);
  const crel: ConceptRelation = matters
    ? relateConcepts(a.concept, b.concept, sameLang)
    : fa.kind === 'percent'
      ? relateConcepts(a.concept, b.concept, sameLang) === 'same'
        ? 'same'
        : 'unknown'
      : 'same';
  const position = POSITION_WEIGHT * Math.abs(a.position - b.position);
  const base = evaluateValues(a, b, crel);
  if (!base) return undefined;
  if (durationAgainstCount(a, b) && base.verdict.type === 'mismatch' && base.verdict.kind === 'value') return undefined;
  if (oneAgainstOtherThings(a, b, crel) && base.verdict.type === 'mismatch' && base.verdict.kind === 'value') return undefined;
  if ((wordCountAgainstMeasure(a, b) || wordCountAgainstMeasure(b, a)) && base.verdict.type === 'mismatch' && base.verdict.kind === 'value') return undefined;
  return { cost: base.cost + position, verdict: base.verdict };
}

/**
 * A count of one said in words after a preposition (*di satu lapangan*, `in one field`: *satu* is often
 * Indonesian's indefinite article) and a count of more of a thing not known to be the same (`two
 * aircrew`): nothing says they are one quantity, so they are two figures, each without a counterpart,
 * never a value drift of one.
 */
function oneAgainstOtherThings(a: FigureInfo, b: FigureInfo, crel: ConceptRelation): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== 'count' || fb.kind !== 'count' || !fa.unit || !fb.unit || crel === 'same') return false;
  const one = (x: FigureInfo) => x.figure.form === 'words' && x.figure.value === 1 && x.afterPreposition === true;
  const oneA = one(a);
  const oneB = one(b);
  return oneA !== oneB && fb.value !== fa.value;
}

/**
 * A count said in words of a thing the table does not know (`deux cordées`, *dua regu*) and a measure in a
 * known unit (`ca. 8510 m`, `40 ton`): a measure is written in digits with its unit, so nothing says they are
 * one quantity; two figures, each without a counterpart, never a value drift of one.
 */
function wordCountAgainstMeasure(w: FigureInfo, m: FigureInfo): boolean {
  const measure = m.concept?.known === true && MEASURING_FAMILIES.has(m.concept.family as UnitFamily) && m.concept.family !== 'military-unit' && m.concept.family !== 'time';
  return measure && w.figure.kind === 'count' && w.figure.form === 'words' && w.concept?.known !== true;
}

/**
 * A span of time (`sekitar satu jam`, "seven months") and a count that is no span of time (an age in
 * parentheses, `(33)`, "300 traders"): nothing says they are one quantity, so when their values differ
 * they are two figures, each without a counterpart, never a value drift of one. An age said with its word
 * (`aged 65 and over` ↔ *berusia 60 tahun ke atas*) is a count of years: one quantity, a value drift.
 */
function durationAgainstCount(a: FigureInfo, b: FigureInfo): boolean {
  const [d, c] = a.figure.kind === 'duration' ? [a, b] : [b, a];
  if (d.figure.kind !== 'duration' || c.figure.kind !== 'count') return false;
  return !(c.age && d.figure.durationUnit === 'year' && !c.figure.unit);
}

function withPosition(e: PairEvaluation | undefined, a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  return e ? { cost: e.cost + POSITION_WEIGHT * Math.abs(a.position - b.position), verdict: e.verdict } : undefined;
}

function evaluateValues(a: FigureInfo, b: FigureInfo, crel: ConceptRelation): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  switch (fa.kind) {
    case 'date':
      return evaluateDates(a, b);
    case 'time':
      return evaluateTimes(a, b);
    case 'range':
      return evaluateRanges(a, b, crel);
    case 'other':
      return evaluateOther(a, b);
    default:
      break;
  }
  if (!NUMERIC_KINDS.has(fa.kind)) return undefined;
  const ra = numericReadings(fa);
  const rb = numericReadings(fb);
  if (ra.length === 0 || rb.length === 0) return undefined;
  const primary = numericVerdict(ra[0], rb[0], a, b, crel);
  if (!fa.ambiguous && !fb.ambiguous) return primary;
  // Read as its own document's convention (`Rp 5,800` in English is 5,800), an ambiguous figure
  // that agrees is a correct rendering, not an ambiguity.
  const ca = fa.ambiguous ? conventionalReading(fa, a.lang, ra) : ra[0];
  const cb = fb.ambiguous ? conventionalReading(fb, b.lang, rb) : rb[0];
  if (ca !== undefined && cb !== undefined) {
    const conventional = numericVerdict(ca, cb, a, b, crel);
    if (conventional?.verdict.type === 'match') return conventional;
  }
  // The same digit string on both sides, ambiguous only in the source (`562,793 ton` written the English
  // way in Indonesian ↔ `562,793 tons`): the translator copied the figure and states it plainly in its
  // own convention, so the reading both share is the one meant. A copy that is ambiguous in the
  // translation (`1.500 pekerja` ↔ `1.500 workers`) misleads its reader and stays an ambiguity.
  const copied = fa.ambiguous && !fb.ambiguous && copiedDigits(fa, fb) ? agreeingReadings(ra, rb, a, b, crel) : undefined;
  if (copied) return copied;
  // An ambiguous figure: try every reading; if the readings disagree on match vs mismatch, the
  // reading decides and that is what is reported.
  let best = primary;
  let anyMatch = primary?.verdict.type === 'match';
  let anyMismatch = primary !== undefined && primary.verdict.type === 'mismatch';
  let matchReading: [number, number] | undefined = anyMatch ? [ra[0], rb[0]] : undefined;
  for (let i = 0; i < ra.length; i++) {
    for (let j = 0; j < rb.length; j++) {
      if (i === 0 && j === 0) continue;
      const ev = numericVerdict(ra[i], rb[j], a, b, crel);
      if (!ev) continue;
      if (ev.verdict.type === 'match') {
        anyMatch = true;
        matchReading ??= [ra[i], rb[j]];
      } else anyMismatch = true;
      if (!best || ev.cost < best.cost) best = ev;
    }
  }
  if (!best) return undefined;
  if (anyMatch && anyMismatch) {
    const side: 'a' | 'b' = fa.ambiguous ? 'a' : 'b';
    return {
      cost: Math.min(best.cost + 0.1, 0.5),
      verdict: {
        type: 'mismatch',
        kind: 'ambiguous',
        detail: {
          ambiguousSide: side,
          readings: side === 'a' ? ra : rb,
          valueA: matchReading ? matchReading[0] : ra[0],
          valueB: matchReading ? matchReading[1] : rb[0],
        },
      },
    };
  }
  return primary ?? best;
}

/** The digits of a figure with their separators (`562,793`), or undefined without a separator. */
function separatedDigits(figure: Figure): string | undefined {
  const token = /\d[\d.,]*\d/.exec(figure.text)?.[0];
  return token && /[.,]/.test(token) ? token : undefined;
}

/** True when both figures write their number with the same separated digit string (`1.250` ↔ `1.250`). */
export function copiedDigits(fa: Figure, fb: Figure): boolean {
  const da = separatedDigits(fa);
  return da !== undefined && da === separatedDigits(fb);
}

/** The match of the first reading pair that agrees, if any. */
function agreeingReadings(ra: number[], rb: number[], a: FigureInfo, b: FigureInfo, crel: ConceptRelation): PairEvaluation | undefined {
  for (const x of ra) {
    for (const y of rb) {
      if (!sameNumber(x, y)) continue;
      const ev = numericVerdict(x, y, a, b, crel);
      if (ev?.verdict.type === 'match') return ev;
    }
  }
  return undefined;
}

/**
 * The reading of a figure's digits in its document's convention (English: `,` groups and `.`
 * is the decimal mark; Indonesian the reverse), times its scale word, when it is one of the
 * figure's readings.
 */
export function conventionalReading(figure: Figure, lang: Lang, readings: number[]): number | undefined {
  const token = /\d[\d.,]*\d|\d/.exec(figure.text)?.[0];
  if (!token) return undefined;
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const plain = token.split(group).join('').replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const n = Number(plain);
  const candidates = [n, n * scaleOf(figure)];
  for (const r of readings) if (candidates.some((c) => sameNumber(c, r))) return r;
  return undefined;
}

function notation(f: Figure): string {
  return f.text.toLowerCase().replace(/\s+/g, '');
}

function matchStatus(a: FigureInfo, b: FigureInfo, rounded: boolean): MatchStatus {
  if (rounded) return 'rounded';
  // (across languages too, the same characters for the same value are the same notation: `2007` ↔ `2007`, `93` ↔ `93`)
  return notation(a.figure) === notation(b.figure) ? 'exact' : 'converted';
}

/** Words that make an approximate figure a span of its decade or hundred: `tiga puluhan`, `dua ratusan`, `30-odd`, `50-an`. */
const DECADE_SPAN = /\b(?:puluhan|ratusan)\b|\d-(?:an|odd)\b|(?:ty|red)-odd\b/i;

/** The Indonesian magnitude word of the teens (`belasan` = 11–19, `belasan ribu` = 11,000–19,000): no English plural says it. */
const TEENS_SPAN = /\bbelasan\b/i;

/**
 * True when two magnitude words of one order name different spans: the teens (*belasan*, *belasan ribu*)
 * against the tens (*puluhan*, `dozens`, `scores of`, `tens of thousands`). Both read as 10 (10,000), yet
 * "a dozen or so" and "dozens" tell the reader different numbers (guideline section 12: a `value`).
 */
export function teensAgainstTens(fa: Figure, fb: Figure): boolean {
  return fa.qualifier === 'magnitude' && fb.qualifier === 'magnitude' && TEENS_SPAN.test(fa.text) !== TEENS_SPAN.test(fb.text);
}

/**
 * True when figure `f` (value `v`) is an approximate span of a decade or a hundred (`tiga puluhan` =
 * 30–39, `dua ratusan` = 200–299, `thirty-odd`, `50-an`) that holds `other`.
 */
export function decadeSpanHolds(f: Figure, v: number, other: number): boolean {
  if (f.qualifier !== 'about' || !DECADE_SPAN.test(f.text) || !(v >= 10) || !Number.isInteger(v)) return false;
  let width = 1;
  while (v % (width * 10) === 0 && width * 10 <= v) width *= 10;
  return width >= 10 && other >= v && other < v + width;
}

function numericVerdict(
  x: number,
  y: number,
  a: FigureInfo,
  b: FigureInfo,
  crel: ConceptRelation,
): PairEvaluation | undefined {
  const fa = a.figure;
  const fb = b.figure;
  const ccost = conceptCost(crel);
  const detail: VerdictDetail = { valueA: x, valueB: y, conceptA: a.concept?.name, conceptB: b.concept?.name };
  const ignoreQualifier = fa.kind === 'ordinal';
  const qa = ignoreQualifier ? 'exact' : qualifierClass(fa.qualifier);
  const qb = ignoreQualifier ? 'exact' : qualifierClass(fb.qualifier);
  // (or a pound or dollar named by its bare word against its kin named in full: units.ts currencyKin)
  const sameCurrency = fa.kind !== 'money' || !fa.currency || !fb.currency || fa.currency === fb.currency || crel === 'same';

  // A magnitude word (`ribuan`, `thousands`) against a precise value.
  if ((qa === 'magnitude') !== (qb === 'magnitude')) {
    if (crel === 'different') return undefined;
    const [mag, precise] = qa === 'magnitude' ? [x, y] : [y, x];
    // `belasan` ↔ `more than ten`, `more than a dozen`, `a dozen or so`; `ribuan` ↔ `over 1,000`: the
    // bottom of the span, bounded from below or hedged, says the same as the word (guideline section 4)
    if (vagueBottom(mag, precise, qa === 'magnitude' ? qb : qa)) {
      return { cost: 0.1 + ccost, verdict: { type: 'match', status: 'rounded', detail } };
    }
    if (withinMagnitude(mag, precise)) {
      return { cost: 0.3 + ccost, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
    }
    return { cost: 0.75 + ccost, verdict: { type: 'mismatch', kind: 'value', detail } };
  }

  // `belasan orang` ↔ `dozens of people`: the teens against the tens, one value read for two spans
  if (qa === 'magnitude' && qb === 'magnitude' && sameNumber(x, y) && teensAgainstTens(fa, fb)) {
    if (crel === 'different') return undefined;
    return { cost: 0.6 + ccost, verdict: { type: 'mismatch', kind: 'value', detail } };
  }
  let rel = relateNumbers(x, y, fa, fb);
  // `sekitar tiga puluhan` ↔ `about three dozen`: a span of the decade holds the other figure
  if (rel === 'differ' && (decadeSpanHolds(fa, x, y) || decadeSpanHolds(fb, y, x))) rel = 'rounded';
  if (rel === 'equal' || rel === 'rounded') {
    if (crel === 'different' || !sameCurrency) {
      return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail } };
    }
    if (qa !== qb && !neutralFaces(fa, qa, fb, qb, a.lang === b.lang)) {
      // a rounded value costs its rounding here too, so that a figure of the same value and the same
      // hedge is the nearer counterpart (`mendekati 9.200` ↔ `near 9,200`, not `di atas 9.150`)
      return { cost: 0.15 + (rel === 'rounded' ? 0.1 : 0) + ccost, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
    }
    return {
      cost: (rel === 'rounded' ? 0.1 : 0) + ccost,
      verdict: { type: 'match', status: matchStatus(a, b, rel === 'rounded'), detail },
    };
  }
  if (crel === 'different' || !sameCurrency) return undefined;
  if (rel === 'scale') {
    const factor = Math.max(Math.abs(x), Math.abs(y)) / Math.min(Math.abs(x), Math.abs(y));
    if (scaleOf(fa) !== scaleOf(fb)) {
      return { cost: 0.4 + ccost, verdict: { type: 'mismatch', kind: 'scale', detail: { ...detail, factor } } };
    }
  }
  // the same number with the other sign (`-0,14 persen` ↔ "0.14 percent" of deflation) is the nearest of value mismatches
  if (x !== 0 && sameNumber(x, -y)) return { cost: 0.35 + ccost, verdict: { type: 'mismatch', kind: 'value', detail } };
  // `more than 600` ↔ `637`, `more than two dozen` ↔ `26`: a bound at the other figure rounded toward it holds that
  // figure; the bound is what changed (guideline section 5: a `qualifier`), not the number
  if (roundedBound(x, qa, y, qb) || roundedBound(y, qb, x, qa)) return { cost: 0.35 + ccost, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
  const spread = Math.min(1, Math.abs(Math.log10(Math.abs(x) / Math.abs(y))) || 1);
  return { cost: 0.6 + 0.2 * spread + ccost, verdict: { type: 'mismatch', kind: 'value', detail } };
}

/**
 * `bound` (qualified `qb`: a lower or an upper bound) is `value` rounded toward itself, and holds it: `more than 600`
 * of 637 (600 is 637 rounded down to the hundreds), `over 5 percent` of 5.37, `more than two dozen` of 26, `under
 * 1,000` of 960; `value` is stated exactly or hedged (`about`).
 */
function roundedBound(bound: number, qb: string, value: number, qv: string): boolean {
  if ((qv !== 'exact' && qv !== 'about') || !(bound > 0) || !(value > 0) || sameNumber(bound, value)) return false;
  const lower = qb === 'lower';
  if (!lower && qb !== 'upper') return false;
  if (lower ? value <= bound : value >= bound) return false;
  // (a dozen, as two dozen of 26)
  if (bound % 12 === 0 && Math.abs(value - bound) < 12 && bound <= 120) return true;
  for (let k = -3; k <= 12; k++) {
    const step = 10 ** k;
    if (step > Math.max(bound, value)) break;
    const near = (lower ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9)) * step;
    if (Math.abs(near - bound) <= 1e-9 * Math.max(1, bound)) return true;
  }
  return false;
}

/**
 * A number introduced by a neutral word (`sebanyak 50 orang`) faces `some 50`, `about 50`, `as many
 * as 50` or `50` alike in a translation: no qualifier drift, only a lower bound (`more than 50`) changes the
 * claim. Between two versions in one language the word was chosen against the other's: *sekitar 2.300* made
 * *sebanyak 2.300* dropped the hedge (an upper bound, *hingga*, still faces it: "as many as").
 */
function neutralFaces(fa: Figure, qa: string, fb: Figure, qb: string, oneLanguage: boolean): boolean {
  const faces = (q: string) => q === 'upper' || (q === 'about' && !oneLanguage);
  if (fa.neutral && qa === 'exact') return faces(qb);
  if (fb.neutral && qb === 'exact') return faces(qa);
  return false;
}

function evaluateRanges(a: FigureInfo, b: FigureInfo, crel: ConceptRelation): PairEvaluation | undefined {
  const ra = rangeReadings(a.figure);
  const rb = rangeReadings(b.figure);
  if (ra.length === 0 || rb.length === 0) return undefined;
  const [la, ha] = ra[0];
  const [lb, hb] = rb[0];
  const detail: VerdictDetail = {
    valueA: `${la}..${ha}`,
    valueB: `${lb}..${hb}`,
    conceptA: a.concept?.name,
    conceptB: b.concept?.name,
  };
  const ccost = conceptCost(crel);
  const lowRel = relateNumbers(la, lb);
  const highRel = relateNumbers(ha, hb);
  // `1975-1990` ↔ `1975-95`: a span of years is exact, a year is never rounded
  const years = [la, ha, lb, hb].every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100) && !a.figure.scale && !b.figure.scale && !a.figure.currency && !b.figure.currency;
  const ok = (r: string) => r === 'equal' || (r === 'rounded' && !years);
  if (ok(lowRel) && ok(highRel)) {
    if (crel === 'different') return { cost: 0.5, verdict: { type: 'mismatch', kind: 'unit', detail } };
    // about 30 to 35 million ↔ 30-35 juta: the approximation is on one side only
    const qa = qualifierClass(a.figure.qualifier);
    const qb = qualifierClass(b.figure.qualifier);
    if (qa !== qb && !neutralFaces(a.figure, qa, b.figure, qb, a.lang === b.lang)) {
      return { cost: 0.15 + ccost, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
    }
    const rounded = lowRel === 'rounded' || highRel === 'rounded';
    return { cost: ccost + (rounded ? 0.1 : 0), verdict: { type: 'match', status: matchStatus(a, b, rounded), detail } };
  }
  if (crel === 'different') return undefined;
  if (lowRel === 'scale' && highRel === 'scale' && scaleOf(a.figure) !== scaleOf(b.figure)) {
    const factor = Math.max(Math.abs(ha), Math.abs(hb)) / Math.min(Math.abs(ha), Math.abs(hb));
    return { cost: 0.4 + ccost, verdict: { type: 'mismatch', kind: 'scale', detail: { ...detail, factor } } };
  }
  return { cost: 0.65 + ccost, verdict: { type: 'mismatch', kind: 'value', detail } };
}

/** A date written in digits only, day and month in an order the writer's convention decides (`5/2/2008`, `05-02-08`). */
const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/** A date's readings: the one written first, then an ambiguous date's other order of day and month (`05/06/2024`). */
function dateReadings(f: FigureInfo['figure']): string[] {
  const alt = f.ambiguous ? (f.alternatives ?? []).filter((x): x is string => typeof x === 'string') : [];
  return [String(f.value), ...alt];
}

function evaluateDates(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  let da = parseIsoDate(a.figure.value);
  let db = parseIsoDate(b.figure.value);
  if (!da || !db) return evaluateOther(a, b);
  const detail: VerdictDetail = { valueA: String(a.figure.value), valueB: String(b.figure.value) };
  // English of no region writes both orders: a reading that agrees with the other version is the one meant
  if (relateDates(da, db).conflicts.length > 0 && (a.figure.ambiguous || b.figure.ambiguous)) {
    for (const x of dateReadings(a.figure)) {
      const y = dateReadings(b.figure).find((v) => {
        const [px, py] = [parseIsoDate(x), parseIsoDate(v)];
        return px && py && relateDates(px, py).conflicts.length === 0 && relateDates(px, py).shared.length > 0;
      });
      if (y === undefined) continue;
      [da, db] = [parseIsoDate(x)!, parseIsoDate(y)!];
      [detail.valueA, detail.valueB] = [x, y];
      break;
    }
  }
  // `5/2/2008` printed the same in both versions (a source cited, a dateline copied): the translation keeps the
  // source's order of day and month, so it is the same date, whatever each language's convention reads into it
  if (a.lang !== b.lang && NUMERIC_DATE.test(a.figure.text) && a.figure.text === b.figure.text) {
    return { cost: 0, verdict: { type: 'match', status: matchStatus(a, b, false), detail } };
  }
  const rel = relateDates(da, db);
  if (rel.shared.length === 0) return undefined;
  // *awal 2026* ↔ `mid-2026`: one year (or month), different parts of it
  const [pa, pb] = [a.figure.periodPart, b.figure.periodPart];
  if (rel.conflicts.length === 0 && pa && pb && pa !== pb && da.day === undefined && db.day === undefined) {
    return { cost: 0.55, verdict: { type: 'mismatch', kind: 'date', detail: { ...detail, valueA: `${pa}|${detail.valueA}`, valueB: `${pb}|${detail.valueB}`, dateParts: ['part'] } } };
  }
  if (rel.conflicts.length > 0) {
    // A date that disagrees on everything it shares is more likely another date than a drift.
    const cost = rel.conflicts.length === rel.shared.length ? 0.85 : 0.55;
    return { cost, verdict: { type: 'mismatch', kind: 'date', detail: { ...detail, dateParts: rel.conflicts } } };
  }
  // Fewer shared components means a looser match: prefer the date that agrees on more, and a date
  // written with the same parts (`2008` ↔ `2008`) over one that says more (`Mei 2008` ↔ `2008`).
  const looseness = 0.05 * (3 - rel.shared.length) + (sameParts(da, db) ? 0 : 0.2);
  // sekitar tanggal 15 Agustus ↔ `August 15`: the approximation is on one side only
  if (qualifierClass(a.figure.qualifier) !== qualifierClass(b.figure.qualifier)) {
    return { cost: 0.15 + looseness, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
  }
  return { cost: looseness, verdict: { type: 'match', status: matchStatus(a, b, false), detail } };
}

function sameParts(x: DateParts, y: DateParts): boolean {
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/** The UTC offsets (minutes) of the zone written in a time figure's text (time-zones.ts), if any. */
export function zoneOffset(text: string): readonly number[] | undefined {
  if (/\bJakarta time\b/.test(text)) return zoneOffsets('WIB');
  for (const m of text.matchAll(/\b[A-Z]{2,4}\b/g)) {
    const z = zoneOffsets(m[0]);
    if (z) return z;
  }
  return undefined;
}

/**
 * True when two clock readings (minutes after midnight) in zones of these offsets are one moment, whatever the day (a
 * zone that moves with daylight saving, `ET`, has two offsets: either may be meant).
 */
export function sameMoment(ta: number, za: readonly number[] | undefined, tb: number, zb: readonly number[] | undefined): boolean {
  return !!za && !!zb && za.some((x) => zb.some((y) => ((((ta - x) - (tb - y)) % 1440) + 1440) % 1440 === 0));
}

function evaluateTimes(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const ta = parseTime(a.figure.value);
  const tb = parseTime(b.figure.value);
  if (ta === undefined || tb === undefined) return evaluateOther(a, b);
  const detail: VerdictDetail = { valueA: String(a.figure.value), valueB: String(b.figure.value) };
  const za = zoneOffset(a.figure.text);
  const zb = zoneOffset(b.figure.text);
  const same = sameMoment(ta, za, tb, zb);
  const sameZone = za !== undefined && zb !== undefined && za.some((x) => zb.includes(x));
  if (ta === tb) {
    // 14.30 WITA ↔ `2:30 p.m. Jakarta time`: the same clock reading in zones an hour apart is another moment
    if (za !== undefined && zb !== undefined && !sameZone) {
      const utc = (t: string, z: number) => `${t} UTC${z < 0 ? '−' : '+'}${Math.abs(z) / 60}`;
      const zoned: VerdictDetail = { valueA: utc(String(a.figure.value), za[0]), valueB: utc(String(b.figure.value), zb[0]) };
      return { cost: 0.3, verdict: { type: 'mismatch', kind: 'value', detail: zoned } };
    }
    // sekitar pukul 07.00 ↔ `at 7 am`: the approximation is on one side only
    if (qualifierClass(a.figure.qualifier) !== qualifierClass(b.figure.qualifier)) return { cost: 0.15, verdict: { type: 'mismatch', kind: 'qualifier', detail } };
    return { cost: 0, verdict: { type: 'match', status: matchStatus(a, b, false), detail } };
  }
  // 08.00 WIB ↔ 0100 GMT, `2 p.m. ET` ↔ *01.00 WIB*: the same moment in two time zones
  if (!sameZone && same) return { cost: 0.05, verdict: { type: 'match', status: 'converted', detail } };
  // `5:47 p.m.` (in Tokyo) ↔ *15.47 WIB*: a time said without its zone, against the translation's time in a zone a
  // whole number of half hours away, may be the same moment converted (the place's zone is not read): said, as a
  // conversion is
  // (only where the translation gives the zone: a translation that drops it keeps the source's clock time)
  if (za === undefined && zb !== undefined && Math.abs(ta - tb) % 30 === 0) return { cost: 0.7, verdict: { type: 'mismatch', kind: 'value', detail: { ...detail, zoneUnread: true } } };
  return { cost: 0.7, verdict: { type: 'mismatch', kind: 'value', detail } };
}

function evaluateOther(a: FigureInfo, b: FigureInfo): PairEvaluation | undefined {
  const va = a.figure.value;
  const vb = b.figure.value;
  const detail: VerdictDetail = { valueA: va, valueB: vb };
  const equal =
    typeof va === 'number' && typeof vb === 'number' ? sameNumber(va, vb) : String(va).trim() === String(vb).trim();
  if (equal) return { cost: 0, verdict: { type: 'match', status: matchStatus(a, b, false), detail } };
  return { cost: 0.75, verdict: { type: 'mismatch', kind: 'value', detail } };
}
