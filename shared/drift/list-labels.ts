/**
 * Two figures of a list paired by their places alone. Two outlets' versions of one release list figures of one kind
 * in long runs (*kelompok makanan … sebesar 4,27 persen; kelompok pakaian … sebesar 1,54 persen; …*, a city's rate, a
 * group's contribution), and when one lists other items than the other, the leftovers pair by position: the clothing
 * group's rate against a city's. Each figure of a list carries its own label, the words between it and the mark or
 * figure before it (*kelompok pakaian dan alas kaki sebesar*, *di Tanjung Pandan sebesar*); labels that share no word
 * name two things. Between versions in one language only (a translation's labels are in another language). Pure
 * functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import type { Mismatch } from './types';
import { isClauseMark, rewordingKeys } from './background';
import { figureInSentence } from './figure-sentence';

/** Figures of one kind a side of a bead must hold for them to be a list. */
const LIST_LENGTH = 3;
/** The confidence of a value mismatch between two items of a list with other labels: for review. */
export const LISTED_APART_CONFIDENCE = 0.4;
/**
 * Words of a label that name no item: the words that introduce a figure and join a list's items (*sebesar*,
 * *mencapai*, *disusul*, `reached`, `followed`), which labels of any two items share.
 */
const LINKING_WORDS = new Set(
  `sebesar sebanyak sejumlah mencapai tercatat menjadi hingga dengan sekitar yaitu yakni adalah sedangkan sementara
  kemudian selanjutnya disusul terjadi tertinggi terendah sebelumnya lainnya masing
  reached about around while which there followed stood amounted totalled totaled respectively highest lowest`.split(/\s+/),
);

/** The content words of a figure's label: from the clause mark (isClauseMark) or figure before it, in its sentence, to it. */
function labelKeys(f: Figure, sentences: readonly Sentence[], figures: readonly Figure[], lang: Lang): Set<string> {
  const s = figureInSentence(f, sentences);
  if (!s) return new Set();
  let from = 0;
  for (const o of figures) if (o.sentence === f.sentence && o.end <= f.start) from = Math.max(from, o.end - (f.start - s.at));
  let lo = s.at;
  while (lo > from && !isClauseMark(s.text, lo - 1)) lo--;
  const label = s.text.slice(lo, s.at);
  const words = (label.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !LINKING_WORDS.has(w));
  return rewordingKeys(words.join(' '), lang);
}

/**
 * True when value mismatch `m` pairs two items of a list (a side of its bead holds LIST_LENGTH figures of its kind or
 * more) whose labels both say something and share no word: two things paired by place, not one figure changed.
 */
export function listedApart(
  m: Pick<Mismatch, 'aFigure' | 'bFigure'>,
  [beadA, beadB]: [readonly Figure[], readonly Figure[]],
  [sentencesA, sentencesB]: [readonly Sentence[] | undefined, readonly Sentence[] | undefined],
  [figuresA, figuresB]: [readonly Figure[], readonly Figure[]],
  lang: Lang,
): boolean {
  const a = m.aFigure;
  const b = m.bFigure;
  if (!a || !b || !sentencesA || !sentencesB) return false;
  const listed = Math.max(beadA.filter((f) => f.kind === a.kind).length, beadB.filter((f) => f.kind === b.kind).length);
  if (listed < LIST_LENGTH) return false;
  const la = labelKeys(a, sentencesA, figuresA, lang);
  const lb = labelKeys(b, sentencesB, figuresB, lang);
  return la.size > 0 && lb.size > 0 && ![...la].some((k) => lb.has(k));
}
