import { AddedSentences, REWORDS, sentenceOverlap } from './background';
import { LISTED_APART_CONFIDENCE, listedApart } from './list-labels';
import { parseTime } from './dates';
import type { Bead } from '../align/types';
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import { weekdaysIn, type WeekdayMention } from '../figures/weekdays';
import type { Comparison, Match, Mismatch, MismatchKind, NotTranslationBead } from './types';
import { assignPairs, figurePairCosts } from './assignment';
import { evaluatePair, type FigureInfo, type VerdictDetail } from './classify';
import { explainMatch, explainMismatch, explainMoved, explainNotTranslation, explainUnread } from './explain';
import { sameFigureIn, sameFigureValue } from './neighbours';
import { renderedUnread, UNREAD_CONFIDENCE } from './unread-renderings';
import { assessMismatch } from './confidence';
import { conceptOf } from './units';
import { comparativeBefore, negatedBefore, type ComparativeBound } from './comparatives';
import { differingContribution, differingRoles } from './change-roles';
import { differingRatePeriods } from './rate-periods';
import { fallOrLossSaid, lossSaidAsMinus } from './loss-sign';
import { namesRelativeMonth, namesRelativeYear, namesYearToDate, relativeYearCount, relativeYearKinds, endsAYear, type RelativeYearKind } from './relative-periods';
import { judgeBead, wordsTranslate, type BeadJudgement } from './bead-evidence';
import type { Entity } from '../entities/types';
import { accountedFor, ACCOUNTED_CONFIDENCE } from './accounted';
import { sameTextPairs } from './same-text';
import { conversionsOfPairedMeasures, measureBeforeConversion } from './converted-pairs';
import { differingWeekdays, RELATIVE_DAY, weekdayFigure, weekdayRole } from './weekday-drift';
import { differingScores, scoreFigure } from './score-drift';
import { differingLabelledNumbers, labelledFigure } from './label-drift';
import { labelledNumbersIn } from '../figures/labelled-numbers';
import { lostDatePart } from './lost-date-parts';
import { periodAsCompared } from '../figures/year-parts';
import { figureInSentence, textBeforeFigure } from './figure-sentence';
import { AMOUNT_KINDS, TIME_KINDS } from './values';
import { scoresIn } from '../figures/scores';
import type { Lexicon } from '../align/lexicon';

/** Price of leaving one figure without a counterpart; a pair is taken when it costs less than two of these. */
const UNPAIRED_COST = 0.6;

/** Options of {@link compareBeads}. */
export interface CompareOptions {
  /** A unit normaliser to use instead of the figures core's `unitConcept`. */
  unitConcept?: (unit: string, lang: Lang) => string | undefined | null;
  /**
   * The sentences of each version (as `segment` gives them, offsets into the document): when given,
   * the weekdays they name tell a date rendered by its weekday (`18 September 2007` ↔ `on Tuesday`)
   * from a date dropped.
   */
  sentencesA?: readonly Sentence[];
  sentencesB?: readonly Sentence[];
  /**
   * The names read in each version (shared/entities, offsets into the document): with the sentences,
   * they tell a bead whose two sides are not translations of each other (see `bead-evidence`).
   */
  entitiesA?: readonly Entity[];
  entitiesB?: readonly Entity[];
  /** The bilingual lexicon (as the aligner takes it): with it, a bead whose words do not translate each other reads as unrelated. */
  lexicon?: Lexicon;
  /** The version is in a language whose number words are not read, only its digits (a `de` or `fr` file): a figure the other lacks may be said in words. */
  wordsUnreadA?: boolean;
  wordsUnreadB?: boolean;
  /**
   * The two versions are in one language (two outlets' versions of a story), which their analysis languages alone
   * cannot tell for a language read by its digits (a `de` and a `fr` version are both read as `en`). When not
   * given: whether the analysis languages are the same.
   */
  sameLanguage?: boolean;
}

/** Whether the two versions are in one language (CompareOptions.sameLanguage, else their analysis languages). */
function inOneLanguage(options: CompareOptions, langA: Lang, langB: Lang): boolean {
  return options.sameLanguage ?? langA === langB;
}

/**
 * Whether the words that would account for a mismatch may be unread: the other side of a missing or added
 * figure, either side of a date, or the side of a qualifier mismatch that reads a figure as exact, is in a
 * language read by its digits (its number words, and the hedges its reader does not list, are not read);
 * an ordinal missing or added where either side is (a Roman numeral or a name may render it).
 */
function wordsUnreadFor(m: Omit<Mismatch, 'id'>, options: CompareOptions): boolean | undefined {
  // an ordinal in digits (`2. Weltkrieg`, `3e étage`) the other version may give as a Roman numeral or a name ("World War II")
  const ordinal = (m.aFigure ?? m.bFigure)?.kind === 'ordinal' && (options.wordsUnreadA || options.wordsUnreadB);
  if (m.kind === 'missing') return options.wordsUnreadB || ordinal;
  if (m.kind === 'added') return options.wordsUnreadA || ordinal;
  if (m.kind === 'qualifier') return (!!options.wordsUnreadA && m.aFigure?.qualifier === 'exact') || (!!options.wordsUnreadB && m.bFigure?.qualifier === 'exact');
  return m.kind === 'date' && (options.wordsUnreadA || options.wordsUnreadB);
}

/** The weekdays named in each sentence of a version (offsets into the document), each sentence read once. */
function weekdaysBySentence(sentences: readonly Sentence[] | undefined, lang: Lang): WeekdayMention[][] {
  return sentences ? sentences.map((_, i) => mentionsOf([i], sentences, (text) => weekdaysIn(text, lang))) : [];
}

/** The weekdays named in the given sentences, from {@link weekdaysBySentence}. */
function weekdaysOf(indices: readonly number[], bySentence: readonly WeekdayMention[][]): WeekdayMention[] {
  return indices.flatMap((i) => bySentence[i] ?? []);
}

/** The mentions `find` reads in a bead's sentences (offsets moved into the document). */
function mentionsOf<T extends { start: number; end: number }>(indices: readonly number[], sentences: readonly Sentence[], find: (text: string) => T[]): T[] {
  const out: T[] = [];
  for (const i of indices) {
    const s = sentences[i];
    if (!s || typeof s.text !== 'string') continue;
    for (const x of find(s.text)) out.push({ ...x, start: s.start + x.start, end: s.start + x.end });
  }
  return out;
}

/** Whether a negation right before figure `f` governs it (`tidak akan sampai`, "will not reach"). */
function negatedOf(f: Figure | null, sentences: readonly Sentence[] | undefined, lang: Lang): boolean {
  const s = figureInSentence(f, sentences);
  return s !== undefined && s.at > 0 && negatedBefore(s.text, s.at, lang);
}

/** The bound a comparative phrase right before figure `f` states (`lebih tinggi dari`, "higher than"), if any. */
function comparativeOf(f: Figure | null, sentences: readonly Sentence[] | undefined, lang: Lang): ComparativeBound | undefined {
  const s = figureInSentence(f, sentences);
  return s !== undefined && s.at > 0 ? comparativeBefore(s.text, s.at, lang) : undefined;
}

/** Whether a dated figure is the end of a year (*tahun yang berakhir Desember 2006*, "year ended December 31, 2006"). */
function endsAYearOf(f: Figure | null, sentences: readonly Sentence[] | undefined, lang: Lang): boolean {
  const s = f && f.kind === 'date' && /^\d{4}-/.test(String(f.value)) ? figureInSentence(f, sentences) : undefined;
  return s !== undefined && s.at > 0 && endsAYear(s.text, s.at, lang);
}

/** Whether the given sentences name a year relatively (`tahun lalu`, "this year"); undefined when the sentences are not known. */
function relativeYearIn(indices: readonly number[], sentences: readonly Sentence[] | undefined, lang: Lang): boolean | undefined {
  if (!sentences) return undefined;
  return indices.some((i) => typeof sentences[i]?.text === 'string' && namesRelativeYear(sentences[i].text, lang));
}

/** The ways the given sentences name a year relatively (deictic "last year", anaphoric "the year before"); undefined when not known. */
function relativeYearKindsIn(indices: readonly number[], sentences: readonly Sentence[] | undefined, lang: Lang): RelativeYearKind[] | undefined {
  if (!sentences) return undefined;
  return [...new Set(indices.flatMap((i) => (typeof sentences[i]?.text === 'string' ? relativeYearKinds(sentences[i].text, lang) : [])))];
}

/**
 * Whether one side's sentences name a year relatively, leaving out the period a comparison refers back to
 * when the other side names it too (`periode yang sama` ↔ "the same periods" are each other's counterparts:
 * neither renders a year the other states or adds); undefined when the sentences are not known.
 */
function unmatchedRelativeYear(
  own: readonly number[],
  ownSentences: readonly Sentence[] | undefined,
  ownLang: Lang,
  other: readonly number[],
  otherSentences: readonly Sentence[] | undefined,
  otherLang: Lang,
): boolean | undefined {
  const mine = relativeYearIn(own, ownSentences, ownLang);
  if (!mine || !otherSentences || !ownSentences) return mine;
  const count = (ix: readonly number[], ss: readonly Sentence[], lang: Lang) =>
    ix.reduce(
      (n, i) => {
        const c = typeof ss[i]?.text === 'string' ? relativeYearCount(ss[i].text, lang) : { all: 0, samePeriod: 0 };
        return { all: n.all + c.all, samePeriod: n.samePeriod + c.samePeriod };
      },
      { all: 0, samePeriod: 0 },
    );
  const mineN = count(own, ownSentences, ownLang);
  const theirs = count(other, otherSentences, otherLang);
  return mineN.all - Math.min(mineN.samePeriod, theirs.samePeriod) > 0;
}

/** Whether the given sentences name the year to date ("the calendar year", *sejak awal tahun*); undefined when not known. */
function yearToDateIn(indices: readonly number[], sentences: readonly Sentence[] | undefined, lang: Lang): boolean | undefined {
  if (!sentences) return undefined;
  return indices.some((i) => typeof sentences[i]?.text === 'string' && namesYearToDate(sentences[i].text, lang));
}

/** Whether the given sentences name a month relatively (`bulan lalu`, "earlier this month"); undefined when the sentences are not known. */
function relativeMonthIn(indices: readonly number[], sentences: readonly Sentence[] | undefined, lang: Lang): boolean | undefined {
  if (!sentences) return undefined;
  return indices.some((i) => typeof sentences[i]?.text === 'string' && namesRelativeMonth(sentences[i].text, lang));
}

/** One side of a bead for `judgeBead`: its sentences' text and the entities read in them. */
function beadText(indices: readonly number[], sentences: readonly Sentence[], entities: EntitiesBySentence, lang: Lang) {
  return {
    lang,
    text: joinedText(indices, sentences),
    entities: indices.flatMap((i) => entities.get(i) ?? []),
  };
}

/** The entities of a version by sentence (each bead looks up its own sentences, not the whole list). */
type EntitiesBySentence = ReadonlyMap<number, readonly Entity[]>;

function entitiesBySentence(entities: readonly Entity[] | undefined): EntitiesBySentence {
  const out = new Map<number, Entity[]>();
  for (const e of entities ?? []) {
    const list = out.get(e.sentence);
    if (list) list.push(e);
    else out.set(e.sentence, [e]);
  }
  return out;
}

/** The text of the given sentences of a version, joined (empty when the sentences are not given). */
function joinedText(indices: readonly number[], sentences: readonly Sentence[] | undefined): string {
  if (!sentences) return '';
  return indices.map((i) => (typeof sentences[i]?.text === 'string' ? sentences[i].text : '')).join(' ');
}

/**
 * The text of a bead's sentences with its figures blanked but for counts (a count's counted thing is what the sentence
 * is about: *3 korban*): for judging two sentences of one language by their own words (judgeRewording), not by the
 * words every sentence of figures holds (*Januari*, *persen*, *triliun*, *WIB*).
 */
function wordsBesideFigures(indices: readonly number[], sentences: readonly Sentence[], figures: readonly Figure[]): string {
  return indices
    .map((i) => {
      const s = sentences[i];
      if (typeof s?.text !== 'string') return '';
      let text = s.text;
      for (const f of figures) {
        if (f.sentence !== i || f.kind === 'count' || f.start < s.start || f.end > s.end) continue;
        text = text.slice(0, f.start - s.start) + ' '.repeat(f.end - f.start) + text.slice(f.end - s.start);
      }
      return text;
    })
    .join(' ');
}

interface Group {
  a: number[];
  b: number[];
  figA: Figure[];
  figB: Figure[];
}

function byPosition(x: Figure, y: Figure): number {
  return x.sentence - y.sentence || x.start - y.start || x.end - y.end;
}

function sideInfos(figures: Figure[], lang: Lang, options: CompareOptions, sentences: readonly Sentence[] | undefined): FigureInfo[] {
  const n = figures.length;
  // (a conversion stands where the figure it restates stands, though a date came between: `9:15 p.m. on Tuesday,
  // March 11 (1415 GMT)`)
  const placeOf = (i: number): number => {
    const f = figures[i];
    if (!f.conversion) return i;
    for (let j = i - 1; j >= 0; j--) if (figures[j].kind === f.kind && !figures[j].conversion) return j;
    return i;
  };
  return figures.map((figure, i) => {
    const before = textBeforeFigure(figure, sentences, 40);
    return {
      figure,
      lang,
      concept: conceptOf(figure, lang, options.unitConcept),
      position: n <= 1 ? 0.5 : placeOf(i) / (n - 1),
      side: figures,
      afterPreposition: afterPreposition(figure, sentences, lang),
      toDate: TO_DATE[lang].test(before),
      age: AGE_BEFORE[lang].test(before) || ageBetweenCommas(figure, sentences, lang),
    };
  });
}

/** "Up to" right before a figure: *sampai dengan*, *hingga*, *s.d.*, "through", "up to the end of". */
const TO_DATE: Record<Lang, RegExp> = {
  id: /\b(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s\/d)\s+(?:akhir\s+)?$/i,
  en: /\b(?:through|until|till|up\s+to(?:\s+the\s+end\s+of)?|to\s+the\s+end\s+of)\s+(?:the\s+)?$/i,
};

/** Words of an age right before a figure: `aged 65 and over`, `ages 18 to 25`, *berusia*, *usia*. */
const AGE_BEFORE: Record<Lang, RegExp> = {
  id: /\b(?:berusia|berumur|usia|umur|usianya|umurnya)\s+(?:di\s+atas\s+|di\s+bawah\s+|antara\s+)?$/i,
  en: /\b(?:aged|ages?)\s+(?:between\s+|over\s+|under\s+)?$/i,
};

/**
 * Whether `figure` states an age as English news gives one: a bare number set off by commas after a name or a noun
 * (`The victim, 33, was …`). (The reader takes one after a capitalised name for a length of years itself:
 * extract.ts ageAfterName.)
 */
function ageBetweenCommas(figure: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): boolean {
  const s = figureInSentence(figure, sentences);
  if (lang !== 'en' || !s || figure.kind !== 'count' || figure.unit || typeof figure.value !== 'number' || !Number.isInteger(figure.value) || figure.value < 1 || figure.value > 120) return false;
  const end = s.at + (figure.end - figure.start);
  return /\p{L},\s*$/u.test(s.text.slice(0, s.at)) && /^\s*,/.test(s.text.slice(end));
}

/** Prepositions before a noun phrase: *di satu lapangan*, `in one field`. */
const PREPOSITIONS: Record<Lang, RegExp> = {
  id: /(?:^|\s)(?:di|ke|dari|dalam|pada|atas|bawah|untuk|dengan|oleh|menuju)\s*$/iu,
  en: /(?:^|\s)(?:in|at|on|from|into|onto|to|for|with|by|near|inside)\s*$/iu,
};

/** Whether `figure` follows a preposition in its sentence (false when the text is unknown). */
function afterPreposition(figure: Figure, sentences: readonly Sentence[] | undefined, lang: Lang): boolean {
  const s = sentences?.[figure.sentence];
  if (!s || typeof s.text !== 'string') return false;
  const before = s.text.slice(0, Math.max(0, figure.start - s.start));
  return PREPOSITIONS[lang].test(before);
}

/** A mismatch of a bead whose sentences are not translations of each other: for review, flagged, and saying why. */
function markNotTranslation(m: Omit<Mismatch, 'id'>, judgement: BeadJudgement): void {
  m.level = 'review';
  m.notTranslation = true;
  Object.assign(m, explainNotTranslation(m, judgement.cues));
}

/** Whether two numbers are written with the same digits, in any order (686 ↔ 668: one miscopied). */
function sameDigits(x: number, y: number): boolean {
  const digits = (v: number) => [...String(v)].sort().join('');
  return digits(x) === digits(y);
}

/**
 * True when two paired figures that disagree are near each other: numbers of three digits or more written with
 * the same digits (`686` ↔ `668`) or within a tenth of each other, or dates of one month (`--02-24` ↔ `--02-25`).
 */
function nearValues(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (typeof a.value === 'number' && typeof b.value === 'number') {
    const x = Math.abs(a.value);
    const y = Math.abs(b.value);
    if (Math.min(x, y) < 100) return false;
    return sameDigits(x, y) || Math.abs(x - y) / Math.max(x, y) <= 0.1;
  }
  if (a.kind === 'date' && typeof a.value === 'string' && typeof b.value === 'string') {
    const month = (v: string) => /^(?:\d{4}|-)-(\d\d)(?:-\d\d)?$/.exec(v)?.[1];
    return month(a.value) !== undefined && month(a.value) === month(b.value);
  }
  return false;
}

/** The stable key of a mismatch: its kind and both figures' texts and offsets. */
export function mismatchKey(kind: MismatchKind, a: Figure | null, b: Figure | null): string {
  const side = (f: Figure | null) => (f ? `${f.text}@${f.start}-${f.end}` : '-');
  return `${kind}|${side(a)}|${side(b)}`;
}

/**
 * Compares the figures of two aligned versions bead by bead. Within each bead the figures of
 * both sides are paired by an optimal assignment over kind, value, unit concept and relative
 * position; each pair becomes a match (`exact`, `converted`, `rounded`) or a mismatch (`value`,
 * `qualifier`, `unit`, `scale`, `date`, `ambiguous`), and every figure left over becomes a
 * `missing` (side A) or `added` (side B) mismatch. Every figure is accounted for exactly once;
 * a figure whose sentence no bead covers counts as missing / added on its own.
 */
export function compareBeads(
  beads: Bead[],
  figuresA: Figure[],
  figuresB: Figure[],
  langA: Lang,
  langB: Lang,
  options: CompareOptions = {},
): Comparison {
  // (a length of months from the start of the year is compared as the part of the year it covers, a month that starts a
  // span as written, with no year: periodAsCompared)
  // (the findings keep the figures as read, for what the panes and exports show: `6 months`, not the ordinal compared)
  const asRead = new Map<Figure, Figure>();
  const compared = (f: Figure): Figure => {
    const c = periodAsCompared(f);
    if (c !== f) asRead.set(c, f);
    return c;
  };
  figuresA = figuresA.map(compared);
  figuresB = figuresB.map(compared);
  const groups: Group[] = beads.map((bead) => ({ a: bead.a, b: bead.b, figA: [], figB: [] }));
  const beadOfA = new Map<number, number>();
  const beadOfB = new Map<number, number>();
  beads.forEach((bead, i) => {
    for (const s of bead.a) if (!beadOfA.has(s)) beadOfA.set(s, i);
    for (const s of bead.b) if (!beadOfB.has(s)) beadOfB.set(s, i);
  });
  const orphanGroups = new Map<string, Group>();
  const orphan = (side: 'a' | 'b', sentence: number): Group => {
    const key = `${side}${sentence}`;
    let g = orphanGroups.get(key);
    if (!g) {
      g = side === 'a' ? { a: [sentence], b: [], figA: [], figB: [] } : { a: [], b: [sentence], figA: [], figB: [] };
      orphanGroups.set(key, g);
    }
    return g;
  };
  for (const f of figuresA) {
    const i = beadOfA.get(f.sentence);
    (i === undefined ? orphan('a', f.sentence) : groups[i]).figA.push(f);
  }
  for (const f of figuresB) {
    const i = beadOfB.get(f.sentence);
    (i === undefined ? orphan('b', f.sentence) : groups[i]).figB.push(f);
  }
  const allGroups = [...groups, ...[...orphanGroups.values()].sort(orphanOrder)];

  const mismatches: Array<Omit<Mismatch, 'id'>> = [];
  const matches: Match[] = [];
  const notTranslations: NotTranslationBead[] = [];
  const paired = allGroups.map((g) => pairGroup(g, langA, langB, options));
  const entities = { a: entitiesBySentence(options.entitiesA), b: entitiesBySentence(options.entitiesB) };
  // the figures every bead leaves without a counterpart, by sentence: a sentence moved further than next door, or
  // left unaligned, is looked for a few sentences from its place (in the other version's proportion)
  const ratio = options.sentencesA?.length && options.sentencesB?.length ? options.sentencesB.length / options.sentencesA.length : 1;
  splitMovedPairs(paired, allGroups, groups.length, ratio, [langA, langB]);
  const leftA = paired.flatMap((x) => x.unpairedA);
  const leftB = paired.flatMap((x) => x.unpairedB);
  // (two republications in one language move their sentences freely and say a figure again where they like: a figure
  // one of them leaves over is looked for in the whole of the other, among all its figures, as it would be by hand)
  const sameLanguage = inOneLanguage(options, langA, langB);
  const leftOver = { a: leftOverNear(leftA, 1 / ratio), b: leftOverNear(leftB, ratio) };
  const elsewhere = sameLanguage ? { a: () => figuresA, b: () => figuresB } : leftOver;
  // (two republications in one language: the sentences one of them adds, background.ts)
  const added = sameLanguage ? new AddedSentences([options.sentencesA, options.sentencesB], langA, leftA, leftB) : undefined;
  // (the weekdays each version names, by sentence; for two republications, anywhere too: the days of its story)
  const weekdays = { a: weekdaysBySentence(options.sentencesA, langA), b: weekdaysBySentence(options.sentencesB, langB) };
  const storyWeekdays = sameLanguage ? { a: weekdays.a.flat(), b: weekdays.b.flat() } : undefined;
  for (const [i, g] of allGroups.entries()) {
    // the figures the neighbouring beads leave without a counterpart (orphan sentences have no
    // neighbours): a figure a translator moved into the sentence before or after is missing here and
    // added there
    const near = i < groups.length ? [paired[i - 1], paired[i + 1]].filter((x): x is PairedGroup => x !== undefined) : [];
    const neighbours = { a: near.flatMap((x) => x.unpairedA), b: near.flatMap((x) => x.unpairedB) };
    const { matches: ms, mismatches: mms, judgement } = assessGroup(g, paired[i], langA, langB, options, { ...neighbours, elsewhere, leftOver, added, earlier: matches, weekdays, storyWeekdays }, entities);
    for (const m of ms) matches.push(m);
    for (const m of mms) {
      if (sameLanguage && m.kind === 'value' && m.level === 'drift' && listedApart(m, [g.figA, g.figB], [options.sentencesA, options.sentencesB], [figuresA, figuresB], langA)) {
        m.level = 'review';
        m.confidence = LISTED_APART_CONFIDENCE;
      }
      mismatches.push(m);
    }
    if (!judgement.translation) notTranslations.push({ a: g.a, b: g.b, cues: judgement.cues });
  }
  if (sameLanguage && options.sentencesA && options.sentencesB) pairMovedAndChanged(mismatches, allGroups, [figuresA, figuresB], langA, langB, options);
  const read = <F extends Figure | null>(f: F): F => (f && (asRead.get(f) as F)) ?? f;
  return {
    matches: matches.map((m) => (asRead.size ? { ...m, aFigure: read(m.aFigure), bFigure: read(m.bFigure) } : m)),
    mismatches: mismatches.map((m, i) => ({ id: `m${i + 1}`, ...m, ...(asRead.size ? { aFigure: read(m.aFigure), bFigure: read(m.bFigure) } : {}) })),
    notTranslations,
  };
}

/** How far apart (a share of the larger) two numbers may be for closeFigures. */
const CLOSE_NUMBERS = 0.01;
/** How many minutes apart two clock times may be for closeFigures. */
const CLOSE_MINUTES = 30;
/**
 * The share of their words (sentenceOverlap) two sentences need for a close figure dropped from one and added in the
 * other to be one figure changed (closeFigures), where a figure of any other values needs REWORDS: on two fresh sets of
 * real republications the prison's inmates, *2.072 tahanan dan narapidana* ↔ *2.069 napi dan tahanan*, stood in
 * sentences that share 0.23 of their words, an eruption's hour (*14.53 WIB* ↔ *sekitar pukul 15.00 WIB*) in ones that
 * share 0.27, a crash's (*06.03* ↔ *sekitar pukul 06.30 WIB*) 0.25.
 */
const SHARES_SOME = 0.1;

/** The confidence of a figure changed in a sentence moved: as sure as a dropped figure's, less than one paired in place. */
const MOVED_CHANGED_CONFIDENCE = 0.8;

/**
 * Two versions in one language (two outlets' versions of a story): a figure one version drops from a sentence and one
 * the other adds in a sentence that rewords it (sentenceOverlap, REWORDS), or that shares some of its words with a figure
 * close to it (closeFigures, SHARES_SOME), two beads away or more (moved) are one figure changed,
 * not two facts (*data terbaru yang dihimpun BNPB per pukul 16.14 WIB* high in one story, *… per pukul 14.14 WIB* low
 * in the other): their two mismatches become one, of the kind the pair makes, at level drift. In place, in `mismatches`.
 */
function pairMovedAndChanged(
  mismatches: Array<Omit<Mismatch, 'id'>>,
  groups: readonly Group[],
  [figuresA, figuresB]: [readonly Figure[], readonly Figure[]],
  langA: Lang,
  langB: Lang,
  options: CompareOptions,
): void {
  const sa = options.sentencesA!;
  const sb = options.sentencesB!;
  // (each sentence's bead: two sentences in neighbouring beads are rows a user or the aligner set apart, not one moved)
  const beadOfA = new Map(groups.flatMap((g, k) => g.a.map((i) => [i, k] as const)));
  const beadOfB = new Map(groups.flatMap((g, k) => g.b.map((j) => [j, k] as const)));
  const dropped = mismatches.filter((m) => m.kind === 'missing' && m.aFigure);
  const added = mismatches.filter((m) => m.kind === 'added' && m.bFigure);
  if (!dropped.length || !added.length) return;
  const candidates: Array<{ x: Omit<Mismatch, 'id'>; y: Omit<Mismatch, 'id'>; overlap: number }> = [];
  for (const x of dropped) {
    const fa = x.aFigure!;
    for (const y of added) {
      const fb = y.bFigure!;
      const ka = beadOfA.get(fa.sentence);
      const kb = beadOfB.get(fb.sentence);
      if (fa.kind !== fb.kind || ka === undefined || kb === undefined || Math.abs(ka - kb) < 2) continue;
      // (a sentence that states the other's figure too is another sentence about it: *17 Meninggal, 19 Orang Terluka*)
      if (figuresB.some((o) => o.sentence === fb.sentence && sameFigureValue(fa, o, { f: langA, o: langB })) || figuresA.some((o) => o.sentence === fa.sentence && sameFigureValue(fb, o, { f: langB, o: langA }))) continue;
      // (two dates of other shapes, a day against a month, are two dates of other roles: a press conference, a month reported)
      if (fa.kind === 'date' && String(fa.value).replace(/\d/g, '9') !== String(fb.value).replace(/\d/g, '9')) continue;
      const overlap = sentenceOverlap(String(sa[fa.sentence]?.text ?? ''), String(sb[fb.sentence]?.text ?? ''), langA);
      if (overlap >= REWORDS || (overlap >= SHARES_SOME && closeFigures(fa, fb))) candidates.push({ x, y, overlap });
    }
  }
  candidates.sort((p, q) => q.overlap - p.overlap);
  const used = new Set<Omit<Mismatch, 'id'>>();
  for (const { x, y } of candidates) {
    if (used.has(x) || used.has(y)) continue;
    const a = x.aFigure!;
    const b = y.bFigure!;
    const [ia] = sideInfos([a], langA, options, sa);
    const [ib] = sideInfos([b], langB, options, sb);
    const ev = evaluatePair(ia, ib);
    // (the same figure is found moved already; another unit is another fact)
    if (!ev || ev.verdict.type === 'match' || ev.verdict.kind === 'unit') continue;
    used.add(x).add(y);
    const m = mismatch({ a: [a.sentence], b: [b.sentence], figA: [a], figB: [b] }, ev.verdict.kind, a, b, ev.verdict.detail);
    m.confidence = MOVED_CHANGED_CONFIDENCE;
    m.level = 'drift';
    mismatches.splice(mismatches.indexOf(x), 1, m);
    mismatches.splice(mismatches.indexOf(y), 1);
  }
}

/**
 * Two figures of one kind that are close: numbers of 100 or more that differ by a hundredth at most or in the order of
 * their digits (*2.072 tahanan* ↔ *2.069 napi*, 686 ↔ 668), clock times at most half an hour apart (*14.53 WIB* ↔
 * *sekitar pukul 15.00 WIB*, *06.03* ↔ *06.30*): one figure miscopied, rounded or updated, not two facts that happen to
 * be close.
 */
function closeFigures(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'time') {
    const [x, y] = [parseTime(a.value), parseTime(b.value)];
    return x !== undefined && y !== undefined && x !== y && Math.abs(x - y) <= CLOSE_MINUTES;
  }
  if (typeof a.value !== 'number' || typeof b.value !== 'number') return false;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  if (Math.min(x, y) < 100 || x === y) return false;
  return sameDigits(x, y) || Math.abs(x - y) / Math.max(x, y) <= CLOSE_NUMBERS;
}

function orphanOrder(x: Group, y: Group): number {
  const sx = x.a.length ? x.a[0] : Number.MAX_SAFE_INTEGER;
  const sy = y.a.length ? y.a[0] : Number.MAX_SAFE_INTEGER;
  return sx - sy || (x.b[0] ?? 0) - (y.b[0] ?? 0);
}

interface Outcome {
  /** Sort key within the group: the A figure's place when there is one, else the B figure's. */
  order: [number, number];
  match?: Match;
  mismatch?: Omit<Mismatch, 'id'>;
  detail?: VerdictDetail;
}

/** A group with its figures paired: the outcomes (mismatches not yet assessed) and what is left over. */
interface PairedGroup {
  figA: Figure[];
  figB: Figure[];
  infoA: FigureInfo[];
  infoB: FigureInfo[];
  outcomes: Outcome[];
  unpairedA: Figure[];
  unpairedB: Figure[];
}

function pairGroup(g: Group, langA: Lang, langB: Lang, options: CompareOptions): PairedGroup {
  const figA = [...g.figA].sort(byPosition);
  const figB = [...g.figB].sort(byPosition);
  const infoA = sideInfos(figA, langA, options, options.sentencesA);
  const infoB = sideInfos(figB, langB, options, options.sentencesB);
  const outcomes: Outcome[] = [];
  // the same words on both sides state the same figures: pair them by place, no mismatch
  const same = sameTextPairs(g.a, g.b, figA, figB, options.sentencesA, options.sentencesB);
  if (same) {
    for (const [i, j] of same) {
      const a = figA[i];
      const b = figB[j];
      const detail: VerdictDetail = { valueA: String(a.value), valueB: String(b.value) };
      outcomes.push({ order: [i, j], match: { a: g.a, b: g.b, status: 'exact', aFigure: a, bFigure: b, ...explainMatch('exact', a, b, detail) } });
    }
    return { figA, figB, infoA, infoB, outcomes, unpairedA: [], unpairedB: [] };
  }
  const pairs = measureBeforeConversion(assignPairs(figurePairCosts(infoA, infoB), UNPAIRED_COST), infoA, infoB);
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  for (const [i, j] of pairs) {
    const ev = evaluatePair(infoA[i], infoB[j]);
    if (!ev) continue;
    pairedA.add(i);
    pairedB.add(j);
    const a = figA[i];
    const b = figB[j];
    const order: [number, number] = [i, j];
    const lost = ev.verdict.type === 'match' ? lostDatePart(a, b, { figuresA: figA, figuresB: figB, sentencesA: options.sentencesA, sentencesB: options.sentencesB }) : undefined;
    // the same number playing another part in a change (the increase rendered as the level reached)
    // (or a percent one version gives as a contribution to another figure, the other as a rate of its own)
    const roles =
      ev.verdict.type === 'match' && !lost ? (differingRoles(a, b, ev.verdict.status, { ...options, langA, langB }) ?? differingContribution(a, b, { ...options, langA, langB })) : undefined;
    // an amount per year against the same amount as a total (*17 miliar dolar AS per tahun* ↔ "US$17 billion")
    const rates = ev.verdict.type === 'match' ? differingRatePeriods(a, b, { ...options, langA, langB }) : undefined;
    if (rates) {
      const detail: VerdictDetail = { valueA: a.value as number, valueB: b.value as number, rates };
      outcomes.push({ order, mismatch: mismatch(g, 'unit', a, b, detail), detail });
    } else if (lost) {
      const detail: VerdictDetail = { valueA: String(a.value), valueB: String(b.value), dateParts: [lost] };
      outcomes.push({ order, mismatch: mismatch(g, 'date', a, b, detail), detail });
    } else if (roles) {
      const detail: VerdictDetail = { valueA: a.value as number, valueB: b.value as number, roles };
      outcomes.push({ order, mismatch: mismatch(g, 'qualifier', a, b, detail), detail });
    } else if (ev.verdict.type === 'match' || (ev.verdict.kind === 'value' && lossSaidAsMinus(a, b, { ...options, langA, langB }))) {
      // a match, or a loss one side says in words and the other with a minus (*rugi Rp3 miliar* ↔ "minus Rp3 billion")
      const status = ev.verdict.type === 'match' ? ev.verdict.status : 'converted';
      outcomes.push({
        order,
        match: { a: g.a, b: g.b, status, aFigure: a, bFigure: b, ...explainMatch(status, a, b, ev.verdict.detail) },
      });
    } else {
      outcomes.push({ order, mismatch: mismatch(g, ev.verdict.kind, a, b, ev.verdict.detail), detail: ev.verdict.detail });
    }
  }
  // a conversion beside a paired measure: one that does not restate it (`450 km (380 miles)`) is a value drift against the
  // other version's figure; one that does (`521 hectares (1,287 acres)`) a converted match with it
  for (const { pair, side, wrong } of conversionsOfPairedMeasures(pairs, infoA, infoB)) {
    const [i, j] = pair;
    const a = figA[i];
    const b = figB[j];
    if (wrong && (typeof a.value !== 'number' || typeof b.value !== 'number')) continue;
    (side === 'a' ? pairedA : pairedB).add(side === 'a' ? i : j);
    if (!wrong) {
      const detail: VerdictDetail = { valueA: a.value, valueB: b.value };
      outcomes.push({ order: [i, j], match: { a: g.a, b: g.b, status: 'converted', aFigure: a, bFigure: b, ...explainMatch('converted', a, b, detail) } });
      continue;
    }
    const detail: VerdictDetail = { valueA: a.value as number, valueB: b.value as number, conceptA: infoA[i].concept?.name, conceptB: infoB[j].concept?.name, wrongConversion: true };
    outcomes.push({ order: [i, j], mismatch: mismatch(g, 'value', a, b, detail), detail });
  }
  // the whole of a proportion whose part matched the other version's share (*satu dari lima* ↔ *seperlima*): that match says it
  const wholeSaid = (side: readonly Figure[], paired: Set<number>, partners: ReadonlyMap<number, Figure>) =>
    side.forEach((f, k) => {
      const part = side[k - 1];
      const partner = partners.get(k - 1);
      const share = !!partner && partner.outOf === undefined && (partner.kind === 'percent' || (typeof partner.value === 'number' && partner.value > 0 && partner.value < 1));
      if (f.whole && !paired.has(k) && part?.outOf === f.value && share) paired.add(k);
    });
  if (figA.some((f) => f.whole) || figB.some((f) => f.whole)) {
    const matchedB = new Map(outcomes.flatMap((o) => (o.match ? [[figA.indexOf(o.match.aFigure), o.match.bFigure] as [number, Figure]] : [])));
    const matchedA = new Map(outcomes.flatMap((o) => (o.match ? [[figB.indexOf(o.match.bFigure), o.match.aFigure] as [number, Figure]] : [])));
    wholeSaid(figA, pairedA, matchedB);
    wholeSaid(figB, pairedB, matchedA);
  }
  figA.forEach((a, i) => {
    if (!pairedA.has(i)) outcomes.push({ order: [i, -1], mismatch: mismatch(g, 'missing', a, null) });
  });
  figB.forEach((b, j) => {
    if (pairedB.has(j)) return;
    // Place an added figure after the A figures that precede it in relative position.
    const rel = figB.length <= 1 ? 0.5 : j / (figB.length - 1);
    const slot = figA.length === 0 ? 0 : rel * (figA.length - 1) + 0.5;
    outcomes.push({ order: [slot, j], mismatch: mismatch(g, 'added', null, b) });
  });
  outcomes.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]);
  return {
    figA,
    figB,
    infoA,
    infoB,
    outcomes,
    unpairedA: figA.filter((_, i) => !pairedA.has(i)),
    unpairedB: figB.filter((_, j) => !pairedB.has(j)),
  };
}

/**
 * The figures of one side of a bead that are left over or paired with a figure that disagrees in value or date: where
 * a figure of the other version may have gone when it is not found in its own bead.
 */
function loose(pg: PairedGroup, side: 'a' | 'b'): Figure[] {
  const out = [...(side === 'a' ? pg.unpairedA : pg.unpairedB)];
  for (const o of pg.outcomes) {
    const m = o.mismatch;
    if (m && (m.kind === 'value' || m.kind === 'date') && m.aFigure && m.bFigure) out.push(side === 'a' ? m.aFigure : m.bFigure);
  }
  return out;
}

/**
 * Undoes the pairs that disagree in value or date one figure of which the other version states, left over or paired
 * as wrongly, in a neighbouring bead or a few sentences away: that figure's counterpart moved there (*Sabtu (22/2)*
 * paired with *27 November 2024* while the other outlet dates the vote *Sabtu, 22 Februari 2025* four sentences
 * up; "75.5 percent" paired with *76,8 persen* while *75,5 persen* stands in the sentence before). Both figures are
 * left over instead: the moved one is then found moved, and the other is reported for what it is, dropped or added
 * (*76,8 persen*: the other version leaves the tax take out). Judged on the pairs as paired, then undone together.
 */
function splitMovedPairs(paired: PairedGroup[], groups: readonly Group[], inOrder: number, ratio: number, [langA, langB]: [Lang, Lang]): void {
  const crossLanguage = langA !== langB;
  const far = { a: leftOverNear(paired.flatMap((x) => loose(x, 'a')), 1 / ratio), b: leftOverNear(paired.flatMap((x) => loose(x, 'b')), ratio) };
  const undo: Array<{ pg: PairedGroup; g: Group; o: Outcome }> = [];
  // the figure each figure of a pair that disagrees is paired with
  const swapped = new Map<Figure, Figure>();
  for (const pg of paired) {
    for (const o of pg.outcomes) {
      const m = o.mismatch;
      if (m?.aFigure && m.bFigure) swapped.set(m.bFigure, m.aFigure).set(m.aFigure, m.bFigure);
    }
  }
  paired.forEach((pg, i) => {
    const g = groups[i];
    // (the neighbouring beads' loose figures, gathered once per bead)
    let near: { a: Figure[]; b: Figure[] } | undefined;
    for (const o of pg.outcomes) {
      const m = o.mismatch;
      if (!m || (m.kind !== 'value' && m.kind !== 'date') || !m.aFigure || !m.bFigure) continue;
      // (two dates of one month and day that differ in the year, or in a part one leaves unsaid, are rightly paired:
      // *Mei* ↔ "May 2008" beside *Mei 2008* ↔ "May" the next line is the month said twice, not moved)
      if (m.kind === 'date' && !o.detail?.dateParts?.some((p) => p === 'month' || p === 'day')) continue;
      if (!near) {
        const beside = i < inOrder ? [paired[i - 1], paired[i + 1]].filter((x): x is PairedGroup => x !== undefined) : [];
        near = { a: beside.flatMap((x) => loose(x, 'a')), b: beside.flatMap((x) => loose(x, 'b')) };
      }
      const thereA = [...near.a, ...far.a(m.bFigure).filter((x) => !g.a.includes(x.sentence))];
      const thereB = [...near.b, ...far.b(m.aFigure).filter((x) => !g.b.includes(x.sentence))];
      const toB = sameFigureIn(m.aFigure, thereB, { f: langA, o: langB });
      const toA = sameFigureIn(m.bFigure, thereA, { f: langB, o: langA });
      // (unless the two were swapped with another such pair, whose figures state these two the other way round: in a
      // translation, two units or lines that render each other's sentence, which the pairs say as they stand; two
      // republications reorder their sentences freely, and the aligner keeps them in order)
      if ((toB || toA) && !(crossLanguage && toB && toA && swapped.get(toB) === toA)) undo.push({ pg, g, o });
    }
  });
  for (const { pg, g, o } of undo) {
    const m = o.mismatch!;
    const a = m.aFigure!;
    const b = m.bFigure!;
    pg.outcomes.splice(pg.outcomes.indexOf(o), 1, { order: [o.order[0], -1], mismatch: mismatch(g, 'missing', a, null) }, { order: o.order, mismatch: mismatch(g, 'added', null, b) });
    pg.unpairedA.push(a);
    pg.unpairedA.sort(byPosition);
    pg.unpairedB.push(b);
    pg.unpairedB.sort(byPosition);
  }
}

/** How many sentences from its place a figure a version moved is looked for (beyond the neighbouring beads). */
const MOVED_REACH = 5;
/** The value of a date that is a year alone (`2008`) or a month alone (`--05`). */
const BARE_YEAR_OR_MONTH = /^(?:\d{4}|--\d{2})$/;

/**
 * The figures one version leaves without a counterpart, looked up by place: those within MOVED_REACH sentences
 * of where the other version's figure `f` stands (its sentence times `scale`, the ratio of the sentence counts),
 * counted in the longer version's sentences, so that each of two figures is found from the other (the version of
 * 18 sentences has moved a figure of the one of 8 as far from its place as that one has moved it from its own).
 * None for a bare year or month, which recurs in a story too often to tell a moved one (`2008`, `May`).
 */
function leftOverNear(figures: readonly Figure[], scale: number): (f: Figure) => Figure[] {
  const bySentence = new Map<number, Figure[]>();
  for (const o of figures) {
    const list = bySentence.get(o.sentence);
    if (list) list.push(o);
    else bySentence.set(o.sentence, [o]);
  }
  return (f) => {
    if (f.kind === 'date' && BARE_YEAR_OR_MONTH.test(String(f.value))) return [];
    const at = f.sentence * scale;
    const r = MOVED_REACH * Math.max(1, scale);
    const out: Figure[] = [];
    for (let s = Math.ceil(at - r); s <= at + r; s++) out.push(...(bySentence.get(s) ?? []));
    return out;
  };
}

/** How many sentences back a figure both versions stated may be referred back to (*14 BUMN* ↔ `the companies`). */
const SAID_BEFORE_REACH = 5;
/** How many of the latest matches are looked through for a figure said before. */
const SAID_BEFORE_SCAN = 200;

/**
 * A count of things this bead drops (or adds) that both versions stated, and agreed on, a few sentences before (*14 BUMN
 * itu* ↔ `the companies`, after both counted the 14 firms): a reference back, which the other version makes without the
 * number; its reader learnt the figure already (guideline section 18). Not a lone `one`; not an amount, a share or a
 * date, which a story says again of other things (tried on every kind: the judged flags lost real ones).
 */
function saidBefore(m: Omit<Mismatch, 'id'>, earlier: readonly Match[] | undefined, lang: Lang): boolean {
  const f = m.kind === 'missing' ? m.aFigure : m.kind === 'added' ? m.bFigure : null;
  // (a count of things only: an amount or a share said again is as often another one of the same size)
  if (!f || !earlier || f.kind !== 'count' || !f.unit) return false;
  const side = m.kind === 'missing' ? 'aFigure' : 'bFigure';
  // (the figure is looked for among its own version's figures: one language)
  const langs = { f: lang, o: lang };
  // (the matches come bead by bead in order: the last few hundred hold any within reach, and a long document is not
  // searched whole for every mismatch)
  for (let k = earlier.length - 1, seen = 0; k >= 0 && seen < SAID_BEFORE_SCAN; k--, seen++) {
    const x = earlier[k][side];
    if (x.sentence < f.sentence && f.sentence - x.sentence <= SAID_BEFORE_REACH && sameFigureValue(f, x, langs)) return true;
  }
  return false;
}

/** Sets the confidence and level of every mismatch of a paired group, from the bead and its neighbours. */
function assessGroup(
  g: Group,
  pg: PairedGroup,
  langA: Lang,
  langB: Lang,
  options: CompareOptions,
  neighbours: {
    a: Figure[];
    b: Figure[];
    /** Where else a figure of a version may have gone: the other version's figures a few sentences from its place that it leaves over (all of them, for two versions in one language). */
    elsewhere: { a: (f: Figure) => Figure[]; b: (f: Figure) => Figure[] };
    /** The figures the other version leaves over a few sentences from a figure's place. */
    leftOver: { a: (f: Figure) => Figure[]; b: (f: Figure) => Figure[] };
    added?: AddedSentences;
    /** The weekdays each version names, by sentence (weekdaysBySentence). */
    weekdays: { a: readonly WeekdayMention[][]; b: readonly WeekdayMention[][] };
    /** Two versions in one language: the weekdays each names in any sentence. */
    storyWeekdays?: { a: WeekdayMention[]; b: WeekdayMention[] };
    /** The matches of the beads before this one (a figure both versions stated there may be referred back to here). */
    earlier?: readonly Match[];
  },
  entities: { a: EntitiesBySentence; b: EntitiesBySentence },
): { matches: Match[]; mismatches: Array<Omit<Mismatch, 'id'>>; judgement: BeadJudgement } {
  const { figA, figB, infoA, infoB, outcomes } = pg;
  const context = {
    unpairedA: pg.unpairedA,
    unpairedB: pg.unpairedB,
    figuresA: figA,
    figuresB: figB,
    matches: outcomes.filter((o) => o.match).length,
    // a qualifier mismatch pairs the same number under another hedge or bound: an anchor like a match
    anchors: outcomes.filter((o) => o.match || o.mismatch?.kind === 'qualifier').length,
    crossLanguage: langA !== langB,
    storyWeekdaysA: neighbours.storyWeekdays?.a,
    storyWeekdaysB: neighbours.storyWeekdays?.b,
    weekdaysA: weekdaysOf(g.a, neighbours.weekdays.a),
    weekdaysB: weekdaysOf(g.b, neighbours.weekdays.b),
    relativeYearA: unmatchedRelativeYear(g.a, options.sentencesA, langA, g.b, options.sentencesB, langB),
    relativeYearB: unmatchedRelativeYear(g.b, options.sentencesB, langB, g.a, options.sentencesA, langA),
    relativeYearKindsA: relativeYearKindsIn(g.a, options.sentencesA, langA),
    relativeYearKindsB: relativeYearKindsIn(g.b, options.sentencesB, langB),
    relativeMonthA: relativeMonthIn(g.a, options.sentencesA, langA),
    relativeMonthB: relativeMonthIn(g.b, options.sentencesB, langB),
    yearToDateA: yearToDateIn(g.a, options.sentencesA, langA),
    yearToDateB: yearToDateIn(g.b, options.sentencesB, langB),
    unrelated: false,
    wordsTranslate: false,
  };
  // Every bead of two sentences is judged, so that a bead read as no translation is told even without a figure mismatch.
  const oneLanguage = inOneLanguage(options, langA, langB);
  let judgement: BeadJudgement = { translation: true, cues: [] };
  if (options.sentencesA && options.sentencesB && g.a.length > 0 && g.b.length > 0) {
    const pairs = outcomes.filter((o) => o.mismatch?.aFigure && o.mismatch.bFigure);
    const paired = pairs.length;
    // counts and amounts paired with a counterpart of their own kind (*15 anak* ↔ "45 girls")
    const pairedAmounts = pairs.filter((o) => AMOUNT_KINDS.has(o.mismatch!.aFigure!.kind) && o.mismatch!.aFigure!.kind === o.mismatch!.bFigure!.kind).length;
    const textA = beadText(g.a, options.sentencesA, entities.a, langA);
    const textB = beadText(g.b, options.sentencesB, entities.b, langB);
    const near = pairs.filter((o) => nearValues(o.mismatch!.aFigure!, o.mismatch!.bFigure!)).length;
    // (of one language: dates and times both give that their versions give in other sentences too, the story's day)
    const givenElsewhere = (f: Figure, all: readonly Figure[], bead: readonly number[]) => all.some((o) => o.kind === f.kind && o.value === f.value && !bead.includes(o.sentence));
    const storyDate = (m: Match) => TIME_KINDS.has(m.aFigure.kind) && (givenElsewhere(m.aFigure, neighbours.elsewhere.a(m.aFigure), g.a) || givenElsewhere(m.bFigure, neighbours.elsewhere.b(m.bFigure), g.b));
    const datesMatched = oneLanguage ? outcomes.filter((o) => o.match && storyDate(o.match)).length : 0;
    const evidence = { matches: context.matches, datesMatched, paired, pairedAmounts, near, figures: figA.length + figB.length, unpaired: pg.unpairedA.length + pg.unpairedB.length };
    // (two sentences of one language are weighed by their words beside the figures: wordsBesideFigures)
    judgement = oneLanguage
      ? judgeBead({ ...textA, text: wordsBesideFigures(g.a, options.sentencesA, figA) }, { ...textB, text: wordsBesideFigures(g.b, options.sentencesB, figB) }, evidence, options.lexicon, true)
      : judgeBead(textA, textB, evidence, options.lexicon, false);
    context.unrelated = !judgement.translation;
    // only where it matters (a figure disagrees and none agrees across languages: assessMismatch's no-anchor
    // test), the words are weighed to keep such a mismatch from looking like a misaligned line
    if (context.crossLanguage && context.matches === 0 && outcomes.some((o) => o.mismatch)) {
      context.wordsTranslate = wordsTranslate(textA, textB, options.lexicon);
    }
  }
  const view = { figuresA: figA, figuresB: figB, textA: joinedText(g.a, options.sentencesA), textB: joinedText(g.b, options.sentencesB) };
  // (a figure of A looked for in B, and one of B in A; a missing figure is A's, an added one B's)
  const fromA = { f: langA, o: langB };
  const fromB = { f: langB, o: langA };
  const langsOf = (kind: Mismatch['kind']) => (kind === 'missing' ? fromA : fromB);
  // where a figure this bead drops or adds went (or came from): the same value, unpaired, in a neighbouring bead of the
  // other version, or in a sentence a little further away (further than that the same value is as likely another figure)
  const movedNear = (m: Omit<Mismatch, 'id'>): Figure | undefined =>
    m.kind === 'missing' && m.aFigure ? sameFigureIn(m.aFigure, neighbours.b, fromA) : m.kind === 'added' && m.bFigure ? sameFigureIn(m.bFigure, neighbours.a, fromB) : undefined;
  const movedAway = (m: Omit<Mismatch, 'id'>): Figure | undefined =>
    m.kind === 'missing' && m.aFigure
      ? sameFigureIn(m.aFigure, neighbours.elsewhere.b(m.aFigure).filter((x) => !g.b.includes(x.sentence)), fromA)
      : m.kind === 'added' && m.bFigure
        ? sameFigureIn(m.bFigure, neighbours.elsewhere.a(m.bFigure).filter((x) => !g.a.includes(x.sentence)), fromB)
        : undefined;
  // A year (or month) alone recurs in a story too often to be found moved by its value (leftOverNear), but one that
  // went with another figure of its sentence into the same sentence of the other version moved with it (*Untuk 2025,
  // … 735 juta ton* opening the other outlet's story)
  const movedWith = (m: Omit<Mismatch, 'id'>): Figure | undefined => {
    const f = m.kind === 'missing' ? m.aFigure : m.kind === 'added' ? m.bFigure : null;
    if (!f || f.kind !== 'date' || !BARE_YEAR_OR_MONTH.test(String(f.value))) return undefined;
    for (const o of outcomes) {
      const c = o.mismatch;
      const cf = c && c.kind === m.kind ? (c.kind === 'missing' ? c.aFigure : c.bFigure) : null;
      if (!c || !cf || cf === f || cf.sentence !== f.sentence || (cf.kind === 'date' && BARE_YEAR_OR_MONTH.test(String(cf.value)))) continue;
      const to = movedNear(c) ?? movedAway(c);
      if (!to) continue;
      const there = (m.kind === 'missing' ? neighbours.elsewhere.b(cf) : neighbours.elsewhere.a(cf)).concat(m.kind === 'missing' ? neighbours.b : neighbours.a);
      const found = sameFigureIn(f, there.filter((x) => x.sentence === to.sentence), langsOf(m.kind));
      if (found) return found;
    }
    return undefined;
  };
  // the figures of the bead the other version states elsewhere: no sign that this bead's sentences state other figures
  // (where each mismatch's figure went, looked up once: the assessment below reads it too)
  const wentNear = new Map(outcomes.flatMap((o) => (o.mismatch ? [[o.mismatch, movedNear(o.mismatch)] as const] : [])));
  const wentAway = new Map(outcomes.flatMap((o) => (o.mismatch ? [[o.mismatch, wentNear.get(o.mismatch) ?? movedAway(o.mismatch)] as const] : [])));
  const settled = new Set<Figure>();
  for (const [m, to] of wentAway) if (to) settled.add((m.aFigure ?? m.bFigure)!);
  // the sentences (by side: `missing:3`, `added:5`) a figure of which the other version states elsewhere, left over
  // there too (under another hedge, maybe: a qualifier changed in a sentence moved), each with the sentences of the
  // other version it stands in there
  const movedFiguresTo = new Map<string, Set<number>>();
  if (neighbours.added)
    for (const o of outcomes) {
      const m = o.mismatch;
      const f = m?.kind === 'missing' ? m.aFigure : m?.kind === 'added' ? m.bFigure : null;
      if (!m || !f) continue;
      const there = m.kind === 'missing' ? [...neighbours.b, ...neighbours.leftOver.b(f)] : [...neighbours.a, ...neighbours.leftOver.a(f)];
      for (const x of there) {
        if (!sameFigureValue(f, x, langsOf(m.kind))) continue;
        const key = `${m.kind}:${f.sentence}`;
        movedFiguresTo.set(key, (movedFiguresTo.get(key) ?? new Set<number>()).add(x.sentence));
      }
    }
  for (const o of outcomes) {
    const m = o.mismatch;
    if (!m) continue;
    const ia = m.aFigure ? infoA[figA.indexOf(m.aFigure)] : undefined;
    const ib = m.bFigure ? infoB[figB.indexOf(m.bFigure)] : undefined;
    const families = { familyA: ia?.concept?.family, familyB: ib?.concept?.family };
    const comparatives =
      m.kind === 'qualifier'
        ? {
            comparativeA: comparativeOf(m.aFigure, options.sentencesA, langA),
            comparativeB: comparativeOf(m.bFigure, options.sentencesB, langB),
            negated: negatedOf(m.aFigure, options.sentencesA, langA) || negatedOf(m.bFigure, options.sentencesB, langB),
          }
        : {};
    // a figure this bead drops (or adds) that the other version states, unpaired, in a neighbouring bead was moved
    const moved = wentNear.get(m);
    const movedFar = wentAway.get(m) ?? movedWith(m);
    // (a figure of a sentence one republication adds beside the other's: background; unless another figure of that
    // sentence is found elsewhere in the other version, which makes it that sentence reworded, misaligned)
    const added = neighbours.added;
    const movedKey = `${m.kind}:${(m.aFigure ?? m.bFigure)?.sentence}`;
    const addedSentence =
      !!added &&
      !movedFiguresTo.has(movedKey) &&
      (m.kind === 'missing' && m.aFigure ? added.has(m.aFigure, 0, g.b, pg.unpairedA, figA) : m.kind === 'added' && m.bFigure ? added.has(m.bFigure, 1, g.a, pg.unpairedB, figB) : false);
    // (a figure of a clause one republication adds to a sentence both carry: background too; the sentence is looked for
    // in the other version's sentences of the bead and in those its other figures moved to)
    const movedTo = movedFiguresTo.get(movedKey) ?? [];
    const addedClause =
      !!added &&
      !addedSentence &&
      (m.kind === 'missing' && m.aFigure && g.b.length > 0
        ? added.inClauseNotCarried(m.aFigure, 0, [...g.b, ...movedTo], figA)
        : m.kind === 'added' && m.bFigure && g.a.length > 0
          ? added.inClauseNotCarried(m.bFigure, 1, [...g.a, ...movedTo], figB)
          : false);
    // (two values that differ only in sign: does the positive one's sentence say a fall or a loss?)
    const positive = m.kind === 'value' && m.aFigure && m.bFigure && typeof m.aFigure.value === 'number' && typeof m.bFigure.value === 'number' && Math.sign(m.aFigure.value) !== Math.sign(m.bFigure.value) ? (m.aFigure.value > 0 ? ([m.aFigure, options.sentencesA, langA] as const) : ([m.bFigure, options.sentencesB, langB] as const)) : undefined;
    const fallSaid = positive ? fallOrLossSaid(...positive) : undefined;
    const yearEnded = m.kind === 'missing' ? endsAYearOf(m.aFigure, options.sentencesA, langA) : m.kind === 'added' ? endsAYearOf(m.bFigure, options.sentencesB, langB) : false;
    const { confidence, level } = assessMismatch(m.kind, m.aFigure, m.bFigure, o.detail, {
      ...context,
      saidBefore: saidBefore(m, neighbours.earlier, langsOf(m.kind).f),
      ...families,
      ...comparatives,
      addedSentence,
      addedClause,
      fallSaid,
      movedNearby: moved !== undefined,
      settled,
      movedElsewhere: movedFar !== undefined,
      yearEnded,
      wordsUnread: wordsUnreadFor(m, options),
    });
    m.confidence = confidence;
    m.level = level;
    if (movedFar) Object.assign(m, explainMoved(m.kind as 'missing' | 'added', m.aFigure, m.bFigure, movedFar, moved === undefined));
    // a figure the other version states in another form (repeated, relative year, span of months, derived): review only
    if (accountedFor(m.kind, m.aFigure, m.bFigure, view)) {
      m.confidence = Math.min(confidence, ACCOUNTED_CONFIDENCE);
      m.level = 'review';
    }
    // a figure the other version states in words the reader does not take for a figure (a name, `both`, `the companies`): review only
    const unread = renderedUnread(m.kind, m.aFigure, m.bFigure, view, { langA, langB });
    if (unread) {
      m.confidence = Math.min(m.confidence, UNREAD_CONFIDENCE);
      m.level = 'review';
      Object.assign(m, explainUnread(m, unread));
    }
    // a bead whose sentences are not translations of each other: its mismatches are for review, and say why
    if (!judgement.translation) markNotTranslation(m, judgement);
    // (two versions in one language: a pair of figures of two sentences of a longer bead that share few words is no
    // figure reworded, *… transportasi inflasi 8,88% dan memberikan andil 1,08%* against *Inflasi tahun kalender 4,84%*)
    else if (oneLanguage && m.aFigure && m.bFigure && (g.a.length > 1 || g.b.length > 1) && m.aFigure.sentence !== undefined && m.bFigure.sentence !== undefined) {
      const apart = judgeBead(beadText([m.aFigure.sentence], options.sentencesA ?? [], entities.a, langA), beadText([m.bFigure.sentence], options.sentencesB ?? [], entities.b, langB), { matches: 0, figures: 2, paired: 1 }, undefined, true);
      if (!apart.translation) markNotTranslation(m, apart);
    }
  }
  const mismatches = outcomes.flatMap((o) => (o.mismatch ? [o.mismatch] : []));
  // each version names one weekday, another one (guideline section 4b): a date mismatch of its own
  const sa = options.sentencesA;
  const sb = options.sentencesB;
  const role = (sentences: readonly Sentence[]) => (w: WeekdayMention) => {
    const s = sentences.find((x) => x.start <= w.start && w.start < x.end);
    return s && typeof s.text === 'string' ? weekdayRole(w, s.text, s.start) : 'event';
  };
  const relativeDay = RELATIVE_DAY.test(view.textA) || RELATIVE_DAY.test(view.textB);
  const days = sa && sb && !relativeDay ? differingWeekdays(context.weekdaysA, context.weekdaysB, figA, figB, role(sa), role(sb)) : undefined;
  // a mismatch of two mentions compared whole, assessed and marked like any other
  const whole = (kind: MismatchKind, a: Figure | null, b: Figure | null, detail: VerdictDetail) => {
    const m = mismatch(g, kind, a, b, detail);
    const { confidence, level } = assessMismatch(kind, a, b, detail, context);
    m.confidence = confidence;
    m.level = level;
    if (!judgement.translation) markNotTranslation(m, judgement);
    mismatches.push(m);
  };
  if (days && sa && sb) {
    const a = weekdayFigure(days[0], sa);
    const b = weekdayFigure(days[1], sb);
    whole('date', a, b, { valueA: String(a.value), valueB: String(b.value), dateParts: ['weekday'] });
  }
  if (sa && sb) {
    // each version states one score, another one (`3-1` ↔ "2-1"), or a game of a list: a value mismatch of its own
    const [scoresA, scoresB] = [mentionsOf(g.a, sa, scoresIn), mentionsOf(g.b, sb, scoresIn)];
    // (a game of a list is compared as written: its order says who won it)
    for (const [x, y] of differingScores(scoresA, scoresB)) {
      const [fa, fb] = [x && scoreFigure(x, sa, x.inList), y && scoreFigure(y, sb, y.inList)];
      whole(fa && fb ? 'value' : fa ? 'missing' : 'added', fa, fb, { valueA: fa ? String(fa.value) : '', valueB: fb ? String(fb.value) : '' });
    }
    // another number under the same label (`Pasal 33` ↔ "Article 34"): a value mismatch of its own
    for (const [x, y] of differingLabelledNumbers(mentionsOf(g.a, sa, labelledNumbersIn), mentionsOf(g.b, sb, labelledNumbersIn))) {
      whole('value', labelledFigure(x, sa), labelledFigure(y, sb), { valueA: x.value, valueB: y.value });
    }
  }
  return {
    matches: outcomes.flatMap((o) => (o.match ? [o.match] : [])),
    mismatches,
    judgement,
  };
}

function mismatch(
  g: Group,
  kind: MismatchKind,
  a: Figure | null,
  b: Figure | null,
  detail?: VerdictDetail,
): Omit<Mismatch, 'id'> {
  return {
    key: mismatchKey(kind, a, b),
    a: g.a,
    b: g.b,
    kind,
    aFigure: a,
    bFigure: b,
    ...explainMismatch(kind, a, b, detail),
    // set once the whole bead is known (see compareGroup)
    confidence: 1,
    level: 'drift',
  };
}
