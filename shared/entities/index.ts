/**
 * Names and attributions in Indonesian and English news text: people, places, organisations and
 * the party each claim is credited to, and the drift of those between aligned versions.
 *
 * Reading choices (documented once, here):
 * - A name is a run of capitalised words (joined by plain spaces, or by `of`, `bin`, `van`, `al`
 *   …). A capitalised word that opens a sentence, or stands in a headline, is a name only when
 *   the document never writes it in lower case or the gazetteer knows it.
 * - Titles and honorifics (`Presiden`, `Menteri`, `Dr.`, "President", "Mr") are cut off the name
 *   and kept in `title`; `Presiden Rusia Vladimir Putin` is a title, a place (`Rusia`) and a
 *   person (`Vladimir Putin`).
 * - Countries come from `i18n-iso-countries` (English and Indonesian), plus everyday short forms
 *   and demonyms; capitals that can stand for their governments, and the common international and
 *   Indonesian organisations with their abbreviations, from gazetteer.ts.
 * - A capital credited with a claim (`menurut Pyongyang`), or not preceded by a place preposition
 *   (`Pyongyang dan Moskow memperdalam…`), stands for its government (`ref` `country:KP`); after
 *   `di`, `ke`, `dari`, "in", "to" … it is the city (`city:…`).
 * - Attributions: `menurut X`, `dikutip dari X`, `mengutip X`, `kata X` / `ujar X` / `lapor X`
 *   after a quote or comma, `X mengatakan` / `menyatakan` / `membantah` …; "according to X",
 *   "citing X", "quoted by X", "said X" after a quote or comma, "X said" / "told" / "denied" ….
 *   Stance verbs (`membantah`, "denied") make X an `actor`, speech verbs a `source`. Pronouns and
 *   generic references (`dia`, `katanya`, "he", "the agency", "officials") are anonymous sources.
 * - Never throws: bad input gives no entities.
 */
import type { Lang, Sentence } from '../text/types';
import { isHeadline, isInitial, readSentence } from './extract';
import { tokenize, type Token } from './tokens';
import type { EntityAnalysis } from './types';

export type { AnonymousSource, Entity, EntityAnalysis, EntityLevel, EntityRole, EntityType } from './types';
export { compareEntities, withEntityMismatches, type EntityCompareOptions, type EntityMismatch } from './compare';
export { equivalentEntities, type Equivalence } from './equivalence';
export { whoSaidWhat, type ClaimRow, type ClaimSource } from './claims';

const EMPTY: EntityAnalysis = { entities: [], anonymous: [] };

/** Lower-case words that occur uncapitalised in the text (to tell a sentence-initial word from a name). */
function lowerWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}\p{N}]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[0]);
  return out;
}

/** The tokens of each sentence (read once: both passes below use them, and never change them). */
function sentenceTokens(text: string, sentences: Sentence[]): Array<Token[] | null> {
  return sentences.map((s) => {
    if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return null;
    const start = Math.max(0, Math.min(text.length, s.start));
    const end = Math.max(start, Math.min(text.length, s.end));
    return tokenize(text, start, end);
  });
}

/** Words written capitalised inside sentences that are not headlines (lower-cased). */
function capitalisedMidSentence(tokensOf: Array<Token[] | null>): Set<string> {
  const out = new Set<string>();
  for (const tokens of tokensOf) {
    if (!tokens) continue;
    if (isHeadline(tokens)) continue;
    tokens.forEach((t, i) => {
      if (t.cap && !isInitial(tokens, i)) out.add(t.lower.replace(/['’]s$/, ''));
    });
  }
  return out;
}

/**
 * Entities and anonymous sources of a whole document in document order: offsets into `text`,
 * `sentence` = index into `sentences`. Never throws.
 */
export function extractEntities(text: string, sentences: Sentence[], lang: Lang): EntityAnalysis {
  if (typeof text !== 'string' || !Array.isArray(sentences)) return { entities: [], anonymous: [] };
  const safe: Lang = lang === 'en' ? 'en' : 'id';
  let docLower: Set<string>;
  let docCapMid: Set<string>;
  let tokensOf: Array<Token[] | null>;
  try {
    docLower = lowerWords(text);
    tokensOf = sentenceTokens(text, sentences);
    docCapMid = capitalisedMidSentence(tokensOf);
  } catch {
    return { ...EMPTY };
  }
  const out: EntityAnalysis = { entities: [], anonymous: [] };
  tokensOf.forEach((tokens, i) => {
    try {
      if (!tokens) return;
      const read = readSentence(tokens, text, { lang: safe, docLower, docCapMid, sentence: i });
      out.entities.push(...read.entities);
      out.anonymous.push(...read.anonymous);
    } catch {
      // One unreadable sentence loses its names, never the document's.
    }
  });
  return out;
}

/** Entities of one sentence (or any short text), offsets relative to it, `sentence` = 0. Never throws. */
export function extractEntitiesFromSentence(sentence: string, lang: Lang): EntityAnalysis {
  if (typeof sentence !== 'string' || sentence.length === 0) return { entities: [], anonymous: [] };
  return extractEntities(sentence, [{ text: sentence, start: 0, end: sentence.length, paragraph: 0 }], lang);
}
