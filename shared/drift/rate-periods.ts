/**
 * The period of a rate written right after an amount: *17 miliar dolar AS per tahun*, *Rp500 ribu
 * sebulan*, "US$17 billion a year", "250 barrels per day". A translation that keeps the amount and
 * drops its period (and names no period anywhere else in the sentence: "annual losses of US$17
 * billion" keeps it) tells its reader a total where the source gave a rate; the guideline labels it a
 * unit drift, as it does a rate per another period. "A year earlier" is no rate. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import { figureInSentence, type BeadSides } from './figure-sentence';
import { AMOUNT_KINDS } from './values';
import { isSpeedUnit } from '../figures/units';

/** The period of a rate; `none` for an amount without one (the side that dropped it). */
export type RatePeriod = 'year' | 'month' | 'week' | 'day' | 'hour' | 'none';

const UNIT_WORDS: Record<string, RatePeriod> = {
  tahun: 'year', bulan: 'month', pekan: 'week', minggu: 'week', hari: 'day', jam: 'hour',
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', annum: 'year',
  annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day',
};

/** A period right after an amount or the noun it counts (*ton gula per tahun*, "tons of sugar a month"), per language (the period word in group 1 or 2). */
const PERIOD_AFTER: Record<Lang, RegExp> = {
  id: /^(?:\s+(?!(?:dalam|selama|sejak|dari|pada|untuk)\b)[a-z]+){0,2}?\s*(?:(?:per|tiap|setiap)\s*|se)(tahun|bulan|pekan|minggu|hari|jam)(?:nya)?\b(?!\s+(?:sebelum|sesudah|setelah|kemudian|lalu|berikut|mendatang|terakhir|lagi)[a-z]*)/i,
  en: /^(?:\s+(?!(?:a|an|per|each|every|in|within|for|over|during|after|before|than|by|from|since)\b)[a-z]+){0,3}?\s*(?:(?:a|an|per|each|every)\s+(year|month|week|day|hour|annum)\b(?!\s+(?:earlier|ago|before|later|after|ahead|prior|back|on|to|from|old|long)\b)|(annually|yearly|monthly|weekly|daily)\b)/i,
};

/** How far after an amount its period may stand (three words and the period). */
const AFTER_REACH = 60;
/** A period word anywhere in a stretch of text (a cheap test before {@link PERIOD_AFTER}). */
const PERIOD_WORD = /tahun|bulan|pekan|minggu|hari|jam|year|month|week|day|hour|annum|annual/i;

/** Any period of a rate in a sentence (both languages' words: a sentence may quote the other's unit, "per Day"). */
const ANY_PERIOD =
  /\b(?:per|tiap|setiap)\s*(?:tahun|bulan|pekan|minggu|hari|jam)(?:nya)?\b|\bse(?:tahun|bulan|pekan|minggu|hari)\b|\b(?:tahunan|bulanan|mingguan|harian|pertahun|perbulan|perhari)\b|\b(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|annum)\b(?!\s+(?:earlier|ago|before|later|after)\b)|\b(?:annual(?:ly)?|yearly|monthly|weekly|daily)\b|\bp\.?a\.?\b/i;

/** The period of the rate `f` states (the words right after it), `none` when it states none, undefined when not an amount or its sentence is unknown. */
export function ratePeriodOf(f: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): RatePeriod | undefined {
  // a rate is said of an amount
  if (!AMOUNT_KINDS.has(f.kind)) return undefined;
  // a speed is a rate per hour by its unit (`40 kph`, `25 mph`, `12 knots`)
  if (f.unit && isSpeedUnit(f.unit)) return 'hour';
  const s = figureInSentence(f, sentences);
  if (!s) return undefined;
  // the period stands within a few words after the amount: look only there, and only when a period word is
  const after = s.text.slice(s.at + (f.end - f.start), s.at + (f.end - f.start) + AFTER_REACH);
  if (!PERIOD_WORD.test(after)) return 'none';
  const m = PERIOD_AFTER[lang].exec(after);
  return m ? UNIT_WORDS[(m[1] ?? m[2]).toLowerCase()] : 'none';
}

/**
 * The periods of two paired amounts when their rates disagree: each states another period, or one
 * states a period and the other none while no period of a rate is named anywhere in its sentence (and
 * its language's words are read).
 */
export function differingRatePeriods(
  a: Figure,
  b: Figure,
  sides: BeadSides & { wordsUnreadA?: boolean; wordsUnreadB?: boolean },
): [RatePeriod, RatePeriod] | undefined {
  const pa = ratePeriodOf(a, sides.sentencesA, sides.langA);
  const pb = pa && ratePeriodOf(b, sides.sentencesB, sides.langB);
  if (!pa || !pb || pa === pb) return undefined;
  const bare = pa === 'none' ? a : pb === 'none' ? b : undefined;
  // a side in a language read by its digits may name its period in words not read (`pro Monat`, `par an`)
  if (bare && (bare === a ? sides.wordsUnreadA : sides.wordsUnreadB)) return undefined;
  if (bare) {
    const s = figureInSentence(bare, bare === a ? sides.sentencesA : sides.sentencesB);
    if (!s || ANY_PERIOD.test(s.text)) return undefined;
  }
  return [pa, pb];
}
