import type { Bead, AlignMode } from '../align/types';
import type { Termbase } from '../termbase/types';
import type { Lang } from '../text/types';

/** One loaded version of the story. */
export interface Version {
  id: string;
  /** Original file name (no directories). */
  name: string;
  /** The language figure analysis reads the text as. */
  lang: Lang;
  /**
   * The BCP 47 tag the version came with (`fr-FR`, `en-US`), kept from import to export;
   * absent for texts opened directly (their tag is `lang`).
   */
  langTag?: string;
  text: string;
  /** SHA-256 of `text` (hex), to notice a changed source file. */
  hash: string;
  /** Absolute path of the source file when it came from disk (desktop only). */
  sourcePath?: string;
  /**
   * Inline codes of a text imported from TMX/XLIFF (tags, placeholders): code `k` stands in the
   * text as the private-use character U+E000 + k, and is written back as a code on export.
   */
  codes?: InlineCode[];
  /**
   * How the text is split into sentences: by the segmenter (default) or one sentence per line
   * (texts imported from TMX/XLIFF, whose beads index those lines).
   */
  segmentation?: 'lines';
}

/** An inline code kept from a TMX/XLIFF file (see `Version.codes`). */
export interface InlineCode {
  /** `ph`: a standalone code; `open`/`close`: the two ends of a paired code. */
  kind: 'ph' | 'open' | 'close';
  /** The code's id in the file it came from. */
  id: string;
  /** For `open`/`close`: the index of the other end in the same list, when the file had it. */
  partner?: number;
  /**
   * How the file wrote the pair: XLIFF 2 one `<pc>` element or `<sc>`/`<ec>`; XLIFF 1.2 `<bx/>`/`<ex/>` (not
   * `<g>`); written back the same way to that format. `ut`: a standalone code a TMX file wrote as `<ut>` (TMX 1.4's
   * unknown tag), written back to TMX as `<ut>`.
   */
  form?: 'pc' | 'sc' | 'bx' | 'ut';
  /** The native data the code stands for (`<b>`, `{1}`), when the file gave it. */
  data?: string;
  /** XLIFF 2 `type`/`subType`, `disp`, `equiv` when given. */
  type?: string;
  subType?: string;
  disp?: string;
  equiv?: string;
  /**
   * A TMX code's own attributes that its kind and id do not say (`x`, `type`, `assoc` of `<bpt>`, `<it>`,
   * `<ph>`: `<bpt i="1" x="7" type="bold">`), read from a TMX file and written back to one; other formats ignore them.
   */
  tmxAttrs?: Record<string, string>;
  /** An XLIFF 2 code's editing hints (`canCopy`, `canDelete`, `canReorder`, `canOverlap`), written back to XLIFF 2. */
  xliff2Attrs?: Record<string, string>;
  /**
   * An XLIFF 1.2 code's attributes its kind, id and type do not say (`xid`, `equiv-text`, `crc`, `assoc`; a
   * `<bpt>`/`<ept>` paired by `rid` keeps its own `id` and the `rid`), written back to XLIFF 1.2.
   */
  xliff12Attrs?: Record<string, string>;
  /**
   * Not markup but a private-use character of the text itself (`data`), kept as a code so that it is not taken for
   * the code its character would be the placeholder of; every format writes it back as that character.
   */
  literal?: true;
}

/** A user's verdicts on a mismatch or a note, the one list every reader and writer checks against. */
export const VERDICTS = ['open', 'confirmed', 'acceptable', 'false-alarm'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type Severity = 'minor' | 'major' | 'critical';

/** ITS 2.0 Localization Quality Issue types. */
export const ITS_ISSUE_TYPES = [
  'terminology',
  'mistranslation',
  'omission',
  'untranslated',
  'addition',
  'duplication',
  'inconsistency',
  'grammar',
  'legal',
  'register',
  'locale-specific-content',
  'locale-violation',
  'style',
  'characters',
  'misspelling',
  'typographical',
  'formatting',
  'inconsistent-entities',
  'numbers',
  'markup',
  'pattern-problem',
  'whitespace',
  'internationalization',
  'length',
  'non-conformance',
  'uncategorized',
  'other',
] as const;
export type IssueCategory = (typeof ITS_ISSUE_TYPES)[number];

export type AnnotationTarget =
  /**
   * A mismatch, by its key (kind and both figures: text and span). `a`/`b` are the version
   * indices of the key's two sides when known; `removed` is set when a text edit deleted or
   * changed the figure the annotation was about (it is kept, shown as "figure removed").
   */
  /** (`replaced`: the version it was on was replaced by another text; kept detached, never attached to the new text's mismatches) */
  | { type: 'mismatch'; key: string; a?: number; b?: number; removed?: boolean; replaced?: boolean }
  | { type: 'ledger'; what: string }
  /** (`was`: the text a note on a stretch of text was on, kept when an edit removed or replaced it) */
  | { type: 'span'; version: number; start: number; end: number; removed?: boolean; was?: string };

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  verdict: Verdict;
  category: IssueCategory;
  severity: Severity;
  note: string;
  author: string;
  /** ISO timestamps. */
  created: string;
  modified: string;
  /** For a note read from an XLIFF 2 `<group>`: that group's id (it is written back there). */
  group?: string;
  /** For a note read from the header of one `<file>` of an XLIFF file of several: that file's key (`FileOrigin.files`; written back there). */
  file?: string;
  /**
   * The attributes of the `<note>` another tool wrote (XLIFF `id`, `category`, `priority`,
   * 1.2 `from`, TMX `xml:lang`, …), given back where the export's format has them.
   */
  noteAttrs?: Record<string, string>;
  /**
   * For a note read from a TMX `<tuv>` of side A (not from its `<tu>`): it is written back in that variant,
   * where the other tool put it (a unit's note and side A's variant note both annotate side A's text).
   */
  variant?: true;
}

/** The alignment of one version against the pivot. */
export interface PairAlignment {
  /** Index into `versions` of side A (the pivot) and of side B. */
  a: number;
  b: number;
  mode: AlignMode;
  beads: Bead[];
  /**
   * The beads are the confirmed and locked ones a text edit kept, with placeholders (unaligned
   * sentences) around them: the pair is to be re-aligned around the kept ones. Saved with the
   * project, so a project closed before the re-alignment finished resumes it when reopened.
   */
  refit?: true;
  /**
   * The pair's rows are the units of the TMX/XLIFF file it was opened from: an edit of its text keeps
   * every row whose sentences it left in place (confirmed or not), rather than aligning the pair again,
   * so that the units, their segments and ids survive; Re-align asks first.
   */
  fromFile?: true;
}

export interface ProjectSettings {
  uiLang?: 'en' | 'id';
  author?: string;
}

/** The in-memory project; `.selaras` files hold it as versioned JSON (see project/schema). */
export interface Project {
  versions: Version[];
  pivot: number;
  alignments: PairAlignment[];
  annotations: Annotation[];
  settings: ProjectSettings;
  /** The user's termbase (TBX or CSV/TSV), kept with the project: it guides the alignment and pairs names. */
  termbase?: Termbase;
  /** What an imported TMX/XLIFF file said about itself, written back on export (`shared/formats`). */
  origin?: FileOrigin;
}

/** The header of an imported translator's file, kept so that an export gives it back. */
export interface FileOrigin {
  format: 'tmx' | 'xliff-1.2' | 'xliff-2';
  /** Attributes of the TMX `<header>`, of the XLIFF 2 root, or of the (first) XLIFF `<file>`. */
  attrs?: Record<string, string>;
  /** TMX `<header>` `<prop>`s, as (type, text), Selaras's own left out. */
  props?: Array<[string, string]>;
  /** Every XLIFF `<file>` with its attributes, in order (`key` is what `BeadOrigin.file` names). */
  files?: Array<{ key: string; attrs: Record<string, string> }>;
  /** Every XLIFF `<group>` with its attributes (`key` is its id, as `BeadOrigin.groups` names it). */
  groups?: Array<{ key: string; attrs: Record<string, string> }>;
  /**
   * The namespaces (prefix → URI) the XLIFF file declared for other tools' own attributes (memoQ `mq:status`,
   * an XLIFF 2 module's `fs:fs`): such attributes are written back, with these declarations, into an export
   * of the same format.
   */
  namespaces?: Record<string, string>;
}
