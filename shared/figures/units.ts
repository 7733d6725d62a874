/**
 * The counted thing: surface forms (`tentara`, `troops`, `korban tewas`) to one concept per thing
 * (`troops`, `killed`) from the one concept table (`concepts.ts`), used to compare and group
 * figures across languages, and the reader that finds the head noun after a number.
 */
import type { Lang } from '../text/types';
import type { Token } from './tokens';
import { CONCEPTS, MEASURING_FAMILIES, type UnitFamily } from './concepts';
import { WEEKDAY_NUMBERS } from './weekdays';

/** English words that look plural but are not (or have no singular). */
const INVARIANT = new Set(['news', 'series', 'species', 'means', 'headquarters', 'police', 'people', 'aircraft', 'sheep', 'fish', 'deer', 'arms', 'forces']);

/**
 * English singular forms the unit reader treats as counted things by themselves (with the plural
 * forms, multi-word forms and invariant plurals of the concept table): a bare singular such as
 * `bank` or `post` is more often a modifier (`bank officials`) than the counted thing.
 */
const EN_SINGULAR_UNITS = new Set([
  'aircraft', 'artillery', 'building', 'child', 'children', 'citizen', 'civilian', 'displaced', 'ha', 'hectare', 'home',
  'house', 'individual', 'kg', 'kilogram', 'kilometre', 'km', 'litre', 'm', 'member', 'metre', 'missile', 'missing', 'mw', 'kw',
  'gw', 'kwh', 'mwh', 'gwh', 'watt', 'kilowatt', 'megawatt', 'gigawatt', 'feet', 'foot', 'ft', 'mile', 'mi',
  'official', 'people', 'person', 'personnel', 'refugee', 'resident', 'settlement', 'staff', 'ton', 'tonne', 'uav',
  'village', 'woman', 'women', 'troop', 'infantry', 'dead', 'killed', 'injured', 'wounded', 'hurt', 'cattle', 'livestock',
]);

const CONCEPT = new Map<string, string>();
const ID_UNITS = new Set<string>();
const EN_UNITS = new Set<string>();
for (const { concept, id, en } of CONCEPTS) {
  for (const f of id) {
    ID_UNITS.add(f);
    if (!CONCEPT.has(f)) CONCEPT.set(f, concept);
  }
  for (const f of en) {
    if (f.includes(' ') || f.endsWith('s') || EN_SINGULAR_UNITS.has(f)) EN_UNITS.add(f);
    CONCEPT.set(f, concept);
  }
}
// singular forms of the English entries (`city` finds `cities`)
for (const { concept, en } of CONCEPTS) {
  for (const f of en) {
    const sing = f.split(' ').map((w, i, a) => (i === a.length - 1 ? englishSingular(w) : w)).join(' ');
    if (!CONCEPT.has(sing)) CONCEPT.set(sing, concept);
  }
}
// Words that belong to both languages but mean the Indonesian thing in Indonesian texts.
const ID_OVERRIDE = new Map<string, string>([['orang', 'people']]);

/** True when `form` (lower-case) is a unit the table knows for `lang`. */
export function knownUnit(form: string, lang: Lang): boolean {
  return lang === 'id' ? ID_UNITS.has(form) : EN_UNITS.has(form);
}

/** Light English singular: `cities` → `city`, `boxes` → `box`, `troops` → `troop`. */
export function englishSingular(word: string): string {
  const w = word;
  if (w.length <= 3 || INVARIANT.has(w)) return w;
  if (/(ss|us|is|ous|ics)$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Indonesian singular: reduplication `anak-anak` → `anak`. */
export function indonesianSingular(word: string): string {
  const m = /^(\S+)-\1$/.exec(word);
  return m ? m[1] : word;
}

/**
 * The counted thing normalised across languages, for comparison and grouping:
 * `tentara`, `prajurit`, `troops`, `soldiers` → `troops`; `korban tewas`, `killed` → `killed`;
 * `orang`, `people` → `people`. Unknown units come back lower-cased and singular
 * (English plural stripped, Indonesian reduplication collapsed). `undefined` stays `undefined`.
 */
export function unitConcept(unit: string | undefined, lang: Lang): string | undefined {
  if (unit === undefined || unit === null) return undefined;
  const u = String(unit).toLowerCase().replace(/\s+/g, ' ').trim();
  if (!u) return undefined;
  if (lang === 'id' && ID_OVERRIDE.has(u)) return ID_OVERRIDE.get(u);
  const direct = CONCEPT.get(u);
  if (direct) return direct;
  const sing = lang === 'en' ? u.split(' ').map((w, i, a) => (i === a.length - 1 ? englishSingular(w) : w)).join(' ') : indonesianSingular(u);
  const viaSingular = CONCEPT.get(sing);
  if (viaSingular) return viaSingular;
  // a multi-word unit: try its head (last word in English, first in Indonesian)
  const parts = sing.split(' ');
  if (parts.length > 1) {
    const head = lang === 'en' ? parts[parts.length - 1] : parts[0];
    const viaHead = CONCEPT.get(head) ?? CONCEPT.get(lang === 'en' ? englishSingular(head) : indonesianSingular(head));
    if (viaHead) return viaHead;
  }
  return sing;
}

/** The family of the concept a unit names in either language (`kaki` and `meter`: length), if the table knows it. */
export function unitFamily(unit: string): UnitFamily | undefined {
  for (const lang of ['en', 'id'] as const) {
    const concept = unitConcept(unit, lang);
    const family = concept !== undefined ? conceptFamily(concept) : undefined;
    if (family) return family;
  }
  return undefined;
}

const FAMILY = new Map<string, UnitFamily>(CONCEPTS.map((e) => [e.concept, e.family]));

/** The family of a concept of the table (`kilometres`: length), if it is one. */
export function conceptFamily(concept: string): UnitFamily | undefined {
  return FAMILY.get(concept);
}

// ---------------------------------------------------------------------------------------------
// Reading the head noun after a number

/** Indonesian function words and frequent verbs/adverbs that are never the counted thing. */
const ID_STOP = new Set(
  (
    'yang dan atau di ke dari pada untuk dengan oleh bagi dalam atas bawah antara tentang terhadap kepada ' +
    'ini itu tersebut telah akan sudah sedang masih juga pun saja lagi lalu kemudian hanya para sebagai ' +
    'menjadi adalah ialah merupakan tetapi tapi namun karena jika bila apabila saat ketika setelah sebelum ' +
    'sejak selama hingga sampai bahwa kata ujar ungkap tutur menurut lebih kurang sekitar per setiap tiap ' +
    'tak tidak belum bukan serta maupun agar supaya sehingga secara sebanyak masing-masing pula dapat bisa ' +
    'harus perlu ingin mau sangat paling hampir sekali kali persen prosen lipat silam mendatang depan ' +
    'kemarin nanti pukul jam tanggal tgl nomor no sendiri saja pula semua seluruh beberapa banyak sedikit ' +
    'ada tiba datang pergi mengirim dikirim dikirimkan mengirimkan baru akhirnya ' +
    'diperkirakan sebelumnya sesudah melawan bersama bersama-sama kembali dua tiga empat lima enam tujuh ' +
    'delapan sembilan sepuluh sebelas seratus seribu ribu juta miliar milyar triliun belas puluh ratus ' +
    'rupiah dolar euro yen yuan won rubel ringgit ialah pertama kedua ketiga yakni yaitu misalnya termasuk ' +
    'dr mr wib wita wit lainnya lain berikutnya sebelumnya tadi total plus minus'
  )
    .split(/\s+/)
    .filter((w) => w),
);

/** Indonesian counting classifiers: `5 buah rumah` counts `rumah`. */
const ID_CLASSIFIERS = new Set(['buah', 'ekor', 'butir', 'lembar', 'batang', 'biji', 'helai', 'pucuk', 'bidang', 'potong', 'pasang', 'unit']);

/** English function words, auxiliaries and frequent verbs that end a noun phrase. */
const EN_STOP = new Set(
  (
    'the a an of to in on at for from by with and or but nor as than that which who whom whose this these ' +
    'those it its their his her our your my me him them they we he she you i were was is are be been being ' +
    'have has had will would could should may might must can did do does not no said says say told tell ' +
    'more less fewer over under about around per each every percent pct when while after before since ' +
    'until during into onto across between against among also already still just only even ago later ' +
    'earlier last next so if then there here where out up down off away back again all both either neither ' +
    'other another such what how why times fold am pm gmt utc local approximately roughly nearly almost ' +
    'some any many much most least several few according including included like via amid despite toward ' +
    'towards through throughout within without upon near onto one two three four five six seven eight nine ' +
    'ten eleven twelve hundred thousand million billion trillion dozen dollars dollar euros euro yen yuan plus minus ' +
    'won roubles rubles rupiah pounds got get gets sent send sending reportedly allegedly now yet ' +
    'first second third st nd rd th being while whereas however others goes does says remains seems means ' +
    'becomes includes lies makes takes gives gets needs wants holds keeps rises falls grows comes stands looks ' +
    'struck hit left took came went fell rose made gave saw found met led held won lost began ran flew shot put ' +
    'set sold paid spent brought bought fought threw broke drove rode stood sat kept'
  )
    .split(/\s+/)
    .filter((w) => w),
);

/** English irregular/no-s plurals and collective nouns often counted. */
const EN_PLURALISH = new Set(['people', 'personnel', 'children', 'men', 'women', 'police', 'staff', 'aircraft', 'infantry', 'livestock', 'cattle', 'sheep', 'fish', 'deer', 'militia', 'crew']);

/** English state words that can be the counted thing alone (`3 dead`) but are adjectives before a noun. */
const EN_STATES = new Set(['missing', 'dead', 'wounded', 'injured', 'killed', 'displaced', 'hurt']);

function looksEnglishPlural(w: string): boolean {
  if (EN_PLURALISH.has(w)) return true;
  // fishermen, gunmen, policemen (not `women`'s singular, which is `woman`)
  if (w.length >= 6 && w.endsWith('men') && !w.endsWith('omen')) return true;
  if (w.length < 4 || !w.endsWith('s')) return false;
  if (/(ss|us|is|ous|ics|ness)$/.test(w)) return false;
  return true;
}

/** An Indonesian word with a verb prefix (me-, di-, ber-, ter-), not a noun that starts so (*tersangka*, *menteri*, *dinas*). */
export function looksIndonesianVerb(w: string): boolean {
  if (w.length < 6) return false;
  return /^(me|di|ber|ter)/.test(w) && !/^(meter|menteri|dinas|direktur|diplomat|divisi|dokter|berita|peserta|tersangka|terdakwa|terpidana|teroris|ternak|terminal|terumbu|metrik|medali|mesin|menara|merek|mereka)/.test(w);
}

export interface UnitRead {
  /** The unit as written. */
  text: string;
  /** Token index of the unit's last token (inclusive). */
  endTok: number;
}

/** A word (with hyphen-joined parts) at token k: its text, lower form and last token. */
function compoundAt(tokens: readonly Token[], k: number): { text: string; lower: string; last: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  let last = k;
  while (
    tokens[last + 1]?.kind === 'sym' &&
    tokens[last + 1].raw === '-' &&
    !tokens[last + 1].space &&
    tokens[last + 2]?.kind === 'word' &&
    !tokens[last + 2].space
  )
    last += 2;
  let text = '';
  for (let m = k; m <= last; m++) text += tokens[m].raw;
  return { text, lower: text.toLowerCase(), last };
}

function spanText(tokens: readonly Token[], from: number, to: number, source: string): string {
  return source.slice(tokens[from].start, tokens[to].end);
}

/** True when a figure's unit is a speed, a rate per hour by itself (`kph`, `mph`, `knots`, `km/jam`, `kilometer per jam`, `miles an hour`). */
export function isSpeedUnit(unit: string): boolean {
  return /^(?:kph|mph|kmh|knots?)$|\/(?:h|jam)$|\s(?:per|an)\s+(?:jam|hour)$/i.test(unit);
}

/** Lengths a speed is counted in per hour. */
const SPEED_LENGTHS = /^(?:km|kilomet(?:er|re)s?|mil|miles?|mi)$/;

/**
 * A speed: a length per hour (`40 km/h`, `40 km/jam`, `40 kilometer per jam`, `60 miles per hour`, `60 miles an hour`),
 * the whole of it the unit, from the length at token `k`.
 */
function speedAt(tokens: readonly Token[], k: number, length: string, last: number, source: string): UnitRead | null {
  if (!SPEED_LENGTHS.test(length)) return null;
  const n1 = tokens[last + 1];
  const n2 = tokens[last + 2];
  if (!n1 || !n2 || n2.kind !== 'word') return null;
  const glued = n1.raw === '/' && !n1.space && !n2.space && /^(?:h|jam)$/i.test(n2.raw);
  const spaced = n1.kind === 'word' && n1.space && n2.space && /^(?:per|an)$/.test(n1.lower) && /^(?:jam|hour)$/.test(n2.lower);
  return glued || spaced ? { text: spanText(tokens, k, last + 2, source), endTok: last + 2 } : null;
}

/**
 * Reads the counted thing right after a number, from token `k`.
 * Indonesian is head-first: the first noun (`6.000 tentara Korea Utara` → `tentara`), with known
 * two-word units (`warga sipil`, `korban tewas`) and classifiers (`5 buah rumah` → `rumah`).
 * English is head-last: skip up to three modifiers to the first known or plural noun
 * (`6,000 North Korean troops` → `troops`), else the last word of the phrase.
 * Stop words, verbs and punctuation end the search; returns null when there is no unit.
 */
export function readUnit(tokens: readonly Token[], k: number, lang: Lang, source: string): UnitRead | null {
  const first = compoundAt(tokens, k);
  if (!first) return null;
  const speed = speedAt(tokens, k, first.lower, first.last, source);
  if (speed) return speed;
  if (lang === 'id') {
    if (ID_STOP.has(first.lower) || looksIndonesianVerb(first.lower) && !ID_UNITS.has(first.lower)) return null;
    const second = first.last + 1 < tokens.length && tokens[first.last + 1].space ? compoundAt(tokens, first.last + 1) : null;
    if (second) {
      const pair = first.lower + ' ' + second.lower;
      if (ID_UNITS.has(pair)) return { text: spanText(tokens, k, second.last, source), endTok: second.last };
      // two capitalised words that are no unit are a name (`sejak 2006 Jasa Marga menerbitkan`), not the counted thing
      if (/^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(second.text) && !ID_UNITS.has(first.lower)) return null;
      if (ID_CLASSIFIERS.has(first.lower) && !ID_STOP.has(second.lower) && !looksIndonesianVerb(second.lower)) {
        return { text: second.text, endTok: second.last };
      }
    }
    return { text: first.text, endTok: first.last };
  }
  // English: collect up to four words of the noun phrase
  const phrase: { text: string; lower: string; last: number; start: number; ident: boolean }[] = [];
  // index of the first -ed word: an adjective before a noun (27 trapped passengers) or a verb (9 recorded deflation)
  let edAt = -1;
  let m = k;
  while (phrase.length < 4) {
    const w = m === k ? first : tokens[m]?.space ? compoundAt(tokens, m) : null;
    if (!w) break;
    // acronyms and dotted abbreviations are modifiers: two US soldiers, three U.S. soldiers
    const acronym = w.text.length >= 2 && w.text === w.text.toUpperCase() && /^[A-Z]+$/.test(w.text);
    if (w.text.length <= 2 && tokens[w.last + 1]?.raw === '.' && !tokens[w.last + 1].space && tokens[w.last + 2]?.kind === 'word' && !tokens[w.last + 2].space) {
      let last = w.last + 2;
      if (tokens[last + 1]?.raw === '.' && !tokens[last + 1].space) last++;
      phrase.push({ ...w, last, start: m, ident: true });
      m = last + 1;
      continue;
    }
    if (acronym && !EN_UNITS.has(w.lower)) {
      phrase.push({ ...w, start: m, ident: true });
      m = w.last + 1;
      continue;
    }
    // `two other climbers`, `three more boats`: the counted thing comes after `other` / `more`
    if (phrase.length === 0 && (w.lower === 'other' || w.lower === 'more')) {
      const next = tokens[w.last + 1]?.space ? compoundAt(tokens, w.last + 1) : null;
      if (next && !EN_STOP.has(next.lower) && (EN_UNITS.has(next.lower) || looksEnglishPlural(next.lower))) {
        m = w.last + 1;
        continue;
      }
    }
    if (EN_STOP.has(w.lower)) break;
    // a weekday closing the phrase dates the sentence (questioned 517 adult Israelis Sunday and …);
    // before a noun it is a modifier (300 Sunday shoppers)
    if (WEEKDAY_NUMBERS.en.has(w.lower) && /^\p{Lu}/u.test(w.text)) {
      const next = tokens[w.last + 1]?.space ? compoundAt(tokens, w.last + 1) : null;
      if (!next || EN_STOP.has(next.lower)) break;
    }
    if (/ly$/.test(w.lower) && w.lower.length > 4 && !EN_UNITS.has(w.lower)) break;
    const ed = /ed$/.test(w.lower) && !EN_UNITS.has(w.lower);
    if (ed && edAt < 0) edAt = phrase.length;
    // a model name glued to digits (Su-34, F-16) is a modifier, never the head
    let last = w.last;
    let ident = false;
    while (tokens[last + 1] && !tokens[last + 1].space && tokens[last + 1].kind !== 'word' && tokens[last + 2] && !tokens[last + 2].space && tokens[last + 2].kind !== 'sym' && (tokens[last + 1].raw === '-' || tokens[last + 1].kind === 'num')) {
      last += tokens[last + 1].kind === 'num' ? 1 : 2;
      ident = true;
    }
    if (tokens[last + 1]?.kind === 'num' && !tokens[last + 1].space) {
      last++;
      ident = true;
    }
    // a possessive is a modifier: the ministry's budget
    const ap = tokens[last + 1];
    if (ap && !ap.space && (ap.raw === "'" || ap.raw === '’') && tokens[last + 2]?.lower === 's' && !tokens[last + 2].space) {
      last += 2;
      ident = true;
    }
    phrase.push({ ...w, last, start: m, ident });
    m = last + 1;
  }
  if (phrase.length === 0) return null;
  for (let p = 0; p < phrase.length; p++) {
    const w = phrase[p];
    if (w.ident) continue;
    if (p + 1 < phrase.length && (EN_UNITS.has(w.lower + ' ' + phrase[p + 1].lower) || EN_UNITS.has(w.lower + ' ' + englishSingular(phrase[p + 1].lower)))) {
      const nxt = phrase[p + 1];
      // (the two words when they name another measure than the last alone: `square kilometers`, `nautical miles`)
      const pair = unitConcept(`${w.text} ${nxt.text}`, 'en');
      const known = knownUnit(`${w.lower} ${nxt.lower}`, 'en') || knownUnit(`${w.lower} ${englishSingular(nxt.lower)}`, 'en');
      const measure = pair !== undefined && MEASURING_FAMILIES.has(conceptFamily(pair) ?? 'other');
      if (known && measure && pair !== unitConcept(nxt.text, 'en')) return { text: spanText(tokens, w.start, nxt.last, source), endTok: nxt.last };
      return { text: nxt.text, endTok: nxt.last };
    }
    // a state word (missing, dead, wounded) before a noun is an adjective: two missing climbers
    if (EN_STATES.has(w.lower) && p + 1 < phrase.length) continue;
    if (EN_UNITS.has(w.lower) || looksEnglishPlural(w.lower)) return { text: w.text, endTok: w.last };
  }
  // no counted noun found: a phrase cut at its first -ed word (a verb), else its last word
  const kept = edAt >= 0 ? phrase.slice(0, edAt) : phrase;
  if (kept.length === 0) return null;
  const lastWord = kept[kept.length - 1];
  if (lastWord.ident) return null;
  return { text: lastWord.text, endTok: lastWord.last };
}
