/**
 * Lengths of time said in words in the languages outside the Indonesian and English readers, read after the figures
 * of a text are found, so that they match `half an hour`, *setengah jam* or `90 minutes` in the other version:
 * - half an hour, a quarter of an hour, three quarters, an hour and a half said whole (`eine halbe Stunde`,
 *   `Viertelstunde`, `une demi-heure`, `une heure et demie`, `media hora`, `mezz'ora`, `meia hora`, `een kwartier`);
 * - a share of an hour read as a count of hours (`un quart d'heure`, `trois quarts d'heure`, `un cuarto de hora`):
 *   a length of time, as `a quarter of an hour` is;
 * - a clock notation after a word of "in", "for" or "during", or before `min` (`en 1 h 30`, `durante 2 h 15`,
 *   `1 h 30 min`): a length of time (90 minutes), not a time of day.
 */
import type { Figure, Qualifier } from './types';

type Found = Omit<Figure, 'sentence'>;

/** Phrases of a length of time said whole, per language: the phrase (a regular expression) and its hours. */
const SAID: Readonly<Record<string, ReadonlyArray<[RegExp, number]>>> = {
  de: [
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?halbe[nr]?\s+Stunde(?![\p{L}\d])/giu, 0.5],
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?Dreiviertelstunde(?![\p{L}\d])/giu, 0.75],
    [/(?<![\p{L}\d])(?:(?:eine[mnr]?|die|der)\s+)?Viertelstunde(?![\p{L}\d])/giu, 0.25],
  ],
  fr: [
    [/(?<![\p{L}\d])une\s+heure\s+et\s+demie(?![\p{L}\d])/giu, 1.5],
    [/(?<![\p{L}\d])(?:(?:une|la)\s+)?demi[-\s]heure(?![\p{L}\d])/giu, 0.5],
  ],
  es: [
    [/(?<![\p{L}\d])una\s+hora\s+y\s+media(?![\p{L}\d])/giu, 1.5],
    [/(?<![\p{L}\d])(?:(?:una|la)\s+)?media\s+hora(?![\p{L}\d])/giu, 0.5],
  ],
  it: [
    [/(?<![\p{L}\d])un['’]\s?ora\s+e\s+mezz[ao](?![\p{L}\d])/giu, 1.5],
    [/(?<![\p{L}\d])(?:(?:una|la)\s+)?mezz(?:['’]\s?|a\s+)?ora(?![\p{L}\d])/giu, 0.5],
  ],
  pt: [
    [/(?<![\p{L}\d])uma\s+hora\s+e\s+meia(?![\p{L}\d])/giu, 1.5],
    [/(?<![\p{L}\d])(?:(?:uma|a)\s+)?meia\s+hora(?![\p{L}\d])/giu, 0.5],
  ],
  nl: [
    [/(?<![\p{L}\d])anderhalf\s+uur(?![\p{L}\d])/giu, 1.5],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?half\s+uur(?![\p{L}\d])/giu, 0.5],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?driekwartier(?![\p{L}\d])/giu, 0.75],
    [/(?<![\p{L}\d])(?:(?:een|het)\s+)?kwartier(?![\p{L}\d])/giu, 0.25],
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

/** The languages {@link hoursSaid} reads. */
export function readsHoursSaid(primary: string): boolean {
  return Object.hasOwn(SAID, primary) || Object.hasOwn(SPAN_BEFORE, primary);
}

/**
 * Reads the lengths of time a text of the language `primary` says in words (see the module's comment) into
 * `figures`, kept in text order; `durations` are the language's words of units of time, `qualifiers` its hedges.
 */
export function hoursSaid(
  text: string,
  figures: Found[],
  primary: string,
  durations: ReadonlyMap<string, string>,
  qualifiers: ReadonlyMap<string, Qualifier>,
): void {
  const lengthened: Found[] = [];
  for (const f of figures) {
    // `un quart d'heure`, `tres cuartos de hora`: a share of an hour, counted in hours
    const unit = f.kind === 'count' && !f.durationUnit && f.unit ? durations.get(f.unit.toLowerCase()) : undefined;
    if (unit && typeof f.value === 'number') {
      f.kind = 'duration';
      f.durationUnit = unit;
      delete f.unit;
    }
    if (f.kind === 'time' && SPAN_BEFORE[primary] && clockAsLength(text, f, SPAN_BEFORE[primary])) lengthened.push(f);
  }
  figures.sort((x, y) => x.start - y.start);
  // (`1 h 30 min` read whole: its minutes, read alone as `30 min`, are part of it)
  if (lengthened.length) {
    lengthened.sort((x, y) => x.start - y.start);
    let j = 0;
    const kept = figures.filter((f) => {
      while (j < lengthened.length && lengthened[j].end <= f.start) j++;
      const g = lengthened[j];
      return !(g && g !== f && g.start < f.start && f.end <= g.end);
    });
    figures.length = 0;
    for (const f of kept) figures.push(f);
  }
  const said = SAID[primary];
  if (!said) return;
  const found: Found[] = [];
  for (const [phrase, hours] of said) {
    for (const m of text.matchAll(phrase)) {
      const start = m.index!;
      const end = start + m[0].length;
      // (the phrases of a language do not overlap one another: no letter before one, `Viertelstunde` is not read in `Dreiviertelstunde`)
      if (overlapsAny(figures, start, end)) continue;
      const hedge = qualifierBefore(text, start, qualifiers);
      // (the hedge taken in must not reach into a figure before it either)
      const from = hedge && !overlapsAny(figures, hedge.start, end) ? hedge.start : start;
      found.push({ text: text.slice(from, end), start: from, end, kind: 'duration', value: hours, qualifier: hedge && from !== start ? hedge.qualifier : 'exact', form: 'words', durationUnit: 'hour' });
    }
  }
  if (!found.length) return;
  for (const f of found) figures.push(f);
  figures.sort((x, y) => x.start - y.start);
}

/** True when one of `sorted` (figures in order of their start) overlaps `start`–`end`. */
function overlapsAny(sorted: readonly Found[], start: number, end: number): boolean {
  // the last figure starting before `end`, and those before it while they may still reach `start`
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (sorted[k].end > start) return true;
  return false;
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

/** The hedge or bound of `qualifiers` right before `start` (`au moins une demi-heure`), with where it starts. */
function qualifierBefore(text: string, start: number, qualifiers: ReadonlyMap<string, Qualifier>): { start: number; qualifier: Qualifier } | null {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
  let best: { start: number; qualifier: Qualifier } | null = null;
  for (const [phrase, qualifier] of qualifiers) {
    const written = `${phrase} `;
    if (!before.endsWith(written)) continue;
    const at = start - written.length;
    if (at > 0 && /[\p{L}\d]/u.test(text[at - 1])) continue;
    if (!best || at < best.start) best = { start: at, qualifier };
  }
  return best;
}
