/**
 * The aligner's model constants. Values were chosen on the tuning sets only — the Text+Berg
 * `dev.*` pair and the id–en stories in tests/fixtures/align/id-en-dev — by coordinate search
 * (`npx tsx scripts/eval-align.ts --tune`), never on the Text+Berg test documents or the id–en
 * gold stories.
 */

/** Bead types, as [A sentences, B sentences]. Index order is used by the DP's back-pointers. */
export const BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
];

/** Weights of the evidence families (see the model comment in index.ts). */
export interface FamilyWeights {
  /** The same number on both sides. */
  num: number;
  /** The same word up to cognate spelling (≥ 4 letters). */
  word: number;
  /** The same 4-letter cognate prefix of words of ≥ 5 letters. */
  prefix: number;
  /** The same capitalised (non-initial) word: names. */
  name: number;
  /** A bilingual-lexicon translation pair. */
  lex: number;
  /** A user glossary pair. */
  gloss: number;
  /** A word pair induced from the document pair itself (second pass). */
  induced: number;
}

export interface ModelParams {
  /** Log prior of each bead type, in BEAD_TYPES order. */
  prior: number[];
  /** Weight of the Gale–Church length log-probability. */
  lenWeight: number;
  /** Variance per character of the length difference before it is estimated from the pair. */
  lenVar: number;
  /** Extra cost of a 1-0/0-1 bead per log(1 + characters) of the dropped sentence. */
  skipLen: number;
  fam: FamilyWeights;
  /** Cost of each number found on one side of a bead only. */
  numMiss: number;
  /** Reward per punctuation mark class (? ! : quotes brackets ;) present on both sides. */
  punctMatch: number;
  /** Cost per punctuation mark present on one side only. */
  punctMiss: number;
  /**
   * Cost of a bead whose last sentence on one side ends in a colon (endColon), a semicolon
   * (endSemi) or inside an open parenthesis (endOpen), unless the other side's last sentence ends
   * the same way: such a split seldom ends a translation unit (features.ts sentenceMarks).
   * One-sided beads pay it too.
   */
  endColon: number;
  endSemi: number;
  endOpen: number;
  /** Reward of a 1-0 / 0-1 bead that leaves out a noise line (no digit, no run of two letters). */
  noiseSkip: number;
  /** Cost of a bead that spans a paragraph boundary, per boundary. */
  parCross: number;
  /** Reward when both sides of a bead start a paragraph. */
  parMatch: number;
  /** Cost when one side of a bead starts a paragraph and the other does not. */
  parMismatch: number;
  /** Smallest relative document frequency used in the rarity (idf) weight. */
  pMin: number;
  /** Features present in more than this fraction of sentences carry no weight. */
  pMax: number;
  /** Least sentence count (both sides) assumed when weighing rarity in short texts. */
  minTotal: number;
  /** Scale of the second pass's cost for unmatched translation-preserved features (0: off). */
  missGamma: number;
  /** Cap on a feature's estimated preservation rate. */
  missRhoMax: number;
  /** Alignment passes: the first, then realignments with a lexicon induced from the previous one. */
  passes: number;
  /** Band half-width (sentences) around the rough path (first pass). */
  band: number;
  /** Band half-width around the first pass's path (second pass). */
  band2: number;
  /** Induced lexicon: least co-occurrence count, least Dice, best pairs kept per word. */
  induceMinCount: number;
  induceMinDice: number;
  induceMaxPerWord: number;
  /** Posterior a first-pass bead needs to feed the second pass's statistics. */
  confidentPosterior: number;
  /** Temperature of the bead posterior (scores are divided by it). */
  temperature: number;
  /**
   * A 2-2 bead whose diagonal pairs (first sentence with first, second with second) each share
   * at least split22Min and more than split22Ratio × the evidence of either crossing pair is
   * taken for two 1-1 beads merged for their lengths alone: it loses the credit of its crossing
   * evidence (see `Scorer.evaluate`). 0: off.
   */
  split22Ratio: number;
  split22Min: number;
  /**
   * Prefer 1-1 beads (see refine.ts): a stretch of the Viterbi path that leaves a node and returns
   * to its diagonal after at most oneToOneSpan sentences a side (0: off) through other beads is
   * made 1-1 beads when each of them shares evidence of weight ≥ oneToOneMinShared with |δ| ≤
   * oneToOneMaxDelta and — with oneToOneKeepNumbers — together they leave no number unmatched
   * on both sides that the path's beads matched.
   */
  oneToOneSpan: number;
  oneToOneMinShared: number;
  oneToOneMaxDelta: number;
  oneToOneKeepNumbers: boolean;
  /**
   * Later passes realign only where the previous one was unsure (engine.ts realignUnsure): 1-1
   * beads with posterior ≥ refocusPosterior stay, the rest are realigned with refocusMargin beads
   * either side. 1: every later pass realigns everything.
   */
  refocusPosterior: number;
  refocusMargin: number;
  /**
   * The document's bead-type prior (docprior.ts): with q the share of sentences the first pass
   * put in 1-1 beads, the second pass's log prior of every other bead type moves by gain ·
   * log((1 − q) / (1 − typePriorRef)), gain typePriorGain when q > typePriorRef, else
   * typePriorGainBelow. 0: off.
   */
  typePriorGain: number;
  typePriorGainBelow: number;
  typePriorRef: number;
  /**
   * Widening a path (dp.ts `widen`): two neighbouring beads become one bead wider than the DP's types
   * (1-4, 2-3, …, at most `wideMax` sentences a side) when it scores above the two, its log prior
   * −wideCost per sentence past the first on each side. wideMax 0: off.
   */
  wideCost: number;
  wideMax: number;
}

export const DEFAULT_PARAMS: ModelParams = modelParams({
  prior: [0, -3, -3, -3.5, -4, -6.5, -5.5, -5],
  lenWeight: 0.51,
  lenVar: 6.8,
  skipLen: 0.4,
  fam: { num: 0.84, word: 1.12, prefix: 0.4, name: 0.5, lex: 0.3, gloss: 2, induced: 0.6 },
  numMiss: 0,
  punctMatch: 0.5,
  punctMiss: 0.5,
  endColon: 0,
  endSemi: 1,
  endOpen: 1,
  noiseSkip: 2,
  parCross: 2,
  parMatch: 1,
  parMismatch: 1,
  pMin: 0.005,
  pMax: 0.45,
  minTotal: 60,
  missGamma: 0.2,
  missRhoMax: 0.9,
  passes: 2,
  band: 2,
  band2: 2,
  induceMinCount: 2,
  induceMinDice: 0.5,
  induceMaxPerWord: 2,
  confidentPosterior: 0.8,
  temperature: 1,
  split22Ratio: 1.5,
  split22Min: 10,
  oneToOneSpan: 2,
  oneToOneMinShared: 6,
  oneToOneMaxDelta: 4,
  oneToOneKeepNumbers: true,
  refocusPosterior: 0.99,
  refocusMargin: 0,
  typePriorGain: 4,
  typePriorGainBelow: 1,
  typePriorRef: 0.85,
  wideCost: 4.5,
  wideMax: 5,
});

/**
 * A copy of `p` (with `change` applied) made by one object literal, so that every parameter set
 * the aligner uses has the same hidden class: a copy made by spreading (`{ ...p }`) gets another
 * one, and the scorer's optimized code, compiled for the first, is thrown away when it meets the
 * second.
 */
export function modelParams(p: ModelParams, change: Partial<ModelParams> = {}): ModelParams {
  const q = { ...p, ...change };
  return {
    prior: q.prior,
    lenWeight: q.lenWeight,
    lenVar: q.lenVar,
    skipLen: q.skipLen,
    fam: q.fam,
    numMiss: q.numMiss,
    punctMatch: q.punctMatch,
    punctMiss: q.punctMiss,
    endColon: q.endColon,
    endSemi: q.endSemi,
    endOpen: q.endOpen,
    noiseSkip: q.noiseSkip,
    parCross: q.parCross,
    parMatch: q.parMatch,
    parMismatch: q.parMismatch,
    pMin: q.pMin,
    pMax: q.pMax,
    minTotal: q.minTotal,
    missGamma: q.missGamma,
    missRhoMax: q.missRhoMax,
    passes: q.passes,
    band: q.band,
    band2: q.band2,
    induceMinCount: q.induceMinCount,
    induceMinDice: q.induceMinDice,
    induceMaxPerWord: q.induceMaxPerWord,
    confidentPosterior: q.confidentPosterior,
    temperature: q.temperature,
    split22Ratio: q.split22Ratio,
    split22Min: q.split22Min,
    oneToOneSpan: q.oneToOneSpan,
    oneToOneMinShared: q.oneToOneMinShared,
    oneToOneMaxDelta: q.oneToOneMaxDelta,
    oneToOneKeepNumbers: q.oneToOneKeepNumbers,
    refocusPosterior: q.refocusPosterior,
    refocusMargin: q.refocusMargin,
    typePriorGain: q.typePriorGain,
    typePriorGainBelow: q.typePriorGainBelow,
    typePriorRef: q.typePriorRef,
    wideCost: q.wideCost,
    wideMax: q.wideMax,
  };
}
