/**
 * How sure the drift engine is that a mismatch is a real change of a figure, and the level it is
 * reported at: `drift` (the evidence says the figure changed) or `review` (weak evidence: a number
 * word that may be an article or a pronoun, a vague quantity, a bare year or month, a figure the
 * other version states in a form the reader did not pair).
 *
 * The confidence is the share of real discrepancies among mismatches of the same evidence class,
 * measured on labelled real translations (the dev split of tests/fixtures/real-drift, checked on the
 * later dev2 split); a class's base rate is lowered by each weak cue it carries. On dev + dev2 the
 * 0.5 threshold is where precision stops rising without recall falling (0.45: P 0.82 / R 0.77;
 * 0.5: P 0.86 / R 0.76; 0.6 drops only one-reading-agrees ambiguities, which planted drifts need).
 * Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import { MEASURING_FAMILIES, type UnitFamily } from '../figures/concepts';
import type { MismatchKind, MismatchLevel } from './types';
import { zoneOffset, type VerdictDetail } from './classify';
import { qualifierClass, sameNumber } from './values';
import { oneSlip, weekdayOfDate, type WeekdayMention } from '../figures/weekdays';
import { convertsRightAfter } from './converted-pairs';
import type { RelativeYearKind } from './relative-periods';

export type { MismatchLevel };

/**
 * A date one day off its counterpart (`Wednesday, July 31` ↔ *Kamis (1/8)*) in a bead whose clock times are said in
 * different zones (`2 p.m. ET` ↔ *pukul 01.00 WIB*): the conversion of the time moved the date over midnight.
 */
function dayMovedWithZone(a: Figure, b: Figure, context: AssessContext): boolean {
  const da = typeof a.value === 'string' ? /(\d{2})-(\d{2})$/.exec(a.value) : null;
  const db = typeof b.value === 'string' ? /(\d{2})-(\d{2})$/.exec(b.value) : null;
  if (!da || !db) return false;
  const day = (m: RegExpExecArray) => Date.UTC(2001, Number(m[1]) - 1, Number(m[2]));
  const apart = Math.abs(day(da) - day(db)) / 86_400_000;
  // (one day, or 31 December against 1 January)
  if (apart !== 1 && apart !== 364) return false;
  const zones = (side: readonly Figure[] | undefined) => new Set((side ?? []).filter((f) => f.kind === 'time').map((f) => String(zoneOffset(f.text) ?? 'none')));
  const za = zones(context.figuresA);
  const zb = zones(context.figuresB);
  // (a clock time both sides give alike was not converted: *pukul 15.30 WIB* ↔ `3:30 p.m.` on another day is another day)
  const clock = (side: readonly Figure[] | undefined) => new Set((side ?? []).filter((f) => f.kind === 'time').map((f) => String(f.value)));
  const cb = clock(context.figuresB);
  if ([...clock(context.figuresA)].some((t) => cb.has(t))) return false;
  return za.size > 0 && zb.size > 0 && ![...za].some((z) => zb.has(z));
}

/** Mismatches at or above this confidence are drifts; the rest are reported for review. */
export const DRIFT_THRESHOLD = 0.5;

/** A weak cue: something that makes a mismatch less likely to be a real change. */
export type WeakCue =
  /** A `1` said with a word (`satu`, `se-`, `one`, `a`), or a fraction said with `a`/`se-`: often only an article or a pronoun. */
  | 'word-one'
  /** A small number word without a counted thing (`dua`, `three`): often part of a phrase. */
  | 'small-word'
  /** An ordinal word (`pertama`, `first`): often a designator or a phrase (`first step`, `her first visit`). */
  | 'ordinal-word'
  /** A collective or definite numeral (`ketiganya`, `the four`): the other version may say `all`, `both`. */
  | 'collective'
  /** A conversion the translator wrote beside a figure (`100 km (62 miles)`). */
  | 'conversion'
  /** Two values that differ only in sign (`minus 1,5 persen` ↔ `shrank 1.5 percent`). */
  | 'sign-only'
  /**
   * Nothing in a bead of a translation agrees and both sides hold figures left over, or the
   * translation adds figures to a source sentence without any: the sentences may not be translations.
   */
  | 'no-anchor'
  /** A unit drift between loosely used words (people, goods), not between measures (`ton` ↔ `kg`). */
  | 'loose-unit'
  /** A vague quantity (`puluhan`, `dozens`, `ribuan`). */
  | 'vague'
  /** A year alone: translations often say `this year`, `last year`. */
  | 'bare-period'
  /** A month alone: translations often say `last month`, or name the month a relative date means. */
  | 'bare-month'
  /** The other version has an unpaired figure of the same value, read as another kind. */
  | 'same-value-elsewhere'
  /** Only one reading of an ambiguous figure disagrees. */
  | 'ambiguous'
  /** A figure both versions stated and agreed on a few sentences before, referred back to here (*14 BUMN* ↔ `the companies`). */
  | 'said-before'
  /**
   * The second end of a quote (`Rp9.465/9.470` ↔ `US$9,465/9,470`) whose unit changed as its first end's did: one
   * change of the quote, reported on the first end.
   */
  | 'quote-end'
  /** A qualifier mismatch between an upper bound and an exact figure (`hingga`, `up to`): often a preposition. */
  | 'loose-bound'
  /** A date that disagrees only on the day or only in a part one side leaves unsaid. */
  | 'partial-date'
  /**
   * Two republications in one language, one dating a day or a month without its year (`Selasa (4/6)`, *awal
   * Agustus*: the current year by convention) and the other with it (*4 Juni 2024*, *awal Agustus 2025*): house
   * style, not a year dropped or added (four helpers' sets of invented republications scored every one false).
   */
  | 'year-unsaid'
  /**
   * A figure of a sentence one republication adds and the other has not (background: *Stadion ini pertama kali
   * dibangun pada 1957*), in one language only: background.ts.
   */
  | 'added-sentence'
  /**
   * A figure of a clause one republication adds to a sentence both carry (*…, turun 8,56% dibandingkan bulan November
   * 2022* beside a sentence of the surplus alone), in one language only: background.ts.
   */
  | 'added-clause'
  /**
   * An Indonesian *persen* a translation renders as percentage points (*naik 1,8 persen* ↔ "rose 1.8 percentage points"):
   * Indonesian copy often writes *persen* for points. Also basis points said as bare points with the same number.
   */
  | 'loose-percent'
  /**
   * A date one version leaves out and the other names only by its weekday: `18 September 2007` ↔
   * `on Tuesday` (the weekday of that date), `Senin (12/5)` ↔ `on Monday` (the weekday beside it);
   * or a count of days the other version names day by day (`dua hari` ↔ `Friday and Monday`). Between two versions in
   * one language, a full date's weekday the other names in any sentence (`storyWeekdaysA`/`B`).
   */
  | 'weekday-rendered'
  /**
   * A qualifier mismatch where the exact side compares another thing with the figure through a
   * comparative (`lebih tinggi dari 95`, "higher than 95") that states the other side's bound
   * (`di atas 95`, "well above 95"): the same comparison, said two ways.
   */
  | 'comparative'
  /**
   * The bead's sentences do not read as translations of each other (`judgeBead` in bead-evidence: no
   * name, digit string or agreeing figure shared, and the lengths differ or few words translate; or
   * few words link them at all): likely shifted lines, so a figure found on one side only may belong
   * to a neighbouring sentence. Such a mismatch is reported for review whatever its confidence.
   */
  | 'unrelated-sentences'
  /**
   * A figure missing from (or added to) a bead that the other version states in the sentence before
   * or after: the translator moved it between sentences rather than dropping or adding it.
   */
  | 'moved-nearby'
  /**
   * A figure missing from (or added to) a bead that the other version states, left over too, in a sentence
   * further away: a sentence the other version moved (the aligner pairs sentences in order only).
   */
  | 'moved-elsewhere'
  /**
   * A qualifier mismatch where a figure stands under a negation (*tidak akan sampai di atas 10 persen* ↔
   * "will not reach 10 percent"): a negated bound is said in many ways, each reading as another qualifier.
   */
  | 'negated'
  /**
   * The last day of a month one version states (*hingga 30 September*) where the other names the month only
   * ("during September", "during the month"): until the month's end is the month, nothing dropped.
   */
  | 'month-end'
  /**
   * A figure found on one side only where the other side is in a language whose number words are not read
   * (only its digits: `fünf Uhr` ↔ "5 heures"): the other version may well say it in words. Also a date stated
   * in part on one side of such a pair (`1956` ↔ `novembre 1956`).
   */
  | 'words-unread';

export interface Assessment {
  confidence: number;
  level: MismatchLevel;
  /** The weak cues found (empty for a plain, well-evidenced mismatch). */
  cues: WeakCue[];
}

/** Base rate per kind: the share of real discrepancies among mismatches without weak cues. */
const BASE: Record<MismatchKind, number> = {
  value: 0.9,
  scale: 0.9,
  unit: 0.75,
  date: 0.85,
  qualifier: 0.75,
  missing: 0.8,
  added: 0.8,
  ambiguous: 0.55,
  // Entity mismatches are assessed where they are found (shared/entities), never here.
  entity: 0.8,
};

/**
 * What each weak cue multiplies the confidence by, where the evidence differs by kind: a year
 * dropped from the translation is usually rendered `this year` / `last year` (real in 2 of 12 dev
 * pairs), while a year the translation adds is a real addition (5 of 5).
 */
const KIND_CUE_FACTOR: Partial<Record<MismatchKind, Partial<Record<WeakCue, number>>>> = {
  // a vague quantity (*ribuan warga*, "dozens of fishermen") a translation drops leaves its reader no quantity at all, while
  // one it adds is often the translator's colour: dropped is a drift (none on the dev splits; planted cuts found 3 more)
  missing: { 'bare-period': 0.25, 'word-one': 0.15, vague: 0.65 },
  added: { 'bare-period': 1, 'word-one': 0.15 },
};

/** What each weak cue multiplies the confidence by. */
const CUE_FACTOR: Record<WeakCue, number> = {
  'word-one': 0.3,
  'small-word': 0.9,
  'ordinal-word': 0.55,
  vague: 0.55,
  'bare-period': 0.75,
  'bare-month': 0.6,
  'same-value-elsewhere': 0.3,
  ambiguous: 0.8,
  'quote-end': 0.4,
  'said-before': 0.4,
  'loose-bound': 0.55,
  'partial-date': 0.8,
  'year-unsaid': 0.4,
  'added-sentence': 0.4,
  'added-clause': 0.4,
  'loose-percent': 0.5,
  collective: 0.4,
  conversion: 0.15,
  'sign-only': 0.5,
  'no-anchor': 0.5,
  'loose-unit': 0.5,
  // PANL's English routinely gives the reporting day as a weekday only (the guideline never labels it)
  'weekday-rendered': 0.15,
  comparative: 0.2,
  'unrelated-sentences': 0.45,
  'moved-nearby': 0.3,
  'moved-elsewhere': 0.3,
  negated: 0.4,
  'month-end': 0.3,
  // Text+Berg (German–French, real): 12 of the 37 figures found on one side only were said in words on the other
  'words-unread': 0.45,
};

/** A length of time written as one compound word naming a term (`three-month`, `10-year`, `30-day`). */
const TERM_COMPOUND = /^[\p{L}\d]+-(?:day|week|month|year)$/iu;

/** Words that make an ordinal a part of a year. */
/** Words that name a part of a year (`half`, `quarter`, *semester*, *triwulan*, *bulan*), as a regular-expression alternation. */
export const YEAR_PART_NAMES = 'half|quarter|semester|kuartal|kwartal|triwulan|bulan';
const YEAR_PART = new RegExp(String.raw`\b(${YEAR_PART_NAMES}|months?)\b`, 'i');

/** Context of a mismatch within its bead. */
export interface AssessContext {
  /** Figures of either side of the bead left without a counterpart. */
  unpairedA: Figure[];
  unpairedB: Figure[];
  /** Every figure of either side of the bead, in text order (default: the unpaired ones). */
  figuresA?: Figure[];
  figuresB?: Figure[];
  /** How many pairs of the bead agree (matches). */
  matches?: number;
  /**
   * How many pairs of the bead state the same number (matches, and qualifier mismatches: *sekitar 9 persen* ↔
   * "9 percent"); such a pair anchors the bead as much as a match. Default: `matches`.
   */
  anchors?: number;
  /** The versions are in two languages (a translation), not two republications in one language. */
  crossLanguage?: boolean;
  /** Weekdays named in the bead's sentences of either side (offsets into each document). */
  weekdaysA?: WeekdayMention[];
  weekdaysB?: WeekdayMention[];
  /**
   * Two versions in one language: the weekdays named in any sentence of either (a full date one outlet gives, *Jumat
   * (5/8/2022)*, that the other gives as its weekday in another sentence, *pada Jumat*, is the day said as a weekday).
   */
  storyWeekdaysA?: WeekdayMention[];
  storyWeekdaysB?: WeekdayMention[];
  /** Families of the two concepts of a unit drift, when known (`mass`, `people` …). */
  familyA?: string;
  familyB?: string;
  /** The bound a comparative right before each figure states (`lebih tinggi dari`, "lower than"), when there is one. */
  comparativeA?: 'lower' | 'upper' | 'crossing';
  comparativeB?: 'lower' | 'upper' | 'crossing';
  /**
   * Whether the bead's sentences of each side name a year relatively (`tahun lalu`, "this year");
   * undefined when the sentences are not known.
   */
  relativeYearA?: boolean;
  relativeYearB?: boolean;
  /** How the bead's sentences of each side name a year relatively (from the story's time, from another year); undefined when not known. */
  relativeYearKindsA?: readonly RelativeYearKind[];
  relativeYearKindsB?: readonly RelativeYearKind[];
  /** Whether the bead's sentences of each side name a month relatively (`bulan lalu`, "this month"); undefined when not known. */
  relativeMonthA?: boolean;
  relativeMonthB?: boolean;
  /** Whether the bead's sentences of each side name the year to date ("the calendar year", *sejak awal tahun*); undefined when not known. */
  yearToDateA?: boolean;
  yearToDateB?: boolean;
  /** The bead's sentences look like different sentences, not translations (`bead-evidence`). */
  unrelated?: boolean;
  /**
   * The bead's words translate each other (`bead-evidence` wordsTranslate): its sentences are a
   * translation, so nothing agreeing in it is no sign of a misaligned line (no `no-anchor`).
   */
  wordsTranslate?: boolean;
  /**
   * Of two values that differ only in sign: whether the positive one's sentence says a fall or a loss in words (then
   * the other's minus may say it); false when it says none (the sign was dropped or added), undefined when not known.
   */
  fallSaid?: boolean;
  /** A missing / added figure of a sentence one republication adds (background.ts). */
  addedSentence?: boolean;
  /** A missing / added figure of a clause one republication adds to a sentence both carry (background.ts). */
  addedClause?: boolean;
  /** Figures of the bead left over here that the other version states in another bead (moved: not left over there). */
  settled?: ReadonlySet<Figure>;
  /** A missing / added figure the other version states in a neighbouring bead. */
  movedNearby?: boolean;
  /** A missing / added figure both versions stated, and agreed on, a few sentences before (a reference back). */
  saidBefore?: boolean;
  /** A missing / added figure the other version states, unpaired, in a bead further away. */
  movedElsewhere?: boolean;
  /**
   * The date of a missing / added mismatch ends a year (*tahun yang berakhir Desember 2006*, "the year ended
   * December 31, 2006"): it names that year, as a year alone does.
   */
  yearEnded?: boolean;
  /** A figure of a qualifier mismatch stands right after a negation (`tidak akan sampai`, "will not reach"). */
  negated?: boolean;
  /**
   * A missing / added figure whose other side is in a language whose number words are not read (only digits), a
   * qualifier mismatch whose side in such a language reads as exact (its hedge may be one the reader does not list),
   * or a date one side states in part where either side is (its month may be said in a form not read: `oct.`, a lone
   * `(November)`).
   */
  wordsUnread?: boolean;
}

/** The dimensions a translator converts a measure between (`30 miles (48 km)`): a conversion in one of them states a number to compare. */
const CONVERTED_DIMENSIONS: ReadonlySet<string> = new Set(['mass', 'length', 'area', 'volume']);
/** Families whose members measure one dimension in different sizes, and currencies: a swap is a real unit drift. */
const measuring = (family: string | undefined): boolean => family === 'currency' || MEASURING_FAMILIES.has(family as UnitFamily);

function numberOf(f: Figure): number | undefined {
  return typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : undefined;
}

/**
 * True when a figure carries a hedge or a bound (`sekitar satu jam`, "nearly a year", *lebih dari sepekan*):
 * an article or a pronoun is never hedged, so its `one` / `a` is a quantity.
 */
function hedged(f: Figure): boolean {
  const q = qualifierClass(f.qualifier);
  return q !== 'exact' && q !== 'magnitude';
}

/**
 * `at least one teacher`: a lower bound of one says no more than an article does (*seorang guru*, "a
 * teacher" is one, if not more), so left without a counterpart its `one` is as weak as an unhedged one.
 */
function atLeastOne(f: Figure): boolean {
  return f.qualifier === 'at-least' && typeof f.value === 'number' && sameNumber(f.value, 1);
}

/** The value of a date without its year (`--06-04`, `--08`). */
const YEARLESS = /^--\d/;

/**
 * *hingga sepekan ke depan*, "for up to a week": one unit of time under an upper bound says no more than "for a
 * week" does, an article the other version's reader does not count.
 */
function untilOne(f: Figure): boolean {
  // (said by the article-like prefix or article, *sepekan*, `a week`: an explicit `one year` is a stated figure)
  return f.kind === 'duration' && (f.qualifier === 'at-most' || f.qualifier === 'up-to') && typeof f.value === 'number' && sameNumber(f.value, 1) && /(?:^|\s)(?:se\p{L}|an?\s)/iu.test(f.text);
}

/** The weak cues of one present figure of a missing/added mismatch (or of either side of a pair). */
export function figureCues(f: Figure): WeakCue[] {
  const cues: WeakCue[] = [];
  const n = numberOf(f);
  const words = f.form === 'words';
  if (f.conversion) cues.push('conversion');
  if (f.collective) cues.push('collective');
  // a part of a year (`first half`, `kuartal III`, `first-semester`) is a period, not a loose ordinal; a rank by a
  // superlative (`second largest`, *terbesar kedua*) is a stated place in an order
  if (f.kind === 'ordinal') {
    if (words && !YEAR_PART.test(f.text) && !f.rank) cues.push('ordinal-word');
  } else if (words && n !== undefined && (sameNumber(n, 1) || (n < 1 && /^(an?\s|se)/i.test(f.text))) && f.kind !== 'percent' && f.kind !== 'money' && (!hedged(f) || untilOne(f))) cues.push('word-one');
  else if (words && n !== undefined && Number.isInteger(n) && n <= 10 && !f.unit && f.kind === 'count') cues.push('small-word');
  if (f.qualifier === 'magnitude') cues.push('vague');
  if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value)) cues.push('bare-period');
  // a decade (`the 1980s`, *1980-an*): the other version may say it in words (`the eighties`) or as an era
  if (f.kind === 'range' && typeof f.low === 'number' && f.high === f.low + 9 && f.low % 10 === 0 && f.low >= 1000) cues.push('vague');
  if (f.kind === 'date' && typeof f.value === 'string' && /^--\d\d$/.test(f.value)) cues.push('bare-month');
  return cues;
}

/** Cues that make a figure read as a word that may not state a quantity (an article, a pronoun, a designator, a reference back). */
const NOT_A_QUANTITY: ReadonlySet<WeakCue> = new Set(['word-one', 'small-word', 'ordinal-word', 'collective']);

/** True when a figure reads as a stated quantity: none of its cues says it may be only an article, a pronoun, an ordinal or a reference back. */
function isQuantity(f: Figure): boolean {
  return !figureCues(f).some((c) => NOT_A_QUANTITY.has(c));
}

/** The numbers a figure states: its value, a range's two ends, or a bare year's number (`2005` read as a date). */
function numbersOf(f: Figure): number[] {
  const n = numberOf(f);
  if (n !== undefined) return [n];
  // *hingga 2005* (a year) ↔ "up to 2005" (read as a bounded amount): one number read as two kinds
  if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value)) return [Number(f.value)];
  return typeof f.low === 'number' && typeof f.high === 'number' ? [f.low, f.high] : [];
}

/** Equal, or equal digits under another scale word (`4,9 niliar` read as 4.9 ↔ `US$4.9 billion`). */
function sameDigits(x: number, y: number): boolean {
  if (sameNumber(x, y)) return true;
  if (x === 0 || y === 0) return false;
  const r = Math.max(Math.abs(x), Math.abs(y)) / Math.min(Math.abs(x), Math.abs(y));
  return [1e3, 1e6, 1e9, 1e12].some((s) => sameNumber(r, s));
}

/**
 * True when `others` states a number of `f` (of any kind, any scale): the same figure read another
 * way (`2,40` ↔ `2.4 percent`), or a range against its two ends written apart.
 */
function sameValueIn(f: Figure, others: Figure[]): boolean {
  const mine = numbersOf(f);
  if (mine.length === 0) return false;
  // a year is one number: under no scale word (`2000` is no `two` thousand)
  const same = (o: Figure) => (f.kind === 'date' || o.kind === 'date' ? sameNumber : sameDigits);
  return others.some((o) => o !== f && numbersOf(o).some((n) => mine.some((m) => same(o)(m, n))));
}

/**
 * True when `f` is a bare four-digit number no news year reaches (2100 and later) one slip of a digit away from
 * a year the other side states (`3007` beside *2007*): the year with a typo, which still reads as that year.
 */
function yearTypo(f: Figure, others: readonly Figure[]): boolean {
  if (f.kind !== 'count' || f.unit !== undefined || typeof f.value !== 'number' || !/^\d{4}$/.test(f.text) || f.value < 2100) return false;
  return others.some((o) => o.kind === 'date' && typeof o.value === 'string' && /^\d{4}/.test(o.value) && oneSlip(f.text, o.value.slice(0, 4)));
}

/**
 * True when the figure right after `f` on its side converts it in brackets, close by (`1,100 degrees F (593 C)`): `f`
 * is the converted one. (A restatement after *atau*, "or", counts only where it was kept: restatementKept.)
 */
function convertedBeside(f: Figure, side: Figure[]): boolean {
  const i = side.indexOf(f);
  return i >= 0 && convertsRightAfter(f, side[i + 1], 4);
}

/**
 * True when the figure right after `f` restates it (a conversion or an equivalent joined by `atau` / "or" /
 * *setara*: *2,4 miliar dolar Singapura atau 1,8 miliar dolar AS*, *10 persen atau Rp500 juta*) and that
 * restatement has a counterpart on the other side: the other version gives the amount in the other form only,
 * which replaces it (guideline section 4), so the form it leaves out tells its reader no other quantity.
 */
function restatementKept(f: Figure, side: readonly Figure[], unpaired: readonly Figure[]): boolean {
  const i = side.indexOf(f);
  if (i < 0 || f.conversion) return false;
  for (let k = i + 1; k < side.length && side[k].conversion && side[k].sentence === f.sentence; k++) {
    if (!unpaired.includes(side[k])) return true;
  }
  return false;
}

/**
 * True when date `f`, present on its side only, is named by its weekday on the other side: the other
 * side names the weekday of `f` (a full date), or the weekday that stands right before `f` on its own
 * side (`Senin (12/5)`, `Senin, 12 Mei`), or, for a day without its year that the other side
 * `dropped`, the one weekday it names where `f`'s side names none.
 */
function renderedAsWeekday(f: Figure, own: WeekdayMention[] | undefined, other: WeekdayMention[] | undefined, dropped = false): boolean {
  if (!other || other.length === 0) return false;
  // `dua hari, Jumat dan Senin` ↔ `on Friday and Monday`: a count of days the other side names one by one
  if (f.kind === 'duration' && f.durationUnit === 'day' && typeof f.value === 'number' && f.value >= 2) {
    const named = new Set(other.map((w) => w.day));
    return named.size === f.value;
  }
  if (f.kind !== 'date') return false;
  const days = new Set(other.map((w) => w.day));
  const day = typeof f.value === 'string' ? weekdayOfDate(f.value) : undefined;
  if (day !== undefined) return days.has(day);
  // `Senin (12/5)`, `Senin, 12 Mei`, `Senin kemarin 25/8`: the weekday a few characters before the date
  if ((own ?? []).some((w) => days.has(w.day) && f.start >= w.end && f.start - w.end <= 10)) return true;
  // *hari ini 15/5* ↔ `here Tuesday`: a day of a month without its year, which gives no weekday to check,
  // dropped for the one weekday the other side names, where its own side names none (guideline section 4;
  // a date added beside a weekday, the reverse, tells the reader something new and is labelled `added`)
  return dropped && DAY_WITHOUT_YEAR.test(String(f.value)) && days.size === 1 && (own ?? []).length === 0;
}

/** True when `f` is a full date whose weekday is among `weekdays` (its day said as a weekday). */
function weekdayNamed(f: Figure, weekdays: WeekdayMention[] | undefined): boolean {
  if (!weekdays?.length || f.kind !== 'date' || typeof f.value !== 'string') return false;
  const day = weekdayOfDate(f.value);
  return day !== undefined && weekdays.some((w) => w.day === day);
}

/** A day of a month without its year (`--05-15`). */
const DAY_WITHOUT_YEAR = /^--\d\d-\d\d$/;

/** The days of each month of a leap year (a `--02-29` is February's end too). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A month of a year or a month alone (`2007-09`, `--09`), its month captured. */
const MONTH_OF_YEAR = /^(?:\d{4}|-)-(\d\d)$/;

/**
 * True when date `f` is the last day of its month (`30 September`, `28 Februari 2007`) and the other side
 * names that month without a day (`September`) or a month relatively ("during the month").
 */
function monthEnd(f: Figure, other: Figure[], relativeMonth: boolean | undefined): boolean {
  const m = f.kind === 'date' && typeof f.value === 'string' ? /^(?:\d{4}|-)-(\d\d)-(\d\d)$/.exec(f.value) : null;
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (day < MONTH_DAYS[month - 1] - (month === 2 ? 1 : 0)) return false;
  return relativeMonth === true || other.some((o) => o.kind === 'date' && typeof o.value === 'string' && MONTH_OF_YEAR.exec(o.value)?.[1] === m[1]);
}

/**
 * A year one version states alone and the other leaves out is weak evidence only when the other
 * version names a year relatively (*pada 2009* ↔ "this year"): on the dev, dev2 and dev3 pairs a
 * year dropped with no relative year beside it was a real drop in 5 of 6, one facing "this year" /
 * "last year" in none of 11. The same holds for a year the translation adds where the source says
 * *tahun lalu*. Undefined when the sentences are not known (the kind's factor applies).
 */
/**
 * True when a duration spans one year exactly (`12 bulan`, "twelve months", `setahun`, "52 weeks"): a period
 * a translation says as "year-on-year" or "annual" as readily as a year (*12 bulan hingga Januari* ↔ "year-on-year").
 */
function spansAYear(f: Figure): boolean {
  if (f.kind !== 'duration' || typeof f.value !== 'number' || f.qualifier !== 'exact') return false;
  const perYear: Record<string, number> = { year: 1, month: 12, week: 52 };
  return f.durationUnit !== undefined && perYear[f.durationUnit] !== undefined && sameNumber(f.value, perYear[f.durationUnit]);
}

/** True when each side names a year relatively and in another way than the other (`tahun lalu` ↔ "the year before"). */
function yearsSwapped(context: AssessContext): boolean {
  const ka = context.relativeYearKindsA ?? [];
  const kb = context.relativeYearKindsB ?? [];
  return ka.length > 0 && kb.length > 0 && (ka.some((k) => !kb.includes(k)) || kb.some((k) => !ka.includes(k)));
}

function yearFactor(kind: MismatchKind, cue: WeakCue, context: AssessContext, a: Figure | null, b: Figure | null): number | undefined {
  if (cue !== 'bare-period') return undefined;
  // `Pada tahun lalu … dibanding 2005` ↔ "In 2006 … from the year before": each version says in words (one from the
  // story's time, the other from another year) a year the other gives in digits, so two years a year apart are
  // two different years paired, not one year changed; the same relative words on both sides leave a change
  if (kind === 'date' && a && b && Math.abs(Number(a.value) - Number(b.value)) === 1 && yearsSwapped(context)) return KIND_CUE_FACTOR.missing?.['bare-period'];
  const other = kind === 'missing' ? context.relativeYearB : kind === 'added' ? context.relativeYearA : undefined;
  if (other === undefined) return undefined;
  return other ? 0.25 : 1;
}

/**
 * A month one version states alone and the other leaves out, likewise, is weak evidence only when the
 * other version names a month relatively (*pada Februari* ↔ "earlier this month", "in March" ↔ *bulan
 * lalu*): on the four dev splits a lone month dropped or added beside no relative month was a real
 * change in 3 of 3 (once the Indonesian reader reads `inflasi Maret`), one facing a relative month in
 * none of 2. Undefined when the sentences are not known (the cue's factor applies).
 */
function monthFactor(kind: MismatchKind, cue: WeakCue, context: AssessContext, f: Figure | null): number | undefined {
  if (cue !== 'bare-month') return undefined;
  const other = kind === 'missing' ? context.relativeMonthB : kind === 'added' ? context.relativeMonthA : undefined;
  if (other === undefined) return undefined;
  // January opens the year a version may name instead (*Januari–Oktober* ↔ "in the calendar year", "since January" ↔ "so far this year")
  const yearFromJanuary = f?.value === '--01' && (kind === 'missing' ? context.yearToDateB : context.yearToDateA) === true;
  return other || yearFromJanuary ? CUE_FACTOR['bare-month'] : 1;
}

/** The confidence and level of a mismatch, from its kind, its figures and what else the bead holds. */
export function assessMismatch(
  kind: MismatchKind,
  a: Figure | null,
  b: Figure | null,
  detail: VerdictDetail | undefined,
  context: AssessContext,
): Assessment {
  const cues = new Set<WeakCue>();
  // A translated sentence keeps its figures: when nothing in a bead of a translation agrees, the
  // sentences are more likely misaligned than changed. Republications rewrite sentences, so not there.
  // Only a figure that reads as a quantity counts as left over on the other side: an article, a pronoun `one`, an
  // ordinal or a collective (`the two projects`) there is no sign that the sentences state other figures.
  // nothing agrees across two languages, and the words do not show the sentences to be a translation
  const unanchored = context.crossLanguage === true && context.wordsTranslate !== true && (context.anchors ?? context.matches) === 0;
  // (a figure the other version states in another bead moved there: it is no figure left over)
  const left = (side: readonly Figure[]) => (context.settled ? side.filter((f) => !context.settled!.has(f)) : side);
  const lonely =
    unanchored &&
    (kind === 'missing' ? left(context.unpairedA).length > 0 : left(context.unpairedA).some(isQuantity)) &&
    (kind === 'added' ? left(context.unpairedB).length > 0 : left(context.unpairedB).some(isQuantity));
  if (kind === 'missing' && a) {
    for (const c of figureCues(a)) cues.add(c);
    if (atLeastOne(a)) cues.add('word-one');
    if (sameValueIn(a, context.unpairedB) || yearTypo(a, context.figuresB ?? context.unpairedB)) cues.add('same-value-elsewhere');
    if (convertedBeside(a, context.figuresA ?? context.unpairedA) && a.kind !== 'time') cues.add('conversion');
    if (context.figuresA && restatementKept(a, context.figuresA, context.unpairedA) && a.kind !== 'time') cues.add('conversion');
    if (renderedAsWeekday(a, context.weekdaysA, context.weekdaysB, true) || weekdayNamed(a, context.storyWeekdaysB)) cues.add('weekday-rendered');
    if (monthEnd(a, context.figuresB ?? context.unpairedB, context.relativeMonthB)) cues.add('month-end');
    if ((spansAYear(a) || context.yearEnded) && context.relativeYearB === true) cues.add('bare-period');
    if (lonely) cues.add('no-anchor');
  } else if (kind === 'added' && b) {
    for (const c of figureCues(b)) cues.add(c);
    if (atLeastOne(b)) cues.add('word-one');
    if (sameValueIn(b, context.unpairedA) || yearTypo(b, context.figuresA ?? context.unpairedA)) cues.add('same-value-elsewhere');
    // a clock time added (or dropped, above) with its conversion (`2:00 pm (0500 GMT)`): the local time is the
    // figure added, its conversion only restates it
    if (convertedBeside(b, context.figuresB ?? context.unpairedB) && b.kind !== 'time') cues.add('conversion');
    if (context.figuresB && restatementKept(b, context.figuresB, context.unpairedB) && b.kind !== 'time') cues.add('conversion');
    if (renderedAsWeekday(b, context.weekdaysB, context.weekdaysA) || weekdayNamed(b, context.storyWeekdaysA)) cues.add('weekday-rendered');
    if (monthEnd(b, context.figuresA ?? context.unpairedA, context.relativeMonthA)) cues.add('month-end');
    if ((spansAYear(b) || context.yearEnded) && context.relativeYearA === true) cues.add('bare-period');
    // figures a translation adds to a sentence whose source holds none come from another sentence
    // far more often than from the translator (none of 5 on the dev pairs was real)
    const sourceBare = unanchored && (context.figuresA ?? context.unpairedA).length === 0;
    if (lonely || sourceBare) cues.add('no-anchor');
  } else if (a && b) {
    // a pair: a cue counts when both sides carry it, or when it is the word `one` / an ordinal word
    const ca = figureCues(a);
    const cb = figureCues(b);
    // `satu pekan` ↔ `nearly a week`: two durations of one unit that differ only in a hedge were both read
    // as quantities (the English `a` only after the hedge), so the `one` is no article there
    // and a `one` the other version hedges in words (*satu dari tujuh* ↔ `about one in seven`): no article takes a hedge;
    // nor does the `a` of a fraction (*sepertiga* ↔ `around a third`, *sekitar seperempat* ↔ `a quarter`)
    // (but `at least one` says only that there is one: against *seorang guru*, *satu tornado* it renders the article, section 21)
    const hedgedOne = (f: Figure) => f.form === 'words' && hedged(f) && !atLeastOne(f) && ((n) => sameNumber(n, 1) || (n > 0 && n < 1))(numberOf(f) ?? NaN);
    const oneIsQuantity = kind === 'qualifier' && ((a.kind === 'duration' && b.kind === 'duration') || hedgedOne(a) || hedgedOne(b));
    const alone = (c: WeakCue) => c === 'word-one' || c === 'ordinal-word';
    for (const c of ca) if (cb.includes(c) || alone(c)) cues.add(c);
    for (const c of cb) if (alone(c) || c === 'vague') cues.add(c);
    if (oneIsQuantity) cues.delete('word-one');
    // *sepertiga* ↔ *seperempat*, `a third` ↔ `a quarter`: two fractions said with an article disagree as fractions
    const fraction = (f: Figure) => ((n) => n > 0 && n < 1)(numberOf(f) ?? NaN);
    if (kind === 'value' && fraction(a) && fraction(b)) cues.delete('word-one');
    // *satu pendaki lain* ↔ `two other climbers`: one thing counted against two or more of it, in a bead whose other
    // figures agree: the one is a count there, not the article `another`
    const counted = (f: Figure) => f.kind === 'count' && !!f.unit && !f.collective;
    const oneAgainstMany = (x: Figure, y: Figure) => sameNumber(numberOf(x) ?? NaN, 1) && (numberOf(y) ?? 0) >= 2 && Number.isInteger(numberOf(y));
    if (kind === 'value' && counted(a) && counted(b) && (context.matches ?? 0) > 0 && (oneAgainstMany(a, b) || oneAgainstMany(b, a))) cues.delete('word-one');
    // *seorang lagi* ↔ `two more`: "one more" is a count (real-figures guideline H7), never an article
    const oneMore = (f: Figure) => /\b(?:lagi|more)\b/i.test(f.text);
    if (kind === 'value' && ((oneAgainstMany(a, b) && oneMore(a)) || (oneAgainstMany(b, a) && oneMore(b)))) cues.delete('word-one');
    // `ratusan` ↔ "thousands", *belasan* ↔ "dozens": two vague words that name different spans disagree outright
    if (kind === 'value' && a.qualifier === 'magnitude' && b.qualifier === 'magnitude') cues.delete('vague');
    if (kind === 'qualifier') {
      // *hingga*/*sampai* is as often a preposition (`naik hingga 5 persen`, "rose to 5 percent") as a bound;
      // `maksimal`, `at most` and the English `up to` before an amount are bounds (the English preposition is `to`)
      const loose = (f: Figure) => f.qualifier === 'up-to' && !/^up\s+to\b/i.test(f.text);
      // a length of time under the bound against a fixed term written as one compound word (*hingga tiga bulan*
      // ↔ `three-month`): the term names one tenor, so the bound was dropped, not a preposition; unless the bound
      // closes a span its side opens right before (*satu bulan hingga tiga bulan* ↔ `one-month to three-month`)
      const term = (f: Figure, g: Figure, own: readonly Figure[] | undefined) =>
        f.kind === 'duration' && g.kind === 'duration' && TERM_COMPOUND.test(g.text) && !(own ?? []).some((h) => h !== f && h.kind === 'duration' && h.end <= f.start && f.start - h.end <= 2);
      if ((loose(a) && b.qualifier === 'exact' && !term(a, b, context.figuresA)) || (loose(b) && a.qualifier === 'exact' && !term(b, a, context.figuresB))) cues.add('loose-bound');
      // `lebih tinggi dari 95` ↔ `well above 95`: the exact side's comparative states the other side's bound
      const ca = qualifierClass(a.qualifier);
      const cb = qualifierClass(b.qualifier);
      // a verb of crossing a level (*menembus*, "broke through") agrees with a bound either way
      const agrees = (said: string | undefined, bound: string) => said !== undefined && (said === bound || (said === 'crossing' && (bound === 'lower' || bound === 'upper')));
      if ((ca === 'exact' && agrees(context.comparativeA, cb)) || (cb === 'exact' && agrees(context.comparativeB, ca))) {
        cues.add('comparative');
      }
      if (context.negated) cues.add('negated');
    }
    const na = numberOf(a);
    const nb = numberOf(b);
    // (a temperature below zero, `-5 derajat Celsius`, is no stray dash)
    const trueMinus = (f: Figure, family: string | undefined) => !a.conversion && !b.conversion && (numberOf(f) ?? 0) < 0 && family === 'temperature';
    if (kind === 'value' && na !== undefined && nb !== undefined && na !== 0 && sameNumber(na, -nb) && !trueMinus(a, context.familyA) && !trueMinus(b, context.familyB) && context.fallSaid !== false) cues.add('sign-only');
    // a conversion paired with a figure of another kind or unit is likely the translator's restatement; one whose
    // amount the other version states in the same currency (`satu miliar riyal 274,8 juta dolar AS` ↔ "one billion
    // riyals $374.8 million") and that disagrees in its number is a changed figure like any other
    const sameCurrency = a.kind === 'money' && b.kind === 'money' && a.currency !== undefined && a.currency === b.currency;
    // so is one whose measure the other version states in the same dimension (*40 kilometer* ↔ "30 miles (48 km)")
    const sameDimension = a.kind === 'count' && b.kind === 'count' && CONVERTED_DIMENSIONS.has(context.familyA ?? '') && context.familyA === context.familyB;
    // and a share restated beside an amount (`or 32.6 percent of GDP`) paired with a share is that share, hedge and all
    const bothShares = a.kind === 'percent' && b.kind === 'percent';
    // (and an equivalent both versions give in one currency whose hedge alone changed, *setara 5 miliar dolar AS* ↔
    // "about US$5 billion": the claim went from exact to approximate, guideline section 29)
    const hedgeOfSameAmount = kind === 'qualifier' && sameCurrency;
    if ((a.conversion || b.conversion) && !detail?.wrongConversion && !bothShares && !((sameCurrency || sameDimension) && (kind === 'value' || kind === 'scale')) && !hedgeOfSameAmount) cues.add('conversion');
    if (bothShares || hedgeOfSameAmount) cues.delete('conversion');
    // `5:47 p.m.` (in Tokyo) ↔ *15.47 WIB*: a time in one zone only, a whole number of half hours from the other, is
    // as likely converted as changed; and a date a day off beside such times moved with the conversion
    if (detail?.zoneUnread || (kind === 'date' && dayMovedWithZone(a, b, context))) cues.add('conversion');
    if (kind === 'date' && detail?.dateParts && detail.dateParts.length === 1 && detail.dateParts[0] === 'day') cues.add('partial-date');
    if (kind === 'unit' && context.crossLanguage && detail?.conceptA === 'percent' && /\bpersen\b/i.test(a.text) && (detail.conceptB === 'percentage points' || detail.conceptB === 'points')) cues.add('loose-percent');
    // basis points said as bare points with the same number (*25 basis poin* ↔ "by 25 points"): newsroom English for
    // basis points, as a reader of a rate in single digits takes it; percentage points are no such shorthand, and a
    // hedge added or dropped on the way (`about 25 points`) is a change of its own
    const bpAsPoints = (x: string | undefined, y: string | undefined) => x === 'basis points' && y === 'points';
    if (kind === 'unit' && a.qualifier === b.qualifier && (bpAsPoints(detail?.conceptA, detail?.conceptB) || bpAsPoints(detail?.conceptB, detail?.conceptA))) cues.add('loose-percent');
    if (kind === 'unit' && quoteEndLikeFirst(a, context.figuresA) && quoteEndLikeFirst(b, context.figuresB)) cues.add('quote-end');
    if (kind === 'date' && !context.crossLanguage && detail?.dateParts?.length === 1 && detail.dateParts[0] === 'year' && (YEARLESS.test(String(a.value)) || YEARLESS.test(String(b.value)))) cues.add('year-unsaid');
    // `June 30, 3007` against *30 Juni 2007*: the date lost its year to a typo printed beside it (the same value said elsewhere)
    if (kind === 'date' && detail?.dateParts?.includes('year') && (context.unpairedB.some((o) => yearTypo(o, [a])) || context.unpairedA.some((o) => yearTypo(o, [b])))) cues.add('same-value-elsewhere');
    if (kind !== 'ambiguous' && (a.ambiguous || b.ambiguous)) cues.add('ambiguous');
    // a percent against a bare number (*1,04 persen* ↔ "1.04") is no loose word for people or goods: the unit is gone
    // (and so is one of percentage points made a percent: pointsAsPercent)
    const rateWord = (c: string | undefined) => c === 'percent' || c === 'percentage points' || c === 'points' || c === 'basis points';
    const percentGone = (a.kind === 'percent') !== (b.kind === 'percent') || (rateWord(detail?.conceptA) && rateWord(detail?.conceptB) && detail?.conceptA !== detail?.conceptB);
    if (kind === 'unit' && !(measuring(context.familyA) && context.familyA === context.familyB) && !(a.currency && b.currency) && !percentGone) cues.add('loose-unit');
    // a pair that disagrees in a bead where nothing agrees and both sides hold other quantities left over: the
    // sentences are as likely misaligned as for a figure left alone (`Kamis 8/3` ↔ "in December", beside
    // figures of neither side in the other)
    const others = (side: Figure[]) => side.some((f) => f !== a && f !== b && isQuantity(f));
    if (unanchored && others(context.unpairedA) && others(context.unpairedB)) cues.add('no-anchor');
  }
  if (context.unrelated && kind !== 'entity') cues.add('unrelated-sentences');
  if (context.addedSentence && !context.crossLanguage && (kind === 'missing' || kind === 'added')) cues.add('added-sentence');
  if (context.addedClause && !context.crossLanguage && (kind === 'missing' || kind === 'added')) cues.add('added-clause');
  if (context.saidBefore && (kind === 'missing' || kind === 'added')) cues.add('said-before');
  if (context.movedNearby && (kind === 'missing' || kind === 'added')) cues.add('moved-nearby');
  else if (context.movedElsewhere && (kind === 'missing' || kind === 'added')) cues.add('moved-elsewhere');
  if (context.wordsUnread && (kind === 'missing' || kind === 'added' || kind === 'qualifier' || (kind === 'date' && a && b && partUnsaid(a, b)))) cues.add('words-unread');
  let confidence = BASE[kind];
  const present = kind === 'missing' ? a : kind === 'added' ? b : null;
  for (const c of cues) confidence *= yearFactor(kind, c, context, a, b) ?? monthFactor(kind, c, context, present) ?? KIND_CUE_FACTOR[kind]?.[c] ?? CUE_FACTOR[c];
  confidence = Math.round(Math.max(0.01, Math.min(0.99, confidence)) * 100) / 100;
  return { confidence, level: confidence >= DRIFT_THRESHOLD ? 'drift' : 'review', cues: [...cues] };
}

/**
 * `f` is the second end of a quote (`9.470` of `Rp9.465/9.470`: a figure of its kind that ends one character before it)
 * and shares its currency and unit with the first end, so that a unit change of the quote shows on both ends.
 */
function quoteEndLikeFirst(f: Figure, own: readonly Figure[] | undefined): boolean {
  const first = own?.find((g) => g !== f && g.end + 1 === f.start && g.kind === f.kind);
  return first !== undefined && first.currency === f.currency && first.unit === f.unit;
}

/** One date states a part the other leaves unsaid, and they agree on the rest (`1956` ↔ `1956-11`, `--06-11` ↔ `1955-06-11`). */
function partUnsaid(a: Figure, b: Figure): boolean {
  const x = String(a.value);
  const y = String(b.value);
  if (x === y) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) || (short.startsWith('--') && long.endsWith(short.slice(1)));
}

/** The level of a mismatch; one without a level (an old project) is a drift. */
export function levelOf(m: { level?: MismatchLevel }): MismatchLevel {
  return m.level === 'review' ? 'review' : 'drift';
}

/** The confidence of a mismatch; one without a confidence (an old project) counts as certain. */
export function confidenceOf(m: { confidence?: number }): number {
  return typeof m.confidence === 'number' && Number.isFinite(m.confidence) ? m.confidence : 1;
}
