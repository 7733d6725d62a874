/**
 * The whole analysis, from text to comparison, in one place for every caller: the CLI, the
 * renderer's worker and the eval scripts. Pure: takes text, returns data.
 */
import { align, alignToPivot } from './align';
import type { AlignOptions, AlignSide, Alignment, Bead } from './align/types';
import { buildLedger, compareBeads } from './drift';
import { BEYOND_NAMES } from './drift/bead-evidence';
import { withoutUntranslated, withoutUntranslatedFigures } from './drift/untranslated';
import type { Comparison, LedgerGroup } from './drift/types';
import { extractEntities, withEntityMismatches, type EntityAnalysis, type EntityCompareOptions } from './entities';
import { extractFigures } from './figures';
import { isOtherLanguage, sameLanguage } from './text/lang-tags';
import type { Figure } from './figures/types';
import { detectLang, detectOtherLang, detectParagraphLangs, segment, splitLines } from './text';
import type { Lang, Sentence } from './text/types';
import { beadKey } from './align/bead-key';
import { refineLongBeads } from './long-beads';

export type LangChoice = Lang | 'auto';

export interface AnalysedVersion {
  lang: Lang;
  /** The version's language when it is outside both readers (`de-CH` from a file's tag, `de` told by its words). */
  langTag?: string;
  text: string;
  sentences: Sentence[];
  figures: Figure[];
  /** Names and attributions (shared/entities); absent in versions analysed before they existed. */
  entities?: EntityAnalysis;
}

export interface AnalyseOptions {
  lang?: LangChoice;
  /**
   * The language tag a file gave the text (`de-CH`, `fr`). A language outside the Indonesian and
   * English readers has its figures read by its own conventions and no names compared (its
   * capitalisation is not English: German capitalises every noun); `lang` then only picks the
   * segmenter. Without a tag, an `auto` text whose function words are clearly another language's
   * is read as that language (`detectOtherLang`).
   */
  langTag?: string;
  /** The text is already segmented: line i is sentence i. */
  lines?: boolean;
  /** Told when each stage ends (`segment`, `figures`, `entities`), for timing; stages may recur. */
  mark?: StageMark;
  /** Read names and attributions too (default true); false when only the alignment is wanted. */
  entities?: boolean;
  /** Read figures (default true); false when only the sentences are wanted (alignment). */
  figures?: boolean;
}

/** Called with the name of the stage that just ended (the CLI's timings, `npm run bench`). */
export type StageMark = (stage: string) => void;

const noMark: StageMark = () => {};

/** A paragraph this long can be told Indonesian from English on its own; shorter ones follow the document. */
const MIN_PARAGRAPH_FOR_LANG = 160;

/**
 * Runs of paragraphs in one language, for a mixed file (an English quote block in an Indonesian
 * story). Only long paragraphs may differ from the document's language: a short headline or
 * byline is too little evidence, and reading digits by the wrong convention costs more.
 */
export function languageRuns(text: string, docLang: Lang): Array<{ start: number; end: number; lang: Lang; paragraph: number }> {
  const runs: Array<{ start: number; end: number; lang: Lang; paragraph: number }> = [];
  detectParagraphLangs(text).forEach((p, i) => {
    const lang = p.end - p.start >= MIN_PARAGRAPH_FOR_LANG ? detectLang(text.slice(p.start, p.end)) : docLang;
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, lang, paragraph: i });
  });
  return runs;
}

/** Detects the language (unless given), segments and reads the figures of one version. */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysedVersion {
  // a text of another language given without its tag (a German plain-text file) is told by its function words
  const auto = !options.lang || options.lang === 'auto';
  const tag = options.langTag ?? (auto ? detectOtherLang(text) : undefined);
  const read = analyseFigures(text, tag === options.langTag ? options : { ...options, langTag: tag });
  const v = isOtherLanguage(tag) ? { ...read, langTag: tag } : read;
  if (options.entities === false || v.langTag) return v;
  const entities = extractEntities(v.text, v.sentences, v.lang);
  options.mark?.('entities');
  return { ...v, entities };
}

/** The figures of these sentences, or none when the caller reads sentences only (`figures: false`). */
function readFigures(text: string, sentences: Sentence[], lang: Lang, options: AnalyseOptions): Figure[] {
  return options.figures === false ? [] : extractFigures(text, sentences, lang, options.langTag);
}


function analyseFigures(text: string, options: AnalyseOptions): AnalysedVersion {
  const mark = options.mark ?? noMark;
  const auto = !options.lang || options.lang === 'auto';
  const lang = auto ? detectLang(text) : (options.lang as Lang);
  if (options.lines) {
    const sentences = splitLines(text);
    mark('segment');
    const figures = readFigures(text, sentences, lang, options);
    mark('figures');
    return { lang, text, sentences, figures };
  }
  // (a text of another language is one run: Indonesian and English paragraphs are told apart only in their own texts)
  const runs = auto && !isOtherLanguage(options.langTag) ? languageRuns(text, lang) : [];
  if (runs.length <= 1) {
    const sentences = segment(text, lang, options.langTag);
    mark('segment');
    const figures = readFigures(text, sentences, lang, options);
    mark('figures');
    return { lang, text, sentences, figures };
  }
  // A mixed file: each run is segmented and its figures read by its own language's conventions.
  const sentences: Sentence[] = [];
  const figures: Figure[] = [];
  for (const run of runs) {
    const part = segment(text.slice(run.start, run.end), run.lang).map((s) => ({
      ...s,
      start: s.start + run.start,
      end: s.end + run.start,
      paragraph: s.paragraph + run.paragraph,
    }));
    mark('segment');
    const offset = sentences.length;
    for (const f of readFigures(text, part, run.lang, options)) figures.push({ ...f, sentence: f.sentence + offset });
    sentences.push(...part);
    mark('figures');
  }
  return { lang, text, sentences, figures };
}

/**
 * What the aligner needs of a version: sentence texts and paragraphs. Numbers are left to the
 * aligner's own digit reader (shared/align/numbers.ts): measured on 10,000 real line pairs and the
 * gold sets, the figure reader's values (number words among them, which the lexicon already
 * links) moved no bead for the better, so `selaras align` need not read figures at all and gives
 * the same beads as `check` and the workbench.
 */
export function alignSide(version: Pick<AnalysedVersion, 'lang' | 'sentences'>): AlignSide {
  return {
    lang: version.lang,
    sentences: version.sentences.map((s) => s.text),
    paragraphs: version.sentences.map((s) => s.paragraph),
  };
}

export function alignVersions(a: AnalysedVersion, b: AnalysedVersion, options: AlignOptions = {}): Alignment {
  return align(alignSide(a), alignSide(b), options);
}

export function alignAllToPivot(pivot: AnalysedVersion, others: AnalysedVersion[], options: AlignOptions = {}): Alignment[] {
  return alignToPivot(alignSide(pivot), others.map(alignSide), options);
}

export interface CheckResult {
  beads: Bead[];
  comparison: Comparison;
}

/** Aligns two versions (or takes given beads) and compares their figures and names. */
export function checkVersions(
  a: AnalysedVersion,
  b: AnalysedVersion,
  options: AlignOptions & {
    beads?: Bead[];
    mark?: StageMark;
    /** Sentences of A in parts of a file not translated yet (`untranslatedParts`): their figures and names are not compared. */
    untranslated?: readonly number[][];
  } = {},
): CheckResult {
  const mark = options.mark ?? noMark;
  const beads = options.beads ?? alignVersions(a, b, options).beads;
  if (!options.beads) mark('align');
  const untranslated = options.untranslated ?? [];
  const compared = withoutUntranslatedFigures(a, untranslated);
  // (a unit of a file that holds a whole document is compared sentence by sentence)
  const long = refineLongBeads(beads, compared, b, { lexicon: options.lexicon, glossary: options.glossary, useLexicon: options.useLexicon });
  const [ca, cb, cbeads] = long ? [long.a, long.b, long.beads] : [compared, b, beads];
  const figures = compareVersionFigures(cbeads, ca, cb, options.lexicon);
  mark('compare figures');
  const both = addEntityDrift(figures, cbeads, ca, cb, { glossary: options.glossary, lexicon: options.lexicon });
  const comparison = withoutUntranslated(long ? long.back(both) : both, untranslated);
  mark('compare names');
  return { beads, comparison };
}

/** The figures of two analysed versions compared over these beads (the command line's check and the workbench). */
export function compareVersionFigures(beads: Bead[], a: AnalysedVersion, b: AnalysedVersion, lexicon?: AlignOptions['lexicon']): Comparison {
  return compareBeads(beads, a.figures, b.figures, a.lang, b.lang, {
    sentencesA: a.sentences,
    sentencesB: b.sentences,
    entitiesA: a.entities?.entities,
    entitiesB: b.entities?.entities,
    lexicon,
    wordsUnreadA: isOtherLanguage(a.langTag),
    wordsUnreadB: isOtherLanguage(b.langTag),
    sameLanguage: sameLanguage(a, b),
  });
}

/** The comparison with the entity mismatches (shared/entities) of the same beads merged in. */
export function addEntityDrift(comparison: Comparison, beads: Bead[], a: AnalysedVersion, b: AnalysedVersion, options: EntityCompareOptions = {}): Comparison {
  // names are read in Indonesian and English only (a German noun is capitalised like a name)
  if (isOtherLanguage(a.langTag) || isOtherLanguage(b.langTag)) return comparison;
  const side = (v: AnalysedVersion) => ({ lang: v.lang, text: v.text, sentences: v.sentences, entities: v.entities ?? extractEntities(v.text, v.sentences, v.lang) });
  return entitiesOfNonTranslationsForReview(withEntityMismatches(comparison, beads, side(a), side(b), options));
}

/**
 * A name that differs between two sentences that are not translations of each other
 * (`comparison.notTranslations`) is no evidence of a changed source either: such entity mismatches
 * are for review too, flagged `notTranslation` as the figure mismatches of the bead are. Only when the
 * judgement rests on more than the names differing (`BEYOND_NAMES`): a name that differs is the very
 * entity drift being judged.
 */
function entitiesOfNonTranslationsForReview(comparison: Comparison): Comparison {
  const beads = (comparison.notTranslations ?? []).filter((x) => x.cues.some((c) => BEYOND_NAMES.has(c)));
  if (beads.length === 0) return comparison;
  const unrelated = new Set(beads.map(beadKey));
  const mismatches = comparison.mismatches.map((m) =>
    m.kind === 'entity' && unrelated.has(beadKey(m)) ? { ...m, level: 'review' as const, notTranslation: true } : m,
  );
  return { ...comparison, mismatches };
}

/**
 * The ledger of the versions; with the comparisons of their aligned pairs (`a`, `b`: places in `versions`), each
 * pair of figures a comparison paired stands in one group (LedgerOptions.links).
 */
export function ledgerOf(versions: AnalysedVersion[], pairs?: ReadonlyArray<{ a: number; b: number; comparison: Comparison }>): LedgerGroup[] {
  const links = pairs?.flatMap(({ a, b, comparison }) =>
    [...comparison.matches, ...comparison.mismatches].flatMap((m) => (m.aFigure && m.bFigure ? [{ a: { version: a, figure: m.aFigure }, b: { version: b, figure: m.bFigure } }] : [])),
  );
  return buildLedger(
    versions.map((v) => ({ lang: v.lang, figures: v.figures })),
    links ? { links } : {},
  );
}
