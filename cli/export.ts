/** `selaras export` and `check --report`: render a saved project or a fresh comparison. */
import type { ExportFormat, ExportScope } from '../shared/api';
import { exportHtml } from '../shared/formats/html';
import { exportInputOf } from '../shared/formats/input';
import type { Project } from '../shared/project/types';
import type { AnalysedVersion } from '../shared/pipeline';
import { exportProject } from '../electron/services/exporter';
import { loadProject } from '../electron/services/project-io';
import { CliError } from './io';


declare const __SELARAS_VERSION__: string;
const VERSION = typeof __SELARAS_VERSION__ === 'string' ? __SELARAS_VERSION__ : '0.0.0';

/** Reads a `.selaras` file and renders its first aligned pair. */
export async function exportProjectFile(file: string, format: ExportFormat, scope: ExportScope): Promise<Uint8Array> {
  const loaded = await loadProject(file);
  if (!loaded.ok) throw new CliError(`${file}: ${loaded.error.message}`);
  if (loaded.project.alignments.length === 0) throw new CliError(`${file}: the project has no aligned pair to export`);
  return exportProject(loaded.project, 0, format, scope, VERSION);
}

/** The self-contained HTML report of a project's first pair (given its two analysed versions). */
export function reportHtml(project: Project, analysed: [AnalysedVersion, AnalysedVersion]): string {
  return exportHtml(exportInputOf(project, 0, 'all', VERSION, undefined, analysed));
}
