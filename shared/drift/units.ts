import type { Lang } from '../text/types';
import type { Figure } from '../figures/types';
import { unitConcept } from '../figures';
import { conceptFamily } from '../figures/units';
import { CONCEPTS, MEASURING_FAMILIES, type UnitFamily } from '../figures/concepts';

/**
 * What figures count, for the drift engine: whether two figures count the same thing (`tentara` /
 * `prajurit` / `troops` / `soldiers`) and the names of ledger groups. The concepts and their
 * families come from the one table of the figures core (`shared/figures/concepts.ts`).
 */
export type { UnitFamily };

interface Resolved {
  concept: string;
  family: UnitFamily;
}

function buildIndex(lang: Lang): Map<string, Resolved> {
  const index = new Map<string, Resolved>();
  for (const entry of CONCEPTS) {
    for (const word of lang === 'id' ? entry.id : entry.en) {
      const key = normaliseWord(word, lang);
      if (!index.has(key)) index.set(key, { concept: entry.concept, family: entry.family });
    }
  }
  return index;
}

const INDEX: Record<Lang, Map<string, Resolved>> = { id: buildIndex('id'), en: buildIndex('en') };
const SIZE_OF_CONCEPT = new Map<string, number>(CONCEPTS.flatMap((e) => (e.size ? [[e.concept, e.size] as [string, number]] : [])));

/** The size of a unit of measure in its family's base unit (`kilometres` 1000, `miles` 1609.344), if known. */
export function conceptSize(concept: string): number | undefined {
  return SIZE_OF_CONCEPT.get(concept);
}

/** English plural → singular, one word. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us)$/.test(word)) return word;
  if (/(ches|shes|xes|sses|zzes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-cases, drops punctuation, undoes Indonesian reduplication (`anak-anak`) and English plurals. */
export function normaliseWord(phrase: string, lang: Lang): string {
  const words = phrase
    .toLowerCase()
    .replace(/[“”"'’().,;:!?]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      const redup = /^([a-z]+)-\1$/.exec(w);
      if (redup) return redup[1];
      return lang === 'en' ? singular(w) : w;
    });
  return words.join(' ');
}

/**
 * The concept a unit phrase names, with its family, from the private table: the whole phrase
 * first, then its head (Indonesian heads come first, `paket makanan`; English heads last,
 * `meal packs`), two words before one.
 */
export function lookupUnit(unit: string | undefined, lang: Lang): Resolved | undefined {
  if (!unit) return undefined;
  const norm = normaliseWord(unit, lang);
  if (!norm) return undefined;
  const index = INDEX[lang];
  const whole = index.get(norm);
  if (whole) return whole;
  // battalions of combat engineers: in English the head stands before `of`
  const of = lang === 'en' ? norm.indexOf(' of ') : -1;
  if (of > 0) {
    const head = lookupUnit(norm.slice(0, of), lang);
    if (head) return head;
  }
  const words = norm.split(' ');
  const candidates: string[] = [];
  if (lang === 'id') {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) candidates.push(words.slice(0, n).join(' '));
    // `korban tewas` / `orang tewas`: also try the rest of the phrase.
    for (let n = 1; n < words.length; n++) candidates.push(words.slice(n).join(' '));
  } else {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) candidates.push(words.slice(words.length - n).join(' '));
    for (let n = 1; n < words.length; n++) candidates.push(words.slice(0, words.length - n).join(' '));
  }
  for (const c of candidates) {
    const hit = index.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/** What a figure counts, normalised across languages. */
export interface FigureConcept {
  /** `troops`, `IDR`, `days`; the normalised unit as written when the table does not know it. */
  name: string;
  /** True when the name came from the concept table (or the currency / duration unit). */
  known: boolean;
  family: UnitFamily | 'currency' | 'unknown';
  /** Concepts named anywhere in the figure's text (`650-meter wharf` → metres, berths). */
  mentions?: string[];
}

/** The concepts the words and word pairs of a figure's text name. */
function mentionedConcepts(text: string, lang: Lang): string[] {
  const words = normaliseWord(text.replace(/-/g, ' '), lang).split(' ');
  const index = INDEX[lang];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of [words[i], words.slice(i, i + 2).join(' ')]) {
      const hit = index.get(phrase);
      if (hit) out.add(hit.concept);
    }
  }
  return [...out];
}

/**
 * The unit with up to three neighbouring words of the figure's text, longest first: the words
 * before it in English (`demining troops`), after it in Indonesian (`tentara infanteri`).
 */
function modifiedPhrases(figure: Figure, lang: Lang): string[] {
  const unit = figure.unit ?? '';
  const text = figure.text;
  const at = text.toLowerCase().lastIndexOf(unit.toLowerCase());
  if (!unit || at < 0) return [];
  const isWord = (w: string) => /^[\p{L}][\p{L}'-]*$/u.test(w);
  const out: string[] = [];
  if (lang === 'en') {
    const before = text.slice(0, at).trim().split(/\s+/);
    const words: string[] = [];
    for (let i = before.length - 1; i >= 0 && words.length < 3 && isWord(before[i]); i--) words.unshift(before[i]);
    for (let n = words.length; n >= 1; n--) out.push([...words.slice(words.length - n), unit].join(' '));
  } else {
    const after = text.slice(at + unit.length).trim().split(/\s+/);
    const words: string[] = [];
    for (const w of after) {
      if (words.length >= 3 || !isWord(w)) break;
      words.push(w);
    }
    for (let n = words.length; n >= 1; n--) out.push([unit, ...words.slice(0, n)].join(' '));
  }
  return out;
}

const DURATION_CONCEPT: Record<string, string> = {
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  semester: 'semesters',
  year: 'years',
  decade: 'decades',
};

/** Pounds and dollars of other countries than Britain and the United States, and the bare words read as those two. */
const CURRENCY_KIN: Array<{ read: string; word: RegExp; kin: string[] }> = [
  { read: 'GBP', word: /^(?:[^£]*\s)?pounds?$/i, kin: ['EGP', 'LBP', 'SYP', 'SDG'] },
  { read: 'USD', word: /^(?:[^$]*\s)?(?:dollars?|dolar)$|^\$\s?[\d.,]/i, kin: ['AUD', 'CAD', 'SGD', 'HKD', 'NZD', 'TWD'] },
];

/**
 * `12.5 pounds` against *12.5 جنيه* (Egyptian pounds), `50 dollars` or `$50` against `A$50`: a currency named by its
 * bare word, read as sterling or the US dollar, may be the other version's pound or dollar named in full there (its
 * kin); not when the text says `£`, `sterling`, `British`, `US$`, `U.S.` or *AS*.
 */
function currencyKin(figure: Figure): string[] | undefined {
  const text = figure.text.trim();
  // (*AS*, Indonesian for the United States, in capitals only: `as` is an English word)
  if (/sterling|british|u\.?\s?s\.?\s|us\$|amerika/i.test(text) || /\bAS\b/.test(text)) return undefined;
  return CURRENCY_KIN.find((c) => c.read === figure.currency && c.word.test(text))?.kin;
}

/**
 * The concept of a figure: the currency for money, the time unit for durations, else the
 * counted thing of `unit`: the private table's entry for the whole phrase, else `external` (the
 * figures core's `unitConcept`) when it knows the phrase, else the private table's head-noun
 * guess; else the normalised word, marked unknown.
 */
export function conceptOf(
  figure: Figure,
  lang: Lang,
  external: (unit: string, lang: Lang) => string | undefined | null = unitConcept,
): FigureConcept | undefined {
  if (figure.kind === 'money') {
    if (!figure.currency) return undefined;
    const kin = currencyKin(figure);
    return { name: figure.currency, known: true, family: 'currency', ...(kin ? { mentions: kin } : {}) };
  }
  if (figure.kind === 'duration' && figure.durationUnit) {
    const name = DURATION_CONCEPT[figure.durationUnit] ?? figure.durationUnit;
    return { name, known: true, family: 'time' };
  }
  if (!figure.unit) return undefined;
  const name = normaliseWord(figure.unit, lang);
  const mentions = mentionedConcepts(figure.text, lang);
  // A modifier written next to the unit may name a more precise thing (`demining troops`).
  const extUnit = external(figure.unit, lang);
  for (const phrase of modifiedPhrases(figure, lang)) {
    // (a percent is no modifier of a counted thing: `25 percent basis points` counts basis points)
    if (/\b(?:percent|persen)\b/i.test(phrase)) continue;
    const hit = INDEX[lang].get(normaliseWord(phrase, lang));
    if (hit) return { name: hit.concept, known: true, family: hit.family, mentions };
    const ext = external(phrase, lang);
    if (ext && ext !== extUnit && ext !== normaliseWord(phrase, lang) && ext !== phrase.toLowerCase()) {
      return { name: ext, known: true, family: conceptFamily(ext) ?? 'unknown', mentions };
    }
  }
  const whole = INDEX[lang].get(name);
  if (whole) return { name: whole.concept, known: true, family: whole.family, mentions };
  // The external normaliser returns unknown words as they are (singular); only a changed word
  // is a concept it knows. It comes before our head-noun guess (`demining troops` → deminers).
  const ext = external(figure.unit, lang);
  if (ext && ext !== name && ext !== figure.unit.toLowerCase()) {
    return { name: ext, known: true, family: conceptFamily(ext) ?? 'unknown', mentions };
  }
  const own = lookupUnit(figure.unit, lang);
  if (own) return { name: own.concept, known: true, family: own.family, mentions };
  return name ? { name, known: false, family: 'unknown' } : undefined;
}

/** How two concepts relate: the same thing, unknown (a side has none or is not in the table), or different. */
export type ConceptRelation = 'same' | 'unknown' | 'different';

/**
 * Compares two concepts. Unknown words compare equal only when they are the same word in the
 * same language; different known concepts are `different` when their families differ or the
 * family measures a dimension (`kompi` vs `battalions`); people words stay `unknown`.
 */
export function relateConcepts(
  a: FigureConcept | undefined,
  b: FigureConcept | undefined,
  sameLang: boolean,
): ConceptRelation {
  if (!a || !b) return 'unknown';
  if (a.name === b.name) return a.known || sameLang ? 'same' : 'unknown';
  if (!a.known || !b.known) return 'unknown';
  // The extractor may have taken a neighbouring noun as the unit (`650-meter wharf`): a concept
  // the other figure's text names is the same thing.
  if (a.mentions?.includes(b.name) || b.mentions?.includes(a.name)) return 'same';
  if (a.family === 'currency' || b.family === 'currency') return 'different';
  if (a.family === 'unknown' || b.family === 'unknown') return 'unknown';
  if (a.family !== b.family) return 'different';
  if (MEASURING_FAMILIES.has(a.family as UnitFamily)) return 'different';
  return 'unknown';
}

/** The word for a concept of the table in a language (`troops` → `tentara`), or undefined when unknown. */
export function conceptWord(concept: string, lang: Lang): string | undefined {
  const entry = CONCEPTS.find((e) => e.concept === concept);
  return entry ? entry[lang][0] : undefined;
}
