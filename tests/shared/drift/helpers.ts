import type { Figure } from '../../../shared/figures/types';
import type { Bead } from '../../../shared/align/types';

let cursor = 0;

/** Builds a figure by hand; offsets advance so every figure has its own span. */
export function fig(sentence: number, text: string, value: number | string, extra: Partial<Figure> = {}): Figure {
  const start = extra.start ?? (cursor += 100);
  return {
    sentence,
    text,
    start,
    end: extra.end ?? start + text.length,
    kind: 'count',
    value,
    qualifier: 'exact',
    ...extra,
  };
}

/** A one-to-one bead list for `n` sentences. */
export function oneToOne(n: number): Bead[] {
  return Array.from({ length: n }, (_, i) => ({ a: [i], b: [i], score: 1 }));
}
