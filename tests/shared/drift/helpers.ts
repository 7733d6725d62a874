import type { Figure } from '../../../shared/figures/types';
import type { Bead } from '../../../shared/align/types';
import type { Mismatch } from '../../../shared/drift/types';
import { analyse, checkVersions } from '../../../shared/pipeline';

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

export type Lang = 'id' | 'en';

/** Line A against line B as one bead (Indonesian → English unless told), as the real-text eval checks a pair. */
export function checkLine(lineA: string, lineB: string, langA: Lang = 'id', langB: Lang = 'en') {
  const a = analyse(lineA, { lang: langA, lines: true });
  const b = analyse(lineB, { lang: langB, lines: true });
  return checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison;
}

/** Lines A against lines B, line i with line i (as `check --lines` pairs line-parallel files): the comparison. */
export function checkLines(a: string[], b: string[], langA: Lang = 'id', langB: Lang = 'en') {
  const A = analyse(a.join('\n'), { lang: langA, lines: true });
  const B = analyse(b.join('\n'), { lang: langB, lines: true });
  return checkVersions(A, B, { beads: oneToOne(a.length) }).comparison;
}

/** The figure mismatches of one bead at a level, as `kind:surface`. */
export function mismatchesAt(level: 'drift' | 'review', lineA: string, lineB: string, langA: Lang = 'id', langB: Lang = 'en'): string[] {
  return checkLine(lineA, lineB, langA, langB)
    .mismatches.filter((m) => m.kind !== 'entity' && (m.level ?? 'drift') === level)
    .map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`);
}
export const drifts = (a: string, b: string, la: Lang = 'id', lb: Lang = 'en') => mismatchesAt('drift', a, b, la, lb);
export const reviews = (a: string, b: string, la: Lang = 'id', lb: Lang = 'en') => mismatchesAt('review', a, b, la, lb);
/** Drifts, then reviews. */
export const allLevels = (a: string, b: string, la: Lang = 'id', lb: Lang = 'en') => [...drifts(a, b, la, lb), ...reviews(a, b, la, lb)];

/**
 * Line A (tag `tagA`) against line B as one bead, each read by its language tag (`de`, `fr-CH`: a language
 * read by its digits; `id`, `en`): the comparison's mismatches.
 */
export function mismatchesByTag(lineA: string, tagA: string, lineB: string, tagB: string): Mismatch[] {
  const side = (text: string, tag: string) => analyse(text, { lang: tag.startsWith('id') ? 'id' : 'en', langTag: tag, lines: true });
  return checkVersions(side(lineA, tagA), side(lineB, tagB), { beads: [{ a: [0], b: [0], score: 1 }] }).comparison.mismatches;
}
