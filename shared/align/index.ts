/**
 * Sentence alignment of two versions of a text.
 *
 * THE MODEL. A parallel alignment is a monotone sequence of beads (1-1, 1-0, 0-1, 1-2, 2-1,
 * 2-2, 1-3, 3-1) covering both sides. Each bead gets an additive score, read as a log-likelihood
 * ratio "these sentences translate each other" against "they are unrelated":
 *
 *   score = log prior(bead type)
 *         + λ · log P(|Z| ≥ |δ|),  δ = (l_B − c·l_A) / √(s² · (c·l_A + l_B) / 2)   (Gale–Church on
 *           characters; c and s² are re-estimated from the pair's own confident 1-1 beads)
 *         + Σ w_f over evidence features f found on both sides of the bead
 *         − μ · (numbers found on one side only)
 *         + punctuation (? ! : quotes brackets ; present on both sides: +, on one side: −)
 *         + paragraph boundaries (both sides start a paragraph: +, only one: −, crossing one: −)
 *
 * For one-sided beads: score = log prior − κ·log(1 + length).
 *
 * Evidence features are integer ids of: numbers (normalised values, `AlignSide.numbers` or digit
 * tokens), words equal up to cognate spelling (diacritics, c/k, ph/f, y/i, doubled letters),
 * 4-letter cognate prefixes, capitalised non-initial words (names), bilingual-lexicon pairs
 * (`opts.lexicon`, id–en, Indonesian affixes stripped), user glossary pairs, and — in a second
 * pass — word pairs induced from the first pass's confident beads (Dice association, as
 * hunalign's realign). Each weighs w_f = w_family · log(1 + 1/max(p_f, p_min)), p_f being the
 * share of sentences holding f (rare shared evidence is strong, common evidence weak). A bead's
 * evidence is that of the unions of its sentences, so merging never counts a feature twice.
 * Nothing here is language-specific except the optional lexicon.
 *
 * SEARCH. Anchors — features occurring the same 1–3 times on both sides, near the length
 * diagonal — are reduced to their longest monotone chain; the rough path interpolates between
 * them in character space. Dynamic programming then runs only within a band of ±W sentences of
 * the rough path (W doubled and the DP redone where the best path meets the band's edge), so
 * time and memory grow linearly with document length. The second pass uses a narrower band
 * around the first pass's path.
 *
 * CONFIDENCE. Forward–backward over the same band gives each chosen bead's posterior
 * probability (its margin against every alternative path). `Bead.score` is a logistic function
 * of logit(posterior), the bead's shared evidence and |δ|, fitted on Text+Berg `dev.*` so that
 * scores read as probabilities of being exactly right.
 *
 * COMPARABLE MODE. Sentence pairs that share rare features are scored by their evidence alone
 * (no order, weak length term); the strongest pairs above a threshold are linked greedily, one
 * link per sentence, and an unlinked neighbour that shares strong evidence with a link's other
 * side joins it (a split).
 */
import { alignComparable } from './comparable';
import { alignParallel } from './engine';
import type { AlignOptions, AlignSide, Alignment, Bead } from './types';

export { AlignCancelled, AlignInputError } from './errors';
export { parseLexicon, type Lexicon } from './lexicon';
export type { AlignMode, AlignOptions, AlignSide, Alignment, Bead } from './types';

/**
 * Aligns two versions sentence by sentence. Every sentence of both sides appears in exactly one
 * bead; in parallel mode the beads are in document order on both sides, in comparable mode they
 * are ordered by A index, then B index (B-only beads last). Throws `AlignCancelled` when
 * `opts.onProgress` returns false and `AlignInputError` for invalid locked beads.
 */
export function align(a: AlignSide, b: AlignSide, opts: AlignOptions = {}): Alignment {
  checkSide(a, 'a');
  checkSide(b, 'b');
  if (opts.mode === 'comparable') return alignComparable(a, b, opts);
  return alignParallel(a, b, opts);
}

/**
 * Aligns each of `others` to `pivot` (for three or more versions). `opts.locked` is not used
 * here (locked beads belong to one pair); pass `lockedByOther[k]` for the k-th pair instead.
 * Progress is reported over the whole batch.
 */
export function alignToPivot(pivot: AlignSide, others: AlignSide[], opts: AlignOptions & { lockedByOther?: Bead[][] } = {}): Alignment[] {
  const out: Alignment[] = [];
  const n = others.length;
  others.forEach((other, k) => {
    const sub: AlignOptions = {
      ...opts,
      locked: opts.lockedByOther?.[k],
      onProgress: opts.onProgress
        ? (f: number) => {
            const r = opts.onProgress?.((k + f) / n);
            return r === false ? false : undefined;
          }
        : undefined,
    };
    out.push(align(pivot, other, sub));
  });
  return out;
}

function checkSide(side: AlignSide, name: string): void {
  if (!side || !Array.isArray(side.sentences)) {
    throw new TypeError(`align: side ${name} has no sentences array`);
  }
}
