/** Builds an exporter's input from a project: re-reads both versions and compares the stored beads. */
import { analyse, checkVersions, ledgerOf, type AnalysedVersion } from '../pipeline';
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
  const { comparison } = checkVersions(a, b, { beads: pair.beads, untranslated });
  return {
    project,
    pair,
    sentencesA: a.sentences,
    sentencesB: b.sentences,
    comparison,
    ledger: ledgerOf([a, b]),
    scope,
    tool: { name: 'Selaras', version },
    ...(now ? { now } : {}),
  };
}
