/**
 * Entity drift between aligned versions. Within each bead:
 * - a claim credited (or an act ascribed) to a party on both sides, naming parties that are not
 *   the same, is an `entity` mismatch at level `drift` (both spans);
 * - a claim credited to a named party on one side only, when the other side neither names that
 *   party anywhere in the bead nor credits the claim to a pronoun or a generic reference
 *   ("the agency"), is also `drift`: the claim lost or gained its source;
 * - a name on one side only (a person, place or organisation the other side does not mention,
 *   nor refers to by a pronoun or a generic noun) is `review`; so is a name that the other side
 *   replaced by a different name of the same type outside any attribution.
 * Only salient names are reviewed when one side lacks them (countries, capitals and listed
 * organisations the gazetteer knows, people's full names). Demonyms (`Indonesian`, `North
 * Korean`) named in passing, and Indonesia and Jakarta in a pair with an Indonesian side (the
 * story's home, which translations add and drop freely), are not reported.
 */
import type { Bead } from '../align/types';
import { translate } from '../align/lexicon';
import { stemEn } from '../align/stem';
import type { Comparison, Mismatch } from '../drift/types';
import type { Lang, Sentence } from '../text/types';
import { isDemonym } from './extract';
import {
  containsWords,
  countryOf,
  distinctiveWords,
  equivalentEntities,
  expandedWords,
  lexiconKeys,
  prepareEquivalence,
  type Equivalence,
  type PreparedEquivalence,
} from './equivalence';
import { foldName, foldSpelling, similarWords } from './fold';
import { demonymPrefixes, namesOfCountry, namesOfOrg } from './gazetteer';
import type { Entity, EntityAnalysis, EntityLevel, EntityType } from './types';
import { TITLES } from './words';

/** An entity mismatch: a Mismatch of kind `entity` whose spans are names, not figures. */
export type EntityMismatch = Omit<Mismatch, 'id'> & {
  kind: 'entity';
  level: EntityLevel;
  aEntity: Entity | null;
  bEntity: Entity | null;
};

/** One version as the comparison needs it. */
export interface EntitySide {
  lang: Lang;
  text: string;
  sentences: Sentence[];
  entities: EntityAnalysis;
}

export type EntityCompareOptions = Omit<Equivalence, 'langA' | 'langB'>;

/** Words that can stand for a party of each type on the other side. */
const STAND_INS: Record<EntityType, Set<string>> = {
  person: new Set('dia ia beliau mereka pihaknya dirinya he she him her his they them who official spokesman spokeswoman spokesperson minister president leader chief head'.split(' ')),
  organisation: new Set('regime administration bank central house parliament lawmakers legislators dewan bursa exchange pihaknya mereka badan lembaga kementerian departemen perusahaan instansi institusi organisasi komisi partai kantor it its they agency ministry department company firm organisation organization commission party office institution body group authorities government pemerintah'.split(' ')),
  place: new Set('sana situ sini negara kota wilayah daerah kawasan provinsi there here country nation city region area province state capital it its they them their'.split(' ')),
};

interface SideView {
  entities: Entity[];
  anonymous: number;
  /** Folded text of the bead side, and its spelling-folded and stemmed words. */
  folded: string;
  readonly spelled: Set<string>;
  readonly stems: Set<string>;
  words: Set<string>;
}

function view(side: EntitySide, indices: number[], bySentence: Map<number, Entity[]>, anonBySentence: Map<number, number>): SideView {
  const entities: Entity[] = [];
  let anonymous = 0;
  const texts: string[] = [];
  for (const i of indices) {
    entities.push(...(bySentence.get(i) ?? []));
    anonymous += anonBySentence.get(i) ?? 0;
    const s = side.sentences[i];
    if (s) texts.push(side.text.slice(s.start, s.end));
  }
  const folded = foldName(texts.join(' ').replace(/['’]s\b/gu, '').replace(/[^\p{L}\p{M}\p{N}\s'’.\-]/gu, ' '));
  const words = new Set(folded.split(' ').filter(Boolean));
  // the spelling-folded and stemmed words only when a party's name is looked for in them (most beads name none)
  let spelled: Set<string> | undefined;
  let stems: Set<string> | undefined;
  return {
    entities,
    anonymous,
    folded,
    words,
    get spelled() {
      return (spelled ??= new Set([...words].map(foldSpelling)));
    },
    get stems() {
      return (stems ??= new Set([...words].map(stemEn)));
    },
  };
}

function index(side: EntitySide): { bySentence: Map<number, Entity[]>; anon: Map<number, number> } {
  const bySentence = new Map<number, Entity[]>();
  for (const e of side.entities.entities) {
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  const anon = new Map<number, number>();
  for (const a of side.entities.anonymous) anon.set(a.sentence, (anon.get(a.sentence) ?? 0) + 1);
  return { bySentence, anon };
}

/** Is party `e` (of side `from`) named anywhere in the other side's bead, under any of its names? */
function namedIn(e: Entity, other: SideView, eq: PreparedEquivalence, fromA: boolean): boolean {
  const pairEq = (x: Entity) => (fromA ? equivalentEntities(e, x, eq) : equivalentEntities(x, e, eq));
  if (other.entities.some(pairEq)) return true;
  const code = countryOf(e);
  if (code) {
    const names = namesOfCountry(code);
    if (names.some((n) => containsWords(other.folded, n))) return true;
    // Typos and run-together words (`Unites States`, `inNigeria`, `Swetzerland`).
    const squashed = other.folded.replace(/ /g, '');
    if (names.some((n) => n.length >= 6 && squashed.includes(n.replace(/ /g, '')))) return true;
    // Every word of one of its names, written a letter off (`Unites States`, `Swetzerland`); `Korea Utara` needs `utara` too.
    const near = (w: string) => {
      const f = foldSpelling(w);
      for (const v of other.spelled) if (similarWords(f, v)) return true;
      return false;
    };
    if (names.some((n) => n.split(' ').every((w) => w.length >= 5 && near(w)))) return true;
    const prefixes = demonymPrefixes(code);
    for (const w of other.words) if (prefixes.some((p) => w.startsWith(p))) return true;
    return false;
  }
  if (e.ref.startsWith('org:') && namesOfOrg(e.ref.slice(4)).some((n) => containsWords(other.folded, n))) return true;
  const mine = fromA ? eq.termsA : eq.termsB;
  const theirs = fromA ? eq.termsB : eq.termsA;
  const name = foldName(e.text);
  for (let i = 0; i < mine.length; i++) {
    if (mine[i] && (containsWords(name, mine[i]) || containsWords(mine[i], name)) && containsWords(other.folded, theirs[i])) return true;
  }
  for (const w of expandedWords(e, fromA ? eq.aliasesA : eq.aliasesB)) {
    if (other.spelled.has(w)) return true;
    for (const v of other.spelled) if (similarWords(w, v)) return true;
  }
  const keys = lexiconKeys(e, fromA ? eq.langA : eq.langB, eq);
  return keys.length > 0 && keys.some((k) => other.stems.has(k));
}

/** Does the other side refer to such a party without naming it (a pronoun, a generic noun, a title)? */
function hasStandIn(type: EntityType | 'any', other: SideView): boolean {
  const sets = type === 'any' ? [STAND_INS.person, STAND_INS.organisation] : type === 'person' ? [STAND_INS.person] : [STAND_INS[type]];
  for (const word of other.words) {
    // `negaranya` (its country), `pihaknya`: the stand-in with its possessive.
    const w = word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
    if (sets.some((s) => s.has(w) || s.has(word))) return true;
    // A person is often rendered by office alone (`Menkeu`, "the minister").
    if ((type === 'person' || type === 'any') && TITLES.has(w)) return true;
  }
  return false;
}

function isSubsequence(part: string, whole: string): boolean {
  let k = 0;
  for (const c of whole) if (c === part[k]) k++;
  return k === part.length;
}

/** Initials of a country an agency's acronym may start with (`US` in USGS, `UK` in UKHO, `EU` in EUMETSAT). */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['us', 'uk', 'eu', 'un', 'ri']);

/** An abbreviation on the other side that spells the name (`SERA` for Serasi Autoraya, `PKG`). */
function abbreviatedIn(e: Entity, other: SideView): boolean {
  const name = foldName(e.text).replace(/ /g, '');
  const words = foldName(e.text).split(' ');
  const initials = words.map((w) => w[0]).join('');
  // (without a leading country of one or two letters: `U.S. Drug Enforcement Administration` is the DEA)
  const lead = words.findIndex((w) => w.length > 2);
  const initialsAfterCountry = lead > 0 ? words.slice(lead).map((w) => w[0]).join('') : '';
  return other.entities.some((x) => {
    const letters = x.text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
    const acr = letters.toLowerCase();
    // (and one that adds the country the name was read without: `USGS` for the Geological Survey of `the U.S. Geological Survey`)
    const countryAdded = acr.length >= 4 && initials.length >= 2 && acr.endsWith(initials) && COUNTRY_INITIALS.has(acr.slice(0, acr.length - initials.length));
    return acr === initials || countryAdded || (acr.length >= 3 && acr === initialsAfterCountry) || (acr.length >= 3 && acr[0] === name[0] && isSubsequence(acr, name));
  });
}

/** What may stand for a name on the other side: a person or a company ("the company") when the name is not known. */
const standIn = (e: Entity): EntityType | 'any' => (e.known ? e.type : e.type === 'person' ? 'any' : e.type);

const credited = (e: Entity) => e.role === 'source' || e.role === 'actor';

function explain(what: 'source' | 'only', a: Entity | null, b: Entity | null): { messageKey: string; params: Record<string, string>; note: string } {
  const an = a?.text ?? '';
  const bn = b?.text ?? '';
  if (what === 'source') {
    return a && b
      ? { messageKey: 'entities.mismatch.source', params: { a: an, b: bn }, note: `credited to ${an} in A but to ${bn} in B` }
      : a
        ? { messageKey: 'entities.mismatch.sourceOnlyA', params: { a: an }, note: `credited to ${an} in A; B names no source` }
        : { messageKey: 'entities.mismatch.sourceOnlyB', params: { b: bn }, note: `credited to ${bn} in B; A names no source` };
  }
  return a
    ? { messageKey: 'entities.mismatch.onlyA', params: { a: an }, note: `${an} is named in A only` }
    : { messageKey: 'entities.mismatch.onlyB', params: { b: bn }, note: `${bn} is named in B only` };
}

function make(bead: Bead, level: EntityLevel, what: 'source' | 'only', a: Entity | null, b: Entity | null): EntityMismatch {
  const side = (e: Entity | null) => (e ? `${e.text}@${e.start}-${e.end}` : '-');
  return {
    key: `entity|${side(a)}|${side(b)}`,
    a: bead.a,
    b: bead.b,
    kind: 'entity',
    level,
    // On the figures' scale (shared/drift/confidence.ts: drift at 0.5 and above), so that
    // --min-confidence and the panel treat both alike.
    confidence: level === 'drift' ? 0.8 : 0.4,
    aFigure: null,
    bFigure: null,
    aEntity: a,
    bEntity: b,
    ...explain(what, a, b),
  };
}

/**
 * A one-word source the gazetteer does not know and the bilingual lexicon does (`Koran
 * melaporkan`, "Witnesses told", `Militer`): a common noun opening the sentence, so an unnamed
 * source, not a party's name.
 */
function demoteCommonWords(side: SideView, eq: PreparedEquivalence): SideView {
  const lex = eq.lexicon;
  if (!lex) return side;
  const common = (e: Entity) => {
    if (e.known || !credited(e) || e.text.includes(' ') || /^\p{Lu}{2,}$/u.test(e.text)) return false;
    const w = foldName(e.text);
    return translate(lex, w).length > 0 || lex.targets.has(stemEn(w));
  };
  const demoted = side.entities.filter(common);
  if (!demoted.length) return side;
  return { ...side, entities: side.entities.filter((e) => !demoted.includes(e)), anonymous: side.anonymous + demoted.length };
}

/**
 * Names worth a review when one side lacks them: what the gazetteer knows (countries named as
 * such, capitals, listed organisations) and people's full names. Other capitalised words in news
 * text (products, programmes, headings) are too often rendered freely.
 */
function salient(e: Entity, home: string | null, eq: PreparedEquivalence): boolean {
  if (home && countryOf(e) === home) return false;
  if (e.inName) return false;
  // Institutions are named, abbreviated and paraphrased too freely ("the central bank", `Depkeu`) to review one-sided.
  if (e.known) return e.type === 'place' && !isDemonym(e);
  if (e.type !== 'person' || distinctiveWords(e).length < 2) return false;
  // Capitalised dictionary words ("Economic Representatives", `Nota Keuangannya`) are no one's name.
  const lex = eq.lexicon;
  if (!lex) return true;
  return !foldName(e.text)
    .split(' ')
    .some((w) => translate(lex, w).length > 0 || lex.targets.has(stemEn(w)));
}

/** Two people each named by one word (a first name, a surname), neither a name the gazetteer knows. */
function singleNames(a: Entity, b: Entity): boolean {
  const one = (e: Entity) => e.type === 'person' && !e.known && !/\s/.test(e.text.trim());
  return one(a) && one(b);
}

function compareBead(bead: Bead, A: SideView, B: SideView, eq: PreparedEquivalence, home: string | null): EntityMismatch[] {
  const out: EntityMismatch[] = [];
  const srcA = A.entities.filter(credited);
  const srcB = B.entities.filter(credited);
  // Sources that the other side names anywhere (in any role) are the same party, rendered differently.
  const lostA = srcA.filter((e) => !namedIn(e, B, eq, true) && !abbreviatedIn(e, B));
  const lostB = srcB.filter((e) => !namedIn(e, A, eq, false) && !abbreviatedIn(e, A));
  // A pronoun or generic source on either side may stand for the other side's named party.
  const anonymous = A.anonymous > 0 || B.anonymous > 0;
  const pairs = anonymous ? 0 : Math.min(lostA.length, lostB.length);
  // (one word each for a person: Indonesian copy names a person by the first name, English copy by the
  // surname, *kata Darmin* ↔ "Nasution said": the same person as often as not, so a review)
  for (let k = 0; k < pairs; k++) out.push(make(bead, singleNames(lostA[k], lostB[k]) ? 'review' : 'drift', 'source', lostA[k], lostB[k]));
  // A claim credited on one side only: a review, when the other side credits nobody at all.
  if (!anonymous && srcB.length === 0) for (const e of lostA.slice(pairs)) if (!hasStandIn('any', B) && !abbreviatedIn(e, B)) out.push(make(bead, 'review', 'source', e, null));
  if (!anonymous && srcA.length === 0) for (const e of lostB.slice(pairs)) if (!hasStandIn('any', A) && !abbreviatedIn(e, A)) out.push(make(bead, 'review', 'source', null, e));
  const flagged = new Set<Entity>(out.flatMap((m) => [m.aEntity, m.bEntity]).filter((e): e is Entity => !!e));

  // Names outside attributions.
  const seen = (list: Entity[]) => {
    const refs = new Set<string>();
    return list.filter((e) => (refs.has(e.ref) ? false : (refs.add(e.ref), true)));
  };
  const lone = (mine: Entity[], other: SideView, fromA: boolean) =>
    seen(mine.filter((e) => !credited(e) && !flagged.has(e) && salient(e, home, eq) && !namedIn(e, other, eq, fromA) && !abbreviatedIn(e, other)));
  const loneA = lone(A.entities, B, true);
  const loneB = lone(B.entities, A, false);
  // Each on its own: outside attributions, one name missing and another added need not be a replacement.
  for (const a of loneA) if (!hasStandIn(standIn(a), B)) out.push(make(bead, 'review', 'only', a, null));
  for (const b of loneB) if (!hasStandIn(standIn(b), A)) out.push(make(bead, 'review', 'only', null, b));
  return out;
}

/**
 * Entity mismatches of two aligned versions, bead by bead, in document order. Beads with an
 * empty side (an omitted or added sentence) are left to the alignment: their names have no
 * counterpart to drift from. Never throws.
 */
export function compareEntities(beads: Bead[], a: EntitySide, b: EntitySide, options: EntityCompareOptions = {}): EntityMismatch[] {
  try {
    const eq = prepareEquivalence({ ...options, langA: a.lang, langB: b.lang }, a.entities.entities, b.entities.entities);
    // An Indonesian story's own country and capital go without saying: one side naming them is no news.
    const home = a.lang === 'id' || b.lang === 'id' ? 'ID' : null;
    const ia = index(a);
    const ib = index(b);
    const out: EntityMismatch[] = [];
    for (const bead of beads) {
      if (!bead.a.length || !bead.b.length) continue;
      const A = demoteCommonWords(view(a, bead.a, ia.bySentence, ia.anon), eq);
      const B = demoteCommonWords(view(b, bead.b, ib.bySentence, ib.anon), eq);
      if (!A.entities.length && !B.entities.length) continue;
      out.push(...compareBead(bead, A, B, eq, home));
    }
    return out;
  } catch {
    return [];
  }
}

/**
 * The comparison with the entity mismatches of the same beads added, all mismatches in document
 * order (by first sentence of A, then of B; figures before names within a bead) and numbered
 * `m1`, `m2`, … again.
 */
export function withEntityMismatches(
  comparison: Comparison,
  beads: Bead[],
  a: EntitySide,
  b: EntitySide,
  options: EntityCompareOptions = {},
): Comparison {
  const extra = compareEntities(beads, a, b, options);
  if (!extra.length) return comparison;
  // Merge without moving the figure mismatches: each name goes before the first figure mismatch that comes after it.
  const pos = (m: Pick<Mismatch, 'a' | 'b'>): [number, number] => [m.a.length ? m.a[0] : Number.MAX_SAFE_INTEGER, m.b.length ? m.b[0] : Number.MAX_SAFE_INTEGER];
  const before = (x: [number, number], y: [number, number]) => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  const merged: Array<Omit<Mismatch, 'id'>> = [];
  let k = 0;
  for (const f of comparison.mismatches) {
    const p = pos(f);
    while (k < extra.length && before(pos(extra[k]), p)) merged.push(extra[k++]);
    merged.push(f);
  }
  while (k < extra.length) merged.push(extra[k++]);
  return { ...comparison, mismatches: merged.map((m, i) => ({ ...m, id: `m${i + 1}` }) as Mismatch) };
}
