/**
 * What a language gives the figure scanner: its number-word grammar and the word lists around
 * numbers (scales, qualifiers, units of time, currencies, months, context words). One meaning
 * model, two lexicons: `indonesian.ts` and `english.ts`.
 */
import type { Lang } from '../text/types';
import type { Qualifier } from './types';

/** A part of the day that moves an hour said on a twelve-hour clock. */
export type DayPart = 'am' | 'pm' | 'night' | 'noon';

/**
 * Phrases around a clock time (lower-case, `'` for an apostrophe): minutes after the hour word (`et demie` 30,
 * `moins le quart` −15), minutes before the hour (`viertel nach` 15), and a part of the day after it (`du soir`).
 */
export interface ClockPhrases {
  minutesAfter: ReadonlyArray<readonly [string, number]>;
  minutesBefore: ReadonlyArray<readonly [string, number]>;
  partsAfter: ReadonlyArray<readonly [string, DayPart]>;
}

/** A number read from words. */
export interface WordNumber {
  value: number;
  /** How many words of the run were consumed. */
  used: number;
  /** The multiplier of a final scale word (`dua juta` → 1e6). */
  scale?: number;
  /** A fraction such as `dua pertiga`, `a quarter of`, `half`. */
  fraction?: boolean;
  /** A magnitude plural (`ribuan`, `tens of thousands`): value is the magnitude. */
  magnitude?: boolean;
  /** A count said as approximate by its own words (`tiga puluhan` = thirty-odd): qualifier `about`. */
  approximate?: boolean;
}

export interface Lexicon {
  lang: Lang;
  /** Cardinal number words from `words[from]` (`dua ribu lima ratus`, `twenty-one`). */
  cardinal(words: readonly string[], from: number): WordNumber | null;
  /** Magnitude plurals from `words[from]` (`puluhan ribu`, `hundreds of thousands`). */
  magnitude(words: readonly string[], from: number): WordNumber | null;
  /** Ordinal words from `words[from]` (`ketiga`, `twenty-first`). */
  ordinal(words: readonly string[], from: number): WordNumber | null;
  /** True when `word` (lower-case) may begin a cardinal, magnitude, fraction or ordinal. */
  startsNumber(word: string): boolean;
  /** True when `word` (lower-case) may continue a number written in words (`ribu`, `and`, `point`). */
  numberWord(word: string): boolean;
  /** Scale words written after digits (`2,5 juta`, `3 billion`), lower-case. */
  scales: ReadonlyMap<string, number>;
  /** Qualifier phrases (lower-case, single spaces, hyphens kept) written before a number. */
  qualifiers: ReadonlyMap<string, Qualifier>;
  /** Words that mark a percent after a number (`persen`, `percent`). */
  percentWords: ReadonlySet<string>;
  /** Two-word percent phrases after a number, first word → second (`pour cent`, `por ciento`). */
  percentPhrases?: ReadonlyMap<string, string>;
  /** The percent sign written before the number, glued to it (Turkish `%12,5`). */
  percentBefore?: boolean;
  /** Words joining an amount to its currency (`millions de francs`, `milioni di euro`). */
  currencyOf?: ReadonlySet<string>;
  /** Function words (articles, pronouns, conjunctions, prepositions) of a language read digits-only: never the counted thing, never after an ordinal's full stop. */
  functionWords?: ReadonlySet<string>;
  /** Abbreviated labels that make the number after their full stop an identifier, besides the shared ones (`S. 81`, `Nr. 4`). */
  dottedLabels?: ReadonlySet<string>;
  /** Label words of a language read digits-only that make the number after them an identifier (`Artikel 5`, `chapitre 3`). */
  labelWords?: ReadonlySet<string>;
  /**
   * Hedge words of a language read digits-only that also name a topic or a worth (German `über`: `ein Bericht über
   * 2019`, `ein Auftrag über 300 Millionen`): no hedge before a year-like number or right after a noun.
   */
  topicWords?: ReadonlySet<string>;
  /** Suffixes glued to digits that make them an ordinal, besides English `st nd rd th` (`1er`, `10e`, `3º`). */
  ordinalSuffixes?: ReadonlySet<string>;
  /** Words after an hour that make it a clock time (`6.02 Uhr`). */
  clockAfter?: ReadonlySet<string>;
  /** Words after an hour that make it a clock time when minutes follow or an `hourBefore` word precedes (`20 h 30`, `à 5 heures`). */
  hourWords?: ReadonlySet<string>;
  hourBefore?: ReadonlySet<string>;
  /** Words said around a clock time of a language read by its cardinals (`et demie`, `du soir`, `Viertel nach`). */
  clockPhrases?: ClockPhrases;
  /** The word before an hour that makes it half an hour earlier (German `halb fünf`, Dutch `half vijf`: 4:30). */
  halfHour?: string;
  /** Words before `halb fünf` that make it a time of day without a clock word (`um`, `om`). */
  halfHourBefore?: ReadonlySet<string>;
  /** Words joining a day, its month and its year (`4 de junio de 2024`). */
  dateOf?: ReadonlySet<string>;
  /**
   * Of a language read by its cardinals in words: the words of numbers (its cardinals, `ciento`, `mil`, `y`): a
   * cardinal right after one is the end of a longer number (`ciento veinte`, `treinta y cinco`), left unread.
   */
  numberParts?: ReadonlySet<string>;
  /** Words joining the parts of one number in words (`y` in `treinta y cinco`), in a language read by its cardinals in words. */
  numberJoiners?: ReadonlySet<string>;
  /** Two-word phrases in which a cardinal of the language is no count (`cien por`, `por cien`, `huit jours`). */
  cardinalIdioms?: ReadonlySet<string>;
  /** The language capitalises its nouns (German): a capitalised number word inside a sentence is a noun (`außer Acht`). */
  nounsCapitalised?: boolean;
  /** A day of the month is written with a full stop (`4. Juni`: German, Danish, Norwegian, Czech). */
  dayDot?: boolean;
  /** Time units after a number → duration unit (`hari` → `day`). */
  durations: ReadonlyMap<string, string>;
  /** Month names → month number. */
  months: ReadonlyMap<string, number>;
  /** Month abbreviations → month number (only next to a day or a year). */
  monthAbbrevs: ReadonlyMap<string, number>;
  /** English month names are capitalised (`May`, `March` are words too). */
  monthsNeedCapital: boolean;
  /** The language writes its month names in lower case (French, Spanish…): a capitalised one alone is a name. */
  monthsLowercase?: boolean;
  /** Words before a lone month name that make it a date (`bulan Agustus`, `in March`). */
  monthBefore: ReadonlySet<string>;
  /** Words after a lone month name that make it a date (`November lalu`). */
  monthAfter: ReadonlySet<string>;
  /** Words (two, or one after a month) after a date without a year that state its year relatively (`this year`, `tahun lalu`, *mendatang*). */
  relativeYearAfter: ReadonlySet<string>;
  /** A word before a date without a year that states its year relatively (`last July 31`). */
  relativeYearBefore: ReadonlySet<string>;
  /** Words before a four-digit number that make it a year (`tahun 1945`, `in 2023`). */
  yearBefore: ReadonlySet<string>;
  /** Weekday names (never figures by themselves). */
  weekdays: ReadonlySet<string>;
  /** Range openers and the word that joins their two ends (`antara … dan`, `between … and`). */
  rangeAnd: ReadonlyMap<string, string>;
  /** Range openers taking `to`-type joiners (`dari … hingga`, `from … to`). */
  rangeFrom: ReadonlySet<string>;
  /** Words joining two numbers into a range (`hingga`, `sampai`, `to`). */
  rangeTo: ReadonlySet<string>;
  /** `dari`/`of`: `37 dari 64 permukiman`. */
  partOf: ReadonlySet<string>;
  /** Multiplier words standing alone (`twice`, `double`) → factor. */
  multiplierWords: ReadonlyMap<string, number>;
  /** Words turning a number into a multiplier (`kali`, `times`). */
  timesWords: ReadonlySet<string>;
  /** Currency words after a number → ISO code. */
  currencyWords: ReadonlyMap<string, string>;
  /** Time words after a clock time (`pagi`, `malam`) → hour shift rule. */
  dayParts: ReadonlyMap<string, DayPart>;
  /** The words of `dayParts` make a bare hour before them a clock time with no clock word before it (`9 مساءً`, `9 утра`). */
  dayPartsAlone?: boolean;
  /** Parts of the day said before an hour, or before its word of the hour, that make it a clock time of that part (`sabah 9'da`, `akşam saat 8'de`). */
  dayPartsBefore?: ReadonlyMap<string, DayPart>;
  /** Words before a clock time (`pukul`, `at`). */
  clockBefore: ReadonlySet<string>;
  /** Words of percent said before the number (`yüzde 58,4`). */
  percentWordsBefore?: ReadonlySet<string>;
  /** Words of `clockBeforeMinutes` that mean "at": a bare hour from 13 to 23 after one, at a clause's end or before `and`, is a clock time too (`alle 21 ed è durata`). */
  clockBeforeLateHour?: ReadonlySet<string>;
  /** Words that make hours with minutes after them a clock time, not a decimal (`alle 14.30`, `в 15.30`); a bare hour stays a number. */
  clockBeforeMinutes?: ReadonlySet<string>;
  /** Words before a number word that make it a definite or collective numeral (`the four`, `their two sons`). */
  collectiveBefore: ReadonlySet<string>;
  /** Words after `ke-12 penumpang` / `ketiga orang` that make the numeral definite (`itu`, `tersebut`). */
  collectiveAfter: ReadonlySet<string>;
  /** One-word collective numerals → their number (`ketiganya` 3, `keempatnya` 4). */
  collectiveWords: ReadonlyMap<string, number>;
  /** Words that make the number after them negative (`minus`, `negatif`). */
  minusWords: ReadonlySet<string>;
  /** Parts of a year counted by an ordinal (`semester`, `kuartal`, `half`, `quarter`) → `half` | `quarter`. */
  yearParts: ReadonlyMap<string, 'half' | 'quarter'>;
  /** Words joining two month names into a span (`hingga`, `dan`, `to`, `and`). */
  monthJoiners: ReadonlySet<string>;
  /** Words joining two numbers that share the percent or unit written after the second (`dan`, `or`). */
  listJoiners: ReadonlySet<string>;
  /** Words joining the two parts of a duration in two units (`dan`, `and`). */
  durationJoiners: ReadonlySet<string>;
  /** Words that may stand between a qualifier and its number (`di bawah angka Rp9.300`, `close to the level of`). */
  qualifierFillers: ReadonlySet<string>;
  /** Verbs of having or being that may stand between a bound and its number (`at least have two`, *paling sedikit memiliki dua*). */
  boundVerbs: ReadonlySet<string>;
  /** Qualifiers that hedge a single number but only place a range (`berkisar`, `kisaran`, `ranging`). */
  spanWords: ReadonlySet<string>;
  /** Words introducing a number without hedging it or asserting it exact (`sebanyak`). */
  neutralBefore: ReadonlySet<string>;
  /**
   * A noun and a bound word that together name a thing (`upah minimum` = the minimum wage, `harga
   * maksimum` = the ceiling price): the amount after them is that wage or price, not bounded by it; or a
   * verb whose particle is a bound word (`took over 51 percent` of a firm = acquired it, `handed over`).
   */
  boundCompounds: ReadonlySet<string>;
  /** `pertama` / `first` with `tiga bulan` / `six months`: the first quarter or half of a year. */
  leadingMonths: ReadonlySet<string>;
}

/** Every hedge followed by every verb of reaching, read as `about` (`almost reached`, *hampir mencapai*). */
export function hedgedReach(hedges: readonly string[], verbs: readonly string[]): [string, Qualifier][] {
  return hedges.flatMap((h) => verbs.map((v): [string, Qualifier] => [`${h} ${v}`, 'about']));
}

const SLIP_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one slip away from `word`: a letter dropped, doubled or added, swapped for another, or two swapped. */
function oneSlip(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of SLIP_LETTERS) {
      out.add(word.slice(0, i) + c + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + c + word.slice(i + 1));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The scale words with every one-slip misspelling of the long ones (`bases`, six letters or more:
 * *triloiun*, *miliiar*, `billlion`, `tirllion`) read as the word meant. A slip that spells another entry
 * of the map (`milyar` ↔ `miliar`, `million` ↔ `billion`) keeps that entry's value, and a slip in
 * `blocked` (a plural, a real word such as `bullion`) is no scale word. Wire copy misspells scale words;
 * short ones (`juta` ↔ *juga*, `ribu` ↔ *ibu*) are one slip from common words and are left alone.
 */
export function withScaleSlips(scales: ReadonlyMap<string, number>, bases: readonly string[], blocked: readonly string[]): ReadonlyMap<string, number> {
  const out = new Map(scales);
  const block = new Set(blocked);
  for (const base of bases) {
    const value = scales.get(base);
    if (value === undefined || base.length < 6) continue;
    for (const slip of oneSlip(base)) if (!out.has(slip) && !block.has(slip)) out.set(slip, value);
  }
  return out;
}
