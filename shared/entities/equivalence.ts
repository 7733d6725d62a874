/**
 * When two names refer to the same party, across Indonesian and English and across spellings:
 * the same reference (country, organisation), the same country under a name, demonym or capital,
 * a shortened or transliterated name (`Putin` = `Vladimir Putin`, `Kyrilo` = "Kyrylo"), an
 * abbreviation (`PBB` = `Perserikatan Bangsa-Bangsa`), a pair of the user's termbase, or (for
 * institutions) words the bilingual lexicon translates (`Departemen Kesehatan` = "Health
 * Department").
 */
import { translate, type Lexicon } from '../align/lexicon';
import { stemEn } from '../align/stem';
import type { Lang } from '../text/types';
import { foldName, foldSpelling, similarWords } from './fold';
import { lookupName } from './gazetteer';
import type { Entity } from './types';
import { FUNCTION_WORDS, NAME_JOINERS, ORG_HEADS, PLACE_HEADS, TITLES } from './words';

export interface Equivalence {
  langA: Lang;
  langB: Lang;
  /** The user's termbase: (A term, B term) pairs that name the same thing. */
  glossary?: Array<[string, string]>;
  /** The bilingual lexicon (id → en), to read institutions' names across languages. */
  lexicon?: Lexicon;
}

/** A prepared equivalence: folded termbase terms per side. */
export interface PreparedEquivalence extends Equivalence {
  termsA: string[];
  termsB: string[];
  /** Per side: a word of a person's full name → the other words of the full names it occurs in (`andrew` → `steer`). */
  aliasesA: Map<string, Set<string>>;
  aliasesB: Map<string, Set<string>>;
}

/** Full names of people in a document, for a first or last name alone to find its person. */
export function personAliases(entities: Entity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = distinctiveWords(e);
    if (words.length < 2) continue;
    for (const w of words) {
      let set = out.get(w);
      if (!set) out.set(w, (set = new Set()));
      for (const v of words) if (v !== w) set.add(v);
    }
  }
  return out;
}

/** The distinctive words of a name, with the full names a person's single name stands for. */
export function expandedWords(e: Entity, aliases: Map<string, Set<string>>): Set<string> {
  const words = new Set(distinctiveWords(e));
  if (e.type === 'person') for (const w of [...words]) for (const v of aliases.get(w) ?? []) words.add(v);
  return words;
}

export function prepareEquivalence(eq: Equivalence, entitiesA: Entity[] = [], entitiesB: Entity[] = []): PreparedEquivalence {
  const pairs = (eq.glossary ?? []).filter((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');
  return {
    ...eq,
    termsA: pairs.map((p) => foldName(p[0])),
    termsB: pairs.map((p) => foldName(p[1])),
    aliasesA: personAliases(entitiesA),
    aliasesB: personAliases(entitiesB),
  };
}

/** True when the folded phrase `part` occurs in the folded phrase `whole` as whole words. */
export function containsWords(whole: string, part: string): boolean {
  return part.length > 0 && ` ${whole} `.includes(` ${part} `);
}

/** Indices of the termbase pairs whose term (on this side) is the name, or a part of it, or it of the term. */
function termsOf(e: Entity, terms: string[]): Set<number> {
  const name = foldName(e.text);
  const out = new Set<number>();
  terms.forEach((t, i) => {
    if (t && (containsWords(name, t) || containsWords(t, name))) out.add(i);
  });
  return out;
}

/** The country a name stands for (a country, demonym or capital), or null. */
export function countryOf(e: Entity): string | null {
  if (e.ref.startsWith('country:')) return e.ref.slice(8);
  if (e.ref.startsWith('city:')) {
    const hit = lookupName(foldName(e.text));
    if (hit && hit.kind === 'capital') return hit.code;
  }
  return null;
}

/** Words of a name that identify it: not titles, function words or generic heads; spelling-folded. */
export function distinctiveWords(e: Entity): string[] {
  const out: string[] = [];
  for (const w of foldName(e.text).split(' ')) {
    if (w.length < 3 || TITLES.has(w) || FUNCTION_WORDS.has(w) || NAME_JOINERS.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w)) continue;
    out.push(foldSpelling(w));
  }
  return out;
}

/** Legal forms around a company's name (`PT … Tbk`, `… Inc`): an acronym may leave them out (`APOL`). */
const LEGAL_FORMS = new Set(['pt', 'tbk', 'persero', 'cv', 'inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'bhd']);

/** The initials of a name's words: with every word, and without its legal forms. */
function acronymsOf(text: string): string[] {
  const words = foldName(text)
    .split(' ')
    .filter((w) => w && !FUNCTION_WORDS.has(w) && !NAME_JOINERS.has(w) && w !== 'dan');
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  return [initials(words), initials(words.filter((w) => !LEGAL_FORMS.has(w)))];
}

/**
 * An Indonesian syllable abbreviation (`Kemenhub` = `Kementerian Perhubungan`, `Kemenkeu`,
 * `Depkeu`): the start of the first word (three letters or more), then letters found in the words
 * that follow.
 */
export function syllableAbbreviation(short: Entity, long: Entity): boolean {
  const s = foldName(short.text);
  const words = foldName(long.text).split(' ').filter((w) => w && !FUNCTION_WORDS.has(w));
  if (s.includes(' ') || s.length < 5 || words.length < 2) return false;
  const rest = words.slice(1).join(' ');
  for (let k = 3; k <= Math.min(s.length - 2, words[0].length); k++) {
    if (!words[0].startsWith(s.slice(0, k))) break;
    if (rest.includes(s.slice(k))) return true;
  }
  return false;
}

/**
 * A name whose head word stays and whose rest is abbreviated (*Kementerian PU* = *Kementerian Pekerjaan Umum*, `Dinas
 * PU`, `Badan POM`): the same first word, then the initials of the other's remaining words.
 */
function headThenAcronym(short: Entity, long: Entity): boolean {
  const raw = short.text.trim().split(/\s+/);
  if (raw.length !== 2) return false;
  const letters = raw[1].replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const [head] = foldName(short.text).split(' ');
  const words = foldName(long.text).split(' ');
  if (words.length < 3 || words[0] !== head) return false;
  return acronymsOf(words.slice(1).join(' ')).includes(letters.toLowerCase());
}

function isAcronym(e: Entity): boolean {
  const letters = e.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** Translation keys (English, stemmed) of an Indonesian name's words, through the lexicon. */
export function lexiconKeys(e: Entity, lang: Lang, eq: Equivalence): string[] {
  if (!eq.lexicon) return [];
  const words = foldName(e.text).split(' ').filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
  if (lang === eq.lexicon.from) return words.flatMap((w) => translate(eq.lexicon!, w));
  if (lang === eq.lexicon.to) return words.map((w) => stemEn(w));
  return [];
}

/** Do `a` (of version A) and `b` (of version B) name the same party? */
export function equivalentEntities(a: Entity, b: Entity, eq: PreparedEquivalence): boolean {
  if (a.ref === b.ref) return true;
  // The same name read as a person on one side and an organisation on the other is still one party.
  if (foldName(a.text) === foldName(b.text)) return true;
  const ta = termsOf(a, eq.termsA);
  if (ta.size) for (const i of termsOf(b, eq.termsB)) if (ta.has(i)) return true;
  const ca = countryOf(a);
  const cb = countryOf(b);
  if (ca && cb) return ca === cb;
  if (a.ref.startsWith('org:') && b.ref.startsWith('org:') && a.ref !== b.ref && !isAcronym(a) && !isAcronym(b)) {
    // Two gazetteer organisations with different keys are different parties.
    if (lookupName(foldName(a.text)) && lookupName(foldName(b.text))) return false;
  }
  if (syllableAbbreviation(a, b) || syllableAbbreviation(b, a)) return true;
  if (headThenAcronym(a, b) || headThenAcronym(b, a)) return true;
  if (isAcronym(a) && acronymsOf(b.text).includes(foldName(a.text).replace(/ /g, ''))) return true;
  if (isAcronym(b) && acronymsOf(a.text).includes(foldName(b.text).replace(/ /g, ''))) return true;
  const wa = [...expandedWords(a, eq.aliasesA)];
  for (const w of expandedWords(b, eq.aliasesB)) if (wa.some((v) => similarWords(v, w))) return true;
  if (eq.lexicon && eq.langA !== eq.langB && (a.type !== 'person' || b.type !== 'person')) {
    const ka = new Set(lexiconKeys(a, eq.langA, eq));
    const kb = lexiconKeys(b, eq.langB, eq);
    if (kb.some((k) => ka.has(k))) return true;
  }
  return false;
}
