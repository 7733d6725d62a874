/**
 * Plants a figure change into one real sentence, the way an editor's slip would: a digit changed, a
 * scale word swapped, a hedge added, or the figure dropped. Used by scripts/eval-planted-real.ts to
 * measure recall on planted drifts in real translations (issue 10: "planted changes on the same real
 * text are all found"). Pure string edits, no I/O.
 */

export type PlantKind = 'value' | 'scale' | 'qualifier' | 'missing';
export const PLANT_KINDS: readonly PlantKind[] = ['value', 'scale', 'qualifier', 'missing'];

/** What a plant needs to know of the figure it edits (offsets into `line`). */
export interface PlantTarget {
  start: number;
  end: number;
  kind: string;
  qualifier: string;
  form?: 'digits' | 'words' | 'mixed';
}

export interface Plant {
  kind: PlantKind;
  /** The sentence after the edit. */
  text: string;
  /** The edited region in `text` (empty at the cut for `missing`). */
  start: number;
  end: number;
}

/** English number words and the word an editor's slip might put instead. */
const WORD_SWAP: Record<string, string> = {
  two: 'three',
  three: 'four',
  four: 'five',
  five: 'six',
  six: 'seven',
  seven: 'eight',
  eight: 'nine',
  nine: 'ten',
  ten: 'twelve',
  twelve: 'fifteen',
  twenty: 'thirty',
  thirty: 'forty',
  forty: 'fifty',
  fifty: 'sixty',
  hundred: 'thousand',
  dozen: 'score',
};

const SCALE_SWAP: Record<string, string> = { million: 'billion', billion: 'million', trillion: 'billion' };

/**
 * A changed digit: the first of a count (`10,000` → `20,000`), the last of a year-like run (`2007` →
 * `2009`); a day of a date moves two days (`24` → `26`) so that it stays a day.
 */
function changedDigits(run: string, date: boolean): string {
  if (date && run.length <= 2) {
    const day = Number(run);
    return String(day <= 26 ? day + 2 : day - 2);
  }
  const yearLike = /^(1[89]|20)\d\d$/.test(run);
  const at = yearLike ? run.length - 1 : 0;
  const d = Number(run[at]);
  const next = yearLike ? (d + 2) % 10 : d === 9 ? 7 : d === 0 ? 3 : d + 1;
  return run.slice(0, at) + String(next) + run.slice(at + 1);
}

function replaceIn(line: string, t: PlantTarget, from: number, to: number, by: string, kind: PlantKind): Plant {
  const text = line.slice(0, from) + by + line.slice(to);
  return { kind, text, start: t.start, end: t.end + by.length - (to - from) };
}

/** The value plant: a digit changed, or a number word swapped for another; null when the figure has neither. */
function valuePlant(line: string, t: PlantTarget): Plant | null {
  const surface = line.slice(t.start, t.end);
  const digits = /\d+/.exec(surface);
  if (digits) {
    const from = t.start + digits.index;
    return replaceIn(line, t, from, from + digits[0].length, changedDigits(digits[0], t.kind === 'date'), 'value');
  }
  const word = /\b[a-z]+\b/gi;
  for (let m = word.exec(surface); m; m = word.exec(surface)) {
    const swap = WORD_SWAP[m[0].toLowerCase()];
    if (swap) {
      const from = t.start + m.index;
      return replaceIn(line, t, from, from + m[0].length, swap, 'value');
    }
  }
  return null;
}

/** The scale plant: `million` ↔ `billion`; null when the figure names no scale word. */
function scalePlant(line: string, t: PlantTarget): Plant | null {
  const surface = line.slice(t.start, t.end);
  const m = /\b(million|billion|trillion)\b/i.exec(surface);
  if (!m) return null;
  const from = t.start + m.index;
  return replaceIn(line, t, from, from + m[0].length, SCALE_SWAP[m[0].toLowerCase()], 'scale');
}

/** The qualifier plant: `about` before an exact amount; null for other figures (dates, ordinals, hedged ones). */
function qualifierPlant(line: string, t: PlantTarget): Plant | null {
  if (t.qualifier !== 'exact' || !['count', 'money', 'percent'].includes(t.kind)) return null;
  // a hedge already standing right before the figure would make the plant a no-op
  if (/\b(about|around|some|nearly|almost|over|more than|up to|less than|at least)\s*$/i.test(line.slice(Math.max(0, t.start - 14), t.start))) return null;
  const by = 'about ';
  return { kind: 'qualifier', text: line.slice(0, t.start) + by + line.slice(t.start), start: t.start, end: t.end + by.length };
}

/** The missing plant: the figure's words cut out (one space kept). */
function missingPlant(line: string, t: PlantTarget): Plant {
  const before = line.slice(0, t.start).replace(/\s+$/, '');
  const after = line.slice(t.end).replace(/^\s+/, '');
  const glue = before && after && !/^[,.;:)]/.test(after) ? ' ' : '';
  const text = before + glue + after;
  return { kind: 'missing', text, start: before.length, end: before.length };
}

/** Every plant that fits the figure (a value, a scale, a hedge, a cut), in PLANT_KINDS order. */
export function plantsFor(line: string, t: PlantTarget): Plant[] {
  const out: Array<Plant | null> = [valuePlant(line, t), scalePlant(line, t), qualifierPlant(line, t), missingPlant(line, t)];
  return out.filter((p): p is Plant => p !== null && p.text !== line);
}
