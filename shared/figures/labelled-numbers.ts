/**
 * Numbers that name a thing after a label (`Pasal 33`, "Article 34", *Komisi XI*, "Commission IX",
 * *lantai 9*, "Flight 404"): no figure (the reader leaves them out, see identifiers.ts), but a number
 * that changes between versions under labels that translate each other points the reader of one at
 * another article, commission or floor. This module finds them, by the label's concept in either
 * language. Pure functions, no I/O.
 */
import { tokenize } from './tokens';
import { kmPostAt } from './identifiers';

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

/** The labelled numbers of one sentence (offsets into it): a label word, a space, then digits or a Roman numeral that end there. */
export function labelledNumbersIn(sentence: string): LabelledNumber[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const out: LabelledNumber[] = [];
  try {
    const tokens = tokenize(sentence);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const label = tokens[i];
      if (label.kind !== 'word') continue;
      const concept = LABEL_CONCEPTS.get(label.lower);
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
