/**
 * Years said relative to the story's time: "this year", "last year", "a year earlier", *tahun ini*,
 * *tahun lalu*, *tahun depan*, and the period a comparison refers back to ("the same period",
 * *periode yang sama*). A translation often renders a year this way (*pada 2009* ↔ "this
 * year"), so a year one version drops is only weakly a drift when the other version names a year
 * relatively, and a real drop when it does not. Pure functions, no I/O.
 */
import type { Lang } from '../text/types';

const RELATIVE_YEAR: Record<Lang, RegExp> = {
  en: new RegExp(
    [
      String.raw`\b(?:this|last|next|past|previous|prior|coming|current|same|that|following|preceding)\s+(?:fiscal\s+|financial\s+|calendar\s+|budget\s+)?year\b`,
      String.raw`\ba\s+year\s+(?:earlier|ago|before|later|on)\b`,
      // `down from the year before`, `the year after`: the year next to the one the sentence is about
      String.raw`\bthe\s+year\s+(?:before|earlier|after)\b`,
      String.raw`\byear[-\s](?:on[-\s]year|earlier|ago|end|to[-\s]date)\b`,
      String.raw`\b(?:end|start|beginning|rest|half)\s+of\s+the\s+year\b`,
      // the year the sentence is about, said again: `the first two months of the year`, `during the year`
      String.raw`\b(?:months|quarter|semester|weeks)\s+of\s+the\s+year\b`,
      String.raw`\b(?:during|throughout|within)\s+the\s+year\b`,
      String.raw`\b(?:annual(?:ly)?|yearly)\b`,
      // the period a comparison refers back to: `the same period last year`, `the corresponding period`
      String.raw`\b(?:same|corresponding|comparable|year-earlier|year-ago)\s+periods?\b`,
    ].join('|'),
    'i',
  ),
  id: new RegExp(
    [
      String.raw`\btahun\s+(?:anggaran\s+)?(?:ini|lalu|kemarin|depan|sebelumnya|berikutnya|mendatang|berjalan|silam|yang\s+(?:sama|lalu|akan\s+datang))\b`,
      String.raw`\bsetahun\s+(?:sebelumnya|lalu|yang\s+lalu|kemudian)\b`,
      String.raw`\b(?:akhir|awal|pertengahan|sisa)\s+tahun\b`,
      // `selama tahun itu`, `sepanjang tahun tersebut`: the year the sentence is about, said again
      String.raw`\b(?:selama|sepanjang|dalam)\s+tahun\s+(?:itu|tersebut)\b`,
      String.raw`\b(?:tahunan|per\s+tahun|year\s+on\s+year|yoy)\b`,
      // the period a comparison refers back to: `periode yang sama tahun lalu`, `periode sama sebelumnya`
      String.raw`\bperiode\s+(?:yang\s+)?sama\b`,
    ].join('|'),
    'i',
  ),
};

/** True when `text` names a year relative to the story's time (in language `lang`). */
export function namesRelativeYear(text: string, lang: Lang): boolean {
  return (RELATIVE_YEAR[lang] ?? RELATIVE_YEAR.en).test(text);
}

/**
 * The two ways of naming a year relatively: from the story's time (`deictic`: "this year", "last year", "a
 * year ago", *tahun lalu*, *tahun ini*) or from another year the sentence names (`anaphoric`: "the year
 * before", "a year earlier", "the previous year", "the same period", *tahun sebelumnya*, *periode yang sama*).
 */
export type RelativeYearKind = 'deictic' | 'anaphoric';

const RELATIVE_YEAR_KINDS: Record<Lang, Record<RelativeYearKind, RegExp>> = {
  en: {
    deictic: /\b(?:this|last|next|past|coming|current)\s+(?:fiscal\s+|financial\s+|calendar\s+|budget\s+)?year\b|\ba\s+year\s+ago\b/i,
    anaphoric:
      /\b(?:previous|prior|preceding|following|same|that)\s+(?:fiscal\s+|financial\s+|calendar\s+|budget\s+)?year\b|\ba\s+year\s+(?:earlier|before|later|on)\b|\bthe\s+year\s+(?:before|earlier|after)\b|\byear[-\s]earlier\b|\b(?:same|corresponding|comparable|year-earlier|year-ago)\s+periods?\b/i,
  },
  id: {
    deictic: /\btahun\s+(?:anggaran\s+)?(?:ini|lalu|kemarin|depan|mendatang|berjalan|silam|yang\s+(?:lalu|akan\s+datang))\b|\bsetahun\s+(?:lalu|yang\s+lalu)\b/i,
    anaphoric: /\btahun\s+(?:sebelumnya|berikutnya|yang\s+sama|itu)\b|\bsetahun\s+(?:sebelumnya|kemudian)\b|\bperiode\s+(?:yang\s+)?sama\b/i,
  },
};

/** The ways `text` names a year relatively (in language `lang`): deictic, anaphoric, both or none. */
export function relativeYearKinds(text: string, lang: Lang): RelativeYearKind[] {
  const kinds = RELATIVE_YEAR_KINDS[lang] ?? RELATIVE_YEAR_KINDS.en;
  return (['deictic', 'anaphoric'] as const).filter((k) => kinds[k].test(text));
}

/** The period a comparison refers back to: "the same period(s)", *periode yang sama*. */
const SAME_PERIOD = /\b(?:(?:same|corresponding|comparable|year-earlier|year-ago)\s+periods?|periode\s+(?:yang\s+)?sama)\b/gi;

/** {@link RELATIVE_YEAR} for counting every occurrence (`matchAll` needs the global flag). */
const RELATIVE_YEAR_ALL: Record<Lang, RegExp> = {
  en: new RegExp(RELATIVE_YEAR.en.source, 'gi'),
  id: new RegExp(RELATIVE_YEAR.id.source, 'gi'),
};

/**
 * How many times `text` names a year relative to the story's time (in language `lang`), and how many of those
 * are the period a comparison refers back to ("the same period", *periode yang sama*).
 */
export function relativeYearCount(text: string, lang: Lang): { all: number; samePeriod: number } {
  return {
    all: [...text.matchAll(RELATIVE_YEAR_ALL[lang] ?? RELATIVE_YEAR_ALL.en)].length,
    samePeriod: [...text.matchAll(SAME_PERIOD)].length,
  };
}

/**
 * Months said relative to the story's time: "last month", "earlier this month", "a month earlier",
 * "month-on-month", *bulan lalu*, *bulan ini*, *sebulan sebelumnya*. A translation renders a named month
 * this way as readily as a year (*pada Februari* ↔ "earlier this month"), so a month one version drops
 * or adds is only weakly a drift when the other version names a month relatively.
 */
const RELATIVE_MONTH: Record<Lang, RegExp> = {
  en: new RegExp(
    [
      String.raw`\b(?:this|last|next|past|previous|prior|coming|current|same|that|following|preceding|earlier|later)\s+month\b`,
      String.raw`\ba\s+month\s+(?:earlier|ago|before|later|on)\b`,
      // `from 6.95 percent the month before`: the month before the one the sentence names
      String.raw`\bthe\s+month\s+(?:before|earlier|prior)\b`,
      String.raw`\bmonth[-\s](?:on[-\s]month|earlier|ago|end|to[-\s]date)\b`,
      String.raw`\b(?:end|start|beginning|rest|middle)\s+of\s+the\s+month\b`,
      // the month the sentence is about, said again: `during the month`, `throughout the month`
      String.raw`\b(?:during|throughout|over|within)\s+the\s+month\b`,
      String.raw`\b(?:monthly)\b`,
    ].join('|'),
    'i',
  ),
  id: new RegExp(
    [
      String.raw`\bbulan\s+(?:ini|lalu|kemarin|depan|sebelumnya|berikutnya|mendatang|berjalan|silam|yang\s+(?:sama|lalu|akan\s+datang))\b`,
      String.raw`\bsebulan\s+(?:sebelumnya|lalu|yang\s+lalu|kemudian)\b`,
      // `akhir bulan` (the end of the month), not `akhir bulan Maret` (the end of March)
      String.raw`\b(?:akhir|awal|pertengahan|sisa)\s+bulan\b(?!\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember)\b)`,
      // `selama bulan itu`, `sepanjang bulan tersebut`: the month the sentence is about, said again
      String.raw`\b(?:selama|sepanjang|dalam)\s+bulan\s+(?:itu|tersebut)\b`,
      String.raw`\b(?:bulanan|per\s+bulan|month\s+on\s+month|mom|mtm)\b`,
    ].join('|'),
    'i',
  ),
};

/** True when `text` names a month relative to the story's time (in language `lang`). */
export function namesRelativeMonth(text: string, lang: Lang): boolean {
  return (RELATIVE_MONTH[lang] ?? RELATIVE_MONTH.en).test(text);
}

/**
 * The year counted from January to the story's time: "the calendar year", "year to date", "so far this year",
 * "since the start of the year", "the year to September", *tahun kalender*, *sejak awal tahun*, *sepanjang tahun ini*. A version may say a
 * span from January this way (*Januari–Oktober* ↔ "in the calendar year"), so January is not dropped there.
 */
const YEAR_TO_DATE: Record<Lang, RegExp> = {
  en: /\b(?:calendar\s+year|year[-\s]to[-\s]date|ytd|so\s+far\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|(?:(?:19|20)\d\d|year)\s+to\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d))/i,
  id: /\b(?:tahun\s+kalender|year\s+to\s+date|ytd|sejak\s+awal\s+tahun|sepanjang\s+tahun\s+ini)\b/i,
};

/** True when `text` names the year to date (in language `lang`). */
export function namesYearToDate(text: string, lang: Lang): boolean {
  return (YEAR_TO_DATE[lang] ?? YEAR_TO_DATE.en).test(text);
}

/** A phrase that makes the date after it the end of a (financial) year: *tahun yang berakhir*, "year ended". */
const YEAR_ENDED: Record<Lang, RegExp> = {
  id: /\b(?:tahun|periode|tahun\s+(?:buku|fiskal|anggaran))\s+yang\s+(?:berakhir|berahir|ditutup)(?:\s+(?:pada|tanggal|per))?\s*$/i,
  en: /\b(?:year|period|twelve\s+months|12\s+months)\s+(?:that\s+)?(?:ended|ending|ends|to)(?:\s+on)?\s*$/i,
};

/**
 * True when the text right before offset `at` of `text` makes the date there the end of a year
 * (*untuk tahun yang berakhir 31 Desember 2006*, "for the year ended December 31, 2006"): the date names
 * that year, which a translation says as readily as "last year" or *tahun lalu*.
 */
export function endsAYear(text: string, at: number, lang: Lang): boolean {
  return (YEAR_ENDED[lang] ?? YEAR_ENDED.en).test(text.slice(Math.max(0, at - 60), at));
}
