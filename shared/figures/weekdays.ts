/**
 * Weekday names in a sentence (`Selasa`, `on Tuesday`). A weekday is no figure by itself, but a
 * translation often renders a date by its weekday alone (`18 September 2007` ↔ `on Tuesday`,
 * `Senin (12/5)` ↔ `on Monday`); the drift engine uses these to tell such a rendering from a date
 * dropped. Pure functions, never throw.
 */
import type { Lang } from '../text/types';
import { tokenize } from './tokens';

/** A weekday named in a sentence: day 0 = Sunday … 6 = Saturday; offsets into the sentence. */
export interface WeekdayMention {
  day: number;
  start: number;
  end: number;
}

/** Weekday names by language (the lexicons' `weekdays` sets are their keys). */
export const WEEKDAY_NUMBERS: Record<Lang, ReadonlyMap<string, number>> = {
  en: new Map([
    ['sunday', 0],
    ['monday', 1],
    ['tuesday', 2],
    ['wednesday', 3],
    ['thursday', 4],
    ['friday', 5],
    ['saturday', 6],
  ]),
  id: new Map([
    ['minggu', 0],
    ['ahad', 0],
    ['senin', 1],
    ['selasa', 2],
    ['rabu', 3],
    ['kamis', 4],
    ['jumat', 5],
    ['sabtu', 6],
  ]),
};

/**
 * The weekday names of one sentence. English names count when capitalised; Indonesian `Minggu` only
 * when capitalised too (`minggu` is also "week"), and a name typed with a slip only with a capital.
 */
export function weekdaysIn(sentence: string, lang: Lang): WeekdayMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const days = WEEKDAY_NUMBERS[lang === 'en' ? 'en' : 'id'];
  const out: WeekdayMention[] = [];
  try {
    for (const t of tokenize(sentence)) {
      if (t.kind !== 'word') continue;
      const exact = days.get(t.lower);
      const day = exact ?? misspeltWeekday(t.lower, days);
      if (day === undefined) continue;
      const capital = t.raw[0] !== t.raw[0].toLowerCase();
      // a slip needs a capital in Indonesian too: `selama` ("during") is one letter from `Selasa`
      if ((lang === 'en' || day === 0 || exact === undefined) && !capital) continue;
      out.push({ day, start: t.start, end: t.end });
    }
  } catch {
    return [];
  }
  return out;
}

/**
 * A weekday name typed with one slip (`Wedenesday`, `Thrusday`, `Selsa`): one letter added,
 * dropped, changed or two swapped. Only for names of six letters or more, where no other word is
 * that close (the caller still asks for a capital).
 */
function misspeltWeekday(word: string, days: ReadonlyMap<string, number>): number | undefined {
  if (word.length < 5) return undefined;
  return slipOfLongName(word, days);
}

/** The names of six letters or more of each name map, with their values, in the map's order. */
const longNames = new WeakMap<ReadonlyMap<string, number>, ReadonlyArray<readonly [string, number]>>();

/**
 * The value of the first name of six letters or more in `names` (in its order) that `word` is one
 * slip from ({@link oneSlip}), or undefined. The long names are listed once per map (the maps are
 * constant tables): this runs for every long word of every sentence.
 */
export function slipOfLongName(word: string, names: ReadonlyMap<string, number>): number | undefined {
  let list = longNames.get(names);
  if (!list) longNames.set(names, (list = [...names].filter(([name]) => name.length >= 6)));
  for (let k = 0; k < list.length; k++) {
    const name = list[k][0];
    // oneSlip is false for lengths further apart: skip its call.
    if (name.length - word.length <= 1 && word.length - name.length <= 1 && oneSlip(word, name)) return list[k][1];
  }
  return undefined;
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The weekday (0 = Sunday) of a full ISO date `YYYY-MM-DD`, or undefined. */
export function weekdayOfDate(iso: string): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d.getUTCDay();
}
