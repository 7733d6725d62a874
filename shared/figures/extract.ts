/**
 * The figure scanner: one left-to-right pass over the tokens of a sentence. At each token that
 * can start a figure (a digit run, a number word, a currency sign, a month, an ordinal), it tries
 * in order: identifiers (skipped), dates, clock times, ordinals, years, then quantities — a
 * number (digits, words or a magnitude plural, with its scale) and what follows it (range end,
 * percent, currency, multiplier, time unit, counted thing) — and looks back for a qualifier
 * (`lebih dari`, `at least`) or a range opener (`antara`, `between`, `from`).
 *
 * Choices worth knowing (see also the notes in index.ts):
 * - `hampir`/`nyaris`/`nearly`/`almost` are read as `about`.
 * - `dua kali lipat`, `double`, `twice`, `three times more`, `threefold` are kind `other` with the factor
 *   as value; a bare frequency (`35 kali`, `six times`) is a count with unit `kali`/`times`.
 * - Magnitude plurals carry the power of ten they name: `ribuan`/`thousands` 1000,
 *   `puluhan`/`dozens` 10 (dozens is read as "tens", the usual rendering of `puluhan`).
 * - The year of a law citation (`UU No. 12 Tahun 2011`) is part of the citation's name: no figure.
 * - A four-digit number 1900–2100 with no unit, qualifier or currency is a year (`Pilpres 2024`);
 *   with a counted noun after it, it is a count (`2000 orang`).
 * - A lone month name is a date (`--08`) only in a date context (`bulan Agustus`, `in March`).
 * - `kedua`, `ketiga` … before a noun after a verb or at the start mean "both"/"all three" (no figure);
 *   after a noun, before `kali`, or before punctuation they are ordinals.
 */
import type { Lang } from '../text/types';
import { CODE_PLACEHOLDERS, isCodePlaceholder } from '../text/chars';
import type { Figure, PeriodPart, Qualifier } from './types';
import type { ClockPhrases, DayPart, Lexicon } from './lexicon';
import { type Token, type WordRun, tokenize, wordRun, isDash, isSym, possessiveAt } from './tokens';
import { parseDigits, clean, closeStrayDecimalSpace, controlAsDecimalMark, asciiDigits, arabicAndOnDigits } from './numbers';
import { INDONESIAN, ID_SCALE_ABBREVS } from './indonesian';
import { ENGLISH, EN_SCALE_ABBREVS } from './english';
import { numberConventionOf, groupMarksAsThinSpaces, type DecimalMark } from './conventions';
import { otherLanguageLexicon } from './other-languages';
import { CJK_LANGS, scanCjk } from './cjk';
import { thaiFigures } from './thai';
import { clockTimesAsLengths, lengthSaidAt } from './hours-said';
import { primaryLang } from '../text/lang-tags';
import { dropDatelines, dropWordsRestatedInDigits, markReferencesBack, markRestatements, centsAsMoney, fractionOfUnit, semestersAsDurations, timesTwentyFourHours, shareCurrency, shareDurationBackwards, shareHedgeForward, shareScaleBackwards, shareToleranceUnit } from './beside';
import { MILITARY_NAME_WORDS, MILITARY_UNIT_NOUNS } from './military-units';
import { applyDayPart, clockValue, hourBeforeWord, hourWordSpan, isOrdinalSuffix, dateAtMonth, dateAtNumber, misspeltMonth, monthAt, timeAtNumber, yearToken, isoDate, validDate, type DateMatch } from './dates';
import { romanNumber } from './labelled-numbers';
import { identifierAt, dashGroupsAt, urlMask, chainEnd, namedByWordLabel, YEAR_PREFIXES } from './identifiers';
import { scoreEndAt } from './scores';
import { yearPartMonths } from './year-parts';
import { oneSlip } from './weekdays';
import { readUnit, knownUnit, isSpeedUnit, unitFamily, looksIndonesianVerb } from './units';
import { MEASURING_FAMILIES } from './concepts';
import { TIME_ZONES } from './time-zones';

interface Ctx {
  text: string;
  toks: readonly Token[];
  /** The word reader: English also for a language outside both readers (with `lex` of that language). */
  lang: Lang;
  lex: Lexicon;
  /** The text's decimal mark. */
  decimal: DecimalMark;
  /** The text is in a language outside both readers (`lex` is that language's, other-languages.ts). */
  other: boolean;
  /** Its convention groups thousands by a space (`fr`): a decimal mark before three digits is a decimal. */
  spaceGroups?: boolean;
  /** Its numeric dates put the day first (`04/06` is 4 June). */
  dayFirst: boolean;
  /** The order of day and month is the language's or region's own (not English of no region, which writes both). */
  dateOrderKnown: boolean;
  mask: Uint8Array;
  /** First token not consumed by an earlier figure or identifier. */
  floor: number;
  /** Where an Arabic `و` ("and") written onto a number stood, read as a space (`بين 10 و12`: it still joins a range). */
  gluedAnd?: ReadonlySet<number>;
}

/** A figure being read: its token span, and the fields of the Figure it becomes (text and offsets come last). */
type Draft = Omit<Figure, 'sentence' | 'text' | 'start' | 'end'> & {
  startTok: number;
  /** Exclusive. */
  endTok: number;
};

interface NumRead {
  value: number;
  start: number;
  /** Exclusive. */
  end: number;
  form: 'digits' | 'words' | 'mixed';
  scale?: number;
  ambiguous?: boolean;
  alternatives?: number[];
  magnitude?: boolean;
  fraction?: boolean;
  /** A bare digit run without separators or scale (a year candidate). */
  plain?: boolean;
  /** A definite or collective numeral (`the four`, `their two sons`). */
  collective?: boolean;
  /** Approximate by its own words (`tiga puluhan`). */
  approximate?: boolean;
}

interface Step {
  drafts: Draft[];
  next: number;
}

// ---------------------------------------------------------------------------------------------
// small token helpers

function word(ctx: Ctx, k: number): string {
  const t = ctx.toks[k];
  return t && t.kind === 'word' ? t.lower : '';
}

/** The word after a number at token k: spaced, glued (`5km`) or hyphen-glued (`3-day`); -1 if none. */
function wordAfter(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t) return -1;
  if (t.kind === 'word') return k;
  if ((t.raw === '-' || t.raw === '‐') && !t.space && ctx.toks[k + 1]?.kind === 'word' && !ctx.toks[k + 1].space) return k + 1;
  return -1;
}

/** The previous word token before k, skipping at most `(` / `,`; '' when none. */
function prevWord(ctx: Ctx, k: number, skipPunct = false): { w: string; at: number } {
  let j = k - 1;
  if (skipPunct) while (j >= 0 && ctx.toks[j].kind === 'sym' && (ctx.toks[j].raw === '(' || ctx.toks[j].raw === ',') && j > k - 3) j--;
  const t = ctx.toks[j];
  return t && t.kind === 'word' ? { w: t.lower, at: j } : { w: '', at: -1 };
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₽': 'RUB',
  '₹': 'INR',
  '₴': 'UAH',
  '₺': 'TRY',
  '₫': 'VND',
  '₱': 'PHP',
  '฿': 'THB',
  '₪': 'ILS',
  '₦': 'NGN',
};
/** Capitalised modifiers before `pound(s)` that name another pound than sterling (`Egyptian pounds`). */
const EN_POUND_MODIFIERS: Record<string, string> = { egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG' };
const DOLLAR_PREFIXES: Record<string, string> = { us: 'USD', s: 'SGD', a: 'AUD', hk: 'HKD', c: 'CAD', nz: 'NZD', nt: 'TWD', t: 'TWD', r: 'BRL', mx: 'MXN' };
const CURRENCY_CODES = new Set([
  'USD', 'IDR', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'RUB', 'SGD', 'AUD', 'MYR', 'INR', 'THB', 'HKD', 'CAD', 'CHF',
  'SAR', 'AED', 'UAH', 'NZD', 'TWD', 'PHP', 'VND', 'TRY', 'BRL', 'MXN', 'EGP', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'ILS', 'NGN', 'KES', 'PKR', 'BDT',
]);

/** A currency written before the number: `Rp`, `Rp.`, `US$`, `$`, `€`, `IDR`, `RM`. */
function currencyPrefixAt(ctx: Ctx, i: number): { code: string; end: number } | null {
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.kind === 'sym') {
    const code = CURRENCY_SYMBOLS[t.raw];
    return code ? { code, end: i + 1 } : null;
  }
  if (t.kind !== 'word') return null;
  if (t.lower === 'rp') {
    const end = isSym(ctx.toks, i + 1, '.') && !ctx.toks[i + 1].space ? i + 2 : i + 1;
    return { code: 'IDR', end };
  }
  const dp = DOLLAR_PREFIXES[t.lower];
  if (dp && isSym(ctx.toks, i + 1, '$') && !ctx.toks[i + 1].space && t.raw === t.raw.toUpperCase()) return { code: dp, end: i + 2 };
  if (CURRENCY_CODES.has(t.raw)) return { code: t.raw === 'RMB' ? 'CNY' : t.raw, end: i + 1 };
  if (dollarSignDropped(ctx, i)) return { code: 'USD', end: i + 1 };
  if (t.raw === 'RM') return { code: 'MYR', end: i + 1 };
  if (t.raw === 'Rs') return { code: 'INR', end: i + 1 };
  return currencyNameBefore(ctx, i) ?? null;
}

/** Currency names that are other words too when capitalised before a number (`Won 3 games`, `Pound 5 times`). */
const NAME_BEFORE_NOT = new Set(['won', 'pound', 'pounds', 'dollar', 'dollars', 'dolar', 'rupiah']);

/**
 * `Yen 23.18 billion`, `Euro 5 million`, *Yen 23,18 miliar*: a capitalised currency name right before the digits;
 * in another language also its abbreviation and full stop (`Fr. 2.70`, Swiss German).
 */
function currencyNameBefore(ctx: Ctx, i: number): { code: string; end: number } | undefined {
  const t = ctx.toks[i];
  const dotted = ctx.other && isSym(ctx.toks, i + 1, '.') && !ctx.toks[i + 1].space;
  const n = ctx.toks[dotted ? i + 2 : i + 1];
  if (!isCapital(t.raw) || NAME_BEFORE_NOT.has(t.lower) || n?.kind !== 'num' || !n.space) return undefined;
  const code = ctx.lex.currencyWords.get(t.lower);
  return code ? { code, end: dotted ? i + 2 : i + 1 } : undefined;
}

/**
 * `US1 million`, `US150 per barrel`: `US$` with its dollar sign lost, seen from what follows: `US`
 * (upper-case) glued to digits that a scale word or a price's `per` follows. Without either (`US500`)
 * it may be a code and stays one.
 */
function dollarSignDropped(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  const n = ctx.toks[i + 1];
  const s = ctx.toks[i + 2];
  if (t.raw !== 'US' || n?.kind !== 'num' || n.space) return false;
  return s?.kind === 'word' && s.space && (ctx.lex.scales.has(s.lower) || (s.lower === 'per' && ctx.toks[i + 3]?.kind === 'word' && ctx.toks[i + 3].lower !== 'se'));
}

const EN_DOLLAR_MODIFIERS: Record<string, string> = {
  us: 'USD',
  american: 'USD',
  singapore: 'SGD',
  australian: 'AUD',
  canadian: 'CAD',
  taiwan: 'TWD',
  taiwanese: 'TWD',
};
const ID_DOLLAR_MODIFIERS: Record<string, string> = {
  as: 'USD',
  amerika: 'USD',
  singapura: 'SGD',
  australia: 'AUD',
  kanada: 'CAD',
  taiwan: 'TWD',
};

/**
 * The word after another language's `of` at `k` (`de` in `millions de francs`, `d'` in `milliards d'euros`,
 * `di` in `milioni di euro`): its token index, or -1.
 */
function ofWordEnd(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!ctx.lex.currencyOf || t?.kind !== 'word') return -1;
  if (ctx.lex.currencyOf.has(t.lower)) return ctx.toks[k + 1]?.kind === 'word' && ctx.toks[k + 1].space ? k + 1 : -1;
  return elidedAt(ctx, k) && ctx.lex.currencyOf.has(`${t.lower}'`) && ctx.toks[k + 2]?.kind === 'word' ? k + 2 : -1;
}

/** Word token k is elided onto the next word: an apostrophe glued after it (French `d'habitants`, `s'exécuta`). */
function elidedAt(ctx: Ctx, k: number): boolean {
  const mark = ctx.toks[k + 1];
  return !!mark && !mark.space && (mark.raw === "'" || mark.raw === '\u2019');
}

/** A currency written after the number: `rupiah`, `dolar AS`, `US dollars`, `euro`, `USD`. */
function currencyWordAt(ctx: Ctx, k: number): { code: string; end: number } | null {
  const t = ctx.toks[k];
  // the languages read by their digits set a currency sign after the amount (`49,99 €`, `2,5 Mio. €`, `12,50 €`)
  if (ctx.other && t?.kind === 'sym' && CURRENCY_SYMBOLS[t.raw] && t.raw !== '$') return { code: CURRENCY_SYMBOLS[t.raw], end: k + 1 };
  if (!t || t.kind !== 'word') return null;
  // `US-Dollar`, `US-dollars`: the German and Dutch compound
  if (ctx.other && t.raw === 'US' && isDash(ctx.toks, k + 1) && !ctx.toks[k + 1].space && /^dollars?$/.test(word(ctx, k + 2))) return { code: 'USD', end: k + 3 };
  if (CURRENCY_CODES.has(t.raw)) return { code: t.raw === 'RMB' ? 'CNY' : t.raw, end: k + 1 };
  const of = ofWordEnd(ctx, k);
  if (of > 0) {
    const code = ctx.lex.currencyWords.get(word(ctx, of));
    if (code) return { code, end: of + 1 };
  }
  if (ctx.lang === 'en') {
    // US dollars, U.S. dollars, Hong Kong dollars, Australian dollars
    let m = k;
    let mod: string | undefined;
    if (t.raw === 'U' && isSym(ctx.toks, k + 1, '.') && ctx.toks[k + 2]?.raw === 'S' && isSym(ctx.toks, k + 3, '.')) {
      mod = 'USD';
      m = k + 4;
    } else if (t.lower === 'hong' && word(ctx, k + 1) === 'kong') {
      mod = 'HKD';
      m = k + 2;
    } else if (t.lower === 'new' && word(ctx, k + 1) === 'zealand') {
      mod = 'NZD';
      m = k + 2;
    } else if (EN_DOLLAR_MODIFIERS[t.lower] && (t.lower !== 'us' || t.raw === 'US')) {
      mod = EN_DOLLAR_MODIFIERS[t.lower];
      m = k + 1;
    }
    if (mod) {
      const d = word(ctx, m);
      return d === 'dollar' || d === 'dollars' ? { code: mod, end: m + 1 } : null;
    }
    // a capitalised modifier before another currency word: Malaysian ringgit, Russian roubles
    const cap = t.raw.charCodeAt(0) >= 65 && t.raw.charCodeAt(0) <= 90;
    const after = ctx.toks[k + 1];
    if (cap && after && after.kind === 'word' && after.space && !ctx.lex.currencyWords.has(t.lower)) {
      const c2 = ctx.lex.currencyWords.get(after.lower);
      if (c2 === 'GBP' && EN_POUND_MODIFIERS[t.lower]) return { code: EN_POUND_MODIFIERS[t.lower], end: k + 2 };
      if (c2 && c2 !== 'USD') return { code: c2, end: k + 2 };
    }
    const code = ctx.lex.currencyWords.get(t.lower);
    if (!code) return null;
    if (code === 'GBP' && word(ctx, k + 1) === 'sterling') return { code, end: k + 2 };
    // `candidate pair number 2 won the election`: the verb, not the Korean currency
    if (t.lower === 'won' && (WON_VERB_NEXT.has(word(ctx, k + 1)) || ctx.toks[k + 1]?.kind === 'num')) return null;
    return { code, end: k + 1 };
  }
  const code = ctx.lex.currencyWords.get(t.lower);
  if (!code) return null;
  if (code === 'USD') {
    const n1 = ctx.toks[k + 1];
    if (n1 && n1.kind === 'word') {
      if (n1.raw === 'AS') return { code: 'USD', end: k + 2 };
      if (n1.lower === 'amerika') return { code: 'USD', end: word(ctx, k + 2) === 'serikat' ? k + 3 : k + 2 };
      if (n1.lower === 'hong' && word(ctx, k + 2) === 'kong') return { code: 'HKD', end: k + 3 };
      if (n1.lower === 'selandia' && word(ctx, k + 2) === 'baru') return { code: 'NZD', end: k + 3 };
      const mod = ID_DOLLAR_MODIFIERS[n1.lower];
      if (mod && n1.lower !== 'as') return { code: mod, end: k + 2 };
    }
  }
  if (code === 'GBP' && word(ctx, k + 1) === 'sterling') return { code, end: k + 2 };
  return { code, end: k + 1 };
}

/** Words after `won` that make it the verb (`won the race`, `won 52 percent`, `won by two votes`), not the currency. */
const WON_VERB_NEXT = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'by', 'against', 'over', 'gold', 'silver', 'bronze', 'seats', 'votes', 'support', 'praise', 'approval', 'backing', 're-election', 'reelection', 'election', 'elections', 'majority', 'round', 'races', 'race', 'awards', 'award', 'title', 'titles', 'medals', 'medal', 'matches', 'games', 'points']);

/** A percent marker after a number: `%`, `persen`, `percent`, `per cent`, `percentage points`. */
function percentAt(ctx: Ctx, k: number): { end: number; text: string } | null {
  const t = ctx.toks[k];
  if (!t) return null;
  if (t.kind === 'sym' && (t.raw === '%' || t.raw === '٪')) return { end: k + 1, text: '%' };
  if (t.kind !== 'word') return null;
  if (t.lower === 'percentage') return word(ctx, k + 1) === 'point' || word(ctx, k + 1) === 'points' ? { end: k + 2, text: 'percentage points' } : null;
  if (ctx.lang === 'id') {
    // *0,6 poin persentase*, *12 persen poin*, *3 poin persen*, *2 persentase poin*: percentage points
    const w1 = word(ctx, k + 1);
    const pct = (w: string) => w === 'persentase' || ctx.lex.percentWords.has(w);
    if ((t.lower === 'poin' && pct(w1)) || (pct(t.lower) && w1 === 'poin')) return { end: k + 2, text: `${t.raw} ${ctx.toks[k + 1].raw}` };
  }
  if (ctx.lex.percentWords.has(t.lower)) return { end: k + 1, text: t.raw };
  if (t.lower === 'per' && word(ctx, k + 1) === 'cent') return { end: k + 2, text: 'per cent' };
  const second = ctx.lex.percentPhrases?.get(t.lower);
  if (second !== undefined && ctx.toks[k + 1]?.lower === second) return { end: k + 2, text: `${t.raw} ${ctx.toks[k + 1].raw}` };
  return null;
}

/** A multiplier after a number: `kali`, `kali lipat`, `times`, `-fold`. */
function timesAt(ctx: Ctx, k: number): number | null {
  const w = wordAfter(ctx, k);
  if (w < 0) return null;
  const lw = ctx.toks[w].lower;
  if (w === k + 1 && lw === 'fold') return w + 1;
  if (w !== k) return null;
  if (ctx.lex.timesWords.has(lw)) return word(ctx, k + 1) === 'lipat' ? k + 2 : k + 1;
  if (lw === 'fold') return k + 1;
  return null;
}

const ID_MULT_NEXT = new Set(['lebih', 'dari', 'daripada', 'dibanding', 'dibandingkan', 'lipat']);
const EN_MULT_NEXT = new Set(['more', 'less', 'larger', 'higher', 'bigger', 'greater', 'smaller', 'faster', 'slower', 'as', 'the', 'that', 'than', 'over', 'what', 'its', 'their', 'worse', 'better', 'cheaper', 'lower']);

/**
 * `kali`/`times` after a number: a multiplier (kind `other`) in `tiga kali lipat`, `tiga kali lebih
 * besar`, `three times more`, `naik dua kali`, `2-fold`; otherwise a frequency (`terjadi 35 kali`,
 * `met six times`), which stays a count.
 */
function isMultiplier(ctx: Ctx, numStart: number, k: number, end: number): boolean {
  const t = ctx.toks[k];
  if (t.kind !== 'word' || t.lower === 'fold' || word(ctx, k + 1) === 'fold' || word(ctx, end - 1) === 'lipat') return true;
  const next = word(ctx, end);
  // *ditembak lima kali dari kendaraan lewat* ("shot five times from a passing car"): after a passive verb, what *dari*
  // opens is where the acts came from, not what is multiplied (*naik dua kali dari target* stays a multiplier)
  const passiveBefore = ctx.lang === 'id' && (next === 'dari' || next === 'daripada') && /^di[a-z]{4,}$/.test(word(ctx, numStart - 1)) && !CHANGE_WORDS.has(word(ctx, numStart - 1));
  if ((ctx.lang === 'id' ? ID_MULT_NEXT : EN_MULT_NEXT).has(next) && !passiveBefore) return true;
  for (let b = numStart - 1; b >= Math.max(ctx.floor, numStart - 3); b--) {
    const w = word(ctx, b);
    if (CHANGE_WORDS.has(w) || w === 'risen' || w === 'grown' || w === 'increased' || w === 'jumped') return true;
  }
  return false;
}

/** In another language, a unit of time after a share's word for "of" (`un quart d'heure`, `tres cuartos de hora`): a length of time. */
function durationAfterOf(ctx: Ctx, k: number): { unit: string; end: number } | null {
  const w = wordAfter(ctx, k);
  const of = w < 0 ? -1 : ofWordEnd(ctx, w);
  const unit = of < 0 ? undefined : ctx.lex.durations.get(ctx.toks[of].lower);
  return unit ? { unit, end: of + 1 } : null;
}

/** A unit of time after a number (`hari`, `days`, `48-hour`). */
function durationAt(ctx: Ctx, k: number): { unit: string; end: number } | null {
  const w = wordAfter(ctx, k);
  if (w < 0) return null;
  const t = ctx.toks[w];
  if (w === k && !t.space) return null; // glued letters (`5d`)
  const unit = ctx.lex.durations.get(t.lower);
  return unit ? { unit, end: w + 1 } : null;
}

// ---------------------------------------------------------------------------------------------
// numbers

const GLUED_UNITS = new Set(['km', 'kg', 'm', 'cm', 'mm', 'ha', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'l', 'ml', 'mph', 'g', 'kmh', 't', 'ton', 'ft', 'mi', 'lb', 'lbs', 'oz', 'sqkm']);

/** `30C`, `-5C`, `86F`: a temperature with its scale's capital glued to the digits, nothing glued after it. */
function gluedTemperature(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  const next = ctx.toks[k + 1];
  return (t?.raw === 'C' || t?.raw === 'F') && !(next && !next.space && (next.kind === 'word' || next.kind === 'num'));
}

/** An English plural noun (`copies`, `visitors`, `people`), not a word of length or height (`tall`, `long`) nor `is`, `was`. */
const PLURAL_NOUN = /^(?:[a-z]{2,}(?<!s|u|i)s|people)$/;

/** Races named by their length in metres (`the 400m hurdles`, `the 4x100m relays`). */
const RACE_NOUNS = new Set(['hurdles', 'relays', 'heats', 'finals', 'races', 'events']);

/** `Rp 30 trillions`: plural scale words after digits, as some English copy writes them. */
const PLURAL_SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };

/** Indonesian adjectives of frequency after a number (*dua bulanan* = bi-monthly, *tiga bulanan* = quarterly). */
const ID_FREQUENCY_WORDS = new Set(['bulanan', 'tahunan', 'mingguan', 'harian', 'triwulanan', 'semesteran']);

/** A scale written after digits: `2,5 juta`, `5 rb`, `Rp 5 T`, `$3bn`, `3 billion`; `approximate` for *Rp 299 jutaan* (some 299 million). */
function scaleAfterDigits(ctx: Ctx, k: number, money: string | undefined): { scale: number; end: number; approximate?: boolean } | null {
  const t = ctx.toks[k];
  // `Rp 3.3. trillion`: a stray full stop between an amount and its lower-case scale word (no sentence opens with one);
  // `Rp38.trillion`, glued (a decimal lost by a slip): a scale word written out, not an abbreviation
  if (money && t && isSym(ctx.toks, k, '.') && !t.space) {
    const w = ctx.toks[k + 1];
    const scale = w && w.kind === 'word' && (w.space || w.lower.length >= 4) && w.raw === w.lower ? ctx.lex.scales.get(w.lower) : undefined;
    return scale !== undefined ? { scale, end: k + 2 } : null;
  }
  if (!t || t.kind !== 'word') return null;
  const full = ctx.lex.scales.get(t.lower) ?? (ctx.lang === 'en' ? PLURAL_SCALES[t.lower] : undefined);
  if (full !== undefined) {
    // `5 mil millones`, `a thousand million`: a thousand of the larger scale after it
    const next = full === 1e3 && ctx.toks[k + 1]?.space ? ctx.lex.scales.get(word(ctx, k + 1)) : undefined;
    if (next !== undefined && next >= 1e6) return { scale: full * next, end: k + 2 };
    // `2,5 Mrd. Euro`, `3 Mio.`: another language's abbreviated scale word takes its full stop
    const abbreviated = ctx.other && t.raw.length <= 4 && isSym(ctx.toks, k + 1, '.') && !ctx.toks[k + 1].space;
    return { scale: full, end: abbreviated ? k + 2 : k + 1 };
  }
  let end = k + 1;
  if (ctx.lang === 'id') {
    if (t.lower === 'rb' || t.lower === 'jt') {
      if (isSym(ctx.toks, end, '.') && !ctx.toks[end].space && ctx.toks[end + 1] && ctx.toks[end + 1].space && ctx.toks[end + 2]) end++;
      return { scale: ID_SCALE_ABBREVS.get(t.lower)!, end };
    }
    if (money && (t.raw === 'M' || t.raw === 'T')) return { scale: t.raw === 'M' ? 1e9 : 1e12, end };
    // *Rp 299 jutaan*, *Rp 1 miliaran*: the scale with the suffix of an approximation ("some Rp 299 million")
    const approx = t.lower.endsWith('an') && t.space ? ctx.lex.scales.get(t.lower.slice(0, -2)) : undefined;
    if (approx !== undefined && approx >= 1e3) return { scale: approx, end, approximate: true };
    return null;
  }
  const ab = EN_SCALE_ABBREVS.get(t.lower);
  if (ab === undefined) return null;
  // m/b/k need money or a glued writing to mean million/billion/thousand
  if ((t.lower === 'm' || t.lower === 'b' || t.lower === 'k') && !money && t.space) return null;
  // `2.3m copies`, `1.2m visitors`: a million of the plural noun after it (`100m sprint`, `a 2.5m wall`: metres)
  if (t.raw === 'm' && !money && !t.space && ctx.toks[k + 1]?.space && PLURAL_NOUN.test(word(ctx, k + 1)) && !RACE_NOUNS.has(word(ctx, k + 1))) return { scale: 1e6, end };
  if (t.lower === 'm' && !money && t.raw === 'm' && !t.space) return null; // 100m: metres
  return { scale: ab, end };
}

/** `setengah hati`, `setengah mati`, `setengah tiang`: not halves of anything. */
const ID_HALF_IDIOMS = new Set(['hati', 'mati', 'sadar', 'telanjang', 'matang', 'jalan', 'baya', 'tiang', 'resmi', 'badan', 'gila', 'hidup', 'jadi']);

const EN_JOIN_OK = new Set(['fold', 'odd', 'plus', 'strong']);

/** Words glued after a number word that make no count: two-way, three-pointer, two-thirds. */
const EN_JOIN_NOT = new Set(['way', 'ways', 'sided', 'pointer', 'pointers', 'thirds', 'third', 'fifths', 'quarters', 'tier', 'faced', 'edged', 'headed', 'legged', 'time', 'timer', 'off', 'on', 'up', 'nil', 'all', 'love', 'seater']);

/** A word that can be the counted noun of a compound adjective (`eight-nation`, `three-storey`). */
function compoundNoun(w: string): boolean {
  return w.length >= 3 && /^[a-z]+$/.test(w) && !EN_JOIN_NOT.has(w) && !/(ly|ing|ed)$/.test(w);
}

/** Indonesian nouns after which a number word names a class or a shape (*roda dua*, *segi empat*, *beroda empat*), no quantity; *kaki lima* is a street stall. */
const ID_CLASS_NOUNS = new Set(['roda', 'segi', 'kaki', 'beroda', 'bersegi', 'berkaki']);
/** Words before *N besar* that make it a stage of a competition (*lolos ke empat besar*: the last four). */
const STAGE_BEFORE = new Set(['ke', 'masuk', 'lolos', 'menembus', 'mencapai', 'di', 'babak']);
/** Words before `zero` that make a set phrase (`net zero`, `ground zero`, `patient zero`, `year zero`). */
const ZERO_BEFORE = new Set(['net', 'ground', 'patient', 'year', 'day']);
/** Words after `zero` that make a set phrase, no count (`zero tolerance`, `zero-sum`, `zero hour`). */
const ZERO_PHRASES = new Set(['tolerance', 'sum', 'hour', 'gravity', 'waste', 'emission', 'emissions', 'carbon', 'hunger', 'trust']);
/** Indonesian words before *nol* that make a set phrase (*emisi nol*, *toleransi nol*, *titik nol*), and after it (*nol bersih*, *nol emisi*, *nol besar*). */
const ID_ZERO_BEFORE = new Set(['emisi', 'toleransi', 'titik']);
const ID_ZERO_PHRASES = new Set(['bersih', 'emisi', 'besar', 'sampah', 'toleransi']);
/** English words glued to a number that name a class of vehicle by its wheels (`two-wheeler`, `four-wheel drive`). */
const CLASS_BY_WHEELS = /^wheel(?:s|ed|er|ers)?$/;

/** Words before a pronoun `one` that picks an item of a list said before (`included one on …`), and the prepositions after it. */
const INCLUDING_WORDS = new Set(['including', 'included', 'includes', 'include', 'especially', 'notably']);
const ONE_PRONOUN_PREPOSITIONS = new Set(['on', 'against', 'in', 'at', 'from', 'for', 'with', 'about', 'by', 'near', 'into', 'to']);

/** Words after `a material one`, `the new one` that show it stands for a noun said before (no noun follows). */
const ONE_PRONOUN_NEXT = new Set(['', 'which', 'that', 'who', 'whose', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'for', 'in', 'on', 'at', 'with', 'to', 'from', 'than', 'as']);

function blockedWordNumber(ctx: Ctx, j: number, firstWord: string, nextWord: string): boolean {
  const prev = word(ctx, j - 1);
  if (ctx.lang === 'en') {
    if (firstWord === 'one') {
      if (nextWord === 'of' || nextWord === 'another' || nextWord === 'by' || nextWord === 'hand' || nextWord === 'side') return true;
      // `one way or another`, `one checkpoint or another`: any one, no count
      if (word(ctx, j + 2) === 'or' && (word(ctx, j + 3) === 'another' || (word(ctx, j + 3) === 'the' && word(ctx, j + 4) === 'other'))) return true;
      // `from one civilian government to another`: any one, no count
      if (prev === 'from' && [2, 3, 4].some((d) => word(ctx, j + d) === 'to' && word(ctx, j + d + 1) === 'another')) return true;
      // `attacks included one on a police station`, `agreements including one on visas`: the pronoun of the list's noun
      if (INCLUDING_WORDS.has(prev) && ONE_PRONOUN_PREPOSITIONS.has(nextWord)) return true;
      // (`the one-month rate`: a compound adjective, no pronoun)
      const compound = isDash(ctx.toks, j + 1) && !ctx.toks[j + 1].space;
      // (`reports that one or two of them died`: one of two counts said together, no pronoun)
      const countsTogether = (nextWord === 'or' || nextWord === 'to') && !!ctx.lex.cardinal([word(ctx, j + 2)], 0);
      if (!compound && !countsTogether && ['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'such', 'someone', 'anyone', 'everyone', 'only'].includes(prev) && nextWord !== 'percent') {
        return !(prev === 'only' && nextWord !== '');
      }
      if (nextWord === 'day' && !['for', 'in', 'within', 'just', 'than', 'after', 'a'].includes(prev)) return true;
      // `a material one which`, `the new one.`: an article and an adjective before it, no noun after it: the pronoun
      if (['a', 'an', 'the'].includes(word(ctx, j - 2)) && prev !== '' && prev !== 'single' && !ctx.lex.cardinal([prev], 0) && ONE_PRONOUN_NEXT.has(nextWord)) return true;
      // one's own opinion: the pronoun
      const apostrophe = ctx.toks[j + 1];
      if (apostrophe && !apostrophe.space && (apostrophe.raw === "'" || apostrophe.raw === '\u2019') && ctx.toks[j + 2]?.lower === 's' && !ctx.toks[j + 2].space) return true;
    }
    // `net zero`, `zero tolerance`, `zero-sum`, `ground zero`, `patient zero`: a target or a set phrase, no count of nothing
    if (firstWord === 'zero' && (ZERO_BEFORE.has(prev) || ZERO_PHRASES.has(nextWord))) return true;
    if (firstWord === 'zero' && isDash(ctx.toks, j - 1) && !ctx.toks[j].space && !ctx.toks[j - 1].space && ZERO_BEFORE.has(word(ctx, j - 2))) return true;
    return false;
  }
  // *emisi nol bersih* (net zero), *toleransi nol*, *titik nol*, *nol besar*: a target or a set phrase, no count of nothing
  if (firstWord === 'nol' && (ID_ZERO_BEFORE.has(prev) || ID_ZERO_PHRASES.has(nextWord))) return true;
  // kendaraan roda dua (two-wheelers), pertemuan segi tiga (a tripartite meeting): a class or a shape, no quantity
  if (ID_CLASS_NOUNS.has(prev)) return true;
  // *pihak ke tiga* (a third party), written apart: the legal term, no count of three
  if (firstWord === 'tiga' && prev === 'ke' && word(ctx, j - 2) === 'pihak') return true;
  // *157 kasus per sejuta penduduk*: the base of a rate ("per million"), no count of its own
  if (prev === 'per' && /^se(?:puluh|ratus|ribu|juta)$/.test(firstWord)) return true;
  // *lolos ke empat besar*, *masuk sepuluh besar*: the last four, the top ten of a competition, a stage named by its number
  if (nextWord === 'besar' && STAGE_BEFORE.has(prev)) return true;
  if (firstWord === 'satu') {
    if (prev === 'salah' || prev === 'menjadi' || prev === 'bersatu') return true;
    if (nextWord === 'sama' || nextWord === 'pun' || nextWord === 'per' || nextWord === 'persatu') return true;
  }
  return false;
}

function isCapital(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Words after `a`/`an` that make a number: a hundred, a dozen, a third of, a few thousand. */
const A_NEXT = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'third', 'quarter', 'fifth', 'tenth', 'few']);

/**
 * An approximation written after a number, at token k: English `400 or so`, `400 or thereabouts`;
 * Indonesian `50-an` (fifty-odd: tens or hundreds with the `-an` suffix; `1990-an` is a decade and
 * `19-an` a code, neither is a count), a number with dot groups (`Rp14.000-an`, "some
 * Rp14,000"), and `12-an tahun` (an age of about twelve years). Returns the
 * token after it.
 */
function approxSuffixAt(ctx: Ctx, k: number): number | null {
  const toks = ctx.toks;
  if (ctx.lang === 'en' && word(ctx, k) === 'or') {
    const w = word(ctx, k + 1);
    // `or so-called`, `or so that`: not an approximation
    if (w === 'so' && !(isDash(toks, k + 2) && !toks[k + 2].space) && word(ctx, k + 2) !== 'that') return k + 2;
    if (w === 'thereabouts') return k + 2;
    return null;
  }
  if (ctx.lang === 'id' && isDash(toks, k) && !toks[k].space && toks[k + 1]?.kind === 'word' && !toks[k + 1].space && toks[k + 1].lower === 'an') {
    const n = toks[k - 1];
    // `Rp14.000-an`, `5.500-an orang`: a number with dot groups (a decade, `1990-an`, has none)
    if (n?.kind === 'num' && /^[1-9]\d{0,2}(?:\.\d{3})+$/.test(n.raw)) return k + 2;
    if (!n || n.kind !== 'num' || !/^\d{2,3}$/.test(n.raw)) return null;
    const v = Number(n.raw);
    // `12-an tahun`: an age of about twelve years (another number with the suffix and no `tahun` is a code)
    return v % 10 === 0 || (v > 10 && v < 100 && word(ctx, k + 2) === 'tahun') ? k + 2 : null;
  }
  return null;
}

/**
 * The number after a hyphen-glued `to` at word `at` of `run` (`three-to-five`, `one-to-12`), or NaN: the
 * high end of a range glued into a compound adjective, in words or digits.
 */
function gluedRangeEnd(ctx: Ctx, run: WordRun, at: number): number {
  if (run.joined[at + 1]) return ctx.lex.cardinal(run.words, at + 1)?.value ?? NaN;
  const to = run.toks[at];
  const n = ctx.toks[to + 2];
  return isDash(ctx.toks, to + 1) && !ctx.toks[to + 1].space && n?.kind === 'num' && !n.space && /^\d+$/.test(n.raw) ? Number(n.raw) : NaN;
}

/** `30-odd`, `thirty-odd`: the number is approximate (as Indonesian `tiga puluhan`). */
function oddAfter(ctx: Ctx, k: number): boolean {
  return isDash(ctx.toks, k) && !ctx.toks[k].space && word(ctx, k + 1) === 'odd' && !ctx.toks[k + 1].space;
}

/** Reads a number at token j: digits (with scale), number words, a magnitude plural, `1/3`. */
/** Decades of an age said in words (`in his sixties`). */
const DECADE_AGES: Readonly<Record<string, number>> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
/** The owner of an age, or where in the decade it falls: `in his sixties`, `in her early thirties`. */
const AGE_OWNERS = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'early', 'mid', 'late']);

/**
 * `in his sixties`, `in her early thirties`, `in his 40s`, `in her mid-30s`: an age of that decade,
 * approximate, as *berusia 60-an* reads (`the sixties` and `the 1960s` alone are decades of years, no
 * figure here).
 */
function decadeAgeAt(ctx: Ctx, j: number): NumRead | null {
  if (ctx.lang !== 'en') return null;
  const t = ctx.toks[j];
  let value: number | undefined;
  let end = j + 1;
  if (t.kind === 'word') value = DECADE_AGES[t.lower];
  else if (t.kind === 'num' && /^[2-9]0$/.test(t.raw) && word(ctx, j + 1) === 's' && !ctx.toks[j + 1].space) {
    value = Number(t.raw);
    end = j + 2;
  }
  if (value === undefined) return null;
  let k = j - 1;
  // `mid-40s`, `late-thirties`: the place in the decade hyphen-glued to it
  if (isDash(ctx.toks, k) && !ctx.toks[k].space && !t.space && ['early', 'mid', 'late'].includes(word(ctx, k - 1))) k -= 2;
  else if (['early', 'mid', 'late'].includes(word(ctx, k)) && AGE_OWNERS.has(word(ctx, k - 1))) k--;
  if (['early', 'mid', 'late'].includes(word(ctx, k)) && k < j - 1 && AGE_OWNERS.has(word(ctx, k - 1))) k--;
  if (!AGE_OWNERS.has(word(ctx, k)) || word(ctx, k - 1) !== 'in') return null;
  return { value, start: j, end, form: t.kind === 'num' ? 'digits' : 'words', approximate: true };
}

/** The vulgar fractions written as one character. */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅛': 1 / 8 };

/**
 * The fraction of a mixed number after its whole part at token `j`: `1½`, `1 ½ m`, `2 1/2 miles` (a
 * proper fraction after a space): its value and the token after it; null when none follows.
 */
function fractionAfterWhole(ctx: Ctx, j: number): { value: number; end: number } | null {
  if (!/^\d{1,3}$/.test(ctx.toks[j].raw)) return null;
  const f0 = ctx.toks[j + 1];
  if (f0?.kind === 'sym' && VULGAR_FRACTIONS[f0.raw] !== undefined) return { value: VULGAR_FRACTIONS[f0.raw], end: j + 2 };
  // (`11-1/2 years`: the fraction hyphen-glued to its whole, as American text writes a mixed number)
  const hyphen = isDash(ctx.toks, j + 1) && !f0.space && ctx.toks[j + 2]?.kind === 'num' && !ctx.toks[j + 2].space;
  if (hyphen) j++;
  const f = ctx.toks[j + 1];
  const slash = ctx.toks[j + 2];
  const d = ctx.toks[j + 3];
  if (f?.kind !== 'num' || f.space === hyphen || !/^\d$/.test(f.raw) || !isSym(ctx.toks, j + 2, '/') || slash.space || d?.kind !== 'num' || d.space || !/^\d{1,2}$/.test(d.raw)) return null;
  const a = Number(f.raw);
  const b = Number(d.raw);
  return a > 0 && a < b && b <= 16 ? { value: a / b, end: j + 4 } : null;
}

/**
 * An amount said in descending parts after its first scale word (*Rp2 juta 500 ribu*, `2 million 500 thousand`, *1 juta
 * dua ratus ribu orang*): the next part, with a smaller scale word, adds to it; so does a number word under a thousand
 * before a currency (*2 juta satu dolar AS*, 2,000,001). Extends `read` in place.
 */
function compoundTail(ctx: Ctx, read: NumRead, scale: number, money?: string): void {
  const k = read.end;
  if (!ctx.toks[k]?.space || ctx.mask[k]) return;
  const tail = numberAt(ctx, k, money);
  if (!tail || tail.ambiguous || tail.approximate || tail.fraction) return;
  const smaller = tail.scale !== undefined && tail.scale < scale && tail.value < scale;
  // (the number word only where no currency stands before the amount: `Rp63.945 trillion one dollar …` is two figures)
  const ones = !money && tail.form === 'words' && tail.scale === undefined && Number.isInteger(tail.value) && tail.value >= 1 && tail.value < 1000 && scale >= 1e6 && currencyWordAt(ctx, tail.end) !== null;
  if (!smaller && !ones) return;
  read.value = clean(read.value + tail.value);
  read.end = tail.end;
  read.form = 'mixed';
}

function numberAt(ctx: Ctx, j: number, money?: string): NumRead | null {
  const t = ctx.toks[j];
  if (!t || ctx.mask[j]) return null;
  if (t.kind === 'num') {
    const age = decadeAgeAt(ctx, j);
    if (age) return age;
    // fractions written with a slash: 1/3, 2/3 (dates have been tried before)
    if (isSym(ctx.toks, j + 1, '/') && !ctx.toks[j + 1].space && ctx.toks[j + 2]?.kind === 'num' && !ctx.toks[j + 2].space) {
      const a = /^\d{1,2}$/.test(t.raw) ? Number(t.raw) : NaN;
      const b = /^\d{1,2}$/.test(ctx.toks[j + 2].raw) ? Number(ctx.toks[j + 2].raw) : NaN;
      if (a > 0 && a < b && b <= 10) return { value: a / b, start: j, end: j + 3, form: 'digits', fraction: true };
      return null;
    }
    const whole = parseDigits(t.raw, ctx.decimal);
    if (!whole) return null;
    const part = fractionAfterWhole(ctx, j);
    const r = part ? { ...whole, value: clean(whole.value + part.value) } : whole;
    let end = part ? part.end : j + 1;
    let scale: number | undefined;
    let approximate: boolean | undefined;
    const nx = ctx.toks[end];
    const stray = money && isSym(ctx.toks, end, '.') ? scaleAfterDigits(ctx, end, money) : null;
    if (stray) {
      scale = stray.scale;
      end = stray.end;
    } else if (ctx.lang === 'en' && nx && nx.kind === 'sym' && wordAfter(ctx, end) === end + 1 && ctx.lex.scales.has(ctx.toks[end + 1].lower)) {
      // `a $325-million bond`, `a 2-billion-rupiah fund`: a scale word hyphen-glued to the digits (a compound adjective)
      scale = ctx.lex.scales.get(ctx.toks[end + 1].lower);
      end += 2;
    } else if (nx && nx.kind === 'word') {
      const s = scaleAfterDigits(ctx, end, money);
      if (s) {
        scale = s.scale;
        end = s.end;
        approximate = s.approximate;
      } else if (!nx.space && !(GLUED_UNITS.has(nx.lower) && (nx.raw.length > 1 || nx.raw === nx.lower)) && !isOrdinalSuffix(nx, ctx.lex) && !gluedTemperature(ctx, end)) {
        return null; // 5G, 3D, 4WD: a code
      }
    }
    let base = r.value;
    let alternatives = r.alternatives;
    let ambiguous = r.ambiguous;
    // French `1,234` is 1.234: where a space groups thousands, the decimal mark groups nothing
    if (ambiguous && ctx.spaceGroups && t.raw.includes(ctx.decimal) && !t.raw.includes(ctx.decimal === ',' ? '.' : ',')) {
      ambiguous = false;
      alternatives = undefined;
    }
    if (ambiguous && scale) {
      // `2.624 billion`, `43,266 miliar`: nobody writes thousands of billions this way
      ambiguous = false;
      alternatives = undefined;
    } else if (ambiguous && money === 'IDR' && alternatives && alternatives.length) {
      // `Rp 1.500` in English, `Rp1,500` in Indonesian: rupiah have no thousandths, so the grouped
      // reading is the amount and no ambiguity is left to flag
      base = r.alternatives![0];
      ambiguous = false;
      alternatives = undefined;
    }
    // (not in another language read by its own convention: Spanish writes `1.500 millones` for 1,500 million as a rule)
    if (!ambiguous && scale && r.grouped && !ctx.other && /^\d{1,3}[.,]\d{3}$/.test(t.raw)) {
      // `1.034 juta barel`: one thousands group before a scale word is often a decimal in the other convention
      ambiguous = true;
      alternatives = [parseDigits(t.raw, ctx.decimal === ',' ? '.' : ',')?.value ?? base];
    }
    const value = scale ? clean(base * scale) : base;
    const read: NumRead = { value, start: j, end, form: scale ? 'mixed' : 'digits', scale };
    if (ambiguous) {
      read.ambiguous = true;
      read.alternatives = (alternatives ?? []).map((a) => clean(a * (scale ?? 1)));
    }
    if (!scale && !r.decimal && !r.grouped) read.plain = true;
    if (approximate) read.approximate = true;
    if (scale && scale >= 1e3 && !ambiguous && !approximate) compoundTail(ctx, read, scale, money);
    return read;
  }
  if (t.kind !== 'word') return null;
  const age = decadeAgeAt(ctx, j);
  if (age) return age;
  if (!ctx.lex.startsNumber(t.lower)) return null;
  if ((t.lower === 'a' || t.lower === 'an') && !A_NEXT.has(word(ctx, j + 1))) return null;
  if (ctx.other) {
    // in a language read by its cardinals in words: the end of a longer number (`ciento veinte`, `treinta y cinco`,
    // `cent vingt`) or of a compound whose start was not read (`quarante-cinq`; Indonesian *satu-dua* is read as it
    // always was); a capitalised German number word inside a sentence is a noun (`außer Acht`, `die Elf`); a phrase
    // of the language's idioms (`cien por cien` "completely", `huit jours` "a week")
    const prev = word(ctx, j - 1);
    if (ctx.lex.numberParts?.has(prev) && prev !== t.lower) return null;
    if (ctx.lex.numberJoiners?.has(prev) && ctx.lex.numberParts?.has(word(ctx, j - 2))) return null;
    if (!t.space && isDash(ctx.toks, j - 1) && !ctx.toks[j - 1].space && ctx.toks[j - 2]?.kind === 'word' && ctx.lex.startsNumber(ctx.toks[j - 2].lower)) return null;
    // (but a noun of a magnitude is one: `Tausende Menschen`)
    if (ctx.lex.nounsCapitalised && isCapital(t.raw) && ctx.toks[j - 1]?.kind === 'word' && !ctx.lex.magnitude([t.lower], 0)) return null;
    if (ctx.lex.cardinalIdioms?.has(`${prev} ${t.lower}`) || ctx.lex.cardinalIdioms?.has(`${t.lower} ${word(ctx, j + 1)}`)) return null;
  }
  const run = wordRun(ctx.toks, j, 48, ctx.lex.numberWord);
  const mag = ctx.lex.magnitude(run.words, 0);
  if (mag && mag.approximate) return { value: mag.value, start: j, end: run.toks[mag.used - 1] + 1, form: 'words', approximate: true };
  if (mag) return { value: mag.value, start: j, end: run.toks[mag.used - 1] + 1, form: 'words', magnitude: true };
  const c = ctx.lex.cardinal(run.words, 0);
  if (!c || c.used <= 0) return null;
  const next = run.words[c.used] ?? '';
  // an hour in words before a clock word of a language read by its cardinals in words (`fünf Uhr`, `à dix-huit
  // heures`): a clock time the reader does not build from words, so no count either (`vingt-quatre heures` is a span)
  if (ctx.other) {
    const at = run.toks[c.used - 1] + 1;
    const after = word(ctx, at);
    // (as clockWordsOther reads it: not after the verb `a`, nor a span, `à deux heures de marche`)
    const byHourWord = ctx.lex.hourWords?.has(after) && hourBeforeWord(ctx.lex, ctx.toks[j - 1]?.raw) && !hourWordSpan(ctx.text.slice(ctx.toks[at].end), ctx.lex, c.value);
    if (ctx.lex.clockAfter?.has(after) || byHourWord) return null;
  }
  if (run.joined[c.used]) {
    // a number word hyphen-glued to another word: satu-satunya, one-time (but three-day, two-fold,
    // eight-nation, three-storey: a compound adjective that counts the glued noun)
    // Indonesian copy calques the English compound with a unit of time (kunjungan dua-hari, "a two-day visit")
    if (ctx.lang === 'id') {
      if (c.value === 1 || !ctx.lex.durations.has(next)) return null;
    }
    // two-wheelers, a four-wheel drive: a class of vehicle named by its wheels, as *roda dua* (blockedWordNumber)
    if (CLASS_BY_WHEELS.test(next)) return null;
    const counted = ctx.lex.durations.has(next) || knownUnit(next, 'en') || EN_JOIN_OK.has(next);
    // `three-to-five-year`, `one-to-12-month`: the low end of a range glued into a compound (rangeTail reads it)
    // (a higher end only: `one-to-one talks` is no range)
    const gluedRange = next === 'to' && ctx.lang === 'en' && gluedRangeEnd(ctx, run, c.used) > c.value;
    if (!counted && !gluedRange && (c.value === 1 || !compoundNoun(next))) return null;
  }
  if (c.used === 1 && blockedWordNumber(ctx, j, run.words[0], next)) return null;
  // a capitalised number word inside running text before another capitalised word is a name: skema Satu Jendela
  if (isCapital(t.raw) && run.raw[c.used] !== undefined && isCapital(run.raw[c.used]) && ctx.toks[j - 1]?.kind === 'word' && !isCapital(ctx.toks[j - 1].raw)) return null;
  // and one alone, after a lower-case word of running text, is a name too: a count there is written in lower case (*dari
  // Lima menuju Ayacucho*, *rumah sakit di Lima*: the city; *dari lima provinsi*: a count)
  if (c.used === 1 && isCapital(t.raw) && ctx.toks[j - 1]?.kind === 'word' && !isCapital(ctx.toks[j - 1].raw) && !/^\p{Lu}+$/u.test(t.raw)) return null;
  // and one that ends a name, after a capitalised word (or `of` after one): World War Two, Group of Eight,
  // Formula One; not in a title, where the next word is capitalised too (`Blast Kills Two In Town`)
  if (c.used === 1 && isCapital(t.raw) && endsName(ctx, j) && !(run.raw[1] !== undefined && isCapital(run.raw[1]))) return null;
  // and one inside a run of capitalised words that running text opens (*di Nusa Dua Bali*, `at the Camp Two Base`):
  // a place or a name, not a headline's count (`Blast Kills Two In Town`, where no lower-case word opens the run)
  if (c.used === 1 && isCapital(t.raw) && run.raw[1] !== undefined && isCapital(run.raw[1]) && insideCapitalRun(ctx, j)) return null;
  if (run.words[0] === 'half' && ['first', 'second', 'the', 'latter', 'former', 'other', 'one'].includes(word(ctx, j - 1))) return null;
  if (c.fraction && c.used === 1 && ctx.lang === 'id') {
    // setengah/separuh alone must be followed by a noun, `dari` or a time unit, and not be an idiom; a noun
    // with *-nya* only after a bound (*kurang separuh jumlahnya*, "less than half their number"); with no word
    // after it, only after a bound too (*berkurang hampir setengah,* as "nearly half," reads)
    if ((!next && !boundBefore(ctx, j, true)) || (next && ID_HALF_IDIOMS.has(next)) || (next?.endsWith('nya') && !boundBefore(ctx, j))) return null;
  }
  const read: NumRead = { value: c.value, start: j, end: run.toks[c.used - 1] + 1, form: 'words', scale: c.scale, fraction: c.fraction };
  // the four, their two sons, all three: a definite numeral the other version may say as `both`, `keempatnya`
  if (!c.fraction && !c.scale && Number.isInteger(c.value) && c.value >= 2 && c.value <= 20 && ctx.lex.collectiveBefore.has(word(ctx, j - 1))) read.collective = true;
  return read;
}

/** After the number of `below the 95% target`: the noun the figure is the value of (a target, a goal, a threshold; not `the 12% minimum target`, a bound of its own). */
const NAMED_MARK_AFTER = /^[\d.,]*\s*(?:%|percent\b|per\s+cent\b)?(?:\s*(?!minimum\b|maximum\b)[-\w]+)?\s*(?:target|goal|threshold|benchmark|ceiling|cap)\b/i;

/** A bound (`kurang`, `lebih dari`) stands right before the number word at `j`; or, with `hedges`, any qualifier but exact (`hampir`, `sekitar`). */
function boundBefore(ctx: Ctx, j: number, hedges = false): boolean {
  const one = word(ctx, j - 1);
  const two = `${word(ctx, j - 2)} ${one}`;
  const q = ctx.lex.qualifiers.get(two) ?? ctx.lex.qualifiers.get(one);
  return q !== undefined && (hedges || q !== 'about') && q !== 'exact';
}

// ---------------------------------------------------------------------------------------------
// qualifiers and range openers

/** True when token j is the apostrophe of an elided word of one or two letters, before a word (`d'une`, `qu’il`; `d' une` in a tokenized text). */
function elision(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const p = toks[j - 1];
  return t.kind === 'sym' && (t.raw === "'" || t.raw === '\u2019') && !t.space && toks[j + 1]?.kind === 'word' && p?.kind === 'word' && p.lower.length <= 2;
}

function qualifierBefore(ctx: Ctx, at: number): { qualifier: Qualifier; start: number; phrase: string } | null {
  // `±3,1 persen`, `± 100 orang`: the sign says what `plus or minus` says (a margin, or *kurang lebih*); not the
  // tolerance after a central value (`5 ± 1 percent`: beside.ts)
  const before = ctx.toks[at - 2];
  if (at - 1 >= ctx.floor && isSym(ctx.toks, at - 1, '±') && (!before || before.kind === 'word' || isSym(ctx.toks, at - 2, ','))) return { qualifier: 'about', start: at - 1, phrase: '±' };
  // collect up to four words backwards, merging hyphen-glued parts (kira-kira)
  const words: string[] = [];
  const starts: number[] = [];
  let j = at - 1;
  // kurang dari: US$ 1, less than: 5 percent: a colon may stand between the qualifier and the number
  if (j > ctx.floor && isSym(ctx.toks, j, ':') && ctx.toks[j - 1]?.kind === 'word' && !ctx.toks[j].space) j--;
  // `approx. 5 percent`, `ca. 1,5 Mio.`, `rd. 80`: an abbreviated hedge and its full stop
  if (j > ctx.floor && isSym(ctx.toks, j, '.') && !ctx.toks[j].space && ctx.toks[at]?.space && ctx.toks[j - 1]?.kind === 'word' && ctx.lex.qualifiers.has(ctx.toks[j - 1].lower)) j--;
  // `Sedikit-dikitnya, delapan warga`, `At least, 20 people`: a lower bound set off by a comma
  const comma = j > ctx.floor && isSym(ctx.toks, j, ',') && ctx.toks[j - 1]?.kind === 'word' && !ctx.toks[j].space;
  if (comma) j--;
  while (j >= ctx.floor && words.length < 6) {
    const t = ctx.toks[j];
    // an elided word glued to the next by its apostrophe (`plus d'une dizaine`, `près d’un`): one word, `d'`
    if (j - 1 >= ctx.floor && elision(ctx.toks, j)) {
      words.unshift(`${ctx.toks[j - 1].lower}'`);
      starts.unshift(j - 1);
      j -= 2;
      continue;
    }
    if (t.kind !== 'word' || ctx.mask[j]) break;
    let w = t.lower;
    let s = j;
    while (s - 2 >= ctx.floor && isDash(ctx.toks, s - 1) && !ctx.toks[s].space && !ctx.toks[s - 1].space && ctx.toks[s - 2].kind === 'word') {
      w = ctx.toks[s - 2].lower + '-' + w;
      s -= 2;
    }
    words.unshift(w);
    starts.unshift(s);
    j = s - 1;
  }
  // di bawah angka Rp9.300, close to the level of 9,200: filler words between the qualifier and the number
  let last = words.length;
  while (last > 1 && ctx.lex.qualifierFillers.has(words[last - 1])) last--;
  const ends = last < words.length ? [words.length, last] : [words.length];
  // `at least have two options`, *paling sedikit memiliki dua*: a bound (only) before the verb that states the number
  const verbEnd = last > 1 && ctx.lex.boundVerbs.has(words[last - 1]) ? last - 1 : undefined;
  if (verbEnd !== undefined) ends.push(verbEnd);
  // *sekitar tahun 330 SM*, *kira-kira tahun 1990* ("around 1990"): an approximation (only) before the word *tahun*
  // that introduces a year (*hingga tahun 2010* is "until 2010", no bound)
  const yearEnd = ctx.lang === 'id' && last > 1 && words[last - 1] === 'tahun' && last === words.length ? last - 1 : undefined;
  if (yearEnd !== undefined) ends.push(yearEnd);
  for (const end of ends) {
    for (let n = end; n >= 1; n--) {
      const phrase = words.slice(end - n, end).join(' ');
      const q = ctx.lex.qualifiers.get(phrase) ?? (n === 1 ? misspeltHedge(ctx, phrase) : undefined);
      if (q && end === verbEnd && q !== 'at-least' && q !== 'at-most') continue;
      if (q && end === yearEnd && q !== 'about') continue;
      if (q && n === 1 && end >= 2 && ctx.lex.boundCompounds.has(`${words[end - 2]} ${phrase}`)) return null; // upah minimum: the minimum wage
      if (q && (q === 'more-than' || q === 'less-than') && comparesAmounts(ctx, starts[end - n])) return null; // 39 percent more than Rp143 billion
      if (q && comma && q !== 'at-least') return null;
      // `well below the 95% target`: the target's figure, a comparison of something else with it (as *di bawah target 95 persen*)
      if (q && words[words.length - 1] === 'the' && NAMED_MARK_AFTER.test(ctx.text.slice(ctx.toks[at].end, ctx.toks[at].end + 40))) return null;
      // a hedge word that also names a topic or a worth: before a year-like number or right after a noun it is no
      // hedge (`ein Bericht über 2019`, `ein Auftrag über 300 Millionen`; `mit über 300 Gästen` is one)
      if (q && n === 1 && ctx.lex.topicWords?.has(phrase) && (/^(?:19|20)\d\d$/.test(ctx.toks[at]?.raw ?? '') || afterNoun(ctx, starts[end - n]))) return null;
      if (q) return notAHedge(ctx, phrase, words.slice(end), at) ? null : { qualifier: limitBound(ctx, q, starts[end - n]), start: starts[end - n], phrase };
    }
  }
  return null;
}

/** Nouns and verbs of a limit before *hingga* / *sampai*: a fine, a sentence, a discount, a height or depth reached. */
const LIMIT_BEFORE = new Set(['denda', 'didenda', 'hukuman', 'pidana', 'penjara', 'kurungan', 'ancaman', 'diancam', 'sanksi', 'diskon', 'didiskon', 'potongan', 'dipotong', 'ketinggian', 'kedalaman', 'setinggi', 'sedalam']);

/**
 * *denda hingga Rp500.000*, *ancaman pidana penjara hingga 5 tahun*, *didiskon hingga 10 persen*: in the clause of a
 * limit *hingga* is "up to" a maximum (`at-most`), not the preposition "to" it often is after a verb of change.
 */
function limitBound(ctx: Ctx, q: Qualifier, start: number): Qualifier {
  if (q !== 'up-to' || ctx.lang !== 'id') return q;
  // the limit's word within the clause, a few words back (*denda bagi warga yang membuang sampah hingga …*)
  for (let k = start - 1; k >= 0 && k >= start - 8 && ctx.toks[k].kind === 'word'; k--) if (LIMIT_BEFORE.has(ctx.toks[k].lower)) return 'at-most';
  // *naik dari Rp9.000 hingga Rp9.200*, *menguat dari 9.100 sampai 9.050*: after a change from a level, the level
  // reached (exact, as "rose from 9,000 to 9,200" and real-figures H1), no bound
  for (let k = start - 1; k >= 1 && k >= start - 8; k--) {
    const w = word(ctx, k);
    if (w === 'hingga' || w === 'sampai') break;
    if (w === 'dari') return CHANGE_WORDS.has(word(ctx, k - 1)) || CHANGE_WORDS.has(word(ctx, k - 2)) ? 'exact' : q;
  }
  return q;
}

/** The word before token `k` is a capitalised word inside the sentence (a German noun), glued by a space. */
function afterNoun(ctx: Ctx, k: number): boolean {
  const w = ctx.toks[k - 1];
  return !!w && w.kind === 'word' && ctx.toks[k].space && !w.line && /^\p{Lu}\p{Ll}/u.test(w.raw) && ctx.toks[k - 2] !== undefined && !isSym(ctx.toks, k - 2, '.');
}

/**
 * `39 percent more than Rp143 billion`, `4 times more than`, `5% less than`: in English, a `more than` /
 * `less than` right after an amount of change (a number with a percent, times or scale word, or `%`)
 * compares that change with the figure after it; it bounds nothing. A bare number before it is not
 * enough (`in 2007 more than 500 people`). Indonesian puts its bound after the number (*Rp4 triliun
 * lebih*, *5 persen lebih dari tahun lalu*), so `lebih dari` there may close the previous figure: not read.
 */
function comparesAmounts(ctx: Ctx, phraseStart: number): boolean {
  if (ctx.lang !== 'en') return false;
  let j = phraseStart - 1;
  let measured = false;
  // the amount of change is usually a figure of its own, read before this one: look back past the floor
  for (let steps = 0; steps < 2 && j >= 0; steps++) {
    const t = ctx.toks[j];
    const w = t.kind === 'word' ? t.lower : '';
    if (isSym(ctx.toks, j, '%') || ctx.lex.percentWords.has(w) || ctx.lex.timesWords.has(w) || ctx.lex.scales.has(w) || w === 'cent') {
      measured = true;
      j--;
      continue;
    }
    break;
  }
  return measured && j >= 0 && ctx.toks[j].kind === 'num';
}

/**
 * A qualifier word that is another part of speech here, seen from the filler words between it and
 * the number: `some of the nine soldiers` (a part of the nine, not about nine: the partitive) and
 * `about a 21-page report` (a preposition before an article and a number-noun compound).
 */
function notAHedge(ctx: Ctx, phrase: string, fillers: string[], at: number): boolean {
  if (addsUpTo(ctx, phrase, fillers, at)) return true;
  // `the race runs over 27 laps`, `held over three days`, `spread over 5 hectares`: across, no bound
  if (ctx.lang === 'en' && phrase === 'over' && fillers.length === 0 && OVER_ACROSS_AFTER.has(word(ctx, at - 2))) return true;
  // `cut costs over two years`: over a length of time is during it, unless a verb of lasting or a preposition makes it
  // one longer (`for over two years`, `lasted over two hours`) or it is an age (`over two years old`)
  // (opening the sentence it stays a bound unless a comma closes the span: `Over 12 years, …`)
  if (ctx.lang === 'en' && phrase === 'over' && fillers.length === 0 && word(ctx, at - 2) !== '' && OVER_SPAN_UNITS.test(word(ctx, numberEnd(ctx, at))) && !OVER_BOUND_AFTER.has(word(ctx, at - 2)) && word(ctx, numberEnd(ctx, at) + 1) !== 'old') return true;
  // *dibangun di atas 40 hektare tanah*: on the land, no bound
  if (ctx.lang === 'id' && phrase === 'di atas' && fillers.length === 0 && STANDING_ON.has(word(ctx, at - 3)) && AREA_WORDS.test(word(ctx, numberEnd(ctx, at)))) return true;
  if (ctx.lang !== 'en' || fillers.length === 0) return false;
  if (phrase === 'some' && fillers[0] === 'of') return true;
  // `more about the 3 new rules`: the preposition before a definite count; `around the 9,100 level` stays a hedge
  if ((phrase === 'about' || phrase === 'around') && fillers.length === 1 && fillers[0] === 'the' && !LEVEL_NOUNS.has(word(ctx, numberEnd(ctx, at)))) return true;
  const article = fillers[fillers.length - 1] === 'a' || fillers[fillers.length - 1] === 'an';
  const compound = numberLeadsCompound(ctx, at) && isDash(ctx.toks, at + 1) && !ctx.toks[at + 1].space && ctx.toks[at + 2]?.kind === 'word' && !ctx.toks[at + 2].space;
  return article && compound;
}

/** Verbs after which `over` says across what something is spread (`runs over 27 laps`), not "more than". */
const OVER_ACROSS_AFTER = new Set(['run', 'runs', 'ran', 'held', 'spread', 'spreads', 'stretches', 'stretched', 'stretching', 'spanning', 'spans', 'spanned', 'played', 'raced', 'contested', 'staged', 'split', 'divided', 'distributed', 'scattered', 'unfolds', 'unfolded', 'paid', 'payable', 'repaid', 'repayable', 'amortised', 'amortized', 'phased', 'disbursed', 'installments', 'instalments']);

/** Units of a length of time that `over` spans (`over two years`). */
const OVER_SPAN_UNITS = /^(?:years?|months?|weeks?|days?|decades?|hours?|sessions?|seasons?)$/;
/** Words before `over` that make it "more than" before a length of time (`for over two years`, `lasted over an hour`). */
const OVER_BOUND_AFTER = new Set(['for', 'in', 'of', 'after', 'than', 'aged', 'lasting', 'lasted', 'last', 'lasts', 'took', 'take', 'takes', 'taking', 'spent', 'spend', 'spends', 'waited', 'wait', 'served', 'serving', 'jailed', 'sentenced', 'imprisoned', 'within', 'just', 'well', 'slightly', 'little']);
/** Indonesian verbs of standing or being built on something: *di atas* after them is "on", not "above". */
const STANDING_ON = new Set(['dibangun', 'berdiri', 'didirikan', 'terletak', 'menempati', 'dibuat', 'dikembangkan', 'ditanam', 'ditanami']);
/** Words of an area of land after the number (*40 hektare*, *2.000 meter persegi*). */
const AREA_WORDS = /^(?:hektare|hektar|ha|are|meter|m2|km2|kilometer|lahan|tanah)$/;

/** Nouns that make `around the N …` a place on a scale (`around the 9,100 level`): the hedge stands. */
const LEVEL_NOUNS = new Set(['level', 'levels', 'mark', 'area', 'range', 'region', 'zone', 'threshold', 'point', 'points']);

/** The token after the number that starts at `at` (its digits and glued separators, or one number word). */
function numberEnd(ctx: Ctx, at: number): number {
  return ctx.toks[at]?.kind === 'num' ? chainEnd(ctx.toks, at) : at + 1;
}

/**
 * The number that leads a hyphenated compound adjective (`a 10-year plan`, `a six-nation deal`): digits, or
 * one number word whose hyphen does not go on with the number (`twenty-five`, `one-third`).
 */
function numberLeadsCompound(ctx: Ctx, at: number): boolean {
  const t = ctx.toks[at];
  if (t?.kind === 'num') return true;
  if (t?.kind !== 'word') return false;
  const n = ctx.lex.cardinal([t.lower], 0);
  const after = ctx.toks[at + 2];
  return n !== null && !n.fraction && after?.kind === 'word' && !ctx.lex.startsNumber(after.lower);
}

/**
 * English verbs whose `up` is their own particle, so that the `to` after it only names the figure reached:
 * adding (`added up to`, `totalled up to`: a total) and moving a level upward (`inched up to`, `edged up to`,
 * `moved up to`, `revised up to`, `strengthened up to`: the level reached, as `rose to`), not the bound `up to`.
 */
const PARTICLE_UP_VERBS = new Set(
  [
    ['add', 'adds', 'added', 'adding', 'summed', 'sums', 'totalled', 'totaled'],
    ['inch', 'inches', 'inched', 'inching', 'edge', 'edges', 'edged', 'edging', 'tick', 'ticks', 'ticked', 'ticking'],
    ['creep', 'creeps', 'crept', 'creeping', 'move', 'moves', 'moved', 'moving', 'go', 'goes', 'went', 'gone', 'going'],
    ['shoot', 'shoots', 'shot', 'shooting', 'push', 'pushes', 'pushed', 'pushing', 'bump', 'bumps', 'bumped', 'bumping'],
    ['revise', 'revises', 'revised', 'revising', 'mark', 'marks', 'marked', 'marking', 'notch', 'notched', 'ratchet', 'ratcheted'],
    ['climb', 'climbs', 'climbed', 'climbing', 'firm', 'firms', 'firmed', 'firming', 'strengthen', 'strengthens', 'strengthened', 'strengthening'],
  ].flat(),
);

/**
 * `which all added up to Rp123 billion`, `the rupiah edged up to 9,100`: after a verb whose particle is
 * `up` (adding, moving a level upward), `up to` is that particle and the preposition, not the bound `up to`.
 * English only: Indonesian says it without a bound word (*berjumlah*, *mencapai*, *naik menjadi*).
 */
function addsUpTo(ctx: Ctx, phrase: string, fillers: string[], at: number): boolean {
  if (ctx.lang !== 'en' || phrase !== 'up to' || fillers.length > 0) return false;
  return PARTICLE_UP_VERBS.has(word(ctx, at - 3));
}

// ---------------------------------------------------------------------------------------------
// quantities

interface RangeTail {
  second: NumRead;
  end: number;
  low: number;
  high: number;
  percent?: { end: number; text: string };
  currency?: string;
}

/** Words before `X to Y` / `X hingga Y` that make it a change between two values, not a range. */
const CHANGE_WORDS = new Set([
  'by', 'fell', 'rose', 'dropped', 'climbed', 'jumped', 'grew', 'declined', 'slipped', 'increased', 'decreased', 'surged',
  'plunged', 'soared', 'gained', 'lost', 'cut', 'raised', 'lowered', 'fall', 'rise', 'drop', 'climb', 'jump', 'grow',
  'decline', 'increase', 'decrease', 'falling', 'rising', 'sebesar', 'naik', 'turun', 'meningkat', 'menurun', 'anjlok',
  'melonjak', 'merosot', 'bertambah', 'berkurang', 'rebound', 'rebounded', 'rebounds', 'rallied', 'recovered', 'tumbled',
  'slumped', 'eased', 'weakened', 'strengthened', 'firmed', 'widened', 'narrowed', 'menguat', 'melemah', 'membaik',
]);

/** English words besides `to` that end a span of years (`from 1986 until 2002`; `up to` too). */
const YEAR_SPAN_TO = new Set(['until', 'till', 'through']);

/** A plain year token (yearToken) of 1900–2099: a year's reading. */
function isYearRead(ctx: Ctx, num: NumRead): boolean {
  const y = num.plain && num.end === num.start + 1 ? yearToken(ctx.toks[num.start]) : null;
  return y !== null && y >= 1900 && y <= 2099;
}

function rangeTail(ctx: Ctx, k: number, joiner: string | null, first: NumRead, currency: string | undefined, firstPercent = false): RangeTail | null {
  const t = ctx.toks[k];
  if (!t) return null;
  let m = k;
  let dash = false;
  let yearsOnly = false;
  // `one-to-12-month`, `three-to-five-year`: an English range glued into a compound adjective
  const glued = ctx.lang === 'en' && isDash(ctx.toks, k) && word(ctx, k + 1) === 'to' && isDash(ctx.toks, k + 2) && !ctx.toks[k].space && !ctx.toks[k + 1].space && !ctx.toks[k + 2].space && !ctx.toks[k + 3]?.space;
  if (glued) {
    dash = true;
    m = k + 3;
  } else if (isDash(ctx.toks, k)) {
    dash = true;
    m = k + 1;
  } else if (joiner === 'و' && t.kind === 'num' && ctx.gluedAnd?.has(t.start - 1)) {
    // (`بين 10 و12`: the joiner written onto the second end)
    m = k;
  } else if (t.kind === 'word') {
    if (joiner && t.lower === joiner) m = k + 1;
    else if (ctx.lex.rangeTo.has(t.lower)) {
      m = k + 1;
      if (t.lower === 'sampai' && word(ctx, m) === 'dengan') m++;
    } else if (t.lower === 's' && (isSym(ctx.toks, k + 1, '.') || isSym(ctx.toks, k + 1, '/')) && word(ctx, k + 2) === 'd') {
      m = isSym(ctx.toks, k + 3, '.') ? k + 4 : k + 3;
    } else if (ctx.lang === 'en' && isYearRead(ctx, first) && (YEAR_SPAN_TO.has(t.lower) || (t.lower === 'up' && word(ctx, k + 1) === 'to'))) {
      // `since 1986 up to 2002`, `from 1986 until 2002`: a span of years (the second end a year too, below)
      m = t.lower === 'up' ? k + 2 : k + 1;
      yearsOnly = true;
    } else return null;
  } else return null;
  // *tahun 1991 hingga tahun 1997*, `the year 1991 to the year 1997`: the second year named as the first was
  if (!dash && isYearRead(ctx, first)) {
    const said = ctx.lang === 'id' ? (word(ctx, m) === 'tahun' ? 1 : 0) : word(ctx, m) === 'the' && word(ctx, m + 1) === 'year' ? 2 : 0;
    const before = ctx.lang === 'id' ? word(ctx, first.start - 1) === 'tahun' : word(ctx, first.start - 1) === 'year';
    if (said && before) {
      m += said;
      yearsOnly = true;
    }
  }
  let cur = currency;
  const cp = currencyPrefixAt(ctx, m);
  if (cp) {
    if (currency && cp.code !== currency) return null;
    if (!currency && !dash && !joiner) return null; // fell 1.5% to $78
    cur = cp.code;
    m = cp.end;
  }
  const second = numberAt(ctx, m, cur);
  if (!second || second.magnitude || second.fraction) return null;
  if (yearsOnly && !isYearRead(ctx, second)) return null;
  if (!dash && !joiner) {
    // `X to Y` without an opener: a change (`fell by 0.68 million to 25.22 million`), not a range,
    // when a change verb comes just before, or when the two ends are of different kinds
    if (firstPercent && !percentAt(ctx, second.end)) return null;
    if (currency && !cp) {
      // $5 to 10 million is fine; 5 to $10 was refused above
    }
    // (but `increase 10 to 11 percent`: a bare first end sharing the second's percent is a range of the change)
    const sharedPercent = !firstPercent && !first.scale && !currency && !!percentAt(ctx, second.end) && first.value < second.value;
    for (let b = first.start - 1; b >= Math.max(ctx.floor, first.start - 4) && !sharedPercent; b--) {
      if (CHANGE_WORDS.has(word(ctx, b))) return null;
    }
  }
  if (dash && !glued && (first.form === 'words') !== (second.form === 'words')) return null;
  if (dash && second.plain && ctx.toks[second.start].raw.length === 4 && ctx.toks[second.start].raw[0] === '0') return null;
  // 5-10 Juni and 2024-06 are dates, not ranges
  if (ctx.toks[second.end]?.kind === 'word' && ctx.lex.months.has(ctx.toks[second.end].lower)) return null;
  let low = first.value;
  let high = second.value;
  // 5-10 juta: the scale of the upper end applies to a smaller bare lower end (not in `600,000 to 1 million`)
  if (second.scale && !first.scale && low < high / second.scale) low = clean(low * second.scale);
  if (dash && first.form === 'digits' && second.plain && !first.scale) {
    // quotes with an abbreviated upper end: 1,2936-2941 (1.2936 to 1.2941), 154,66-71
    const fr = ctx.toks[first.start].raw;
    const cut = Math.max(fr.lastIndexOf('.'), fr.lastIndexOf(','));
    const sr = ctx.toks[second.start].raw;
    const decimalFirst = cut >= 0 && !Number.isInteger(first.value);
    if (decimalFirst && !first.ambiguous && sr.length < fr.length - cut && (high > low * 10 || high <= low)) {
      const joined = parseDigits(fr.slice(0, fr.length - sr.length) + sr, ctx.decimal);
      if (joined && joined.value > low) high = joined.value;
    }
  }
  if (!(low < high)) return null;
  const pct = percentAt(ctx, second.end);
  return { second, end: pct ? pct.end : second.end, low, high, percent: pct ?? undefined, currency: cur };
}

/** The counted thing after position k (skipping `of`/`dari` after magnitudes and fractions). */
function unitAfter(ctx: Ctx, k: number, skipOf: boolean): { text: string; endTok: number } | null {
  let m = k;
  if (skipOf) {
    const w = word(ctx, m);
    if (w === 'of' || w === 'dari') {
      m++;
      const d = word(ctx, m);
      if (d === 'the' || d === 'their' || d === 'its' || d === 'all') m++;
    }
  }
  let w = wordAfter(ctx, m);
  if (w < 0) return null;
  if (ctx.other) {
    // another language: the word after the number (`2.350 Metern`), or after its `de` (`millions de visiteurs`, `d'habitants`)
    const of = ofWordEnd(ctx, w);
    if (of > 0) w = of;
    // (German: a noun after its adjective, `2000 neue Wohnungen`)
    if (ctx.lex.nounsCapitalised && adjectiveBeforeNoun(ctx, w)) w++;
    return countedWordOther(ctx, w) ? { text: ctx.toks[w].raw, endTok: w + 1 } : null;
  }
  const u = readUnit(ctx.toks, w, ctx.lang, ctx.text);
  return u ? { text: u.text, endTok: u.endTok + 1 } : null;
}

/**
 * In a language read by its digits, whether word token w can be the thing a number counts: a word, not a function
 * word, nor a pronoun elided onto the next word (French `s'`, `qu'`: *une cordée de deux s'exécuta*); in a language
 * that capitalises its nouns (German), a noun (`58 Bohrhaken`) or a short unit (`30 km`, `5 m`), not a lowercase word
 * (*1988 erstmals*, *zwei listige Äuglein*, *1863 gegründet*).
 */
function countedWordOther(ctx: Ctx, w: number): boolean {
  const t = ctx.toks[w];
  if (!t || t.kind !== 'word' || !/^\p{L}/u.test(t.raw) || ctx.lex.functionWords?.has(t.lower)) return false;
  if (t.raw.length <= 2 && elidedAt(ctx, w)) return false;
  return !ctx.lex.nounsCapitalised || /^\p{Lu}/u.test(t.raw) || t.raw.length <= 3;
}

/** A German adjective's ending (`neue`, `neuen`, `großer`, `kleines`, `altem`). */
const DE_ADJECTIVE_END = /(?:e|en|er|es|em)$/;
/** A German present participle's (`zusammenfallenden`, `führende`): `der von 1938 zusammenfallenden Seillänge` qualifies the noun by the year. */
const DE_PARTICIPLE_END = /end(?:e|en|er|es|em)$/;

/** Token w is a lowercase adjective right before a noun (`2000 neue Wohnungen`): the number counts that noun. */
function adjectiveBeforeNoun(ctx: Ctx, w: number): boolean {
  const t = ctx.toks[w];
  const noun = ctx.toks[w + 1];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.raw) || !DE_ADJECTIVE_END.test(t.lower) || DE_PARTICIPLE_END.test(t.lower) || ctx.lex.functionWords?.has(t.lower)) return false;
  return noun?.kind === 'word' && noun.space && /^\p{Lu}/u.test(noun.raw);
}

/** Unit shared by `37 dari 64 permukiman` / `37 of 64 settlements`: the unit of the second number. */
function sharedUnit(ctx: Ctx, k: number): string | undefined {
  let m = k;
  const w = word(ctx, m);
  if (ctx.lang === 'en' && w === 'out' && word(ctx, m + 1) === 'of') m += 2;
  else if (ctx.lex.partOf.has(w)) m++;
  else return undefined;
  if (word(ctx, m) === 'the') m++;
  const second = numberAt(ctx, m);
  if (!second || second.magnitude) return undefined;
  return unitAfter(ctx, second.end, false)?.text;
}

/** A quantity starting at token i (a currency sign or the number itself). */
function quantityAt(ctx: Ctx, i: number): Draft | null {
  const cp = currencyPrefixAt(ctx, i);
  const j = cp ? cp.end : i;
  const num = numberAt(ctx, j, cp?.code);
  if (!num) return null;
  const currency = cp?.code;
  let startTok = i;
  let k = num.end;
  // `400 or so roadblocks`, `50-an orang`: an approximation after the number, then what it counts
  const approxEnd = num.magnitude ? null : approxSuffixAt(ctx, num.end);
  if (approxEnd !== null) k = approxEnd;
  const draft: Draft = {
    startTok,
    endTok: approxEnd ?? num.end,
    kind: currency ? 'money' : 'count',
    value: num.value,
    qualifier: num.magnitude ? 'magnitude' : num.approximate || oddAfter(ctx, num.end) || approxEnd !== null ? 'about' : 'exact',
    form: num.form,
  };
  if (num.scale) draft.scale = num.scale;
  if (num.collective) draft.collective = true;
  if (num.ambiguous) {
    draft.ambiguous = true;
    draft.alternatives = num.alternatives;
  }
  // 15-percent: a percent word hyphen-glued to the digits
  let pct = num.magnitude ? null : percentAt(ctx, k) ?? (isDash(ctx.toks, k) && !ctx.toks[k].space && ctx.toks[k + 1] && !ctx.toks[k + 1].space ? percentAt(ctx, k + 1) : null);
  if (pct) k = pct.end;
  // Turkish `%12,5`: the sign before the number, glued to it
  else if (!currency && !num.magnitude && ctx.lex.percentBefore && isSym(ctx.toks, i - 1, '%') && !ctx.toks[i].space) {
    pct = { end: num.end, text: '%' };
    startTok = i - 1;
  } else if (!currency && !num.magnitude && ctx.lex.percentWordsBefore?.has(word(ctx, i - 1))) {
    // Turkish `yüzde 58,4`, Persian-style: the word of percent before the number
    pct = { end: num.end, text: ctx.toks[i - 1].raw };
    startTok = i - 1;
  }

  // range opener before (antara/between/dari/from)
  const ow = prevWord(ctx, i);
  let joiner: string | null = null;
  let opener = -1;
  if (ow.at >= ctx.floor && !ctx.mask[ow.at]) {
    const and = ctx.lex.rangeAnd.get(ow.w);
    if (and) {
      joiner = and;
      opener = ow.at;
    } else if (ctx.lex.rangeFrom.has(ow.w)) opener = ow.at;
  }
  const change = opener >= 0 && changeFrom(ctx, opener);
  if (!num.magnitude && !num.fraction && !change) {
    const rg = rangeTail(ctx, k, joiner, num, currency, !!pct);
    if (rg) {
      if (opener >= 0) startTok = opener;
      draft.kind = 'range';
      draft.low = rg.low;
      draft.high = rg.high;
      draft.value = `${rg.low}..${rg.high}`;
      draft.endTok = rg.end;
      if (rg.currency) draft.currency = rg.currency;
      if (rg.second.scale) draft.scale = rg.second.scale;
      if (rg.second.ambiguous || num.ambiguous) draft.ambiguous = true;
      delete draft.alternatives;
      if (num.form !== rg.second.form) draft.form = 'mixed';
      if (pct || rg.percent) draft.unit = rg.percent?.text ?? pct!.text;
      else if (!rg.currency) readTail(ctx, rg.end, rg.second, draft, false);
      draft.startTok = startTok;
      applyQualifier(ctx, draft);
      return draft;
    }
  }
  if (pct) {
    draft.kind = 'percent';
    draft.endTok = pct.end;
  } else if (currency) {
    draft.currency = currency;
    // *Rp15 juta dolar AS*, `Rp 2 million dollars`: a sign put by habit on an amount whose currency is named
    // after it; the name is what the writer meant (a sign and a name that agree, `US$5 juta dolar`, change nothing)
    const named = currencyWordAt(ctx, k);
    if (named && named.code !== currency) {
      draft.currency = named.code;
      draft.endTok = named.end;
    }
  } else {
    readTail(ctx, k, num, draft, true);
    // *majalah dua bulanan*, *laporan tiga bulanan*: how often (bi-monthly, quarterly), no quantity
    if (draft.kind === 'count' && draft.unit !== undefined && ID_FREQUENCY_WORDS.has(draft.unit.toLowerCase())) return null;
    if (draft.kind === 'count' && draft.unit === undefined && draft.endTok === num.end && !num.magnitude) {
      shareListTail(ctx, k, draft, !!num.scale);
      if (draft.kind === 'count') shareChangeTail(ctx, k, draft, startTok);
    }
    if (!num.magnitude && !num.fraction && !change) unitRangeTail(ctx, draft, startTok);
  }
  draft.startTok = startTok;
  negate(ctx, draft);
  applyQualifier(ctx, draft);
  lebihAfter(ctx, draft);
  boundAfter(ctx, draft);
  return draft;
}

/** Nouns and other words of change before `from … to …` (`increasing output from …`; the verbs are in CHANGE_WORDS). */
const CHANGE_NOUNS = new Set([
  'growth', 'increases', 'rises', 'gain', 'gains', 'hike', 'hikes', 'jumped', 'went', 'up', 'down', 'increasing', 'decreasing',
  'raising', 'lowering', 'cutting', 'reducing', 'reduced', 'reduce', 'boosting', 'boosted', 'boost', 'expanding', 'expanded',
]);

/**
 * `increased by 4.6 percent from 482,302 tons to 504,469 tons`, `an increase in growth from 5.7 percent
 * to 6.7 percent`, `rose 8 percent, from 50 to 54 units`: an English `from` (at token `from`) after a word of change (a few words before it)
 * opens the old value of a change, as *dari … menjadi …* does in Indonesian: two figures, no range.
 */
function changeFrom(ctx: Ctx, from: number): boolean {
  if (ctx.lang !== 'en' || word(ctx, from) !== 'from') return false;
  // `increased by 101 percent year-on-year, from Rp154 billion to Rp310 billion`: a comma right before `from`
  // sets the two levels after the change they explain (the look-back then reaches a few words further)
  const apposed = isSym(ctx.toks, from - 1, ',');
  for (let b = from - (apposed ? 2 : 1); b >= Math.max(0, from - (apposed ? 12 : 6)); b--) {
    const t = ctx.toks[b];
    if (t.kind === 'sym' && (t.raw === ',' || t.raw === ';' || t.raw === '(')) return false;
    const w = word(ctx, b);
    if (w === 'ranging' || w === 'range' || w === 'ranged' || w === 'between') return false;
    if ((CHANGE_WORDS.has(w) && w !== 'by') || CHANGE_NOUNS.has(w)) return true;
  }
  return false;
}

/**
 * A range whose two ends each carry the currency or unit (`9 dolar AS hingga 10 dolar AS`, `5 tons to
 * 8 tons`, *satu bulan sampai 12 bulan*, `3 years to 5 years`): the first quantity, a range word or
 * dash, and a larger second quantity of the same kind, currency and unit (or unit of time) become one range. Not after a change verb (`naik 5 ton hingga 8 ton` moves a value).
 */
function unitRangeTail(ctx: Ctx, draft: Draft, startTok: number): void {
  const e = draft.endTok;
  const duration = draft.kind === 'duration' && draft.durationUnit !== undefined;
  if (typeof draft.value !== 'number' || (draft.kind !== 'money' && draft.unit === undefined && !duration)) return;
  if (!(isDash(ctx.toks, e) || ctx.lex.rangeTo.has(word(ctx, e)))) return;
  // the second end in digits, or a length of time in words (`three years to five years`)
  if (ctx.toks[e + 1]?.kind !== 'num' && !(duration && ctx.toks[e + 1]?.kind === 'word')) return;
  for (let b = startTok - 1; b >= Math.max(ctx.floor, startTok - 4); b--) if (CHANGE_WORDS.has(word(ctx, b))) return;
  // (`increasing output of ferronickel from currently 17,000 tons to 18,000 tons`: a change's `from`, one word between)
  const from = word(ctx, startTok - 1) === 'from' ? startTok - 1 : word(ctx, startTok - 2) === 'from' ? startTok - 2 : -1;
  if (from >= 0 && changeFrom(ctx, from)) return;
  const second = quantityAt(ctx, e + 1);
  if (!second || typeof second.value !== 'number' || second.kind !== draft.kind) return;
  if (second.currency !== draft.currency || second.unit !== draft.unit || (second.scale ?? 1) !== (draft.scale ?? 1)) return;
  if (second.durationUnit !== draft.durationUnit) return;
  if (!(second.value > draft.value)) return;
  // *satu bulan sampai 12 bulan*: a range of lengths of time takes the unit word, as *2 sampai 5 tahun*
  if (duration) draft.unit = ctx.toks[e - 1].raw;
  draft.low = draft.value;
  draft.high = second.value;
  draft.value = `${draft.low}..${draft.high}`;
  draft.kind = 'range';
  draft.endTok = second.endTok;
  if (second.ambiguous) draft.ambiguous = true;
  delete draft.alternatives;
}

/** Words that open a new clause after *N lebih* or *N ke atas* (or, *menjadi*, the level a change reaches: *turun 6 dolar lebih menjadi …*), which then ends its phrase (not an adjective *lebih* compares: *lebih tinggi*; not a place: *ke atas bukit*). */
const CLAUSE_AFTER_LEBIH = new Set(['menjadi', 'tentunya', 'tentu', 'sehingga', 'karena', 'namun', 'tetapi', 'tapi', 'sedangkan', 'sementara', 'maka', 'kata', 'ujar', 'menurut', 'jika', 'kalau', 'bila', 'apabila', 'agar', 'supaya', 'dan', 'atau', 'yang', 'untuk', 'pada', 'di', 'dalam', 'sejak', 'setelah', 'sebelum', 'selama', 'bahkan', 'juga']);

/** Bounds written after an amount and its counted thing, by language: the words and the qualifier they make. */
const BOUNDS_AFTER: Record<Lang, ReadonlyArray<[readonly string[], Qualifier]>> = {
  id: [
    [['ke', 'atas'], 'at-least'],
    [['keatas'], 'at-least'],
    // *magnitudo 5 atau bahkan lebih tinggi*, *atau lebih besar*: "5 or higher" (longer forms first)
    [['atau', 'bahkan', 'lebih', 'tinggi'], 'at-least'],
    [['atau', 'bahkan', 'lebih', 'besar'], 'at-least'],
    [['atau', 'bahkan', 'lebih'], 'at-least'],
    [['atau', 'lebih', 'tinggi'], 'at-least'],
    [['atau', 'lebih', 'besar'], 'at-least'],
    [['atau', 'lebih', 'rendah'], 'at-most'],
    [['atau', 'lebih', 'kecil'], 'at-most'],
    [['atau', 'lebih'], 'at-least'],
    [['dan', 'lebih'], 'at-least'],
    [['ke', 'bawah'], 'at-most'],
    [['kebawah'], 'at-most'],
    [['atau', 'kurang'], 'at-most'],
  ],
  en: [
    // "one digit or even lower", "5 or even more": the hedge *atau bahkan lebih* renders (longer forms first)
    [['or', 'even', 'more'], 'at-least'],
    [['or', 'even', 'higher'], 'at-least'],
    [['or', 'even', 'less'], 'at-most'],
    [['or', 'even', 'fewer'], 'at-most'],
    [['or', 'even', 'lower'], 'at-most'],
    [['or', 'more'], 'at-least'],
    [['or', 'above'], 'at-least'],
    [['or', 'over'], 'at-least'],
    [['or', 'higher'], 'at-least'],
    [['or', 'older'], 'at-least'],
    [['and', 'above'], 'at-least'],
    [['and', 'over'], 'at-least'],
    [['and', 'older'], 'at-least'],
    [['and', 'up'], 'at-least'],
    [['or', 'less'], 'at-most'],
    [['or', 'fewer'], 'at-most'],
    [['or', 'below'], 'at-most'],
    [['or', 'under'], 'at-most'],
    [['or', 'lower'], 'at-most'],
    [['or', 'younger'], 'at-most'],
    [['and', 'below'], 'at-most'],
    [['and', 'under'], 'at-most'],
    [['and', 'younger'], 'at-most'],
    [['plus', 'or', 'minus'], 'about'],
  ],
};

/** English words that make `and over`, `and up` a preposition or a verb's particle (`and over the year`, `and up from`). */
const EN_PHRASE_GOES_ON = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'from', 'to', 'than', 'by', 'of']);

/**
 * `Rp5 miliar ke atas`, *17 tahun ke bawah*, `five years or more`, `aged 65 and over`, `10 or fewer`, `3.5
 * percent plus or minus`: a bound written after the amount and its counted thing. Only where the bound
 * ends its phrase (punctuation, or a word that opens a new clause), not a place or a preposition's object
 * (*naik ke atas panggung*, `and over the year`).
 */
function boundAfter(ctx: Ctx, draft: Draft): void {
  if (draft.qualifier !== 'exact' || draft.kind === 'date' || draft.kind === 'time' || draft.kind === 'ordinal' || draft.kind === 'range') return;
  let k = draft.endTok;
  if (!ctx.toks[k]?.space) return;
  // `60 years of age or older`: the bound after the age's `of age`
  if (ctx.lang === 'en' && draft.kind === 'duration' && word(ctx, k) === 'of' && word(ctx, k + 1) === 'age' && ctx.toks[k + 2]?.space) k += 2;
  for (const [words, qualifier] of BOUNDS_AFTER[ctx.lang]) {
    // `orolder`, `ormore`: a two-word bound run into one word by a slip (not `and`: *Andover* is a place)
    const glued = words.length === 2 && words[0] === 'or' && ctx.toks[k]?.kind === 'word' && ctx.toks[k].lower === words.join('');
    if (!glued && !words.every((w, n) => ctx.toks[k + n]?.kind === 'word' && ctx.toks[k + n].lower === w)) continue;
    const len = glued ? 1 : words.length;
    const next = ctx.toks[k + len];
    // `or more`, `or less` are bounds wherever they stand but before `than` (`6.8 percent or higher than the
    // forecast` compares); `and over`, `and up` may be a preposition or a particle
    if (next?.kind === 'word' && (next.lower === 'than' || next.lower === 'dari' || next.lower === 'daripada')) return;
    // `4 plus or minus 1 percent`: a tolerance, read as its own figure
    if (next?.kind === 'num') return;
    const ends =
      !next ||
      next.kind === 'sym' ||
      (ctx.lang === 'id' ? next.kind === 'word' && CLAUSE_AFTER_LEBIH.has(next.lower) : words[0] !== 'and' || (next.kind === 'word' && !EN_PHRASE_GOES_ON.has(next.lower)));
    // *usia 15 tahun ke atas mencapai …*: after an age or a duration *ke atas* / *ke bawah* is the bound whatever
    // follows (no place is "up to" fifteen years)
    const ageBound = ctx.lang === 'id' && draft.kind === 'duration' && (words[0] === 'ke' || words[0] === 'keatas' || words[0] === 'kebawah');
    if (!ends && !ageBound && !(ctx.lang === 'id' && words[0] === 'atau' && words[words.length - 1] === 'lebih' && lebihStandsAlone(ctx, k + len))) return;
    draft.qualifier = qualifier;
    draft.endTok = k + len;
    return;
  }
}

/** Words that compare what comes before them with something else (*lebih tinggi dari*, *dibanding*). */
const ID_COMPARED_WITH = new Set(['dari', 'daripada', 'dibanding', 'dibandingkan', 'ketimbang', 'banding']);
/** Words after *atau lebih* that make it "or rather", "or better known as", not a bound. */
const ID_OR_RATHER = new Set(['dikenal', 'tepat', 'tepatnya', 'jelas', 'jelasnya', 'populer', 'lengkapnya', 'singkatnya']);

/**
 * *pemegang saham lima persen atau lebih menunjukkan …*, *di 20 atau lebih lokasi*: *atau lebih* after
 * an amount is "or more" also when a noun or a verb follows it, not only at the end of the phrase. Not
 * when the word after it is compared (*6,88 persen atau lebih rendah dibanding September*, an
 * apposition "that is, lower than") or measured (*atau lebih besar dua kali lipat*), or says "or rather" (*atau lebih dikenal sebagai*). `at` is the token after *lebih*.
 */
function lebihStandsAlone(ctx: Ctx, at: number): boolean {
  if (ctx.toks[at]?.kind !== 'word' || ID_OR_RATHER.has(ctx.toks[at].lower)) return false;
  // *lebih rendah dibanding …*, *lebih besar dua kali lipat …*: an adjective compared, or by how much
  const after = ctx.toks[at + 1];
  if (after?.kind === 'word' && ID_COMPARED_WITH.has(after.lower)) return false;
  return numberAt(ctx, at + 1) === null;
}

/**
 * `21.500 lebih tentara`, `300 orang lebih`, `sebanyak 300 lebih.`: Indonesian `lebih` after a
 * number (or after its counted thing) is "more than" when a counted thing or the end of the phrase
 * follows it; before an adjective it compares (`5 persen lebih tinggi`).
 */
function lebihAfter(ctx: Ctx, draft: Draft): void {
  if (ctx.lang !== 'id' || draft.qualifier !== 'exact' || draft.kind === 'date' || draft.kind === 'time' || draft.kind === 'ordinal') return;
  const k = draft.endTok;
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || t.lower !== 'lebih' || !t.space) return;
  const next = ctx.toks[k + 1];
  // the phrase ends: punctuation, or a word that starts a new clause (*lima persen lebih tentunya harus …*)
  const ends = !next || (next.kind === 'sym' && /^[.,;:)!?]$/.test(next.raw)) || (next.kind === 'word' && CLAUSE_AFTER_LEBIH.has(next.lower));
  const unit = !ends && draft.unit === undefined && next.kind === 'word' ? unitAfter(ctx, k + 1, false) : null;
  if (!ends && !(unit && knownUnit(next.lower, 'id'))) return;
  draft.qualifier = 'more-than';
  draft.endTok = k + 1;
  if (unit && knownUnit(next.lower, 'id')) {
    draft.unit = unit.text;
    draft.endTok = unit.endTok;
  }
}

/**
 * `0,72 dan 0,75 persen`, `25 or 50 basis points`: a bare number joined to a second one takes the
 * percent or the counted thing written after the second (`scaled`: the first has a scale word, which no percent takes).
 */
function shareListTail(ctx: Ctx, k: number, draft: Draft, scaled: boolean): void {
  if (!ctx.lex.listJoiners.has(word(ctx, k))) return;
  const second = numberAt(ctx, k + 1);
  if (!second || second.magnitude || second.fraction) return;
  if (percentAt(ctx, second.end)) {
    // (not a number with its scale: `12 million and 5 percent` is no rate of 12 million)
    if (!scaled) draft.kind = 'percent';
    return;
  }
  const u = unitAfter(ctx, second.end, false);
  if (u && !durationAt(ctx, second.end) && !currencyWordAt(ctx, second.end)) draft.unit = u.text;
}

/** Words joining the start of a change to its end: `from 1.1 to 1.5 percent`, *dari 1,1 menjadi 1,5 persen*. */
const CHANGE_FROM: Record<string, ReadonlySet<string>> = { id: new Set(['dari']), en: new Set(['from']) };
const CHANGE_TO: Record<string, ReadonlySet<string>> = { id: new Set(['menjadi', 'ke', 'hingga', 'sampai']), en: new Set(['to']) };

/**
 * `from 1.1 to 1.5 percent`, *dari 6,5 menjadi 6,1 persen*: the bare start of a change takes the
 * percent written once after its end (both are rates); anything else after the end leaves it a number.
 */
function shareChangeTail(ctx: Ctx, k: number, draft: Draft, startTok: number): void {
  if (!CHANGE_FROM[ctx.lang]?.has(word(ctx, startTok - 1)) || !CHANGE_TO[ctx.lang]?.has(word(ctx, k))) return;
  const second = numberAt(ctx, k + 1);
  // (a start in the thousands is a level of something else: *dari 9.100 ke 9,5 persen* is no rate of 9,100 percent)
  if (second && !second.magnitude && !second.fraction && percentAt(ctx, second.end) && typeof draft.value === 'number' && draft.value < 1000) draft.kind = 'percent';
}

/** The `plus` of `plus minus`, `plus-minus`, `plus/minus`, `plus or minus`, *plus atau minus* before the minus word at `minusAt`, or -1. */
function plusBefore(ctx: Ctx, minusAt: number): number {
  let j = minusAt - 1;
  const t = ctx.toks[j];
  if (!t) return -1;
  if (t.kind === 'word' && (t.lower === 'or' || t.lower === 'atau' || t.lower === 'and' || t.lower === 'dan')) j--;
  else if ((isDash(ctx.toks, j) || isSym(ctx.toks, j, '/')) && !ctx.toks[minusAt].space && !t.space) j--;
  return word(ctx, j) === 'plus' ? j : -1;
}

/** Minus signs: the hyphen-minus, the minus sign, and the en dash typesetting puts for one. */
const MINUS_SIGNS = new Set(['-', '\u2212', '\u2013']);

/**
 * The index of a minus sign written right before the digits at `k` (`-0.3%`, `(-5 °C)`, *−1,5 persen*), or -1:
 * glued to them, not glued to a word before it, and with no number before it (`Covid-19`, `10-15`, `2006–2007`,
 * `14,0 -15 persen` are no signs).
 */
function minusSignBefore(ctx: Ctx, k: number): number {
  const s = ctx.toks[k - 1];
  const t = ctx.toks[k];
  if (!s || !t || t.kind !== 'num' || t.space || s.kind !== 'sym' || !MINUS_SIGNS.has(s.raw) || k - 1 < ctx.floor) return -1;
  const before = ctx.toks[k - 2];
  if (!before) return k - 1;
  // a number before it, even spaced, makes it a range's dash (`14,0 -15 persen`, `7,5 -8,5`)
  if (before.kind === 'num') return -1;
  // spaced from a word or a mark before it (`inflasi -0,14`, `: -5`); glued, only after an opening bracket or quote
  // (`(-1.5%)`), not after a unit, a sign or a closing mark (`20°-25°C`, `5€-10€`, `(5%)-6%`, `+/-3%`)
  return s.space ? k - 1 : before.kind === 'sym' && OPENERS.has(before.raw) ? k - 1 : -1;
}

/** Opening brackets and quotes a minus sign may follow glued. */
const OPENERS = new Set(['(', '[', '{', '"', '“', '‘', '«', '„']);

/**
 * `minus 1,5 persen`, `negative 0.3 percent`: the word before the number makes it negative; not after
 * `plus` (`plus minus 1 persen`, a tolerance or an approximation).
 */
function negate(ctx: Ctx, draft: Draft): void {
  if (typeof draft.value !== 'number' || draft.kind === 'ordinal' || draft.kind === 'date' || draft.kind === 'time') return;
  const sign = minusSignBefore(ctx, draft.startTok);
  if (sign >= 0) {
    draft.value = -draft.value;
    if (draft.alternatives) draft.alternatives = draft.alternatives.map((a) => (typeof a === 'number' ? -a : a));
    draft.startTok = sign;
    return;
  }
  const p = prevWord(ctx, draft.startTok);
  if (p.at < ctx.floor || !ctx.lex.minusWords.has(p.w)) return;
  const plus = plusBefore(ctx, p.at);
  if (plus >= ctx.floor) {
    // `5 persen plus minus 1 persen`: the tolerance of the figure just read, no sign. `plus minus 100 orang`
    // opening a figure: an approximation (*kurang lebih*), the way Indonesian says it
    if (!(plus > 0 && plus === ctx.floor)) {
      draft.startTok = plus;
      if (draft.qualifier === 'exact') draft.qualifier = 'about';
    }
    return;
  }
  draft.value = -draft.value;
  if (draft.alternatives) draft.alternatives = draft.alternatives.map((a) => (typeof a === 'number' ? -a : a));
  draft.startTok = p.at;
}

/**
 * What follows a number (or the upper end of a range) from token k: a currency word (money), a
 * multiplier or frequency (`kali`, `times`), a unit of time (duration), or the counted thing.
 * `single` is false for ranges, which keep kind `range` and only take the unit.
 */
function readTail(ctx: Ctx, k: number, num: NumRead, draft: Draft, single: boolean): void {
  const skipOf = !!(num.magnitude || num.fraction);
  // `multi-billion-dollar`, `millions-dollar`: a magnitude glued to its currency by a hyphen
  const gluedCurrency = num.magnitude && isDash(ctx.toks, k) && !ctx.toks[k].space && ctx.toks[k + 1]?.kind === 'word' && !ctx.toks[k + 1].space;
  const cw = currencyWordAt(ctx, skipOf && ctx.lang === 'en' && word(ctx, k) === 'of' ? k + 1 : gluedCurrency ? k + 1 : k);
  if (cw) {
    draft.currency = cw.code;
    if (single) draft.kind = 'money';
    draft.endTok = cw.end;
    return;
  }
  // the currency alone in brackets after the number names its currency: *di angka 4.580 (dolar AS)*, `4,580 (US dollars)`
  const bracketed = isSym(ctx.toks, k, '(') ? currencyWordAt(ctx, k + 1) : null;
  if (bracketed && isSym(ctx.toks, bracketed.end, ')')) {
    draft.currency = bracketed.code;
    if (single) draft.kind = 'money';
    draft.endTok = bracketed.end + 1;
    return;
  }
  // the minute of a match, in brackets after the scorer: *Alfath (62')*, `(12', 56')`, the 62nd minute (*menit ke-62*)
  if (single && matchMinute(ctx, num, k)) {
    draft.kind = 'ordinal';
    draft.endTok = k + 1;
    return;
  }
  const mult = single && !num.magnitude ? timesAt(ctx, k) : null;
  if (mult !== null) {
    draft.endTok = mult;
    if (isMultiplier(ctx, num.start, k, mult)) draft.kind = 'other';
    else {
      draft.unit = ctx.toks[k].raw; // a frequency: terjadi 35 kali, met six times
      // dua kali lelang, 35 kali gempa susulan: the events counted are the noun after `kali`
      const noun = ctx.lang === 'id' ? unitAfter(ctx, mult, false) : null;
      if (noun) {
        draft.unit = noun.text;
        draft.endTok = noun.endTok;
      }
    }
    return;
  }
  // (*1,2 juta tahun 2006*: the count's noun is not *tahun*, which names the year after it)
  if (yearNamedAfterScale(ctx, num, k)) return;
  // (*puluhan tahun*, *belasan tahun*, `dozens of years`: tens of years, a length said vaguely)
  const dur = num.magnitude ? (single ? durationAt(ctx, k) ?? (word(ctx, k) === 'of' ? durationAt(ctx, k + 1) : null) : null) : (durationAt(ctx, k) ?? (num.fraction && ctx.other ? durationAfterOf(ctx, k) : null));
  if (dur) {
    if (single) draft.kind = 'duration';
    else draft.unit = ctx.toks[dur.end - 1].raw;
    draft.durationUnit = dur.unit;
    draft.endTok = dur.end;
    if (single) secondDurationPart(ctx, dur.end, draft);
    if (single && ctx.lang === 'id') leadingPartOfYear(ctx, draft, dur.end);
    return;
  }
  // a compound adjective: the noun hyphen-glued to the number is the counted thing (eight-nation talks)
  const glued = wordAfter(ctx, k);
  if (ctx.lang === 'en' && glued === k + 1 && ctx.toks[glued].kind === 'word' && !ctx.toks[glued].space) {
    draft.unit = ctx.toks[glued].raw;
    draft.endTok = glued + 1;
    return;
  }
  const u = unitAfter(ctx, k, skipOf);
  if (u) {
    draft.unit = u.text;
    draft.endTok = u.endTok;
  } else if (single && !num.magnitude) {
    const shared = sharedUnit(ctx, k);
    if (shared) draft.unit = shared;
  }
}

/** Words after *tahun* / `year` that make it a year named, not a length (*tahun lalu*, *tahun ini*, `year earlier`). */
const YEAR_NAMED_AFTER = new Set(['lalu', 'ini', 'depan', 'sebelumnya', 'kemarin', 'ago', 'earlier', 'before']);

/**
 * A count of millions before *tahun* and a year or a word naming one (*dari 1,2 juta tahun 2006 menjadi 1,7 juta*, *2 juta
 * tahun lalu*): the year is named, no length of a million years. Only after a scale word, a length of years having none.
 */
function yearNamedAfterScale(ctx: Ctx, num: NumRead, k: number): boolean {
  if (!num.scale || num.scale < 1e6) return false;
  const w = wordAfter(ctx, k);
  if (w !== k || !ctx.toks[w].space || ctx.lex.durations.get(ctx.toks[w].lower) !== 'year') return false;
  const after = ctx.toks[w + 1];
  return !!after && after.space && (yearToken(after) !== null || (after.kind === 'word' && YEAR_NAMED_AFTER.has(after.lower)));
}

/** A prime after a number: `62'`, `62’`, `62′`. */
const PRIMES = new Set(["'", '\u2019', '\u2032']);
/** The last minute a match's clock reaches (extra time and its added minutes). */
const LAST_MATCH_MINUTE = 130;

/**
 * Whether the whole number ending before token k is a match minute: a prime glued to it, in brackets (`(62')`, or one
 * of a list there, `(12', 56')`), and a minute a match has. Not the added time of `(45+2')`, nor feet and inches (`6'2"`).
 */
function matchMinute(ctx: Ctx, num: NumRead, k: number): boolean {
  const t = ctx.toks;
  if (!t[k] || t[k].kind !== 'sym' || !PRIMES.has(t[k].raw) || t[k].space) return false;
  if (!Number.isInteger(num.value) || num.value < 1 || num.value > LAST_MATCH_MINUTE || num.form !== 'digits' || num.scale) return false;
  if (!(isSym(t, k + 1, ')') || isSym(t, k + 1, ','))) return false;
  // (inside brackets: the bracket opens before it, or the list of minutes before it does)
  let i = num.start - 1;
  while (i >= 2 && isSym(t, i, ',') && t[i - 1].kind === 'sym' && PRIMES.has(t[i - 1].raw) && t[i - 2].kind === 'num') i -= 3;
  return isSym(t, i, '(');
}

/**
 * `tiga bulan pertama` / `enam bulan pertama` (and `the first three months` in English, read at
 * `first`): a length of months counted from the start of the year (the real-figures labels' reading), and
 * the first quarter or half of it, which the other version may name instead (`fromYearStart`).
 */
function leadingPartOfYear(ctx: Ctx, draft: Draft, k: number): void {
  if (draft.durationUnit !== 'month' || (draft.value !== 3 && draft.value !== 6) || !ctx.lex.leadingMonths.has(word(ctx, k))) return;
  draft.fromYearStart = true;
  draft.endTok = k + 1;
}

/** How many of the smaller unit make one of the larger, for the pairs written together (`3 tahun 4 bulan`). */
const DURATION_STEPS: Record<string, [string, number]> = {
  year: ['month', 12],
  // (`3 bulan 10 hari`: a month counted as 30 days, as sentences and their translations count it)
  month: ['day', 30],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};

/** `3 tahun 4 bulan`, `two hours and 30 minutes`: one duration, counted in the smaller unit. */
function secondDurationPart(ctx: Ctx, k: number, draft: Draft): void {
  const step = draft.durationUnit ? DURATION_STEPS[draft.durationUnit] : undefined;
  if (!step || typeof draft.value !== 'number') return;
  let m = k;
  // (`1 Std. 30 Min.`, `1 hr. 30 min`: the full stop of an abbreviated unit)
  if (isSym(ctx.toks, m, '.') && !ctx.toks[m].space && ctx.toks[m - 1]?.raw.length <= 3) m++;
  if (ctx.lex.durationJoiners.has(word(ctx, m)) || isSym(ctx.toks, m, ',')) m++;
  const second = numberAt(ctx, m);
  if (!second || second.magnitude || second.fraction || second.scale) return;
  const dur = durationAt(ctx, second.end);
  if (!dur || dur.unit !== step[0] || second.value >= step[1]) return;
  draft.value = clean(draft.value * step[1] + second.value);
  draft.durationUnit = step[0];
  draft.endTok = dur.end;
  if (draft.form !== second.form) draft.form = 'mixed';
  // `2 jam 11 menit 24 detik`: a third part, in the next smaller unit
  secondDurationPart(ctx, dur.end, draft);
}

/**
 * `Over 24 years, …`, `…; over three months, …`: an English `over` opening a clause before a duration that the
 * clause's comma closes says during what time, not more than it (*Selama 24 tahun, …*); `for over 24 years`,
 * `jailed for over 3 years`, `over 24 years old` stay bounds.
 */
function overMeansDuring(ctx: Ctx, draft: Draft, q: { start: number; phrase: string }): boolean {
  if (ctx.lang !== 'en' || q.phrase !== 'over' || draft.kind !== 'duration') return false;
  const before = q.start - 1;
  const opens = before < ctx.floor || isSym(ctx.toks, before, ',') || isSym(ctx.toks, before, ';') || isSym(ctx.toks, before, ':');
  return opens && isSym(ctx.toks, draft.endTok, ',');
}

function applyQualifier(ctx: Ctx, draft: Draft): void {
  if (draft.qualifier === 'magnitude') return;
  const found = qualifierBefore(ctx, draft.startTok);
  const q = found && overMeansDuring(ctx, draft, found) ? null : found;
  // berkisar 6 sampai 8 persen: a span word before a range says where the range lies, it hedges nothing
  if (q && draft.kind === 'range' && ctx.lex.spanWords.has(q.phrase)) {
    draft.startTok = q.start;
    // and it asserts no exactness either: a translation may say the range lies `around`/`about` there (sections 14, 37)
    draft.neutral = true;
  } else if (q && draft.kind === 'range' && (q.qualifier === 'more-than' || q.qualifier === 'less-than')) {
    // well above US$95-120, di atas 5-7 persen: a range already bounds itself; above it compares another figure with it
  } else if (q) {
    draft.qualifier = q.qualifier;
    draft.startTok = q.start;
  } else if (!bandOfLevel(ctx, draft)) {
    const p = prevWord(ctx, draft.startTok);
    if (p.at >= ctx.floor && ctx.lex.neutralBefore.has(p.w)) draft.neutral = true;
  }
}

/** English words that place a quote in the upper or lower part of a level (`the upper 121 yen level`). */
const EN_BAND_OF = new Set(['upper', 'lower', 'mid']);
/** Nouns after the amount that make it a level or a band of quotes. */
const EN_LEVEL_NOUNS = new Set(['level', 'levels', 'range', 'area', 'zone']);

/**
 * `in the upper 121 yen level`, `to the lower 116 yen range`: a quote somewhere in the band of a level is
 * approximate (`about`), as *di kisaran level 121 yen*, *kisaran atas level 116 yen* are; only with a noun of
 * level after the amount (not `the lower 48 states`). True when it applied.
 */
function bandOfLevel(ctx: Ctx, draft: Draft): boolean {
  if (ctx.lang !== 'en' || draft.qualifier !== 'exact' || typeof draft.value !== 'number') return false;
  const p = prevWord(ctx, draft.startTok);
  if (p.at < ctx.floor || !EN_BAND_OF.has(p.w) || !EN_LEVEL_NOUNS.has(word(ctx, draft.endTok))) return false;
  draft.qualifier = 'about';
  draft.startTok = p.at;
  return true;
}

// ---------------------------------------------------------------------------------------------
// ordinals

/** Words after `kedua`/`ketiga` … that make it an ordinal (kunjungan kedua di …, yang kedua dari …). */
const ID_FUNCTION_WORDS = new Set([
  'di', 'dari', 'yang', 'dan', 'pada', 'untuk', 'dalam', 'ke', 'setelah', 'sejak', 'ini', 'itu', 'tersebut', 'pun',
  'adalah', 'ialah', 'merupakan', 'kata', 'ujar', 'dengan', 'oleh', 'akan', 'telah', 'sudah', 'sebagai', 'atau',
  'bagi', 'kepada', 'juga', 'saja', 'lagi', 'tahun', 'bulan', 'hari', 'minggu', 'pekan', 'kali', 'kalinya', 'nya',
  'terbesar', 'tertinggi', 'terbanyak', 'terakhir', 'setelahnya', 'sebelum', 'selama', 'hingga', 'sampai', 'bahwa',
]);
/** Time nouns: function words when they follow `kedua` (kedua tahun …) but nouns before it (pekan kedua). */
const ID_TIME_NOUNS = new Set(['tahun', 'bulan', 'hari', 'minggu', 'pekan', 'kali']);
const ID_BOTH_PREV = new Set([
  'dan', 'atau', 'dengan', 'antara', 'bagi', 'kepada', 'oleh', 'dari', 'untuk', 'di', 'ke', 'bahwa', 'para', 'menurut',
  'terhadap', 'bersama', 'ketika', 'saat', 'sedangkan', 'namun', 'tetapi', 'karena', 'sementara',
]);

/** Superlatives (`terbesar`, `tertinggi`, `terbanyak`): an ordinal after them is a rank. */
const ID_SUPERLATIVE = /^ter(besar|tinggi|banyak|kaya|rendah|luas|panjang|padat|cepat|kecil|mahal|murah|baik|buruk|dekat|jauh|tua|muda|lama|populer|aktif)$/;

/** Is the Indonesian collective-or-ordinal word at token i an ordinal here? */
function indonesianOrdinalHere(ctx: Ctx, i: number): boolean {
  const next = ctx.toks[i + 1];
  if (!next || next.kind !== 'word') return true;
  const nl = next.lower;
  // kedua negara, kedua belah pihak: "both" wherever they stand
  if (nl === 'negara' || nl === 'pihak' || nl === 'belah' || nl === 'bangsa') return false;
  if (ID_FUNCTION_WORDS.has(nl) || (nl.startsWith('ter') && !knownUnit(nl, 'id'))) return true; // superlatives: kedua terbesar
  // ketiga orang itu, kedua wanita tersebut: "the three people", "both women"
  const after = word(ctx, i + 2);
  if (after === 'itu' || after === 'tersebut' || after === 'ini') return false;
  // (*mayat keenam warga sipil itu*: a noun and the word qualifying it before the demonstrative, "the six civilians";
  // *putaran kedua pemilu presiden itu* stays the second round)
  const later = word(ctx, i + 3);
  if ((later === 'itu' || later === 'tersebut') && word(ctx, i) !== 'kedua' && plainWord(ctx.toks[i + 2]) && /^\p{Ll}+$/u.test(ctx.toks[i + 2].raw) && !looksIndonesianVerb(after)) return false;
  return ranksAfterWord(ctx, i);
}

/**
 * The word before the Indonesian ordinal starting at token i makes it a rank: after a noun (*kunjungan kedua
 * presiden*, the president's second visit; *putaran kedua pemilu*), *yang*, or a superlative (*terbesar ketiga*).
 */
function ranksAfterWord(ctx: Ctx, i: number): boolean {
  const p = ctx.toks[i - 1];
  if (!p || p.kind !== 'word') return false;
  const prevIsNoun = !(ID_BOTH_PREV.has(p.lower) || looksIndonesianVerb(p.lower) || (ID_FUNCTION_WORDS.has(p.lower) && !ID_TIME_NOUNS.has(p.lower)));
  return prevIsNoun || p.lower === 'yang' || ID_SUPERLATIVE.test(p.lower);
}

/**
 * The word at j follows a capitalised word that is not the sentence's first (`War` in `World War`), or
 * `of` after one (`Group of`): it can end a name there.
 */
function endsName(ctx: Ctx, j: number): boolean {
  let k = j - 1;
  if (word(ctx, k) === 'of' || word(ctx, k) === 'ke') k--;
  const p = ctx.toks[k];
  if (!p || p.kind !== 'word' || !isCapital(p.raw) || p.line) return false;
  const before = ctx.toks[k - 1];
  // the capitalised word opens the sentence (`Police Two …` never occurs; `. Two` is a new sentence)
  return !!before && !(before.kind === 'sym' && /^[.!?"“(]$/.test(before.raw));
}

/** The word at j stands after one or more capitalised words that a lower-case word of running text opens. */
function insideCapitalRun(ctx: Ctx, j: number): boolean {
  let k = j - 1;
  if (!capitalWord(ctx, k) || ctx.toks[k].line) return false;
  while (capitalWord(ctx, k - 1) && !ctx.toks[k - 1].line) k--;
  const before = ctx.toks[k - 1];
  return !!before && before.kind === 'word' && !isCapital(before.raw);
}

/**
 * Long hedge words a hurried copy misspells by one slip (*sekitra*, *sekiar*, *setidaknay*, `aproximately`); short
 * ones are left out, a slip of them makes other words (`about`/`abut`, `nearly`/`nearby`).
 */
const SLIPPED_HEDGES: Record<Lang, ReadonlyArray<[string, Qualifier]>> = {
  // (*hingga* only of its kind: a slip of *sampai* is often *sampah*)
  id: [['sekitar', 'about'], ['kira-kira', 'about'], ['setidaknya', 'at-least'], ['sedikitnya', 'at-least'], ['maksimal', 'at-most'], ['hingga', 'up-to']],
  en: [['approximately', 'about']],
};

/** Words one slip away from a hedge word that are words of their own (*hinggap*, "to perch"). */
const NOT_SLIPS = new Set(['hinggap']);

/** The qualifier of a hedge word misspelt by one slip, or undefined. */
function misspeltHedge(ctx: Ctx, w: string): Qualifier | undefined {
  if (w.length < 6 || NOT_SLIPS.has(w)) return undefined;
  for (const [hedge, q] of SLIPPED_HEDGES[ctx.lang] ?? []) if (oneSlip(w, hedge)) return q;
  return undefined;
}

/** A capitalised word token at k. */
/** At token k, capitalised words (up to three) of which one names a military unit: the rank before them is part of the name. */
function militaryUnitName(ctx: Ctx, k: number): boolean {
  for (let n = 0; n < 3 && capitalWord(ctx, k + n); n++) {
    const w = ctx.toks[k + n].lower;
    if (MILITARY_UNIT_NOUNS.has(w) || MILITARY_NAME_WORDS.has(w)) return true;
  }
  return false;
}

function capitalWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && t.kind === 'word' && isCapital(t.raw);
}

/** A definite numeral stands first, or after a verb or a function word, never after a noun (`HUT ke-2 kota itu`). */
function definiteHere(ctx: Ctx, i: number): boolean {
  const p = ctx.toks[i - 1];
  if (!p || p.kind !== 'word') return true;
  return ID_BOTH_PREV.has(p.lower) || looksIndonesianVerb(p.lower) || (ID_FUNCTION_WORDS.has(p.lower) && !ID_TIME_NOUNS.has(p.lower));
}

/** An Indonesian word after a space that may be a noun: no function word, none that opens a phrase of "both". */
function plainWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.space && !ID_FUNCTION_WORDS.has(t.lower) && !ID_BOTH_PREV.has(t.lower);
}

/**
 * `penumpang itu`, `tim tersebut`, `emiten obligasi tersebut` at k: the noun of a definite numeral
 * (with at most one word qualifying it before `itu` / `tersebut`), or undefined.
 */
function collectiveNounAt(ctx: Ctx, k: number): string | undefined {
  const n = ctx.toks[k];
  if (!plainWord(n)) return undefined;
  if (ctx.lex.collectiveAfter.has(word(ctx, k + 1))) return n.raw;
  const q = ctx.toks[k + 1];
  return plainWord(q) && !looksIndonesianVerb(q.lower) && !ctx.lex.collectiveAfter.has(q.lower) && ctx.lex.collectiveAfter.has(word(ctx, k + 2)) ? n.raw : undefined;
}

/** Words before *ketiganya* that are no noun it could rank (*yang ketiganya*, *mereka ketiganya*). */
const ID_PRONOUNS = new Set(['yang', 'mereka', 'kami', 'kita', 'kalian', 'semua', 'semuanya']);

/** Nouns after which *kedua* means "both" whatever follows (*kedua negara itu*, *kedua belah pihak*). */
const ID_BOTH_NOUNS = new Set(['negara', 'pihak', 'belah', 'bangsa', 'pemimpin', 'kepala', 'sisi', 'tangan', 'kaki', 'mata']);

/**
 * The noun of *kedua* at i read as "the two": a noun, at most one lower-case word qualifying it, then *itu* / *tersebut*;
 * not after a word that makes it "both" (*antara kedua*, *dan kedua*) nor before a noun that does (*kedua negara*).
 */
function twoDefiniteNoun(ctx: Ctx, i: number): string | undefined {
  if (ID_BOTH_PREV.has(word(ctx, i - 1))) return undefined;
  const n = ctx.toks[i + 1];
  if (!plainWord(n) || n.line || looksIndonesianVerb(n.lower) || ID_BOTH_NOUNS.has(n.lower)) return undefined;
  // (after a noun it ranks, *putaran kedua pemilu itu*, unless it counts people: *penangkapan kedua tersangka tersebut*)
  if (ranksAfterWord(ctx, i) && !countsPeople(n.lower)) return undefined;
  const demonstrative = (w: string) => w === 'itu' || w === 'tersebut';
  if (demonstrative(word(ctx, i + 2))) return n.raw;
  const q = ctx.toks[i + 2];
  return plainWord(q) && !looksIndonesianVerb(q.lower) && !demonstrative(q.lower) && demonstrative(word(ctx, i + 3)) ? n.raw : undefined;
}

/**
 * The noun right after a collective numeral at k (*ketiga **negara***, *keempat **tersangka***), or undefined: a plain word,
 * not a function word, a verb, a superlative, a unit of time (*ketiga kalinya*, *kelima tahun*) or a part of the year.
 */
function bareCollectiveNoun(ctx: Ctx, k: number): string | undefined {
  const n = ctx.toks[k];
  if (!plainWord(n) || n.line) return undefined;
  const w = n.lower;
  if (looksIndonesianVerb(w) || ID_SUPERLATIVE.test(w) || w.startsWith('kali')) return undefined;
  if (ctx.lex.durations.has(w) || ctx.lex.yearParts.has(w)) return undefined;
  return n.raw;
}

/** `semester II`, `kuartal III`, `triwulan I`: a part of a year counted with a Roman numeral (I to IV), else undefined. */
function yearPartRoman(raw: string): number | undefined {
  const n = romanNumber(raw);
  return n !== undefined && n <= 4 ? n : undefined;
}

/**
 * *H-7*, *H+3* (at the number): the days before or after a holiday (*hari H*) Indonesian counts so, a length of
 * days as "seven days before Lebaran" states it. `H-1` ("the eve") and codes glued to other letters are none.
 */
function holidayDayAt(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  const sign = ctx.toks[i - 1];
  const h = ctx.toks[i - 2];
  if (ctx.lang !== 'id' || t.space || !/^\d{1,2}$/.test(t.raw) || !sign || sign.space || (sign.raw !== '+' && !isDash(ctx.toks, i - 1))) return null;
  if (!h || h.raw !== 'H' || (i - 2 > 0 && !h.space)) return null;
  const after = ctx.toks[i + 1];
  if (after && !after.space && (after.kind === 'num' || after.kind === 'word' || isDash(ctx.toks, i + 1))) return null;
  // (*H-1* is "the eve", "the day before": no number to compare)
  if (Number(t.raw) < 2) return null;
  return { startTok: i - 2, endTok: i + 1, kind: 'duration', value: Number(t.raw), qualifier: 'exact', form: 'mixed', durationUnit: 'day' };
}

/**
 * *abad ke-XIX*, *abad XIX* (at the token *abad*): a century counted with a Roman numeral, the ordinal `19th
 * century` is; the figure is *ke-XIX* (as *ke-19* in *abad ke-19*) or the numeral.
 */
function romanCenturyAt(ctx: Ctx, i: number): Draft | null {
  const ke = word(ctx, i + 1) === 'ke' && ctx.toks[i + 1].space && isDash(ctx.toks, i + 2) && !ctx.toks[i + 2].space;
  const at = ke ? i + 3 : i + 1;
  const r = ctx.toks[at];
  if (!r || r.kind !== 'word' || (ke ? r.space : !r.space)) return null;
  const n = romanNumber(r.raw);
  if (!n || n > 21) return null;
  return { startTok: ke ? i + 1 : at, endTok: at + 1, kind: 'ordinal', value: n, qualifier: 'exact', form: 'mixed' };
}

/**
 * *Level IV*, `Level III` (at the token `level`): an alert level counted with a Roman numeral (I to V), a count as
 * *Level 4* is, so that *Level IV atau Awas* meets *level 4 awas*. `Level I` only before no word (`level I think`).
 */
function romanLevelAt(ctx: Ctx, i: number): Draft | null {
  const r = ctx.toks[i + 1];
  if (ctx.toks[i].lower !== 'level' || !r || r.kind !== 'word' || !r.space) return null;
  const n = romanNumber(r.raw);
  if (!n || n > 5) return null;
  const after = ctx.toks[i + 2];
  if (n === 1 && after?.kind === 'word' && after.space) return null;
  // (glued to more, *IV-A*, it is a code)
  if (after && !after.space && (after.kind === 'word' || after.kind === 'num' || isDash(ctx.toks, i + 2))) return null;
  return { startTok: i + 1, endTok: i + 2, kind: 'count', value: n, qualifier: 'exact', form: 'mixed' };
}

/** The number token `i` is one digit, the text's last token, glued after a full stop glued to a word (`said.0`). */
function strayDigitAtEnd(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return i === toks.length - 1 && !t.space && /^\d$/.test(t.raw) && isSym(toks, i - 1, '.') && !toks[i - 1].space && toks[i - 2]?.kind === 'word';
}

/**
 * `world No. 3`, `the world's No. 2 economy`, `ranked No. 5`, *nomor 3 dunia* (at the digits): a place in a ranking
 * written with the number sign, an ordinal rank as `third in the world` and *peringkat ketiga dunia* read, not a label.
 */
function worldRankAt(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  if (!/^\d{1,3}$/.test(t.raw) || !t.space) return null;
  let k = i - 1;
  if (isSym(ctx.toks, k, '.') && !ctx.toks[k].space) k--;
  const sign = ctx.toks[k];
  if (!sign || sign.kind !== 'word' || !/^(?:no|number|nomor)$/i.test(sign.raw)) return null;
  const before = word(ctx, k - 1);
  const en = ctx.lang === 'en' && (before === 'world' || before === 'ranked' || (before === 's' && word(ctx, k - 3) === 'world'));
  const id = ctx.lang === 'id' && sign.lower === 'nomor' && word(ctx, i + 1) === 'dunia';
  if (!en && !id) return null;
  return { startTok: k, endTok: i + 1, kind: 'ordinal', value: Number(t.raw), qualifier: 'exact', form: 'digits', rank: true };
}

/** The names of Indonesia's four volcano alert levels (Normal I, Waspada II, Siaga III, Awas IV), as both versions write them. */
const ALERT_NAMES = new Set(['normal', 'waspada', 'siaga', 'awas']);

/**
 * *level Awas (IV)*, *ke Siaga (III)* (at the level's name): the alert level's Roman numeral in brackets after its name, a
 * count as *Level IV (Awas)* is (romanLevelAt), so that the two ways of writing one change of level meet.
 */
function bracketedLevelAt(ctx: Ctx, i: number): Draft | null {
  const r = ctx.toks[i + 2];
  if (!isSym(ctx.toks, i + 1, '(') || !r || r.kind !== 'word' || r.space || !isSym(ctx.toks, i + 3, ')') || ctx.toks[i + 3].space) return null;
  const n = romanNumber(r.raw);
  return n && n <= 4 && r.raw === r.raw.toUpperCase() ? { startTok: i + 2, endTok: i + 3, kind: 'count', value: n, qualifier: 'exact', form: 'mixed' } : null;
}

/**
 * `a fortnight`, `one fortnight`, `nearly a fortnight` (at the token `fortnight`): two weeks, as *dua pekan* reads
 * (guideline section 4), a length of time the reader learns, unlike the article of `a week`. Its hedge or bound
 * before the article is read as any other's (`more than a fortnight`).
 */
function fortnightAt(ctx: Ctx, i: number): Draft | null {
  if (ctx.lang !== 'en' || ctx.toks[i].lower !== 'fortnight') return null;
  const art = word(ctx, i - 1);
  const start = (art === 'a' || art === 'one') && i - 1 >= ctx.floor ? i - 1 : i;
  if (start === i && art !== 'the' && art !== 'past' && art !== 'last' && art !== 'next') return null;
  const q = start < i ? qualifierBefore(ctx, start) : null;
  return { startTok: q ? q.start : start, endTok: i + 1, kind: 'duration', value: 2, qualifier: q ? q.qualifier : 'exact', form: 'words', durationUnit: 'week' };
}

/**
 * *kuartal terakhir 2006*, *triwulan terakhir tahun 2006*, *semester terakhir 2007*, `the last quarter of 2006`,
 * `the final half of 2007`: the last part of a named year is its fourth quarter or second half, an ordinal as
 * `fourth quarter` is. Only with the year named right after: `last quarter` alone is the quarter just past.
 * A Roman numeral of that same part after *terakhir* (*kuartal terakhir IV 2006*) is taken in.
 */
function lastPartOfYear(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  let partAt: number;
  let after: number;
  if (ctx.lang === 'id') {
    if (word(ctx, i + 1) !== 'terakhir') return null;
    partAt = i;
    after = i + 2;
  } else {
    if (t.lower !== 'last' && t.lower !== 'final') return null;
    partAt = i + 1;
    if (word(ctx, i + 2) !== 'of') return null;
    after = i + 3;
  }
  const part = ctx.lex.yearParts.get(word(ctx, partAt));
  if (!part) return null;
  const value = part === 'quarter' ? 4 : 2;
  let end = i + 2;
  if (ctx.lang === 'id' && ctx.toks[after]?.kind === 'word' && yearPartRoman(ctx.toks[after].raw) === value) {
    after++;
    end = after;
  }
  const y = word(ctx, after) === 'tahun' ? after + 1 : after;
  if (yearToken(ctx.toks[y]) === null) return null;
  return { startTok: i, endTok: end, kind: 'ordinal', value, qualifier: 'exact', form: 'words' };
}

function yearPartAt(ctx: Ctx, i: number): Draft[] | null {
  const part = ctx.lex.yearParts.get(ctx.toks[i].lower);
  const r = ctx.toks[i + 1];
  if (!part || !r || !r.space) return null;
  const n = partNumeral(ctx, r, part);
  if (!n) return null;
  const first: Draft = { startTok: i, endTok: i + 2, kind: 'ordinal', value: n, qualifier: 'exact', form: r.kind === 'num' ? 'mixed' : 'words' };
  // *kuartal 3 dan 4/2007*, *semester I dan II*, *triwulan II hingga IV*, *kuartal I-III*: a second part of the same
  // kind joined to the first, or closing a span of them (each end is a part, as `the second to fourth quarters` reads)
  const joiner = ctx.toks[i + 2];
  const r2 = ctx.toks[i + 3];
  if (!joiner || !r2 || r2.kind !== r.kind) return [first];
  const joined = joiner.kind === 'word' ? r2.space && (ctx.lex.listJoiners.has(joiner.lower) || PART_SPAN_WORDS.has(joiner.lower)) : isDash(ctx.toks, i + 2);
  if (!joined) return [first];
  const n2 = partNumeral(ctx, r2, part);
  if (!n2 || n2 <= n) return [first];
  return [first, { startTok: i + 3, endTok: i + 4, kind: 'ordinal', value: n2, qualifier: 'exact', form: first.form }];
}

/** Words that close a span of parts of the year (*triwulan II hingga IV*). */
const PART_SPAN_WORDS = new Set(['hingga', 'sampai', 'to', 'through']);

/** Indonesian number words that name a part of the year after its word (*kuartal satu*, *semester dua*). */
const PART_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
]);

/**
 * The number of a part of a year written after its word: a Roman numeral (`semester II`, `kuartal III`), or in
 * Indonesian a digit or a number word (*kuartal 3*, *triwulan 2*, *kuartal satu*), within the parts the year has
 * (four quarters, two halves).
 */
function partNumeral(ctx: Ctx, r: Token, part: string): number | undefined {
  const n =
    r.kind === 'word'
      ? (yearPartRoman(r.raw) ?? (ctx.lang === 'id' ? PART_NUMBER_WORDS.get(r.lower) : undefined))
      : ctx.lang === 'id' && r.kind === 'num' && /^[1-4]$/.test(r.raw)
        ? Number(r.raw)
        : undefined;
  return n && !(part === 'half' && n > 2) ? n : undefined;
}

/**
 * `Q2`, `Q3-2007`, `H1 2008`: a quarter (`Q1`–`Q4`) or a half (`H1`, `H2`) written as a letter glued to
 * its number, at the number token `i`. A half only before a year (`H5N1`, `H1N1` are no halves).
 */
function yearPartCodeAt(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  const letter = ctx.toks[i - 1];
  if (!letter || letter.kind !== 'word' || t.space || (letter.raw !== 'Q' && letter.raw !== 'H') || !letter.space) return null;
  const n = Number(t.raw);
  if (!/^[1-4]$/.test(t.raw) || (letter.raw === 'H' && n > 2)) return null;
  const next = ctx.toks[i + 1];
  // `Q2-2007`, `Q2/2007`, `H1 2008`: the year follows after a space, a hyphen or a slash
  const sep = next && (next.space ? 0 : next.kind === 'sym' && (isDash(ctx.toks, i + 1) || next.raw === '/') ? 1 : -1);
  const yearNext = sep !== undefined && sep >= 0 && yearToken(ctx.toks[i + 1 + sep]) !== null;
  if (letter.raw === 'H' && !yearNext) return null;
  if (!yearNext && next && !next.space && (next.kind !== 'sym' || /^[\p{L}\d]$/u.test(next.raw))) return null;
  return { startTok: i - 1, endTok: i + 1, kind: 'ordinal', value: n, qualifier: 'exact', form: 'mixed' };
}

/**
 * An ordinal that is a set phrase, no rank: *pihak ketiga* / `third party` (the legal term), *langkah pertama* / `first
 * step` (a beginning, as *langkah awal* says it) unless the sentence goes on to a second step.
 */
function setPhraseOrdinal(ctx: Ctx, i: number, value: number): boolean {
  const id = ctx.lang === 'id';
  if (!id && ctx.lang !== 'en') return false;
  // (`third-party`: the noun hyphen-glued)
  const glued = !id && isDash(ctx.toks, i + 1) && !ctx.toks[i + 1].space;
  const noun = id ? word(ctx, i - 1) : word(ctx, glued ? i + 2 : i + 1);
  if (value === 3) {
    if (id ? noun === 'pihak' || noun === 'dunia' : noun === 'party' || noun === 'parties' || noun === 'world') return true;
    // *ke negara ketiga*, `to a third country`, `third countries`: a country other than the two concerned; *negara ketiga
    // yang …*, *menjadi negara ketiga*, `the third country to …` rank
    if (id) return noun === 'negara' && word(ctx, i + 1) !== 'yang' && !ID_RANK_VERBS.has(word(ctx, i - 2));
    return noun === 'countries' || (noun === 'country' && word(ctx, i - 1) === 'a');
  }
  // *beberapa bulan pertama*, `the first few months`: a stretch from the start with no number, no rank
  if (value === 1 && (id ? VAGUE_COUNTS_ID.has(word(ctx, i - 2)) : VAGUE_COUNTS_EN.has(word(ctx, i + 1)))) return true;
  if (value !== 1 || !(id ? noun === 'langkah' : noun === 'step' || noun === 'steps')) return false;
  return !(id ? /\blangkah\s+(?:kedua|ke-?2)\b/i : /\bsecond\s+steps?\b/i).test(ctx.text);
}

/** Verbs in the past that `first` before them modifies as an adverb (`first came to power`), besides those in -ed. */
const PAST_VERBS = new Set(['came', 'went', 'met', 'took', 'became', 'began', 'saw', 'won', 'made', 'told', 'got', 'held', 'left', 'broke', 'rose', 'fell', 'struck', 'hit', 'ran', 'wrote', 'spoke', 'heard', 'found', 'set', 'emerged', 'drew', 'brought']);

/** `first` at token i stands before a verb in the past and after no determiner: the adverb (`was first reported`). */
function firstAdverb(ctx: Ctx, i: number): boolean {
  const next = ctx.toks[i + 1];
  if (!next || next.kind !== 'word' || !next.space) return false;
  const verb = PAST_VERBS.has(next.lower) || (/^[a-z]{3,}ed$/.test(next.raw) && !ctx.lex.durations.has(next.lower));
  return verb && !FIRST_DETERMINERS_BEFORE_NOUN.has(word(ctx, i - 1)) && !ctx.lex.cardinal([word(ctx, i - 1)], 0);
}
/** Words before `first` that make it a rank of the noun after it (`the first reported case`, `its first planned visit`). */
const FIRST_DETERMINERS_BEFORE_NOUN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'whose', "world's", 'nation']);

/** Words of a vague number around `first`: *beberapa bulan pertama*, `the first few days`. */
const VAGUE_COUNTS_ID = new Set(['beberapa', 'sejumlah']);
const VAGUE_COUNTS_EN = new Set(['few', 'several']);

/** Indonesian verbs before a noun and its ordinal that make it a rank (*menjadi negara ketiga*, "became the third country"). */
const ID_RANK_VERBS = new Set(['menjadi', 'merupakan', 'adalah', 'sebagai', 'jadi', 'ialah']);

/** Words after `first` that make a title or a set phrase, no rank: `the first lady`, `first aid`. */
const FIRST_PHRASES = new Set(['lady', 'ladies', 'aid']);
/** Words before a clause-closing `first` that keep it a rank (`he was the first,`, `its first.`, `Japan ranked first.`). */
const FIRST_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'a', 'came', 'comes', 'come', 'finished', 'finishes', 'ranked', 'ranks', 'placed', 'rated', 'stood', 'was', 'is', 'were', 'are', 'be', 'been']);

/** Nouns counted in order, after which *ke* and a number word written apart is an ordinal (*minggu ke dua*). */
const ORDERED_NOUNS = new Set([
  'tahun', 'bulan', 'hari', 'minggu', 'pekan', 'kali', 'tahap', 'putaran', 'babak', 'gelombang', 'periode', 'kuartal',
  'kwartal', 'triwulan', 'semester', 'peringkat', 'urutan', 'lantai', 'abad', 'angkatan', 'jilid', 'ronde', 'generasi', 'termin',
]);

function ordinalAtWord(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  // ke-2, ke-21
  if (ctx.lang === 'id' && t.lower === 'ke' && isDash(ctx.toks, i + 1) && !ctx.toks[i + 1].space && ctx.toks[i + 2]?.kind === 'num' && !ctx.toks[i + 2].space) {
    const r = parseDigits(ctx.toks[i + 2].raw, 'id');
    if (!r || !Number.isInteger(r.value)) return null;
    // ke-12 penumpang itu: "the 12 passengers", a definite count
    const definite = definiteHere(ctx, i) ? collectiveNounAt(ctx, i + 3) : undefined;
    if (definite) return { startTok: i, endTok: i + 4, kind: 'count', value: r.value, qualifier: 'exact', form: 'mixed', unit: definite, collective: true };
    // *Ke-15 pelaut … yang ditangkap*: before its noun, as *ketiga negara* (below), "the 15 sailors"
    const bare = r.value >= 3 && !ranksAfterWord(ctx, i) ? bareCollectiveNoun(ctx, i + 3) : undefined;
    if (bare) return { startTok: i, endTok: i + 4, kind: 'count', value: r.value, qualifier: 'exact', form: 'mixed', unit: bare, collective: true };
    return { startTok: i, endTok: i + 3, kind: 'ordinal', value: r.value, qualifier: 'exact', form: 'mixed' };
  }
  // *minggu ke dua*, *putaran ke tiga*: the ordinal *ke-* written apart from its number word, after a noun
  // counted in order ("the second week", "the third round"); elsewhere *ke dua kota* is "to two cities"
  if (ctx.lang === 'id' && t.lower === 'ke' && ORDERED_NOUNS.has(word(ctx, i - 1)) && ctx.toks[i + 1]?.kind === 'word' && ctx.toks[i + 1].space) {
    const c = ctx.lex.cardinal([ctx.toks[i + 1].lower], 0);
    if (c && c.used === 1 && Number.isInteger(c.value) && c.value >= 2 && c.value <= 10) {
      return { startTok: i, endTok: i + 2, kind: 'ordinal', value: c.value, qualifier: 'exact', form: 'words' };
    }
  }
  const run = wordRun(ctx.toks, i, 6);
  const o = ctx.lex.ordinal(run.words, 0);
  if (!o) return null;
  if (run.joined[o.used] && ctx.lang === 'id') return null; // pertama-tama, kedua-duanya
  if (o.used === 1 && setPhraseOrdinal(ctx, i, o.value)) return null;
  // `judges first questioned one of the defendants`, `it was first reported`: the adverb before a verb (E13), no rank;
  // after a determiner it ranks (`the first reported case`)
  if (ctx.lang === 'en' && o.used === 1 && t.lower === 'first' && firstAdverb(ctx, i)) return null;
  // an ordinal inside a capitalised name is part of the name: Perang Dunia Pertama, the First Lady; not one beside a part
  // of the year, capitalised in a report's title (`First Semester Report`, *Laporan Semester Pertama*): that period
  const yearPartBeside = ctx.lex.yearParts.has(word(ctx, ctx.lang === 'id' ? i - 1 : i + 1)) && o.value <= 4;
  if (o.used === 1 && isCapital(t.raw) && i > 0 && !yearPartBeside && (capitalWord(ctx, i - 1) || capitalWord(ctx, i + 1))) return null;
  // ketiga orang itu: "the three people", a definite count (kedua … itu stays "both", no figure)
  if (ctx.lang === 'id' && o.used === 1 && o.value >= 3 && o.value <= 10) {
    const definite = definiteHere(ctx, i) ? collectiveNounAt(ctx, i + 1) : undefined;
    if (definite) return { startTok: i, endTok: i + 2, kind: 'count', value: o.value, qualifier: 'exact', form: 'words', unit: definite, collective: true };
    // *Ketiga negara Amerika Utara …*, *keempat tersangka ditangkap*: before its noun the numeral is collective ("the three
    // countries") without a demonstrative too; after one it ranks (*kunjungan ketiga presiden*), as indonesianOrdinalHere says
    const bare = !indonesianOrdinalHere(ctx, i) ? bareCollectiveNoun(ctx, i + 1) : undefined;
    if (bare) return { startTok: i, endTok: i + 2, kind: 'count', value: o.value, qualifier: 'exact', form: 'words', unit: bare, collective: true };
  }
  // *kedua tersangka tersebut*, *Kedua organisasi Muslim itu*: "the two suspects", a definite count (D1, as five annotators
  // read it); *kedua negara itu*, *antara kedua tim itu* stay "both"
  if (ctx.lang === 'id' && o.used === 1 && t.lower === 'kedua') {
    const noun = twoDefiniteNoun(ctx, i);
    if (noun) return { startTok: i, endTok: i + 2, kind: 'count', value: 2, qualifier: 'exact', form: 'words', unit: noun, collective: true };
  }
  // *Pertama, …* / *Kedua, …*, `Second, …` opening the sentence number the points of an argument: no rank
  if (o.used === 1 && isSym(ctx.toks, i + 1, ',') && ctx.toks.slice(0, i).every((x) => x.kind === 'sym')) return null;
  if (ctx.lang === 'id') {
    // kuartal pertama, semester kedua: the part of the year is part of the figure, as `first quarter` is
    const part = ctx.lex.yearParts.get(word(ctx, i - 1));
    if (o.used === 1 && part && i - 1 >= ctx.floor && (part === 'quarter' ? o.value <= 4 : o.value <= 2)) {
      return { startTok: i - 1, endTok: i + 1, kind: 'ordinal', value: o.value, qualifier: 'exact', form: 'words' };
    }
    if (o.used === 1 && o.value <= 10 && t.lower !== 'pertama' && t.lower !== 'pertamanya' && t.lower !== 'kesatu' && !indonesianOrdinalHere(ctx, i)) return null;
    // *sembilan bulan pertama*, *dua tahun pertama*, *dua tahap pertama* ("the first nine months", "the first two
    // phases"): the number is the figure, *pertama* picks them from the start: no rank
    if (o.used === 1 && o.value === 1 && (plainWord(ctx.toks[i - 1]) || ctx.lex.durations.has(word(ctx, i - 1)))) {
      const n = numberAt(ctx, i - 2);
      const value = n && n.end === i - 1 && !n.scale ? n.value : undefined;
      if (value !== undefined && value >= 2) return null;
    }
  } else {
    const prev = word(ctx, i - 1);
    const pt = ctx.toks[i - 1];
    if (t.lower === 'second') {
      // (`the 2008 second quarter`: after a year, a part of the year follows)
      const yearPart = pt?.kind === 'num' && yearToken(pt) !== null && ctx.lex.yearParts.has(word(ctx, i + 1));
      if (pt && !yearPart && (pt.kind === 'num' || prev === 'per' || prev === 'split' || ctx.lex.startsNumber(prev) && prev !== 'a' && prev !== 'the')) return null;
      if (prev === 'a' && (!ctx.toks[i + 1] || ctx.toks[i + 1].kind !== 'word')) return null;
    }
    if (t.lower === 'first' && (prev === 'at' || (word(ctx, i + 1) === 'of' && word(ctx, i + 2) === 'all'))) return null;
    // `in the first place` (to begin with): an idiom, no rank
    if (t.lower === 'first' && prev === 'the' && word(ctx, i - 2) === 'in' && word(ctx, i + 1) === 'place' && ctx.toks[i + 2]?.kind !== 'word') return null;
    // `the first lady`, `first aid` (a title, a set phrase); `… classify the goods first, she said` (the
    // adverb closing a clause, no determiner before it): no rank
    if (t.lower === 'first' && o.used === 1) {
      const next = ctx.toks[i + 1];
      const closes = !next || (next.kind === 'sym' && /^[,.;:!?]$/.test(next.raw));
      if (FIRST_PHRASES.has(word(ctx, i + 1)) || (closes && !FIRST_DETERMINERS.has(prev))) return null;
    }
    if (run.joined[o.used] && run.words[o.used] === 'hand') return null;
    // the first three months, the first six months: a length of months from the start of the year, and the
    // first quarter or half of it (leadingPartOfYear)
    if (o.used === 1 && o.value === 1 && ctx.lex.leadingMonths.has(t.lower)) {
      const n = numberAt(ctx, i + 1);
      const d = n && !n.scale && (n.value === 3 || n.value === 6) ? durationAt(ctx, n.end) : null;
      if (d && d.unit === 'month') {
        return { startTok: i, endTok: d.end, kind: 'duration', value: n!.value, durationUnit: 'month', qualifier: 'exact', form: n!.form, fromYearStart: true };
      }
    }
    // the first nine months, the first two years, the first two phases: the number is the figure, `first` picks them
    // from the start (as *sembilan bulan pertama*): no rank
    if (o.used === 1 && o.value === 1) {
      const n = numberAt(ctx, i + 1);
      if (n && !n.scale && !n.magnitude && !n.fraction && n.value >= 2 && ctx.toks[n.end]?.kind === 'word') return null;
    }
    const part = ctx.lex.yearParts.get(run.words[o.used] ?? '');
    if (part && (part === 'quarter' ? o.value <= 4 : o.value <= 2)) {
      return { startTok: i, endTok: run.toks[o.used] + 1, kind: 'ordinal', value: o.value, qualifier: 'exact', form: 'words' };
    }
  }
  const d: Draft = { startTok: i, endTok: run.toks[o.used - 1] + 1, kind: 'ordinal', value: o.value, qualifier: 'exact', form: 'words' };
  if (ranksBySuperlative(ctx, i, d.endTok)) d.rank = true;
  return d;
}

/** English superlatives that rank (`second-largest`, `third most populous`); `-est` alone would take `west`, `interest`. */
const EN_SUPERLATIVE = /^(?:most|least|best|worst|(?:larg|bigg|high|low|great|rich|small|old|busi|long|fast|strong|poor|tall|deep|heavi|clos|cheap|young|wealthi|lat|new|hott|cold|dens|safe|dead|bloodi|wid|holi)est)$/;

/**
 * An ordinal word beside a superlative ranks (`the second largest lender`, `third-biggest`, *terbesar
 * kedua*, *kedua terbesar*): tokens from `start` (the ordinal) to `end` (exclusive).
 */
function ranksBySuperlative(ctx: Ctx, start: number, end: number): boolean {
  const next = ctx.toks[isDash(ctx.toks, end) && !ctx.toks[end].space ? end + 1 : end];
  const after = next?.kind === 'word' ? next.lower : '';
  if (ctx.lang === 'en') return EN_SUPERLATIVE.test(after);
  return ID_SUPERLATIVE.test(after) || ID_SUPERLATIVE.test(word(ctx, start - 1)) || plainAdjectiveRank(ctx, start);
}

/** Adjectives whose plain form ranks before an ordinal, the superlative's *ter-* left out: *tempat suci kedua*, *kota besar ketiga*. */
const ID_RANKING_ADJECTIVES = new Set(['suci', 'besar', 'kaya', 'padat', 'penting', 'populer', 'tinggi', 'luas']);

/**
 * *tempat suci kedua* ("the second holiest site"), *kota besar ketiga* ("the third largest city"): Indonesian
 * ranks with the plain adjective after a noun, as with *tersuci kedua*; the adjective must follow a noun
 * (a word of its own), not open the phrase.
 */
function plainAdjectiveRank(ctx: Ctx, start: number): boolean {
  const adj = word(ctx, start - 1);
  const noun = ctx.toks[start - 2];
  return ID_RANKING_ADJECTIVES.has(adj) && noun?.kind === 'word' && !ID_RANKING_ADJECTIVES.has(noun.lower) && start - 2 >= ctx.floor;
}

// ---------------------------------------------------------------------------------------------
// years

function yearHere(ctx: Ctx, i: number, num: NumRead): boolean {
  const v = num.value;
  const p = prevWord(ctx, i);
  // mid-2024, pre-2020
  if (isDash(ctx.toks, i - 1) && !ctx.toks[i].space && YEAR_PREFIXES.has(word(ctx, i - 2))) return true;
  const nextW = wordAfter(ctx, num.end);
  const nextLower = nextW >= 0 ? ctx.toks[nextW].lower : '';
  // (in a language that capitalises its nouns, the counted thing is a noun: `2000 Menschen`, not *1988 erstmals*)
  const counted =
    nextLower !== '' &&
    (ctx.other && ctx.lex.nounsCapitalised
      ? nextW === num.end && ctx.lex.months.get(nextLower) === undefined && (countedWordOther(ctx, nextW) || adjectiveBeforeNoun(ctx, nextW))
      : knownUnit(nextLower, ctx.lang) || (ctx.lang === 'en' && /[a-z]{3,}s$/.test(nextLower) && !/(ss|us|is)$/.test(nextLower) && nextLower !== 'was' && nextLower !== 'has'));
  if (p.at >= 0 && ctx.lex.yearBefore.has(p.w)) {
    // (a language read by its digits: `en 1863`, `seit 1988`, `im Jahre 1835` whatever follows, not `en 2000 personnes`)
    if (ctx.other) return !counted || ctx.lex.durations.get(p.w) === 'year';
    // English writes counts from 1,000 on with commas: `the 2001 attacks` is a year
    // *bantuan pada 2000 orang* (to 2,000 people) is a count; *Pada 1986 bank merubah namanya* (in 1986 the
    // bank changed its name) is a year: `pada` opens the sentence, or a verb follows the noun
    if (ctx.lang === 'id' && p.w === 'pada' && counted) return v >= 1900 && v <= 2100 && (p.at === 0 || looksIndonesianVerb(word(ctx, nextW + 1)));
    return true;
  }
  if (!counted && yearSpanEnd(ctx, i, v)) return true;
  const q = qualifierBefore(ctx, i);
  // `serving 10 million poor people up to 2005`: English writes a count of thousands with a comma, so four plain digits
  // 1900–2100 after `up to` and before nothing counted are the year the span ends in
  if (q && q.qualifier === 'up-to' && ctx.lang === 'en' && !counted && num.plain && v >= 1900 && v <= 2100 && word(ctx, q.start) === 'up' && !currencyWordAt(ctx, num.end)) return true;
  if (q || currencyPrefixAt(ctx, i - 1)) return false;
  // *menyimpan 1904 karung beras* (holds 1,904 sacks of rice): the object of an active verb, a noun right after it,
  // counts that noun (*memasuki 2008, …*, *meninggal 1904 di …*: a year)
  if (ctx.lang === 'id' && p.at === i - 1 && /^me(?:m|n|ng|ny)?[a-z]/.test(p.w) && p.w.length >= 6 && nextW === num.end && !ID_FUNCTION_WORDS.has(nextLower) && !looksIndonesianVerb(nextLower) && !/^[A-Z]/.test(ctx.toks[nextW].raw)) return false;
  if (percentAt(ctx, num.end) || scaleAfterDigits(ctx, num.end, undefined) || durationAt(ctx, num.end) || timesAt(ctx, num.end) !== null) return false;
  // `the Paris 2024 Olympics`, `the Euro 2024 Finals`: a year in the name of an event (a name before it, a capitalised noun after)
  if (counted && ctx.lang === 'en' && v >= 1900 && v <= 2100 && p.at === i - 1 && /^\p{Lu}\p{Ll}/u.test(ctx.toks[i - 1].raw) && nextW === num.end && /^\p{Lu}/u.test(ctx.toks[nextW].raw)) return true;
  if (counted) return false;
  return v >= 1900 && v <= 2100;
}

/**
 * `since 1991 up to 1997`, *dari 1991 sampai dengan 1997*, `2001 up to 2005`: a number 1900–2100 after a
 * bound word (`up to`, *hingga*) that itself follows an earlier year (with `year`/*tahun* between at most)
 * and counts nothing ends a span of years: it is a year, not an amount bounded by `up to`.
 */
function yearSpanEnd(ctx: Ctx, i: number, v: number): boolean {
  if (v < 1900 || v > 2100) return false;
  const q = qualifierBefore(ctx, i);
  if (!q || q.qualifier !== 'up-to') return false;
  let j = q.start - 1;
  if (word(ctx, j) === 'tahun' || word(ctx, j) === 'year') j--;
  const y = ctx.toks[j];
  if (!y || y.kind !== 'num' || yearToken(y) === null || !/^(?:19|20)\d\d$/.test(y.raw)) return false;
  // a later year, within a lifetime: `in 2005 up to 2000 …` bounds an amount
  const from = Number(y.raw);
  return v > from && v - from <= 50;
}

// ---------------------------------------------------------------------------------------------
// the scan

function dateDraft(m: DateMatch, ctx?: Ctx): Draft {
  const d: Draft = { startTok: m.startTok, endTok: m.endTok, kind: m.kind, value: m.value, qualifier: 'exact' };
  if (m.ambiguous) {
    d.ambiguous = true;
    d.alternatives = m.alternatives;
  }
  if (ctx && m.kind === 'date' && /^--/.test(m.value) && relativeYearAround(ctx, m.startTok, m.endTok)) d.relativeYear = true;
  if (ctx && (m.kind === 'date' || m.kind === 'time')) approximateDate(ctx, d);
  if (ctx && m.kind === 'date' && namedAttackDate(ctx, m)) {
    d.value = '2001-09-11';
    delete d.ambiguous;
    delete d.alternatives;
  }
  return d;
}

/** Indonesian words before `9/11` that make it the attacks' name (*serangan 9/11*), not 9 November. */
const ID_EVENT_BEFORE = new Set(['serangan', 'peristiwa', 'tragedi', 'pasca', 'insiden', 'teror', 'aksi']);

/**
 * `9/11`, `the 9/11 attacks`, *serangan 9/11*: the name of the attacks of September 11, 2001, which
 * states that full date (an English `9/11` always, unless a weekday stands before it; an Indonesian
 * one only after a word for the event, as *Senin (9/11)* is 9 November).
 */
function namedAttackDate(ctx: Ctx, m: DateMatch): boolean {
  if (!attackNameAt(ctx, m.startTok)) return false;
  const prev = prevWord(ctx, m.startTok, true).w;
  if (ctx.lang === 'en') return !ctx.lex.weekdays.has(prev);
  // after a word for the event, one typed with a slip (*peritiwa 9/11*), or beside another `9/11` that is the attacks
  if (eventWordBefore(ctx, m.startTok)) return true;
  if (ctx.lex.weekdays.has(prev)) return false;
  for (let k = 0; k < ctx.toks.length; k++) if (k !== m.startTok && attackNameAt(ctx, k) && eventWordBefore(ctx, k)) return true;
  return false;
}

/** True when `9/11` is written from token `k`, standing alone (no digit or slash glued either side). */
function attackNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks;
  if (t[k]?.raw !== '9' || !isSym(t, k + 1, '/') || t[k + 2]?.raw !== '11' || t[k + 1].space || t[k + 2].space) return false;
  return !(t[k + 3] && !t[k + 3].space && (t[k + 3].kind === 'num' || t[k + 3].raw === '/')) && !(k > 0 && !t[k].space && t[k - 1].raw === '/');
}

/** True when the word before token `k` names an event (*serangan*, *peristiwa*), or is a long one of them typed with one slip. */
function eventWordBefore(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k - 1);
  return ID_EVENT_BEFORE.has(w) || (w.length >= 7 && [...ID_EVENT_BEFORE].some((e) => e.length >= 7 && oneSlip(w, e)));
}

/** Hedges that make a date or a clock time approximate (`sekitar tanggal 15 Agustus`, `around 7 am`); not bounds (`hingga`, `until`). */
const DATE_HEDGES = new Set(['sekitar', 'sekira', 'kira-kira', 'kurang lebih', 'around', 'about', 'approximately', 'roughly']);

/** Words between a hedge and what it hedges: *tanggal* before a day, *pukul* / *jam* before a clock time. */
const HEDGED_LABELS: Record<'date' | 'time', ReadonlySet<string>> = { date: new Set(['tanggal', 'tgl']), time: new Set(['pukul', 'jam', 'pk']) };

/**
 * `sekitar tanggal 15 Agustus`, `sekitar 15 Agustus`, `around August 15`, *sekitar pukul 07.00*, `at about 7
 * am`: a hedge right before a date or a clock time (with *tanggal*, *pukul* or *jam* between at most) makes it
 * approximate: the draft takes the hedge and qualifier `about`.
 */
function approximateDate(ctx: Ctx, d: Draft): void {
  let at = d.startTok;
  if ((d.kind === 'date' || d.kind === 'time') && HEDGED_LABELS[d.kind].has(word(ctx, at - 1))) at--;
  if (at <= ctx.floor) return;
  const q = qualifierBefore(ctx, at);
  // the hedge right before, nothing between (`kira-kira` is three tokens)
  const between = ctx.toks.slice(q?.start ?? at, at).map((t) => t.raw.toLowerCase()).join('');
  if (!q || q.qualifier !== 'about' || !DATE_HEDGES.has(q.phrase) || between !== q.phrase.replace(/\s+/g, '')) return;
  d.startTok = q.start;
  d.qualifier = 'about';
}

/**
 * True when a date without a year has its year said in words beside it: after it (`May this year`,
 * `June 4 last year`, `Mei tahun lalu`, `4 Juni tahun depan`, *Desember mendatang*, `(of) the same year`) or before it
 * (`last July 31`, `next March`).
 */
function relativeYearAround(ctx: Ctx, startTok: number, endTok: number): boolean {
  let k = endTok;
  if (isSym(ctx.toks, k, ',')) k++;
  if (word(ctx, k) === 'of') k++;
  const w1 = word(ctx, k);
  const w2 = word(ctx, k + 1);
  if (ctx.lex.relativeYearAfter.has(`${w1} ${w2}`) || ctx.lex.relativeYearAfter.has(w1) || (w1 === 'the' && w2 === 'same' && word(ctx, k + 2) === 'year')) return true;
  return ctx.lex.relativeYearBefore.has(word(ctx, startTok - 1));
}

/**
 * `Obligasi II/2007`, `bond IV/2008`: a name, a Roman numeral and a year glued by a slash name a series
 * (of bonds, of a programme), and so does the issuer's code between the numeral and the year (`Obligasi I
 * ABCD/2003`, "bonds III XYZ/2006"): the numeral is no figure, the year is the year of the issue (a date,
 * as the real-figures guideline labels it and *Obligasi II Tahun 2007* reads). After a part of a year
 * (`semester II/2007`, `kuartal III/2006`) the same form is a period of that year and stays one.
 */
function seriesYear(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  if (!/^(?:19|20)\d\d$/.test(toks[i].raw) || toks[i].space || !isSym(toks, i - 1, '/') || toks[i - 1].space) return false;
  // an issuer's code (upper case, two letters or more) glued before the slash, after the numeral
  const code = toks[i - 2]?.kind === 'word' && /^[A-Z]{2,}$/.test(toks[i - 2].raw) && !/^[IVX]+$/.test(toks[i - 2].raw) && /^[IVX]{1,4}$/.test(toks[i - 3]?.raw ?? '') ? 1 : 0;
  const roman = toks[i - 2 - code];
  const name = toks[i - 3 - code];
  if (!roman || roman.kind !== 'word' || !/^[IVX]{1,4}$/.test(roman.raw) || !roman.space) return false;
  if (!name || name.kind !== 'word') return false;
  return !INDONESIAN.yearParts.has(name.lower) && !ENGLISH.yearParts.has(name.lower);
}

const OPEN_QUOTES = new Set(["'", '"', '“', '‘', '«']);
const CLOSE_QUOTES = new Set(["'", '"', '”', '’', '»']);
/** Small words a quoted title may hold between its capitalised words (`Festival of Lights`, *Pekan Raya dan Pameran*). */
const TITLE_JOINERS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'dan', 'untuk', 'di', 'ke', '&']);

/**
 * `'Banking Efficiency Award 2007'`, *"Pekan Raya Jakarta 2008"*: a year that closes a quoted title of
 * capitalised words is part of the title's name, not a date the text states (a translation that drops the
 * name drops no figure). A quotation of speech (lower-case words) keeps its years.
 */
function titleYear(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  if (!/^(?:19|20)\d\d$/.test(toks[i].raw) || !(toks[i + 1]?.kind === 'sym' && CLOSE_QUOTES.has(toks[i + 1].raw) && !toks[i + 1].space)) return false;
  let capitals = 0;
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const t = toks[j];
    if (t.kind === 'sym' && OPEN_QUOTES.has(t.raw)) return capitals >= 2 && j < i - 1;
    if (t.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(t.raw)) capitals++;
    else if (!TITLE_JOINERS.has(t.lower)) return false;
  }
  return false;
}

function atNumber(ctx: Ctx, i: number): Step | null {
  const toks = ctx.toks;
  const t = toks[i];
  // military-style times before a zone (0500 GMT), then identifiers
  if (t.raw.length === 4 && toks[i + 1]?.kind === 'word') {
    const mt = timeAtNumber(toks, i, ctx.lex, false);
    if (mt) return { drafts: [dateDraft(mt, ctx)], next: mt.endTok };
  }
  // the 1970s, *tahun 1980-an*: a decade (before identifiers read the glued letters)
  const decade = decadeAt(ctx, i);
  if (decade) return { drafts: [decade], next: decade.endTok };
  // 1992-93, 2001-03: a span of years (before identifiers and dates read the dash pair otherwise)
  const short = shortYearRange(ctx, i);
  if (short) return { drafts: [short], next: short.endTok };
  const code = yearPartCodeAt(ctx, i);
  if (code) return { drafts: [code], next: code.endTok };
  // *H-7 Lebaran*, *H+3*: so many days before (after) a holiday, as "seven days before Lebaran" reads
  const hDay = holidayDayAt(ctx, i);
  if (hDay) return { drafts: [hDay], next: hDay.endTok };
  const quote = bareQuotePairAt(ctx, i);
  if (quote) return { drafts: quote, next: quote[1].endTok };
  // *ujarnya.0*, `he said.0`: one digit glued after the full stop that ends a word and the text is debris, no figure
  if (strayDigitAtEnd(toks, i)) return { drafts: [], next: i + 1 };
  const worldRank = worldRankAt(ctx, i);
  if (worldRank) return { drafts: [worldRank], next: worldRank.endTok };
  // (`11-1/2 years`: a mixed number hyphen-glued, no code)
  const mixed = isDash(toks, i + 1) && fractionAfterWhole(ctx, i) !== null;
  const idEnd = mixed ? null : identifierAt(toks, i, ctx.text, ctx.lex);
  if (idEnd !== null) return { drafts: [], next: Math.max(idEnd, i + 1) };
  // (the year of a series, `Obligasi II/2007`, dates the issue: the year alone, the numeral names the series)
  if (seriesYear(ctx, i)) return { drafts: [dateDraft({ kind: 'date', value: t.raw, startTok: i, endTok: i + 1 }, ctx)], next: i + 1 };
  if (titleYear(ctx, i)) return { drafts: [], next: i + 1 };
  // dates
  const pw = prevWord(ctx, i, true);
  const dateContext = pw.at >= 0 && (ctx.lex.weekdays.has(pw.w) || pw.w === 'tanggal' || pw.w === 'tgl' || pw.w === 'on' || pw.w === 'date');
  const dm = mixed ? null : dateAtNumber(toks, i, ctx.lex, ctx.lang, dateContext, ctx.dayFirst, ctx.dateOrderKnown);
  if (dm === 'skip') return { drafts: [], next: Math.max(chainEnd(toks, i), i + 1) };
  if (dm && dm !== 'fraction') return { drafts: [dateDraft(dm, ctx)], next: dm.endTok };
  // day ranges in one month: 5-7 September 2023, 20 hingga 22 April → two dates; and two days of one
  // month listed (12 dan 13 Mei, 12 and 13 May: the first day takes the month too)
  // (in the languages that write a day with a full stop: `9. und 10. September`, `28./29. September`; and `les 9/10 septembre`)
  const j = ctx.lex.dayDot && isSym(toks, i + 1, '.') && !toks[i + 1].space ? i + 2 : i + 1;
  const listed = ctx.lex.listJoiners.has(word(ctx, j));
  const joined = isDash(toks, j) || ctx.lex.rangeTo.has(word(ctx, j)) || listed || (ctx.other && isSym(toks, j, '/'));
  // (each day with its weekday: *Selasa, 16 dan Rabu, 17 Juli 2024*)
  let n2 = j + 1;
  if (listed && (pw.at >= 0 && ctx.lex.weekdays.has(pw.w)) && ctx.lex.weekdays.has(word(ctx, n2))) n2 += isSym(toks, n2 + 1, ',') ? 2 : 1;
  if (/^\d{1,2}$/.test(t.raw) && joined && /^\d{1,2}$/.test(toks[n2]?.raw ?? '') && toks[n2].kind === 'num') {
    const second = dateAtNumber(toks, n2, ctx.lex, ctx.lang, false, ctx.dayFirst, ctx.dateOrderKnown);
    // (the month named after the second day, or written with it in digits: `từ ngày 10 đến 14/11`)
    if (
      second &&
      typeof second === 'object' &&
      second.kind === 'date' &&
      (toks[n2 + 1]?.kind === 'word' || (!!ctx.lex.dayDot && isSym(toks, n2 + 1, '.') && toks[n2 + 2]?.kind === 'word') || (second.endTok >= n2 + 3 && /-\d\d-\d\d$/.test(second.value)))
    ) {
      const d1 = Number(t.raw);
      const tail = second.value.slice(0, -2);
      if (d1 >= 1 && d1 < Number(toks[n2].raw)) {
        const first: DateMatch = { kind: 'date', value: tail + (d1 < 10 ? '0' + d1 : String(d1)), startTok: i, endTok: j === i + 2 ? i + 2 : i + 1 };
        return { drafts: [dateDraft(first, ctx), dateDraft(second, ctx)], next: second.endTok };
      }
    }
  }
  // scores and results: 2-0, 3-1, 6 berbanding 3 (compared whole by the drift engine: see scores.ts)
  // (a colon pair only in the languages read by their digits, where `2:1` is how a score is written; in Indonesian
  // and English text it is as often a ratio whose numbers the other version states apart: `1:3` ↔ "one in three")
  const score = mixed ? null : scoreEndAt(toks, i, ctx.other);
  if (score !== null) return { drafts: [], next: score };
  const dg = dashGroupsAt(toks, i);
  if (dg !== null) return { drafts: [], next: dg };
  // clock times
  const pwt = prevWord(ctx, i);
  // (a word of `clockBeforeMinutes` only before hours with their minutes: `alle 14.30` is a time, `alle 10 regioni` a count)
  const withMinutes = /^\d{1,2}[.:]\d{2}$/.test(t.raw) || (/^\d{1,2}$/.test(t.raw) && isSym(toks, i + 1, ':') && /^\d{2}$/.test(toks[i + 2]?.raw ?? ''));
  // (a part of the day before the hour, or before its word of the hour: `sabah 9'da`, `akşam saat 8'de`)
  const ppw = ctx.lex.dayPartsBefore && pwt.at >= 0 ? (ctx.lex.clockBefore.has(pwt.w) ? prevWord(ctx, pwt.at) : pwt) : undefined;
  // (right before a bare hour, only with the case ending the hour takes, `9'da`: `sabah 9 kişi` is nine people)
  const ending = ppw === pwt ? /^['’]$/.test(toks[i + 1]?.raw ?? '') && !toks[i + 1].space : true;
  const partBefore = ppw && ppw.at >= 0 && (ending || withMinutes) ? ctx.lex.dayPartsBefore?.get(ppw.w) : undefined;
  // (or a bare hour of the day's second half at a clause's end or before `and`: `alle 21 ed è durata`, `às 21.`; not `alle 21 regioni`)
  const nt = toks[i + 1];
  const bareEvening =
    !!ctx.lex.clockBeforeLateHour?.has(pwt.w) &&
    /^\d{1,2}$/.test(t.raw) &&
    Number(t.raw) >= 13 &&
    Number(t.raw) <= 23 &&
    (!nt || (nt.kind === 'sym' ? /^[.,;!?)]$/.test(nt.raw) : ctx.lex.listJoiners.has(nt.lower) || !!ctx.lex.clockBeforeMinutes?.has(nt.lower)));
  const clock =
    pwt.at >= 0 &&
    (ctx.lex.clockBefore.has(pwt.w) || partBefore !== undefined || bareEvening || (withMinutes && !!ctx.lex.clockBeforeMinutes?.has(pwt.w))) &&
    !(pwt.w === 'jam' && toks[pwt.at - 1]?.kind === 'num');
  const tm = timeAtNumber(toks, i, ctx.lex, clock);
  if (tm && partBefore && ppw) {
    const [h, m] = tm.value.split(':').map(Number);
    if (h >= 1 && h <= 12) {
      tm.value = clockValue(applyDayPart(h, partBefore), m);
      tm.startTok = ppw.at;
    }
  }
  if (tm) {
    const drafts = [dateDraft(tm, ctx)];
    let next = tm.endTok;
    // a time range: 10.00-12.00 WIB, 14:00 to 16:00
    const sep = toks[next];
    if (sep && (isDash(toks, next) || sep.lower === 'hingga' || sep.lower === 'sampai' || sep.lower === 'to') && toks[next + 1]?.kind === 'num') {
      const tm2 = timeAtNumber(toks, next + 1, ctx.lex, true);
      if (tm2 && (/[.:]/.test(toks[next + 1].raw) || isSym(toks, next + 2, ':'))) {
        drafts.push(dateDraft(tm2));
        next = tm2.endTok;
      }
    }
    // a list of clock times after one clock word: *pukul 17.00, 19.30, dan 22.00 WIB* (each written with its minutes)
    if (clock && drafts.length === 1) {
      for (;;) {
        let k = next;
        if (isSym(toks, k, ',')) k++;
        if (ctx.lex.listJoiners.has(word(ctx, k))) k++;
        if (k === next || toks[k]?.kind !== 'num' || !/^\d{1,2}[.:]\d{2}$|^\d{1,2}$/.test(toks[k].raw) || (!/[.:]/.test(toks[k].raw) && !isSym(toks, k + 1, ':'))) break;
        const more = timeAtNumber(toks, k, ctx.lex, true);
        if (!more) break;
        drafts.push(dateDraft(more));
        next = more.endTok;
      }
    }
    return { drafts, next };
  }
  // a clock time written hh.mm before a dash and a zoned time: 10.00-12.00 WIB
  if (/^\d{1,2}\.\d{2}$/.test(t.raw) && isDash(toks, i + 1) && toks[i + 2]?.kind === 'num') {
    const tm2 = timeAtNumber(toks, i + 2, ctx.lex, false);
    if (tm2) {
      const tm1 = timeAtNumber(toks, i, ctx.lex, true);
      if (tm1) return { drafts: [dateDraft({ ...tm1, endTok: i + 1 }), dateDraft(tm2)], next: tm2.endTok };
    }
  }
  const nx = toks[i + 1];
  // ordinals written with digits: 2nd, 21st (in the name of a military unit, `the 101st Airborne Division`, none)
  if (isOrdinalSuffix(nx, ctx.lex) && /^\d+$/.test(t.raw)) {
    if (militaryUnitName(ctx, i + 2)) return { drafts: [], next: i + 2 };
    return { drafts: [{ startTok: i, endTok: i + 2, kind: 'ordinal', value: Number(t.raw), qualifier: 'exact', form: 'digits' }], next: i + 2 };
  }
  // `im 10. Schwierigkeitsgrad`: digits and a full stop before a word, in the languages that write ordinals so
  // (not before a word that opens a sentence: `Stand 7. Er kam`)
  if (ctx.lex.dayDot && /^\d{1,3}$/.test(t.raw) && isSym(toks, i + 1, '.') && !toks[i + 1].space && toks[i + 2]?.kind === 'word' && toks[i + 2].space && !ctx.lex.functionWords?.has(toks[i + 2].lower)) {
    return { drafts: [{ startTok: i, endTok: i + 2, kind: 'ordinal', value: Number(t.raw), qualifier: 'exact', form: 'digits' }], next: i + 2 };
  }
  // decades and codes glued by a hyphen: 1990-an, 19-an (but `50-an orang`, fifty-odd, is an approximate count)
  if (isDash(toks, i + 1) && !toks[i + 1].space && toks[i + 2]?.kind === 'word' && !toks[i + 2].space && toks[i + 2].lower === 'an' && approxSuffixAt(ctx, i + 1) === null) {
    return { drafts: [], next: i + 3 };
  }
  // tanggal 17 → day of month
  if ((pw.w === 'tanggal' || pw.w === 'tgl') && /^\d{1,2}$/.test(t.raw) && Number(t.raw) >= 1 && Number(t.raw) <= 31) {
    return { drafts: [{ startTok: i, endTok: i + 1, kind: 'date', value: isoDate(undefined, undefined, Number(t.raw)), qualifier: 'exact' }], next: i + 1 };
  }
  // years
  if (yearToken(t) !== null) {
    const num = numberAt(ctx, i);
    if (num && num.plain) {
      // between 1983 and 2006, antara 2001 dan 2003: the opener's joiner makes a range of years
      const opener = prevWord(ctx, i);
      const and = opener.at >= ctx.floor ? ctx.lex.rangeAnd.get(opener.w) ?? null : null;
      const rg = rangeTail(ctx, num.end, and, num, undefined);
      const yearRange = rg && yearToken(toks[rg.second.start]) !== null && rg.second.plain;
      if (!yearRange && yearHere(ctx, i, num)) {
        return { drafts: [{ startTok: i, endTok: i + 1, kind: 'date', value: t.raw, qualifier: 'exact' }], next: i + 1 };
      }
    }
  }
  const q = quantityAt(ctx, i);
  if (q) return { drafts: [q], next: q.endTok };
  // a number nothing could read (1.2.3, 5G …): skip its glued chain
  return { drafts: [], next: Math.max(chainEnd(toks, i), i + 1) };
}

/**
 * `the 1970s`, `the 1990's`, *tahun 1980-an*, *1990an*: a decade, the range of its ten years (`1970..1979`);
 * early, mid or late do not narrow it (real-figures guideline D7).
 */
function decadeAt(ctx: Ctx, i: number): Draft | null {
  const y = yearToken(ctx.toks[i]) ?? shortDecade(ctx, i);
  if (y === null || y % 10 !== 0 || y < 1000 || y > 2090) return null;
  let k = i + 1;
  const glued = (j: number) => !!ctx.toks[j] && !ctx.toks[j].space;
  if (ctx.lang === 'id' && glued(k) && isDash(ctx.toks, k)) k++;
  if (ctx.lang === 'en' && glued(k) && isSym(ctx.toks, k, "'")) k++;
  const suffix = ctx.toks[k];
  if (!suffix || !glued(k) || suffix.kind !== 'word' || suffix.lower !== (ctx.lang === 'id' ? 'an' : 's')) return null;
  if (ctx.toks[k + 1] && glued(k + 1) && (ctx.toks[k + 1].kind === 'word' || ctx.toks[k + 1].kind === 'num')) return null;
  return { startTok: i, endTok: k + 1, kind: 'range', value: `${y}..${y + 9}`, low: y, high: y + 9, qualifier: 'exact', form: 'digits' };
}

/**
 * `the 80s`, `'80s`, *tahun 80-an* (at the two digits): the decade in the century of a decade written just before
 * (`the 1970s and 80s`), else, after *tahun*, *era* or *dekade*, in the 1900s from the 20s on; undefined otherwise.
 */
function shortDecade(ctx: Ctx, i: number): number | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'num' || !/^\d0$/.test(t.raw)) return null;
  const n = Number(t.raw);
  // (only a decade of its own: `the 1970s and 80s`; not any year, `in 2007 … in their 50s`)
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const y = yearToken(ctx.toks[k]);
    if (y !== null && y % 10 === 0 && ctx.toks[k + 1] && !ctx.toks[k + 1].space && /^(?:s|an|-|'|’)$/i.test(ctx.toks[k + 1].raw)) return y - (y % 100) + n;
  }
  // (without a year, only after a word naming an era: *tahun 80-an*, *era 80-an*, *dekade 90-an*; never an age
  // or a temperature, `in his 50s`, `in her mid-30s`, `in the 30s all week`)
  let k = i - 1;
  if (isSym(ctx.toks, k, "'")) k--;
  if (isDash(ctx.toks, k) && !ctx.toks[k + 1].space) k--;
  return n >= 20 && DECADE_BEFORE.has(word(ctx, k)) ? 1900 + n : null;
}
const DECADE_BEFORE = new Set(['tahun', 'era', 'dekade', 'dasawarsa']);

/** Words before a span of years of an earlier century (`in 1825-30`). */
const YEAR_SPAN_BEFORE = new Set(['in', 'from', 'during', 'between', 'tahun', 'pada', 'periode', 'era', 'masa', 'sejak']);

/**
 * `1975-90`, `2001-03`, `1998-02`: a span of years whose second year is written with its last two
 * digits (a dash, no spaces): the range `1975..1990`, as *1975-1990* reads. The second year must come
 * after the first, within a decade or two across a century (`1998-02`), and nothing may follow glued.
 */
function shortYearRange(ctx: Ctx, i: number): Draft | null {
  const y1 = yearToken(ctx.toks[i]);
  const dash = ctx.toks[i + 1];
  const two = ctx.toks[i + 2];
  // (an earlier century's span in brackets or after a word of time: `The Java War (1825-30)`, `in 1825-30`)
  const older = isSym(ctx.toks, i - 1, '(') || YEAR_SPAN_BEFORE.has(word(ctx, i - 1));
  if (y1 === null || y1 < (older ? 1500 : 1900) || y1 > 2100 || !dash || dash.space) return null;
  if (!two || two.kind !== 'num' || two.space) return null;
  // 2024/2025, 2024/25: a school, fiscal or sports year spanning two calendar years
  if (isSym(ctx.toks, i + 1, '/')) {
    const next = /^\d\d$/.test(two.raw) ? Number(two.raw) === (y1 + 1) % 100 : yearToken(two) === y1 + 1;
    const glued = ctx.toks[i + 3] && !ctx.toks[i + 3].space && (ctx.toks[i + 3].kind === 'num' || isSym(ctx.toks, i + 3, '/'));
    return next && !glued ? { startTok: i, endTok: i + 3, kind: 'range', value: `${y1}..${y1 + 1}`, low: y1, high: y1 + 1, qualifier: 'exact', form: 'digits' } : null;
  }
  if (!isDash(ctx.toks, i + 1) || !/^\d\d$/.test(two.raw)) return null;
  const after = ctx.toks[i + 3];
  const gluedNum = (k: number) => ctx.toks[k]?.kind === 'num' && !ctx.toks[k].space;
  if (after && !after.space && (after.kind === 'num' || isDash(ctx.toks, i + 3) || isSym(ctx.toks, i + 3, '/') || ((isSym(ctx.toks, i + 3, '.') || isSym(ctx.toks, i + 3, ',')) && gluedNum(i + 4)))) return null;
  const century = y1 - (y1 % 100);
  let y2 = century + Number(two.raw);
  if (y2 <= y1) y2 += 100;
  // (within two decades; in brackets, a life, a reign or a war of any length: `(1803-37)`, `(1945-98)`)
  if (y2 - y1 > (isSym(ctx.toks, i - 1, '(') ? 99 : 20)) return null;
  return { startTok: i, endTok: i + 3, kind: 'range', value: `${y1}..${y2}`, low: y1, high: y2, qualifier: 'exact', form: 'digits' };
}

/** After `double`/`triple` as a verb or multiplier: `double the`, `triple in five years`. */
const MULT_NEXT_OK = new Set(['the', 'that', 'its', 'their', 'his', 'her', 'in', 'from', 'to', 'since', 'over', 'last', 'this', 'what', 'and', 'or', 'by', 'compared', 'than', 'within', 'between', 'during', 'again', 'it', 'them', 'production', 'output']);
const MULT_PREV_OK = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'nearly', 'almost', 'more', 'roughly', 'about', 'expected', 'set', 'likely', 'than', 'could', 'did', 'would']);

const DOUBLE_EXCLUDE = new Set(['standard', 'standards', 'agent', 'agents', 'check', 'digit', 'digits', 'decker', 'bed', 'beds', 'room', 'rooms', 'life', 'lives', 'tap', 'play', 'click', 'whammy', 'entendre', 'game', 'games', 'bass', 'murder', 'trouble', 'crown', 'jeopardy', 'dip', 'take', 'talk']);

/** A month name followed by a joiner and another month (`Maret hingga Mei`, `March to May`): its date. */
function monthSpanStart(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  const m = ctx.lex.months.get(t.lower);
  if (m === undefined || (ctx.lex.monthsNeedCapital && !isCapital(t.raw))) return null;
  let k = i + 1;
  if (isDash(ctx.toks, k) || monthSlash(ctx, k) || ctx.lex.monthJoiners.has(word(ctx, k))) k++;
  else return null;
  if (word(ctx, k) === 'dengan') k++; // sampai dengan
  const n = ctx.toks[k];
  if (!n || n.kind !== 'word' || !ctx.lex.months.has(n.lower) || (ctx.lex.monthsNeedCapital && !isCapital(n.raw))) return null;
  return { startTok: i, endTok: i + 1, kind: 'date', value: isoDate(undefined, m, undefined), qualifier: 'exact' };
}

/** The closing month of a span whose opening month was read (`Januari–Agustus`): its date. */
function monthSpanEnd(ctx: Ctx, i: number): Draft | null {
  const t = ctx.toks[i];
  const m = ctx.lex.months.get(t.lower);
  if (m === undefined || (ctx.lex.monthsNeedCapital && !isCapital(t.raw))) return null;
  let k = i - 1;
  if (word(ctx, k) === 'dengan') k--;
  if (!(isDash(ctx.toks, k) || monthSlash(ctx, k) || ctx.lex.monthJoiners.has(word(ctx, k)))) return null;
  return monthSpanStart(ctx, k - 1) ? { startTok: i, endTok: i + 1, kind: 'date', value: isoDate(undefined, m, undefined), qualifier: 'exact' } : null;
}

/** A slash glued between two month names (`July/August`, *Juli/Agustus*). */
function monthSlash(ctx: Ctx, k: number): boolean {
  return isSym(ctx.toks, k, '/') && !ctx.toks[k].space && !ctx.toks[k + 1]?.space;
}

/** `November's inflation`: an English month name with a possessive is the month (no other word makes it a date). */
function possessiveMonth(ctx: Ctx, i: number): Draft | null {
  if (ctx.lang !== 'en') return null;
  const t = ctx.toks[i];
  const m = ctx.lex.months.get(t.lower);
  // `May's` is as often a person's (Theresa May's)
  if (m === undefined || !isCapital(t.raw) || t.lower === 'may') return null;
  if (!possessiveAt(ctx.toks, i + 1)) return null;
  return { startTok: i, endTok: i + 1, kind: 'date', value: isoDate(undefined, m, undefined), qualifier: 'exact' };
}

/** Words joining two days of one month after the month is named (`August 23 to 25`, `April 10-11`). */
const DAY_JOINERS = new Set(['to', 'through', 'till', 'until', 'and', 'hingga', 'sampai', 'dan']);

/** A dash glued on both sides, or a joining word (`to`, `and`, `hingga`) at k. */
function dayJoinerAt(ctx: Ctx, k: number): boolean {
  if (isDash(ctx.toks, k)) return !ctx.toks[k].space === !ctx.toks[k + 1]?.space;
  return DAY_JOINERS.has(word(ctx, k)) && ctx.toks[k].kind === 'word';
}

/** After the second day: a month name (`23 to 25 September` is two months), a unit or a digit group: no day range. */
function dayRangeGoesOn(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t) return false;
  if (t.kind === 'word') return ctx.lex.months.has(t.lower) || ctx.lex.monthAbbrevs.has(t.lower) || knownUnit(t.lower, ctx.lang) || percentAt(ctx, k) !== null;
  return isSym(ctx.toks, k, ',') && !ctx.toks[k + 1]?.space && ctx.toks[k + 1]?.kind === 'num';
}

/**
 * The second side of a quote written short, by its last digits only (`Rp9.117/133` is 9,117 and 9,133):
 * the first side's leading digits completed by the tail, the completion nearest the first side. Null
 * when `raw` is no bare digit run shorter than the first side's whole number.
 */
function shortQuoteEnd(first: number | null, raw: string): number | null {
  if (first === null || !Number.isInteger(first) || !/^\d{1,3}$/.test(raw)) return null;
  const width = String(first).length;
  if (raw.length >= width) return null;
  const step = 10 ** raw.length;
  const base = first - (first % step) + Number(raw);
  const candidates = [base - step, base, base + step].filter((v) => v > 0);
  return candidates.reduce((best, v) => (Math.abs(v - first) < Math.abs(best - first) ? v : best));
}

/**
 * A buying/selling quote after a currency sign (`Rp9.405/9.415`, `Rp9,405/9,415`): two amounts of
 * that currency, read the way amounts of it are read (rupiah have no thousandths).
 */
function quotePairAt(ctx: Ctx, i: number): Draft[] | null {
  const cp = currencyPrefixAt(ctx, i);
  if (!cp) return null;
  const j = cp.end;
  const t1 = ctx.toks[j];
  const t2 = ctx.toks[j + 2];
  if (t1?.kind !== 'num' || !isSym(ctx.toks, j + 1, '/') || ctx.toks[j + 1].space || t2?.kind !== 'num' || t2.space) return null;
  if (ctx.toks[j + 3] && !ctx.toks[j + 3].space && ctx.toks[j + 3].kind !== 'sym') return null;
  const read = (raw: string): number | null => {
    const r = parseDigits(raw, cp.code === 'IDR' ? 'id' : ctx.decimal);
    if (!r) return null;
    // `Rp9,405` in English: the grouped reading
    return r.ambiguous && cp.code === 'IDR' && r.alternatives?.length ? Math.max(r.value, Number(r.alternatives[0])) : r.value;
  };
  const a = read(t1.raw);
  const b = shortQuoteEnd(a, t2.raw) ?? read(t2.raw);
  // a quote's two sides are close to each other (within a tenth)
  if (a === null || b === null || a <= 0 || b <= 0 || Math.abs(a - b) > 0.1 * Math.max(a, b)) return null;
  const money = (startTok: number, endTok: number, value: number): Draft => ({ startTok, endTok, kind: 'money', value, qualifier: 'exact', currency: cp.code, form: 'digits' });
  const first = money(i, j + 1, a);
  applyQualifier(ctx, first);
  return [first, money(j + 2, j + 3, b)];
}

/** A number written with a thousands group (`8,975`, `9.028`): the shape of a quoted price. */
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * A buying/selling quote without its currency sign (`8,975/8,980 per US dollar`, a translation that
 * leaves the rupiah to the reader): two grouped numbers glued by a slash, within a tenth of each other
 * (a date or a fraction has no thousands group), read as two quantities.
 */
function bareQuotePairAt(ctx: Ctx, i: number): Draft[] | null {
  const t1 = ctx.toks[i];
  const t2 = ctx.toks[i + 2];
  if (!GROUPED.test(t1.raw) || !isSym(ctx.toks, i + 1, '/') || ctx.toks[i + 1].space || t2?.kind !== 'num' || t2.space || !GROUPED.test(t2.raw)) return null;
  if (ctx.toks[i + 3] && !ctx.toks[i + 3].space && ctx.toks[i + 3].kind !== 'sym') return null;
  const a = parseDigits(t1.raw, ctx.decimal);
  const b = parseDigits(t2.raw, ctx.decimal);
  if (!a || !b || a.value <= 0 || b.value <= 0 || Math.abs(a.value - b.value) > 0.1 * Math.max(a.value, b.value)) return null;
  const count = (startTok: number, value: number, ambiguous: boolean): Draft => ({ startTok, endTok: startTok + 1, kind: 'count', value, qualifier: 'exact', form: 'digits', ...(ambiguous ? { ambiguous: true } : {}) });
  return [count(i, a.value, a.ambiguous), count(i + 2, b.value, b.ambiguous)];
}

/** Words for how many digits a number has, before `digit(s)`: `double-digit` growth is 10–99 percent. */
const DIGIT_COUNT_WORDS = new Map([
  ['double', 10],
  ['triple', 100],
  ['dua', 10],
  ['tiga', 100],
  ['two', 10],
  ['three', 100],
]);

/** Words of growth or rate before *dua angka* that make it "double digits", not "two figures". */
const GROWTH_BEFORE_DIGITS = new Set(['tumbuh', 'pertumbuhan', 'inflasi', 'naik', 'kenaikan', 'meningkat', 'peningkatan', 'bunga', 'laju']);

/** Words before `two digits` that pick which digits of a number (`the last two digits`), not its size. */
const WHICH_DIGITS_BEFORE = new Set(['first', 'last', 'final', 'initial', 'leading', 'trailing']);

/**
 * `double-digit growth`, `double digits`, *inflasi dua digit*, *kenaikan double digit*: a number of
 * two (three) digits, the order of magnitude of tens (hundreds), as `puluhan` is. English words in an
 * Indonesian text (`double digit`) read too.
 */
function digitMagnitudeAt(ctx: Ctx, i: number): Draft | null {
  const lw = ctx.toks[i].lower;
  const value = DIGIT_COUNT_WORDS.get(lw);
  if (value === undefined || ((lw === 'dua' || lw === 'tiga') && ctx.lang !== 'id')) return null;
  // `two-digit growth`, `three-digit inflation`: English number words count the digits too
  if ((lw === 'two' || lw === 'three') && (ctx.lang !== 'en' || WHICH_DIGITS_BEFORE.has(word(ctx, i - 1)))) return null;
  let k = i + 1;
  if (isDash(ctx.toks, k) && !ctx.toks[k].space) k++;
  const w = word(ctx, k);
  // *tumbuh dua angka*, *inflasi dua angka*: `angka` (figure) for digit after a word of growth or rate
  const digitWord = w === 'digit' || w === 'digits' || (w === 'angka' && ctx.lang === 'id' && GROWTH_BEFORE_DIGITS.has(word(ctx, i - 1)));
  if (!digitWord) return null;
  // *dua digit terakhir*, `the first two digits`: which digits of a number, not its size
  if (['terakhir', 'pertama', 'awal', 'akhir'].includes(word(ctx, k + 1))) return null;
  return { startTok: i, endTok: k + 1, kind: 'count', value, qualifier: 'magnitude', form: 'words' };
}

/**
 * A day of the month written in words after *tanggal* (*tanggal lima Desember 2006*, *tgl dua puluh satu
 * Mei*): the date, as `tanggal 5 Desember 2006` reads. Only after *tanggal*, where a number word names no count.
 */
function wordDateAt(ctx: Ctx, i: number): DateMatch | null {
  if (ctx.lang !== 'id') return null;
  const pw = prevWord(ctx, i);
  if (pw.w !== 'tanggal' && pw.w !== 'tgl') return null;
  const n = numberAt(ctx, i);
  if (!n || n.form !== 'words' || n.fraction || !Number.isInteger(n.value) || n.value < 1 || n.value > 31) return null;
  const mo = ctx.toks[n.end]?.space ? monthAt(ctx.toks, n.end, ctx.lex) : null;
  if (!mo || !validDate(n.value, mo.month)) return null;
  const yt = yearToken(ctx.toks[mo.end]);
  const year = yt !== null && ctx.toks[mo.end].space && validDate(n.value, mo.month, yt) ? yt : undefined;
  return { kind: 'date', value: isoDate(year, mo.month, n.value), startTok: i, endTok: year === undefined ? mo.end : mo.end + 1 };
}

function atWord(ctx: Ctx, i: number): Step | null {
  const t = ctx.toks[i];
  const lw = t.lower;
  const wordDate = wordDateAt(ctx, i);
  if (wordDate) return { drafts: [dateDraft(wordDate, ctx)], next: wordDate.endTok };
  const digits = DIGIT_COUNT_WORDS.has(lw) ? digitMagnitudeAt(ctx, i) : null;
  if (digits) return { drafts: [digits], next: digits.endTok };
  // months (and a long month name typed with one slip)
  if (ctx.lex.months.has(lw) || ctx.lex.monthAbbrevs.has(lw) || (isCapital(t.raw) && misspeltMonth(lw, ctx.lex) !== undefined)) {
    const dm = dateAtMonth(ctx.toks, i, ctx.lex);
    if (dm) {
      // April 10-11, August 19 to 21(, 2007), May 2 and 3: a second day of the same month (and the year both share)
      const e = dm.endTok;
      const day2 = ctx.toks[e + 1];
      if (/^--\d\d-\d\d$/.test(dm.value) && dayJoinerAt(ctx, e) && day2?.kind === 'num' && /^\d{1,2}$/.test(day2.raw) && !dayRangeGoesOn(ctx, e + 2)) {
        const d2 = Number(day2.raw);
        const m = Number(dm.value.slice(2, 4));
        // `August 19 to 21 September` names a second month: not a day of this one
        const after = ctx.toks[e + 2];
        const monthAfter = after?.kind === 'word' && (ctx.lex.months.has(after.lower) || ctx.lex.monthAbbrevs.has(after.lower));
        // `on June 4 to 12 percent`: the second number counts something, it is no day. Glued to the
        // first by a dash (`an October 20-22 visit`), the noun after it is what the days are of.
        const glued = isDash(ctx.toks, e);
        const counted = percentAt(ctx, e + 2) !== null || (!glued && unitAfter(ctx, e + 2, false) !== null);
        if (!monthAfter && !counted && d2 > Number(dm.value.slice(5)) && validDate(d2, m)) {
          let end = e + 2;
          let year: number | undefined;
          const yk = isSym(ctx.toks, end, ',') ? end + 1 : end;
          const yt = yearToken(ctx.toks[yk]);
          if (yt !== null && ctx.toks[yk].space && validDate(d2, m, yt)) {
            year = yt;
            end = yk + 1;
          }
          const first: DateMatch = year === undefined ? dm : { ...dm, value: isoDate(year, m, Number(dm.value.slice(5))) };
          const second: DateMatch = { kind: 'date', value: isoDate(year, m, d2), startTok: e + 1, endTok: end };
          return { drafts: [dateDraft(first, ctx), dateDraft(second, ctx)], next: end };
        }
      }
      return { drafts: [dateDraft(dm, ctx)], next: dm.endTok };
    }
    // Maret hingga Mei, March to May: lone months that open or close a span of months are dates too
    const span = monthSpanStart(ctx, i) ?? monthSpanEnd(ctx, i) ?? possessiveMonth(ctx, i);
    if (span) return { drafts: [span], next: i + 1 };
  }
  // keempatnya: a collective numeral
  const coll = ctx.lex.collectiveWords.get(lw);
  if (coll !== undefined) {
    // (after a noun it is the noun's rank and its owner: *lawatan ketiganya*, "his third visit")
    const p = ctx.toks[i - 1];
    const rank = !!p && /^\p{Ll}+$/u.test(p.raw) && ranksAfterWord(ctx, i) && !ID_PRONOUNS.has(p.lower);
    const d: Draft = rank
      ? { startTok: i, endTok: i + 1, kind: 'ordinal', value: coll, qualifier: 'exact', form: 'words' }
      : { startTok: i, endTok: i + 1, kind: 'count', value: coll, qualifier: 'exact', form: 'words', collective: true };
    return { drafts: [d], next: i + 1 };
  }
  const part = fractionOfIt(ctx, i, lw);
  if (part !== undefined) {
    const d: Draft = { startTok: i, endTok: i + 1, kind: 'count', value: part, qualifier: 'exact', form: 'words' };
    return { drafts: [d], next: i + 1 };
  }
  // `a fortnight`, `nearly a fortnight`: two weeks, said in one word
  const fortnight = fortnightAt(ctx, i);
  if (fortnight) return { drafts: [fortnight], next: fortnight.endTok };
  // kuartal terakhir 2006, `the last quarter of 2006`: the fourth quarter (the second half) of that year
  const lastPart = lastPartOfYear(ctx, i);
  if (lastPart) return { drafts: [lastPart], next: lastPart.endTok };
  // semester II, kuartal III
  if (ctx.lex.yearParts.has(lw)) {
    const d = yearPartAt(ctx, i);
    if (d) return { drafts: d, next: d[d.length - 1].endTok };
  }
  // currency prefixes
  if (currencyPrefixAt(ctx, i)) {
    const q = quantityAt(ctx, i);
    if (q) return { drafts: [q], next: q.endTok };
    const quote = quotePairAt(ctx, i);
    if (quote) return { drafts: quote, next: quote[1].endTok };
    return null;
  }
  // Level IV: an alert level; Awas (IV): one named, its number in brackets
  if (lw === 'level') {
    const l = romanLevelAt(ctx, i);
    if (l) return { drafts: [l], next: l.endTok };
  }
  if (ALERT_NAMES.has(lw)) {
    const l = bracketedLevelAt(ctx, i);
    if (l) return { drafts: [l], next: l.endTok };
  }
  // abad ke-XIX, abad XIX: the 19th century
  if (lw === 'abad' && ctx.lang === 'id') {
    const c = romanCenturyAt(ctx, i);
    if (c) return { drafts: [c], next: c.endTok };
  }
  // ordinals
  if (lw === 'ke' || ctx.lex.ordinal([lw], 0) || (ctx.lang === 'en' && isDash(ctx.toks, i + 1) && !ctx.toks[i + 1].space)) {
    const o = ordinalAtWord(ctx, i);
    if (o) return { drafts: [o], next: o.endTok };
  }
  // multiplier words: twice, double, tripled
  const mult = ctx.lex.multiplierWords.get(lw);
  if (mult !== undefined) {
    const n1 = ctx.toks[i + 1];
    if (n1 && !n1.space && isDash(ctx.toks, i + 1)) return null; // double-digit
    if (lw === 'double' || lw === 'triple' || lw === 'treble' || lw === 'quadruple') {
      // an adjective (`a double bombing`, `double standards`, `the Triple A`) is no multiplier
      const p = word(ctx, i - 1);
      if (p === 'a' || p === 'an' || p === 'the' || p === 'its' || p === 'their') return null;
      if (n1 && n1.kind === 'word' && !MULT_NEXT_OK.has(n1.lower) && !MULT_PREV_OK.has(p)) return null;
    }
    if (n1 && n1.kind === 'word' && DOUBLE_EXCLUDE.has(n1.lower)) return null;
    const d: Draft = { startTok: i, endTok: i + 1, kind: 'other', value: mult, qualifier: 'exact', form: 'words' };
    applyQualifier(ctx, d);
    return { drafts: [d], next: i + 1 };
  }
  if (ctx.lex.startsNumber(lw) || DECADE_AGES[lw] !== undefined) {
    const q = quantityAt(ctx, i);
    if (q) return { drafts: [q], next: q.endTok };
  }
  const one = hedgedArticleUnit(ctx, i);
  if (one) return { drafts: [one], next: one.endTok };
  return null;
}

/**
 * English `a`/`an` before a unit of time (or of measure: articleMeasureAt), and the Indonesian *se-* of a unit of time
 * (*setahun*, *sepekan*), are an article (`a year ago`, *setahun lalu*), except where the text makes them a quantity:
 * after a hedge or a bound (`nearly a week`, *hampir sepekan*, `more than a year`, *lebih dari sebulan*: one
 * unit, approximately) or, in English, with a half after the unit (`an hour and a half`: 1.5, as
 * *satu setengah jam* reads).
 */
const PREPOSITION_BOUNDS = new Set(['over', 'under', 'above', 'below']);

function hedgedArticleUnit(ctx: Ctx, i: number): Draft | null {
  const lw = ctx.toks[i].lower;
  let dur: { unit: string; end: number; measure?: true } | null = null;
  if (ctx.lang === 'en' && (lw === 'a' || lw === 'an')) dur = durationAt(ctx, i + 1) ?? articleMeasureAt(ctx, i + 1);
  else if (ctx.lang === 'id' && lw.startsWith('se') && lw.length > 4) {
    // *sekitar setahun*, *hampir sepekan*, *lebih dari sebulan*: the se- of a unit of time
    const unit = ctx.lex.durations.get(lw.slice(2));
    // *paling tidak sebulan sebesar 25 ribu dolar*: a rate (per month) between the bound and its amount
    const next = ctx.toks[i + 1]?.kind === 'word' && ctx.lex.qualifierFillers.has(ctx.toks[i + 1].lower) ? i + 2 : i + 1;
    const amount = ctx.toks[next]?.kind === 'num' || currencyPrefixAt(ctx, next) !== null;
    dur = unit && !amount ? { unit, end: i + 1 } : null;
  }
  if (!dur) return null;
  const half = ctx.lang === 'en' && word(ctx, dur.end) === 'and' && (word(ctx, dur.end + 1) === 'a' || word(ctx, dur.end + 1) === 'an') && word(ctx, dur.end + 2) === 'half';
  // `over a year`, `under a month` are as often `during` as bounds: not read
  const bound = qualifierBefore(ctx, i);
  const q = bound && !PREPOSITION_BOUNDS.has(bound.phrase) ? bound : null;
  if (!half && !q && !lengthBefore(ctx, i) && !lengthNamed(ctx, i, dur.end)) return null;
  const value = half ? 1.5 : 1;
  const startTok = q ? q.start : i;
  const endTok = half ? dur.end + 3 : dur.end;
  if (dur.measure) return { startTok, endTok, kind: 'count', value, qualifier: q ? q.qualifier : 'exact', form: 'words', unit: dur.unit };
  const d: Draft = { startTok, endTok, kind: 'duration', value, qualifier: q ? q.qualifier : 'exact', form: 'words', durationUnit: dur.unit };
  return d;
}

/** Words of a jail term around one unit of time: `sentenced to`, `jailed for`, `a year in prison`, *dipenjara setahun*. */
const JAIL_VERBS_EN = new Set(['sentenced', 'jailed', 'imprisoned', 'detained', 'banned', 'suspended']);
const JAIL_NOUNS_EN = new Set(['detention', 'imprisonment', 'jail', 'prison', 'sentence', 'suspension', 'ban', 'custody']);
const JAIL_BEFORE_ID = new Set(['penjara', 'dipenjara', 'dipenjarakan', 'hukuman', 'dihukum', 'divonis', 'vonis', 'kurungan', 'dikurung']);
const JAIL_AFTER_ID = new Set(['penjara', 'kurungan', 'tahanan']);

/**
 * The unit of time at tokens [i, end) (`a month`, *setahun*) is a jail term or a ban, whose length is the point (real-figures
 * guideline H12): `sentenced to a year`, `jailed for a month`, `a month's detention`, `a year in prison`, *dipenjara
 * setahun*, *hukuman setahun*, *setahun penjara*.
 */
function jailTerm(ctx: Ctx, i: number, end: number): boolean {
  const p = prevWord(ctx, i);
  const before = p.at >= ctx.floor ? p.w : '';
  if (ctx.lang === 'id') return JAIL_BEFORE_ID.has(before) || JAIL_AFTER_ID.has(word(ctx, end));
  if (ctx.lang !== 'en') return false;
  if ((before === 'to' || before === 'for') && JAIL_VERBS_EN.has(prevWord(ctx, p.at).w)) return true;
  // `a year in prison` (`a month's detention`: a possessive, lengthNamed)
  return (word(ctx, end) === 'in' || word(ctx, end) === 'of') && JAIL_NOUNS_EN.has(word(ctx, end + 1));
}

/** Words after one unit of time that make it a point in time, not a length (`just a month later`, *hanya sebulan kemudian*). */
const POINT_AFTER = new Set(['ago', 'later', 'after', 'before', 'earlier', 'since', 'lalu', 'kemudian', 'setelah', 'sebelum', 'sesudah', 'silam', 'sebelumnya']);

/**
 * One unit of time said so that its length is the point (real-figures guideline, figheldout4 and figheldout6 decisions):
 * a jail term (jailTerm), a possessive (`an hour's drive`, `a year's salary`, *sejam perjalanan*), a compound in `-long` (`a day-long visit`), or
 * after `just` / `only` (`collected in just a month`, *hanya dalam sebulan*, *hanya sebulan*), unless a word after it makes
 * it a point in time (`just a month later`, *hanya sebulan kemudian*).
 */
function lengthNamed(ctx: Ctx, i: number, end: number): boolean {
  if (jailTerm(ctx, i, end)) return true;
  if (ctx.lang === 'en') {
    const possessive = (isSym(ctx.toks, end, "'") || isSym(ctx.toks, end, '\u2019')) && !ctx.toks[end].space && word(ctx, end + 1) === 's' && ctx.toks[end + 2]?.kind === 'word';
    if (possessive) return true;
    if (isDash(ctx.toks, end) && !ctx.toks[end].space && word(ctx, end + 1) === 'long' && !ctx.toks[end + 1].space) return true;
  }
  // (*sejam perjalanan*, "an hour's journey")
  if (ctx.lang === 'id' && word(ctx, end) === 'perjalanan') return true;
  if (POINT_AFTER.has(word(ctx, end))) return false;
  const p = prevWord(ctx, i);
  // (*hanya dalam sebulan*, `in just a month`: the preposition between the word and the unit in Indonesian)
  const q = ctx.lang === 'id' && p.w === 'dalam' ? prevWord(ctx, p.at) : p;
  return q.at >= ctx.floor && (q.w === 'just' || q.w === 'only' || q.w === 'hanya' || q.w === 'cuma');
}

/**
 * Words before a unit of time that make its length the point: a deadline (*dalam tempo / waktu / kurun waktu*,
 * `within`; *dalam … ke depan*), a term (*jangka waktu*, *berjangka*, *tenor*) or how long a thing lasted (*berlangsung
 * sepekan*, `lasting a week`).
 */
function lengthBefore(ctx: Ctx, i: number): boolean {
  const p = prevWord(ctx, i);
  if (p.at < ctx.floor) return false;
  if (ctx.lang === 'en') return p.w === 'within' || p.w === 'lasting' || p.w === 'lasted' || p.w === 'lasts';
  if (p.w === 'berlangsung') return true;
  // *dalam sebulan ke depan* ("within the next month"), a deadline; *dalam sepekan terakhir* ("in the past week") dates
  if (p.w === 'dalam') return (word(ctx, i + 1) === 'ke' && word(ctx, i + 2) === 'depan') || word(ctx, i + 1) === 'mendatang';
  // a term (*kredit berjangka setahun*, *bertenor sebulan*, *tenor setahun*): the length is the term's
  if (p.w === 'berjangka' || p.w === 'tenor' || p.w === 'bertenor') return true;
  if (p.w !== 'tempo' && p.w !== 'waktu') return false;
  const q = prevWord(ctx, p.at);
  // (*dengan jangka waktu setahun*, *berjangka waktu sebulan*: the term of a loan, a deposit)
  if (q.at >= ctx.floor && (q.w === 'jangka' || q.w === 'berjangka')) return true;
  const r = q.w === 'kurun' ? prevWord(ctx, q.at) : q;
  return r.at >= ctx.floor && r.w === 'dalam';
}

/**
 * A unit of measure right after an English article (`less than a gigabyte`, `nearly a kilometre`, `more than a
 * hectare`): read as one such unit when a hedge or a bound stands before the article (hedgedArticleUnit).
 */
function articleMeasureAt(ctx: Ctx, k: number): { unit: string; end: number; measure: true } | null {
  const u = readUnit(ctx.toks, k, ctx.lang, ctx.text);
  if (!u || u.endTok !== k) return null;
  const family = unitFamily(u.text);
  return family !== undefined && MEASURING_FAMILIES.has(family) && family !== 'time' && family !== 'military-unit' ? { unit: u.text, end: k + 1, measure: true } : null;
}

/** Words after which an Indonesian clause starts (its subject may be *separuhnya*). */
const ID_CLAUSE_OPENERS = new Set(['dan', 'tetapi', 'namun', 'sedangkan', 'sementara', 'yang']);

/**
 * *separuhnya*, *setengahnya*, *sepertiganya* as a clause's subject: an Indonesian fraction word with *-nya*, a
 * part of what was just named ("half of it", "half of the growth"); its value, or undefined. After a verb
 * (*turun setengahnya*, "fell by half") it says how much a thing changed and is not read.
 */
function fractionOfIt(ctx: Ctx, i: number, lw: string): number | undefined {
  if (ctx.lang !== 'id' || lw.length <= 6 || !lw.endsWith('nya')) return undefined;
  const prev = ctx.toks[i - 1];
  if (prev && prev.kind === 'word' && !ID_CLAUSE_OPENERS.has(prev.lower)) return undefined;
  const part = ctx.lex.cardinal([lw.slice(0, -3)], 0);
  return part?.fraction && part.used === 1 ? part.value : undefined;
}

const TRIGGER_CACHE = new Map<Lexicon, Set<string>>();

/** Words that may start a figure for this lexicon (numbers, months, multipliers, currency words). */
function triggerSet(lex: Lexicon): Set<string> {
  let set = TRIGGER_CACHE.get(lex);
  if (!set) {
    set = new Set<string>(['ke', 'rp']);
    for (const m of lex.months.keys()) set.add(m);
    for (const m of lex.monthAbbrevs.keys()) set.add(m);
    for (const m of lex.multiplierWords.keys()) set.add(m);
    for (const m of lex.collectiveWords.keys()) set.add(m);
    for (const m of lex.yearParts.keys()) set.add(m);
    TRIGGER_CACHE.set(lex, set);
  }
  return set;
}

/** Cheap test: can the word at token i start a figure? */
function triggers(ctx: Ctx, i: number, t: Token): boolean {
  const lw = t.lower;
  if (triggerSet(ctx.lex).has(lw) || ctx.lex.startsNumber(lw) || DIGIT_COUNT_WORDS.has(lw) || DECADE_AGES[lw] !== undefined) return true;
  if (ctx.lang === 'id' && lw.startsWith('se') && ctx.lex.durations.has(lw.slice(2))) return true; // sepekan (hedgedArticleUnit)
  if (fractionOfIt(ctx, i, lw) !== undefined) return true; // separuhnya
  if (isCapital(t.raw) && misspeltMonth(lw, ctx.lex) !== undefined) return true; // Februarai
  if (t.raw.length === 3 && CURRENCY_CODES.has(t.raw)) return true;
  if (t.raw === 'RM' || t.raw === 'Rs') return true;
  if ((lw === 'last' || lw === 'final') && ctx.lex.yearParts.has(word(ctx, i + 1))) return true; // the last quarter of 2006 (lastPartOfYear)
  if (lw === 'fortnight' && ctx.lang === 'en') return true; // a fortnight (fortnightAt)
  if (lw === 'abad' && ctx.lang === 'id') return true; // abad ke-XIX (romanCenturyAt)
  if (lw === 'level' || ALERT_NAMES.has(lw)) return true; // Level IV, Awas (IV) (romanLevelAt, bracketedLevelAt)
  if (dollarSignDropped(ctx, i)) return true;
  if (currencyNameBefore(ctx, i)) return true;
  const nx = ctx.toks[i + 1];
  return nx !== undefined && nx.raw === '$' && !nx.space;
}

/**
 * A CAT tool's tags written as text in its files (Phrase's `.mxliff`: `{1}`, `{1>` … `<1}`, `{b>` … `<b}`): codes,
 * read as the placeholders of codes imported from markup are (`{1>Simpan<1}` holds no 1; `12{2} million` is 12 million).
 */
const TEXT_TAGS = /\{(?:\d{1,3}|b|i|u|sup|sub)[}>]|<(?:\d{1,3}|b|i|u|sup|sub)\}/g;

/** A length of time said whole from word token `i` to offset `said.end` (`eine halbe Stunde`: hours-said.ts), with its hedge. */
function lengthSaid(ctx: Ctx, i: number, said: { end: number; hours: number }): Step {
  let endTok = i + 1;
  while (endTok < ctx.toks.length && ctx.toks[endTok].start < said.end) endTok++;
  const draft: Draft = { startTok: i, endTok, kind: 'duration', value: said.hours, qualifier: 'exact', form: 'words', durationUnit: 'hour' };
  applyQualifier(ctx, draft);
  return { drafts: [draft], next: endTok };
}

/** Scans one piece of text (a sentence) and returns its figures with offsets relative to it. */
export function scan(raw: string, lang: Lang, otherTag?: string, dayFirst?: boolean): Omit<Figure, 'sentence'>[] {
  const tagged = raw.includes('{') || raw.includes('}') ? raw.replace(TEXT_TAGS, (m) => CODE_STAND_IN.repeat(m.length)) : raw;
  if (tagged !== raw) return scanAroundCodes(tagged, lang, otherTag, dayFirst).map((f) => ({ ...f, text: raw.slice(f.start, f.end) }));
  return raw.search(CODE_PLACEHOLDERS) < 0 ? scanText(raw, lang, otherTag, dayFirst) : scanAroundCodes(raw, lang, otherTag, dayFirst);
}

/** The first inline-code placeholder character, standing in for each character of a tag written as text. */
const CODE_STAND_IN = '\ue000';

/**
 * The figures of a text that holds inline-code placeholders (`1<g>0</g>.000`, `<ph/>7<ph/>%`), read as the
 * reader sees the text: a code inside a word or a number is no break in it, nor is one beside a space
 * (`<g>$12</g> million`, `5<x/> percent`, `June</g> 4`: formatting around part of a figure); a code between
 * a number and a word with no space (`12<x/>Boats`), or between two spaces, stays. The figures' offsets
 * and texts are those of the text as it is, codes included.
 */
function scanAroundCodes(raw: string, lang: Lang, otherTag: string | undefined, dayFirst: boolean | undefined): Omit<Figure, 'sentence'>[] {
  const digitish = (c: string | undefined) => c !== undefined && /[\p{N}.,]/u.test(c);
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  // (one word or one number split by a code: digits on both sides, letters on both, a sign before digits, a % after)
  const glued = (x: string | undefined, y: string | undefined) =>
    (digitish(x) && (digitish(y) || y === '%')) || (letter(x) && letter(y)) || (x !== undefined && /[$€£¥]/.test(x) && digitish(y));
  let plain = '';
  // at[k]: the offset in `raw` of plain[k]; at[plain.length]: raw.length
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (!isCodePlaceholder(ch)) {
      at.push(i);
      plain += ch;
      continue;
    }
    let j = i;
    while (j + 1 < raw.length && isCodePlaceholder(raw[j + 1])) j++;
    const before = plain[plain.length - 1];
    const after = raw[j + 1];
    const space = (c: string | undefined) => c === undefined || /\s/.test(c);
    if (!glued(before, after) && space(before) === space(after)) {
      // (a code elsewhere stays where it is, a mark no reading runs across)
      for (let k = i; k <= j; k++) {
        at.push(k);
        plain += raw[k];
      }
    }
    i = j;
  }
  at.push(raw.length);
  return scanText(plain, lang, otherTag, dayFirst).map((f) => {
    const start = at[f.start];
    const end = at[f.end - 1] + 1;
    return { ...f, start, end, text: raw.slice(start, end) };
  });
}

/**
 * The figures of one text. `otherTag` names a language outside the Indonesian and English readers
 * (`de-CH`, `fr`): its digits are read by that language's convention and its words with its own
 * lexicon (other-languages.ts), by the English reader's rules. `dayFirst`: English of a region whose
 * numeric dates put the day first (`en-GB`) or the month (`en-US`); unset, English reads both orders.
 */
function scanText(raw: string, lang: Lang, otherTag?: string, dayFirst?: boolean): Omit<Figure, 'sentence'>[] {
  // Chinese, Japanese and Korean write numbers, their scales and counters with no space between (cjk.ts)
  const primary = otherTag ? primaryLang(otherTag) : '';
  if (CJK_LANGS.has(primary)) return scanCjk(raw, primary);
  const convention = otherTag ? numberConventionOf(otherTag) : null;
  if (convention) lang = 'en';
  const decimal: DecimalMark = convention ? convention.decimal : lang === 'id' ? ',' : '.';
  let text = closeStrayDecimalSpace(controlAsDecimalMark(asciiDigits(raw), decimal), lang);
  if (convention) text = groupMarksAsThinSpaces(text, convention);
  // (Dutch `t/m` and `tot en met`, "through", are the range word `tot`: written so, offsets kept)
  if (primary === 'nl') text = text.replace(/(?<![\p{L}\d])(?:t\/m|tot en met)(?![\p{L}\d])/giu, (m) => 'tot'.padEnd(m.length, ' '));
  const toks = tokenize(text);
  const gluedAnd = primary === 'ar' ? arabicAndOnDigits(raw) : undefined;
  const lex = otherTag ? otherLanguageLexicon(otherTag) : lang === 'en' ? ENGLISH : INDONESIAN;
  const ctx: Ctx = { text, toks, lang, lex, decimal, other: !!convention, spaceGroups: convention?.spaceGroups, dayFirst: convention ? convention.dayFirst : (dayFirst ?? lang === 'id'), dateOrderKnown: !!convention || dayFirst !== undefined, mask: urlMask(toks, text), floor: 0, ...(gluedAnd?.size ? { gluedAnd } : {}) };
  const out: Omit<Figure, 'sentence'>[] = [];
  let i = 0;
  const n = toks.length;
  while (i < n) {
    if (ctx.mask[i]) {
      i++;
      ctx.floor = i;
      continue;
    }
    const t = toks[i];
    let step: Step | null = null;
    if (t.kind === 'num') step = atNumber(ctx, i);
    else if (t.kind === 'word') {
      const said = ctx.other ? lengthSaidAt(text, t.start, primary) : null;
      // (a number in words that names a part, `Chapter one`, `Bab satu`, is no quantity)
      if (said) step = lengthSaid(ctx, i, said);
      else if (triggers(ctx, i, t) && !(namedByWordLabel(toks, i) && ctx.lex.cardinal([t.lower], 0))) step = atWord(ctx, i);
    } else if (CURRENCY_SYMBOLS[t.raw] !== undefined) {
      const q = quantityAt(ctx, i);
      if (q) step = { drafts: [q], next: q.endTok };
    }
    if (step) {
      for (const d of step.drafts) out.push(finish(ctx, d));
      i = Math.max(step.next, i + 1);
      ctx.floor = i;
    } else i++;
  }
  shareScaleBackwards(text, out);
  shareCurrency(text, out);
  shareToleranceUnit(text, out);
  shareHedgeForward(text, out);
  shareDurationBackwards(text, out);
  centsAsMoney(text, out);
  if (lang === 'id' || lang === 'en') semestersAsDurations(text, out);
  if (lang === 'id') timesTwentyFourHours(text, out);
  if (lang === 'en') fractionOfUnit(text, out);
  if (lang === 'en') fractionOfPoint(text, out);
  markConversions(text, out);
  markRestatements(text, out);
  markQuarterSpelledOut(text, out);
  if (lang === 'id') markReferencesBack(text, out);
  if (lang === 'id') rankAfterPlaceNoun(text, out);
  ageAfterName(text, out, lang);
  if (lang === 'id' || lang === 'en') numberRestatedInWords(text, out);
  if (lang === 'en') dropForumNames(text, out);
  if (lang === 'en') dropOneSource(text, out);
  if (lang === 'en' && !ctx.other) yearToMonth(text, out);
  eraYears(text, out);
  decadesSaid(text, out, primary || lang);
  if (primary === 'tr') scaleThenRest(text, out);
  if (primary === 'tr') turkishBoundsAfter(text, out);
  if (primary === 'vi') vietnameseMonths(text, out);
  if (HALF_AFTER[primary]) halfAfter(text, out, HALF_AFTER[primary]);
  if (primary === 'th') thaiFigures(text, out, lex.qualifiers);
  if (lang === 'id' || lang === 'en') partOfPeriod(text, out, lang);
  raceTimes(text, out);
  if (lang === 'en') poundsOfWeight(text, out);
  if (lang === 'id') clockInWords(text, out);
  if (lang === 'id') clockRangeEnd(text, out);
  if (!ctx.other) dropAroundTheClock(text, out);
  if (ctx.other) clockWordsOther(text, out, lex);
  if (lang === 'en' && !ctx.other) {
    oClock(text, out);
    pastTheHour(text, out);
  }
  if ((ctx.other || lang === 'en') && lex.clockPhrases) clockPhrases(text, out, lex.clockPhrases, lex.clockAfter);
  if (ctx.other) clockTimesAsLengths(text, out, primary);
  if (ctx.other) magnitudesOfMagnitudes(out, lex);
  if (lang === 'id' || lang === 'en') unitsTimesCapacity(text, out, lang);
  firstDayOfNumericSpan(text, out);
  if (!ctx.other) yearOfSpanStart(text, out);
  percentThenBasisPoints(text, out);
  if (!ctx.other) markProportions(text, out);
  if (lang === 'en' && !ctx.other) {
    hedgedFractions(text, out);
    underTheAgeOf(text, out);
  }
  if ((lang === 'en' || lang === 'id') && !ctx.other) ageDecades(text, out, lang);
  if (lang === 'id') dropMilitaryUnitRanks(text, out);
  if ((lang === 'en' || lang === 'id') && !ctx.other) decadesOfYears(text, out, lang);
  if (lang === 'id' && !ctx.other) seorangCounted(text, out);
  const read = ctx.other ? centsAfterCurrencyWord(text, out) : out;
  const figures = dropWordsRestatedInDigits(text, dropDatelines(text, lang === 'id' ? dropArticleSatu(text, read) : read));
  // a figure's text is the slice of the text as written, control character and all
  if (text !== raw) for (const f of figures) f.text = raw.slice(f.start, f.end);
  return figures;
}

/** *Seorang lagi* ("one more person"); *, dan seorang wanita* after a count of people (an item of the tally). */
const SEORANG_MORE = /\bseorang\s+lagi\b/giu;
const SEORANG_TALLIED = /(?:,|\bdan|\bserta)\s+(seorang)\s+(\p{L}[\p{L}-]*)/giu;

/** *Seorang* and the word after it; between it and the next count of a tally: up to three words and *dan* (*tewas dan*). */
const SEORANG_FIRST = /\bseorang\s+(\p{L}[\p{L}-]*)/giu;
const TALLY_GAP = /^(?:\s+[\p{L}-]+){0,3}\s+(?:dan|serta|sementara|sedangkan)\s+$/iu;

/** Indonesian nouns of people the unit table has no people concept for (*tiga pria dan seorang wanita*). */
const ID_PERSON_NOUNS = new Set([
  'pria', 'lelaki', 'laki-laki', 'perempuan', 'awak', 'pelaut', 'polisi', 'petugas', 'militan', 'pemberontak', 'gerilyawan',
  'pemain', 'atlet', 'pekerja', 'buruh', 'siswa', 'mahasiswa', 'wartawan', 'tersangka', 'sandera', 'jemaah', 'jamaah', 'pejabat',
]);

/** The counted thing of a count names people (*orang*, *warga*, *pria*, *orang Italia*). */
function countsPeople(unit: string): boolean {
  return unitFamily(unit) === 'people' || ID_PERSON_NOUNS.has(unit.split(/\s+/)[0].toLowerCase());
}

/**
 * *Seorang* is the article of a person ("a woman") and no figure, except where it counts one: *seorang lagi* ("one
 * more person", real-figures guideline H7), and an item of a tally of people (*tujuh orang tewas …, dan seorang wanita
 * tewas …*, *tiga orang Italia dan seorang Lebanon*: E12), after a count of people in the sentence. A `count` 1 (the
 * English article "a" facing it is the review-level reading of a number word against an article). In place, in order.
 */
function seorangCounted(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  const found: Array<Omit<Figure, 'sentence'>> = [];
  for (const m of text.matchAll(SEORANG_MORE)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'count', value: 1, qualifier: 'exact', form: 'words' });
  }
  for (const m of text.matchAll(SEORANG_TALLIED)) {
    const start = m.index + m[0].length - m[1].length - 1 - m[2].length;
    // (*seorang di antaranya*: "one of them", no item of its own)
    if (/^lagi$/i.test(m[2]) || ID_FUNCTION_WORDS.has(m[2].toLowerCase()) || found.some((f) => f.start === start)) continue;
    const people = figures.some((f) => f.kind === 'count' && f.end <= start && typeof f.value === 'number' && f.value >= 2 && !!f.unit && countsPeople(f.unit));
    if (!people) continue;
    const end = start + m[1].length + 1 + m[2].length;
    found.push({ text: text.slice(start, end), start, end, kind: 'count', value: 1, qualifier: 'exact', form: 'words', unit: m[2] });
  }
  // (*seorang awak tewas dan empat lainnya cedera*, *Seorang tewas dan tiga orang luka-luka*: the first item of a tally of
  // people, a count of them or *lain* following after a few words and *dan*)
  for (const m of text.matchAll(SEORANG_FIRST)) {
    const person = countsPeople(m[1]);
    const end = m.index + (person ? m[0].length : 'seorang'.length);
    const tally = figures.some(
      (g) => g.kind === 'count' && g.start >= end && typeof g.value === 'number' && g.value >= 2 && TALLY_GAP.test(text.slice(end, g.start)) &&
        ((!!g.unit && countsPeople(g.unit)) || /^\s+(?:orang\s+)?lain(?:nya)?\b/i.test(text.slice(g.end))),
    );
    if (tally && !found.some((f) => f.start === m.index)) {
      found.push({ text: text.slice(m.index, end), start: m.index, end, kind: 'count', value: 1, qualifier: 'exact', form: 'words', ...(person ? { unit: m[1] } : {}) });
    }
  }
  for (const f of found) insertInOrder(figures, f);
}

/** Puts `f` among `figures` (in text order) at its place, unless a figure read already covers part of it. */
function insertInOrder(figures: Omit<Figure, 'sentence'>[], f: Omit<Figure, 'sentence'>): void {
  if (figures.some((g) => g.start < f.end && f.start < g.end)) return;
  const at = figures.findIndex((g) => g.start > f.start);
  figures.splice(at < 0 ? figures.length : at, 0, f);
}

/** Right before an age: a capitalised name and an opening bracket (`Mugabe (`, `O'Neal, (`), or a name and a comma (`Alishtari, `), or `turned`. */
const AGE_BEFORE = /(?:\p{Lu}[\p{L}.'-]*,?\s*\(\s*|\p{Lu}[\p{L}'-]+,\s*|\bturned\s+)$/u;
/** Right before an age: a person named by a noun and a comma (`The passenger, `, `a victim, `); the noun is checked apart. */
const PERSON_NOUN_BEFORE = /\b(?:the|a|an)\s+(\p{Ll}[\p{L}-]*),\s*$/iu;
/** English nouns of one person the unit table has no people concept for. */
const EN_PERSON_NOUNS = new Set(['man', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'suspect', 'driver', 'pilot', 'gunman', 'bomber', 'teenager', 'youth']);

/** Right before a bare number that is an age: `aged`, `at age`, `the age of`; *berusia*, *pada usia*, *umurnya*. */
const AGE_WORD_BEFORE = {
  en: /\b(?:aged|age(?:\s+of)?)\s+$/i,
  id: /\b(?:ber)?(?:usia|umur)(?:nya)?\s+$/i,
};

/**
 * *Robert Mugabe (83)*, `Alishtari, 53, was`, `The passenger, 22, had`, `who turned 63`, `aged 45`, `at the age of 93`,
 * *pada usia 93*: a bare number that gives a person's age is a length of time in years (real-figures guideline H10), as
 * *berusia 83 tahun* and "83 years old" read.
 */
function ageAfterName(text: string, figures: Omit<Figure, 'sentence'>[], lang: string): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit !== undefined || f.scale !== undefined) continue;
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 120) continue;
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    // `a man aged 45`, `died at the age of 93`, *meninggal pada usia 93*: the number an age word announces, digits or
    // words, bounded or not (`aged over 60`)
    const ageWord = AGE_WORD_BEFORE[lang as 'en' | 'id'];
    if (ageWord?.test(before)) {
      f.kind = 'duration';
      f.durationUnit = 'year';
      continue;
    }
    if (f.form !== 'digits' || f.qualifier !== 'exact' || !/^\d{1,3}$/.test(f.text)) continue;
    const after = text.slice(f.end, f.end + 12);
    // `The passenger, 22, had refused`, `a victim, 19, was`: a person named by a noun, as a name does
    const person = PERSON_NOUN_BEFORE.exec(before);
    const noun = person?.[1].toLowerCase() ?? '';
    const m = person && (EN_PERSON_NOUNS.has(noun) || unitFamily(noun) === 'people') ? person : AGE_BEFORE.exec(before);
    if (!m) continue;
    // (`on Tuesday, (12)`, *Jakarta, Senin (4/6)*: a day or a month names no person)
    const name = /\p{Lu}[\p{L}.'-]*/u.exec(m[0])?.[0].toLowerCase() ?? '';
    if (ENGLISH.weekdays.has(name) || INDONESIAN.weekdays.has(name) || ENGLISH.months.has(name) || INDONESIAN.months.has(name)) continue;
    // (between commas, not the first of a list: *Jakarta, 12, 15 dan 20 orang*)
    const closes = m[0].includes('(') ? /^\s*\)/.test(after) : m[0].includes(',') ? /^\s*,(?!\s*[\d(])(?!\s*(?:dan|and|atau|or)\b)/i.test(after) : true;
    if (!closes) continue;
    f.kind = 'duration';
    f.durationUnit = 'year';
  }
}

/** A verb of saying right after the noun of `one`: `One survivor said`, `one official told AFP`. */
const SAID_AFTER = /^\s+(?:said|says|told|added|stated|explained|recalled|described|warned|noted|claimed|insisted|reported)\b/i;

/**
 * `One survivor said …`, `one resident told AFP`: `one` naming the source of a quote is the article (*seorang saksi
 * mengatakan*), no count; `One soldier was killed` counts. In place.
 */
function dropOneSource(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.kind === 'count' && f.value === 1 && f.form === 'words' && /^one(?:\s+\p{L}[\p{L}-]*){1,2}$/iu.test(f.text) && SAID_AFTER.test(text.slice(f.end, f.end + 16))) figures.splice(i, 1);
  }
}

/** `six-nation talks`, `the six-way deal`, `six-party negotiations`: the number names the forum (E8), as `Group of Eight`. */
const FORUM_NAME = /^[\p{L}\d]+-(nation|party|way|country|power)$/iu;
const FORUM_AFTER = /^\s+(?:talks|negotiations|forum|deal|process|dialogue|format|framework|accord|agreement)\b/i;
/** After `-way` a meeting is named as well (`a three-way summit`); `a nine-nation summit` counts the nations met. */
const WAY_MEETING_AFTER = /^\s+(?:meeting|summit)\b/i;

/** Drops the counts that name a forum (`six-nation talks`, E8); *perundingan enam negara* counts its countries. In place. */
function dropForumNames(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    const m = f.kind === 'count' ? FORUM_NAME.exec(f.text) : null;
    const after = text.slice(f.end, f.end + 20);
    if (m && (FORUM_AFTER.test(after) || (m[1].toLowerCase() === 'way' && WAY_MEETING_AFTER.test(after)))) figures.splice(i, 1);
  }
}

/**
 * `7 seven major cities`, *53 lima puluh tiga orang*: a count in digits said again at once in words is one figure (the
 * words', from the digits on). In place.
 */
function numberRestatedInWords(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const f = figures[i];
    const g = figures[i + 1];
    if (f.kind !== 'count' || f.form !== 'digits' || f.unit !== undefined || f.qualifier !== 'exact' || !/^\d+$/.test(f.text)) continue;
    if (g.kind !== 'count' || g.form !== 'words' || g.value !== f.value || !/^ +$/.test(text.slice(f.end, g.start))) continue;
    g.start = f.start;
    g.text = text.slice(g.start, g.end);
    figures.splice(i, 1);
  }
}

/** Two digits of cents after an amount's currency word: ` . 70`, `. 60`, ` 50` (`2 fr. 70`). */
const CENTS_AFTER = /^ ?\.? ?(\d{2})(?!\d|[.,]\d)/;

/**
 * `2 fr. 70`, `12 fr 50` (Swiss French): an amount in whole francs, its currency word, and its cents after it, one
 * amount (2.70 francs, as `Fr. 2.70` writes it); the cents are no figure of their own.
 */
function centsAfterCurrencyWord(text: string, figures: Omit<Figure, 'sentence'>[]): Omit<Figure, 'sentence'>[] {
  const dropped = new Set<Omit<Figure, 'sentence'>>();
  for (const f of figures) {
    if (f.kind !== 'money' || f.currency !== 'CHF' || f.form !== 'digits' || typeof f.value !== 'number' || !Number.isInteger(f.value) || !/\p{L}$/u.test(f.text)) continue;
    const m = CENTS_AFTER.exec(text.slice(f.end, f.end + 6));
    if (!m) continue;
    const end = f.end + m[0].length;
    const cents = figures.find((g) => g.start >= f.end && g.start < end);
    if (cents) dropped.add(cents);
    f.value = clean(f.value + Number(m[1]) / 100);
    f.end = end;
    f.text = text.slice(f.start, end);
  }
  return dropped.size ? figures.filter((g) => !dropped.has(g)) : figures;
}

/** English fractions said with an article, by their ordinal word. */
const FRACTION_ORDINALS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };
/** A hedge or a verb of change before `a third` that makes it a share: `nearly a third`, `gained a third`. */
const SHARE_BEFORE = /\b(nearly|almost|about|around|roughly|over|some|by|than|gained|lost|fell|rose|cut|dropped|slumped|jumped|climbed|shed)\s+a\s+$/i;
/** What may follow such a share: the end of the phrase or a word that is no noun it would qualify. */
const SHARE_AFTER = /^\s*(?:[,.;:)]|of\b|this\b|last\b|in\b|since\b|from\b|to\b|over\b|on\b|and\b|year\b|$)/i;

/**
 * `Gold has gained nearly a third this year`: an ordinal word after a hedge or a verb of change and `a`, standing
 * alone, is a fraction (a third, 1/3, as *hampir sepertiga*), not a rank.
 */
function hedgedFractions(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    const n = f.kind === 'ordinal' ? FRACTION_ORDINALS[f.text.toLowerCase()] : undefined;
    if (n === undefined) continue;
    const before = SHARE_BEFORE.exec(text.slice(Math.max(0, f.start - 20), f.start));
    if (!before || !SHARE_AFTER.test(text.slice(f.end))) continue;
    const hedge = before[1].toLowerCase();
    f.kind = 'count';
    f.value = 1 / n;
    f.form = 'words';
    f.qualifier = ['nearly', 'almost', 'about', 'around', 'roughly', 'some'].includes(hedge) ? 'about' : hedge === 'over' ? 'more-than' : 'exact';
    // (the hedge is the figure's: `nearly a third`)
    const from = f.qualifier === 'exact' ? f.start - 2 : f.start - before[0].length;
    f.start = from;
    f.text = text.slice(f.start, f.end);
  }
}

/** `children under the age of five`, `people over the age of 60`, `children younger than six`: the bound before an age. */
const AGE_BOUND_BEFORE = /\b(?:(under|below|over|above)\s+the\s+age\s+of|(younger|older)\s+than)\s+$/i;

/** An age bounded by `under the age of` or `younger than` is less than it (as *di bawah lima tahun*); `over the age of` or `older than`, more than it. */
function underTheAgeOf(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if ((f.kind !== 'count' && f.kind !== 'duration') || f.qualifier !== 'exact' || f.unit !== undefined) continue;
    const m = AGE_BOUND_BEFORE.exec(text.slice(Math.max(0, f.start - 30), f.start));
    if (!m) continue;
    f.qualifier = /^(?:under|below|younger)$/i.test(m[1] ?? m[2]) ? 'less-than' : 'more-than';
    f.kind = 'duration';
    f.durationUnit = 'year';
    f.start -= m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/** `decades` with no number before it, *beberapa dekade*, *berdekade-dekade*: tens of years, as *puluhan tahun* reads. */
const DECADES_SAID = {
  en: /(?<![\p{L}\d-])(?:(?:several|many)\s+)?decades(?![\p{L}])/giu,
  id: /(?<![\p{L}\d-])(?:(?:beberapa|berapa)\s+(?:dekade|dasawarsa)|(?:ber)?dekade-dekade|(?:ber)?dasawarsa-dasawarsa)(?![\p{L}-])/giu,
};

/**
 * `for decades`, `after decades of fighting`, *selama beberapa dekade*: a length of tens of years (`duration` 10 in years,
 * qualifier `magnitude`), as *puluhan tahun* and `dozens` read (three annotators of figdev8, figheldout6 and figheldout7
 * labelled it so); `two decades` counts its decades and stays as read. In place, in order.
 */
function decadesOfYears(text: string, figures: Omit<Figure, 'sentence'>[], lang: 'en' | 'id'): void {
  const lex = lang === 'en' ? ENGLISH : INDONESIAN;
  for (const m of text.matchAll(DECADES_SAID[lang])) {
    const f: Omit<Figure, 'sentence'> = { text: m[0], start: m.index, end: m.index + m[0].length, kind: 'duration', value: 10, qualifier: 'magnitude', form: 'words', durationUnit: 'year' };
    // (`two decades`, `1.5 decades`, *dua dekade*, `a few decades`: a number of decades before it, read as such)
    const before = wordBefore(text, f);
    if (/\d\s*$/.test(text.slice(0, f.start)) || before === 'a' || before === 'few' || lex.cardinal([before], 0)) continue;
    insertInOrder(figures, f);
  }
}

/** Right before the rank of a military unit (*divisi infantri ke tiga*, *Brigade ke-2*, *batalyon ketiga*): its noun and a word. */
const ID_MILITARY_UNIT_BEFORE = /(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(\p{L}+)\s+(?:ke[-\s]?)?$/iu;

/**
 * *divisi infantri ke tiga*, *brigade kedua*: the rank names the unit (`the 3rd Infantry Division`, a name, as *Brigade 3*
 * is: identifiers.ts), no figure. In place.
 */
function dropMilitaryUnitRanks(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.kind !== 'ordinal' && !(f.kind === 'count' && f.form === 'words' && /\bke\s+$/i.test(text.slice(Math.max(0, f.start - 4), f.start)))) continue;
    if (!/^(?:ke[-\s]?)?[\p{L}\d]+$/iu.test(f.text)) continue;
    const m = ID_MILITARY_UNIT_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
    const unit = (w: string | undefined) => !!w && (MILITARY_UNIT_NOUNS.has(w.toLowerCase()) || MILITARY_NAME_WORDS.has(w.toLowerCase()));
    if (m && (unit(m[1]) || unit(m[2]))) figures.splice(i, 1);
  }
}

/** Right before the decade of an age: `in his`, `in her mid-`, `in their late`; *berusia*, *usianya pertengahan*. */
const AGE_DECADE_BEFORE = {
  en: /\bin\s+(?:his|her|their|my|our|your)\s+(?:(?:early|mid|late)(?:\s+|-))?$/i,
  id: /\b(?:ber)?(?:usia|umur)(?:nya)?\s+(?:(?:sekitar|pertengahan|awal|akhir)\s+)?$/i,
};

/**
 * `in his 40s`, `in her mid-thirties`, *berusia 40-an*: the decade of an age is the range of its years (`40..49`, as a
 * decade of years is: real-figures guideline D7, which two annotators extended to ages), in years; early, mid and late
 * do not narrow it. In place.
 */
function ageDecades(text: string, figures: Omit<Figure, 'sentence'>[], lang: 'en' | 'id'): void {
  for (const f of figures) {
    if ((f.kind !== 'count' && f.kind !== 'duration') || f.qualifier !== 'about' || typeof f.value !== 'number') continue;
    const v = f.value;
    if (!Number.isInteger(v) || v < 10 || v > 90 || v % 10 !== 0) continue;
    // (*berusia 30-an terluka*: the word after the age, read as the counted thing, is no part of it)
    const decade = lang === 'en' ? (f.unit === undefined ? /^(?:\d0s|[a-z]+ties)$/i.exec(f.text) : null) : /^(?:sekitar\s+)?\d0-an(?:\s+tahun\b)?/i.exec(f.text);
    if (!decade || !AGE_DECADE_BEFORE[lang].test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
    delete f.unit;
    Object.assign(f, { text: decade[0], end: f.start + decade[0].length, kind: 'range', value: `${v}..${v + 9}`, low: v, high: v + 9, qualifier: 'exact', durationUnit: 'year' });
  }
}

/** Basis points right after a percent (`25 percent basis points`, *25 persen basis poin*). */
const BASIS_POINTS_AFTER = /^\s+basis\s+(?:points?|poin)\b/i;

/** The words between the part and the whole of a proportion: *satu dari lima*, `one in five`, `two out of five`. */
const PROPORTION_JOINER = /^\s+(?:dari|in|out\s+of)\s+$/i;

/**
 * *Satu dari lima balita*, `one in five children`, `two out of five cases`: a count of a part right before the count
 * of its whole, smaller than it, joined by *dari*, `in` or `out of`. The part gets `outOf` (the whole's number), the
 * whole `whole`, so that the drift engine can face the proportion with a fraction or a share (*seperlima*, `20%`).
 */
function markProportions(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const part = figures[i];
    const whole = figures[i + 1];
    if (part.kind !== 'count' || whole.kind !== 'count' || typeof part.value !== 'number' || typeof whole.value !== 'number') continue;
    if (!Number.isInteger(part.value) || !Number.isInteger(whole.value) || part.value < 1 || part.value >= whole.value || whole.value > 1000) continue;
    if (!PROPORTION_JOINER.test(text.slice(part.end, whole.start))) continue;
    part.outOf = whole.value;
    whole.whole = true;
  }
}

/** `25 percent basis points`: a slip that says the unit twice counts basis points (as `25 basis points`). */
function percentThenBasisPoints(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    const bp = f.kind === 'percent' ? BASIS_POINTS_AFTER.exec(text.slice(f.end)) : null;
    if (!bp) continue;
    f.kind = 'count';
    f.end += bp[0].length;
    f.text = text.slice(f.start, f.end);
    f.unit = bp[0].trim();
  }
}

/** `2x100 MW`, *2 x 600 MW*: a number of units times each one's capacity (digits, the unit of power after). */
const UNITS_TIMES = /(?<![\p{L}\d.,])(\d{1,3})\s?[x×]\s?(\d{1,4})\s?(\p{L}{1,12})(?!\p{L})/gu;

/**
 * *PLTU 2x100 MW*, `a 2 x 600 MW plant`: two counts, the units and the capacity of each in its unit (the first was read
 * as a count of `x`, or the glued form not at all), as a version that says "two 100 MW units" reads.
 */
function unitsTimesCapacity(text: string, figures: Omit<Figure, 'sentence'>[], lang: Lang): void {
  for (const m of text.matchAll(UNITS_TIMES)) {
    const unit = m[3];
    // (a machine's capacity, its power; `3x4 meter` is a size, both numbers lengths)
    if ((!knownUnit(unit, lang) && !knownUnit(unit.toLowerCase(), lang)) || unitFamily(unit) !== 'power') continue;
    const start = m.index;
    const end = start + m[0].length;
    const second = start + m[0].lastIndexOf(m[2], m[0].length - unit.length - 1);
    for (let k = figures.length - 1; k >= 0; k--) if (figures[k].start < end && start < figures[k].end) figures.splice(k, 1);
    figures.push(
      { text: m[1], start, end: start + m[1].length, kind: 'count', value: Number(m[1]), qualifier: 'exact', form: 'digits' },
      { text: text.slice(second, end), start: second, end, kind: 'count', value: Number(m[2]), qualifier: 'exact', form: 'digits', unit },
    );
  }
  figures.sort((x, y) => x.start - y.start);
}

/**
 * *Jumat-Minggu (11-13/7/2025)*: the first day of a span of days written before a numeric date takes that date's month
 * and year (as *11-13 Juli 2025* reads), so it is a date, not a count of 11.
 */
function firstDayOfNumericSpan(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k];
    const g = figures[k + 1];
    if (f.kind !== 'count' || f.unit !== undefined || f.qualifier !== 'exact' || !/^\d{1,2}$/.test(f.text) || g.kind !== 'date' || typeof g.value !== 'string') continue;
    const date = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(g.value);
    if (!date || !/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(g.text) || !/^[-–]$/.test(text.slice(f.end, g.start))) continue;
    const day = Number(f.text);
    if (day < 1 || day >= Number(date[3])) continue;
    f.kind = 'date';
    f.value = `${date[1]}-${date[2]}-${String(day).padStart(2, '0')}`;
  }
}

/** What joins the two ends of a span of dates, or two dates listed (*15 April - 14 Mei 2007*, `April 15 to May 14, 2007`). */
const DATE_SPAN_JOINER = /^\s*(?:[-–—]|s\.?\/?d\.?|to|until|till|through|and|hingga|sampai(?:\s+dengan)?|dan)\s*$/i;

/**
 * *periode 15 April - 14 Mei 2007*, `from April 15 to May 14, 2007`: the first date of a span, written without its year,
 * takes the year the end of the span is written with (it was read as a day of no year, `--04-15`); a span across the
 * new year (*15 Desember - 14 Januari 2008*) starts in the year before. A month alone that starts the span
 * (*Januari-Mei 2007*, *Januari-15 September 2007*) takes it too, marked `yearFromSpanEnd` (the drift reads it bare).
 */
function yearOfSpanStart(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k];
    const g = figures[k + 1];
    if (f.kind !== 'date' || g.kind !== 'date' || typeof f.value !== 'string' || typeof g.value !== 'string') continue;
    const start = /^--(\d{2})((?:-\d{2})?)$/.exec(f.value);
    const end = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(g.value);
    const joiner = DATE_SPAN_JOINER.exec(text.slice(f.end, g.start));
    if (!start || !end || !joiner) continue;
    // (a span across the new year starts in the year before: *15 Desember - 14 Januari 2008*; two dates listed do not)
    const across = Number(start[1]) > Number(end[2]);
    if (across && /\b(?:and|dan)\b/i.test(joiner[0])) continue;
    f.value = `${Number(end[1]) - (across ? 1 : 0)}-${start[1]}${start[2]}`;
    if (!start[2]) f.yearFromSpanEnd = true;
  }
}

/** A clock word right before a figure (*pukul*, *pkl.*, *jam*). */
const CLOCK_WORD_BEFORE = /\b(?:pukul|pkl\.?|jam)\s+$/i;
/** A time zone of Indonesia right after a clock time. */
const ZONE_AFTER = /^\s+(?:WIB|WITA|WIT)\b/;

/**
 * *pukul sembilan pagi*, *jam tujuh malam*: an hour said in words after a clock word and before a part of the day is
 * a clock time (09:00, 19:00), as *pukul 9 pagi* reads; the zone after it is the time's. *Setengah* before the hour
 * makes it half an hour earlier (*setengah enam sore* 17:30, *pukul setengah delapan* 07:30): with a part of the day
 * after it or a clock word before it, the *setengah* (read as a half of its own, with any hedge before it) is the time's.
 */
function clockInWords(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of [...figures]) {
    if (f.kind !== 'count' || f.form !== 'words' || f.qualifier !== 'exact' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 12) continue;
    const part = f.unit ? INDONESIAN.dayParts.get(f.unit.toLowerCase()) : undefined;
    const half = figures.find((h) => h !== f && h.kind === 'count' && h.value === 0.5 && /\bsetengah$/i.test(h.text) && /^\s+$/.test(text.slice(h.end, f.start)));
    // (the clock word comes before the *setengah*: *pukul setengah delapan*)
    const hourStart = half ? half.end - 'setengah'.length : f.start;
    const clockWord = CLOCK_WORD_BEFORE.test(text.slice(Math.max(0, hourStart - 8), hourStart));
    if (!(part && (clockWord || half)) && !(half && clockWord && !f.unit)) continue;
    const h = part ? applyDayPart(f.value, part) : f.value;
    if (half) {
      f.start = half.start;
      f.qualifier = half.qualifier;
      figures.splice(figures.indexOf(half), 1);
    }
    asClockTime(text, f, half ? clockValue(h - 1, 30) : clockValue(h));
  }
}

/** Makes `f` the clock time `value` (`HH:MM`), its zone after it (*WIB*) taken in. */
function asClockTime(text: string, f: Omit<Figure, 'sentence'>, value: string): void {
  f.kind = 'time';
  f.value = value;
  delete f.unit;
  const zone = ZONE_AFTER.exec(text.slice(f.end));
  if (zone) f.end += zone[0].length;
  f.text = text.slice(f.start, f.end);
}

/** Between the two ends of a span of clock times: *hingga*, *sampai (dengan)*, *s.d.*, *dan* (after *antara*), a dash. */
const CLOCK_SPAN_GAP = /^\s*(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|dan|[–—-])\s*(?:pukul\s+|jam\s+)?$/i;

/**
 * *pukul 11 siang hingga 3 sore*: the end of a span of clock times, an hour and a part of the day, needs no *pukul* of
 * its own (read as a count of afternoons it was, bound and all).
 */
function clockRangeEnd(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let k = 1; k < figures.length; k++) {
    const prev = figures[k - 1];
    const f = figures[k];
    if (prev.kind !== 'time' || f.kind !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 12) continue;
    const part = f.unit ? INDONESIAN.dayParts.get(f.unit.toLowerCase()) : undefined;
    const digits = /\d+\s+\S+$/.exec(f.text);
    if (!part || !digits) continue;
    const at = f.start + digits.index;
    if (!CLOCK_SPAN_GAP.test(text.slice(prev.end, at))) continue;
    f.qualifier = 'exact';
    f.start = at;
    delete f.form;
    asClockTime(text, f, clockValue(applyDayPart(f.value, part)));
  }
}

/**
 * `fünf Uhr`, `um halb fünf` (4:30), `à dix-huit heures`: an hour said in words before a clock word of a language
 * read by its cardinals (the lexicon's `clockAfter`, or an `hourWords` after an `hourBefore`) is a clock time, as
 * `5 Uhr` reads; the number reader leaves such an hour unread (neither count nor time).
 */
function clockWordsOther(text: string, figures: Omit<Figure, 'sentence'>[], lex: Lexicon): void {
  if (!lex.clockAfter?.size && !lex.hourWords?.size) return;
  const words = [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].map((m) => ({ w: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  for (let k = 0; k < words.length; k++) {
    const next = words[k + 1]?.w ?? '';
    // (German `halb fünf`, Dutch `half vijf`: half past four)
    const half = lex.halfHour !== undefined && words[k - 1]?.w === lex.halfHour;
    const b = words[k - (half ? 2 : 1)];
    const byHourWord = !!lex.hourWords?.has(next) && hourBeforeWord(lex, b && text.slice(b.start, b.end));
    // (`um halb fünf`, `om half vijf`: a half hour after a word of a time needs no clock word)
    const halfAt = half && !!lex.halfHourBefore?.has(b?.w ?? '');
    if (!lex.clockAfter?.has(next) && !byHourWord && !halfAt) continue;
    const parts = words[k].w.split('-');
    // (read with the clock word after it, as in the sentence: French `neuf` is nine before a plural word)
    const n = lex.cardinal([...parts, next], 0);
    if (!n || n.used !== parts.length || !Number.isInteger(n.value) || n.value < 1 || n.value > 24) continue;
    const clockWord = lex.clockAfter?.has(next) || byHourWord;
    // (`à deux heures de marche`, `à trois heures du sommet`: a span of time, no time of day)
    if (byHourWord && !lex.clockAfter?.has(next) && !halfAt && hourWordSpan(text.slice(words[k + 1]?.end ?? text.length), lex, n.value)) continue;
    // (only whitespace between the hour and its clock word)
    if (clockWord && text.slice(words[k].end, words[k + 1].start).trim() !== '') continue;
    const start = half ? words[k - 1].start : words[k].start;
    const end = clockWord ? words[k + 1].end : words[k].end;
    const overlap = figures.filter((f) => f.start < end && f.end > start);
    // (the hour of `um halb fünf` was read as a count of its own: it is the time's)
    if (overlap.length && !(halfAt && overlap.every((f) => f.kind === 'count' && f.value === n.value && f.start === words[k].start))) continue;
    for (const f of overlap) figures.splice(figures.indexOf(f), 1);
    figures.push({ text: text.slice(start, end), start, end, kind: 'time', value: half ? clockValue(n.value - 1, 30) : clockValue(n.value), qualifier: 'exact' });
  }
  figures.sort((x, y) => x.start - y.start);
}

/**
 * `des dizaines de milliers`, `decine di migliaia`, `centaines de milliers`: a magnitude of a magnitude (tens of
 * thousands), which the reader gave as the first magnitude counting the second (its unit).
 */
function magnitudesOfMagnitudes(figures: Omit<Figure, 'sentence'>[], lex: Lexicon): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.qualifier !== 'magnitude' || !f.unit || typeof f.value !== 'number') continue;
    const of = lex.magnitude([f.unit.toLowerCase()], 0);
    if (!of?.magnitude) continue;
    f.value *= of.value;
    delete f.unit;
  }
}

/**
 * Always, said with numbers: `24 hours a day`, `seven days a week`, `365 days a year`, *24 jam sehari*, *tujuh hari
 * seminggu* (as `24/7`, "around the clock"): no length of time that a version could change.
 */
const AROUND_THE_CLOCK =
  /\b(?:(?:24|twenty-four)\s+hours\s+a\s+day|(?:7|seven)\s+days\s+a\s+week|365\s+days\s+a\s+year|(?:24|dua\s+puluh\s+empat)\s+jam\s+(?:sehari|per\s+hari)|(?:7|tujuh)\s+hari\s+(?:seminggu|sepekan|per\s+minggu)|365\s+hari\s+(?:setahun|per\s+tahun))\b/giu;

/** Drops the figures read inside an `AROUND_THE_CLOCK` phrase. */
function dropAroundTheClock(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const m of text.matchAll(AROUND_THE_CLOCK)) {
    const start = m.index;
    const end = start + m[0].length;
    for (let k = figures.length - 1; k >= 0; k--) if (figures[k].start >= start && figures[k].end <= end) figures.splice(k, 1);
  }
}

/** A part of the day after an English clock time in words (`in the evening`). */
const EN_DAY_PART_AFTER = /^\s+(in the morning|in the afternoon|in the evening|at night)\b/i;
const EN_DAY_PARTS: Record<string, DayPart> = { 'in the morning': 'am', 'in the afternoon': 'pm', 'in the evening': 'pm', 'at night': 'night' };

/**
 * `11 o'clock`, `eleven o’clock in the evening`: the hour before `o'clock` (read as a count of `o`) is a clock time,
 * with the part of the day after it.
 */
function oClock(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit?.toLowerCase() !== 'o' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 0 || f.value > 24 || f.qualifier === 'magnitude') continue;
    const clock = /^['’]\s?clock\b/i.exec(text.slice(f.end));
    if (!clock) continue;
    let end = f.end + clock[0].length;
    let h = f.value;
    const part = EN_DAY_PART_AFTER.exec(text.slice(end));
    if (part && h <= 12) {
      h = applyDayPart(h, EN_DAY_PARTS[part[1].toLowerCase()]);
      end += part[0].length;
    }
    f.kind = 'time';
    f.value = clockValue(h);
    delete f.unit;
    delete f.form;
    f.end = end;
    f.text = text.slice(f.start, end);
  }
}

/** `half past four`, `a quarter to five`: minutes said before the hour (the hour read as a count of its own). */
const PAST_THE_HOUR = /\b(half|a quarter|quarter)\s+(past|to)\s+$/i;

/**
 * `half past four`, `a quarter past five`, `quarter to six`: the hour after them (read as a count) is a clock time,
 * 04:30, 05:15, 05:45.
 */
function pastTheHour(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (f.kind !== 'count' || f.unit || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 12) continue;
    const m = PAST_THE_HOUR.exec(text.slice(Math.max(0, f.start - 20), f.start));
    if (!m) continue;
    const min = m[1].toLowerCase() === 'half' ? 30 : 15;
    f.kind = 'time';
    f.value = clockValue(f.value, m[2].toLowerCase() === 'past' ? min : -min);
    delete f.form;
    f.start -= m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/**
 * A clock time of a language read by its cardinals with the words said around it (`ClockPhrases`): its minutes
 * (`huit heures et demie`, `Viertel nach fünf Uhr`, `dix-huit heures trente`) and its part of the day (`onze
 * heures du soir`, `acht Uhr abends`), as `20 h 30` and `20 Uhr` read.
 */
function clockPhrases(text: string, figures: Omit<Figure, 'sentence'>[], phrases: ClockPhrases, clockAfter?: ReadonlySet<string>): void {
  const after = (from: number, list: ReadonlyArray<readonly [string, number | DayPart]>) => {
    const rest = text.slice(from, from + 40).toLowerCase().replace(/’/g, "'");
    const hit = list.find(([w]) => new RegExp(`^\\s+${w}(?![\\p{L}\\d-])`, 'u').test(rest));
    return hit ? { value: hit[1], end: from + rest.indexOf(hit[0]) + hit[0].length } : null;
  };
  const widened: Array<Omit<Figure, 'sentence'>> = [];
  for (const f of figures) {
    const m = f.kind === 'time' && typeof f.value === 'string' ? /^(\d{2}):(\d{2})$/.exec(f.value) : null;
    if (!m) continue;
    let h = Number(m[1]);
    // (an hour with its minutes takes only a part of the day: `2:30 بعد الظهر`, 14:30)
    const said = Number(m[2]);
    let min = said;
    let { start, end } = f;
    const minutes = said ? null : after(end, phrases.minutesAfter);
    // (`um 8 Uhr 15`: two digits after the clock word are its minutes)
    const lastWord = /(\p{L}+)$/u.exec(f.text)?.[1]?.toLowerCase() ?? '';
    const digits = !said && clockAfter?.has(lastWord) ? /^\s+([0-5]\d)(?!\d|[.,:]\d)(?!\s*(?:%|prozent|uhr))(?!\s+\p{Lu})/u.exec(text.slice(end, end + 20)) : null;
    if (minutes) {
      min = minutes.value as number;
      end = minutes.end;
    } else if (digits) {
      min = Number(digits[1]);
      end += digits[0].length;
    } else if (!said) {
      const from = Math.max(0, start - 40);
      const before = text.slice(from, start).toLowerCase();
      const lead = phrases.minutesBefore.find(([w]) => new RegExp(`(?<![\\p{L}\\d-])${w}\\s+$`, 'u').test(before));
      if (lead) {
        min = lead[1];
        start = from + before.lastIndexOf(lead[0]);
      }
    }
    const part = after(end, phrases.partsAfter);
    if (part && h <= 12) {
      h = applyDayPart(h, part.value as DayPart);
      end = part.end;
    }
    if (start === f.start && end === f.end) continue;
    f.value = clockValue(h, min);
    f.start = start;
    f.end = end;
    f.text = text.slice(start, end);
    widened.push(f);
  }
  // (a minute said in words, `trente`, read as a count of its own: now part of the time)
  if (!widened.length) return;
  figures.sort((x, y) => x.start - y.start);
  widened.sort((x, y) => x.start - y.start);
  let p = 0;
  const kept = figures.filter((g) => {
    while (p < widened.length && widened[p].end <= g.start) p++;
    const f = widened[p];
    return !f || f === g || !(f.start <= g.start && g.end <= f.end);
  });
  figures.length = 0;
  for (const g of kept) figures.push(g);
}

/** A word of weight shortly before an amount (`weighing 1.3 pounds`, `a weight of 9 pounds`, `lost 20 pounds`). */
const WEIGHT_BEFORE = /\b(?:weigh(?:s|ed|ing)?|weight|heavy|heavier|lighter|lost|lose|loses|losing|gained|gain)\b[^.;:!?]{0,20}$/i;

/**
 * `born weighing 1.3 pounds`: pounds said in words after a word of weight are the weight, not money (the currency
 * reading of `pounds` needs its sign or a price's context).
 */
function poundsOfWeight(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (f.kind !== 'money' || f.currency !== 'GBP' || !/^[\d.,\s]+pounds?$/i.test(f.text)) continue;
    if (!WEIGHT_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
    f.kind = 'count';
    f.unit = f.text.slice(f.text.search(/pounds?$/i));
    delete f.currency;
  }
}

/** Words before a reading of hours, minutes and seconds that make it a time taken, not a time of day (`won in 2:11:24`). */
const TIME_TAKEN_BEFORE = new Set(['in', 'of', 'clocked', 'clocking', 'clocks', 'timed', 'time', 'record', 'finished', 'recorded', 'posted', 'waktu', 'catatan', 'dengan', 'mencatat', 'mencatatkan', 'rekor', 'finis', 'selama']);

/**
 * `won the marathon in 2:11:24`, *dengan catatan waktu 2:11:24*: hours, minutes and seconds written as a clock
 * without a part of the day or a zone, after a word that says a time taken, are a duration (in seconds, as *2 jam
 * 11 menit 24 detik* reads), not the time of day 02:11.
 */
function raceTimes(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    const m = f.kind === 'time' && f.qualifier === 'exact' ? /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(f.text) : null;
    if (!m) continue;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, f.start - 30), f.start));
    if (!before || !TIME_TAKEN_BEFORE.has(before[1].toLowerCase())) continue;
    f.kind = 'duration';
    f.value = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    f.durationUnit = 'second';
  }
}

/** Words after a year that name its era: Gregorian (*M*, *Masehi*, AD, CE), Hijri (*H*, *Hijriah*, AH), before Christ (*SM*, BC, BCE). */
/** The words before a year or a month that name its part (`awal`, `mid-`, `the end of`), by language. */
const PERIOD_PART_BEFORE: Record<'id' | 'en', RegExp> = {
  id: /(?:^|[^\p{L}])(awal|pertengahan|medio|akhir|penghujung)(?:\s+(?:tahun|bulan))?\s+$/iu,
  en: /(?:^|[^\p{L}])(?:(early|mid|late)(?:-|\s+)|(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the\s+year\s+)?)$/iu,
};
const PERIOD_PART_OF: Record<string, PeriodPart> = {
  awal: 'early', pertengahan: 'mid', medio: 'mid', akhir: 'late', penghujung: 'late',
  early: 'early', mid: 'mid', late: 'late', beginning: 'early', start: 'early', middle: 'mid', end: 'late',
};

/**
 * *awal 2026*, *pertengahan Mei*, `mid-2026`, `late May`, `the end of 2025`: a year or a month (no day) said in part
 * carries that part (`periodPart`), so that *awal 2026* and `mid-2026` are not read as one date.
 */
function partOfPeriod(text: string, figures: Omit<Figure, 'sentence'>[], lang: 'id' | 'en'): void {
  for (const f of figures) {
    if (f.kind !== 'date' || typeof f.value !== 'string' || !/^(?:\d{4}(?:-\d\d)?|--\d\d)$/.test(f.value)) continue;
    const from = Math.max(0, f.start - 40);
    const m = PERIOD_PART_BEFORE[lang].exec(text.slice(from, f.start));
    const word = m && (m[1] ?? m[2]);
    if (!m || !word) continue;
    f.periodPart = PERIOD_PART_OF[word.toLowerCase()];
    // (the part's word is the figure's too: *awal 2026*, `mid-2026`, `the end of 2025`)
    f.start = from + m.index + m[0].search(/\p{L}/u);
    f.text = text.slice(f.start, f.end);
  }
}

const ERA_WORDS = /^(?:M|Masehi|AD|A\.D\.|CE|H|Hijriah|Hijriyah|Hijrah|AH|A\.H\.|SM|BC|B\.C\.|BCE)$/;

/** `dos horas y media`, `duas horas e meia`, `due ore e mezza`, `deux heures et demie`, `deux longueurs et demie`: a half after a whole number of a unit. */
const HALF_AFTER: Record<string, RegExp> = {
  es: /^\s+y\s+medi[ao](?![\p{L}])/u,
  pt: /^\s+e\s+mei[ao](?![\p{L}])/u,
  it: /^\s+e\s+mezz[ao](?![\p{L}])/u,
  fr: /^\s+et\s+demie?(?![\p{L}])/u,
  ca: /^\s+i\s+mitja(?![\p{L}])/u,
};

function halfAfter(text: string, figures: Omit<Figure, 'sentence'>[], half: RegExp): void {
  for (const f of figures) {
    // (a count of a unit takes its half too: `deux longueurs et demie`, `tres kilómetros y medio`)
    if ((f.kind !== 'duration' && f.kind !== 'count') || typeof f.value !== 'number' || !Number.isInteger(f.value) || !(f.durationUnit || f.unit)) continue;
    const m = half.exec(text.slice(f.end, f.end + 20));
    if (!m) continue;
    f.value += 0.5;
    f.end += m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/**
 * A rate moved by a fraction of a percentage point, as English financial copy says it: `a quarter point`, `a quarter of a
 * percentage point`, `a quarter-point cut`, `half a point`, `a half-point`, `three-quarters of a point` (0.25, 0.5, 0.75
 * percentage points: `25 basis poin`, *0,25 poin persentase*). Not `a quarter of the points`, nor the share of something.
 */
const FRACTION_OF_POINT = /(?<![\p{L}\d])(?:(an?|one)\s+(quarter|half)(?:\s+of\s+an?\s+|-|\s+)|(half)\s+an?\s+|(three)[-\s]quarters?\s+of\s+an?\s+)(?:percentage[-\s])?points?(?![\p{L}])/giu;
const POINT_FRACTIONS: Record<string, number> = { quarter: 0.25, half: 0.5, three: 0.75 };

function fractionOfPoint(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const m of text.matchAll(FRACTION_OF_POINT)) {
    const value = POINT_FRACTIONS[(m[2] ?? m[3] ?? m[4]).toLowerCase()];
    const start = m.index!;
    const end = start + m[0].length;
    for (let k = figures.length - 1; k >= 0; k--) if (figures[k].start < end && start < figures[k].end) figures.splice(k, 1);
    figures.push({ text: m[0], start, end, kind: 'percent', value, qualifier: 'exact', form: 'words' });
  }
  figures.sort((x, y) => x.start - y.start);
}

/**
 * Vietnamese names a month by its number after `tháng` (month): `tháng 3` (March), `ngày 4 tháng 6 năm 2024` (4 June
 * 2024), `tháng 3/2024`. Read as the date it is (a count of 3 before; a count of days and months with a day).
 */
const VI_MONTH = /(?<![\p{L}\d])(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})(?!\d|[.,]\d)(?:(?:\s+năm\s+|\s*[/,-]\s*|\s+)(\d{4})(?!\d))?/giu;

function vietnameseMonths(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const m of text.matchAll(VI_MONTH)) {
    const month = Number(m[2]);
    const day = m[1] === undefined ? undefined : Number(m[1]);
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const mm = String(month).padStart(2, '0');
    const value = `${m[3] ?? '-'}-${mm}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`;
    for (let k = figures.length - 1; k >= 0; k--) if (figures[k].start < end && start < figures[k].end) figures.splice(k, 1);
    figures.push({ text: m[0], start, end, kind: 'date', value, qualifier: 'exact' });
  }
  figures.sort((x, y) => x.start - y.start);
}

/**
 * Turkish writes a number past a thousand as its thousands, the scale word and the rest: `52 bin 280` (52,280), `1
 * milyon 200 bin` (1,200,000). The rest, read as a count of its own, joins the figure before it.
 */
function scaleThenRest(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  figures.sort((x, y) => x.start - y.start);
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k];
    const g = figures[k + 1];
    // (`1 milyon 200 bin lira`: the rest may carry the currency for the whole)
    if (!f.scale || typeof f.value !== 'number' || typeof g.value !== 'number' || f.unit !== undefined || f.currency !== undefined || (f.kind !== g.kind && !(f.kind === 'count' && g.kind === 'money'))) continue;
    if (!/^\s+$/.test(text.slice(f.end, g.start)) || !/^\d/.test(g.text) || g.value >= f.scale || !Number.isInteger(f.value / f.scale)) continue;
    f.value += g.value;
    f.kind = g.kind;
    f.end = g.end;
    f.text = text.slice(f.start, f.end);
    for (const key of ['unit', 'currency'] as const) if (g[key] !== undefined) f[key] = g[key];
    figures.splice(k + 1, 1);
    k--;
  }
}

/**
 * Turkish says a bound after the number, the number in the ablative: `3.000'den fazla` (more than 3,000), `5 binden
 * az` (less than 5,000), `100 civarında` (about 100), `10 kilometreye kadar` (up to 10). The figure takes the bound.
 */
const TR_BOUND_AFTER = /^(?:['’]?(?:[dt][ae]n|[dt][ae]|y?[ae]))?\s+(fazla|aşkın|az|civarında|kadar)(?![\p{L}])/u;
const TR_BOUNDS: Record<string, Qualifier> = { fazla: 'more-than', aşkın: 'more-than', az: 'less-than', civarında: 'about', kadar: 'up-to' };

function turkishBoundsAfter(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (f.qualifier !== 'exact' || typeof f.value !== 'number' || f.kind === 'date' || f.kind === 'time') continue;
    // (the word after the number may have been read as what it counts: `3 binden fazla`)
    if (f.unit !== undefined && Object.hasOwn(TR_BOUNDS, f.unit)) {
      f.qualifier = TR_BOUNDS[f.unit];
      delete f.unit;
      continue;
    }
    const m = TR_BOUND_AFTER.exec(text.slice(f.end, f.end + 30));
    if (!m) continue;
    f.qualifier = TR_BOUNDS[m[1]];
    f.end += m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/**
 * A decade said with its language's word for one (`les années 90`, `años 1990`, `90er Jahre`, `90-х годов`, `1990'lı
 * yıllar`, `thập niên 90`) or with an apostrophe (`the '90s`): its years, as `the 1990s` and *1990-an* read (a count of
 * 90 or the year 1990 before). A decade of two digits is of the 1900s from the twenties on, else of the 2000s.
 */
const DECADE_SAID: Record<string, RegExp> = {
  fr: /(?<![\p{L}\d])ann[ée]es\s+['’]?(\d0|\d{3}0)(?![\d\p{L}])/giu,
  es: /(?<![\p{L}\d])años\s+['’]?(\d0|\d{3}0)(?![\d\p{L}])/giu,
  it: /(?<![\p{L}\d])anni\s+['’]?(\d0|\d{3}0)(?![\d\p{L}])/giu,
  pt: /(?<![\p{L}\d])anos\s+['’]?(\d0|\d{3}0)(?![\d\p{L}])/giu,
  nl: /(?<![\p{L}\d])jaren\s+['’]?(\d0|\d{3}0)(?![\d\p{L}])/giu,
  de: /(?<![\p{L}\d])['’]?(\d0|\d{3}0)er(?:[\s-]+Jahren?)?(?![\p{L}])/gu,
  ru: /(?<![\p{L}\d])(\d0|\d{3}0)-(?:х|е|ых|ые|ми)(?:\s+годов|\s+годы|\s+годах)?(?![\p{L}])/gu,
  tr: /(?<![\p{L}\d])(\d0|\d{3}0)['’]l[ıi]\p{L}*(?:\s+yıll\p{L}*)?/gu,
  vi: /(?<![\p{L}\d])(?:thập\s+(?:niên|kỷ)|những\s+năm)\s+(\d0|\d{3}0)(?![\d\p{L}])/giu,
  // (English `the 1990s`, and `'80s` after a year, are read as ranges by the number reader; `the '90s` alone here)
  en: /(?<=(?<![\p{L}\d])['’])(\d0)s(?![\p{L}])/gu,
};

/** A decade said in words after the word for one (`años setenta`, `jaren zeventig`, `the seventies`): its tens. */
const DECADE_WORDS: Record<string, [RegExp, Record<string, number>]> = {
  // (not English: `the sixties` alone is no figure, as often an era as the decade, and the ages `in his sixties` read apart)
  es: [/(?<![\p{L}\d])años\s+(veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?![\p{L}])/giu, { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 }],
  pt: [/(?<![\p{L}\d])anos\s+(vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?![\p{L}])/giu, { vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90 }],
  it: [/(?<![\p{L}\d])anni\s+(venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?![\p{L}])/giu, { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 }],
  nl: [/(?<![\p{L}\d])jaren\s+(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)(?![\p{L}])/giu, { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 }],
  fr: [/(?<![\p{L}\d])années\s+(vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix)(?![\p{L}-])/giu, { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90 }],
  de: [/(?<![\p{L}\d])(zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)(?:\s+Jahren?|-Jahren?)(?![\p{L}])/giu, { zwanziger: 20, dreißiger: 30, dreissiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90 }],
};

function decadesSaid(text: string, figures: Omit<Figure, 'sentence'>[], lang: string): void {
  const re = DECADE_SAID[lang];
  const words = DECADE_WORDS[lang];
  const found: Array<{ m: RegExpMatchArray; tens: string; form: 'digits' | 'words' }> = [...(re ? text.matchAll(re) : [])].map((m) => ({ m, tens: m[1], form: 'digits' }));
  // (in words: the tens its word names)
  if (words) for (const m of text.matchAll(words[0])) found.push({ m, tens: String(words[1][m[1].toLowerCase()] ?? ''), form: 'words' });
  for (const { m, tens: said, form } of found) {
    if (!said) continue;
    const d = Number(said);
    const low = said.length === 4 ? d : d >= 20 ? 1900 + d : 2000 + d;
    const start = m.index!;
    const end = start + m[0].length;
    // (the year or the count read from its digits gives way; a range read already, or a figure reaching beyond the
    // decade, stays)
    if (figures.some((f) => f.start < end && start < f.end && (f.kind === 'range' || ((f.start < start || f.end > end) && !(f.kind === 'date' || f.kind === 'count'))))) continue;
    for (let k = figures.length - 1; k >= 0; k--) if (figures[k].start < end && start < figures[k].end) figures.splice(k, 1);
    figures.push({ text: m[0], start, end, kind: 'range', value: `${low}..${low + 9}`, qualifier: 'exact', low, high: low + 9, form });
  }
  figures.sort((x, y) => x.start - y.start);
}

/**
 * *tahun 1446 H/2025 M*, `1446 AH (2025)`, `622 AD`: a number of years with its era after it is a year, not a count of
 * M (millions) or H. Years from 1000 on are read as dates (the era's name is part of the year's text; a Hijri year
 * and a Gregorian one differ by some six centuries, so the two cannot be taken for each other); earlier years stay
 * counts of their era.
 */
function eraYears(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (yearBeforeChrist(text, f)) continue;
    // a year read already takes its era into its text (`the 1447 AH season`)
    if (f.kind === 'date' && /^\d{4}$/.test(f.text) && f.value === f.text) {
      const era = ERA_AFTER.exec(text.slice(f.end));
      if (era) f.end += era[0].length;
      f.text = text.slice(f.start, f.end);
      continue;
    }
    if (f.kind !== 'count' || f.qualifier !== 'exact' || f.form !== 'digits' || f.scale !== undefined) continue;
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1000 || f.value > 2200 || !/^\d{4}(?:\s|$)/.test(f.text)) continue;
    // the era read as the counted thing (*2025 M*), or left after the number (`1446 AH`)
    const after = f.unit === undefined ? ERA_AFTER.exec(text.slice(f.end)) : null;
    if (!(f.unit !== undefined ? ERA_WORDS.test(f.unit) : after)) continue;
    f.kind = 'date';
    f.value = String(f.value);
    delete f.unit;
    if (after) {
      f.end += after[0].length;
      f.text = text.slice(f.start, f.end);
    }
  }
}

/** The era before Christ right after a year's digits: *330 SM*, *sebelum Masehi*, `44 BC`, `B.C.`, `BCE`. */
const BC_AFTER = /^\s+(?:SM|S\.M\.|[Ss]ebelum\s+Masehi|BCE|BC|B\.C\.(?:E\.)?)(?![\p{L}\d]|-[\p{L}\d])/u;

/**
 * *sekitar tahun 330 SM*, `around 330 BC`, `2000 BC`: a year before Christ, of any size, is a date, its value the
 * astronomical year as ISO 8601 writes it (1 BC is `0000`, 330 BC `-0329`), so that the two languages' eras meet and
 * no count of 330 (or year 2000 of our era) is read. True when `f` was one.
 */
function yearBeforeChrist(text: string, f: Omit<Figure, 'sentence'>): boolean {
  if ((f.kind !== 'count' && f.kind !== 'date') || f.scale !== undefined || f.form === 'words') return false;
  const v = Number(f.value);
  if (!Number.isInteger(v) || v < 1 || v > 9999) return false;
  const digits = new RegExp(`(?<![\\d.,])${v}(?![\\d]|[.,]\\d)`).exec(f.text);
  if (!digits) return false;
  const at = f.start + digits.index + digits[0].length;
  const era = BC_AFTER.exec(text.slice(at));
  if (!era) return false;
  f.kind = 'date';
  f.value = v === 1 ? '0000' : `-${String(v - 1).padStart(4, '0')}`;
  delete f.unit;
  f.end = at + era[0].length;
  f.text = text.slice(f.start, f.end);
  return true;
}

/** An era's abbreviation right after a year that was read without it (`1446 AH`, `1622 AD`). */
const ERA_AFTER = /^\s(?:AH|AD|CE|BC|BCE|A\.H\.|A\.D\.|B\.C\.)(?![\p{L}\d])/u;

/** `2007 to September`: a year, `to` and a capitalised month name not followed by a day. */
const YEAR_TO_MONTH = /^\s+to\s+(\p{Lu}\p{L}+)\b(?!\s+\d)/u;

/**
 * `net profit in 2007 to September`: the year to that month (January to September 2007, as *Januari-September 2007*
 * reads): the date is the month that ends the span, as "the year to September 2007" reads; the phrase names the
 * year to date, so the January the other side states is accounted for (drift/relative-periods).
 */
function yearToMonth(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    if (f.kind !== 'date' || typeof f.value !== 'string' || !/^\d{4}$/.test(f.value) || f.text !== f.value) continue;
    const m = YEAR_TO_MONTH.exec(text.slice(f.end, f.end + 20));
    const month = m ? ENGLISH.months.get(m[1].toLowerCase()) : undefined;
    if (!m || month === undefined) continue;
    f.value = `${f.value}-${month < 10 ? '0' : ''}${month}`;
    f.end += m[0].length;
    f.text = text.slice(f.start, f.end);
  }
}

/** Nouns of a place in an order: a bare number after them is a rank (*posisi dua*, *peringkat 3*, *juara 1*, *lantai dua* "the second floor"). */
const PLACE_NOUNS = new Set(['posisi', 'peringkat', 'urutan', 'juara', 'ranking', 'rangking', 'rengking', 'lantai']);

/** *menduduki posisi dua* ("second place"), *berada di peringkat 3* ("ranked third"): the number is an ordinal. */
function rankAfterPlaceNoun(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (const f of figures) {
    // (a word read as the counted thing that the unit table does not know is no unit here: *peringkat 3 dunia*)
    if (f.kind !== 'count' || (f.unit !== undefined && knownUnit(f.unit.toLowerCase(), 'id')) || f.scale !== undefined || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 100) continue;
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, f.start - 20), f.start));
    if (!before || !PLACE_NOUNS.has(before[1].toLowerCase())) continue;
    // (*peringkat tiga besar*: the top three, a count of places)
    if (/^\s+(?:besar|teratas|terbesar|terbaik)\b/i.test(text.slice(f.end))) continue;
    f.kind = 'ordinal';
    if (f.unit !== undefined) {
      f.end = f.start + /^\S+/.exec(f.text)![0].length;
      f.text = text.slice(f.start, f.end);
      delete f.unit;
    }
  }
}

/** Words before *satu* that make it a number: *hanya satu*, *tinggal satu*, *baru satu*, *sedikitnya satu*. */
const SATU_COUNTED_AFTER = new Set(['plus', 'minus', 'hanya', 'cuma', 'tinggal', 'baru', 'sedikitnya', 'setidaknya', 'sekurang-kurangnya', 'minimal', 'maksimal', 'paling', 'sebanyak', 'sejumlah', 'tambah', 'dari', 'atau', 'dan', 'serta']);

/** *hanya meraih satu penghargaan*, *cuma punya satu anak*: "only" and a verb before *satu*, which then counts (only one). */
const ONLY_VERB_BEFORE = /\b(?:hanya|cuma|hanyalah)\s+[\p{L}-]+\s+$/iu;

/** People and things news counts one by one that the unit table has no concept for; *kali*: times. */
const SATU_COUNTED_NOUNS = new Set([
  'polisi', 'pria', 'laki-laki', 'awak', 'petugas', 'militan', 'pemberontak', 'gerilyawan', 'jenazah', 'mayat', 'jemaah', 'jamaah',
  'pemain', 'atlet', 'kali', 'lembar', 'butir', 'gol', 'medali', 'lot', 'bom', 'roket', 'granat', 'tahap', 'putaran', 'babak', 'level',
  'tingkat', 'digit', 'angka', 'nomor', 'suku', 'periode', 'masa', 'termin', 'sesi',
]);

/** *satu sumber*, *satu hal* not followed by *lagi* or a count's *dari*: the article (a source), the idiom (one thing). */
const SATU_ARTICLE_NOUNS = /^satu\s+(?:sumber|hal)\b(?!\s+(?:lagi|dari)\b)/i;

/** *satu dari* / *satu di antara* before no number: "one of" (*satu dari rintangan terakhir*), as *salah satu*; *satu dari lima* counts. */
const SATU_ONE_OF = /^satu\s+(?:dari|di\s*antara)\s+(?![\d]|(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\p{L}+\s+(?:puluh|belas|ratus|ribu))\b)/iu;

/** *tidak satu kasus pun*, *tak satu pun*, *bukan satu … pun*: "not a single", no count of one. */
const NOT_ONE_BEFORE = /\b(?:tidak|tak|bukan|belum)\s+$/i;

/** *Satu* that is no count wherever it stands: the article of *satu sumber*, "one of", "not a single", "one … or another". */
function satuNoCount(text: string, f: Omit<Figure, 'sentence'>): boolean {
  const from = text.slice(f.start);
  if (SATU_ARTICLE_NOUNS.test(from) || SATU_ONE_OF.test(from)) return true;
  // *dengan satu atau lain cara*, *satu pos atau pos lainnya*: any one ("one way or another"), no count
  if (/^satu\s+(?:atau\s+(?:yang\s+)?lain\b|(\p{L}+)\s+atau\s+\1\s+(?:yang\s+)?lain(?:nya)?\b)/iu.test(from)) return true;
  // *dari satu pemerintahan sipil ke pemerintahan lainnya* ("from one government to another"): any one, no count
  if (/\bdari\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start)) && /^satu(?:\s+[\p{L}-]+){1,3}?\s+(?:ke|kepada)\s+(?:[\p{L}-]+\s+){0,3}?lain(?:nya)?\b/iu.test(from)) return true;
  // *satu proyek semacam* ("a project of the kind"): the article, whatever else the sentence counts
  if (/^satu\s+\p{Ll}[\p{L}-]+\s+(?:semacam|sejenis|serupa)\b/u.test(from)) return true;
  return NOT_ONE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) && /^satu(?:\s+[\p{L}-]+){0,3}?\s+pun\b/iu.test(from);
}

/** Words after *satu* that make a phrase, not a noun it counts: *satu dari*, *satu per satu*, *satu lawan satu*, *satu … lagi*. */
const SATU_PHRASE_WORDS = new Set(['dari', 'di', 'ke', 'yang', 'dan', 'atau', 'per', 'pun', 'sama', 'lagi', 'lawan', 'demi']);

/** The word after *satu* names no thing it counts: a phrase word, a number word, a percent or a currency (*satu juta*, *satu persen*). */
function notANoun(w: string): boolean {
  return SATU_PHRASE_WORDS.has(w) || INDONESIAN.numberWord(w) || INDONESIAN.percentWords.has(w) || INDONESIAN.currencyWords.has(w);
}

/** A noun *satu* counts as a number before it: a unit, a person or thing news counts one by one, a unit of time or a part of the year. */
function countedOneByOne(noun: string): boolean {
  return knownUnit(noun, 'id') || SATU_COUNTED_NOUNS.has(noun) || INDONESIAN.durations.has(noun) || INDONESIAN.yearParts.has(noun);
}

/**
 * *Satu* as the article: *satu jajak pendapat menunjukkan …* ("a poll shows"), *menandatangani satu
 * memorandum* ("signed a memorandum"). *Satu* before a noun the unit table does not count is read as
 * the article, as *sebuah* and *seorang* are, unless the sentence counts other things (an enumeration
 * or a tally: *tiga pria dan satu wanita*), a bound or a list word stands before it, or *lagi* follows
 * (*satu kapal lagi*, "one more"). Before a counted thing (*satu orang*, *satu polisi*, *satu unit*) or
 * a unit of time or measure it stays a count.
 */
function dropArticleSatu(text: string, figures: Omit<Figure, 'sentence'>[]): Omit<Figure, 'sentence'>[] {
  // *mengutip satu sumber* ("citing a source"), *satu hal* ("one thing", the idiom): the article whatever else is counted
  figures = figures.filter((f) => !(f.kind === 'count' && f.value === 1 && f.form === 'words' && f.qualifier === 'exact' && satuNoCount(text, f)));
  const counts = figures.filter((f) => f.kind === 'count' || f.kind === 'range').length;
  if (counts === 0) return figures;
  return figures.filter((f) => {
    if (f.kind !== 'count' || f.value !== 1 || f.qualifier !== 'exact' || f.form !== 'words') return true;
    // (*Baris satu … baris dua*, *eselon empat sampai eselon satu*: numbers after one noun, a series of designators)
    if (counts > 1 && sameNounBefore(text, figures, f)) return true;
    // (the sentence counts other things: *satu* listed with them, *tiga pria dan satu wanita*, is an item of the
    // tally; *dua pemimpin … satu partai Islamis* ("a party"), *lima kendaraan satu gerakan* is the article)
    if (counts > 1 && listedWithCount(text, figures, f)) return true;
    // the noun: the counted thing read, or (*satu memorandum*, none read) the word after *satu*
    const m = f.unit ? /^satu\s+([\p{L}-]+)$/iu.exec(f.text) : /^satu$/i.test(f.text) ? /^\s+(\p{Ll}[\p{L}-]{2,})\b/u.exec(text.slice(f.end)) : null;
    const noun = m?.[1].toLowerCase();
    if (!noun || (f.unit && noun !== f.unit.toLowerCase()) || notANoun(noun) || countedOneByOne(noun)) return true;
    if (SATU_COUNTED_AFTER.has(wordBefore(text, f)) || ONLY_VERB_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) return true;
    if (/^\s+lagi\b/i.test(text.slice(f.end))) return true;
    return false;
  });
}

/** Between a count and a *satu* listed after it, or a *satu* and a count listed after it: a joining word, a comma, or the
 * words of a span (*eselon empat sampai eselon satu*). */
const LIST_GAP = /^[^.;:()]{0,60}?(?:,|\b(?:dan|serta|atau|sedangkan|hingga|sampai)\b)[^.;:()]{0,40}$/i;

/** The word right before a figure, lower case ('' when none). */
function wordBefore(text: string, f: Omit<Figure, 'sentence'>): string {
  return /([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, f.start - 40), f.start))?.[1].toLowerCase() ?? '';
}

/** `f` (a *satu*) and another number of the sentence follow the same noun (*baris satu … baris dua*). */
function sameNounBefore(text: string, figures: Omit<Figure, 'sentence'>[], f: Omit<Figure, 'sentence'>): boolean {
  const noun = wordBefore(text, f);
  return noun.length > 2 && !ID_FUNCTION_WORDS.has(noun) && figures.some((g) => g !== f && (g.kind === 'count' || g.kind === 'ordinal') && wordBefore(text, g) === noun);
}

/** `f` (a *satu*) is listed with another count of the sentence: a joining word or a comma between them, nothing else closing. */
function listedWithCount(text: string, figures: Omit<Figure, 'sentence'>[], f: Omit<Figure, 'sentence'>): boolean {
  return figures.some((g) => g !== f && (g.kind === 'count' || g.kind === 'range') && (g.end <= f.start ? LIST_GAP.test(text.slice(g.end, f.start)) : g.start >= f.end && LIST_GAP.test(text.slice(f.end, g.start))));
}

/** What a gap between a figure and its conversion may hold: `(`, `(about`, `, or`, `atau sekitar`. */
const CONVERSION_GAP = /^\s*(?:local time\s*|waktu setempat\s*|[A-Z][a-z]+ time\s*|waktu [A-Z][a-z]+\s*)?(?:(?:°?[A-Za-z]{1,10}\.?\s*)?[([](?:\s*(?:pukul|jam|at|about|sekitar))?|,?\s*(?:or|atau|equivalent to|setara dengan|setara|equal to|which is))\s*$/i;
/** Units of measure a translator converts (length, area, mass, volume, temperature, speed). */
const MEASURE = /^(?:k?m|cm|mm|ft|in|mi|kg|g|lbs?|oz|ha|km2|sq|kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|milimet(?:er|re)s?|millimet(?:er|re)s?|feet|foot|kaki|inci|nautical miles?|mil laut|inch(?:es)?|miles?|mil|kilograms?|kilos?|grams?|pounds?|ounces?|tons?|tonnes?|hekt?ar[e]?s?|hectares?|acres?|lit(?:er|re)s?|gallons?|barrels?|barel|degrees?|derajat|drajat|celsius|fahrenheit|c|f|mph|kph|km\/h|kmh|knots?|knot)$/i;

/** Mass units a weight in pounds is converted into (`20 pounds (9 kg)`). */
const MASS = /^(?:kg|g|kilograms?|kilos?|grams?|tons?|tonnes?)$/i;

/** What may close a bracket that holds a bare amount after an amount of money: a currency code, then the bracket (`(900,000 US)`). */
const BARE_AMOUNT_CLOSE = /^\s*(?:US|USD|U\.S\.|AS|dollars?|dolar)?\s*[)\]]/;

/** Words in a figure's text that name a time zone: a time in another zone is a conversion. */
const ZONE = new RegExp(`\\b(?:${Object.keys(TIME_ZONES).join('|')}|local|setempat)\\b`);

const DEGREES = /^(?:(?:degrees?|derajat|drajat)(?:\s+(?:celsius|celcius|fahrenheit|centigrade))?|celsius|celcius|fahrenheit|centigrade)$/i;

/** True when two units of measure name one dimension in the concept table (length, mass, area, volume, …). */
function sameDimension(x: string, y: string): boolean {
  const fx = unitFamily(x);
  return fx !== undefined && fx === unitFamily(y);
}

/** A unit of measure a translator converts: one word (`km`, `feet`), a temperature scale (`derajat Celsius`) or a speed (`kilometer per jam`). */
function measureUnit(unit: string): boolean {
  // (`sq mile`, `cubic feet`, `square kilometers`: a measure of area or volume is named by its unit of length)
  return MEASURE.test(unit) || MEASURE.test(unit.split(/\s+/).pop() ?? '') || DEGREES.test(unit) || isSpeedUnit(unit);
}

/**
 * `40 degrees Celsius (104 degrees Fahrenheit)`, `-5 derajat (23 derajat F)`: two temperatures in
 * degrees, the bracketed one the other's value in the other scale (°F = °C × 9/5 + 32, within a degree
 * and a half of rounding). The scale names stand outside the figures (`degrees` is the counted thing).
 */
function temperatureConverted(prev: Omit<Figure, 'sentence'>, f: Omit<Figure, 'sentence'>): boolean {
  if (!prev.unit || !f.unit || !DEGREES.test(prev.unit) || !DEGREES.test(f.unit)) return false;
  if (typeof prev.value !== 'number' || typeof f.value !== 'number') return false;
  const c = prev.value;
  const x = f.value;
  return Math.abs(c * 1.8 + 32 - x) <= 1.5 || Math.abs((c - 32) / 1.8 - x) <= 1.5;
}

/** An amount of money or a range of amounts (`150,000 to 250,000 rupiah ($9.50-$15.80)`). */
function isAmount(x: Omit<Figure, 'sentence'>): boolean {
  return x.kind === 'money' || (x.kind === 'range' && !!x.currency);
}

/** Between a clock time and the date after it: `on`, *pada*, a weekday and a comma (`9:15 p.m. on Tuesday, March 11`). */
const TIME_THEN_DATE = /^\s*,?\s*(?:on\s+|pada\s+|hari\s+)?(?:\p{L}+,?\s+)?(?:\(\s*)?$/u;

/**
 * Marks the figures that convert the figure just before them: `100 km (62 miles)`, `Rp1 triliun
 * (US$70 juta)`, `08.00 WIB (01.00 GMT)`, `2 miliar dolar atau Rp30 triliun`. Same kind, another
 * unit, currency or time zone, and nothing but a bracket or `or` between them.
 */
function markConversions(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let k = 1; k < figures.length; k++) {
    const prev = figures[k - 1];
    const f = figures[k];
    const gap = text.slice(prev.end, f.start);
    if (!CONVERSION_GAP.test(gap)) continue;
    if (prev.conversion) {
      // *2,4 miliar dolar Singapura atau 1,8 miliar dolar AS atau Rp16,2 triliun*: a third currency after a
      // conversion restates the same amount again, as the second did
      const orig = figures[k - 2];
      const third = prev.kind === 'money' && f.kind === 'money' && !!f.currency && f.currency !== prev.currency && f.currency !== orig?.currency;
      if (third && !/[([]/.test(gap)) f.conversion = true;
      continue;
    }
    const bracket = /[([]/.test(gap);
    let converts = false;
    // `lose 20 pounds (9 kg)`: the pounds are a weight, which the bracket converts into kilograms
    if (bracket && prev.kind === 'money' && prev.currency === 'GBP' && /\bpounds?$/i.test(prev.text) && f.kind === 'count' && !!f.unit && MASS.test(f.unit)) {
      prev.kind = 'count';
      prev.unit = prev.text.slice(prev.text.search(/pounds?$/i));
      delete prev.currency;
    }
    // `50 kilograms (110 pounds)`: the pounds in the bracket are the weight converted, not money
    if (bracket && f.kind === 'money' && f.currency === 'GBP' && /\bpounds?$/i.test(f.text) && prev.kind === 'count' && !!prev.unit && MASS.test(prev.unit)) {
      f.kind = 'count';
      f.unit = f.text.slice(f.text.search(/pounds?$/i));
      delete f.currency;
    }
    if (isAmount(prev) && isAmount(f)) converts = !!prev.currency && !!f.currency && prev.currency !== f.currency;
    // `700,000 dollars (900,000 US)`: a bare amount alone in the bracket after money restates it (in another currency)
    else if (bracket && prev.kind === 'money' && f.kind === 'count' && f.unit === undefined && BARE_AMOUNT_CLOSE.test(text.slice(f.end))) converts = true;
    else if (prev.kind === 'time' && f.kind === 'time') converts = ZONE.test(f.text) && prev.value !== f.value;
    // `at 9:15 p.m. on Tuesday, March 11 (1415 GMT)`: the time in the bracket converts the time before the date
    else if (bracket && prev.kind === 'date' && f.kind === 'time' && ZONE.test(f.text)) {
      const time = figures[k - 2];
      converts = time?.kind === 'time' && time.value !== f.value && TIME_THEN_DATE.test(text.slice(time.end, prev.start));
    }
    else if ((prev.kind === 'count' || prev.kind === 'range') && (f.kind === 'count' || f.kind === 'range')) {
      // (in brackets; or after *atau*, `or` when the two units measure one dimension: *16.000 kaki atau 4.900 meter*)
      converts = !!prev.unit && !!f.unit && measureUnit(prev.unit) && measureUnit(f.unit) && prev.unit.toLowerCase() !== f.unit.toLowerCase() && (bracket || sameDimension(prev.unit, f.unit));
      converts ||= bracket && temperatureConverted(prev, f);
    }
    if (converts) f.conversion = true;
  }
}

/** Between a quarter and the months that spell it out: a space, a bracket or a dash. */
const QUARTER_MONTHS_GAP = /^\s*[([–—-]?\s*$/;
/** Between the first and the last month of a span: a dash, *hingga* / *sampai* / *s.d.*, "to", "through". */
const MONTH_SPAN_GAP = /^\s*(?:[–—-]|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|to|through|until)\s*$/i;

/** The month number of a month figure (`--09`, `2007-09`), else undefined. */
function monthNumber(f: Omit<Figure, 'sentence'>): number | undefined {
  if (f.kind !== 'date' || typeof f.value !== 'string') return undefined;
  const m = /^(?:--|\d{4}-)(\d{2})$/.exec(f.value);
  return m ? Number(m[1]) : undefined;
}

/**
 * *kuartal III Januari-September 2007*, "the third quarter (July-September)": a quarter followed by
 * the span of months it stands for, its own three months or the months of the year up to its end.
 * The months restate the quarter (as a conversion does): the other version may give either form.
 */
function markQuarterSpelledOut(text: string, figures: Omit<Figure, 'sentence'>[]): void {
  for (let k = 0; k + 2 < figures.length; k++) {
    const q = figures[k];
    const from = figures[k + 1];
    const to = figures[k + 2];
    // (a quarter: three months, *kuartal III*, "third quarter", "Q3")
    const span = yearPartMonths(q);
    if (!span || span[1] - span[0] !== 2) continue;
    const m0 = monthNumber(from);
    if (monthNumber(to) !== span[1] || (m0 !== 1 && m0 !== span[0])) continue;
    if (!QUARTER_MONTHS_GAP.test(text.slice(q.end, from.start)) || !MONTH_SPAN_GAP.test(text.slice(from.end, to.start))) continue;
    from.conversion = true;
    to.conversion = true;
  }
}

function finish(ctx: Ctx, d: Draft): Omit<Figure, 'sentence'> {
  const start = ctx.toks[d.startTok].start;
  const end = ctx.toks[d.endTok - 1].end;
  const f: Omit<Figure, 'sentence'> = {
    text: ctx.text.slice(start, end),
    start,
    end,
    kind: d.kind,
    value: d.value,
    qualifier: d.qualifier,
  };
  if (d.unit !== undefined) f.unit = d.unit;
  if (d.currency !== undefined) f.currency = d.currency;
  if (d.durationUnit !== undefined) f.durationUnit = d.durationUnit;
  if (d.low !== undefined) f.low = d.low;
  if (d.high !== undefined) f.high = d.high;
  if (d.scale !== undefined) f.scale = d.scale;
  if (d.ambiguous) {
    f.ambiguous = true;
    if (d.alternatives && d.alternatives.length) f.alternatives = d.alternatives;
  }
  if (d.form !== undefined) f.form = d.form;
  if (d.collective) f.collective = true;
  if (d.conversion) f.conversion = true;
  if (d.neutral) f.neutral = true;
  if (d.relativeYear) f.relativeYear = true;
  if (d.rank) f.rank = true;
  if (d.fromYearStart) f.fromYearStart = true;
  return f;
}
