import type { Lang } from '../text/types';
import type { Lexicon } from './lexicon';

/** One bead: sentence indices of side A and of side B that translate each other. */
export interface Bead {
  a: number[];
  b: number[];
  /** Confidence in [0,1]. */
  score: number;
  /** Set by the user in the workbench: a confirmed bead was checked; a locked one survives re-alignment. */
  confirmed?: boolean;
  locked?: boolean;
  /** Where the bead came from in an imported TMX/XLIFF file, so that an export writes it back the same way. */
  origin?: BeadOrigin;
}

/** An XLIFF 2 unit a bead was read from. */
/** Where whitespace between two XLIFF 2 segments stood (see BeadOrigin.gapHomes). */
export type GapHome = 'end' | 'start' | '';

export interface BeadOrigin {
  /** The unit's id. */
  unit: string;
  /** Ids of the groups around it, outermost first. */
  groups?: string[];
  /** Sentences of each `<segment>` on side A and side B (when the unit held several). */
  segments?: Array<[number, number]>;
  /** The format the unit was read from (`attrs`/`props` are written back natively only there). */
  format?: 'tmx' | 'xliff-1.2' | 'xliff-2';
  /** The XLIFF `<file>` the unit was in (2.x `id`; 1.2: its position, `1`, `2`, …). */
  file?: string;
  /** Ids of the unit's segments (XLIFF 2 `<segment id>`, 1.2 `<mrk mtype="seg" mid>`), in order; '' where none. */
  segmentIds?: string[];
  /** Each segment's state (XLIFF 2 `state`, 1.2 target `state`), in order; '' where none. */
  segmentStates?: string[];
  /** Each segment's XLIFF 2 `subState` (a tool's own state, `acme:approved`), in order; '' where none. */
  segmentSubStates?: string[];
  /** Each XLIFF 2 segment's other attributes (`canResegment`), in order; {} where none: written back while the unit's segments still fit. */
  segmentAttrs?: Array<Record<string, string>>;
  /** Each XLIFF 2 segment's target `order` (its place in the target document), in order; '' where none. */
  targetOrders?: string[];
  /** Per XLIFF 2 segment: true where the file gave an empty `<target>` (written back while it is still empty). */
  emptyTargets?: boolean[];
  /** The languages (tags as the file wrote them) whose TMX variant had an empty `<seg>`: written back, empty, while that text still is. */
  emptyVariants?: string[];
  /**
   * The whitespace that follows each segment on side A and side B, in order (XLIFF 2: a
   * whitespace-only `<ignorable>` or a segment's trailing space), written back between the
   * segments so that the document they make up reads as before.
   */
  gaps?: Array<[string, string]>;
  /**
   * Where each of `gaps` stood in an XLIFF 2 file, on side A and B: 'end' at the end of the segment
   * before it, 'start' at the start of the segment after it, '' in an `<ignorable>` (or in more than
   * one place); an XLIFF 2 export writes it back there.
   */
  gapHomes?: Array<[GapHome, GapHome]>;
  /**
   * Per segment of a unit of several read under `xml:space="preserve"`: its text with its own spacing (a line
   * break, a run of spaces) on side A and B, '' where it has none; written back while its sentences read
   * as they did (`partsInOwnSpacing`).
   */
  segmentWritten?: Array<[string, string]>;
  /**
   * XLIFF 1.2: per segment, the inline codes at the start and at the end of its sentences that the
   * file had outside its `<mrk mtype="seg">` (between two segments, before the first, after the last):
   * [start A, end A, start B, end B].
   */
  segmentCodes?: Array<[number, number, number, number]>;
  /**
   * Each side's segment text as the file wrote it (inline codes as their placeholders), kept when its
   * spacing is not that of its sentences joined by a space (runs of spaces, line breaks, a space at
   * either end, none between a code and the next sentence): written back while the bead's sentences
   * still read as they did (TMX). `preserveA`/`preserveB`: the text was read under `xml:space="preserve"`.
   */
  writtenA?: string;
  writtenB?: string;
  preserveA?: boolean;
  preserveB?: boolean;
  /**
   * Whether the file said the unit was confirmed when it was read (XLIFF 1.2 `approved`, a memoQ or Trados
   * status, XLIFF 2 segments all `reviewed` or `final`), and the 1.2 `approved` it had: while the row's
   * confirmation still says the same, the file's own states and approval are written back as they were.
   */
  confirmedInFile?: boolean;
  approvedInFile?: string;
  /** The unit repeats the id of an earlier unit of its file (an XLIFF 1.2 `trans-unit`, a TMX `tuid`): exports give it a new one. */
  repeatsId?: boolean;
  /** Other attributes of the unit as written (XLIFF 2 `name`, 1.2 `resname`, TMX `creationdate`, `usagecount`, …). */
  attrs?: Record<string, string>;
  /** Attributes of side A's and side B's element (TMX `<tuv>`, 1.2 `<source>`/`<target>`). */
  attrsA?: Record<string, string>;
  attrsB?: Record<string, string>;
  /** TMX `<prop>`s of the unit and of each side's variant, as (type, text), Selaras's own left out. */
  props?: Array<[string, string]>;
  propsA?: Array<[string, string]>;
  propsB?: Array<[string, string]>;
}

/** What the aligner knows about one side. */
export interface AlignSide {
  lang?: Lang | string;
  sentences: string[];
  /** Paragraph index of each sentence (optional; boundaries are evidence). */
  paragraphs?: number[];
  /**
   * Normalised figure values of each sentence (from the figures core). When absent the aligner
   * reads plain digit tokens itself.
   */
  numbers?: number[][];
}

export type AlignMode = 'parallel' | 'comparable';

export interface AlignOptions {
  mode?: AlignMode;
  /** Beads to keep as they are (the user's locked beads); the rest is re-aligned around them. */
  locked?: Bead[];
  /** Term pairs the translator supplies (A term, B term). */
  glossary?: Array<[string, string]>;
  /** Use the built-in Indonesian–English lexicon when the languages are id/en (default true). */
  useLexicon?: boolean;
  /**
   * The bilingual lexicon (`parseLexicon` of `resources/lexicon/id-en.tsv`); the core reads no
   * files, so callers load it and pass it here. Used when one side is its source language and
   * the other its target language (or when `lang` is absent and the text looks like them).
   */
  lexicon?: Lexicon;
  /** Called with a fraction in [0,1] while aligning; return false to cancel. */
  onProgress?: (fraction: number) => boolean | void;
  /**
   * When given, filled with the milliseconds each stage of a parallel alignment took (prepare,
   * pass1, induce, pass2, confidence, mode), for benchmarks.
   */
  stageTimes?: Record<string, number>;
  /** The clock of `stageTimes`, in milliseconds (default `performance.now`; a benchmark may pass CPU time). */
  stageClock?: () => number;
}

export interface Alignment {
  beads: Bead[];
  mode: AlignMode;
  /**
   * Set by `align`: the mode that fits the two texts (`suggestMode`). When it is `comparable` and
   * `mode` is `parallel`, the texts do not read as translations of each other and every bead's
   * score is capped at NOT_PARALLEL_CAP.
   */
  modeSuggested?: AlignMode;
}
