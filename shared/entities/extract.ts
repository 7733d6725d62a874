/**
 * Reading names and attributions out of one sentence. Capitalised runs are split into titles,
 * gazetteer names (longest first) and the remaining names; attribution cues then mark the party
 * a claim is credited to. See index.ts for the reading choices.
 */
import type { Lang } from '../text/types';
import { foldName, foldSpelling } from './fold';
import { lookupName, longestName, type GazetteerHit } from './gazetteer';
import { plainGap, type Token } from './tokens';
import type { AnonymousSource, Entity, EntityType } from './types';
import {
  ACTOR_VERBS,
  ANONYMOUS,
  CUE_NYA,
  FUNCTION_WORDS,
  GOVERNMENT,
  LOCATIVE,
  NAME_JOINERS,
  ORG_HEADS,
  PLACE_HEADS,
  SOURCE_PREPOSITIONS,
  SPEAKER_AFTER,
  SPOKES,
  TITLES,
} from './words';

/** Heads that make an unknown name a place (`Provinsi Aceh`, "Kursk region"). */
/** Words before a name that make it a place (`wilayah Kursk`, "the city of"). */
const PLACE_BEFORE = new Set([...LOCATIVE, ...PLACE_HEADS]);
const CURRENCY = new Set(['million', 'billion', 'trillion', 'juta', 'miliar', 'triliun', 'dolar', 'dollar', 'dollars', 'sen', 'cent', 'cents', 'ringgit', 'yen', 'yuan', 'euro', 'pound', 'pounds', 'rupiah', 'won', 'rubel', 'ruble', 'rubles', 'peso', 'pesos']);
/** Compass words make a name a region (`Sumatera Selatan`, "West Java"). */
const COMPASS = new Set(['utara', 'selatan', 'barat', 'timur', 'tengah', 'tenggara', 'laut', 'daya', 'north', 'south', 'west', 'east', 'central', 'northern', 'southern', 'western', 'eastern']);
/** Adverbs and auxiliaries that may stand between a speaker and the verb (`Putin also said`, `Korea Utara dengan tegas menolak`). */
const SKIPPABLE = new Set('also has have had was were is are will would could may might later then previously earlier recently further again however yesterday today separately reportedly immediately quickly juga pun kini telah sudah sebelumnya lagi kemudian dengan tegas pernah tidak belum akan sempat langsung secara terpisah justru malah hanya bahkan'.split(' '));
/** `bahasa Inggris`: a language, not a country. */
const LANGUAGE = new Set(['bahasa', 'berbahasa']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const CONJUNCTIONS = new Set(['dan', 'serta', 'atau', 'and', 'or']);
/** Pre-cues that need a comma or quote before them (`"…," kata Putin`), else they are ordinary words. */
const AFTER_QUOTE_ONLY = new Set(['kata', 'lapor', 'ujar', 'said']);

/** Entity drafts of one sentence, with token ranges. */
interface Draft {
  first: number;
  last: number;
  type: EntityType;
  hit: GazetteerHit | null;
  entity: Entity;
}

export interface SentenceContext {
  lang: Lang;
  /** Lower-case words that occur uncapitalised somewhere in the document. */
  docLower: Set<string>;
  /** Words (lower-cased) written capitalised inside a sentence (not first, not in a headline) somewhere in the document. */
  docCapMid: Set<string>;
  sentence: number;
}

const possessive = /['’]s$/;

export function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{3,}/u.test(t.text));
  if (words.length < 5) return false;
  return words.filter((t) => t.cap).length / words.length > 0.75;
}

/** First word of the sentence, or of a quotation or clause after a colon. */
export function isInitial(tokens: Token[], i: number): boolean {
  return i === 0 || /["“‘(\[—:]\s*$/.test(tokens[i].gapBefore);
}

/** Does a gazetteer name of two or more words start at token i (`Korea Utara`, "South Korea")? */
function opensKnownName(tokens: Token[], i: number): boolean {
  const max = Math.min(tokens.length - 1, i + longestName() - 1);
  for (let k = i + 1; k <= max; k++) {
    if (!tokens[k].cap && !NAME_JOINERS.has(tokens[k].lower)) return false;
    if (!plainGap(tokens[k].gapBefore) && tokens[k].gapBefore !== '-') return false;
    const words = tokens.slice(i, k + 1);
    if (lookupName(foldName(words.map((w) => w.text).join(' ')), words.map((w) => w.text).join(' '))) return true;
  }
  return false;
}

/** Which tokens may belong to a name. */
function nameTokens(tokens: Token[], ctx: SentenceContext): boolean[] {
  const headline = isHeadline(tokens);
  return tokens.map((t, i) => {
    if (!t.cap || /\d/.test(t.text)) return false;
    if (t.acronym) return true;
    const bare = t.lower.replace(possessive, '');
    const known = !!lookupName(foldName(bare), t.text) || opensKnownName(tokens, i);
    if (FUNCTION_WORDS.has(bare) && !known) return false;
    if (known || TITLES.has(bare)) return true;
    if (headline) return ctx.docCapMid.has(bare);
    if (!isInitial(tokens, i)) return true;
    // A capitalised first word is a name when the document writes it so elsewhere, or when it speaks.
    if (ctx.docCapMid.has(bare)) return true;
    const next = tokens[i + 1];
    if (ctx.docLower.has(bare) || !next || !plainGap(next.gapBefore)) return false;
    // `Budanov mengatakan`, or the first word of a longer name (`Kyrylo Budanov told`).
    return SPEAKER_AFTER[ctx.lang].has(next.lower) || (next.cap && !/\d/.test(next.text) && !FUNCTION_WORDS.has(next.lower));
  });
}

/** Maximal runs of name tokens joined by plain spaces (or a joiner word, or a title's dot). */
function runs(tokens: Token[], named: boolean[]): Array<[number, number]> {
  // A capitalised function word between two name words belongs to the name (`Kementerian Dalam Negeri`, `Wartawan Tanpa Batas`).
  const isName = named.map(
    (n, i) => n || (tokens[i].cap && FUNCTION_WORDS.has(tokens[i].lower) && !isInitial(tokens, i) && named[i - 1] === true && named[i + 1] === true && plainGap(tokens[i].gapBefore)),
  );
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (next && isName[j + 1] && (plainGap(next.gapBefore) || next.gapBefore === '-' || (TITLES.has(tokens[j].lower) && /^\.\s+$/.test(next.gapBefore)))) {
        if (possessive.test(tokens[j].text)) break;
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (next && after && NAME_JOINERS.has(next.text) && isName[j + 2] && plainGap(next.gapBefore) && plainGap(after.gapBefore)) {
        j += 2;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

function phrase(tokens: Token[], i: number, j: number, text: string): { folded: string; end: number } {
  const last = tokens[j];
  const end = possessive.test(last.text) ? last.end - 2 : last.end;
  return { folded: foldName(text.slice(tokens[i].start, end)), end };
}

/** The government a capital stands for, unless a place preposition shows it is the city. */
function capitalIsPlace(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const t = tokens[k];
    if (CONJUNCTIONS.has(t.lower) || t.cap) continue;
    return LOCATIVE.has(t.lower);
  }
  return false;
}

/** Does a country or capital the gazetteer knows start at token i, within the run ending at j0? */
function opensCountry(tokens: Token[], i: number, j0: number, text: string): boolean {
  for (let k = Math.min(j0, i + longestName() - 1); k >= i; k--) {
    const h = lookupName(phrase(tokens, i, k, text).folded, text.slice(tokens[i].start, tokens[k].end));
    if (h) return h.kind === 'country' || h.kind === 'capital';
  }
  return false;
}

/** Length in tokens of a mouthpiece noun starting at token i (`juru bicara` 2, `jubir`/"spokesman" 1), else 0. */
export function spokesAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.lower === 'juru' && tokens[i + 1]?.lower === 'bicara' && plainGap(tokens[i + 1].gapBefore)) return 2;
  return SPOKES.has(t.lower) ? 1 : 0;
}

/** A party the gazetteer knows (a country, a capital, a listed organisation). */
const knownParty = (d: Draft | undefined): d is Draft => !!d && !!d.hit && !d.entity.inName;

function typeOfUnknown(tokens: Token[], i: number, j: number, ctx: SentenceContext): EntityType {
  const words = tokens.slice(i, j + 1).map((t) => t.lower);
  // Capitalised common words (`Kredit Korporasi`, "Stable Outlook"): a term, not a person.
  if (!tokens[i].acronym && words.every((w) => ctx.docLower.has(w))) return 'organisation';
  if (words.some((w) => ORG_HEADS.has(w))) return 'organisation';
  if (tokens.slice(i, j + 1).some((t) => t.acronym)) return 'organisation';
  if (words.some((w) => COMPASS.has(w))) return 'place';
  if (words.some((w) => PLACE_HEADS.has(w))) return 'place';
  const before = tokens[i - 1];
  const cited = tokens[i - 2] && /^(dikutip|dilansir|quoted|reported)$/.test(tokens[i - 2].lower);
  if (before && !before.cap && PLACE_BEFORE.has(before.lower) && !cited) return 'place';
  return 'person';
}

function refOfUnknown(type: EntityType, tokens: Token[], i: number, j: number): string {
  const words = tokens.slice(i, j + 1).map((t) => foldSpelling(t.text.replace(possessive, '')));
  if (type === 'person') return `person:${words[words.length - 1]}`;
  return `${type === 'place' ? 'place' : 'org'}:${words.join(' ')}`;
}

/** Splits one capitalised run into titles, gazetteer names and other names. */
function splitRun(tokens: Token[], i0: number, j0: number, text: string, ctx: SentenceContext, out: Draft[]): void {
  let title: string | undefined;
  let i = i0;
  const maxLen = longestName();
  while (i <= j0) {
    const t = tokens[i];
    // `Pemerintah Korea Utara`: the government acts for the country named after it.
    if (GOVERNMENT.has(t.lower) && i < j0 && opensCountry(tokens, i + 1, j0, text)) {
      title = title ? `${title} ${t.text}` : t.text;
      i++;
      continue;
    }
    if (TITLES.has(t.lower) && !t.acronym && i < j0) {
      title = title ? `${title} ${t.text}` : t.text;
      i++;
      // `Wali Kota` (mayor) is one title, not a title and a place head.
      if (t.lower === 'wali' && tokens[i]?.lower === 'kota' && i < j0) title = `${title} ${tokens[i++].text}`;
      continue;
    }
    let matched = 0;
    let hit: GazetteerHit | null = null;
    for (let k = Math.min(j0, i + maxLen - 1); k >= i; k--) {
      const h = lookupName(phrase(tokens, i, k, text).folded, text.slice(tokens[i].start, tokens[k].end));
      if (h) {
        matched = k - i + 1;
        hit = h;
        break;
      }
    }
    let merged = false;
    if (hit && hit.kind !== 'org') {
      // A place that opens an institution's name (`Jakarta Stock Exchange`, `Bank of Japan`) is part of it.
      let m = i + matched;
      while (m <= j0 && !TITLES.has(tokens[m].lower) && !lookupName(foldName(tokens[m].text), tokens[m].text)) m++;
      if (m > i + matched && tokens.slice(i + matched, m).some((t) => ORG_HEADS.has(t.lower))) {
        hit = null;
        matched = 0;
        merged = true;
      }
    }
    if (hit) {
      const k = i + matched - 1;
      const end = phrase(tokens, i, k, text).end;
      const type: EntityType = hit.kind === 'org' ? 'organisation' : 'place';
      const gov = hit.kind === 'capital' && !capitalIsPlace(tokens, i);
      const ref = hit.kind === 'org' ? `org:${hit.code}` : hit.kind === 'country' || gov ? `country:${hit.code}` : `city:${foldSpelling(text.slice(tokens[i].start, end))}`;
      const written = text.slice(tokens[i].start, end);
      out.push({
        first: i,
        last: k,
        type,
        hit,
        entity: {
          sentence: ctx.sentence,
          text: written,
          start: tokens[i].start,
          end,
          type,
          role: 'mention',
          ref,
          known: true,
          ...(title ? { title } : {}),
          ...(type === 'place' && tokens.slice(i0, i).some((x) => ORG_HEADS.has(x.lower) && !GOVERNMENT.has(x.lower)) ? { inName: true } : {}),
        },
      });
      if (type !== 'place') title = undefined;
      i = k + 1;
      continue;
    }
    // An unknown name: up to the next title or gazetteer name (an institution's name takes its places along).
    let j = i;
    while (j + 1 <= j0) {
      const n = tokens[j + 1];
      if (TITLES.has(n.lower) && !n.acronym) break;
      if (!merged && lookupName(foldName(n.text.replace(possessive, '')), n.text)) break;
      if (possessive.test(tokens[j].text)) break;
      j++;
    }
    // A lone title-like, function or generic word left over (`Presiden`, `Pemerintah`, `Militer`) is no name.
    const words = tokens.slice(i, j + 1);
    if (!(words.length === 1 && (FUNCTION_WORDS.has(words[0].lower) || TITLES.has(words[0].lower) || ANONYMOUS.has(words[0].lower)))) {
      const type = typeOfUnknown(tokens, i, j, ctx);
      const end = phrase(tokens, i, j, text).end;
      out.push({
        first: i,
        last: j,
        type,
        hit: null,
        entity: {
          sentence: ctx.sentence,
          text: text.slice(tokens[i].start, end),
          start: tokens[i].start,
          end,
          type,
          role: 'mention',
          ref: refOfUnknown(type, tokens, i, j),
          ...(title && type === 'person' ? { title } : {}),
        },
      });
    }
    title = undefined;
    i = j + 1;
  }
}

function cueSpan(tokens: Token[], i: number, j: number, text: string) {
  return { text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end };
}

/** The party named after a pre-cue (`menurut X`, "according to X"): last person or organisation of the phrase, else its first name. */
function sourceAfter(tokens: Token[], from: number, drafts: Draft[]): Draft | 'anonymous' | null {
  let end = from;
  while (end < tokens.length && end < from + 9 && (end === from || plainGap(tokens[end].gapBefore) || /^\.\s+$/.test(tokens[end].gapBefore))) end++;
  const first = tokens[from];
  // `kata juru bicara di Pyongyang`, "according to a spokesman for Seoul": the mouthpiece speaks for the party named.
  {
    let k = from;
    if (tokens[k] && /^(a|an|the|seorang|sang|para)$/.test(tokens[k].lower)) k++;
    const n = spokesAt(tokens, k);
    if (n > 0) {
      k += n;
      if (tokens[k] && /^(di|dari|untuk|in|of|for|from)$/.test(tokens[k].lower)) k++;
      const d = drafts.find((x) => x.first === k);
      if (knownParty(d) && plainGap(tokens[k].gapBefore)) return d;
    }
  }
  // `menurut dia …`, `menurutnya`: the source is the pronoun, whatever names follow.
  if (first && !first.cap && ANONYMOUS.has(first.lower)) return 'anonymous';
  const inside = drafts.filter((d) => d.first >= from && d.first < end);
  if (inside.length === 0) {
    const first = tokens[from];
    const second = tokens[from + 1];
    if (first && (ANONYMOUS.has(first.lower) || ((first.lower === 'the' || first.lower === 'para') && second && ANONYMOUS.has(second.lower)))) return 'anonymous';
    return null;
  }
  // Names must follow one another or stand after descriptive words only: stop at a verb-like gap.
  const chain: Draft[] = [inside[0]];
  for (let k = 1; k < inside.length; k++) {
    const prev = chain[chain.length - 1];
    if (inside[k].first - prev.last > 3) break;
    chain.push(inside[k]);
  }
  const named = chain.filter((d) => d.type !== 'place' || d.hit?.kind === 'capital');
  // `menurut Jeffrey Winters selama … Orde Baru`: a name right after the cue is the source; after
  // descriptive words (`menurut kepala intelijen Ukraina Kyrilo Budanov`) the last name is.
  const direct = chain[0].first === from && chain[0].type !== 'place' ? chain[0] : null;
  const pick = direct ?? (named.length ? named[named.length - 1] : chain[0]);
  // `menurut Pyongyang` credits a place; `kata ilmuwan dari India` credits an unnamed person.
  if (pick.type === 'place' && pick.first > from + (tokens[from].lower === 'the' ? 1 : 0)) return 'anonymous';
  // `kata mantan direktur eksekutif IMF itu`: a role at an institution, the person unnamed.
  if (pick.type !== 'person' && tokens.slice(from, pick.first).some((t) => TITLES.has(t.lower))) return 'anonymous';
  return pick;
}

/** A comma between two words, and the spaces around it. */
const COMMA_GAP = /^\s*,\s+$/;

/** The party written just before a speech verb (`Budanov mengatakan`, "the agency said"). */
function sourceBefore(tokens: Token[], verb: number, drafts: Draft[], lang: Lang): Draft | 'anonymous' | null {
  // a name set off by commas right before the verb (*Kepala BPBD Kalimantan Barat, Hendra Wijaya, mengatakan*,
  // "The agency's head, Hendra Wijaya, said"): the apposition names the speaker
  const appositive = drafts.find((x) => x.last === verb - 1);
  if (appositive?.type === 'person' && COMMA_GAP.test(tokens[verb].gapBefore) && COMMA_GAP.test(tokens[appositive.first]?.gapBefore ?? '')) return appositive;
  let skipped = 0;
  for (let k = verb - 1; k >= 0; k--) {
    if (!plainGap(tokens[k + 1].gapBefore)) return null;
    const d = drafts.find((x) => x.last === k);
    if (d) return d;
    const t = tokens[k];
    // "South Korea's government denied", "the North Korean government said", "Seoul's spokesman said": the party before the noun.
    const noun = GOVERNMENT.has(t.lower) || SPOKES.has(t.lower) || (t.lower === 'bicara' && tokens[k - 1]?.lower === 'juru') ? (t.lower === 'bicara' ? 2 : 1) : 0;
    if (noun && lang === 'en') {
      const owner = drafts.find((x) => x.last === k - noun);
      if (knownParty(owner) && owner.type === 'place' && plainGap(tokens[k - noun + 1].gapBefore)) return owner;
    }
    // A pronoun, a generic noun or a bare title (`Presiden menjelaskan`, "the minister said") stands for an unnamed party.
    if (ANONYMOUS.has(t.lower) || TITLES.has(t.lower)) return 'anonymous';
    if (!SKIPPABLE.has(t.lower) || ++skipped > 3) return null;
  }
  return null;
}

/** Entities and anonymous sources of one sentence (tokens given). */
export function readSentence(tokens: Token[], text: string, ctx: SentenceContext): { entities: Entity[]; anonymous: AnonymousSource[] } {
  const found: Draft[] = [];
  for (const [i, j] of runs(tokens, nameTokens(tokens, ctx))) splitRun(tokens, i, j, text, ctx, found);
  // `dolar AS`, "US dollars": a country naming a currency is no party.
  // A country just before an institution in one name (`kantor berita Prancis AFP`) describes it.
  found.forEach((d, k) => {
    const next = found[k + 1];
    if (d.hit?.kind === 'country' && next && next.type === 'organisation' && next.first === d.last + 1) d.entity.inName = true;
  });
  const drafts = found.filter(
    (d) =>
      !(
        d.hit?.kind === 'country' &&
        (CURRENCY.has(tokens[d.first - 1]?.lower ?? '') || /^\d/.test(tokens[d.first - 1]?.text ?? '') || LANGUAGE.has(tokens[d.first - 1]?.lower ?? '') || CURRENCY.has(tokens[d.last + 1]?.lower ?? '') || /^\$/.test(text.slice(d.entity.end, d.entity.end + 1)))
      ),
  );
  const anonymous: AnonymousSource[] = [];
  const credit = (target: Draft | 'anonymous' | null, i: number, j: number, actor: boolean, at: number) => {
    if (!target) return false;
    const cue = cueSpan(tokens, i, j, text);
    if (target === 'anonymous') {
      // `juru bicara itu membantah`: the noun, not its determiner, stands for the party.
      const noun = /^(itu|tersebut|ini)$/.test(tokens[at]?.lower ?? '') && (ANONYMOUS.has(tokens[at - 1]?.lower ?? '') || TITLES.has(tokens[at - 1]?.lower ?? '')) ? at - 1 : at;
      // `juru bicara` is one role noun, whichever of its words the cue reached.
      const from = tokens[noun]?.lower === 'bicara' && spokesAt(tokens, noun - 1) === 2 ? noun - 1 : noun;
      const t = tokens[from];
      const last = spokesAt(tokens, from) === 2 ? tokens[from + 1] : t;
      if (t && !anonymous.some((a) => a.cue.start === cue.start)) anonymous.push({ sentence: ctx.sentence, text: text.slice(t.start, last.end), start: t.start, end: last.end, cue });
      return true;
    }
    const e = target.entity;
    if (e.role === 'source') return true;
    e.role = actor ? 'actor' : 'source';
    e.cue = cue;
    // A capital credited with a claim speaks for its government.
    if (target.hit?.kind === 'capital') e.ref = `country:${target.hit.code}`;
    return true;
  };
  const lang = ctx.lang;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (lang === 'id' && CUE_NYA.test(t.lower)) {
      anonymous.push({ sentence: ctx.sentence, text: t.text, start: t.start, end: t.end, cue: cueSpan(tokens, k, k, text) });
      continue;
    }
    // "were said to be", `dikatakan`: a passive credits nobody.
    if (SPEAKER_AFTER[lang].has(t.lower) && !PASSIVE.has(tokens[k - 1]?.lower ?? '') && !(SKIPPABLE.has(tokens[k - 1]?.lower ?? '') && PASSIVE.has(tokens[k - 2]?.lower ?? ''))) {
      const before = sourceBefore(tokens, k, drafts, lang);
      if (before) {
        const at = before === 'anonymous' ? k - 1 : -1;
        credit(before, k, k, ACTOR_VERBS.has(t.lower), at);
        continue;
      }
    }
    for (const seq of SOURCE_PREPOSITIONS[lang]) {
      if (seq.some((w, n) => tokens[k + n]?.lower !== w)) continue;
      if (AFTER_QUOTE_ONLY.has(seq[0]) && !(k === 0 || /[,"”’'—–]\s*$/.test(t.gapBefore) || /^(demikian|begitu)$/.test(tokens[k - 1]?.lower ?? ''))) continue;
      const from = k + seq.length;
      if (from >= tokens.length) break;
      const after = sourceAfter(tokens, from, drafts);
      if (credit(after, k, from - 1, false, from + (tokens[from]?.lower === 'the' || tokens[from]?.lower === 'para' ? 1 : 0))) break;
    }
  }
  return { entities: drafts.map((d) => d.entity), anonymous };
}

/** Was the country written as a demonym or adjective (`North Korean`, `Indonesian`): named in passing? */
export function isDemonym(e: Entity): boolean {
  return e.type === 'place' && e.ref.startsWith('country:') && /(?:an|ese|ish|i|ch)$/.test(e.text) && !lookupNameExact(e.text);
}

function lookupNameExact(text: string): boolean {
  // A country's own name ending like a demonym (Iran, Japan, Oman) is not one.
  return /^(?:Iran|Oman|Japan|Pakistan|Afghanistan|Bhutan|Sudan|Taiwan|Vatican|Brunei|Mali|Malawi|Burundi|Djibouti|Haiti|Fiji|Chili|Peru|Inggris|Belanda|Cina|Turki|Yaman|Bahrain|Azerbaijan|Kazakhstan|Uzbekistan|Turkmenistan|Tajikistan|Kyrgyzstan|Korea Utara|Korea Selatan|Amerika)$/.test(text);
}
