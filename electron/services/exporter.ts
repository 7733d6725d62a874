/**
 * Renders a project in an export format (Node side: the XLSX and DOCX writers are libraries
 * we keep out of the renderer bundle). Used by the handler table and by `selaras export`.
 */
import type { ExportFormat, ExportScope, UiLang } from '../../shared/api';
import { exportTo } from '../../shared/formats';
import { exportInputOf } from '../../shared/formats/input';
import type { ExportInput } from '../../shared/formats/types';
import type { Project } from '../../shared/project/types';

const encoder = new TextEncoder();

export async function renderExport(input: ExportInput, format: ExportFormat): Promise<Uint8Array> {
  // The XLSX writer pulls in a large library that needs Node: load it only when asked for.
  if (format === 'xlsx') return (await import('./export/xlsx')).exportXlsx(input);
  const out = await exportTo(format, input);
  return typeof out === 'string' ? encoder.encode(out) : out;
}

/** Exports one aligned pair of a project, in `uiLang` (else the project's interface language, else English). */
export function exportProject(
  project: Project,
  pair: number,
  format: ExportFormat,
  scope: ExportScope,
  version: string,
  uiLang?: UiLang,
): Promise<Uint8Array> {
  const lang = uiLang ?? project.settings.uiLang;
  return renderExport({ ...exportInputOf(project, pair, scope, version), ...(lang ? { uiLang: lang } : {}) }, format);
}
