/**
 * A lone month name that one version's reader takes for a month and the other's does not: the other
 * version writes the same month name, capitalised, where its reader wants a context word first (a list of
 * places and months, *dengan Thailand April*), or with the next word run into it (*Junidan* for *Juni dan*).
 * The month is rendered, unread (guideline section 4). Pure functions, no I/O.
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
