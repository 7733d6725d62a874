import { splitParagraphs } from './layout';
import type { Lang } from './types';
import { EN_FUNCTION_WORDS, ID_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from './words';

/** A stretch of text (trimmed paragraph offsets, end exclusive) and its language. */
export interface LangSpan {
  start: number;
  end: number;
  lang: Lang;
}

interface Evidence {
  id: number;
  en: number;
}

/** Above this length `detectLang` reads three windows (start, middle, end) instead of everything. */
const SAMPLE_LIMIT = 60_000;
const WINDOW = 20_000;

/**
 * Detects whether `text` is Indonesian or English from function-word statistics (`yang`, `dan`,
 * `di`, … against `the`, `and`, `of`, …), helped on short texts by word shape (`-nya`, `meng-`,
 * `-tion`, `'s`). Returns `'en'` when there is no evidence either way.
 */
export function detectLang(text: string): Lang {
  return decide(evidenceOf(text));
}

/**
 * The language of a text that may be in any language: the one {@link detectOtherLang} names, else
 * Indonesian or English when function words tell them apart; undefined when nothing does (a name, a
 * number, a text too short).
 */
export function languageOfText(text: string): string | undefined {
  const other = detectOtherLang(text);
  if (other) return other;
  const e = evidenceOf(text);
  return e.id === e.en ? undefined : decide(e);
}

/** Function-word evidence of `text`: all of it, or three windows (start, middle, end) of a long one. */
function evidenceOf(text: string): Evidence {
  if (text.length <= SAMPLE_LIMIT) return evidence(text, 0, text.length);
  const mid = Math.floor(text.length / 2 - WINDOW / 2);
  const total: Evidence = { id: 0, en: 0 };
  for (const start of [0, mid, text.length - WINDOW]) {
    const e = evidence(text, start, start + WINDOW);
    total.id += e.id;
    total.en += e.en;
  }
  return total;
}

/**
 * The language of each blank-line separated paragraph of `text`, in order (entry `i` is the
 * paragraph `segment` numbers `i`). A paragraph without evidence (a name, a number) takes the
 * language of the nearest decided paragraph before it, else after it, else `'en'`.
 */
export function detectParagraphLangs(text: string): LangSpan[] {
  const paragraphs = splitParagraphs(text);
  const decided: Array<Lang | undefined> = paragraphs.map(({ start, end }) => {
    const e = evidence(text, start, end);
    return e.id === e.en ? undefined : decide(e);
  });
  let fallback: Lang = decided.find((l) => l !== undefined) ?? 'en';
  return paragraphs.map(({ start, end }, i) => {
    const lang = decided[i] ?? fallback;
    fallback = lang;
    return { start, end, lang };
  });
}

function decide(e: Evidence): Lang {
  return e.id > e.en ? 'id' : 'en';
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || c === 39 || c === 0x2019;
}

/** Counts function words (1 each) and telling word shapes (0.5 each) in `text[start, end)`. */
function evidence(text: string, start: number, end: number): Evidence {
  const e: Evidence = { id: 0, en: 0 };
  let i = start;
  while (i < end) {
    while (i < end && !isLetter(text.charCodeAt(i))) i++;
    const a = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    let b = i;
    while (b > a && !isLetter(text.charCodeAt(b - 1))) b--; // a closing quote is no apostrophe
    if (b === a || b - a > 30) continue;
    const word = text.slice(a, b).toLowerCase();
    if (ID_FUNCTION_WORDS.has(word)) e.id += 1;
    else if (EN_FUNCTION_WORDS.has(word)) e.en += 1;
    else scoreShape(word, e);
  }
  return e;
}

const ID_PREFIX = /^(?:meng|meny|mem[bp]|men[dcj]|peng|peny|pem[bp]|ber|ter)[a-z]{4}|^(?:ke|pe[mnr]?)[a-z]{3,}an$/;
const EN_SHAPE = /(?:tion|ment|ness|ly|ed)$|th|['’]/;

function scoreShape(word: string, e: Evidence): void {
  if (word.length < 4) return;
  if (word.endsWith('nya') || word.endsWith('kan') || ID_PREFIX.test(word)) e.id += 0.5;
  else if (EN_SHAPE.test(word)) e.en += 0.5;
}

/** Each other language's function words that are no English or Indonesian ones (`die`, `und`, `les`, `y`), for telling it apart. */
const OTHER_EVIDENCE: ReadonlyArray<[string, ReadonlySet<string>]> = Object.entries(OTHER_FUNCTION_WORDS).map(([tag, words]) => [
  tag,
  new Set([...words].filter((w) => !EN_FUNCTION_WORDS.has(w) && !ID_FUNCTION_WORDS.has(w))),
]);

/**
 * The language of a text written in neither Indonesian nor English, when its function words say so
 * clearly (`de`, `fr`, `es`, `it`, `pt`, `nl`): its own words outnumber the English and Indonesian
 * ones more than twice, on at least five, or a short text holds two of them and no English or Indonesian
 * one. Undefined otherwise (the text is Indonesian or English, or too short to tell: `--lang-a de` names
 * it). Reads the first 20,000 characters.
 */
export function detectOtherLang(text: string): string | undefined {
  const script = cjkLangOf(text.slice(0, WINDOW)) ?? scriptLangOf(text);
  if (script) return script;
  const words = text.slice(0, WINDOW).toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let id = 0;
  const other = new Map<string, number>();
  for (const w of words) {
    if (EN_FUNCTION_WORDS.has(w)) en++;
    if (ID_FUNCTION_WORDS.has(w)) id++;
    for (const [tag, set] of OTHER_EVIDENCE) if (set.has(w)) other.set(tag, (other.get(tag) ?? 0) + 1);
  }
  let best: string | undefined;
  let score = 0;
  for (const [tag, n] of other) if (n > score) [best, score] = [tag, n];
  // (a line or two of another language holds few function words: two of one language and none of English or
  // Indonesian tell it, as `Mehr als 1.200 Schulen und …` does)
  const short = score >= 2 && en === 0 && id === 0;
  if (best !== undefined && ((score >= 5 && score > 2 * Math.max(en, id)) || short)) return best;
  // (a Latin-script language with letters of its own: three of them, and more than three times the English or
  // Indonesian words, so that an English text naming Erdoğan and Kılıçdaroğlu stays English)
  for (const [tag, letters] of LETTER_CUES) {
    const n = text.slice(0, WINDOW).match(letters)?.length ?? 0;
    if (n >= 3 && n > 3 * (en + id)) return tag;
  }
  return undefined;
}

/** Letters only one Latin-script language this reader knows writes: Turkish dotless ı and ğ, Vietnamese ơ ư đ and its tone marks. */
const LETTER_CUES: ReadonlyArray<[string, RegExp]> = [
  ['tr', /[ığİ]/g],
  ['vi', /[ơưđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi],
];

/**
 * Chinese, Japanese or Korean, told by the script of most of the letters (at least two thirds of them, and
 * four or more): Hangul is Korean; Han with kana is Japanese (a Japanese sentence holds kana, if only its
 * particles); Han alone is Chinese. Undefined for a text mostly in other scripts (an English text that
 * names a place in Han characters).
 */
export function cjkLangOf(text: string): 'zh' | 'ja' | 'ko' | undefined {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let letters = 0;
  // (the first few thousand characters tell the script)
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if (c >= 0xd800 && c <= 0xdbff) i++;
    else if (c >= 0xc0 && c <= 0x24f) letters++;
    else if (/\p{L}/u.test(text[i])) letters++;
  }
  const cjk = han + kana + hangul;
  if (cjk < 4 || cjk * 3 < (cjk + letters) * 2) return undefined;
  if (hangul >= han + kana) return 'ko';
  return kana > 0 ? 'ja' : 'zh';
}

/** Letters that tell one language of a script from the others written in it (else the script's first language). */
const SCRIPT_LANGS: ReadonlyArray<{ range: (c: number) => boolean; langs: ReadonlyArray<[string, ((text: string) => boolean) | null]> }> = [
  // Cyrillic: Ukrainian і ї є ґ, Serbian ђ ћ џ љ њ ј, Bulgarian ъ with no ы, else Russian
  { range: (c) => c >= 0x400 && c <= 0x4ff, langs: [['uk', (t) => /[іїєґ]/i.test(t)], ['sr', (t) => /[ђћџљњј]/i.test(t)], ['bg', (t) => /ъ/i.test(t) && !/ы/i.test(t)], ['ru', null]] },
  // Arabic: Persian پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے, else Arabic
  { range: (c) => (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f), langs: [['ur', (t) => /[ٹڈڑںے]/.test(t)], ['fa', (t) => /[پچژگ]/.test(t)], ['ar', null]] },
  { range: (c) => c >= 0x590 && c <= 0x5ff, langs: [['he', null]] },
  { range: (c) => c >= 0x370 && c <= 0x3ff, langs: [['el', null]] },
  { range: (c) => c >= 0xe00 && c <= 0xe7f, langs: [['th', null]] },
  { range: (c) => c >= 0x900 && c <= 0x97f, langs: [['hi', null]] },
];

/**
 * The language of a text written mostly (two thirds of its letters, at least four) in a script that names one: Cyrillic
 * (Russian, or Ukrainian, Serbian, Bulgarian by their own letters), Arabic (Arabic, Persian, Urdu), Hebrew, Greek, Thai,
 * Devanagari (Hindi). Undefined for a text mostly in Latin letters (an English text that quotes a Russian name).
 */
export function scriptLangOf(text: string): string | undefined {
  const sample = text.slice(0, 4000);
  const counts = SCRIPT_LANGS.map(() => 0);
  let letters = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const c = ch.codePointAt(0)!;
    const k = SCRIPT_LANGS.findIndex((x) => x.range(c));
    if (k >= 0) counts[k]++;
  }
  const best = counts.indexOf(Math.max(...counts));
  if (counts[best] < 4 || counts[best] * 3 < letters * 2) return undefined;
  return SCRIPT_LANGS[best].langs.find(([, cue]) => !cue || cue(sample))![0];
}

/** `{ langTag }` for a text `detectOtherLang` names a language of, else `{}` (spread into an opened text). */
export function otherLangOf(text: string): { langTag?: string } {
  const tag = detectOtherLang(text);
  return tag ? { langTag: tag } : {};
}
