import type { Figure, FigureKind, Qualifier } from '../figures/types';

/** Kinds whose `value` is a plain number. */
export const NUMERIC_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'count',
  'money',
  'percent',
  'ordinal',
  'duration',
]);

/** Kinds that are amounts of something: a count or a sum of money (not a share, a date or a rank). */
export const AMOUNT_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['count', 'money']);
/** Figures of when: a day, a month, a year, an hour. */
export const TIME_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>(['date', 'time']);

/** Powers of a thousand that separate the scale words (ribu/thousand … triliun/trillion). */
const SCALE_FACTORS = [1e3, 1e6, 1e9, 1e12];

/** Largest relative gap still accepted as a rounding (2,48 juta vs 2.5 million is 0.8 %). */
export const ROUNDING_MAX_RELATIVE = 0.03;
/** Largest relative gap accepted as a truncation (digits cut, not rounded): only long figures (`452.556,9` ↔ `452.556`). */
const TRUNCATION_MAX_RELATIVE = 0.0005;

/** True when two numbers are equal up to floating-point noise. */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-12);
  return Math.abs(a - b) / scale < 1e-9;
}

/** Parses `LOW..HIGH`. */
export function parseRange(value: string): [number, number] | undefined {
  const m = /^(-?[\d.]+(?:e[+-]?\d+)?)\.\.(-?[\d.]+(?:e[+-]?\d+)?)$/i.exec(value.trim());
  if (!m) return undefined;
  const low = Number(m[1]);
  const high = Number(m[2]);
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : undefined;
}

function asNumber(v: number | string | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v.trim())) return Number(v);
  return undefined;
}

/**
 * The numeric readings of a figure, the written one first, then an ambiguous figure's
 * alternatives. A range reads as `[low, high]` pairs flattened into separate readings by
 * {@link rangeReadings}; this function serves the single-number kinds.
 */
export function numericReadings(figure: Figure): number[] {
  const out: number[] = [];
  const primary = asNumber(figure.value);
  if (primary !== undefined) out.push(primary);
  if (figure.ambiguous && figure.alternatives) {
    for (const alt of figure.alternatives) {
      const n = asNumber(alt);
      if (n !== undefined && !out.some((o) => sameNumber(o, n))) out.push(n);
    }
  }
  return out;
}

/** The readings of a range figure as `[low, high]` pairs. */
export function rangeReadings(figure: Figure): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (typeof figure.low === 'number' && typeof figure.high === 'number') out.push([figure.low, figure.high]);
  else if (typeof figure.value === 'string') {
    const r = parseRange(figure.value);
    if (r) out.push(r);
  }
  if (figure.ambiguous && figure.alternatives) {
    for (const alt of figure.alternatives) {
      if (typeof alt === 'string') {
        const r = parseRange(alt);
        if (r) out.push(r);
      }
    }
  }
  return out;
}

/**
 * The precision a figure is written at: the place of its last significant digit. A figure
 * with a scale word counts the written decimals at that scale (`2,5 juta` → 100,000); plain
 * digits count their trailing zeros but keep at least two significant digits (`10.000` →
 * 1,000), since newsrooms write round thousands for exact counts too.
 */
export function precisionOf(value: number, figure?: Pick<Figure, 'scale' | 'text'>): number {
  let abs = Math.abs(value);
  if (abs === 0) return 1;
  if (abs >= 1 && Math.abs(abs - Math.round(abs)) <= 1e-9 * abs) abs = Math.round(abs);
  const scale = figure?.scale;
  if (scale && scale > 1) {
    const mantissa = abs / scale;
    return scale * 10 ** -decimalsOf(mantissa);
  }
  const decimals = Math.max(decimalsOf(abs), writtenDecimals(abs, figure));
  if (decimals > 0) return 10 ** -decimals;
  let p = 1;
  while (abs % (p * 10) === 0) p *= 10;
  const digits = Math.floor(Math.log10(abs)) + 1;
  const maxPlace = 10 ** Math.max(0, digits - 2);
  return Math.min(p, maxPlace);
}

/**
 * Decimals a figure's text writes beyond its value's, trailing zeros included (`157,10 yen` → 2 for 157.1,
 * `0.50 percent` → 2): the digits written after the integer part. 0 without a text, or when the text's first
 * number has no more digits than the value's integer part (`9.375` for 9,375).
 */
function writtenDecimals(abs: number, figure: Pick<Figure, 'text'> | undefined): number {
  const written = writtenDigits(figure);
  if (written === undefined) return 0;
  const integer = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  return Math.min(6, Math.max(0, written - integer));
}

/** Number of decimals of a number as it would be written (up to 6). */
function decimalsOf(x: number): number {
  for (let d = 0; d <= 6; d++) {
    const r = Math.round(x * 10 ** d) / 10 ** d;
    if (Math.abs(r - x) <= 1e-9 * Math.max(1, Math.abs(x))) return d;
  }
  return 6;
}

/** How two numbers relate. */
export type NumberRelation = 'equal' | 'rounded' | 'scale' | 'differ';

/**
 * Relates two numbers: `equal`; `rounded` when the less precise one is the other rounded at
 * its precision (and they are within {@link ROUNDING_MAX_RELATIVE}); `scale` when one is the
 * other times an exact power of a thousand; else `differ`.
 */
export function relateNumbers(
  a: number,
  b: number,
  figA?: Pick<Figure, 'scale' | 'text'>,
  figB?: Pick<Figure, 'scale' | 'text'>,
): NumberRelation {
  if (sameNumber(a, b)) return 'equal';
  if (a !== 0 && b !== 0 && Math.sign(a) === Math.sign(b)) {
    const pa = precisionOf(a, figA);
    const pb = precisionOf(b, figB);
    const [coarse, fine, p] = pa >= pb ? [a, b, pa] : [b, a, pb];
    const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    const gap = Math.abs(fine - coarse);
    // halfway between two steps, down: a figure cut shorter (`608,5 juta` → `608 million`), but with as many
    // digits written a 0 for a 5 is another figure (a quote `9,375` → `9,370`)
    const [figCoarse, figFine] = pa >= pb ? [figA, figB] : [figB, figA];
    // written with as many digits on both sides, B's figure is a rounding of A's only when B's is the rounder one and
    // does not round half down (`Rp8.645` → `Rp8,650`, `2.001` → `2,000`); else another figure (`140` → `141`, `9,375` → `9,370`)
    const halfDown = Math.abs(gap - p / 2) <= 1e-9 * Math.abs(coarse) && Math.abs(coarse) < Math.abs(fine);
    const digits = writtenDigits(figCoarse);
    const sameLength = digits !== undefined && digits === writtenDigits(figFine) && (figCoarse === figA || halfDown);
    if (rel <= ROUNDING_MAX_RELATIVE && gap <= p / 2 + 1e-9 * Math.abs(coarse) && !sameLength) {
      return 'rounded';
    }
    // Rp452.556,9 miliar ↔ `Rp452.556 trillion`: a long figure cut after fewer digits (truncated, not rounded)
    if (rel <= TRUNCATION_MAX_RELATIVE && Math.abs(coarse) < Math.abs(fine) && Math.abs(fine - coarse) < p && !sameLength) return 'rounded';
    const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
    if (SCALE_FACTORS.some((f) => sameNumber(ratio, f))) return 'scale';
  }
  return 'differ';
}

/** How many digits the first number of a figure's text is written with (`Rp9,370` → 4, `608,5 juta` → 4), if it has a text. */
function writtenDigits(f: Pick<Figure, 'text'> | undefined): number | undefined {
  const m = f?.text ? /\d(?:[\d.,]*\d)?/.exec(f.text) : null;
  return m ? m[0].replace(/[.,]/g, '').length : undefined;
}

/** Qualifier classes that may stand for each other (`more-than` ~ `at-least`). */
export function qualifierClass(q: Qualifier | undefined): 'exact' | 'about' | 'lower' | 'upper' | 'magnitude' {
  switch (q) {
    case 'about':
      return 'about';
    case 'more-than':
    case 'at-least':
      return 'lower';
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return 'upper';
    case 'magnitude':
      return 'magnitude';
    default:
      return 'exact';
  }
}

/** True when a precise value lies in the span a magnitude word names (`ribuan` = 1,000 … 999,999). */
export function withinMagnitude(magnitude: number, value: number): boolean {
  return value >= magnitude && value < magnitude * 1000;
}

/**
 * True when a figure bounded from below or hedged (`more than ten`, `over 1,000`, `a dozen or so`) names
 * the bottom of the span a magnitude word names (`belasan`, `ribuan`): within a fifth above its first
 * value. Both say "some number from there up".
 */
export function vagueBottom(magnitude: number, value: number, qualifier: ReturnType<typeof qualifierClass>): boolean {
  return (qualifier === 'lower' || qualifier === 'about') && value >= magnitude && value <= magnitude * 1.2;
}

/** English words for qualifiers, for notes. */
export function qualifierWords(q: Qualifier | undefined): string {
  switch (q) {
    case 'about':
      return 'approximate';
    case 'more-than':
      return 'more than';
    case 'less-than':
      return 'less than';
    case 'at-least':
      return 'at least';
    case 'at-most':
      return 'at most';
    case 'up-to':
      return 'up to';
    case 'magnitude':
      return 'an order of magnitude';
    default:
      return 'exact';
  }
}
