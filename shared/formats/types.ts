/** Shared input and output types of the exporters and of the TMX/XLIFF importers. */
import type { Annotation, PairAlignment, Project } from '../project/types';
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
}

export interface ImportedBilingual {
  ok: true;
  format: 'tmx' | 'xliff-1.2' | 'xliff-2';
  versions: [ImportedVersion, ImportedVersion];
  /** Sentence indices into `versions[0].sentences` / `versions[1].sentences`. */
  beads: Bead[];
  mode: AlignMode;
  /** Annotations; span targets point into the imported texts (version 0 or 1). */
  annotations: Annotation[];
}

export type XmlImportErrorCode = 'malformed' | 'unsafe' | 'too-large' | 'too-deep' | 'wrong-format' | 'unsupported-version' | 'empty';

/** A bilingual file refused; `messageKey` is `errors.xml.<camelCode>` (or `limits.xmlTooDeep`). */
export type XmlImportError = Refused<XmlImportErrorCode>;

export type BilingualImportResult = ImportedBilingual | XmlImportError;
