/**
 * `selaras export` and `check --report`: render a saved project, a TMX/XLIFF file (a converter
 * between bilingual formats) or a fresh comparison.
 */
import type { ExportFormat, ExportScope, UiLang } from '../shared/api';
import { exportHtml } from '../shared/formats/html';
import { exportInputOf } from '../shared/formats/input';
import type { Project } from '../shared/project/types';
import type { AnalysedVersion } from '../shared/pipeline';
import { exportProject } from '../electron/services/exporter';
import { CliError } from './io';
import { filePairIndex, loadProjectFile, projectPairIndex, readAlignedVersions } from './bilingual';
import { exportLosses, type ExportLoss } from '../shared/formats/losses';
import type { Lexicon } from '../shared/align/lexicon';
import { loadLexiconFor } from './resources';

declare const __SELARAS_VERSION__: string;
const VERSION = typeof __SELARAS_VERSION__ === 'string' ? __SELARAS_VERSION__ : '0.0.0';

export interface ExportFileOptions {
  /** The language the export speaks (`--lang-ui`). */
  uiLang?: UiLang;
  /** For a multilingual TMX: the two languages to export (`--pair SRC,TRG`). */
  pair?: [string, string];
  /** Told what the format cannot carry (`formats2.loss.*`), before the bytes are made. */
  onLoss?: (loss: ExportLoss) => void;
}

/** Reads a `.selaras`, TMX or XLIFF file and renders its first aligned pair (a project's: the one `--pair` names). */
export async function exportProjectFile(file: string, format: ExportFormat, scope: ExportScope, options: ExportFileOptions = {}): Promise<Uint8Array> {
  // A renamed project (another extension, not TMX/XLIFF) is still read as one.
  // what the file held that is not read is a loss of the export too: said on stderr and listed in --json
  const read = await readAlignedVersions(file, options.pair, options.uiLang, options.onLoss);
  const project = read?.project ?? (await loadProjectFile(file));
  // `--pair` reads two of the file's languages: the others are said, not dropped silently
  const pair = options.pair;
  // (a TMX file read for a pair reads those two languages alone; an XLIFF file's other pairs are the export's own losses)
  const others = read?.imported?.format === 'tmx' && pair ? read.imported.stats.languages.filter((l) => !pair.some((p) => p.toLowerCase() === l.toLowerCase())) : [];
  if (others.length) options.onLoss?.({ key: 'formats2.loss.pairChosen', params: { languages: others.join(', '), pair: pair!.join(',') } });
  if (project.alignments.length === 0) throw new CliError(`${file}: the project has no aligned pair to export`);
  // (a project's `--pair` names two of its versions; a TMX's, two of its languages, read as the first pair)
  const index = read ? (filePairIndex(read, pair, file) ?? 0) : projectPairIndex(project, pair, file);
  for (const loss of exportLosses(format, project, index, scope)) options.onLoss?.(loss);
  // (compared with the lexicon, as `check` and the workbench compare)
  const al = project.alignments[index];
  const lexicon = await loadLexiconFor(project.versions[al.a].lang, project.versions[al.b].lang);
  return exportProject(project, index, format, scope, VERSION, options.uiLang, lexicon, options.onLoss);
}

/**
 * The self-contained HTML report of a project's first pair (given its two analysed versions), compared with the
 * evidence `check` compared it with (the lexicon, a glossary).
 */
export function reportHtml(project: Project, analysed: [AnalysedVersion, AnalysedVersion], uiLang?: UiLang, evidence: { lexicon?: Lexicon | null; glossary?: Array<[string, string]> } = {}): string {
  return exportHtml({ ...exportInputOf(project, 0, 'all', VERSION, undefined, analysed, evidence), ...(uiLang ? { uiLang } : {}) });
}
