/**
 * Comparisons said with a comparative adjective or verb right before a figure: *lebih tinggi dari
 * 95 dolar*, *melampaui 95 dolar*, "higher than US$95", "exceeding US$95". The figure reader keeps
 * such a figure exact (the comparison is about another thing), while the other version may say the
 * same comparison with a bound the reader takes as a qualifier (*di atas*, "well above"). The bound
 * each phrase states lets the drift engine see that the two agree. A bound word that modifies a noun a few
 * words before the figure ("a maximum combined sentence of 95 years", "at the minimum price of") is
 * read the same way: the figure stays exact, the bound is said. Pure functions, no I/O.
 */
import type { Lang } from '../text/types';

/**
 * The bound a comparison states on the figure after it: the other thing lies above or below it, or
 * `crossing` for a verb of passing a level whichever way (*menembus Rp9.200*, "broke through 9,200"), which
 * agrees with a bound of either side (a strengthening rupiah breaks through 9,200 going below it).
 */
export type ComparativeBound = 'lower' | 'upper' | 'crossing';

/**
 * How far before a figure a comparative may end: a few words naming what the figure is (*lebih tinggi
 * dari rekomendasi DPR senilai 95 dolar*, "higher than the bank's forecast of 5 percent"), no clause
 * punctuation between.
 */
const REACH = 40;

const PATTERNS: Record<Lang, Array<[RegExp, ComparativeBound]>> = {
  id: [
    [/\b(?:lebih|jauh)\s+(?:tinggi|besar|banyak|mahal|kuat|lama|panjang|luas|berat)\s+(?:dari|daripada|dibanding(?:kan)?)\b/i, 'lower'],
    [/\b(?:melampaui|melebihi|melewati|mengungguli)\b/i, 'lower'],
    [/\b(?:lebih|jauh)\s+(?:rendah|kecil|sedikit|murah|lemah|pendek|sempit|ringan)\s+(?:dari|daripada|dibanding(?:kan)?)\b/i, 'upper'],
    // a bound said as a noun's modifier a few words before (*hukuman maksimal selama 20 tahun*)
    [/\b(?:maksimal|maksimum)\b/i, 'upper'],
    [/\b(?:minimal|minimum)\b/i, 'lower'],
    [/\b(?:menembus|tembus|ditembus)\b/i, 'crossing'],
  ],
  en: [
    [/\b(?:higher|greater|larger|bigger|more|stronger|longer|heavier|costlier|faster)\s+than\b/i, 'lower'],
    [/\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|outstrip(?:s|ped|ping)?)\b/i, 'lower'],
    [/\b(?:lower|smaller|less|fewer|weaker|shorter|lighter|cheaper|slower)\s+than\b/i, 'upper'],
    // a bound said as a noun's modifier a few words before ("a maximum prison term of 20 years", "at the minimum price of")
    [/\b(?:maximum|max)\b/i, 'upper'],
    [/\bminimum\b/i, 'lower'],
    // the superlative said as the noun's modifier the same way ("with a highest principal of Rp5 billion")
    [/\b(?:a|an)\s+highest\b/i, 'upper'],
    [/\b(?:a|an)\s+lowest\b/i, 'lower'],
    [/\b(?:broke|breaks?|breaking)\s+through\b|\bbreach(?:es|ed|ing)?\b/i, 'crossing'],
  ],
};

/**
 * The bound stated by a comparative phrase that ends right before `start` in `text` (offsets into
 * the same string), or undefined when there is none.
 */
export function comparativeBefore(text: string, start: number, lang: Lang): ComparativeBound | undefined {
  const before = text.slice(Math.max(0, start - 120), start);
  for (const [re, bound] of PATTERNS[lang] ?? []) {
    // the comparative nearest the figure
    const m = [...before.matchAll(new RegExp(re.source, 'gi'))].pop();
    if (!m || m.index === undefined) continue;
    const between = before.slice(m.index + m[0].length);
    if (between.length <= REACH && !/[.,;:!?()\d]/.test(between)) return bound;
  }
  return undefined;
}

/** Negation words, per language, that may turn a bound after them around (*tidak sampai di atas 10 persen*, "will not reach 10 percent"). */
const NEGATION: Record<Lang, RegExp> = {
  id: /\b(?:tidak|tak|belum|bukan|jangan)\b/gi,
  en: /\b(?:not|never|cannot)\b|n't\b/gi,
};

/** How far before a figure a negation may end and still govern it: a verb or two (`tidak akan sampai`, "will not reach"). */
const NEGATION_REACH = 30;

/**
 * True when a negation ends shortly before `start` in `text` (offsets into the same string), with no
 * clause punctuation or digit between: a bound under a negation is said in many ways (*tidak akan
 * sampai di atas 10 persen* ↔ "will not reach 10 percent", *tak lebih dari* ↔ "at most"), so a
 * qualifier that differs there is weak evidence.
 */
export function negatedBefore(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const m = [...before.matchAll(NEGATION[lang] ?? NEGATION.en)].pop();
  if (!m || m.index === undefined) return false;
  const between = before.slice(m.index + m[0].length);
  return between.length <= NEGATION_REACH && !/[.,;:!?()\d]/.test(between);
}
