/**
 * What must NOT be read as a figure: names and codes with digits (`COVID-19`, `G20`, `F-16`,
 * `MH17`, `A4`), numbers after labels (`Pasal 4`, `Article 5`, `No. 7`, `hlm. 5`, `RT 03/RW 05`,
 * `UU No. 12 Tahun 2011` — the year of a law citation is part of its name, not a date),
 * phone numbers (`0812-3456-7890`, `+62 21 555 1234`), list markers, URLs, e-mail addresses,
 * hashtags and handles.
 */
import type { Lexicon } from './lexicon';
import { MILITARY_UNIT_NOUNS } from './military-units';
import type { Token } from './tokens';
import { isDash, isSym, possessiveAt } from './tokens';

/** Labels whose following number is a name, lower-case. */
const LABELS = new Set([
  'pasal',
  'ayat',
  'bab',
  'butir',
  'nomor',
  'nomer',
  'nr',
  'nos',
  'halaman',
  'page',
  'pages',
  'article',
  'articles',
  'section',
  'sections',
  'chapter',
  'clause',
  'paragraph',
  'paragraf',
  'resolution',
  'resolusi',
  'uu',
  'perppu',
  'perpu',
  'perpres',
  'keppres',
  'kepres',
  'inpres',
  'permen',
  'kepmen',
  'perda',
  'pergub',
  'perwal',
  'perbup',
  'permenkes',
  'kuhp',
  // an income-tax article, *PPh 21*, *PPh Pasal 22*
  'pph',
  'rt',
  'rw',
  'kavling',
  'blok',
  'lantai',
  'floor',
  // *kelas 5 SD*: the fifth grade, a name (labelled-numbers.ts compares it across versions)
  'kelas',
  // a state school's number: *SMAN 1*, *SMPN 3*, *SDN 2* (and *SMA Negeri 1*: labelBefore)
  'sman',
  'smpn',
  'sdn',
  'smkn',
  'gate',
  'terminal',
  'peron',
  'platform',
  'flight',
  'penerbangan',
  'room',
  'kamar',
  'ruang',
  'kode',
  'code',
  'versi',
  'version',
  'tipe',
  'type',
  'model',
  'seri',
  'series',
  'jilid',
  'volume',
  'edisi',
  'episode',
  'bagian',
  'lampiran',
  'appendix',
  'annex',
  'figure',
  'gambar',
  'tabel',
  'table',
  'urut',
  'rute',
  'route',
  'jalur',
  'phase',
  'fase',
  'tahap',
  'sektor',
  'sector',
  'zona',
  'zone',
  'pos',
  'batch',
  'grade',
  'liga',
  'league',
  'formula',
  // aircraft and vehicle makers: Boeing 737, ATR 42-300
  'boeing',
  'airbus',
  'atr',
  'sukhoi',
  'fokker',
  'cessna',
  'embraer',
  'bombardier',
  'antonov',
  'ilyushin',
  'tupolev',
  'hercules',
]);

/**
 * Craft and services whose carrier code and number name one (`pesawat GA 404`, "the JT 610 flight",
 * *kereta KA 7*): the number is no count.
 */
const CRAFT = new Set(['pesawat', 'plane', 'aircraft', 'airliner', 'jet', 'maskapai', 'flight', 'flights', 'penerbangan', 'kereta', 'train']);

/** The last word of an airline's name, before its flight's carrier code (`Lion Air JT 610`, `Malaysia Airlines MH 370`). */
const AIRLINE_ENDS = new Set(['air', 'airlines', 'airline', 'airways', 'airasia', 'garuda', 'citilink']);

/** A code of two or three capitals at token `j`, no country's (`JT`, `GA`, `KA`), after the word before it passes `before`. */
function codeAfterWord(tokens: readonly Token[], j: number, before: (w: Token) => boolean): boolean {
  const code = tokens[j];
  const w = tokens[j - 1];
  return code?.kind === 'word' && /^[A-Z]{2,3}$/.test(code.raw) && !COUNTRY_CODES.has(code.raw) && w?.kind === 'word' && before(w);
}

/** A carrier's code at token `j`: after a craft word or an airline's name (`pesawat GA`, `flight JT`, `Lion Air JT`). */
function carrierCodeAt(tokens: readonly Token[], j: number): boolean {
  return codeAfterWord(tokens, j, (w) => CRAFT.has(w.lower) || (AIRLINE_ENDS.has(w.lower) && /^\p{Lu}/u.test(w.raw)));
}

/**
 * A flight's carrier code and number at token `i` (`JT 610`, `GA404`) after a craft word or an airline's name
 * (`pesawat JT 610`, `flight GA 404`, `Lion Air JT 610`): its code and digits (`JT610`) and the last token read;
 * undefined for any other word.
 */
export function flightCodeAt(tokens: readonly Token[], i: number): { value: string; last: number } | undefined {
  const code = tokens[i];
  const n = tokens[i + 1];
  if (!carrierCodeAt(tokens, i)) return undefined;
  if (!n || n.kind !== 'num' || !/^\d{1,4}$/.test(n.raw)) return undefined;
  // (a word glued on after it makes it no flight's: `JT 610an`, `JT 610-an`)
  const after = tokens[i + 2];
  if (after && !after.space && (after.kind !== 'sym' || (tokens[i + 3] && !tokens[i + 3].space && tokens[i + 3].kind === 'word'))) return undefined;
  return { value: `${code.raw}${n.raw}`, last: i + 1 };
}

/** The side of the equator or of the prime meridian a coordinate names, by its abbreviation or word (lower case). */
const HEMISPHERES: ReadonlyMap<string, string> = new Map([
  // *LS*, *LU*: *lintang selatan/utara*; *BT*, *BB*: *bujur timur/barat*
  ['ls', 'latitude S'],
  ['lu', 'latitude N'],
  ['bt', 'longitude E'],
  ['bb', 'longitude W'],
]);
/** One capital letter after a coordinate's number (`46.15 S`, `107.05°E`). */
const HEMISPHERE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['S', 'latitude S'],
  ['N', 'latitude N'],
  ['E', 'longitude E'],
  ['W', 'longitude W'],
]);
/** The words of a coordinate said whole (*lintang selatan*, `south latitude`, `east longitude`): the second word, by the first. */
const HEMISPHERE_WORDS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['lintang', new Map([['selatan', 'latitude S'], ['utara', 'latitude N']])],
  ['bujur', new Map([['timur', 'longitude E'], ['barat', 'longitude W']])],
  ['south', new Map([['latitude', 'latitude S']])],
  ['north', new Map([['latitude', 'latitude N']])],
  ['east', new Map([['longitude', 'longitude E']])],
  ['west', new Map([['longitude', 'longitude W']])],
]);
const DEGREE_WORDS = new Set(['derajat', 'degree', 'degrees']);

/**
 * A geographic coordinate from the number at token `i`: degrees (with a decimal part, or minutes after them) and the
 * side they lie on, by its abbreviation (*6,84 LS*, *107,05 BT*), a capital letter after a degree sign or a decimal
 * number (`6.84°S`, `46.15 S`) or words (*6,84 derajat lintang selatan*, `6.84 degrees south latitude`). Its concept
 * (`latitude S`), its value as written with a decimal point (`6.84`, `5 46.15`) and the last token read; undefined
 * for any other number. An epicentre's place, which a version copies or changes, not a quantity.
 */
export function coordinateAt(tokens: readonly Token[], i: number): { concept: string; value: string; last: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^\d{1,3}(?:[.,]\d{1,4})?$/.test(t.raw)) return undefined;
  const parts = [t.raw];
  let j = i + 1;
  let degree = false;
  if (isSym(tokens, j, '°') && !tokens[j].space) {
    degree = true;
    j++;
  }
  // (degrees and their minutes: `05 46.15 S`, `6° 50' S`)
  const m = tokens[j];
  if (m?.kind === 'num' && m.space && /^\d{1,2}(?:[.,]\d{1,4})?$/.test(m.raw) && /^\d{1,3}$/.test(t.raw)) {
    parts.push(m.raw);
    j++;
    if (isSym(tokens, j, "'") || isSym(tokens, j, '′')) j++;
  }
  if (tokens[j]?.kind === 'word' && DEGREE_WORDS.has(tokens[j].lower)) {
    degree = true;
    j++;
  }
  const w = tokens[j];
  if (!w || w.kind !== 'word') return undefined;
  let concept = HEMISPHERES.get(w.lower) && /^\p{Lu}{2}$/u.test(w.raw) ? HEMISPHERES.get(w.lower) : undefined;
  let last = j;
  if (!concept && (degree || parts.length > 1 || /[.,]/.test(t.raw))) concept = HEMISPHERE_LETTERS.get(w.raw);
  if (!concept) {
    const second = HEMISPHERE_WORDS.get(w.lower)?.get(tokens[j + 1]?.lower ?? '');
    if (second && tokens[j + 1]?.kind === 'word') {
      concept = second;
      last = j + 1;
    }
  }
  // (a letter glued on after it makes it no coordinate's: `5 Sen`)
  const after = tokens[last + 1];
  if (!concept || (after && !after.space && after.kind === 'word')) return undefined;
  return { concept, value: parts.map((x) => x.replace(',', '.').replace(/^0+(?=\d)/, '')).join(' '), last };
}

/** Country abbreviations, which follow a craft word as its owner (`pesawat AS 10 unit`), not as a carrier code. */
const COUNTRY_CODES = new Set(['AS', 'RI', 'UE', 'UK', 'US', 'EU', 'RRC', 'PBB', 'UN']);

/** Labels that need a dot after them (`p. 7`, `hlm. 5`, `no. 3`): the bare word means something else. */
const DOTTED_LABELS = new Set(['p', 'pp', 'hal', 'hlm', 'no', 'fig', 'vol', 'art', 'sec', 'ch', 'kav', 'jl', 'gg', 'ps', 'ay']);

/**
 * `PP 148`, `KM 50`, `No 10`, `Regulation Number 1 of 2007`, an alert level *Siaga 1*, a train *KA 7*, the line or the step
 * of a text or a procedure as software and manuals number them (`Line 3`, *Langkah 2*): capitalised labels that are
 * ordinary words in lower case.
 */
const CAPITAL_LABELS = new Set(['pp', 'km', 'no', 'uu', 'number', 'tier', 'siaga', 'ka', 'line', 'baris', 'step', 'langkah']);

/** Prefixes written before a hyphen and a year that do not make an identifier (`mid-2024`). */
export const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'pra', 'pasca', 'late', 'early', 'end']);

/**
 * Words before `kilometer` that make the number after it a post on a road (*di kilometer 92*, `at kilometre 92`,
 * *mulai kilometer 72 hingga kilometer 414*, `from kilometre 72`).
 */
const KM_POST_BEFORE = new Set(['di', 'at', 'of', 'near', 'dekat', 'sekitar', 'around', 'mulai', 'dari', 'hingga', 'sampai', 'antara', 'from', 'to', 'between']);

/**
 * True when the word at token `j` labels a post on a road, the number after it no distance: `KM 92`, `Km 57`
 * (a capitalised km with no number before it: *Tol Cipularang KM 92*), `Kilometer 72` capitalised inside a sentence,
 * or `kilometer`, `kilometre` after `at`, *di*, *mulai* (*di kilometer 92*, `at kilometre 92 of the toll road`).
 */
export function kmPostAt(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j];
  if (!w || w.kind !== 'word' || tokens[j - 1]?.kind === 'num') return false;
  if (w.raw === 'KM' || w.raw === 'Km') return true;
  // (a capitalised `Kilometer 72` inside a sentence names the post as `KM 72` does)
  const named = j > 0 && (w.raw === 'Kilometer' || w.raw === 'Kilometre');
  return (w.lower === 'kilometer' || w.lower === 'kilometre') && (named || KM_POST_BEFORE.has(tokens[j - 1]?.lower ?? ''));
}

/** Words after a name and a number that make it the name of an oil or gas concession (`Brazos 451 Block`). */
const CONCESSION_WORDS = new Set(['block', 'blok', 'field']);

/** Units of the distance a race is named by (*nomor 100 meter*, *nomor 10 km*). */
const RACE_DISTANCES = new Set(['meter', 'metre', 'm', 'km', 'kilometer', 'mil', 'mile']);

/** True when a label word (see {@link LABELS}) ends just before token `at`. */
function labelBefore(tokens: readonly Token[], at: number, lex: WordsAfter): boolean {
  let j = at - 1;
  let dotted = false;
  let syms = 0;
  while (j >= 0 && tokens[j].kind === 'sym' && syms < 2) {
    const r = tokens[j].raw;
    // (`n° 57`, `nº 4`: a number sign after the label is its full stop)
    if (r === '.' || r === '°' || r === 'º') dotted = true;
    else if (r !== ':' && r !== '(' && r !== '#') return false;
    syms++;
    j--;
  }
  const w = tokens[j];
  // `Article 7 (1)`, *Pasal 28 (2)*: the paragraph in brackets after a labelled number is part of its name
  if (w?.kind === 'num' && syms === 1 && tokens[at - 1].raw === '(' && tokens[at + 1]?.raw === ')' && labelBefore(tokens, j, lex)) return true;
  if (!w || w.kind !== 'word') return false;
  // *SMA Negeri 1 Cianjur*, *SD Negeri 3*: a state school's number
  if (w.lower === 'negeri' && syms === 0 && /^(?:SMA|SMP|SD|SMK|SLB|MTs|MA|MI|MAN)$/.test(tokens[j - 1]?.raw ?? '')) return true;
  // *di nomor 100 meter putra*, *nomor 400 m gaya bebas*: an event of a race, its distance a figure ("the men's 100 meters")
  if ((w.lower === 'nomor' || w.lower === 'nomer') && syms === 0 && RACE_DISTANCES.has(tokens[at + 1]?.lower ?? '')) return false;
  if (LABELS.has(w.lower) || lex.labelWords?.has(w.lower)) return true;
  // *Brigade 3*, *Batalyon 201*, `Battalion 3`: the number names a military unit (capitalised), no count
  if (syms === 0 && /^\p{Lu}/u.test(w.raw) && MILITARY_UNIT_NOUNS.has(w.lower)) return true;
  // a carrier or series code between the label and the number: Flight GA 123, penerbangan JT 610, pesawat GA 404;
  // or a flight code the word after names (`the GA 404 flight`)
  if (syms === 0 && (carrierCodeAt(tokens, j) || codeAfterWord(tokens, j, (x) => LABELS.has(x.lower)))) return true;
  if (syms === 0 && /^[A-Z]{2}$/.test(w.raw) && !COUNTRY_CODES.has(w.raw) && /^\d{1,4}$/.test(tokens[at]?.raw ?? '') && CRAFT.has(tokens[at + 1]?.lower ?? '')) return true;
  if (dotted && (DOTTED_LABELS.has(w.lower) || lex.dottedLabels?.has(w.lower))) return true;
  if (syms === 0 && kmPostAt(tokens, j)) return true;
  const cap = w.raw.charCodeAt(0) >= 65 && w.raw.charCodeAt(0) <= 90;
  if (cap && CAPITAL_LABELS.has(w.lower)) return true;
  // `PM 2.5`, `PM 10`: particulate matter named by the size of its particles, a pollutant's name (as `PM2,5` glued is)
  if (syms === 0 && w.raw === 'PM') return true;
  // `Law number 19 year 2003`, `Regulation no 7`: a lower-case number label after a capitalised legal noun
  if (syms === 0 && (w.lower === 'number' || w.lower === 'no') && LEGAL_NOUNS.has(tokens[j - 1]?.raw ?? '')) return true;
  // `candidate pair number 2`, `gate number 5`: a noun's `number` before bare digits names it (*nomor urut 2*); not
  // `a number 10 times …` after an article, nor a number with a decimal part
  if (syms === 0 && w.lower === 'number' && /^\d{1,3}$/.test(tokens[at].raw) && tokens[j - 1]?.kind === 'word' && !ARTICLES.has(tokens[j - 1].lower) && !(tokens[at + 1]?.raw === '.' || tokens[at + 1]?.raw === ',')) return true;
  return false;
}

/** English articles: `a number 10 …` is no label. */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Nouns a number in words names a part of (`Chapter one`, `Bab satu`, `Article five`, `Pasal dua`, `page
 * two`): the number is a name, no quantity. Not `nomor`/`number` (`nomor satu` is a rank: number one).
 */
const WORD_LABELS = new Set(['chapter', 'bab', 'article', 'pasal', 'ayat', 'section', 'clause', 'paragraph', 'paragraf', 'page', 'halaman', 'part', 'bagian', 'volume', 'jilid']);

/**
 * A candidate's ballot number, which names the candidate as *nomor urut 3* and `candidate number 3` do in digits: the
 * word before the number and the one before that (*nomor urut tiga*, `ballot number two`, `candidate pair number three`).
 */
const BALLOT_LABELS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:nomor|nomer|no)$/, /^urut$/],
  [/^(?:ballot|candidate|candidates|pair)$/, /^number$/],
];

/**
 * True when the word at `i` follows a noun it names a part of (`WORD_LABELS`): `Chapter one`, `Bab satu`; or a ballot
 * number's label (`BALLOT_LABELS`): *nomor urut tiga*, `ballot number two`.
 */
export function namedByWordLabel(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 1];
  if (!w || w.kind !== 'word' || !tokens[i].space) return false;
  if (WORD_LABELS.has(w.lower)) return true;
  const v = tokens[i - 2];
  return !!v && v.kind === 'word' && w.space && BALLOT_LABELS.some(([before, label]) => label.test(w.lower) && before.test(v.lower));
}

/** Capitalised nouns of a legal text whose number is its name (`Law number 19`, `Decree no 5`). */
const LEGAL_NOUNS = new Set(['Law', 'Laws', 'Regulation', 'Regulations', 'Decree', 'Decision', 'Act', 'Instruction', 'Resolution', 'Circular', 'Ordinance', 'Bill']);

/**
 * The end (exclusive) of a glued chain from token `i`: digits, letters and `- . / _` written
 * without spaces (`12/2011`, `4A`, `3456-7890`).
 */
export function chainEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !tokens[k].space) {
    const t = tokens[k];
    if (t.kind === 'num' || t.kind === 'word') {
      k++;
      continue;
    }
    if ((t.raw === '-' || t.raw === '.' || t.raw === '/' || t.raw === '_') && tokens[k + 1] && !tokens[k + 1].space && tokens[k + 1].kind !== 'sym') {
      k += 2;
      continue;
    }
    break;
  }
  return k;
}

/** After a law number: `Tahun 2011`, `th. 2011`, `Year 1967` — part of the citation. */
function lawYearEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t && t.kind === 'word' && (t.lower === 'tahun' || t.lower === 'th' || t.lower === 'thn' || t.lower === 'of' || t.lower === 'year')) {
    let m = k + 1;
    if (isSym(tokens, m, '.')) m++;
    const y = tokens[m];
    if (y && y.kind === 'num' && /^\d{4}$/.test(y.raw)) return m + 1;
  }
  return k;
}

/** Phone-like continuation: further digit groups separated by single spaces, dashes, dots, parens. */
function phoneEnd(tokens: readonly Token[], i: number, text: string): number {
  let k = chainEnd(tokens, i);
  for (;;) {
    let m = k;
    if (isSym(tokens, m, ')')) m++;
    if (m < tokens.length && tokens[m].kind === 'num' && tokens[m].space) {
      const gap = text.slice(tokens[m - 1].end, tokens[m].start);
      if (gap === ' ' || gap === '\u00a0') {
        k = chainEnd(tokens, m);
        continue;
      }
    }
    return m > k && isSym(tokens, k, ')') ? k + 1 : k;
  }
}

/**
 * True when the number token `i` is a year (1900–2099) written straight after a lower-case word of
 * three letters or more, with nothing glued after it: a typing slip (`medio1996`), not a code (`FR0036`,
 * `SPN2009`, `mp3`, `G20` are upper-case, short or not years).
 */
function gluedYear(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^(19|20)\d\d$/.test(t.raw)) return false;
  if (prev.raw !== prev.lower || prev.raw.length < 3) return false;
  if (tokens[i - 2] && !prev.space && tokens[i - 2].kind !== 'sym') return false;
  return !next || next.space || (next.kind === 'sym' && /^[.,;:)!?]$/.test(next.raw));
}

/**
 * True when the number token `i` follows a lower-case word of four letters or more with no space,
 * and a percent word follows it after a space (`konsumsi18 persen`): codes never take a percent.
 */
function gluedPercent(tokens: readonly Token[], i: number, lex: WordsAfter): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev.raw !== prev.lower || prev.raw.length < 4) return false;
  if (tokens[i - 2] && !prev.space && tokens[i - 2].kind !== 'sym') return false;
  return !!next && next.space && next.kind === 'word' && lex.percentWords.has(next.lower);
}

/** True when a percent word (`persen`, `percent`) or a percent sign follows the number token `i`. */
function percentAfter(tokens: readonly Token[], i: number, lex: WordsAfter): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  return next.kind === 'sym' ? next.raw === '%' : next.kind === 'word' && next.space && lex.percentWords.has(next.lower);
}

/** Words after a unit of time that make it a day or a year named relatively (*hari ini*, *tahun lalu*), not a length. */
const RELATIVE_AFTER = new Set(['ini', 'itu', 'lalu', 'depan', 'kemarin', 'mendatang', 'berikutnya', 'sebelumnya', 'silam']);

/** The words of the text's lexicon that make the number before them a percentage or an amount, and its parts of a year. */
type WordsAfter = Pick<Lexicon, 'percentWords' | 'scales' | 'yearParts' | 'months' | 'dayDot' | 'dottedLabels' | 'labelWords' | 'durations'>;

/**
 * True when the number token `i` is a year hyphenated to the Roman numeral of a part of a year
 * (`triwulan I-2008`, `semester II-2023`, `kuartal IV-2007`): the year of that period, not a code.
 */
function yearPartYear(tokens: readonly Token[], i: number, lex: WordsAfter): boolean {
  if (!/^(?:19|20)\d\d$/.test(tokens[i].raw)) return false;
  const roman = tokens[i - 2];
  const part = tokens[i - 3];
  return !!roman && /^(?:I|II|III|IV)$/.test(roman.raw) && roman.space && !!part && part.kind === 'word' && lex.yearParts.has(part.lower);
}

/** A magnitude's number at token i: one digit and a decimal part (`4,8`, `5.3`), one token or three. */
function magnitudeDigits(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (/^\d[.,]\d{1,2}$/.test(t.raw)) return true;
  return /^\d$/.test(t.raw) && (isSym(tokens, i + 1, ',') || isSym(tokens, i + 1, '.')) && !tokens[i + 1].space && tokens[i + 2]?.kind === 'num' && !tokens[i + 2].space;
}

/** The words of an earthquake's magnitude (`magnitude-6.1`, *magnitudo-5,2*): a value after them, not a code. */
const MAGNITUDE_WORDS = new Set(['magnitude', 'magnitudo']);

/** Words joining a second number to a label's (`lantai 17 dan 18`, `Articles 4 and 5`). */
const LABEL_JOINERS = new Set(['dan', 'and', 'atau', 'or', 'hingga', 'sampai', 'to']);

/**
 * When the number token `i` is part of an identifier, returns the token index after the
 * identifier (the caller skips to it); otherwise null. Call after currency prefixes and
 * `ke-`/`mid-` forms have had their chance.
 */
export function identifierAt(tokens: readonly Token[], i: number, text: string, lex: WordsAfter): number | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // a lower-case word run into a year is a missing space, not a code: medio1996, sejak2007, since2005
  if (prev && !t.space && prev.kind === 'word' && gluedYear(tokens, i)) return null;
  // a lower-case word run into a percentage is a missing space too: konsumsi18 persen, credit18 percent
  if (prev && !t.space && prev.kind === 'word' && gluedPercent(tokens, i, lex)) return null;
  // *gempa M4,8*, `an M5.3 quake`: a magnitude's M before a number with a decimal part is no code (`M16` is one)
  if (prev && !t.space && prev.raw === 'M' && magnitudeDigits(tokens, i)) return null;
  // letters glued before the digits: G20, MH17, A4, v2
  if (prev && !t.space && prev.kind === 'word') return chainEnd(tokens, i);
  // a tool's placeholder of a tag or a value: `{1}`, `{2}` (Phrase), `{0}` (a format string)
  const close = tokens[i + 1];
  if (prev?.raw === '{' && !t.space && close?.raw === '}' && !close.space && /^\d{1,3}$/.test(t.raw)) return i + 2;
  // a printf placeholder's place: `%1$s`, `%2$d` (a software string)
  if (prev?.raw === '%' && !t.space && close?.raw === '$' && !close.space && /^\d{1,2}$/.test(t.raw)) return i + 2;
  // the last part of a dotted code: No.XI.B.2, IX.E.1 (capital letters, a dot, the digits, all glued)
  const code = tokens[i - 2];
  if (prev && !t.space && prev.raw === '.' && !prev.space && code?.kind === 'word' && /^\p{Lu}{1,4}$/u.test(code.raw) && isSym(tokens, i - 3, '.') && !tokens[i - 3].space) {
    return chainEnd(tokens, i);
  }
  // numbers run by slashes into a capitalised code: PBI no 7/25/PBI, SK 12/3/KEP/2006 (a regulation's number, no date)
  if (slashCodeAfter(tokens, i)) return chainEnd(tokens, i);
  // letters-hyphen-digits: COVID-19, F-16, Su-34, G-20
  // (not a span of days across two months: *31 Maret–1 April*, `31 March–1 April`, the day before its month)
  // (not a Hebrew preposition or article of one or two letters hyphenated to a number: `ב-15%`, `ל-2024`, `מ-3`)
  if (prev && !t.space && isDash(tokens, i - 1) && tokens[i - 2]?.kind === 'word' && !prev.space && !HEBREW_PREFIX.test(tokens[i - 2].raw)) {
    // (a quake's magnitude hyphenated before its value is no code: `a magnitude-6.1 earthquake`, `magnitude-7`, *gempa magnitudo-5,2*)
    if (MAGNITUDE_WORDS.has(tokens[i - 2].lower) && (/^\d$/.test(t.raw) || magnitudeDigits(tokens, i))) return null;
    const acrossMonths = lex.months.has(tokens[i - 2].lower) && tokens[i + 1]?.kind === 'word' && lex.months.has(tokens[i + 1].lower) && tokens[i + 1].space;
    // (an instrument's tenor is no code: *SBI-3 bulan*, *SUN-10 tahun*, the three-month certificate)
    // (but *F-16 hari ini*, *U-19 tahun lalu*: the code, then a day or a year named relatively)
    if (/^\d{1,2}$/.test(t.raw) && tokens[i + 1]?.kind === 'word' && tokens[i + 1].space && lex.durations.has(tokens[i + 1].lower) && !RELATIVE_AFTER.has(tokens[i + 2]?.lower ?? '')) return null;
    if (!YEAR_PREFIXES.has(tokens[i - 2].lower) && !yearPartYear(tokens, i, lex) && !acrossMonths) return chainEnd(tokens, i);
  }
  // labels: Pasal 4, No. 7, hlm. 5, UU No. 12 Tahun 2011, RT 03/RW 05 (but `volume 133 miliar`: an amount,
  // and `the farm sector 4.1 percent`: a share; no label numbers a thing by a percentage)
  if (labelBefore(tokens, i, lex) && !lex.scales.has(tokens[i + 1]?.space ? tokens[i + 1].lower : '') && !percentAfter(tokens, i, lex)) {
    let end = chainEnd(tokens, i);
    // lantai 17 dan 18, Pasal 4 and 5, floors 3-5: a second number joined to the label's is one too
    const joiner = tokens[end];
    // (the next few after the first: `lantai 3 dan 40 orang` counts people)
    const second = tokens[end + 1];
    const gap = second?.kind === 'num' && /^\d{1,3}$/.test(second.raw) && /^\d+$/.test(t.raw) ? Number(second.raw) - Number(t.raw) : 0;
    if (joiner && (LABEL_JOINERS.has(joiner.lower) || (isDash(tokens, end) && !joiner.space)) && gap >= 1 && gap <= 5) {
      const after = tokens[end + 2];
      if (!after || after.kind !== 'word' || !lex.scales.has(after.lower)) end = chainEnd(tokens, end + 1);
    }
    if (isSym(tokens, end, ')') && isSym(tokens, i - 1, '(')) end++;
    return lawYearEnd(tokens, end);
  }
  // a number added to a capitalised name is the name of a group: Asean + 3, ASEAN Plus 3, P5 + 1
  if (addedToName(tokens, i, lex)) return i + 1;
  // a place on the globe: *6,84 LS*, `107.05°E`, `05 46.15 S`
  const place = coordinateAt(tokens, i);
  if (place) return place.last + 1;
  // the number of a house before its street: `10 Downing Street`, `5 Jalan Sudirman`, `221B Baker Street`
  const house = houseNumberEnd(tokens, i);
  if (house !== null) return house;
  // a number before the capitalised name of a military unit: `42 Commando`, `3 Squadron`, *Kommando 42* (after: labelBefore);
  // and between a capitalised name and `Block` or `Field`, an oil or gas concession: `Brazos 451 Block` (or after both)
  const after = tokens[i + 1];
  if (/^\d{1,3}$/.test(t.raw) && after?.kind === 'word' && after.space && /^\p{Lu}\p{Ll}/u.test(after.raw)) {
    if (MILITARY_UNIT_NOUNS.has(after.lower)) return i + 1;
    if (CONCESSION_WORDS.has(after.lower) && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.raw)) return i + 1;
  }
  // *di blok Brazos 451*, `the Block Madura 3`: the concession's word, its name and the number
  // (not before the noun it counts: *blok Cepu 2 sumur*)
  const counts = after?.kind === 'word' && after.space && /^\p{Ll}/u.test(after.raw);
  if (/^\d{1,3}$/.test(t.raw) && !counts && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.raw) && tokens[i - 2]?.kind === 'word' && CONCESSION_WORDS.has(tokens[i - 2].lower)) return i + 1;
  // a small number between two acronyms is part of a name: YED 1 SA, PLTU 2 PLN (both words in capitals)
  if (betweenAcronyms(tokens, i)) return i + 1;
  // a number between a capitalised name and a company's legal form: YED 1 S.A., Apollo 11 Ltd, Mitra 2 Tbk
  if (beforeLegalForm(tokens, i)) return i + 1;
  // a number ending a name that takes the possessive: `Mobile 8's subsidiaries`, `Apollo 11's crew`
  if (nameBeforePossessive(tokens, i, lex)) return i + 1;
  // phone numbers: +62 21 555 1234, 0812-3456-7890, (021) 555 1234
  // (not a signed change: `+1.2%`, `+5 percent`)
  if (prev && prev.raw === '+' && !t.space && !percentAfter(tokens, i, lex)) return phoneEnd(tokens, i, text);
  if (t.raw.length >= 3 && t.raw.charCodeAt(0) === 48 && /^\d+$/.test(t.raw)) return phoneEnd(tokens, i, text);
  // long undivided digit strings: account, ID and phone numbers
  if (t.raw.length >= 10 && /^\d+$/.test(t.raw)) return chainEnd(tokens, i);
  // list markers at the start of a line: "1. …", "2) …"; not a day written with its full stop (`9. September`)
  const dayDot = lex.dayDot && isSym(tokens, i + 1, '.') && lex.months.has(tokens[i + 2]?.lower ?? '');
  if (t.line && t.raw.length <= 2 && (isSym(tokens, i + 1, '.') || isSym(tokens, i + 1, ')')) && !tokens[i + 1].space && (!tokens[i + 2] || tokens[i + 2].space) && !dayDot) {
    return i + 2;
  }
  return null;
}

/** True when the digits at `i` (and any glued `/digits` after them) run on into `/` and a capitalised code, all glued. */
function slashCodeAfter(tokens: readonly Token[], i: number): boolean {
  let k = i;
  // (a code has a few groups: looking at most four ahead keeps a long run of `12/12/…` linear)
  for (let groups = 0; groups < 4 && isSym(tokens, k + 1, '/') && !tokens[k + 1].space && tokens[k + 2]?.kind === 'num' && !tokens[k + 2].space; groups++) k += 2;
  const code = tokens[k + 2];
  return isSym(tokens, k + 1, '/') && !tokens[k + 1].space && code?.kind === 'word' && !code.space && /^\p{Lu}{2,}$/u.test(code.raw);
}

/** Words after a street's name (`Downing Street`, `Fifth Avenue`), lower-case, dots left out. */
const STREET_AFTER = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'way', 'place', 'square', 'terrace', 'crescent']);
/** Words of place right before a house number (`at 10 Downing Street`, *ke 5 Jalan Sudirman*). */
const ADDRESS_BEFORE = new Set(['at', 'to', 'along', 'near', 'outside', 'opposite', 'di', 'ke', 'dekat', 'depan', 'sepanjang']);

/** Words before a street's name (`Jalan Sudirman`, `Jl. Thamrin`). */
const STREET_BEFORE = new Set(['jalan', 'jl', 'jln']);

/**
 * The end of a house number at the number token `i` (one to four digits after a word of place, or with a letter glued
 * after them) before its street: one to three capitalised words and a word of a street (`at 10 Downing Street`, `along
 * 1600 Pennsylvania Avenue`), or a capitalised word of a street and its name (`at 5 Jalan Sudirman`); null for any
 * other number (`5 Street Fighter games` has no name before its street word; `10 new streets` none capitalised).
 */
function houseNumberEnd(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (!/^\d{1,4}$/.test(t.raw)) return null;
  let k = i + 1;
  // (a letter glued after the digits, `221B`, says it; else a word of place before it: `at 10 Downing Street`, *di 5
  // Jalan Sudirman*, not `in 2008 Wall Street`, `sold 300 Main Street shares`)
  const lettered = tokens[k]?.kind === 'word' && !tokens[k].space && /^\p{Lu}$/u.test(tokens[k].raw);
  if (lettered) k++;
  else if (!ADDRESS_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || !first.space || !/^\p{Lu}/u.test(first.raw)) return null;
  if (STREET_BEFORE.has(first.lower)) {
    const dot = isSym(tokens, k + 1, '.') && !tokens[k + 1].space ? 1 : 0;
    const name = tokens[k + 1 + dot];
    return name?.kind === 'word' && name.space && /^\p{Lu}/u.test(name.raw) ? k + 1 : null;
  }
  for (let n = 0; n < 3; n++) {
    const w = tokens[k + n];
    if (!w || w.kind !== 'word' || !w.space || !/^\p{Lu}/u.test(w.raw)) return null;
    if (n > 0 && STREET_AFTER.has(w.lower)) return i + 1;
  }
  return null;
}

/** Hebrew prefixes written with a hyphen before digits: in, the, and, as, to, from, that, and their pairs (`וב-`, `שמ-`). */
const HEBREW_PREFIX = /^[בהוכלמש]{1,2}$/u;

/** Currency letters written before an amount's digits (`Rp5`, `US5`, `S5`, `RM5`, `Rs5`). */
const CURRENCY_CODES = /^(?:rp|us|usd|idr|sgd|eur|aud|hk|nz|s|a|c|rm|rs|nt|jpy|gbp|cny|rmb|myr|inr|thb|hkd|cad|chf|krw)$/i;

/** True when a word is currency letters written before an amount's digits (`Rp` of `Rp5`): no name with a number. */
export function currencyLetters(word: string): boolean {
  return CURRENCY_CODES.test(word);
}

/**
 * True when the number token `i` (one or two digits) follows `+` or `plus` after a capitalised name and
 * neither a percent nor a scale word follows it (`Asean + 3`, `ASEAN Plus 3`, `P5 + 1`): a grouping of the
 * name's members with others, named by how many join, not a count the sentence states.
 */
function addedToName(tokens: readonly Token[], i: number, lex: WordsAfter): boolean {
  const t = tokens[i];
  const join = tokens[i - 1];
  const name = tokens[i - 2];
  if (!join || !name || !/^\d{1,2}$/.test(t.raw) || !t.space) return false;
  if (join.raw !== '+' && join.lower !== 'plus') return false;
  // (a code ends the name too: the `5` of `P5`)
  const head = name.kind === 'num' && !name.space && tokens[i - 3]?.kind === 'word' ? tokens[i - 3] : name;
  // (a currency written before digits is no name: `Rp5 + 3`, `US$ 2 + 1`)
  if (!join.space || head.kind !== 'word' || !/^\p{Lu}/u.test(head.raw) || (head !== name && CURRENCY_CODES.test(head.raw))) return false;
  const next = tokens[i + 1];
  return !percentAfter(tokens, i, lex) && !(next?.kind === 'word' && next.space && lex.scales.has(next.lower));
}

/** A word in capitals of two to five letters (an acronym, a company's legal form: `YED`, `SA`, `PLN`). */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** True when the number token `i` (one or two digits) stands alone between two acronyms: `YED 1 SA`, `PLTU 2 PLN`. */
function betweenAcronyms(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^\d{1,2}$/.test(t.raw) || !t.space || !prev || !next || !next.space) return false;
  if (prev.kind !== 'word' || next.kind !== 'word' || !ACRONYM.test(prev.raw) || !ACRONYM.test(next.raw)) return false;
  // (a country before a count, `di AS 3 BUMN`, and a clock, `5 PM`, are no name)
  return !NOT_NAME_BEFORE.has(prev.raw) && !NOT_NAME_AFTER.has(next.raw);
}
/** Companies' legal forms, lower-case, dots left out (`S.A.` is `sa`). */
const LEGAL_FORMS = new Set(['sa', 'ltd', 'inc', 'corp', 'llc', 'plc', 'tbk', 'gmbh', 'ag', 'nv', 'bv', 'bhd', 'pte', 'spa', 'sarl', 'kk', 'pty', 'limited', 'incorporated', 'corporation']);

/** Legal forms that are also everyday words or other abbreviations (`SA`: South Africa). */
const AMBIGUOUS_FORMS = new Set(['sa', 'ag', 'limited', 'co', 'nv', 'bv', 'kk', 'spa']);

/**
 * The letters of the legal form that starts at token `k` (`Ltd`, `S.A.`, `N.V.`, `S.p.A.`: capital letters and
 * dots, all glued), lower-case without dots; '' when none starts there.
 */
function legalFormAt(tokens: readonly Token[], k: number): string {
  let letters = '';
  for (let q = k; q < tokens.length && q < k + 8; q++) {
    const t = tokens[q];
    if (q > k && t.space) break;
    if (t.kind === 'word' && /^\p{L}{1,12}$/u.test(t.raw)) letters += t.raw;
    else if (t.raw !== '.') break;
  }
  return /^\p{Lu}/u.test(letters) && LEGAL_FORMS.has(letters.toLowerCase()) ? letters.toLowerCase() : '';
}

/**
 * True when the number token `i` (one to three digits) stands between a capitalised name and a company's
 * legal form (`YED 1 S.A.`, `Apollo 11 Ltd`, `Mitra 2 Tbk`): part of the company's name. A country or a
 * clock around it is no name (`AS 3 Ltd` stays a count).
 */
function beforeLegalForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^\d{1,3}$/.test(t.raw) || !t.space || !prev || !next || !next.space) return false;
  if (prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.raw) || NOT_NAME_BEFORE.has(prev.raw)) return false;
  const form = legalFormAt(tokens, i + 1);
  if (form === '') return false;
  if (!AMBIGUOUS_FORMS.has(form)) return true;
  // a form that is also a word or another abbreviation (`SA` South Africa, `AG`, `Limited`) ends the name only before
  // nothing, a mark or a capitalised word (`YED 1 SA, …`); before a lower-case word it qualifies a noun (`the Top 10 SA
  // companies`, `Category 5 Limited edition`); dotted (`S.A.`) it is the form
  let k = i + 1;
  while (k + 1 < tokens.length && !tokens[k + 1].space && (tokens[k + 1].raw === '.' || tokens[k + 1].kind === 'word')) k++;
  const after = tokens[k + 1];
  return !(after && after.kind === 'word' && after.space && /^\p{Ll}/u.test(after.raw) && !tokens.slice(i + 1, k + 1).some((x) => x.raw === '.'));
}

/**
 * The number at `i` ends a capitalised name inside the sentence and takes its possessive (`the three Mobile 8's
 * subsidiaries`, `Apollo 11's crew`): the name's, no count. Not after a month (`March 2007's`) or the sentence's first word.
 */
function nameBeforePossessive(tokens: readonly Token[], i: number, lex: WordsAfter): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  if (!/^\d{1,4}$/.test(t.raw) || !t.space || !prev || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.raw)) return false;
  if (NOT_NAME_BEFORE.has(prev.raw) || lex.months.has(prev.lower) || !before || before.kind !== 'word') return false;
  return possessiveAt(tokens, i + 1);
}

const NOT_NAME_BEFORE = new Set(['AS', 'US', 'USA', 'RI', 'UK', 'UE', 'EU', 'RRC', 'PRC', 'UAE', 'PBB', 'UN']);
const NOT_NAME_AFTER = new Set(['AM', 'PM', 'WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'BC', 'AD', 'SM', 'M']);

/**
 * Digit groups joined by dashes, three or more (`123-456-789`, `021-555-1234`): codes and phone
 * numbers, not ranges. Returns the end of the chain or null.
 */
export function dashGroupsAt(tokens: readonly Token[], i: number): number | null {
  let k = i;
  let groups = 1;
  while (isDash(tokens, k + 1) && !tokens[k + 1].space && tokens[k + 2]?.kind === 'num' && !tokens[k + 2].space) {
    groups++;
    k += 2;
  }
  return groups >= 3 ? k + 1 : null;
}

const TLDS = new Set([
  'com', 'net', 'org', 'id', 'co', 'go', 'ac', 'info', 'io', 'gov', 'edu', 'news', 'tv', 'uk', 'ru', 'ua', 'kr',
  'kp', 'jp', 'cn', 'au', 'sg', 'my', 'de', 'fr', 'int', 'biz', 'me', 'ly', 'app', 'online', 'site', 'web', 'or', 'sch', 'mil',
]);

function looksLikeUrl(chunk: string): boolean {
  if (chunk.includes('://')) return true;
  const lower = chunk.toLowerCase();
  if (lower.startsWith('www.')) return true;
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at + 1) return true;
  const c0 = chunk[0];
  if (c0 === '#' || c0 === '@') return chunk.length > 1;
  let host = lower;
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  host = host.replace(/^[("'“‘[]+/, '').replace(/[)"'”’\].,;:!?]+$/, '');
  const parts = host.split('.');
  if (parts.length < 2) return false;
  for (const p of parts) if (!p || !/^[a-z0-9-]+$/.test(p)) return false;
  if (!/[a-z]/.test(parts[0])) return false;
  return TLDS.has(parts[parts.length - 1]);
}

/**
 * Marks the tokens that belong to URLs, e-mail addresses, domain names, hashtags and handles
 * (whole whitespace-free chunks), so that the scanner never reads digits inside them.
 */
export function urlMask(tokens: readonly Token[], text: string): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  let s = 0;
  while (s < tokens.length) {
    let e = s + 1;
    while (e < tokens.length && !tokens[e].space) e++;
    if (e - s >= 2) {
      let interesting = false;
      for (let k = s; k < e; k++) {
        const r = tokens[k].raw;
        if (r === '.' || r === '@' || r === ':' || r === '#') {
          interesting = true;
          break;
        }
      }
      if (interesting && looksLikeUrl(text.slice(tokens[s].start, tokens[e - 1].end))) mask.fill(1, s, e);
    }
    s = e;
  }
  return mask;
}
