/**
 * Numbers that name a thing after a label (`Pasal 33`, "Article 34", *Komisi XI*, "Commission IX",
 * *lantai 9*, "Flight 404"; and a coordinate, *6,84 LS*, by the side it lies on): no figure (the reader leaves them out, see identifiers.ts), but a number
 * that changes between versions under labels that translate each other points the reader of one at
 * another article, commission or floor. This module finds them, by the label's concept in either
 * language. Pure functions, no I/O.
 */
import { tokenize } from './tokens';
import { coordinateAt, currencyLetters, flightCodeAt, kmPostAt } from './identifiers';
import { ENGLISH } from './english';
import { INDONESIAN } from './indonesian';

/** A labelled number in a sentence: the label's concept, the number (Roman numerals as digits) and where it stands. */
export interface LabelledNumber {
  concept: string;
  value: string;
  start: number;
  end: number;
}

/** Label words, lower-case, by the concept both languages share. */
const LABEL_CONCEPTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // (and the words of the languages read by their digits: `Artikel 5`, `chapitre 3`, `página 12`)
    article: ['pasal', 'article', 'artikel', 'artículo', 'articulo', 'articolo', 'artigo', 'artikkel'],
    paragraph: ['ayat', 'paragraph', 'paragraphe', 'párrafo', 'paragrafo', 'parágrafo', 'paragraaf'],
    chapter: ['bab', 'chapter', 'kapitel', 'chapitre', 'capítulo', 'capitulo', 'capitolo', 'hoofdstuk', 'kapittel'],
    commission: ['komisi', 'commission'],
    grade: ['kelas', 'grade'],
    floor: ['lantai', 'floor'],
    page: ['halaman', 'hlm', 'page', 'seite', 'página', 'pagina', 'bladzijde'],
    resolution: ['resolusi', 'resolution'],
    platform: ['peron', 'platform'],
    gate: ['gerbang', 'gate'],
    flight: ['penerbangan', 'flight'],
    phase: ['tahap', 'fase', 'phase', 'stage'],
    zone: ['zona', 'zone'],
    sector: ['sektor', 'sector'],
    edition: ['edisi', 'edition'],
    appendix: ['lampiran', 'appendix', 'annex', 'anlage', 'annexe', 'anexo', 'allegato', 'bijlage'],
    table: ['tabel', 'table'],
    room: ['kamar', 'ruang', 'room'],
    block: ['blok', 'block'],
    'km post': ['km', 'kilometer', 'kilometre'],
  }).flatMap(([concept, words]) => words.map((w): [string, string] => [w, concept])),
);

const DIGITS = /^\d{1,4}[A-Za-z]?$/;

/** The value of a Roman numeral written in capitals (`XI` is 11, `XIX` 19) from I to CCCXCIX, else undefined. */
export function romanNumber(s: string): number | undefined {
  if (!/^[IVXLC]{1,9}$/.test(s) || !/^C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(s)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const x = v[s[i]];
    const next = v[s[i + 1]] ?? 0;
    total += x < next ? -x : x;
  }
  return total > 0 ? total : undefined;
}

/**
 * English labels written after their number, as an ordinal (`sixth grade`), by concept. (Not `17th floor`: the
 * ordinal is a figure there, which the drift engine pairs with *lantai 17* as a designator.)
 */
const ORDINAL_BEFORE: ReadonlyMap<string, string> = new Map([['grade', 'grade']]);

/** The ordinal at token k (`6th`, or `sixth`), with the token where it starts; undefined when none. */
function ordinalValue(tokens: ReturnType<typeof tokenize>, k: number): { value: number; at: number } | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (t.kind === 'word') {
    const w = ENGLISH.ordinal([t.lower], 0);
    if (w) return { value: w.value, at: k };
    // `6th`: the digits and the suffix, glued
    const d = tokens[k - 1];
    if (/^(?:st|nd|rd|th)$/.test(t.lower) && d?.kind === 'num' && !t.space && /^\d{1,3}$/.test(d.raw)) return { value: Number(d.raw), at: k - 1 };
  }
  return undefined;
}

/** Words that number a legal text before its year (*Nomor*, `No.`, `number`). */
const CITATION_LABELS = new Set(['nomor', 'nomer', 'no', 'number']);

/**
 * A legal text's number and year at the label token i: *Nomor 7 Tahun 2017*, `No. 7/2017`, `No. 12 of 2024`,
 * `number 19 year 2003` (concept `citation`, value `7/2017`), with the last token read; undefined when none.
 */
function citationAt(tokens: ReturnType<typeof tokenize>, i: number): { number: LabelledNumber; last: number } | undefined {
  if (!CITATION_LABELS.has(tokens[i].lower)) return undefined;
  let j = i + 1;
  if (tokens[j]?.raw === '.' && !tokens[j].space) j++;
  const n = tokens[j];
  if (!n || n.kind !== 'num' || !n.space || !/^\d{1,4}$/.test(n.raw)) return undefined;
  let y = j + 1;
  const slash = tokens[y]?.raw === '/' && !tokens[y].space && !tokens[y + 1]?.space;
  if (slash) y++;
  else if (/^(?:tahun|year|of)$/.test(tokens[y]?.lower ?? '')) y++;
  else return undefined;
  const year = tokens[y];
  if (!year || year.kind !== 'num' || !/^(?:19|20)\d\d$/.test(year.raw)) return undefined;
  // (`No. 7/2017/PMK`: a longer code goes on; not a citation of this form)
  if (tokens[y + 1]?.raw === '/' && !tokens[y + 1].space) return undefined;
  return { number: { concept: 'citation', value: `${Number(n.raw)}/${year.raw}`, start: tokens[i].start, end: year.end }, last: y };
}

/** `name:pon` when the word at i is a capitalised name and a Roman numeral of two letters or more follows it (*PON XXI*). */
function nameBeforeRoman(tokens: ReturnType<typeof tokenize>, i: number, at = i + 1): string | undefined {
  const w = tokens[i];
  const n = tokens[at];
  if (!/^\p{Lu}/u.test(w.raw) || w.raw.length < 2 || romanNumber(w.raw) !== undefined) return undefined;
  if (!n || n.kind !== 'word' || !n.space || n.raw.length < 2 || romanNumber(n.raw) === undefined) return undefined;
  return `name:${w.lower}`;
}

/** Letters before a number that the figures read as a figure of its own (*H-7*: days before a holiday; `M5`: a magnitude). */
const ONE_LETTER_FIGURES = new Set(['H', 'M']);

/**
 * A name's number glued to it at the word token i, with a hyphen or without (`Mobile-8`, `F-16`, `Su-34`, `G20`,
 * `G-20`): concept `code:<name>`, value the digits; undefined for the letters the figures read (*H-7*, days before a
 * holiday; `M5`, a magnitude; `Rp5`, currency letters), a year (`Expo-2020`), a tenor (*SBI-3 bulan*) or a longer code (`F-16A2`, `No.7/2017`).
 */
function nameCodeAt(tokens: ReturnType<typeof tokenize>, i: number): { number: LabelledNumber; last: number } | undefined {
  const w = tokens[i];
  if (w.kind !== 'word' || ONE_LETTER_FIGURES.has(w.raw) || !/^\p{Lu}/u.test(w.raw) || currencyLetters(w.raw) || CITATION_LABELS.has(w.lower) || LABEL_CONCEPTS.has(w.lower)) return undefined;
  let j = i + 1;
  if (tokens[j]?.raw === '-' && !tokens[j].space) j++;
  const n = tokens[j];
  if (!n || n.kind !== 'num' || n.space || !/^\d{1,3}$/.test(n.raw)) return undefined;
  const after = tokens[j + 1];
  if (after && !after.space && (after.kind !== 'sym' || ((after.raw === '/' || after.raw === '-' || after.raw === '.' || after.raw === ',') && tokens[j + 2] && !tokens[j + 2].space && tokens[j + 2].kind !== 'sym'))) return undefined;
  // (a unit of time after it makes it a tenor, *SBI-3 bulan*: a duration the figures read)
  if (after && after.kind === 'word' && (INDONESIAN.durations.has(after.lower) || ENGLISH.durations.has(after.lower))) return undefined;
  return { number: { concept: `code:${w.lower}`, value: String(Number(n.raw)), start: w.start, end: n.end }, last: j };
}

/** The labelled numbers of one sentence (offsets into it): a label word, a space, then digits or a Roman numeral that end there. */
export function labelledNumbersIn(sentence: string): LabelledNumber[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const out: LabelledNumber[] = [];
  try {
    const tokens = tokenize(sentence);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const label = tokens[i];
      // (*Pekan Olahraga Nasional (PON) XXI*: the name in brackets before the numeral)
      if (label.raw === ')' && tokens[i - 1]?.kind === 'word' && tokens[i - 2]?.raw === '(') {
        const named = nameBeforeRoman(tokens, i - 1, i + 1);
        if (named) out.push({ concept: named, value: String(romanNumber(tokens[i + 1].raw)), start: tokens[i - 2].start, end: tokens[i + 1].end });
        continue;
      }
      // *6,84 LS*, `6.84 degrees south latitude`: a place on the globe, by the side it lies on
      const place = coordinateAt(tokens, i);
      if (place) {
        out.push({ concept: place.concept, value: place.value, start: label.start, end: tokens[place.last].end });
        i = place.last;
        continue;
      }
      if (label.kind !== 'word') continue;
      // *UU Nomor 7 Tahun 2017*, `Law No. 7/2017`, `Regulation No. 12 of 2024`: a legal text's number and year
      const cited = citationAt(tokens, i);
      if (cited) {
        out.push(cited.number);
        i = cited.last;
        continue;
      }
      // `Lion Air JT 610`, `flight GA404`, *pesawat JT 610*: a flight by its carrier's code and number
      const flight = flightCodeAt(tokens, i);
      if (flight) {
        out.push({ concept: 'flight', value: flight.value, start: label.start, end: tokens[flight.last].end });
        i = flight.last;
        continue;
      }
      // `Mobile-8`, `F-16`, `G20`: a name's number glued to it (the code is the concept, so only versions that keep
      // the name compare the numbers: *Mobile-6* ↔ `Mobile-8` names another company)
      const code = nameCodeAt(tokens, i);
      if (code) {
        out.push(code.number);
        i = code.last;
        continue;
      }
      // `the sixth grade`: English puts the number before this label, as an ordinal
      const before = ORDINAL_BEFORE.get(label.lower);
      const ord = before ? ordinalValue(tokens, i - 1) : undefined;
      if (before && ord !== undefined) out.push({ concept: before, value: String(ord.value), start: tokens[ord.at].start, end: label.end });
      // (else a name and its Roman numeral, *PON XXI*, *Pakubuwono XIII*, `Pope Leo XIV`: the name is the concept, so
      // only versions that keep the name compare the numbers)
      const concept = LABEL_CONCEPTS.get(label.lower) ?? nameBeforeRoman(tokens, i);
      if (!concept || (concept === 'km post' && !kmPostAt(tokens, i))) continue;
      let j = i + 1;
      // `hlm. 5`, `No. 7`: a dot after an abbreviated label
      if (tokens[j]?.raw === '.' && tokens[j + 1]) j++;
      const n = tokens[j];
      if (!n || !n.space) continue;
      // a code or a date goes on (`33/2007`, `9-10`, `12.5`); a full stop or a comma ends the number
      const after = tokens[j + 1];
      if (after && !after.space && (after.kind !== 'sym' || ((after.raw === '/' || after.raw === '-' || after.raw === '.') && tokens[j + 2] && !tokens[j + 2].space))) continue;
      let value: string | undefined;
      if (n.kind === 'num' && DIGITS.test(n.raw)) value = String(Number.parseInt(n.raw, 10)) + n.raw.replace(/^\d+/, '').toUpperCase();
      else if (n.kind === 'word' && romanNumber(n.raw) !== undefined) value = String(romanNumber(n.raw));
      if (value === undefined) continue;
      out.push({ concept, value, start: label.start, end: n.end });
      i = j;
    }
  } catch {
    return [];
  }
  return out;
}
