/** Shared input and output types of the exporters and of the TMX/XLIFF importers. */
import type { Annotation, FileOrigin, InlineCode, PairAlignment, Project } from '../project/types';
import type { Sentence, Lang } from '../text/types';
import type { Comparison, LedgerGroup } from '../drift/types';
import type { AlignMode, Bead } from '../align/types';
import type { Refused } from '../errors';

export type ExportScope = 'all' | 'confirmed' | 'mismatches';

/** Everything an exporter needs; every exporter is a pure function of it. */
export interface ExportInput {
  project: Project;
  /** The alignment to export (side A = `project.versions[pair.a]`). */
  pair: PairAlignment;
  /** Sentences of side A and B, with offsets into the versions' texts. */
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  /** The comparison of this pair. */
  comparison: Comparison;
  ledger: LedgerGroup[];
  /**
   * `all` beads; `confirmed` beads only; `mismatches`: beads with at least one mismatch that is
   * not dismissed (open or confirmed).
   */
  scope: ExportScope;
  tool: { name: 'Selaras'; version: string };
  /** ISO time written into file headers; defaults to the current time. */
  now?: string;
  /** The language exports speak (headers, labels, values, explanations); English by default. */
  uiLang?: 'en' | 'id';
}

/** One side of an imported bilingual file. */
export interface ImportedVersion {
  /** The file name the document names (`original`), or a generated one. */
  name: string;
  /** The language tag as written (`id`, `en-US`, …). */
  langTag: string;
  /** `langTag` reduced to a language Selaras reads, or null. */
  lang: Lang | null;
  /** One sentence per line (line breaks inside a sentence become spaces). */
  text: string;
  sentences: string[];
  /** Inline codes; code `k` stands in `text` as U+E000 + k (see `codes.ts`). */
  codes?: InlineCode[];
}

/** Notes counted by where the file puts them. */
export interface NoteCounts {
  /** TMX `<header>`, XLIFF 1.2 `<header>`. */
  header: number;
  /** XLIFF `<file>` (2.x `<file><notes>`). */
  file: number;
  /** XLIFF `<group>`. */
  group: number;
  /** TMX `<tu>`, XLIFF 2 `<unit>`, XLIFF 1.2 `<trans-unit>`. */
  unit: number;
  /** TMX `<tuv>`. */
  variant: number;
}

/** What a bilingual file holds, counted from the file itself (`selaras inspect`). */
export interface BilingualStats {
  /** Every language tag the file declares or uses, as written (first spelling kept), in order met. */
  languages: string[];
  /** Translation units (`tu`, `unit`, `trans-unit`). */
  units: number;
  /** Units whose target (any non-source variant in TMX) holds non-whitespace text. */
  translated: number;
  notes: NoteCounts;
  /** Inline codes (TMX bpt/ept/it/ph/ut; XLIFF 2 ph/pc/sc/ec; XLIFF 1.2 g/x/bx/ex/ph/bpt/ept/it). */
  codes: number;
}

export interface ImportedBilingual {
  ok: true;
  format: 'tmx' | 'xliff-1.2' | 'xliff-2';
  /** The version the file declares (`2.0`, `2.1`, `1.2` for XLIFF; `1.4` for TMX). */
  formatVersion?: string;
  versions: [ImportedVersion, ImportedVersion];
  /** Sentence indices into `versions[0].sentences` / `versions[1].sentences`. */
  beads: Bead[];
  mode: AlignMode;
  /**
   * Annotations; span targets point into the imported texts (version 0, 1, or 2… for `more`).
   * Notes about the whole document (TMX header, XLIFF file or group) are empty spans at the
   * start of version 0.
   */
  annotations: Annotation[];
  /** Further languages of a multilingual file, each aligned with `versions[0]`: versions 2, 3, … */
  more?: Array<{ version: ImportedVersion; beads: Bead[] }>;
  stats: BilingualStats;
  /** What the file said about itself (header/file attributes, props), written back on export. */
  origin?: FileOrigin;
  /** Elements Selaras does not read, by name (`<alt-trans>`, `<ignorable>`, a second `<tuv>` of a language …), to be said. */
  dropped?: Record<string, number>;
  /** What the reader decided that the file does not say (a TMX variant without a language read as `id`), to be said on opening. */
  notices?: FormatNotice[];
}

/** A message about a file read or written, as a translation key and its parameters (said in the interface language). */
export interface FormatNotice {
  key: string;
  params: Record<string, string | number>;
}

export type XmlImportErrorCode =
  | 'malformed'
  | 'unsafe'
  | 'too-large'
  | 'too-deep'
  | 'wrong-format'
  | 'unsupported-version'
  | 'empty'
  | 'invalid'
  | 'no-language';

/**
 * A bilingual file refused; `messageKey` is `errors.xml.<camelCode>` (or `limits.xmlTooDeep`,
 * `errors.xml.invalid.<rule>`). For `empty`, `stats` says what the file holds all the same.
 */
export type XmlImportError = Refused<XmlImportErrorCode> & { stats?: BilingualStats };

export type BilingualImportResult = ImportedBilingual | XmlImportError;
