/**
 * The part of a date that one version gives and the other leaves out, though both name the same date:
 * a year (`Februari 2009` ↔ `February`), a month (*Juli 2008* ↔ "in 2008") or a day (*28 Februari 2007*
 * ↔ "February 2007"), dropped or added. The pairing matched such dates; they are date drifts unless the
 * text says the part another way (guideline sections 4b, 18, 25). Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';
import { parseIsoDate } from './dates';
import { YEAR_PART_NAMES } from './confidence';
import { textBeforeFigure } from './figure-sentence';

/** The figures and sentences of a bead's two sides. */
export interface DateSides {
  figuresA: Figure[];
  figuresB: Figure[];
  sentencesA?: readonly Sentence[];
  sentencesB?: readonly Sentence[];
}

/** The part of a date that `a` and `b`, a matched pair, do not both state (see the file comment); undefined when none is lost. */
export function lostDatePart(a: Figure, b: Figure, sides: DateSides): 'year' | 'month' | 'day' | undefined {
  const { figuresA, figuresB, sentencesA, sentencesB } = sides;
  if (yearDropped(a, b, figuresA, figuresB) || yearAdded(a, b, figuresA, figuresB)) return 'year';
  return datePartLost(a, b, figuresB, sentencesA, sentencesB) ?? datePartLost(b, a, figuresA, sentencesB, sentencesA);
}

const YEAR_OF = /^(\d{4})(?:-|$)/;

/**
 * A date one version gives with its year and the other without (`Februari 2009` ↔ `February`): the
 * other drops the year, unless it states that year on another date of the bead (`On September 7, 2009
 * … dated September 5`) or says it in words there (`until June this year, up from May`, *Desember
 * mendatang*): then the year is only not repeated. A year the translation adds is new to its reader
 * (guideline section 18), as one it drops is lost: see {@link yearAdded}. A year the version states on two
 * dates and the other drops from both is one figure said twice: only its first date reports it (section 29).
 */
function yearDropped(a: Figure, b: Figure, sideA: Figure[], sideB: Figure[]): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return false;
  const ya = YEAR_OF.exec(String(a.value))?.[1];
  const yb = YEAR_OF.exec(String(b.value))?.[1];
  if (!ya || yb) return false;
  if (!/^--\d\d/.test(String(b.value))) return false;
  // (a date that only shares the year a later date of its span writes, *5 hingga 14 September 2007*, drops none: the date
  // that writes it tells the loss, once)
  if (!a.text.includes(ya) && !a.text.includes(ya.slice(2))) return false;
  // `May this year`, `Mei tahun lalu`: the year is said in words
  if (b.relativeYear) return false;
  // `until June this year, up from May`: the year another date of B says in words is the line's year
  if (sideB.some((f) => f !== b && f.kind === 'date' && (YEAR_OF.exec(String(f.value))?.[1] === ya || f.relativeYear))) return false;
  // *29 Juni 2007 … 5 Juli 2007* ↔ `June 29 … July 5`: A says one year twice; its loss is told once, on the first date
  // (a date that only shares the year its range writes once, `August 19 to 21, 2007`, does not state it)
  return !sideA.some((f) => f !== a && f.kind === 'date' && before(f, a) && /^\d{4}-\d\d/.test(String(f.value)) && YEAR_OF.exec(String(f.value))?.[1] === ya && f.text.includes(ya));
}

/** `f` comes before `g` in the text (by sentence, then offset). */
function before(f: Figure, g: Figure): boolean {
  return f.sentence < g.sentence || (f.sentence === g.sentence && f.start < g.start);
}

/**
 * A year version B adds to a date version A gives without one (`17/3` ↔ `March 17, 2007`): as
 * {@link yearDropped} the other way, when B writes the year on this very date (`August 19 to 21,
 * 2007` adds it once, on the `21`) and A does not misprint it right after the date (*5 Juni 208*).
 */
function yearAdded(a: Figure, b: Figure, sideA: Figure[], sideB: Figure[]): boolean {
  const yb = YEAR_OF.exec(String(b.value))?.[1];
  if (!yb || !b.text.includes(yb)) return false;
  if (sideA.some((f) => f !== a && f.start >= a.end && f.start - a.end <= 2 && /^\d{2,4}$/.test(f.text))) return false;
  return yearDropped(b, a, sideB, sideA);
}

/** Words of a part of a year that a month may stand for (`the first seven months of 2008`, *semester I*). */
const YEAR_PART_WORDS = new RegExp(String.raw`\b(?:${YEAR_PART_NAMES}|months|period|periode)\b`, 'i');
/** Words right before a date that make it the end of a reporting period (*yang berakhir Desember 2006*, "as of March 31"). */
const PERIOD_END_BEFORE = /(?:\b(?:berakhir|berakhirnya|akhir|hingga|sampai|ended|ending|end|until|through|to)\s+(?:on\s+|pada\s+|bulan\s+|tanggal\s+)?|end-)$/i;
/** Words right before a coarser date that say the part it leaves out roughly (`early in July, 2008`, *awal Juli*). */
const ROUGH_PART_BEFORE = /\b(?:early|mid|late|awal|pertengahan|medio|akhir)\s+(?:in\s+|of\s+|bulan\s+)?$/i;

/** `months after`, *bulan setelah*: a span counted from a date, whose `months` names no part of the date's year. */
const MONTHS_FROM = /\b(?:months?|bulan)\s+(?:after|before|since|later|earlier|from|setelah|sesudah|sebelum|sejak)\b/gi;

/** How far before a date the words that qualify it are read. */
const BEFORE_REACH = 40;

/**
 * The part of a date version `x` states that version `y`, stating the same year, leaves out: the month
 * (`Juli 2008` ↔ "in 2008", *kesepakatan September 2005* ↔ "the 2005 deal") or the day (`28 Februari
 * 2007` ↔ "February 2007"); undefined when nothing is lost. Not lost: a month `y` states on another date
 * of its bead, a month `y` may say as a part of the year (`the first seven months of 2008`) or roughly
 * (`early in July, 2008` ↔ *1 Juli 2008*), and the end
 * of a reporting period (*tahun yang berakhir Desember 2006* ↔ "in 2006", "as of March 31, 2007" ↔
 * *kuartal pertama 2007*), which names the year or quarter the other side gives. A date made coarser
 * loses what the reader of `y` is told, as a year dropped does (guideline section 25).
 */
function datePartLost(x: Figure, y: Figure, sideY: readonly Figure[], sentencesX: readonly Sentence[] | undefined, sentencesY: readonly Sentence[] | undefined): 'month' | 'day' | undefined {
  if (x.kind !== 'date' || y.kind !== 'date' || x.relativeYear || y.relativeYear) return undefined;
  const dx = parseIsoDate(x.value);
  const dy = parseIsoDate(y.value);
  if (!dx || !dy || dx.year === undefined || dx.year !== dy.year) return undefined;
  const part = dx.month !== undefined && dy.month === undefined ? 'month' : dx.day !== undefined && dy.day === undefined && dx.month === dy.month ? 'day' : undefined;
  if (!part) return undefined;
  // (`two months after the 2005 deal`: a span counted from the date, no part of its year)
  const beforeY = textBeforeFigure(y, sentencesY, BEFORE_REACH).replace(MONTHS_FROM, ' ');
  // (the figure holds the words of a part it names, *akhir Desember 2007*, `mid-July 2008`: periodPart)
  if (YEAR_PART_WORDS.test(beforeY) || ROUGH_PART_BEFORE.test(beforeY) || y.periodPart !== undefined) return undefined;
  const month = (f: Figure) => (f.kind === 'date' ? parseIsoDate(f.value)?.month : undefined);
  // (the end of a period names the year only at the year's end, or where `y`'s side names the end on another date, `in
  // 2008 … ended Sept. 30`: *hingga Oktober 2007* ↔ "in 2007" drops the month)
  const namesY = part === 'day' || dx.month === 12 || sideY.some((f) => f !== y && month(f) !== undefined);
  if (namesY && (PERIOD_END_BEFORE.test(textBeforeFigure(x, sentencesX, BEFORE_REACH)) || x.periodPart === 'late')) return undefined;
  if (part === 'month' && sideY.some((f) => f !== y && month(f) === dx.month)) return undefined;
  return part;
}
