/** Building a new in-memory project from loaded texts and their alignments. */
import type { Alignment } from '../align/types';
import type { Lang } from '../text/types';
import type { Project, ProjectSettings, Version } from './types';
import { sha256Hex } from './hash';

export interface VersionInput {
  name: string;
  text: string;
  lang: Lang;
  /** The language tag, when the text is in a language outside figure analysis (`de`: see `detectOtherLang`). */
  langTag?: string;
  sourcePath?: string;
  /** Defaults to `v1`, `v2`, … in order. */
  id?: string;
  /** SHA-256 of `text` when the caller already has it (the renderer hashes natively, off the UI thread). */
  hash?: string;
}

/**
 * Creates a project. `alignments[i]` aligns the pivot (version `pivot`, default 0) with the
 * i-th other version in order. Hashes every text.
 */
export function createProject(
  inputs: readonly VersionInput[],
  alignments: readonly Alignment[] = [],
  options: { pivot?: number; settings?: ProjectSettings } = {},
): Project {
  const versions: Version[] = inputs.map((v, i) => ({
    id: v.id ?? `v${i + 1}`,
    name: v.name,
    lang: v.lang,
    text: v.text,
    hash: v.hash ?? sha256Hex(v.text),
    ...(v.langTag ? { langTag: v.langTag } : {}),
    ...(v.sourcePath ? { sourcePath: v.sourcePath } : {}),
  }));
  const pivot = options.pivot ?? 0;
  const others = versions.map((_, i) => i).filter((i) => i !== pivot);
  return {
    versions,
    pivot,
    alignments: alignments.slice(0, others.length).map((al, k) => ({
      a: pivot,
      b: others[k],
      mode: al.mode,
      beads: al.beads.map((b) => ({ ...b, a: b.a.slice(), b: b.b.slice() })),
    })),
    annotations: [],
    settings: { ...(options.settings ?? {}) },
  };
}
