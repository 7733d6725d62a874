/**
 * Figures left without a counterpart that the other version still states, in words the figure reader
 * rightly does not take for a figure there. Each rule names a class of correct rendering seen on real
 * translations (annotation guideline, sections 4 and 14):
 *
 * - `number-word`: a small count whose number the other version writes as a word inside a name or a
 *   compound (*tujuh partai* ↔ `the Seven Party Alliance`, *tiga kali menjabat* ↔ `three-time
 *   president`), or as a word for two (*dua arah* ↔ `both sides`, `two sides` ↔ *kedua pihak*); and an age
 *   below five that the other version says *balita* (`children under 5 years old` ↔ *anak balita*).
 * - `definite-noun`: a count whose counted thing the other version names with a definite article or
 *   a demonstrative instead of the number (*Tiga perusahaan* ↔ `the companies`, `three banks` ↔
 *   *bank-bank tersebut*): the reader knows the number from the sentence before.
 * - `same-number`: a count the other version says by referring back to another count (`an equal
 *   number of others`, `as many`, *jumlah yang sama*).
 * - `name-year`: a year that is part of a name (*Obligasi I Bank Danamon Tahun 2007*, `Bonds I Year
 *   2007`, *Obligasi II/2007*), left out with the name's rendering.
 * - `listed-names`: a small count of named things that the other version names one by one (*dua
 *   organisasi* ↔ `the Grand Council and the Islamic Union`, `three countries` ↔ *Malaysia, Thailand
 *   dan Vietnam*): the count is recoverable from the list (guideline section 12); and a count whose own
 *   side names its items beside it, which the other version names too (`the other seven are A, …` ↔ *A, …*), or a count of things of no
 *   kind of their own it names right after (*dua hal itu, X dan Y* ↔ `X and Y`).
 * - `verbatim`: a figure in words that the other version keeps word for word in the first one's
 *   language (an Indonesian text quoting `first effect` in English): the words are there, unread.
 * - `slipped-year`: a date's year typed with a digit dropped (*5 Juni 208* ↔ `June 5, 2008`), and a
 *   number word typed with one slip (*Tujuah* ↔ `seven`, under `number-word`).
 * - `military-time`: a clock time written as four bare digits after a clock word (`at 1930`) that the
 *   figure reader takes for a year or a count, against the same time written with a separator (*19.30*).
 * - `slipped-month`: a day whose month name is typed with one slip the figure reader rightly does not
 *   take for the month (*5 Aprol* ↔ `April 5`): the count of the one side and the date of the other.
 * - `joined-code`: a number that is part of a name or a code, written apart on one side and joined on
 *   the other (*saham Mobile 8* ↔ `Mobile-8 shares`, *kriteria 5 C* ↔ `the 5C criteria`), where the
 *   reader rightly takes the joined form for no figure.
 * - `whole-share`: a share of 100 percent the other version says with a word for the whole (*100 persen
 *   sahamnya* ↔ `wholly owned`, `100 percent` ↔ *sepenuhnya*, *seluruh*).
 * - `month-name`: a lone month whose name the other version writes where its reader wants a context word
 *   first, or with the next word run into it (*dengan Thailand April*, *Junidan* ↔ `in April`, `in June`).
 * - `clock-word`: a clock time of midnight or noon (*pukul 24.00*, `12 noon`) that the other version says in a
 *   word (`midnight`, *tengah malam*, `noon`, *tengah hari*), which the reader leaves unread (`until midnight`
 *   is as often a deadline as a time).
 * - `decade`: a decade's first year the other version says as the decade (*akhir 1980* ↔ `the late 1980s`),
 *   tens of years said vaguely on both sides (*puluhan tahun* ↔ `decades`), and an age in the teens
 *   (*anak belasan tahun* ↔ `a teenager`).
 *
 * Such a mismatch stays reported (every figure stays accounted for), for review only. Pure
 * functions, no I/O.
 */
import type { Figure } from '../figures/types';
import { Memo } from '../text/memo';
import type { Lang } from '../text/types';
import { INDONESIAN } from '../figures/indonesian';
import { ENGLISH } from '../figures/english';
import { unitConcept } from '../figures/units';
import type { MismatchKind } from './types';
import type { BeadView } from './accounted';
import { sameNumber } from './values';
import { parseIsoDate } from './dates';
import { oneSlip } from '../figures/weekdays';
import { CLOCK_BEFORE } from '../figures/dates';
import { decadeNamedUnread, decadesSaidUnread, monthNamedUnread } from './unread-periods';
import { demonymPrefixes, lookupName } from '../entities/gazetteer';
import { foldName } from '../entities/fold';

/** Why a missing or added figure is rendered, unread, in the other version. */
export type UnreadRendering =
  | 'number-word'
  | 'definite-noun'
  | 'same-number'
  | 'name-year'
  | 'listed-names'
  | 'verbatim'
  | 'slipped-year'
  | 'slipped-month'
  | 'military-time'
  | 'joined-code'
  | 'whole-share'
  | 'month-name'
  | 'clock-word'
  | 'decade';

/** The confidence at most of a mismatch whose figure the other version renders unread (below the drift threshold). */
export const UNREAD_CONFIDENCE = 0.3;

/** The languages of the two sides of a bead. */
export interface BeadLangs {
  langA: Lang;
  langB: Lang;
}

/**
 * Why the figure of this `missing` or `added` mismatch is stated, unread, by the other version, or
 * undefined; a `value` mismatch of two counts, when one's number is written unread on the other side (other kinds:
 * always undefined).
 */
export function renderedUnread(kind: MismatchKind, a: Figure | null, b: Figure | null, view: BeadView, langs: BeadLangs): UnreadRendering | undefined {
  // *perundingan enam negara* paired with `two countries` of `the six-nation talks … the two countries`: the other
  // version writes the count, unread, in a name; the pair is the closest of the rest, not a changed number
  // (a number word only: `both` beside a two is no sign)
  if (kind === 'value' && a && b && a.kind === 'count' && b.kind === 'count') {
    if ((a.value !== 2 && numberWordIn(a, view.figuresB, view.textB, langs.langB)) || (b.value !== 2 && numberWordIn(b, view.figuresA, view.textA, langs.langA))) return 'number-word';
  }
  const f = kind === 'missing' ? a : kind === 'added' ? b : null;
  if (!f) return undefined;
  const other = kind === 'missing' ? view.figuresB : view.figuresA;
  const otherText = kind === 'missing' ? view.textB : view.textA;
  const ownText = kind === 'missing' ? view.textA : view.textB;
  const lang = kind === 'missing' ? langs.langA : langs.langB;
  const otherLang = kind === 'missing' ? langs.langB : langs.langA;
  if (nameYear(f, ownText, otherText)) return 'name-year';
  if (langs.langA !== langs.langB && verbatim(f, otherText)) return 'verbatim';
  if (militaryTime(f, ownText, other, otherText)) return 'military-time';
  if (slippedMonth(f, { text: ownText, lang }, other, { text: otherText, lang: otherLang })) return 'slipped-month';
  if (wholeShare(f, other, otherText, otherLang)) return 'whole-share';
  if (langs.langA !== langs.langB && monthNamedUnread(f, otherText, otherLang)) return 'month-name';
  if (decadeNamedUnread(f, otherText) || decadesSaidUnread(f, otherText, otherLang)) return 'decade';
  if (clockWord(f, otherText, otherLang)) return 'clock-word';
  if (underFiveAbbreviated(f, otherText)) return 'number-word';
  if (f.kind !== 'count') return undefined;
  if (joinedCode(f, other, ownText, otherText)) return 'joined-code';
  if (slippedYear(f, kind === 'missing' ? view.figuresA : view.figuresB, other)) return 'slipped-year';
  if (numberWordIn(f, other, otherText, otherLang)) return 'number-word';
  if (oneOfThem(f, other, otherText, otherLang)) return 'number-word';
  if (SAME_NUMBER[otherLang].test(otherText)) return 'same-number';
  if (definiteNoun(f, lang, otherText, otherLang) || definiteNation(f, ownText, otherText, otherLang)) return 'definite-noun';
  if (listedNames(f, other, otherText, otherLang) || ownListNamed(f, other, { text: ownText, lang }, otherText)) return 'listed-names';
  if (genericItemsNamed(f, other, { text: ownText, lang }, { text: otherText, lang: otherLang })) return 'listed-names';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// the same words, left in the other language

/** `x` with the characters a regular expression gives meaning escaped. */
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `f`, said in words (`first effect` ↔ the Indonesian text quoting *first effect* in English), stands
 * word for word in the other version, whose reader does not read that language: the translator kept
 * the words, not a new figure. Five letters at least (`three`, `second`), so that no short word of the
 * other language happens to match.
 */
function verbatim(f: Figure, otherText: string): boolean {
  if (f.form !== 'words' || f.text.length < 5) return false;
  // a case-blind search for the words, then a look at the characters around each hit (a pattern
  // compiled from the words scanned every text far more slowly)
  const needle = f.text.toLowerCase();
  const hay = otherText.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const after = hay.codePointAt(at + needle.length);
    if (!WORD_CHAR.test(hay.slice(at - codeUnitsBefore(hay, at), at)) && (after === undefined || !WORD_CHAR.test(String.fromCodePoint(after)))) return true;
  }
  return false;
}

/** A letter or a digit. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The length in code units of the character that ends right before `at` (0 at the start). */
function codeUnitsBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? 2 : 1;
}

// ---------------------------------------------------------------------------------------------
// a number written as a word the reader does not take for a figure

/** Words for "the two of them" without a number: `both`, *kedua*, *keduanya*, *kedua belah*. */
const BOTH: Record<Lang, RegExp> = {
  en: /\bboth\b/i,
  id: /\bkedua(?:nya)?\b/i,
};

/** The words of a text, lower-case, with hyphenated compounds split (`three-time` → `three`, `time`). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** *balita*, *batita*: the Indonesian words for children under five (*bawah lima tahun*) and under three (*bawah tiga tahun*). */
const UNDER_AGE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/(?<!\p{L})balita(?!\p{L})/iu, 5],
  [/(?<!\p{L})batita(?!\p{L})/iu, 3],
];

/**
 * True when `f` is an age below five (or three) years (`under 5 years old`, `under-fives`) and the other
 * text says *balita* (or *batita*), the word that abbreviates that age: the number is in the word.
 */
function underFiveAbbreviated(f: Figure, otherText: string): boolean {
  if ((f.kind !== 'count' && f.kind !== 'duration') || (f.qualifier !== 'less-than' && f.qualifier !== 'at-most') || typeof f.value !== 'number') return false;
  return UNDER_AGE_WORDS.some(([word, age]) => f.value === age && word.test(otherText));
}

/**
 * True when `f`, a small count (2 to 20) with no figure of its value on the other side, has its
 * number written there as a single number word (in a name, a compound, an unread phrase) or, for two,
 * as a word for both.
 */
function numberWordIn(f: Figure, other: readonly Figure[], otherText: string, otherLang: Lang): boolean {
  const v = typeof f.value === 'number' ? f.value : NaN;
  if (!Number.isInteger(v) || v < 2 || v > 20) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, v))) return false;
  if (v === 2 && BOTH[otherLang].test(otherText)) return true;
  const lex = otherLang === 'en' ? ENGLISH : INDONESIAN;
  const words = wordsOf(otherText);
  return words.some((w, i) => {
    // a number word typed with one slip (*tujuah*, "sevn"): the reader rightly leaves it, the number is there
    if (!lex.startsNumber(w)) return sameNumber(slipOfNumberWord(w, lex) ?? NaN, v);
    // the word alone is the number: the words after it do not continue it (`seven hundred`)
    const n = lex.cardinal(words, i);
    return !!n && n.used === 1 && !n.fraction && sameNumber(n.value, v);
  });
}

/**
 * A count of one the other version says `one of them` (*其中1人* ↔ "12 were injured, one of them seriously", *1 di
 * antaranya*): the English reader rightly leaves `one of` unread (it is as often "some one of"), the count is there.
 */
function oneOfThem(f: Figure, other: readonly Figure[], otherText: string, otherLang: Lang): boolean {
  if (otherLang !== 'en' || !sameNumber(typeof f.value === 'number' ? f.value : NaN, 1)) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, 1))) return false;
  // (and `175 yen per litre` against *1リットル175円*: the one is the unit a price is given for)
  return /\bone\s+of\s+(?:them|those|whom|which|these|the)\b|\bone\s+(?:was|is|had|has|died|remains?)\b|\bper\s+(?!cent\b)[a-z]/i.test(otherText);
}

/**
 * True when `f`, three digits right after a date without a year on its own side (*5 Juni 208*, "June 5, 208"),
 * is that date's year typed with a digit dropped: the other side dates the same day and month in a year that
 * holds `f`'s digits with one more (2008).
 */
function slippedYear(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  if (f.form !== 'digits' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 100 || f.value > 999) return false;
  const date = own.find((d) => d.kind === 'date' && typeof d.value === 'string' && /^--\d\d-\d\d$/.test(d.value) && f.start >= d.end && f.start - d.end <= 2);
  if (!date || typeof date.value !== 'string') return false;
  const digits = String(f.value);
  const dayMonth = date.value.slice(1);
  return other.some((g) => {
    const m = g.kind === 'date' && typeof g.value === 'string' ? /^(\d{4})(-\d\d-\d\d)$/.exec(g.value) : null;
    return !!m && m[2] === dayMonth && [0, 1, 2, 3].some((k) => m[1].slice(0, k) + m[1].slice(k + 1) === digits);
  });
}

/**
 * The month (1–12) that `w`, a capitalised word of five letters or more that is no month name, misspells
 * with one slip after its first letter (*Aprol*, "Agust"), or undefined. The figure reader takes only names
 * of six letters or more so typed for the month (`misspeltMonth`); a shorter one is left to this pairing.
 */
export function slipOfMonthName(w: string, lang: Lang): number | undefined {
  const lower = w.toLowerCase();
  const months = (lang === 'en' ? ENGLISH : INDONESIAN).months;
  if (lower.length < 5 || !/^\p{Lu}\p{L}+$/u.test(w) || months.has(lower)) return undefined;
  for (const [name, month] of months) {
    if (name.length >= 5 && name[0] === lower[0] && oneSlip(lower, name)) return month;
  }
  return undefined;
}

/**
 * The day (1–31) and the slipped month of a digit count such as *5 Aprol* or "Aprol 5" in `text`: the month
 * word inside the figure, or right before or after its digits; or undefined.
 */
function slippedDay(f: Figure, text: string, lang: Lang): { day: number; month: number } | undefined {
  if (f.kind !== 'count' || f.form !== 'digits' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1 || f.value > 31) return undefined;
  const words = f.text.split(/[^\p{L}]+/u);
  const digits = String(f.value);
  const around = wordsAroundRe.get(digits, (d) => new RegExp(String.raw`(\p{L}+)\s+${d}(?!\p{N})|(?<!\p{N})${d}\s+(\p{L}+)`, 'gu'));
  for (const m of text.matchAll(around)) words.push(m[1] ?? m[2]);
  for (const w of words) {
    const month = w ? slipOfMonthName(w, lang) : undefined;
    if (month !== undefined) return { day: f.value, month };
  }
  return undefined;
}

/** The pattern of a word right before or after the given digits, per digits (a day: 31 patterns at most). */
const wordsAroundRe = new Memo<RegExp>(100);

/**
 * True when `f` and a figure of the other version are one day, written on one side with its month name
 * typed with one slip (*5 Aprol*, read as a count) and dated on the other (`April 5`): either side of the pair.
 */
function slippedMonth(f: Figure, own: { text: string; lang: Lang }, other: readonly Figure[], theirs: { text: string; lang: Lang }): boolean {
  const sameDay = (d: Figure, s: { day: number; month: number }): boolean => {
    const p = d.kind === 'date' ? parseIsoDate(d.value) : undefined;
    return !!p && p.day === s.day && p.month === s.month;
  };
  const mine = slippedDay(f, own.text, own.lang);
  if (mine) return other.some((g) => sameDay(g, mine));
  if (f.kind !== 'date') return false;
  return other.some((g) => {
    const s = slippedDay(g, theirs.text, theirs.lang);
    return !!s && sameDay(f, s);
  });
}

/**
 * The clock time `HH:MM` that `f`, four bare digits (a year-like `1930` or a count), states in `text` as a
 * military-style time: the digits are an hour 00–23 and minutes 00–59, right after a clock word (`at 1930`,
 * *pukul 0730*); or undefined.
 */
function militaryTimeOf(f: Figure, text: string): string | undefined {
  if ((f.kind !== 'date' && f.kind !== 'count') || !/^\d{4}$/.test(f.text)) return undefined;
  const h = Number(f.text.slice(0, 2));
  const m = Number(f.text.slice(2));
  if (h > 23 || m > 59) return undefined;
  const before = wordBeforeRe.get(f.text, (digits) => new RegExp(String.raw`(\p{L}+)\s+${digits}(?!\p{N})`, 'gu'));
  for (const hit of text.matchAll(before)) {
    if (CLOCK_BEFORE.has(hit[1].toLowerCase())) return `${f.text.slice(0, 2)}:${f.text.slice(2)}`;
  }
  return undefined;
}

/** The pattern of a word right before the given digits, per digits. */
const wordBeforeRe = new Memo<RegExp>(2000);

/**
 * True when `f` and a figure of the other version are one clock time, written on one side as four bare digits
 * after a clock word (`at 1930`, read as a year) and as a time on the other (*pukul 19.30*): either side of the pair.
 */
function militaryTime(f: Figure, ownText: string, other: readonly Figure[], otherText: string): boolean {
  const mine = militaryTimeOf(f, ownText);
  if (mine) return other.some((g) => g.kind === 'time' && g.value === mine);
  if (f.kind !== 'time') return false;
  return other.some((g) => militaryTimeOf(g, otherText) === f.value);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words one slip from a number word that are words of their own (`there` ↔ three, `sever` ↔ seven, `forth` ↔ forty, *tempat* ↔ empat). */
const NOT_SLIPS = new Set(['there', 'sever', 'eighth', 'forth', 'tempat', 'empati', 'even', 'evens']);

/**
 * The value of a number word of five letters or more that `w` (five letters or more, not a number word itself)
 * misspells with one slip after its first letter: a letter added, dropped, changed, or two neighbours swapped
 * (*tujuah*, *delapn*, "sevne"), or with its first letter dropped (`w` four letters or more: "hree", *elapan*);
 * or undefined. Shorter number words (*dua*, *lima*, "two") are too close to other words.
 */
export function slipOfNumberWord(w: string, lex: Pick<typeof ENGLISH, 'startsNumber' | 'cardinal'>): number | undefined {
  if (w.length < 4 || w.length > 10) return undefined;
  let memo = slipMemo.get(lex);
  if (!memo) slipMemo.set(lex, (memo = new Memo()));
  return memo.get(w, (word) => slipOfNumberWordOnce(word, lex));
}

/** What {@link slipOfNumberWord} found for each word, per lexicon (it tries some 500 edits of a word). */
const slipMemo = new WeakMap<object, Memo<number | undefined>>();

function slipOfNumberWordOnce(w: string, lex: Pick<typeof ENGLISH, 'startsNumber' | 'cardinal'>): number | undefined {
  if (w.length < 4 || w.length > 10 || !/^\p{L}+$/u.test(w) || NOT_SLIPS.has(w) || lex.startsNumber(w)) return undefined;
  const read = (c: string): number | undefined => {
    if (c.length < 5 || !lex.startsNumber(c)) return undefined;
    const n = lex.cardinal([c], 0);
    return n && n.used === 1 && !n.fraction && !n.scale && Number.isInteger(n.value) ? n.value : undefined;
  };
  // the first letter dropped ("hree")
  for (const ch of LETTERS) {
    const v = read(ch + w);
    if (v !== undefined) return v;
  }
  if (w.length < 5) return undefined;
  for (let k = 1; k <= w.length; k++) {
    const head = w.slice(0, k);
    const variants = [w.slice(0, k) + w.slice(k + 1)];
    if (k + 1 < w.length) variants.push(head + w[k + 1] + w[k] + w.slice(k + 2));
    for (const ch of LETTERS) variants.push(head + ch + w.slice(k), head + ch + w.slice(k + 1));
    for (const c of variants) {
      const v = c !== w ? read(c) : undefined;
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// the counted thing named with a definite article

/** `the companies`, `those banks`, `these parties`: a determiner and the noun after it. */
const EN_DEFINITE = /\b(?:the|these|those)\s+(\p{L}+)/giu;
/** *perusahaan-perusahaan itu*, *bank tersebut*, *para pekerja*: the noun with a demonstrative after it, or `para` before it. */
const ID_DEFINITE = /\b([\p{L}]+(?:-[\p{L}]+)?)\s+(?:itu|tersebut|ini)\b|\bpara\s+([\p{L}]+(?:-[\p{L}]+)?)/giu;

/** The largest count a definite noun stands for: a small group the reader can hold in mind (`the four companies`). */
const DEFINITE_MAX = 10;

/**
 * True when the other text names the counted thing of small count `f` with a definite article or a
 * demonstrative, and no number. A larger count so rendered (*87 lansia* ↔ `the elderly`) lost its
 * number: a drift.
 */
function definiteNoun(f: Figure, lang: Lang, otherText: string, otherLang: Lang): boolean {
  if (!f.unit || typeof f.value !== 'number' || f.value < 2 || f.value > DEFINITE_MAX) return false;
  // a concept both languages share (`companies`), not an unknown word compared with itself
  const mine = unitConcept(f.unit.split(/\s+/)[0], lang);
  if (!mine) return false;
  for (const m of otherText.matchAll(otherLang === 'en' ? EN_DEFINITE : ID_DEFINITE)) {
    const noun = m[1] ?? m[2];
    if (noun && unitConcept(noun, otherLang) === mine) return true;
  }
  return false;
}

/** A people word before a nationality (*enam warga Rusia itu*, *tiga orang Jepang tersebut*). */
const PEOPLE_OF = /^(?:warga|orang|warganegara|warga negara|people|nationals|citizens)$/i;
/** `the Russians`, `the Japanese`: a determiner and a capitalised noun; *warga Rusia itu*: a capitalised noun and a demonstrative. */
const EN_DEFINITE_NAME = /\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(\p{Lu}\p{Ll}{3,})/gu;
const ID_DEFINITE_NAME = /\b(\p{Lu}\p{Ll}{3,})\s+(?:itu|tersebut|ini)\b/gu;

/** The country a nationality or a country name refers to (*Rusia*, `Russians`, `Japanese`): its ISO code, or null. */
function nationOf(word: string): string | null {
  const folded = foldName(word);
  const hit = lookupName(folded, word);
  if (hit) return hit.kind === 'country' ? hit.code : null;
  // (a plural the gazetteer lacks, of a name it holds: `Britons`; `Russians` is found by demonymPrefixes, below)
  const single = folded.replace(/s$/, '');
  const again = lookupName(single, word);
  return again?.kind === 'country' ? again.code : null;
}

/**
 * A small count of people of a nation that the other version names by its nationality with a definite article or a
 * demonstrative and no number (*salah seorang dari enam warga Rusia itu* ↔ `one of the Russians`, `the six Japanese` ↔
 * *warga Jepang tersebut*): the group was counted before, as for definiteNoun.
 */
function definiteNation(f: Figure, ownText: string, otherText: string, otherLang: Lang): boolean {
  if (f.kind !== 'count' || typeof f.value !== 'number' || f.value < 2 || f.value > DEFINITE_MAX) return false;
  // the nationality: the counted thing itself (`Russians`), or the word after a people word (*warga Rusia*)
  const unit = f.unit ?? '';
  let nation = /^\p{Lu}\p{Ll}{3,}$/u.test(unit) ? unit : '';
  if (!nation && PEOPLE_OF.test(unit)) {
    const at = ownText.indexOf(f.text);
    const after = at >= 0 ? /^\s+(\p{Lu}\p{Ll}{3,})/u.exec(ownText.slice(at + f.text.length)) : null;
    nation = after?.[1] ?? '';
  }
  const code = nation ? nationOf(nation) : null;
  if (!code) return false;
  const prefixes = demonymPrefixes(code);
  for (const m of otherText.matchAll(otherLang === 'en' ? EN_DEFINITE_NAME : ID_DEFINITE_NAME)) {
    const folded = foldName(m[1]);
    if (nationOf(m[1]) === code || prefixes.some((p) => folded.startsWith(p))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// a count of named things, named one by one

/** The largest count whose members a translation plausibly names one by one. */
const LIST_MAX = 6;

/**
 * A list of names: capitalised items (each a capitalised word, then capitalised words or the small words
 * of a name, `of`, `for`, *dan* inside none), joined by commas and a final `and` / *dan* / *serta*.
 */
const NAME_ITEM: Record<Lang, string> = {
  en: String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|de|the)\s+)*\p{Lu}[\p{L}'’-]*)*`,
  id: String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:untuk|bagi|de)\s+)*\p{Lu}[\p{L}'’-]*)*`,
};
const LIST_JOIN: Record<Lang, string> = { en: String.raw`(?:,?\s+and\s+)`, id: String.raw`(?:,?\s+(?:dan|serta)\s+)` };

/** Each list of names in `text` (two names or more), as its names: `A, B, and C` → A, B, C (the serial comma is no item). */
function nameLists(text: string, lang: Lang): Array<{ names: string[]; at: number; end: number }> {
  const item = NAME_ITEM[lang];
  const re = new RegExp(String.raw`${item}(?:\s*,\s*${item})*${LIST_JOIN[lang]}${item}`, 'gu');
  const lists: Array<{ names: string[]; at: number; end: number }> = [];
  for (const m of text.matchAll(re)) {
    const names = m[0].split(/,?\s+(?:and|dan|serta)\s+|\s*,\s*/u).filter((x) => x.length > 0);
    lists.push({ names, at: m.index, end: m.index + m[0].length });
  }
  return lists;
}

/**
 * True when small count `f` (2 to {@link LIST_MAX}) of a counted thing has no figure of its value on the
 * other side, and the other text names exactly as many things one by one.
 */
function listedNames(f: Figure, other: readonly Figure[], otherText: string, otherLang: Lang): boolean {
  const v = typeof f.value === 'number' ? f.value : NaN;
  if (!f.unit || !Number.isInteger(v) || v < 2 || v > LIST_MAX) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, v))) return false;
  return nameLists(otherText, otherLang).some((l) => l.names.length === v);
}

/** How far (characters) a list may stand from the count that numbers it. */
const LIST_NEAR = 60;
/** The largest count of a list the own side gives name by name. */
const OWN_LIST_MAX = 12;

/**
 * True when count `f` (2 to {@link OWN_LIST_MAX}) numbers a list its own side gives name by name right
 * beside it (`the other seven are A, B, …`, *tiga bank, yaitu A, B dan C*), the other side states no
 * figure of its value, and it names those very things (all of them; of three or more, all but one, whose
 * loss is a name left out, not a figure changed): the count is there to recover from the list.
 */
function ownListNamed(f: Figure, other: readonly Figure[], own: { text: string; lang: Lang }, otherText: string): boolean {
  const v = typeof f.value === 'number' ? f.value : NaN;
  if (f.kind !== 'count' || !Number.isInteger(v) || v < 2 || v > OWN_LIST_MAX) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, v))) return false;
  const at = own.text.indexOf(f.text);
  if (at < 0) return false;
  const theirs = otherText.toLowerCase();
  for (const list of nameLists(own.text, own.lang)) {
    if (list.names.length !== v) continue;
    const near = (list.at >= at + f.text.length && list.at - (at + f.text.length) <= LIST_NEAR) || (list.end <= at && at - list.end <= LIST_NEAR);
    if (!near) continue;
    const named = list.names.filter((n) => theirs.includes(n.replace(/^the\s+/iu, '').toLowerCase())).length;
    if (named >= (v >= 3 ? v - 1 : v)) return true;
  }
  return false;
}

/** Nouns for things of no kind of their own, which a text counts before naming them (*dua hal*, `three factors`). */
const GENERIC_ITEMS = new Set([
  'hal', 'faktor', 'aspek', 'masalah', 'persoalan', 'alasan', 'langkah', 'syarat', 'poin', 'isu', 'prinsip', 'unsur', 'komponen',
  'things', 'factors', 'aspects', 'issues', 'matters', 'problems', 'reasons', 'steps', 'points', 'principles', 'elements', 'components',
]);
/** Words between such a count and its first item: *dua hal itu*, *yaitu*, `namely`, a colon or a dash. */
const ITEMS_OPEN = /^(?:\s*(?:itu|ini|tersebut|yaitu|yakni|adalah|ialah|namely|are|were|:|,|[-–—]))*\s+/iu;
const ITEMS_JOIN: Record<Lang, RegExp> = { en: /,?\s+and\s+/u, id: /,?\s+(?:dan|serta)\s+/u };

/**
 * True when `f` counts 2 to 4 things of no kind of their own (*dua hal*, `three factors`) and its own
 * side names them right after it, joined by one `and` with as many commas as the count needs (*dua hal
 * itu, turunnya harga minyak dan naiknya penerimaan*), while the other side, stating no figure of that
 * value, names things joined the same way: it gives the items, not their number.
 */
function genericItemsNamed(f: Figure, other: readonly Figure[], own: { text: string; lang: Lang }, theirs: { text: string; lang: Lang }): boolean {
  const v = typeof f.value === 'number' ? f.value : NaN;
  if (f.kind !== 'count' || !f.unit || !GENERIC_ITEMS.has(f.unit.toLowerCase()) || !Number.isInteger(v) || v < 2 || v > 4) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, v))) return false;
  const at = own.text.indexOf(f.text);
  if (at < 0) return false;
  const after = own.text.slice(at + f.text.length);
  const open = ITEMS_OPEN.exec(after);
  if (!open) return false;
  const rest = after.slice(open[0].length).split(/[.;?!]/u)[0];
  const join = ITEMS_JOIN[own.lang].exec(rest);
  if (!join) return false;
  const commas = (rest.slice(0, join.index).match(/,/g) ?? []).length;
  if (commas !== v - 2) return false;
  return ITEMS_JOIN[theirs.lang].test(theirs.text);
}

// ---------------------------------------------------------------------------------------------
// a number of a name or a code, joined on the other side

/**
 * True when count `f` is a number written apart from the capitalised name before it (*Mobile 8*) or
 * from the capital letters after it (*5 C*), the other side states no figure of its value, and writes
 * the same name or code joined, by a hyphen or nothing (`Mobile-8`, `5C`): a name, not a count.
 */
function joinedCode(f: Figure, other: readonly Figure[], ownText: string, otherText: string): boolean {
  if (typeof f.value !== 'number' || other.some((g) => typeof g.value === 'number' && sameNumber(g.value, f.value as number))) return false;
  const parts = /^(\d{1,4})(?:\s+(\p{Lu}{1,3}$))?(?![\d.,])/u.exec(f.text);
  if (!parts) return false;
  const digits = parts[1];
  const joined = (code: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])${code}(?![\p{L}\p{N}])`, 'iu').test(otherText);
  if (parts[2]) return joined(`${digits}-?${parts[2]}`);
  const before = new RegExp(String.raw`(\p{Lu}[\p{L}]*)\s+${digits}(?!\d)`, 'gu');
  for (const m of ownText.matchAll(before)) if (joined(`${escapeRe(m[1])}-?${digits}`)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// midnight and noon said in words

/** Words for midnight and noon, per language. */
const CLOCK_WORDS: Record<Lang, Record<'00:00' | '12:00', RegExp>> = {
  en: { '00:00': /\bmidnight\b/i, '12:00': /\b(?:noon|midday)\b/i },
  id: { '00:00': /\btengah\s+malam\b/i, '12:00': /\btengah\s+hari\b/i },
};

/** True when `f` is the clock time midnight or noon and the other version says that time in a word. */
function clockWord(f: Figure, otherText: string, otherLang: Lang): boolean {
  if (f.kind !== 'time' || (f.value !== '00:00' && f.value !== '12:00')) return false;
  return CLOCK_WORDS[otherLang][f.value].test(otherText);
}

// ---------------------------------------------------------------------------------------------
// a share of the whole said in words

/** Words for the whole of something: `fully owned`, `wholly`, `entirely`, *sepenuhnya*, *seluruh sahamnya*, *penuh*. */
const WHOLE_WORDS: Record<Lang, RegExp> = {
  en: /\b(?:fully|wholly|entirely|completely|totally|in\s+full|all\s+(?:of\s+)?(?:the|its|their|his|her))\b/i,
  id: /\b(?:sepenuhnya|seluruh(?:nya)?|secara\s+penuh|penuh|semua(?:nya)?|utuh)\b/i,
};

/**
 * True when `f` is exactly 100 percent, the other side states no 100, and says the whole in words
 * (*anak perusahaan yang 100 persen sahamnya dimiliki* ↔ `a fully owned subsidiary`).
 */
function wholeShare(f: Figure, other: readonly Figure[], otherText: string, otherLang: Lang): boolean {
  if (f.kind !== 'percent' || f.qualifier !== 'exact' || typeof f.value !== 'number' || !sameNumber(f.value, 100)) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, 100))) return false;
  return WHOLE_WORDS[otherLang].test(otherText);
}

// ---------------------------------------------------------------------------------------------
// a count referring back to another

/** `an equal number of`, `the same number`, `as many`, `a similar number`; *jumlah yang sama*, *sama banyak*, *sebanyak itu*. */
const SAME_NUMBER: Record<Lang, RegExp> = {
  en: /\b(?:an?\s+(?:equal|similar|like)\s+number|the\s+same\s+number|as\s+many\s+(?:again|others|more)|just\s+as\s+many)\b/i,
  id: /\b(?:(?:dengan\s+)?jumlah\s+yang\s+(?:sama|serupa)|sama\s+banyak(?:nya)?|sebanyak\s+itu)\b/i,
};

// ---------------------------------------------------------------------------------------------
// a year that is part of a name

/** Capitalised words that open a sentence or a phrase, not a name: `Pada Tahun 2007`, `In Year 2007`. */
const NOT_NAMES = new Set(['pada', 'dalam', 'sejak', 'hingga', 'sampai', 'selama', 'in', 'since', 'until', 'during', 'of', 'the', 'for']);

/** A bond's series written as its number and year (`bonds I/2007`), whose year the figure reader takes for the year of the issue. */
const SERIES_YEAR = /(?<![\p{L}\p{N}])[IVX]{1,4}\/\d{4}(?!\p{N})/gu;

/**
 * True when bare year `f` follows a capitalised `Tahun`/`Year` that itself follows a capitalised word
 * or a Roman numeral of a name (*Obligasi I Bank Danamon Tahun 2007*), or is the year of a series its side
 * writes with a slash (*Obligasi II/2007*), and the other text does not
 * state that year, or states it only inside the series (`bonds I/2007`): the name was rendered
 * without it, or with it kept in the name.
 */
function nameYear(f: Figure, ownText: string, otherText: string): boolean {
  if (f.kind !== 'date' || typeof f.value !== 'string' || !/^\d{4}$/.test(f.value)) return false;
  if (otherText.replace(SERIES_YEAR, '').includes(f.value)) return false;
  // a series kept with another year (`bonds II/2005` for *Tahun 2006*) changes the name's year
  const series = [...otherText.matchAll(SERIES_YEAR)].map((m) => m[0].slice(-4));
  if (series.length > 0 && !series.includes(f.value)) return false;
  // (the year of a series itself, *Obligasi II/2007*: left out with the series' name, `Panin's bonds`)
  // (not a part of a year so written, *kuartal II/2007*, *semester II/2007*: a period of that year)
  const partOfYear = (at: number) => {
    const w = /(\p{L}+)\s*$/u.exec(ownText.slice(0, at))?.[1].toLowerCase() ?? '';
    return INDONESIAN.yearParts.has(w) || ENGLISH.yearParts.has(w);
  };
  if ([...ownText.matchAll(SERIES_YEAR)].some((m) => m[0].endsWith(`/${f.value}`) && !partOfYear(m.index))) return true;
  const re = new RegExp(String.raw`(\p{Lu}[\p{L}-]*|[IVX]{1,4})\s+(?:Tahun|Year)\s+${f.value}\b`, 'gu');
  for (const m of ownText.matchAll(re)) if (!NOT_NAMES.has(m[1].toLowerCase())) return true;
  return false;
}
