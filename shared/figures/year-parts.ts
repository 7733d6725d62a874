/**
 * Parts of a year said as ordinals (`triwulan III`, `first half`, *tiga bulan pertama*) and the months they
 * cover; shared by the reader (a quarter spelt out by its months), the pairing (a half is no quarter) and the
 * accounted-for rules. Pure functions, no I/O.
 */
import type { Figure } from './types';

const QUARTER_WORDS = /\b(?:quarter|kuartal|kwartal|triwulan|q[1-4])\b/i;
const HALF_WORDS = /\b(?:half|semester|paruh|h[12])\b/i;
const MONTH_WORDS = /\b(?:bulan|months?)\b/i;
const MONTH_COUNT_WORDS: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};

/** The months (first, last; 1–12) a part-of-year ordinal covers: `triwulan III` → 7–9, `first half` → 1–6, `tiga bulan pertama` → 1–3. */
export function yearPartMonths(f: Pick<Figure, 'kind' | 'value' | 'text' | 'fromYearStart'>): [number, number] | undefined {
  // (`the first six months`: a length of months from the start of the year)
  if (f.kind === 'duration' && f.fromYearStart && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 1 && f.value <= 11) return [1, f.value];
  if (f.kind !== 'ordinal' || typeof f.value !== 'number' || !Number.isInteger(f.value)) return undefined;
  const n = f.value;
  if (QUARTER_WORDS.test(f.text) && n >= 1 && n <= 4) return [3 * n - 2, 3 * n];
  if (HALF_WORDS.test(f.text) && n >= 1 && n <= 2) return [6 * n - 5, 6 * n];
  if (MONTH_WORDS.test(f.text) && n === 1) {
    const m = /(\d{1,2}|[a-z]+)\s+(?:bulan|months?)/i.exec(f.text);
    const count = m ? (/^\d+$/.test(m[1]) ? Number(m[1]) : MONTH_COUNT_WORDS[m[1].toLowerCase()]) : undefined;
    if (count && count >= 1 && count <= 11) return [1, count];
  }
  return undefined;
}

/**
 * `f` as the drift reads it: a length of months from the start of the year (`fromYearStart`: `the first six months`,
 * *tiga bulan pertama*) as the part of the year it covers, the ordinal 1 of its text (the first half, the first
 * quarter), which is what the other version's `first half` or *kuartal pertama* is compared with; a month that starts a
 * span (`yearFromSpanEnd`: *Januari-Mei 2007*) as written, a month of no year. Others as they are.
 */
export function periodAsCompared<F extends Figure>(f: F): F {
  if (f.yearFromSpanEnd && f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}$/.test(f.value)) {
    // (a month that starts a span with the year written once after the end, *Januari-Mei 2007*: the drift's rules of
    // the span from January and of a year said once read it as written, a month of no year)
    const { yearFromSpanEnd: _shared, ...rest } = f;
    return { ...rest, value: `--${f.value.slice(5)}` } as F;
  }
  if (f.kind !== 'duration' || !f.fromYearStart) return f;
  const { durationUnit: _unit, fromYearStart: _start, ...rest } = f;
  return { ...rest, kind: 'ordinal', value: 1 } as F;
}

/**
 * The months two parts of a year cover, when both figures are parts of a year; undefined otherwise. The
 * pairing compares them: spans of different lengths are a date drift (*semester pertama* ↔ `first quarter`:
 * a half is no quarter, though both are the first), parts of one length compare their numbers. `toDate` says
 * which side reads its part "up to" (*sampai dengan triwulan II*, "through the second quarter"): from January
 * to the part's end.
 */
export function yearPartSpans(a: Figure, b: Figure, toDate: { a?: boolean; b?: boolean } = {}): [[number, number], [number, number]] | undefined {
  const fromJanuary = (s: [number, number] | undefined, yes?: boolean): [number, number] | undefined => (s && yes ? [1, s[1]] : s);
  const sa = fromJanuary(yearPartMonths(a), toDate.a);
  const sb = fromJanuary(yearPartMonths(b), toDate.b);
  return sa && sb ? [sa, sb] : undefined;
}
