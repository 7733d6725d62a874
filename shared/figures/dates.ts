/**
 * Dates and clock times, hand-written (no date library): `Rabu (23/10/2024)`, `(4/6)`, `6/4`,
 * `2024-10-23`, `23.10.2024`, `4 Juni 2024`, `June 4, 2024`, `4th June`, `Agustus 2024`,
 * `bulan April`, `in March`, `14.30 WIB`, `pukul 14.30`, `2:30 p.m.`, `14:30`.
 * Values are ISO 8601 with unknown parts left out: `2024-10-23`, `2024-08`, `--06-04`, `--04`, `2024`;
 * times `HH:MM`.
 */
import { TIME_ZONES } from './time-zones';
import type { Lang } from '../text/types';
import type { DayPart, Lexicon } from './lexicon';
import type { Token } from './tokens';
import { isDash, isSym } from './tokens';
import { oneSlip, slipOfLongName } from './weekdays';

export interface DateMatch {
  kind: 'date' | 'time';
  value: string;
  /** First token of the match (inclusive). */
  startTok: number;
  /** Token after the match (exclusive). */
  endTok: number;
  ambiguous?: boolean;
  alternatives?: string[];
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** True when day `d` of month `m` exists (in year `y` when given). */
export function validDate(d: number, m: number, y?: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  if (d > DAYS_IN_MONTH[m]) return false;
  if (m === 2 && d === 29 && y !== undefined) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

/** ISO 8601 with unknown parts left out: (2024, 6, 4) → `2024-06-04`, (undefined, 6, 4) → `--06-04`. */
export function isoDate(y: number | undefined, m: number | undefined, d: number | undefined): string {
  if (y !== undefined && m !== undefined && d !== undefined) return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
  if (y !== undefined && m !== undefined) return `${pad4(y)}-${pad2(m)}`;
  if (m !== undefined && d !== undefined) return `--${pad2(m)}-${pad2(d)}`;
  if (m !== undefined) return `--${pad2(m)}`;
  if (d !== undefined) return `---${pad2(d)}`;
  return y !== undefined ? pad4(y) : '';
}

/** True for a plain integer token of 1–2 digits. */
function small(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.raw.length > 2) return null;
  for (let i = 0; i < t.raw.length; i++) {
    const c = t.raw.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(t.raw);
}

/** A four-digit year token 1000–2999, or null. */
export function yearToken(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || t.raw.length !== 4) return null;
  const c = t.raw.charCodeAt(0);
  if (c !== 49 && c !== 50) return null;
  for (let i = 1; i < 4; i++) {
    const d = t.raw.charCodeAt(i);
    if (d < 48 || d > 57) return null;
  }
  return Number(t.raw);
}

function yearOf(t: Token | undefined): number | null {
  const y = yearToken(t);
  if (y !== null) return y;
  const s = small(t);
  if (s !== null && t!.raw.length === 2) return s < 50 ? 2000 + s : 1900 + s;
  return null;
}

export interface MonthRead {
  month: number;
  /** Token after the month (and its abbreviation dot). */
  end: number;
  abbrev: boolean;
}

/**
 * A month name of six letters or more typed with one slip and a capital (`Februarai`, `Febuari`,
 * `Agusuts`, `Novmber`): one letter added, dropped, changed or two swapped. Shorter names (`Juni`,
 * `Maret`, `April`) are too close to other words.
 */
export function misspeltMonth(lower: string, lex: Lexicon): number | undefined {
  if (lower.length < 5 || lex.months.has(lower)) return undefined;
  return slipOfLongName(lower, lex.months);
}

/** Month names this long are read with a slip only right after a day (shortMonthSlip); longer ones anywhere (misspeltMonth). */
const SHORT_NAME = 5;

/**
 * A month name of five letters typed with one slip and a capital (`Aprip`, `Maert`), right after a day and before a
 * comma, a full stop or a year (`Kamis, 28 Aprip, pukul 17.28 WIB`): only there, where such a word names no other thing.
 */
function shortMonthSlip(tokens: readonly Token[], k: number, lex: Lexicon): MonthRead | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.raw.length !== SHORT_NAME || !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || lex.months.has(t.lower)) return null;
  const next = tokens[k + 1];
  if (next && !(isSym(tokens, k + 1, ',') || isSym(tokens, k + 1, '.') || yearToken(next) !== null)) return null;
  for (const [name, month] of lex.months) if (name.length === SHORT_NAME && oneSlip(t.lower, name)) return { month, end: k + 1, abbrev: false };
  return null;
}

/** The month named by token `k` (full name, one slip in a long name, or an abbreviation written with a capital). */
export function monthAt(tokens: readonly Token[], k: number, lex: Lexicon): MonthRead | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const capital = t.raw.charCodeAt(0) >= 65 && t.raw.charCodeAt(0) <= 90;
  const full = lex.months.get(t.lower);
  if (full !== undefined) {
    if (lex.monthsNeedCapital && !capital) return null;
    return { month: full, end: k + 1, abbrev: false };
  }
  const slip = capital ? misspeltMonth(t.lower, lex) : undefined;
  if (slip !== undefined) return { month: slip, end: k + 1, abbrev: false };
  const ab = lex.monthAbbrevs.get(t.lower);
  if (ab !== undefined && capital) {
    const dot = isSym(tokens, k + 1, '.') && !tokens[k + 1].space;
    return { month: ab, end: dot ? k + 2 : k + 1, abbrev: true };
  }
  return null;
}

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/** A suffix glued to digits that makes them an ordinal: `2nd`, `21st`, and the lexicon's own (`1er`, `10e`, `3º`). */
export function isOrdinalSuffix(t: Token | undefined, lex: Pick<Lexicon, 'ordinalSuffixes'>): boolean {
  return !!t && t.kind === 'word' && !t.space && (ORDINAL_SUFFIX.has(t.lower) || !!lex.ordinalSuffixes?.has(t.lower));
}

/**
 * A date that starts with a number at token `i`: `23/10/2024`, `(4/6)`, `2024-10-23`,
 * `23-10-2024`, `23.10.2024`, `4 Juni [2024]`, `4th June`. `context` tells whether a weekday,
 * `tanggal`/`on` or an opening parenthesis makes a bare `d/m` a date; `dayFirst`: the text's language
 * writes the day before the month (Indonesian, most other languages; English: month first, or either);
 * `orderKnown`: the text's region says which (`en-US`: month first, the other reading is no alternative).
 * Returns `'fraction'` for a bare `a/b` that reads as a fraction (`1/3`), `'skip'` for slash
 * pairs that are neither (`24/7`, `50/50`), or null when no date starts here.
 */
export function dateAtNumber(tokens: readonly Token[], i: number, lex: Lexicon, lang: Lang, context: boolean, dayFirst = lang === 'id', orderKnown = false): DateMatch | 'fraction' | 'skip' | null {
  const t = tokens[i];
  // dotted date inside one token: 23.10.2024
  const dm = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.raw);
  if (dm) {
    const d = Number(dm[1]);
    const m = Number(dm[2]);
    const y = Number(dm[3]);
    if (validDate(d, m, y)) return { kind: 'date', value: isoDate(y, m, d), startTok: i, endTok: i + 1 };
    return null;
  }
  // slash dates and fractions
  if (isSym(tokens, i + 1, '/') && !tokens[i + 1].space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space) {
    const a = small(t);
    const b = small(tokens[i + 2]);
    let y: number | null = null;
    let end = i + 3;
    if (isSym(tokens, i + 3, '/') && !tokens[i + 3].space && tokens[i + 4]?.kind === 'num' && !tokens[i + 4].space) {
      y = yearOf(tokens[i + 4]);
      if (y === null) return 'skip';
      end = i + 5;
    }
    if (a === null || b === null) return y !== null ? 'skip' : null;
    const closes = isSym(tokens, end, ')');
    const opens = isSym(tokens, i - 1, '(');
    // (`24/7` is around the clock, but *Senin (24/7)* the 24th of July: a weekday before its brackets dates it)
    if (a === 24 && b === 7 && y === null && !(opens && closes && lex.weekdays.has(tokens[i - 2]?.lower ?? ''))) return 'skip';
    const dated = y !== null || context || (opens && closes);
    if (!dated && a < b && b <= 10 && a > 0) return 'fraction';
    const [d1, m1] = dayFirst ? [a, b] : [b, a];
    const ok1 = validDate(d1, m1, y ?? undefined);
    const ok2 = validDate(m1, d1, y ?? undefined);
    if (ok1) {
      const value = isoDate(y ?? undefined, m1, d1);
      // English writes both orders (4/6 is April 6 in the US, 4 June elsewhere); a language that puts the day first, one
      if (lang === 'en' && !dayFirst && !orderKnown && ok2 && a !== b) {
        return { kind: 'date', value, startTok: i, endTok: end, ambiguous: true, alternatives: [isoDate(y ?? undefined, d1, m1)] };
      }
      return { kind: 'date', value, startTok: i, endTok: end };
    }
    if (ok2) return { kind: 'date', value: isoDate(y ?? undefined, d1, m1), startTok: i, endTok: end };
    return 'skip';
  }
  // ISO 2024-10-23 and 23-10-2024
  if (isDash(tokens, i + 1) && !tokens[i + 1].space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space && isDash(tokens, i + 3) && !tokens[i + 3].space && tokens[i + 4]?.kind === 'num' && !tokens[i + 4].space) {
    const y0 = yearToken(t);
    if (y0 !== null) {
      const m = small(tokens[i + 2]);
      const d = small(tokens[i + 4]);
      if (m !== null && d !== null && validDate(d, m, y0)) return { kind: 'date', value: isoDate(y0, m, d), startTok: i, endTok: i + 5 };
    }
    const a = small(t);
    const b = small(tokens[i + 2]);
    const y = yearToken(tokens[i + 4]);
    if (a !== null && b !== null && y !== null) {
      const [d, m] = lang === 'id' ? [a, b] : validDate(a, b, y) ? [a, b] : [b, a];
      if (validDate(d, m, y)) return { kind: 'date', value: isoDate(y, m, d), startTok: i, endTok: i + 5 };
    }
  }
  // `the 2005 November election`: English puts a year before its month when both modify a noun (a full month
  // name, not `May` or `March`, which are words too, and no day after it)
  const yearFirst = lang === 'en' ? yearToken(t) : null;
  if (yearFirst !== null && tokens[i + 1]?.space) {
    const mo = monthAt(tokens, i + 1, lex);
    if (mo && !mo.abbrev && !/^(?:may|march)$/i.test(tokens[i + 1].raw) && tokens[mo.end]?.kind !== 'num' && !(tokens[mo.end]?.kind === 'word' && /^\p{Lu}/u.test(tokens[mo.end].raw))) {
      return { kind: 'date', value: isoDate(yearFirst, mo.month, undefined), startTok: i, endTok: mo.end };
    }
  }
  // 4 Juni [2024], 4th June 2024
  const day = small(t);
  if (day !== null && day >= 1 && day <= 31) {
    let k = i + 1;
    if (isOrdinalSuffix(tokens[k], lex)) k++;
    // `1° maggio`, `1° de mayo`: the degree sign typed for the ordinal indicator of the first day (a month must follow)
    else if (isSym(tokens, k, '°') && !tokens[k].space && tokens[k + 1]?.space && (monthAt(tokens, k + 1, lex) || (lex.dateOf?.has(tokens[k + 1]?.lower ?? '') && monthAt(tokens, k + 2, lex)))) k++;
    // `4. Juni`: the day's full stop, in the languages that write one
    else if (lex.dayDot && isSym(tokens, k, '.') && !tokens[k].space && (tokens[k + 1]?.space || lex.months.has(tokens[k + 1]?.lower ?? ''))) k++;
    // `4 de junio de 2024`: a word joining the day, the month and the year, in the languages that write one
    const joined = (j: number) => !!lex.dateOf?.has(tokens[j]?.lower ?? '') && tokens[j].space && !!tokens[j + 1]?.space;
    // (`9.Mai`: a day's full stop glued to its month)
    if (tokens[k]?.space || (lex.dayDot && isSym(tokens, k - 1, '.') && k > i + 1)) {
      const mo = monthAt(tokens, k, lex) ?? (joined(k) ? monthAt(tokens, k + 1, lex) : null) ?? shortMonthSlip(tokens, k, lex);
      if (mo && validDate(day, mo.month)) {
        let end = mo.end;
        let y: number | undefined;
        let yk = end;
        if (isSym(tokens, yk, ',')) yk++;
        else if (joined(yk) && yearToken(tokens[yk + 1]) !== null) yk++;
        const yt = yearToken(tokens[yk]);
        if (yt !== null && tokens[yk].space && !(tokens[yk + 1] && tokens[yk + 1].kind === 'sym' && (tokens[yk + 1].raw === ',' || tokens[yk + 1].raw === '.') && tokens[yk + 2]?.kind === 'num' && !tokens[yk + 2].space)) {
          y = yt;
          end = yk + 1;
        }
        if (y !== undefined && !validDate(day, mo.month, y)) return null;
        return { kind: 'date', value: isoDate(y, mo.month, day), startTok: i, endTok: end };
      }
    }
  }
  return null;
}

/**
 * A date that starts with a month name at token `i`: `June 4`, `June 4th, 2024`, `Agustus 2024`,
 * and a lone month in a date context (`bulan April`, `in March`, `November lalu`, `mid-June`).
 */
export function dateAtMonth(tokens: readonly Token[], i: number, lex: Lexicon): DateMatch | null {
  const mo = monthAt(tokens, i, lex);
  if (!mo) return null;
  const nx = tokens[mo.end];
  // November, 2007: a comma between the month and its year
  if (isSym(tokens, mo.end, ',') && !nx.space && tokens[mo.end + 1]?.kind === 'num' && tokens[mo.end + 1].space) {
    const y = yearToken(tokens[mo.end + 1]);
    if (y !== null) return { kind: 'date', value: isoDate(y, mo.month, undefined), startTok: i, endTok: mo.end + 2 };
  }
  // September 11,2001: the day and the year run together by a comma with no space (`11,2001` groups no thousands)
  const runTogether = nx && nx.kind === 'num' && nx.space ? /^(\d{1,2}),((?:19|20)\d\d)$/.exec(nx.raw) : null;
  if (runTogether) {
    const d = Number(runTogether[1]);
    const y = Number(runTogether[2]);
    if (d >= 1 && validDate(d, mo.month, y)) return { kind: 'date', value: isoDate(y, mo.month, d), startTok: i, endTok: mo.end + 1 };
  }
  if (nx && nx.kind === 'num' && nx.space) {
    const y = yearToken(nx);
    if (y !== null) return { kind: 'date', value: isoDate(y, mo.month, undefined), startTok: i, endTok: mo.end + 1 };
    const d = small(nx);
    if (d !== null && d >= 1 && validDate(d, mo.month)) {
      let end = mo.end + 1;
      if (isOrdinalSuffix(tokens[end], lex)) end++;
      // a following comma + digits that continue a number (`June 4,500`) would not be glued here
      let yk = end;
      if (isSym(tokens, yk, ',')) yk++;
      const yt = yearToken(tokens[yk]);
      if (yt !== null && tokens[yk].space && validDate(d, mo.month, yt)) return { kind: 'date', value: isoDate(yt, mo.month, d), startTok: i, endTok: yk + 1 };
      return { kind: 'date', value: isoDate(undefined, mo.month, d), startTok: i, endTok: end };
    }
  }
  if (mo.abbrev) return null;
  // (in a language that writes its months in lower case, a capitalised one alone is a name: `sur Mars`, `a Maggio`,
  // `Plaza de Mayo`)
  if (lex.monthsLowercase && /^\p{Lu}/u.test(tokens[i].raw)) return null;
  // a lone month name needs a context word
  let p = i - 1;
  if (isDash(tokens, p) && !tokens[p].space && !tokens[i].space) p--;
  const prev = tokens[p];
  const before = prev && prev.kind === 'word' ? prev.lower : '';
  const after = nx && nx.kind === 'word' ? nx.lower : '';
  // a month listed after another: April and May, Juli dan Agustus
  const listed = (before === 'and' || before === 'or' || before === 'dan' || before === 'atau' || before === 'to' || before === 'hingga' || before === 'sampai') && p > 0 && monthAt(tokens, p - 1, lex) !== null;
  if (lex.monthBefore.has(before) || lex.monthAfter.has(after) || listed || monthModifies(tokens, i, p, mo.end, lex)) {
    return { kind: 'date', value: isoDate(undefined, mo.month, undefined), startTok: i, endTok: mo.end };
  }
  return null;
}

/**
 * An Indonesian month name that modifies the noun before it (*penjualan ritel Maret*, *data ekspor Juni, yang*):
 * capitalised, right after a lowercase word and not followed by a capitalised word (not part of a name such as
 * *Agustus Salim*). Indonesian month names are no other words, so only a name can mislead. In English (whose
 * months need a capital, and where `May`, `March` are words) only after a determiner or a comparison word.
 */
function monthModifies(tokens: readonly Token[], i: number, p: number, end: number, lex: Lexicon): boolean {
  if (!/^[A-Z][a-z]/.test(tokens[i].raw)) return false;
  const prev = tokens[p];
  if (!prev || prev.kind !== 'word' || p !== i - 1) return false;
  const nx = tokens[end];
  if (nx && nx.kind === 'word' && /^[A-Z]/.test(nx.raw)) return false;
  if (!lex.monthsNeedCapital) return /^[a-z]/.test(prev.raw);
  // `compared to April`, `in the year to September`, `the nine months to June` (a period ending with the month), not
  // `from 2007 to September` (the end of a span the other version may name whole)
  if (prev.lower === 'to') return PERIOD_TO_MONTH.has(tokens[p - 1]?.lower ?? '');
  return MONTH_DETERMINERS.has(prev.lower);
}

/** English words before `to` and a month that end a period with that month (`the year to September`), or compare with it. */
const PERIOD_TO_MONTH = new Set(['compared', 'year', 'months', 'quarter', 'weeks', 'period', 'half']);

/**
 * English words after which a capitalised month name, not followed by a capitalised word, modifies a noun or is
 * compared (`its October test`, `a November meeting`, `the committee's January meeting`, `compared to April`):
 * there `May` and `March` are no verbs.
 */
const MONTH_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 's', 'than']);

/** The words after a military-style time that name the place's own zone. */
const LOCAL_TIME = new Set(['local time', 'waktu setempat']);
/** Words before a clock time. */
export const CLOCK_BEFORE = new Set(['at', 'around', 'about', 'by', 'until', 'before', 'after', 'from', 'pukul', 'jam', 'sekitar', 'sampai', 'hingga']);

/** Time zones after a clock time, lower-case (time-zones.ts). */
const ZONES = new Set(Object.keys(TIME_ZONES).map((z) => z.toLowerCase()));
/**
 * Zones whose abbreviation is a common word or name too (`PT`, a company's *Perseroan Terbatas*; `ET`, `CT`): a zone only
 * written in capitals after a time marked as one (`2 p.m. ET`), never after four digits (*2006 PT Telkom*).
 */
const WORDLIKE_ZONES = new Set(['pt', 'et', 'ct']);
const zoneWord = (t: Token, marked: boolean) => ZONES.has(t.lower) && (!WORDLIKE_ZONES.has(t.lower) || (marked && t.raw === t.raw.toUpperCase()));

/** am/pm after a clock time: `pm`, `PM`, `p.m.`, `a.m`. Returns the marker and the token after it. */
function meridiemAt(tokens: readonly Token[], k: number): { pm: boolean; end: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'am' || t.lower === 'pm') return { pm: t.lower === 'pm', end: k + 1 };
  if ((t.lower === 'a' || t.lower === 'p') && isSym(tokens, k + 1, '.') && !tokens[k + 1].space && tokens[k + 2]?.lower === 'm' && !tokens[k + 2].space) {
    const end = isSym(tokens, k + 3, '.') && !tokens[k + 3].space ? k + 4 : k + 3;
    return { pm: t.lower === 'p', end };
  }
  return null;
}

export function applyDayPart(h: number, part: DayPart): number {
  if (part === 'am') return h === 12 ? 0 : h;
  if (part === 'pm') return h < 12 ? h + 12 : h;
  if (part === 'noon') return h <= 5 ? h + 12 : h;
  // night: 6–11 in the evening, 12 is midnight
  if (h === 12) return 0;
  return h >= 6 && h < 12 ? h + 12 : h;
}

/** A clock time's value, `HH:MM`, of an hour and minutes (minutes past the day's end or before its start wrap round it). */
export function clockValue(h: number, m = 0): string {
  const total = (((h * 60 + m) % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(total / 60))}:${pad2(total % 60)}`;
}

/**
 * The word before an hour and an hour word (`à 5 heures`, `A 5 heures` at a sentence's start) that makes it a time of
 * day (the lexicon's `hourBefore`); not the lower-case verb `a` (`il y a 2 heures`, `il a 2 heures de retard`).
 */
export function hourBeforeWord(lex: Lexicon, raw: string | undefined): boolean {
  return raw !== undefined && raw !== 'a' && !!lex.hourBefore?.has(raw.toLowerCase());
}

/** Whether a part of the day the lexicon's clock phrases name follows token `at` (`de la mañana`, `مساءً`). */
function partOfDayAfter(tokens: readonly Token[], at: number, lex: Lexicon): boolean {
  const parts = lex.clockPhrases?.partsAfter ?? [];
  if (!parts.length || !tokens[at]?.space) return false;
  const plain = (t: string) => t.toLowerCase().replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
  const said = plain(tokens.slice(at, at + 6).map((x) => x.raw).join(' '));
  return parts.some(([p]) => said === plain(p) || said.startsWith(`${plain(p)} `) || (said.startsWith(plain(p)) && !/[\p{L}\d]/u.test(said[plain(p).length] ?? '')));
}

/**
 * After an hour word (`heures`), words that make the hours a span of time, not a time of day: `de`/`du` and a noun
 * that is no part of the day (`à deux heures de marche`, `à trois heures du sommet`; not `à onze heures du soir`).
 * Only for an hour of the twelve: `parti à dix-huit heures du refuge` left the hut at 18:00.
 */
export function hourWordSpan(rest: string, lex: Lexicon, hours: number): boolean {
  if (hours > 12) return false;
  const plain = (t: string) => t.toLowerCase().replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
  const words = plain(rest.slice(0, 40)).split(' ');
  if (!['de', 'du', 'd', 'di', 'del', 'da'].includes(words[0])) return false;
  const said = words.join(' ');
  return !(lex.clockPhrases?.partsAfter ?? []).some(([p]) => said.startsWith(plain(p)));
}

/**
 * A clock time at number token `i`: `14:30`, `14.30 WIB`, `pukul 14.30`, `pukul 9 pagi`,
 * `2:30 p.m.`, `3 pm`. `clock` tells that a clock word (`pukul`, `at`) stands before.
 */
export function timeAtNumber(tokens: readonly Token[], i: number, lex: Lexicon, clock: boolean): DateMatch | null {
  const t = tokens[i];
  let h: number | null = null;
  let m = 0;
  let end = i + 1;
  let explicitMinutes = false;
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(t.raw);
  if (isSym(tokens, i + 1, ':') && !tokens[i + 1].space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space && /^\d{2}$/.test(tokens[i + 2].raw) && /^\d{1,2}$/.test(t.raw)) {
    h = Number(t.raw);
    m = Number(tokens[i + 2].raw);
    end = i + 3;
    explicitMinutes = true;
    // a third group (hh:mm:ss) is dropped
    if (isSym(tokens, end, ':') && !tokens[end].space && tokens[end + 1]?.kind === 'num' && !tokens[end + 1].space) end += 2;
  } else if (dotted) {
    h = Number(dotted[1]);
    m = Number(dotted[2]);
    explicitMinutes = true;
  } else if (/^\d{1,2}$/.test(t.raw)) {
    h = Number(t.raw);
  } else if (/^(?:0\d|1[0-2])[0-5]\d$/.test(t.raw) && meridiemAt(tokens, i + 1)) {
    // military style before am/pm: `1030 am`, `0915 p.m.`
    const mer = meridiemAt(tokens, i + 1)!;
    const hh = Number(t.raw.slice(0, 2));
    h = mer.pm ? (hh < 12 ? hh + 12 : 12) : hh === 12 ? 0 : hh;
    m = Number(t.raw.slice(2));
    return { kind: 'time', value: `${pad2(h)}:${pad2(m)}`, startTok: i, endTok: mer.end };
  } else if (/^\d{4}$/.test(t.raw) && tokens[i + 1]?.kind === 'word' && zoneWord(tokens[i + 1], false)) {
    // military style before a zone: 0500 GMT
    h = Number(t.raw.slice(0, 2));
    m = Number(t.raw.slice(2));
    explicitMinutes = true;
    if (h > 23 || m > 59) return null;
    return { kind: 'time', value: `${pad2(h)}:${pad2(m)}`, startTok: i, endTok: i + 2 };
  } else if (/^[0-2]\d[0-5]\d$/.test(t.raw) && LOCAL_TIME.has(`${tokens[i + 1]?.lower ?? ''} ${tokens[i + 2]?.lower ?? ''}`) && (!/^(?:19|20)/.test(t.raw) || CLOCK_BEFORE.has(tokens[i - 1]?.lower ?? ''))) {
    // military style before `local time`, *waktu setempat*: 0900 local time (the zone of the place); a
    // year-like 2007 only after a word of clock time (`at 2007 local time`, not `in 2007 local time was`)
    h = Number(t.raw.slice(0, 2));
    m = Number(t.raw.slice(2));
    if (h > 23) return null;
    return { kind: 'time', value: `${pad2(h)}:${pad2(m)}`, startTok: i, endTok: i + 3 };
  }
  if (h === null || h > 24 || m > 59) return null;
  const colon = explicitMinutes && !dotted;
  // what follows: am/pm, a day part, a time zone
  let zoneEnd = end;
  let marked = false;
  const mer = meridiemAt(tokens, end);
  const after = tokens[end]?.kind === 'word' ? tokens[end].lower : '';
  // (`15 h. 30`: the hour word may take a full stop)
  const mk = isSym(tokens, end + 1, '.') && !tokens[end + 1].space ? end + 2 : end + 1;
  const minutesAfter = !explicitMinutes && tokens[mk]?.kind === 'num' && /^[0-5]\d$/.test(tokens[mk].raw) ? Number(tokens[mk].raw) : null;
  // `de 9 h à 17 h`: an hour word on both ends of a span of hours makes the first a clock time too
  const hourSpan = !!lex.hourWords?.has(after) && !!lex.rangeTo?.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.kind === 'num' && lex.hourWords.has(tokens[end + 3]?.lower ?? '');
  // (`à 5 heures`, not `il y a 2 heures`; nor a span: `à 2 heures de marche`)
  const hourBefore = hourBeforeWord(lex, tokens[i - 1]?.raw);
  const span = minutesAfter === null && !!lex.hourWords?.has(after) && hourWordSpan(tokens.slice(end + 1, end + 8).map((x) => x.raw).join(' '), lex, h);
  // (`8 giờ tối`, `8 heures du soir`: an hour word and a part of the day after it make a time of day too)
  if (lex.clockAfter?.has(after) || (lex.hourWords?.has(after) && !span && (minutesAfter !== null || hourSpan || hourBefore || partOfDayAfter(tokens, end + 1, lex)))) {
    // `6.02 Uhr`, `20 h 30`, `18h00`, `à 5 heures`: a clock time, its minutes after the hour word
    zoneEnd = end + 1;
    if (minutesAfter !== null && lex.hourWords?.has(after)) {
      m = minutesAfter;
      zoneEnd = mk + 1;
    }
    marked = true;
  } else if (hourBefore && partOfDayAfter(tokens, end, lex)) {
    // `a las 9 de la mañana`, `alle 9 di sera`: an hour after a word of the hour and before a part of the day (which
    // the clock phrases add to it)
    marked = true;
  } else if (h === 12 && (after === 'noon' || after === 'midday' || after === 'midnight') && tokens[end].space) {
    // `12 noon`, `12 midnight`
    if (after === 'midnight') h = 0;
    zoneEnd = end + 1;
    marked = true;
  } else if (mer && h >= 1 && h <= 12) {
    h = mer.pm ? (h < 12 ? h + 12 : 12) : h === 12 ? 0 : h;
    zoneEnd = mer.end;
    marked = true;
  } else if (tokens[end]?.kind === 'word') {
    const part = lex.dayParts.get(tokens[end].lower);
    // `pukul 9 pagi`, and hours with minutes before a day part without a clock word (*pada 09.03 pagi*)
    if (part && (clock || dotted !== null || lex.dayPartsAlone) && h <= 12) {
      h = applyDayPart(h, part);
      zoneEnd = end + 1;
      marked = true;
    } else if (tokens[end].lower === 'dini' && tokens[end + 1]?.lower === 'hari' && clock) {
      zoneEnd = end + 2;
      marked = true;
    }
  }
  const z = tokens[zoneEnd];
  let zoned = false;
  if (z && z.kind === 'word' && z.space && zoneWord(z, marked || colon || dotted !== null)) {
    zoneEnd++;
    zoned = true;
  } else if (z && z.kind === 'word' && z.space && z.lower === 'jakarta' && tokens[zoneEnd + 1]?.lower === 'time' && tokens[zoneEnd + 1].space) {
    // `2:30 p.m. Jakarta time`: Western Indonesian time, named by its city
    zoneEnd += 2;
    zoned = true;
  } else if (dotted && !marked && LOCAL_TIME.has(`${z?.lower ?? ''} ${tokens[zoneEnd + 1]?.lower ?? ''}`)) {
    // hours with minutes before *waktu setempat*, `local time` (*pada 09.03 waktu setempat*): a clock time
    zoned = true;
  }
  // hours written with a leading zero (`02.00`, `07.30`): no amount is written so, a clock time
  const padded = dotted !== null && dotted[1].length === 2 && dotted[1][0] === '0';
  if (!(colon || marked || zoned || clock || padded)) return null;
  if (!explicitMinutes && !marked && !clock) return null;
  if (h === 24) h = 0;
  return { kind: 'time', value: `${pad2(h)}:${pad2(m)}`, startTok: i, endTok: zoneEnd };
}
