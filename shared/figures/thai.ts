/**
 * What Thai says of a figure around its digits, read after the figures of a Thai text are found
 * (other-languages.ts reads its scale, currency, month and hedge words):
 * - Years of the Buddhist era: Thai dates its years 543 years ahead of the common era
 *   (*4 มิถุนายน 2567* is 4 June 2024, *พ.ศ. 2566* is 2023). A year from 2400 to 2700 in a date, or after
 *   *พ.ศ.*, *ปี* (year) or *พุทธศักราช*, is read as the year of the common era it names, so that it
 *   matches the other version's `2024`; its text stays as written. After *ค.ศ.* a year is already one of the
 *   common era.
 * - Clock times said in hours of the day: *9 โมงเช้า* (9 in the morning), *บ่าย 2 โมง*, *2 ทุ่ม* (8 at night).
 * - *ร้อยละ 3.5*: the percent word before the number ("in a hundred") makes it a percent.
 * - *งบประมาณ 3.4 ล้านบาท* (a budget of 3.4 million baht): the word breaker parts *งบประมาณ* (budget) into *งบ* and
 *   *ประมาณ* (about); there it is no hedge.
 */
import type { Figure, Qualifier } from './types';
import { tokenize } from './tokens';
import { clockValue } from './dates';

type Found = Omit<Figure, 'sentence'>;

/** The Buddhist era's lead on the common era, in years. */
export const BUDDHIST_ERA_OFFSET = 543;

/** Years of the Buddhist era a text of today names (the common era's 1857 to 2157). */
const BE_FIRST = 2400;
const BE_LAST = 2700;

/** Right before a year: the era's name (*พ.ศ.*, *พุทธศักราช*), or *ปี* (year), with *ใน* or spaces between. */
const BE_BEFORE = /(?:พ\.\s?ศ\.|พุทธศักราช|ปี)\s*$/u;
/** Right before a year of the common era: *ค.ศ.* (or *คริสต์ศักราช*). */
const CE_BEFORE = /(?:ค\.\s?ศ\.|คริสต์ศักราช)\s*$/u;
/** The hedge *ประมาณ* (about), and the word it is the end of in *งบประมาณ* (budget). */
const HEDGE = 'ประมาณ';
const BUDGET = 'งบ';
/** *กว่า* (more than) after a number. */
const MORE = 'กว่า';
/** Between two years of a range or a list: *ถึง*, *จนถึง* (to), *และ* (and), a dash. */
const RANGE_GAP = /^\s*(?:ถึง|จนถึง|และ|[-–])\s*$/u;
/** Right before a number: the percent word *ร้อยละ*. */
const PERCENT_BEFORE = /ร้อยละ\s*$/u;

function isBuddhistYear(y: number): boolean {
  return Number.isInteger(y) && y >= BE_FIRST && y <= BE_LAST;
}

/** Reads the Thai figures of `text` for their era and percent words (see the module's comment), in place. */
export function thaiFigures(text: string, figures: Found[], qualifiers: ReadonlyMap<string, Qualifier>): void {
  /** Where the last year of the Buddhist era read ends (*ปี 2558 ถึง 2563*: a year after it and a word of a range is one too). */
  let eraYearEnd = -1;
  for (const f of figures) {
    if (f.qualifier === 'about' && f.text.startsWith(HEDGE) && text.slice(0, f.start).endsWith(BUDGET)) {
      f.qualifier = 'exact';
      const skip = HEDGE.length + (/^\s*/.exec(f.text.slice(HEDGE.length))?.[0].length ?? 0);
      f.start += skip;
      f.text = f.text.slice(skip);
    }
    // *100 กว่าคน* (a hundred-odd people, over a hundred): `กว่า` after the number is a lower bound
    if (f.kind === 'count' && f.qualifier === 'exact' && f.unit === MORE) {
      f.qualifier = 'more-than';
      const unit = /^\s*([\u0e01-\u0e4f]+)/u.exec(text.slice(f.end));
      if (unit) {
        const word = firstWord(unit[1]);
        f.unit = word;
        f.end += unit[0].length - unit[1].length + word.length;
        f.text = text.slice(f.start, f.end);
      } else delete f.unit;
      continue;
    }
    if (f.kind === 'count' && f.qualifier === 'exact' && f.form === 'digits' && (f.unit === HOUR || f.unit === NIGHT_HOUR) && clockTime(text, f)) continue;
    if (f.kind === 'date' && typeof f.value === 'string') {
      const m = /^(\d{4})(.*)$/.exec(f.value);
      if (m && isBuddhistYear(Number(m[1])) && !CE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) {
        f.value = String(Number(m[1]) - BUDDHIST_ERA_OFFSET) + m[2];
        eraYearEnd = f.end;
      }
      continue;
    }
    if (f.kind !== 'count' || f.qualifier !== 'exact' || f.form !== 'digits' || f.scale !== undefined || typeof f.value !== 'number') continue;
    const before = text.slice(Math.max(0, f.start - 14), f.start);
    const digits = /^\d+(?:[.,]\d+)?/.exec(f.text)?.[0];
    if (!digits) continue;
    const rangeOfYears = eraYearEnd >= 0 && eraYearEnd <= f.start && RANGE_GAP.test(text.slice(eraYearEnd, f.start));
    if ((BE_BEFORE.test(before) || rangeOfYears) && isBuddhistYear(f.value) && digits.length === 4) {
      asYear(f, f.value - BUDDHIST_ERA_OFFSET, digits);
      eraYearEnd = f.end;
    } else if (CE_BEFORE.test(before) && Number.isInteger(f.value) && digits.length === 4) {
      asYear(f, f.value, digits);
    } else if (PERCENT_BEFORE.test(before)) {
      const word = PERCENT_BEFORE.exec(before)!;
      f.kind = 'percent';
      delete f.unit;
      f.end = f.start + digits.length;
      f.start -= word[0].length;
      // *ไม่เกินร้อยละ 3.5* (at most 3.5 percent): a hedge or bound before the percent word is the figure's
      const hedge = hedgeBefore(text.slice(Math.max(0, f.start - 12), f.start), qualifiers);
      if (hedge) {
        f.qualifier = hedge[1];
        f.start -= hedge[0];
      }
      f.text = text.slice(f.start, f.end);
    }
  }
}

/** The hour of Thai clock time: *9 โมง* (9 o'clock), and *2 ทุ่ม*, the night's hours (20:00). */
const HOUR = 'โมง';
const NIGHT_HOUR = 'ทุ่ม';

/**
 * Makes the count `f` of *โมง* or *ทุ่ม* the time it tells, when it is one: *9 โมงเช้า* (9 in the morning) is
 * 09:00, *บ่าย 2 โมง* (2 in the afternoon) and *2 โมง* alone 14:00 (an hour from 1 to 5 said alone is the
 * afternoon's: the early morning's are *ตี 1* to *ตี 5*), *6 โมงเย็น* (6 in the evening) 18:00, *2 ทุ่ม* 20:00;
 * *ครึ่ง* (half) after it is half past. False when it is none (*13 โมง*).
 */
function clockTime(text: string, f: Found): boolean {
  const n = f.value as number;
  const after = /^\s*(เช้า|เย็น|บ่าย)?(\s*ครึ่ง)?/u.exec(text.slice(f.end))!;
  const afternoonBefore = /บ่าย\s*$/u.test(text.slice(Math.max(0, f.start - 6), f.start));
  let h: number;
  if (!Number.isInteger(n) || n < 1) return false;
  if (f.unit === NIGHT_HOUR) {
    if (n > 5 || after[1]) return false;
    h = 18 + n;
  } else if (after[1] === 'เช้า') {
    if (n > 11) return false;
    h = n;
  } else if (after[1] === 'เย็น' || after[1] === 'บ่าย' || afternoonBefore) {
    if (n > 6) return false;
    h = 12 + n;
  } else {
    if (n > 12) return false;
    h = n <= 5 ? 12 + n : n;
  }
  f.kind = 'time';
  f.value = clockValue(h, after[2] ? 30 : 0);
  delete f.unit;
  delete f.form;
  f.end += after[0].length;
  if (afternoonBefore) f.start -= /บ่าย\s*$/u.exec(text.slice(0, f.start))![0].length;
  f.text = text.slice(f.start, f.end);
  return true;
}

/** Makes the count `f` the year `year` (its text the digits alone: the word after them is no counted thing). */
function asYear(f: Found, year: number, digits: string): void {
  f.kind = 'date';
  f.value = String(year);
  delete f.unit;
  delete f.form;
  f.end = f.start + digits.length;
  f.text = digits;
}

/** The hedge or bound (a phrase of `qualifiers`, its words written together as Thai writes them) `before` ends with: [its length, its qualifier]. */
function hedgeBefore(before: string, qualifiers: ReadonlyMap<string, Qualifier>): [number, Qualifier] | null {
  let best: [number, Qualifier] | null = null;
  for (const [phrase, q] of qualifiers) {
    const written = phrase.replace(/ /g, '');
    if (before.endsWith(written) && (!best || written.length > best[0])) best = [written.length, q];
  }
  return best;
}

/** The first word of a run of Thai letters, by the tokenizer's word breaker. */
function firstWord(run: string): string {
  const t = tokenize(run);
  return t.length > 0 ? t[0].raw : run;
}
