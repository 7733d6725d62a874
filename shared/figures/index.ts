/**
 * Figure extraction for Indonesian and English news text: counts, money, percents, dates, times,
 * ordinals, ranges, durations and multipliers, with qualifiers and the counted thing.
 *
 * Reading choices (documented once, here):
 * - Digits follow the document's convention (`1.234,5` in Indonesian, `1,234.5` in English). A token
 *   whose single separator is the document's decimal mark followed by exactly three digits
 *   (`1.000` in English, `1,500` in Indonesian) keeps the document reading as `value`, the grouped
 *   reading in `alternatives`, and `ambiguous: true`. Amounts in rupiah are read the Indonesian way.
 * - `value` is the full number (`2,5 juta` → 2500000) and `scale` the scale word's multiplier.
 * - Magnitude plurals (`ribuan`, `thousands`, `puluhan ribu`) have qualifier `magnitude` and the
 *   magnitude as value; `dozens` counts as tens (10), the usual rendering of `puluhan`.
 * - `hampir`, `nyaris`, `nearly`, `almost` are `about`.
 * - Multipliers (`dua kali lipat`, `twice`, `double`, `tripled`, `tiga kali lebih besar`, `three times
 *   more`, `threefold`, `2-fold`) are kind `other` with the factor as value (2, 3 …). A bare
 *   frequency (`terjadi 35 kali`, `met six times`) stays a count with unit `kali`/`times`.
 * - Ranges (`5-10`, `antara 5 dan 10`, `from 5 to 10`) are kind `range` with value `"LOW..HIGH"`,
 *   `low`/`high`, and the unit, currency or percent sign (`unit: "%"`/`"persen"`) of the whole.
 * - Dates are ISO 8601 with unknown parts left out (`2024-10-23`, `2024-08`, `--06-04`, `--08`,
 *   `---17`, `2024`). `d/m` is day/month in Indonesian and month/day in English; an English
 *   `6/4` is flagged ambiguous with the other reading. A bare `a/b` with a < b ≤ 10 is a fraction.
 * - Identifiers are never figures: `COVID-19`, `G20`, `F-16`, `Pasal 4`, `No. 7`, phone numbers,
 *   page numbers, URLs … The year in `UU No. 12 Tahun 2011` belongs to the law's name: no date.
 * - The unit is the counted thing as written: the first noun in Indonesian (`6.000 tentara Korea
 *   Utara` → `tentara`), the head noun up to three modifiers on in English (`6,000 North Korean
 *   troops` → `troops`). `unitConcept` maps units of both languages to one concept.
 */
import type { Lang, Sentence } from '../text/types';
import type { Figure } from './types';
import { scan } from './extract';
import { figureLangOf, isOtherLanguage } from '../text/lang-tags';
import { numberConventionOf } from './conventions';

export type { Figure, FigureKind, Qualifier, ExtractOptions } from './types';
export { unitConcept } from './units';
export { formatValue } from './format';
export { weekdaysIn, weekdayOfDate, type WeekdayMention } from './weekdays';

function safeLang(lang: Lang): Lang {
  return lang === 'en' ? 'en' : 'id';
}

/** The tag of a language outside both word readers (`de-CH`), read by its own digit convention; else undefined. */
function otherTagOf(langTag: string | undefined): string | undefined {
  return isOtherLanguage(langTag) ? langTag : undefined;
}

/**
 * How English of a region writes numeric dates: `en-GB`, `en-AU` put the day first (05/06/2024 is
 * 5 June), `en-US` the month; undefined for English of no region (both orders stay possible) and
 * for every other language.
 */
function dayFirstOf(langTag: string | undefined): boolean | undefined {
  if (!langTag || figureLangOf(langTag) !== 'en' || !/^[a-z]{2,3}[-_](?:[a-z]{4}[-_])?(?:[a-z]{2}|\d{3})(?:$|[-_])/i.test(langTag)) return undefined;
  return numberConventionOf(langTag).dayFirst;
}

/**
 * Figures of one sentence (or any short text), offsets relative to it, `sentence` = 0.
 * Never throws: bad input gives an empty list.
 */
export function extractFromSentence(sentence: string, lang: Lang, langTag?: string): Figure[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  try {
    return scan(sentence, safeLang(lang), otherTagOf(langTag), dayFirstOf(langTag)).map((f) => ({ sentence: 0, ...f }));
  } catch {
    return [];
  }
}

/**
 * Figures of a whole document in document order: offsets into `text`, `sentence` = index into
 * `sentences`. Only text inside the sentences is read; a figure never spans two sentences.
 * Sentences with offsets outside the text are clamped. Never throws. `langTag`, when it names a
 * language outside the Indonesian and English readers (`de-CH`), reads the digits by that
 * language's convention and its scale, percent, currency and month words (other-languages.ts).
 */
export function extractFigures(text: string, sentences: Sentence[], lang: Lang, langTag?: string): Figure[] {
  if (typeof text !== 'string' || !Array.isArray(sentences)) return [];
  const out: Figure[] = [];
  const l = safeLang(lang);
  const other = otherTagOf(langTag);
  const dayFirst = dayFirstOf(langTag);
  sentences.forEach((s, index) => {
    if (!s) return;
    const start = Math.max(0, Math.min(text.length, Math.floor(Number(s.start) || 0)));
    const end = Math.max(start, Math.min(text.length, Math.floor(Number(s.end) || 0)));
    if (end <= start) return;
    let figures: Omit<Figure, 'sentence'>[];
    try {
      figures = scan(text.slice(start, end), l, other, dayFirst);
    } catch {
      return;
    }
    for (const f of figures) out.push({ sentence: index, ...f, start: f.start + start, end: f.end + start });
  });
  // document order even when the sentences were given out of order
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
