/**
 * How a language writes its digits: the decimal mark and what groups the thousands. Indonesian and
 * English have readers of their own (numbers.ts); every other language is read by the convention
 * the platform's locale data (`Intl`, CLDR) gives its tag: `de` 1.234,5, `fr` 1 234,5, `de-CH`
 * 1'234.5, `ja` 1,234.5.
 */
export type DecimalMark = ',' | '.';

export interface NumberConvention {
  decimal: DecimalMark;
  /** Thousands grouped by an apostrophe (`de-CH`, `it-CH`, `fr-CH`: `1'250`, `1’250`). */
  apostropheGroups: boolean;
  /** Numeric dates put the day before the month (`fr` 04/06/2024, `de` 04.06.2024 are 4 June). */
  dayFirst: boolean;
  /** Thousands grouped by a space (`fr` 1 234,5): the decimal mark then never groups (`1,234` is 1.234). */
  spaceGroups: boolean;
}

const ENGLISH_LIKE: NumberConvention = { decimal: '.', apostropheGroups: false, dayFirst: false, spaceGroups: false };

const cache = new Map<string, NumberConvention>();

/** The digit convention of a language tag; a tag the locale data does not know reads as English does. */
export function numberConventionOf(tag: string): NumberConvention {
  const key = tag.replace(/_/g, '-').toLowerCase();
  let c = cache.get(key);
  if (c) return c;
  c = ENGLISH_LIKE;
  try {
    if (key === '') throw new RangeError('no tag');
    const parts = new Intl.NumberFormat(key).formatToParts(1234567.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    // only the marks this reader knows (Arabic locales' own marks are read as their Latin forms by asciiDigits)
    if (decimal === ',' || decimal === '.') {
      const order = new Intl.DateTimeFormat(key, { day: 'numeric', month: 'numeric' }).formatToParts(new Date(2024, 11, 25)).map((p) => p.type);
      // (Swiss and Liechtenstein print groups by an apostrophe in every language, `CHF 1'250'000`, whatever the
      // locale data gives for `fr-CH`)
      // and a German, French or Italian text of no region may be Swiss: an apostrophe between groups of three digits
      // there is one (`12’500 Einwohner`), never anything else
      const swiss = /-(?:ch|li)(?:-|$)/.test(key) || /^(?:de|fr|it|rm)$/.test(key);
      c = { decimal, apostropheGroups: group === "'" || group === '\u2019' || swiss, dayFirst: order.indexOf('day') < order.indexOf('month'), spaceGroups: /^[ \u00a0\u202f]$/.test(group) };
    }
  } catch {
    // an invalid tag: English digits
  }
  cache.set(key, c);
  return c;
}

/** A run of digit groups: 1–3 digits, then groups of exactly three after a space or an apostrophe. */
const SPACED_GROUPS = /(?<![\d.,'\u2019])\d{1,3}(?:[ \u00a0\u202f'\u2019]\d{3})+(?!\d)/g;
const GROUP_MARK = /[ \u00a0\u202f'\u2019]/g;

/**
 * `text` with the spaces or apostrophes that group thousands in this convention (`1 250`, `12 500 000`,
 * `1'250`) written as thin spaces, the grouping the digit reader knows: one character for one, so every
 * offset holds. A space between groups groups them in every language this is used for (Swiss German
 * print writes `71 176 Exemplare` where its locale data says `71'176`); an apostrophe only where the
 * locale groups by it (a `'` elsewhere may be a year's: `'77`).
 */
export function groupMarksAsThinSpaces(text: string, c: NumberConvention): string {
  if (!/\d[ \u00a0\u202f'\u2019]\d/.test(text)) return text;
  return text.replace(SPACED_GROUPS, (run) =>
    run.replace(GROUP_MARK, (m) => {
      if (m === ' ' || m === '\u00a0' || m === '\u202f') return '\u2009';
      return c.apostropheGroups ? '\u2009' : m;
    }),
  );
}
