import type { Entity } from '../entities/types';
import type { Figure, FigureKind } from '../figures/types';
import type { NotTranslationCue } from './bead-evidence';
import type { UnreadRendering } from './unread-renderings';

export type MatchStatus = 'exact' | 'converted' | 'rounded';

/** The kinds of mismatch, the one list every reader and writer checks against; `entity`: a name or a claim's source that differs between versions (shared/entities). */
export const MISMATCH_KINDS = ['value', 'qualifier', 'unit', 'scale', 'date', 'missing', 'added', 'ambiguous', 'entity'] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

/**
 * A message the UI translates (i18next key under `drift.*`) with its parameters;
 * `note` is the same sentence rendered in English for the CLI and exports.
 */
export interface Explanation {
  messageKey: string;
  params: Record<string, string | number>;
  note: string;
  /**
   * The facts behind the sentence, unworded: `drift/wording`'s `wordExplanation(facts, lang)`
   * says them in English or Indonesian (numbers, units, qualifiers, date parts in that
   * language). Absent on explanations made before it existed; new message kinds add fields.
   */
  facts?: ExplanationFacts;
}

/** What an explanation says, as data (see `Explanation.facts`). Fields are added, never renamed. */
export interface ExplanationFacts {
  /** The i18n key: `drift.<kind>` or `drift.match.<status>`. */
  messageKey: string;
  /** The figures as written. */
  a: string;
  b: string;
  /** The readings that decided (numbers, `LOW..HIGH`, ISO dates, times). */
  valueA?: number | string;
  valueB?: number | string;
  /** Qualifier codes (`more-than`, `about`, …). */
  qualifierA?: string;
  qualifierB?: string;
  /** For the same number playing another part in a change (`drift.role`): each side's part (`change`, `level`, `from`). */
  roleA?: string;
  roleB?: string;
  /** For two parts of a year of different lengths (`drift.period`): the months each covers (`6` for a half, `3` for a quarter). */
  periodA?: number;
  periodB?: number;
  /** For an amount whose rate's period differs or was dropped (`drift.rate`): each side's period (`year`, `month`, `week`, `day`, `hour`, `none`). */
  rateA?: string;
  rateB?: string;
  /** What each figure counts (concept names of the drift unit table: `troops`, `companies`). */
  unitA?: string;
  unitB?: string;
  /** The factor between two figures whose scale word changed. */
  factor?: number;
  /** Rupiah per US dollar that a wrong conversion between the two implies. */
  rate?: number;
  /** Date components that disagree (`year`, `month`, `day`). */
  dateParts?: string[];
  /** For ambiguous figures: which side is ambiguous, and its readings. */
  side?: 'a' | 'b';
  readings?: Array<number | string>;
  /**
   * For a missing / added figure the other version states in a neighbouring sentence (moved, not
   * dropped): that figure as written. The wording says so.
   */
  nearby?: string;
  /** With `nearby`: the sentence that states it is not next to the bead but further away (a sentence moved). */
  far?: boolean;
  /**
   * For a mismatch in a bead whose sentences do not read as translations of each other: why
   * (`NotTranslationCue` codes of shared/drift/bead-evidence). The wording says so.
   */
  notTranslation?: NotTranslationCue[];
  /**
   * For a missing or added figure the other version may state in words not read as a figure (a definite noun, a list
   * of names, a number word in a name …): which (`UnreadRendering` of shared/drift/unread-renderings). The wording says
   * so: it is why the finding is weaker, for review.
   */
  unread?: UnreadRendering;
}

export interface Mismatch extends Explanation {
  /** `m1`, `m2`, … in document order (CLI contract). */
  id: string;
  /** Stable key that survives re-alignment (used to attach annotations). */
  key: string;
  a: number[];
  b: number[];
  kind: MismatchKind;
  aFigure: Figure | null;
  bFigure: Figure | null;
  /**
   * How sure the engine is that the figure really changed, in [0, 1] (calibrated on labelled real
   * translations). Always set by `compareBeads`; absent only in projects saved before it existed.
   */
  confidence?: number;
  /** `drift`: the evidence says the figure changed; `review`: weak evidence, worth a look. Absent = `drift`. */
  level?: MismatchLevel;
  /**
   * True when the mismatch's bead does not read as a translation (its sentences share no figure,
   * digits or name, few words link them …): the mismatch is then at level `review`. Absent otherwise.
   */
  notTranslation?: boolean;
  /** For `entity` mismatches: the names on each side (the figures are then null). */
  aEntity?: Entity | null;
  bEntity?: Entity | null;
}

/** The level a mismatch is reported at. */
export type MismatchLevel = 'drift' | 'review';

export interface Match extends Explanation {
  a: number[];
  b: number[];
  status: MatchStatus;
  aFigure: Figure;
  bFigure: Figure;
}

export interface Comparison {
  mismatches: Mismatch[];
  matches: Match[];
  /**
   * The beads (by their sentences) whose two sides do not read as translations of each other, with
   * why (`NotTranslationCue` codes). Absent in comparisons made before it existed.
   */
  notTranslations?: NotTranslationBead[];
}

/** A bead whose sentences do not read as translations of each other, and why. */
export interface NotTranslationBead {
  a: number[];
  b: number[];
  cues: NotTranslationCue[];
}

export interface LedgerEntry {
  version: number;
  sentence: number;
  figure: Figure;
}

export interface LedgerGroup {
  id: string;
  /** What the group counts, normalised across languages (`troops`, `casualties`, `IDR`). */
  what: string;
  kind: FigureKind;
  consistent: boolean;
  entries: LedgerEntry[];
}
