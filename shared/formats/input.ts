/**
 * Builds an exporter's input from a project: re-reads both versions and compares the stored beads with the same
 * evidence as the workbench and `selaras check` (the bilingual lexicon, the project's termbase), so that an export
 * reports what they report.
 */
import { analyse, checkVersions, ledgerOf, type AnalysedVersion } from '../pipeline';
import type { Lexicon } from '../align/lexicon';
import { glossaryPairs } from '../termbase';
import type { Project } from '../project/types';
import type { ExportInput, ExportScope } from './types';
import { blankSentences, untranslatedParts } from '../drift/untranslated';

export function exportInputOf(
  project: Project,
  pairIndex: number,
  scope: ExportScope,
  version: string,
  now?: string,
  /** Both sides already analysed (the CLI's `check` has them): not done again. */
  analysed?: [AnalysedVersion, AnalysedVersion],
  /**
   * The bilingual lexicon (loaded by the caller, who has the files) and a glossary instead of the project's
   * termbase (`selaras check --glossary`).
   */
  evidence: { lexicon?: Lexicon | null; glossary?: Array<[string, string]> } = {},
): ExportInput {
  const pair = project.alignments[pairIndex];
  if (!pair) throw new Error(`the project has no aligned pair ${pairIndex + 1}`);
  const va = project.versions[pair.a];
  const vb = project.versions[pair.b];
  if (!va || !vb) throw new Error('the aligned pair names a version the project does not have');
  const [a, b] = analysed ?? [
    analyse(va.text, { lang: va.lang, langTag: va.langTag, lines: va.segmentation === 'lines' }),
    analyse(vb.text, { lang: vb.lang, langTag: vb.langTag, lines: vb.segmentation === 'lines' }),
  ];
  // a unit or segment of an opened TMX/XLIFF file without a target is untranslated, as `check` and the
  // workbench take it: its figures are not compared, nor exported as missing
  const untranslated = untranslatedParts(pair.beads.filter((bd) => bd.origin !== undefined), blankSentences(b));
  const glossary = evidence.glossary ?? (project.termbase ? glossaryPairs(project.termbase, a.lang, b.lang) : []);
  const lexicon = evidence.lexicon && a.lang !== b.lang ? { lexicon: evidence.lexicon } : {};
  const { comparison } = checkVersions(a, b, { beads: pair.beads, untranslated, ...(glossary.length ? { glossary } : {}), ...lexicon });
  return {
    project,
    pair,
    sentencesA: a.sentences,
    sentencesB: b.sentences,
    comparison,
    // (the ledger's entries name the project's versions, not their places in this pair)
    ledger: ledgerOf([a, b], [{ a: 0, b: 1, comparison }]).map((g) => ({ ...g, entries: g.entries.map((e) => ({ ...e, version: e.version === 0 ? pair.a : pair.b })) })),
    scope,
    tool: { name: 'Selaras', version },
    ...(now ? { now } : {}),
  };
}
