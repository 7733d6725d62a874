/**
 * Two different weekdays for one event (guideline section 4b): a weekday alone is no figure, and a
 * translation often adds or drops one (`kata polisi, Senin` ↔ "police said"), but when each version
 * names exactly one weekday and the two differ (*sidang Kamis* ↔ "the session on Wednesday"), the
 * reader of one learns another day. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';
import type { WeekdayMention } from '../figures/weekdays';
import { mentionFigure } from './mention-figure';

/** ISO 8601 weekday number (1 = Monday … 7 = Sunday) of a mention's day (0 = Sunday … 6 = Saturday). */
function isoWeekday(day: number): number {
  return day === 0 ? 7 : day;
}

/** Words of saying before a weekday: the day a statement was made (`said here on Tuesday`, `told reporters Monday`). */
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|declared|confirmed|quoted)\b[^.;:]{0,60}$/i;
/** Words of saying right after a weekday: `on Tuesday said`, `Monday told`, *Selasa mengatakan*. */
const SAID_AFTER = /^\W{0,3}\s*(?:said|told|announced|mengatakan|menyatakan|mengungkapkan|menjelaskan|menegaskan|kata|ujar)\b/i;
/**
 * A day named relative to another (`the day before`, "a day earlier", *sehari sebelumnya*, *kemarin*): a
 * version that says one lets two weekdays name two days of one story (the close on Tuesday, the
 * Wednesday morning after), so two different weekdays are then no evidence of a changed day.
 */
export const RELATIVE_DAY = /\b(?:the\s+(?:day|night)\s+(?:before|earlier|after)|a\s+day\s+(?:earlier|later|before|after)|the\s+previous\s+day|the\s+next\s+day|yesterday|tomorrow|overnight|kemarin|besok|sehari\s+(?:sebelumnya|sesudahnya|setelahnya|kemudian)|hari\s+sebelumnya)\b/i;

/** Indonesian words of saying before a weekday (`kata Menteri di Jakarta, Kamis`, *ujarnya, Senin*). */
const SAID_BEFORE_ID = /\b(?:kata|ujar|ujarnya|katanya|mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menurut|tutur|jelas|tegas|ungkap)\b[^.;:]{0,60}$/i;
/** An Indonesian reporting day set off by commas at the end of the sentence (`… di Jakarta, Kamis.`). */
const COMMA_BEFORE = /,\s*$/;
const END_AFTER = /^\s*(?:[.]|$)/;
/** "here on" right before an English weekday: the dateline's place and day. */
const HERE_ON = /\bhere\s+on\s+$/i;

/**
 * Whether a weekday names the day a statement was made (the wire's reporting day) or the day of the
 * event the sentence tells: a translator moves the reporting day freely (and PANL's English keeps it as
 * `said on Tuesday`), so only two weekdays of one role can name the same day.
 */
export function weekdayRole(w: WeekdayMention, text: string, textStart: number): 'report' | 'event' {
  const before = text.slice(Math.max(0, w.start - textStart - 80), w.start - textStart);
  const after = text.slice(w.end - textStart, w.end - textStart + 30);
  if (SAID_BEFORE.test(before) || SAID_AFTER.test(after)) return 'report';
  // the wire's dateline at the end of an English sentence ("at the presidential office here on Tuesday.")
  if (HERE_ON.test(before) && END_AFTER.test(after)) return 'report';
  // set off by commas: the reporting day where a word of saying comes before, or the sentence ends; the
  // event's day where the subject's own verb follows (*Presiden, Rabu, mengeluarkan keputusan*)
  if (COMMA_BEFORE.test(before) && (END_AFTER.test(after) || (/^\s*,/.test(after) && SAID_BEFORE_ID.test(before)))) return 'report';
  return 'event';
}

/**
 * The one weekday each side names, when each side names exactly one (once or more) and they differ,
 * in the same role (both the reporting day, or both an event's day: {@link weekdayRole}), and the sides
 * state no date with its day of the month, or the same ones (where they state other dates, the dates are
 * compared, and a weekday beside a date is the date's). Undefined otherwise. `roleA`/`roleB` tell a mention's role.
 */
export function differingWeekdays(
  weekdaysA: readonly WeekdayMention[],
  weekdaysB: readonly WeekdayMention[],
  figuresA: readonly Figure[],
  figuresB: readonly Figure[],
  roleA: (w: WeekdayMention) => 'report' | 'event',
  roleB: (w: WeekdayMention) => 'report' | 'event',
): [WeekdayMention, WeekdayMention] | undefined {
  const one = (ws: readonly WeekdayMention[]) => (ws.length > 0 && ws.every((w) => w.day === ws[0].day) ? ws[0] : undefined);
  const a = one(weekdaysA);
  const b = one(weekdaysB);
  if (!a || !b || a.day === b.day) return undefined;
  if (roleA(a) !== roleB(b)) return undefined;
  const daysOfMonth = (fs: readonly Figure[]) =>
    [...new Set(fs.flatMap((f) => (f.kind === 'date' && typeof f.value === 'string' ? (/(\d\d-\d\d)$/.exec(f.value)?.[1] ?? []) : [])))].sort().join(' ');
  const da = daysOfMonth(figuresA);
  const db = daysOfMonth(figuresB);
  // (the same dates on both sides, `Kamis (28/3)` ↔ "Wednesday (March 28)": the weekday alone changed)
  if ((da || db) && da !== db) return undefined;
  return [a, b];
}

/**
 * A weekday as a date figure for a mismatch: its text and document offsets, the sentence that holds
 * it, and the value `-W-D` (ISO 8601's weekday D of a week left unsaid: 1 = Monday … 7 = Sunday).
 */
export function weekdayFigure(w: WeekdayMention, sentences: readonly Sentence[]): Figure {
  return mentionFigure(w, sentences, 'date', `-W-${isoWeekday(w.day)}`, 'words');
}
