/**
 * Whether the two sides of a bead of a translation read as translations of each other at all, from
 * the bead's own text: a translation keeps names (people, places, organisations, acronyms), numbers
 * written in digits, and roughly the length of its source. When a bead's sentences share none of
 * these, hold some of them, and no figure agrees, the sentences are most likely shifted lines or a
 * different sentence (PANL's misaligned lines): a figure "missing" or "added" there says little.
 *
 * Measured on the dev, dev2 and dev3 line pairs (labelled translations vs not) and on the same A
 * lines against the next B line (a shifted line): the rule holds for 3% of translations, half of
 * the labelled non-translations and 65% of shifted lines. Pure functions, no I/O.
 */
import type { Entity } from '../entities/types';
import { equivalentEntities, prepareEquivalence } from '../entities/equivalence';
import type { Lang } from '../text/types';
import { FUNCTION_WORDS } from '../text/words';
import { translate, targetKey, type Lexicon } from '../align/lexicon';
import { foldCase, rawWords } from '../align/normalize';

/** A length ratio (B / A, in characters) beyond this factor either way says the sentences differ. */
const LENGTH_FACTOR = 1.8;
/** Lengths of short sentences vary too much to say anything: the ratio counts when one side is this long. */
const MIN_LENGTH = 100;
/**
 * How many names (both sides together) a bead needs before sharing none of them counts. Digit strings
 * count as shared evidence only: the figure a translation drops is the very thing being judged.
 */
const MIN_ANCHORS = 3;
/**
 * With a bilingual lexicon: the share of the source side's content words the lexicon knows whose
 * translation the other side holds. On the dev, dev2 and dev3 line pairs 5 of 15 non-translations
 * fall below this share and 3 of 545 translations (lexicon gaps; none of them without a shared name,
 * digit string or agreeing figure, which the other tests require first).
 */
const MIN_COVERAGE = 0.1;
/** Content words the lexicon must know before the share counts (short lines say too little). */
const MIN_KNOWN = 6;

export interface BeadText {
  lang: Lang;
  /** The bead's sentences of this side, joined. */
  text: string;
  /** The entities read in those sentences. */
  entities: readonly Entity[];
}

/** Digit strings without separators or trailing zeros (`1.250,50` and `1,250.5` → `12505`). */
function digitStrings(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d.,:]*\d|\d/g)) {
    const d = m[0].replace(/\D/g, '').replace(/0+$/, '');
    if (d) out.add(d);
  }
  return out;
}

/** Capitalised words that are not the first of a sentence (names, acronyms), folded to their first five letters. */
function nameStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const at = m.index ?? 0;
    const word = m[0];
    if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
    if (/(^|[.!?:"“]\s*)$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    const folded = word.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase().slice(0, 5);
    if (folded.length >= 3) out.add(folded);
  }
  return out;
}

const shares = (x: Set<string>, y: Set<string>) => [...x].some((v) => y.has(v));

/**
 * True when the two sides of a bead look like different sentences: no figure agrees (`figureMatches`),
 * no name, digit string or entity is shared, and either the bead holds at least a few names, the
 * lengths differ by more than {@link LENGTH_FACTOR}, or (given a bilingual lexicon) fewer than
 * {@link MIN_COVERAGE} of one side's content words have their translation on the other. Only for two
 * languages: republications in one language rewrite sentences freely.
 */
/**
 * The share of `source`'s content words (not function words, no digits, three letters or more) that
 * `lexicon` knows and whose translation `target` holds (a word written the same on both sides counts
 * too), and how many it knows; undefined when the lexicon does not go from `source`'s language to
 * `target`'s.
 */
export function lexicalCoverage(source: BeadText, target: BeadText, lexicon: Lexicon): { share: number; known: number } | undefined {
  if (source.lang !== lexicon.from || target.lang !== lexicon.to) return undefined;
  const stop = FUNCTION_WORDS[source.lang];
  const words = rawWords(source.text).map(foldCase).filter((w) => w.length >= 3 && !/\d/.test(w) && !stop.has(w));
  const targetWords = rawWords(target.text).map(foldCase);
  const keys = new Set(targetWords.map((w) => targetKey(w, lexicon.to)));
  const same = new Set(targetWords);
  let known = 0;
  let hit = 0;
  for (const w of words) {
    const t = translate(lexicon, w);
    if (t.length === 0) {
      if (same.has(w)) {
        known++;
        hit++;
      }
      continue;
    }
    known++;
    if (t.some((k) => keys.has(k))) hit++;
  }
  return { share: known ? hit / known : 0, known };
}

export function looksUnrelated(a: BeadText, b: BeadText, figureMatches: number, lexicon?: Lexicon): boolean {
  if (a.lang === b.lang || figureMatches > 0) return false;
  const ta = a.text.trim();
  const tb = b.text.trim();
  if (!ta || !tb) return false;
  const da = digitStrings(ta);
  const db = digitStrings(tb);
  if (shares(da, db)) return false;
  const na = nameStems(ta);
  const nb = nameStems(tb);
  if (shares(na, nb)) return false;
  if (a.entities.length && b.entities.length) {
    const eq = prepareEquivalence({ langA: a.lang, langB: b.lang }, [...a.entities], [...b.entities]);
    if (a.entities.some((x) => b.entities.some((y) => equivalentEntities(x, y, eq)))) return false;
  }
  const anchors = na.size + nb.size;
  const ratio = (tb.length + 1) / (ta.length + 1);
  if (anchors >= MIN_ANCHORS || (Math.max(ta.length, tb.length) >= MIN_LENGTH && (ratio > LENGTH_FACTOR || ratio < 1 / LENGTH_FACTOR))) return true;
  // few words of one side have their translation on the other
  const cover = lexicon ? lexicalCoverage(a, b, lexicon) ?? lexicalCoverage(b, a, lexicon) : undefined;
  return cover !== undefined && cover.known >= MIN_KNOWN && cover.share < MIN_COVERAGE;
}
