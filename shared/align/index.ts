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
 *         − Σ m_f over evidence features f the bead leaves unmatched (second pass only)
 *         − μ · (numbers found on one side only)
 *         + punctuation (? ! : quotes brackets ; present on both sides: +, on one side: −)
 *         + paragraph boundaries (both sides start a paragraph: +, only one: −, crossing one: −)
 *
 * For one-sided beads: score = log prior − κ·log(1 + length) (an omitted or added sentence is
 * not expected to find its evidence anywhere).
 *
 * Evidence features are integer ids of: numbers (normalised values, `AlignSide.numbers` or digit
 * tokens: the same number on both sides is strong evidence, a number on one side only is weak
 * counter-evidence), words equal up to cognate spelling (diacritics, c/k, ph/f, y/i, doubled
 * letters), 4-letter cognate prefixes, capitalised non-initial words (names), bilingual-lexicon
 * pairs (`opts.lexicon`, id–en, Indonesian affixes stripped), user glossary pairs
 * (`opts.glossary`), and — in a second pass — word pairs induced from the first pass's confident
 * beads (Dice association, as hunalign's realign). Each weighs
 * w_f = w_family · log(1 + 1/max(p_f, p_min)), p_f being the share of sentences holding f (rare
 * shared evidence is strong, common evidence weak, evidence in most sentences worthless). The
 * miss cost m_f = γ · −log(1 − ρ_f), where ρ_f is how often f found its partner in the first
 * pass's confident 1-1 beads (names and lexicon words: often; loose cognate prefixes: seldom), so
 * a merged bead that drags in a sentence whose names and words find no partner loses to an
 * omission or addition. A bead's evidence is that of the unions of its sentences, so merging
 * never counts a feature twice. A 2-2 bead whose two diagonal sentence pairs each share clearly
 * more (params.split22Ratio, at least split22Min) than either crossing pair gets no credit for
 * its crossing evidence: it is two 1-1 beads, and wins over them only on length and prior (on
 * line-parallel text the topic's words recur in neighbouring lines and would merge them). When
 * the first pass puts nearly every sentence in a 1-1 bead (a text translated line for line), the
 * second pass lowers the prior of every other bead type (docprior.ts). Nothing here is
 * language-specific except the optional lexicon;
 * the constants (params.ts) were tuned on the Text+Berg dev pair and two id–en dev stories.
 *
 * SEARCH. Anchors — distinctive features that occur only once within ±R sentences of where the
 * current rough path puts them, on both sides — are found in two rounds (around the length
 * diagonal with a wide window, then around the first anchors' path with a narrow one) and
 * reduced to their longest monotone chain; the rough path interpolates between them in
 * character space. Viterbi then runs only within a band of ±W sentences of the rough path (W
 * doubled and the DP redone where the best path meets the band's edge), merged-bead candidates
 * that cannot win are pruned by an upper bound, and so time and memory grow linearly with
 * document length. The second pass runs in a narrower band around the first pass's path.
 *
 * CONFIDENCE. Forward–backward in a narrow band around the chosen path gives each bead's
 * posterior probability (its margin against the alternative paths). `Bead.score` is a logistic
 * function of logit(posterior), the bead's shared evidence, |δ|, its shape and the density of
 * evidence among its neighbours (near 0 where the alignment rests on lengths alone), fitted on
 * Text+Berg `dev.*` (aligned normally and on lengths alone) so that scores read as the
 * probability of being exactly right.
 *
 * COMPARABLE MODE. Sentence pairs that share a rare feature are scored by their evidence alone
 * (numbers weigh double, a weak length term, no order). A pair is linked when its evidence is
 * strong, covers a fair share of the smaller sentence, and leads the best competing partner of
 * either sentence by a margin; links are taken greedily, one per sentence, and an unlinked
 * neighbour joins a link (a split) when it adds strong evidence of its own. Link confidence is a
 * logistic function of that margin; an unlinked sentence's confidence falls as its best
 * candidate gets stronger.
 *
 * WHICH MODE. `suggestMode` (mode.ts) tells a translation from two articles on the same story:
 * sentence pairs that are each other's clear best partner by shared evidence must be found for a
 * fair share of sentences and must keep one order. `align` puts its answer in
 * `Alignment.modeSuggested`; when it is comparable, parallel beads are order guesses, so `align`
 * caps their confidence at NOT_PARALLEL_CAP. Between two versions in one language a bead's confidence is
 * capped by the share of words its sentences have in common (same-language.ts).
 */
import { alignComparable } from './comparable';
import { alignParallel, stageClock } from './engine';
import { suggestMode, MODE_PARAMS, type ModeEvidence } from './mode';
import { capSameLanguage } from './same-language';
import type { AlignOptions, AlignSide, Alignment, Bead } from './types';

/**
 * The highest confidence a parallel bead keeps when the two versions do not read as translations
 * of each other (`suggestMode` says comparable): order-based pairs of two different articles are
 * guesses, and a score must not say otherwise.
 */
export const NOT_PARALLEL_CAP = 0.5;

export { AlignCancelled, AlignInputError } from './errors';
export { parseLexicon, type Lexicon, type ParsedLexicon } from './lexicon';
export { suggestMode, type ModeEvidence } from './mode';
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
  const modeOpts: AlignOptions = { ...opts, stageTimes: undefined };
  // In parallel mode the suggestion reads the aligner's prepared sides (before its passes change them).
  let evidence: ModeEvidence | undefined;
  const out =
    opts.mode === 'comparable'
      ? alignComparable(a, b, opts)
      : alignParallel(a, b, opts, { onPrepared: (prep) => (evidence = suggestMode(a, b, modeOpts, MODE_PARAMS, prep)), sample: MODE_PARAMS.maxSentences });
  const clock = stageClock(opts.stageTimes, opts.stageClock);
  out.modeSuggested = (evidence ?? suggestMode(a, b, modeOpts)).mode;
  clock('mode');
  if (out.mode === 'parallel' && out.modeSuggested === 'comparable') {
    for (const bd of out.beads) if (!bd.locked && bd.score > NOT_PARALLEL_CAP) bd.score = NOT_PARALLEL_CAP;
  }
  // (two versions in one language: a pair that shares few words is no sure pair)
  capSameLanguage(out, a, b);
  return out;
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
