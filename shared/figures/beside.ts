/**
 * Readings that depend on the figure (or the text) right beside a figure, applied once a sentence
 * has been scanned. Each rule is a small pure function over the scanned figures of one text:
 *
 * - a scale word said once for two amounts (`Rp 504 dan Rp 259 triliun`, `$3 and $4 billion`);
 * - a share restated as an amount (`73,3 persen atau 470.676 ton`, `40 percent, or 2 million tons`),
 *   and an amount in another currency written straight after the first (`Rp424 miliar US$42 juta`):
 *   the second figure converts the first, as a bracketed conversion does;
 * - an amount whose currency is said only on the amount it is compared with (`naik menjadi 172,9
 *   miliar dibanding Rp115,7 miliar`, `to 172.9 billion from Rp115.7 billion`);
 * - a range whose two ends each carry the currency word after them (`9 dolar AS hingga 10 dolar AS`,
 *   `9 dollars to 10 dollars`): one range, as `US$9 to US$10` is;
 * - the central value of a tolerance said before the tolerance's unit (`5 plus minus 1 persen`,
 *   `5 plus or minus 1 percent`, `5 ± 1 percent`): a percentage too (`plus` is no counted thing);
 * - the date of a wire dateline (`Jakarta, 17/2 (ANTARA) -`, `Madrid, Feb 17 (AFP) -`, `Jakarta, Sept 2
 *   ANTARA-`): metadata of the dispatch, not a figure of the sentence;
 * - a number in words restated in digits straight after (*lima belas 15 tahun*): one figure;
 * - a small count whose noun a demonstrative follows (*dua kelompok tersebut*): a reference back, collective;
 * - an approximation said once before two numbers that share the second one's unit (*sekitar 6,1 dan 6,4
 *   persen*, `about 40 and 45 tonnes`): both numbers are approximate.
 */
import type { Figure } from './types';

type Scanned = Omit<Figure, 'sentence'>;

/** What may stand between two amounts that share the second one's scale word. */
const SCALE_SHARED_GAP = /^\s*(?:,\s*)?(?:dan|and|atau|or|hingga|sampai|to|[-–—])\s*$/i;

/**
 * `Rp 504 dan Rp 259 triliun`: the first amount, written without a scale word, takes the scale of
 * the second when both are in one currency and the first is a plausible count of that scale.
 */
export function shareScaleBackwards(text: string, figures: Scanned[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    if (a.kind !== 'money' || b.kind !== 'money' || a.scale !== undefined || b.scale === undefined) continue;
    if (!a.currency || a.currency !== b.currency || typeof a.value !== 'number' || a.value <= 0 || a.value >= 1000) continue;
    if (!SCALE_SHARED_GAP.test(text.slice(a.end, b.start))) continue;
    a.value = Math.round(a.value * b.scale * 1e6) / 1e6;
    a.scale = b.scale;
  }
}

/** What may stand between two numbers of one list: `dan`, `and`, `atau`, `or` (a comma before it too). */
const LIST_GAP = /^\s*,?\s*(?:dan|and|atau|or)\s+$/i;

/** Hundredths of a currency, in each language read: `cents`, *sen*, `centimes`, `céntimos`, `centavos`, `centesimi`, `Cent`, `копеек` (`kopecks`), `kuruş`. */
const CENTS = /^(?:cents?|sen|centimes?|kopec?ks?|c[ée]ntimos?|centavos?|centesim[io]|копе(?:ек|йки|йка|йку)|kuru[şs]\p{L}*)$/iu;

/**
 * `40 cents`, *40 sen*: an amount in hundredths of a currency is money (0.40), in the currency of the
 * sentence's other amount when it has one (`rose 40 cents to 135 dollars`), so that it meets its
 * rendering in either form.
 */
export function centsAsMoney(text: string, figures: Scanned[]): void {
  const hundredths = (v: number) => Math.round(v * 1e4) / 1e6;
  for (const f of figures) {
    // `40 dollar cents`: the currency named before the hundredths
    const cents = f.kind === 'money' && typeof f.value === 'number' && f.scale === undefined ? /^\s+(?:cents?|sen)\b/i.exec(text.slice(f.end)) : null;
    if (cents && /(?:dollars?|dolar)$/i.test(f.text)) {
      f.value = hundredths(f.value as number);
      f.end += cents[0].length;
      f.text = text.slice(f.start, f.end);
      continue;
    }
    if (f.kind !== 'count' || !f.unit || !CENTS.test(f.unit) || typeof f.value !== 'number' || f.scale !== undefined) continue;
    // the currency the cents are of: named in them (`40 U.S. cents`, *40 sen dolar AS*), else that of a money figure
    // of a currency divided in cents (the rupiah, the yen and the won are not, in use: `Rp 6,500 (about 40 cents)`)
    const named = CENTS_OF.find(([re]) => re.test(f.text) || re.test(text.slice(f.end, f.end + 16)))?.[1];
    const other = figures.find((g) => g.kind === 'money' && g.currency && !NO_CENTS.has(g.currency));
    f.kind = 'money';
    f.value = hundredths(f.value);
    delete f.unit;
    const currency = named ?? other?.currency ?? (figures.some((g) => g.kind === 'money' && g.currency) ? 'USD' : undefined);
    if (currency) f.currency = currency;
  }
}

/**
 * *selama satu semester*, *dua semester*, `two semesters`: a count of half-years is a length of time (a unit of six
 * months: *satu semester* = *enam bulan*); the half-year named by its number (*semester I*, *semester kedua*) is a
 * part of a year, read elsewhere, as is one of a year named after it.
 */
export function semestersAsDurations(text: string, figures: Scanned[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || !/^semesters?$/i.test(f.unit ?? '') || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 20 || f.scale !== undefined) continue;
    // (*satu semester tahun 2007*, "one semester of 2007": a half of that year, a part of it, not a length of time)
    if (/^\s+(?:(?:tahun|of)\s+)?(?:19|20)\d\d\b/.test(text.slice(f.end))) continue;
    f.kind = 'duration';
    f.durationUnit = 'semester';
    delete f.unit;
  }
}

/**
 * *2 x 24 jam*, *1x24 jam*, *3 × 24 jam*: so many days said as multiples of 24 hours, one length of time (48 hours
 * against "48 hours" or "two days"), not a count of two beside a day.
 */
export function timesTwentyFourHours(text: string, figures: Scanned[]): void {
  for (const m of text.matchAll(TIMES_HOURS)) {
    const start = m.index!;
    const end = start + m[0].length;
    const n = Number(m[1]);
    if (!(n >= 1 && n <= 30)) continue;
    const inside = figures.filter((f) => f.start < end && start < f.end);
    if (inside.some((f) => f.end > end)) continue;
    // (a hedge or bound read before the first number is the whole length's: *maksimal 2 x 24 jam*)
    const from = Math.min(start, ...inside.map((f) => f.start));
    const qualifier = inside.find((f) => f.start < start)?.qualifier ?? 'exact';
    for (const f of inside) figures.splice(figures.indexOf(f), 1);
    const at = figures.findIndex((f) => f.start > from);
    const merged: Scanned = { text: text.slice(from, end), start: from, end, kind: 'duration', value: n * Number(m[2]), qualifier, form: 'digits', durationUnit: 'hour' };
    figures.splice(at < 0 ? figures.length : at, 0, merged);
  }
}

/**
 * `three-quarters of an hour`, `a quarter of a century`: a fraction of one unit of time is a length of time (45
 * minutes, 25 years), as `half an hour` and *tiga perempat jam* are read.
 */
export function fractionOfUnit(text: string, figures: Scanned[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit !== undefined || typeof f.value !== 'number' || !(f.value > 0 && f.value < 1)) continue;
    const m = FRACTION_OF_UNIT.exec(text.slice(f.end));
    if (!m) continue;
    f.kind = 'duration';
    f.durationUnit = m[1].toLowerCase();
    f.end += m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/** After the fraction of `three-quarters of an hour`. */
const FRACTION_OF_UNIT = /^\s+of\s+an?\s+(hour|day|week|month|year|decade|century)\b/i;

/** `2 x 24 jam`, `1x24 jam`, `3 × 24 jam`. */
const TIMES_HOURS = /\b(\d{1,2})\s*[x×]\s*(24)\s+jam\b/gi;

/** Currencies whose cents are named with them (`U.S. cents`, `euro cents`, *sen dolar AS*). */
const CENTS_OF: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:U\.?S\.?|US\$?|American|dolar\s+AS|dollar)\b/i, 'USD'],
  [/\beuro/i, 'EUR'],
  [/\b(?:Singapore|SGD|S\$)/i, 'SGD'],
  [/\b(?:Australian|AUD|A\$)/i, 'AUD'],
];

/** Currencies not divided in cents in use. */
const NO_CENTS = new Set(['IDR', 'JPY', 'KRW', 'VND']);

/** What may stand between two numbers of a longer list: a comma. */
const COMMA_GAP = /^\s*,\s*$/;

/**
 * `payable in 10 and 15 years`, *dalam 3, 5 atau 7 tahun*: bare numbers listed before a length of time
 * share its unit (as a percent sign or a scale word is shared); each is a duration of its own.
 */
export function shareDurationBackwards(text: string, figures: Scanned[]): void {
  for (let k = figures.length - 1; k > 0; k--) {
    const b = figures[k];
    if (b.kind !== 'duration' || !b.durationUnit) continue;
    let first = true;
    for (let j = k - 1; j >= 0; j--) {
      const a = figures[j];
      const gap = text.slice(a.end, figures[j + 1].start);
      if (!(first ? LIST_GAP.test(gap) : COMMA_GAP.test(gap))) break;
      if (a.kind !== 'count' || a.unit !== undefined || a.scale !== undefined || typeof a.value !== 'number' || a.value <= 0 || !/\d$|[a-z]$/i.test(a.text)) break;
      a.kind = 'duration';
      a.durationUnit = b.durationUnit;
      first = false;
    }
  }
}

/**
 * *sekitar 6,1 dan 6,4 persen*, `about 40 and 45 tonnes`: the first number, approximate and written bare
 * (its unit is the second's), and the second, read exact, are one list under one approximation word; the
 * second is approximate too. A first number with its own unit (`about 40 tonnes and 45 tonnes`) hedges only itself.
 * So does an amount for one period restated for another (*sekitar 17.500 dolar setiap bulan atau 210.000 dolar per
 * tahun*): the restatement carries the hedge.
 */
export function shareHedgeForward(text: string, figures: Scanned[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    if (a.qualifier !== 'about' || b.qualifier !== 'exact' || a.kind !== b.kind || typeof a.value !== 'number' || typeof b.value !== 'number') continue;
    const gap = text.slice(a.end, b.start);
    if ((LIST_GAP.test(gap) && /\d$/.test(a.text)) || (PERIOD_RESTATED.test(gap) && a.currency === b.currency && periodMultiple(b.value / a.value))) b.qualifier = 'about';
  }
}

/** `per month or`, *setiap bulan atau*: the amount after restates the one before for a longer or shorter period. */
const PERIOD_RESTATED = /^\s+(?:(?:per|setiap|tiap|a|an|each|every)\s+)?(?:bulan|tahun|pekan|minggu|hari|month|year|week|day)(?:nya)?\s*,?\s+(?:atau|or)\s+(?:sekitar\s+|about\s+|some\s+)?$/i;

/** Whether `r` is the factor between two periods (12 months a year, 52 weeks, 365 or 30 days, 7 days a week), or its inverse. */
function periodMultiple(r: number): boolean {
  return [12, 52, 365, 30, 7, 4].some((m) => Math.abs(r - m) <= 0.02 * m || Math.abs(r - 1 / m) <= 0.02 / m);
}

/** `atau`, `or`, `setara dengan`, `equivalent to` between a share and the amount it stands for. */
const RESTATE_GAP = /^\s*,?\s*(?:atau|or|setara dengan|setara|equivalent to|equal to)(?:\s+(?:sekitar|about|some|around))?\s*$/i;

/** `of`/*dari* right after a percentage: the share of a whole (`1.9 percent of GDP`). */
const SHARE_OF = /^\s+(?:of|dari)\b/i;

/**
 * Marks as conversions the figures that restate the one before them: a percentage restated as an
 * amount or a count (`73,3 persen atau 470.676 ton`), an amount restated as a share of a whole (`Rp99
 * trillion or 1.9 percent of GDP`), or an amount followed, with nothing but a space
 * between, by the same amount in another currency (`Rp424 miliar US$42 juta`). Alternatives of one
 * kind (`5 atau 6 orang`) are not restatements.
 */
export function markRestatements(text: string, figures: Scanned[]): void {
  for (let k = 1; k < figures.length; k++) {
    const prev = figures[k - 1];
    const f = figures[k];
    if (prev.conversion || f.conversion) continue;
    const gap = text.slice(prev.end, f.start);
    const share = prev.kind === 'percent' && (f.kind === 'money' || f.kind === 'count') && RESTATE_GAP.test(gap);
    const bareConversion = prev.kind === 'money' && f.kind === 'money' && /^\s+$/.test(gap) && !!prev.currency && !!f.currency && prev.currency !== f.currency;
    // `Rp99 trillion or 1.9 percent of GDP`, *Rp99 triliun atau 1,9 persen dari PDB*: the amount restated as a share of a whole
    const shareOfWhole = (prev.kind === 'money' || (prev.kind === 'count' && prev.unit !== undefined)) && f.kind === 'percent' && RESTATE_GAP.test(gap) && SHARE_OF.test(text.slice(f.end));
    if (share || bareConversion || shareOfWhole) f.conversion = true;
  }
}

/** A demonstrative right after a count's noun: *tersebut*, *itu* (*dua kelompok tersebut*, "those two groups"). */
const DEMONSTRATIVE_AFTER = /^\s+(?:tersebut|itu)(?![\p{L}\p{N}])/u;

/**
 * Marks as collective a small count said in words whose noun a demonstrative follows (*dua kelompok
 * tersebut*, *tiga kapal itu*): a reference back to things counted before, as `the two groups` is in English.
 */
export function markReferencesBack(text: string, figures: Scanned[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.form !== 'words' || f.unit === undefined || typeof f.value !== 'number') continue;
    if (!Number.isInteger(f.value) || f.value < 2 || f.value > 20 || f.qualifier !== 'exact') continue;
    if (DEMONSTRATIVE_AFTER.test(text.slice(f.end))) f.collective = true;
    // *kerja sama di antara dua negara*, *hubungan antara dua bank*: the two parties "between" always joins, the
    // ones the sentence is about (`between the two countries`); not a span (*antara dua hingga lima*)
    else if (f.value === 2 && BETWEEN_BEFORE.test(text.slice(0, f.start)) && !SPAN_AFTER.test(text.slice(f.end))) f.collective = true;
  }
}

/** *antara*, *di antara*, *diantara* right before a count. */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:di\s*)?antara\s+$/iu;
/** A second end after the count: *dua hingga lima*, *dua dan tiga*. */
const SPAN_AFTER = /^\s*(?:hingga|sampai|dan|atau|-|–)/i;

/** A dateline's place part before the date: capitalised words, short particles and commas only (`Las Palmas de Gran Canaria, Spain,`). */
const DATELINE_PLACE = /^\s*(?:(?:[A-Z][\p{L}.'-]*|de|del|la|el|al|di|van|von),?\s+){0,8}$/u;
/** The agency in brackets after the date: `(ANTARA)`, `(ANTARA/DPA)`, `(AFP)`, `(ANTARA News)`, `(Reuters)`, `(Bloomberg)`. */
const DATELINE_AGENCY = /^\s*\(\s*(?:[A-Z]{2,}[\p{L}]*|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Bernama|Antara|Interfax|Tass|Dow Jones)(?:\s*[/,&-]\s*[A-Z][\p{L}]*|\s+[A-Z][\p{L}]*)*\s*\)/u;

/** The agency written bare after the date, then a dash: `Sept 2 ANTARA-`, `Feb 17 AFP -`. */
const DATELINE_BARE_AGENCY = /^\s*[A-Z]{3,}(?:\s*[/,&]\s*[A-Z]{2,})*\s*[-–—]/;

/** Drops the date of a wire dateline at the start of the text (`Madrid, Feb 17 (AFP) -`, `Jakarta, Sept 2 ANTARA-`). */
export function dropDatelines(text: string, figures: Scanned[]): Scanned[] {
  return figures.filter((f) => {
    // `Jakarta, 2/9 (ANTARA) -`: a day/month pair there is the date even when it read as a fraction
    const dayMonth = f.kind === 'count' && /^\d{1,2}\/\d{1,2}$/.test(f.text);
    if ((f.kind !== 'date' && !dayMonth) || !DATELINE_PLACE.test(text.slice(0, f.start))) return true;
    const after = text.slice(f.end);
    return !(DATELINE_AGENCY.test(after) || DATELINE_BARE_AGENCY.test(after));
  });
}

/**
 * Drops a number said in words that the same number in digits restates straight after, with only a
 * space between (*lima belas 15 tahun*, `fifteen 15 years`): one figure, written twice; the digits keep
 * the unit. (A bracketed restatement, `lima (5) tahun`, is left as it was read.)
 */
export function dropWordsRestatedInDigits(text: string, figures: Scanned[]): Scanned[] {
  return figures.filter((f, k) => {
    const next = figures[k + 1];
    if (!next || f.form !== 'words' || next.form !== 'digits' || typeof f.value !== 'number' || f.value !== next.value) return true;
    return !/^\s+$/.test(text.slice(f.end, next.start));
  });
}

/** Words that compare two amounts of one thing: the currency said on one holds for the other. */
const COMPARED_GAP = /^[^()]{0,60}?\b(?:dibanding(?:kan)?|dari|menjadi|ke|from|to|compared\s+(?:to|with)|than|against|versus|vs)\b[^()]{0,60}$/i;

/**
 * `menjadi 172,9 miliar dibanding Rp115,7 miliar`: a bare scaled amount (no currency, no unit)
 * compared with a money amount of the same scale takes that amount's currency.
 */
export function shareCurrency(text: string, figures: Scanned[]): void {
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.kind !== 'count' || f.unit !== undefined || f.scale === undefined || f.scale < 1e6) continue;
    const next = figures[k + 1];
    const prev = figures[k - 1];
    const partner =
      [next, prev].find((g) => g && g.kind === 'money' && g.currency && g.scale === f.scale && COMPARED_GAP.test(g === next ? text.slice(f.end, g.start) : text.slice(g.end, f.start))) ??
      listedBetween(text, f, prev, next);
    if (!partner) continue;
    f.kind = 'money';
    f.currency = partner.currency;
  }
}

/** What stands between two items of a list of named amounts: a comma and a few words (a name), no clause's mark. */
const NAMED_ITEM_GAP = /^[^().;:!?]{0,40}$/;

/**
 * `Amerika 7,6 miliar Ringgit, Belanda 5 miliar, Singapura 4,9 miliar Ringgit`: an item of a list of amounts between two
 * of the same currency, a comma beside it, is in that currency too (the list leaves it unsaid once). The amount before it.
 */
function listedBetween(text: string, f: Scanned, prev: Scanned | undefined, next: Scanned | undefined): Scanned | undefined {
  if (!prev || !next || prev.kind !== 'money' || next.kind !== 'money' || !prev.currency || prev.currency !== next.currency) return undefined;
  const before = text.slice(prev.end, f.start);
  const after = text.slice(f.end, next.start);
  return NAMED_ITEM_GAP.test(before) && NAMED_ITEM_GAP.test(after) && before.includes(',') && (after.includes(',') || /\b(?:dan|and|atau|or)\b/i.test(after)) ? prev : undefined;
}

/** Between the two ends of a range of amounts: `hingga`, `sampai (dengan)`, `to`, a dash. */
/** Between a central value and its tolerance: `plus minus`, `plus-minus`, `plus or minus`, `±`. */
const TOLERANCE_GAP = /^\s*(?:plus\s*(?:[-/]\s*|(?:or|and|atau|dan)\s+)?minus|±|\+\/-)\s*$/i;

/** `5 plus minus 1 persen`: a bare central value takes the percent (or unit) of its tolerance. */
export function shareToleranceUnit(text: string, figures: Scanned[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k];
    const g = figures[k + 1];
    // `5 plus-minus 1 persen`: the hyphenated sign pair was taken for the counted thing of the 5
    if (f.kind === 'count' && f.unit !== undefined && /^plus\b/i.test(f.unit)) {
      const cut = f.text.search(/\s*plus\b/i);
      f.text = f.text.slice(0, cut);
      f.end = f.start + f.text.length;
      delete f.unit;
    }
    // the tolerance reads without its sign (`plus minus 1 persen` = `± 1 percent` = 1)
    if (f.kind !== 'count' || f.unit !== undefined || f.scale !== undefined || !TOLERANCE_GAP.test(text.slice(f.end, g.start))) continue;
    if (g.kind === 'percent') f.kind = 'percent';
    else if (g.kind === 'count' && g.unit !== undefined) f.unit = g.unit;
  }
  // `8 persen dengan plus minus satu`, `8 percent, plus or minus 1`: a bare tolerance after a figure is in its unit
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k - 1];
    const g = figures[k];
    if (g.kind !== 'count' || g.unit !== undefined || g.scale !== undefined || !toleranceAfter(text.slice(f.end, g.start), g.text)) continue;
    if (f.kind === 'percent') g.kind = 'percent';
    else if (f.kind === 'count' && f.unit !== undefined) g.unit = f.unit;
  }
}

/** Between a figure and the tolerance that follows it: a comma, *dengan* / `with`, *toleransi* / `a margin of`. */
const TOLERANCE_LEAD = /^[\s,]*(?:(?:dengan|with)\s+)?(?:(?:toleransi|a\s+margin\s+of|margin)\s+)?/i;

/** The tolerance's sign, in the figure's text (`plus minus satu`) or before it (`plus or minus 1`), with what may lead it. */
function toleranceAfter(between: string, text: string): boolean {
  const rest = between.replace(TOLERANCE_LEAD, ' ');
  return rest.trim() === '' ? /^(?:plus\b|±|\+\/-)/i.test(text) : TOLERANCE_GAP.test(rest);
}
