/**
 * Periods that one version's reader reads and the other's rightly does not, though the other version
 * names them (guideline section 4):
 *
 * - a lone month name the other version writes, capitalised, where its reader wants a context word first
 *   (a list of places and months, *dengan Thailand April*), or with the next word run into it (*Junidan*
 *   for *Juni dan*);
 * - a decade's first year that the other version says as the decade (*akhir 1980* ↔ `the late 1980s`,
 *   `1990` ↔ *tahun 1990-an*), no figure for the reader;
 * - tens of years said vaguely on both sides (*puluhan tahun* ↔ `decades`).
 *
 * The figure is rendered, unread. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang } from '../text/types';
import { INDONESIAN } from '../figures/indonesian';
import { ENGLISH } from '../figures/english';

/** A lone month, no day, no year (`--04`). */
const LONE_MONTH = /^--(\d\d)$/;

/** Short words a hurried copy runs into the month before them (*Junidan*, `Juneand`). */
const RUN_ON: Record<Lang, readonly string[]> = {
  id: ['dan', 'atau', 'serta', 'lalu', 'hingga', 'sampai', 'ini', 'yang', 'ke'],
  en: ['and', 'or', 'to', 'this', 'last'],
};

/**
 * True when `f` is a lone month (`--MM`) whose name `otherText` (in `otherLang`) writes as a capitalised
 * word, alone or with a short word run into it: the same month, which the other reader left unread.
 */
export function monthNamedUnread(f: Figure, otherText: string, otherLang: Lang): boolean {
  if (f.kind !== 'date' || typeof f.value !== 'string') return false;
  const mm = LONE_MONTH.exec(f.value)?.[1];
  if (!mm) return false;
  const month = Number(mm);
  const lex = otherLang === 'en' ? ENGLISH : INDONESIAN;
  const names = [...lex.months].filter(([, m]) => m === month).map(([name]) => name);
  for (const w of otherText.match(/\p{Lu}\p{Ll}+/gu) ?? []) {
    const lower = w.toLowerCase();
    if (names.some((n) => lower === n || (lower.startsWith(n) && RUN_ON[otherLang].includes(lower.slice(n.length))))) return true;
  }
  return false;
}

/** The English names of the decades of a century, by their tens (`seventies`). */
const DECADE_NAMES = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

/** A bare year (`1980`). */
const BARE_YEAR = /^(\d{4})$/;

/**
 * True when `f` is a bare year that starts a decade (`1980`) and `otherText` names that decade (`1980s`,
 * `the '80s`, *1980-an*, *era 80-an*) with no figure of the year: the decade said for its first year.
 */
export function decadeNamedUnread(f: Figure, otherText: string): boolean {
  // (a decade, `años setenta`, that English names in words the reader leaves unread: `the seventies`)
  if (f.kind === 'range' && typeof f.low === 'number' && f.high === f.low + 9 && f.low % 10 === 0) {
    const tens = DECADE_NAMES[(f.low % 100) / 10];
    return !!tens && new RegExp(String.raw`\b(?:nineteen[\s-]|twenty[\s-])?${tens}\b`, 'i').test(otherText);
  }
  if (f.kind !== 'date' || typeof f.value !== 'string') return false;
  const y = BARE_YEAR.exec(f.value)?.[1];
  if (!y || !y.endsWith('0')) return false;
  const yy = y.slice(2);
  return new RegExp(String.raw`(?<!\p{N})(?:${y}|['’]?${yy})(?:s|-?an)(?!\p{L})`, 'u').test(otherText);
}

/** Words for many tens of years, per language: `decades`, *puluhan tahun*, *berpuluh-puluh tahun*, *beberapa dekade*. */
const DECADES: Record<Lang, RegExp> = {
  en: /\bdecades\b/i,
  id: /\b(?:puluhan|berpuluh-puluh)\s+tahun\b|\b(?:beberapa|berbagai)\s+(?:dekade|dasawarsa)\b|\bdekade-dekade\b/i,
};

/** Words for an age in the teens, per language: "teenager", "teenage", "in his teens", *remaja*, *belasan tahun*. */
const TEENS: Record<Lang, RegExp> = {
  en: /\bteen(?:s|age|aged|ager|agers)?\b/i,
  id: /\bremaja\b|\bbelasan\s+tahun\b|\banak\s+baru\s+gede\b|\bABG\b/i,
};

/**
 * True when `f` is tens of years said vaguely (*puluhan tahun*: 10, a magnitude, in years) and `otherText` says
 * `decades` the same way; or years in the teens said vaguely (*anak belasan tahun*: a magnitude of ten that
 * the reader takes for more than ten, in years) and `otherText` says "teenager" or "in his teens".
 */
export function decadesSaidUnread(f: Figure, otherText: string, otherLang: Lang): boolean {
  if (f.qualifier !== 'magnitude' || typeof f.value !== 'number' || f.value !== 10) return false;
  if (f.kind === 'duration' ? f.durationUnit !== 'year' : !f.unit || !/^(?:tahun|years?)$/i.test(f.unit)) return false;
  return DECADES[otherLang].test(otherText) || (/^belasan\b/i.test(f.text) && TEENS[otherLang].test(otherText));
}
