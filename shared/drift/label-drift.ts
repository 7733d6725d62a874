/**
 * Two different numbers under labels that translate each other (`Pasal 33` ↔ "Article 34", *Komisi
 * XI* ↔ "Commission IX"): the number names a thing, so the reader leaves it out as a figure, but a
 * changed one points the reader of one version at another article, commission or floor. Compared the
 * way weekdays and scores are: per label, when each side gives one number. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { LabelledNumber } from '../figures/labelled-numbers';
import type { Sentence } from '../text/types';
import { mentionFigure } from './mention-figure';

/**
 * The labelled numbers that differ: for each label concept both sides use, the one number each side
 * gives under it, when each gives exactly one (once or more) and the two differ.
 */
export function differingLabelledNumbers(a: readonly LabelledNumber[], b: readonly LabelledNumber[]): Array<[LabelledNumber, LabelledNumber]> {
  const out: Array<[LabelledNumber, LabelledNumber]> = [];
  const concepts = new Set(a.map((x) => x.concept));
  for (const concept of concepts) {
    const xs = a.filter((x) => x.concept === concept);
    const ys = b.filter((y) => y.concept === concept);
    if (ys.length === 0 || new Set(xs.map((x) => x.value)).size !== 1 || new Set(ys.map((y) => y.value)).size !== 1) continue;
    if (xs[0].value !== ys[0].value) out.push([xs[0], ys[0]]);
  }
  return out;
}

/** A labelled number as a figure of its sentence, for a mismatch to carry (its value is the number, Roman numerals as digits). */
export function labelledFigure(x: LabelledNumber, sentences: readonly Sentence[]): Figure {
  return mentionFigure(x, sentences, 'other', x.value, 'digits');
}
