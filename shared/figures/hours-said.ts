/**
 * Lengths of time said in words in the languages outside the Indonesian and English readers, so that they match
 * `half an hour`, *setengah jam* or `90 minutes` in the other version:
 * - half an hour, a quarter of an hour, three quarters, an hour and a half said whole (`eine halbe Stunde`,
 *   `Viertelstunde`, `une demi-heure`, `une heure et demie`, `media hora`, `mezz'ora`, `meia hora`, `een kwartier`),
 *   read where the reader meets them ({@link lengthSaidAt}), its hedges with them;
 * - a clock notation after a word of "in", "for" or "during", or before `min` (`en 1 h 30`, `durante 2 h 15`,
 *   `1 h 30 min`): a length of time (90 minutes), not a time of day ({@link clockTimesAsLengths}).
 * (A share of an hour, `un quart d'heure`, is read by the reader's shares, as `a quarter of an hour` is.)
 */
import type { Figure } from './types';

type Found = Omit<Figure, 'sentence'>;

/** Phrases of a length of time said whole, per language: the phrase (a sticky regular expression, tried right at a word) and its hours. */
const SAID: Readonly<Record<string, ReadonlyArray<[RegExp, number]>>> = {
  de: [
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?halbe[nr]?\s+Stunde(?![\p{L}\d])/iuy, 0.5],
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?Dreiviertelstunde(?![\p{L}\d])/iuy, 0.75],
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?Viertelstunde(?![\p{L}\d])/iuy, 0.25],
  ],
  fr: [
    [/(?<![\p{L}\d])une\s+heure\s+et\s+demie(?![\p{L}\d])/iuy, 1.5],
    [/(?<![\p{L}\d])(?:(?:une|la)\s+)?demi[-\s]heure(?![\p{L}\d])/iuy, 0.5],
  ],
  es: [
    [/(?<![\p{L}\d])una\s+hora\s+y\s+media(?![\p{L}\d])/iuy, 1.5],
    [/(?<![\p{L}\d])(?:(?:una|la)\s+)?media\s+hora(?![\p{L}\d])/iuy, 0.5],
  ],
  it: [
    [/(?<![\p{L}\d])un['’]\s?ora\s+e\s+mezz[ao](?![\p{L}\d])/iuy, 1.5],
    [/(?<![\p{L}\d])(?:(?:una|la)\s+)?mezz(?:['’]\s?|a\s+)?ora(?![\p{L}\d])/iuy, 0.5],
  ],
  pt: [
    [/(?<![\p{L}\d])uma\s+hora\s+e\s+meia(?![\p{L}\d])/iuy, 1.5],
    [/(?<![\p{L}\d])(?:(?:uma|a)\s+)?meia\s+hora(?![\p{L}\d])/iuy, 0.5],
  ],
  nl: [
    [/(?<![\p{L}\d])anderhalf\s+uur(?![\p{L}\d])/iuy, 1.5],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?half\s+uur(?![\p{L}\d])/iuy, 0.5],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?driekwartier(?![\p{L}\d])/iuy, 0.75],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?kwartier(?![\p{L}\d])/iuy, 0.25],
  ],
};

/** Words right before a clock notation that make it a length of time (`en 1 h 30`: in an hour and a half). */
const SPAN_BEFORE: Readonly<Record<string, RegExp>> = {
  // (not `de`, `di`: "from", the start of a span of clock times, `de 9 h 30 à 17 h 30`)
  fr: /(?<![\p{L}\d])(?:en|pendant|durant|sur)\s+$/iu,
  es: /(?<![\p{L}\d])(?:en|durante|tras)\s+$/iu,
  it: /(?<![\p{L}\d])(?:in|per|durante|dopo)\s+$/iu,
  pt: /(?<![\p{L}\d])(?:em|durante|por|após)\s+$/iu,
};

/** A clock notation of hours and minutes (`1 h 30`, `2h15`). */
const HOURS_MINUTES = /^(\d{1,2})\s?h\s?(\d{2})$/u;
/** The word of minutes after one (`1 h 30 min`). */
const MINUTES_AFTER = /^\s?min\b\.?/u;

/** A length of time said whole that starts at offset `at` of `text` (`eine halbe Stunde`): its end and its hours, or null. */
export function lengthSaidAt(text: string, at: number, primary: string): { end: number; hours: number } | null {
  for (const [phrase, hours] of SAID[primary] ?? []) {
    phrase.lastIndex = at;
    const m = phrase.exec(text);
    if (m) return { end: at + m[0].length, hours };
  }
  return null;
}

/**
 * Makes the clock notations of `figures` that say a length of time (`en 1 h 30`, `1 h 30 min`) lengths in minutes, in a
 * text of the language `primary`; figures stay in text order, the minutes read alone inside one dropped.
 */
export function clockTimesAsLengths(text: string, figures: Found[], primary: string): void {
  const spanBefore = SPAN_BEFORE[primary];
  if (!spanBefore) return;
  const lengthened = figures.filter((f) => f.kind === 'time' && clockAsLength(text, f, spanBefore));
  if (!lengthened.length) return;
  figures.sort((x, y) => x.start - y.start);
  lengthened.sort((x, y) => x.start - y.start);
  // (`1 h 30 min` read whole: its minutes, read alone as `30 min`, are part of it)
  let j = 0;
  const kept = figures.filter((f) => {
    while (j < lengthened.length && lengthened[j].end <= f.start) j++;
    const g = lengthened[j];
    return !(g && g !== f && g.start < f.start && f.end <= g.end);
  });
  figures.length = 0;
  for (const f of kept) figures.push(f);
}

/** `en 1 h 30`, `1 h 30 min`: the clock figure `f` made a length of time in minutes (true when it was). */
function clockAsLength(text: string, f: Found, spanBefore: RegExp): boolean {
  const m = HOURS_MINUTES.exec(f.text);
  if (!m) return false;
  const minutesWord = MINUTES_AFTER.exec(text.slice(f.end, f.end + 6));
  if (!minutesWord && !spanBefore.test(text.slice(Math.max(0, f.start - 12), f.start))) return false;
  f.kind = 'duration';
  f.value = Number(m[1]) * 60 + Number(m[2]);
  f.durationUnit = 'minute';
  if (minutesWord) {
    f.end += minutesWord[0].replace(/\.$/, '').length;
    f.text = text.slice(f.start, f.end);
  }
  return true;
}
