import type { Lang } from '../text/types';

export type FigureKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'range'
  | 'duration'
  | 'other';

export type Qualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'less-than'
  | 'at-least'
  | 'at-most'
  | 'up-to'
  | 'magnitude';

/**
 * One figure found in a document. The shape is the public CLI contract
 * (`selaras figures --json`); fields may be added, never renamed.
 */
/** The early, middle or late part of a year or a month. */
export type PeriodPart = 'early' | 'mid' | 'late';

export interface Figure {
  /** Index of the sentence (as `segment` gives it, or the line with `--lines`). */
  sentence: number;
  /** The figure as written, including qualifier and unit words (`lebih dari 6.000 tentara`). */
  text: string;
  /** Offsets into the document text, end exclusive, covering `text`. */
  start: number;
  end: number;
  kind: FigureKind;
  /**
   * number for count/money/percent/ordinal/duration; ISO-8601 with unknown parts left out for
   * dates (`2024-10-23`, `2024-08`, `--06-04`, `2024`); `HH:MM` for time; `LOW..HIGH` for range.
   */
  value: number | string;
  qualifier: Qualifier;
  /** The counted thing as written (`tentara`, `troops`). */
  unit?: string;
  /** ISO 4217 code for money (`IDR`, `USD`, `EUR`, …). */
  currency?: string;
  /** For durations: the time unit (`day`, `week`, `month`, `year`, `hour`, `minute`). */
  durationUnit?: string;
  /** For ranges: the two ends as numbers. */
  low?: number;
  high?: number;
  /** The scale word written (1e3 for ribu/thousand, 1e6 juta/million, 1e9 miliar/billion, 1e12 triliun/trillion). */
  scale?: number;
  /** True when the digits can be read two ways (`1.000` in an English text). */
  ambiguous?: boolean;
  /** The other readings of an ambiguous figure. */
  alternatives?: (number | string)[];
  /** How the number was written: digits, words or both (`2,5 juta` = mixed). */
  form?: 'digits' | 'words' | 'mixed';
  /**
   * A collective or definite numeral (`ketiganya`, `ke-12 penumpang itu`, `the four`, `the two
   * teams`): a figure the other version may say without a number (`both`, `all`).
   */
  collective?: boolean;
  /**
   * A figure that converts the one just before it (`100 km (62 miles)`, `08.00 WIB (01.00 GMT)`,
   * `Rp1 triliun (US$70 juta)`): a translator's addition, not a figure of its own.
   */
  conversion?: boolean;
  /**
   * Introduced by a word that neither hedges the number nor asserts it exact (`sebanyak 50 orang`):
   * it may face `some 50`, `about 50` or `50` in the other version.
   */
  neutral?: boolean;
  /**
   * A date without a year whose year is said in words beside it (`May this year`, `Mei tahun lalu`,
   * `last July 31`): the year is stated relatively, not dropped.
   */
  relativeYear?: boolean;
  /**
   * A year or a month said in part: its early, middle or late part (*awal 2026*, *pertengahan Mei*, `mid-2026`, `late
   * May`, `the end of 2025`). Two such dates of one period that name different parts are different dates.
   */
  periodPart?: PeriodPart;
  /**
   * An ordinal that ranks by a superlative (`the second-largest lender`, *bank terbesar kedua*): a stated
   * place in an order, not a designator or a phrase like `first step`.
   */
  rank?: boolean;
  /**
   * A count of a part said against its whole (*satu dari lima balita*, `one in five children`, `two out of five
   * cases`): the whole (5), read as a figure of its own right after it (`whole`). The two are a proportion, which the
   * other version may give as a fraction or a share (*seperlima*, `20 percent`).
   */
  outOf?: number;
  /** The whole of a proportion (see `outOf`). */
  whole?: boolean;
  /**
   * A length of months counted from the start of the year (`the first six months`, *tiga bulan pertama*): a
   * duration, and the part of the year it covers (the first half, the first quarter), which the other version
   * may name instead (`first half`, *kuartal pertama*).
   */
  fromYearStart?: boolean;
  /**
   * A month that starts a span, written without the year the span's end is written with (*Januari-Mei 2007*,
   * `January to May 2007`): the end's year is its year (the value has it), which the text states once.
   */
  yearFromSpanEnd?: boolean;
}

export interface ExtractOptions {
  lang: Lang;
}
