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

/** A length ratio (B / A, in characters) beyond this factor either way says the sentences differ. */
const LENGTH_FACTOR = 1.8;
/** Lengths of short sentences vary too much to say anything: the ratio counts when one side is this long. */
const MIN_LENGTH = 100;
/**
 * How many names (both sides together) a bead needs before sharing none of them counts. Digit strings
 * count as shared evidence only: the figure a translation drops is the very thing being judged.
 */
const MIN_ANCHORS = 3;

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
 * no name, digit string or entity is shared, and either the bead holds at least a few names or
 * the lengths differ by more than {@link LENGTH_FACTOR}. Only for two languages: republications in
 * one language rewrite sentences freely.
 */
export function looksUnrelated(a: BeadText, b: BeadText, figureMatches: number): boolean {
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
  return anchors >= MIN_ANCHORS || (Math.max(ta.length, tb.length) >= MIN_LENGTH && (ratio > LENGTH_FACTOR || ratio < 1 / LENGTH_FACTOR));
}
