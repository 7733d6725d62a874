/**
 * Renders a project in an export format (Node side: the XLSX and DOCX writers are libraries
 * we keep out of the renderer bundle). Used by the handler table and by `selaras export`.
 */
import type { ExportFormat, ExportScope } from '../../shared/api';
import { exportCsv } from '../../shared/formats/csv';
import { exportHtml } from '../../shared/formats/html';
import { exportInputOf } from '../../shared/formats/input';
import { exportJson } from '../../shared/formats/json';
import { exportTmx } from '../../shared/formats/tmx';
import { exportXliff } from '../../shared/formats/xliff';
import type { ExportInput } from '../../shared/formats/types';
import type { Project } from '../../shared/project/types';

const encoder = new TextEncoder();

export async function renderExport(input: ExportInput, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'tmx':
      return encoder.encode(exportTmx(input));
    case 'xliff':
      return encoder.encode(exportXliff(input));
    case 'csv':
      return encoder.encode(exportCsv(input));
    case 'html':
      return encoder.encode(exportHtml(input));
    case 'json':
      return encoder.encode(exportJson(input));
    // The office writers pull in large libraries: load them only when asked for.
    case 'xlsx':
      return (await import('./export/xlsx')).exportXlsx(input);
    case 'docx':
      return (await import('./export/docx')).exportDocx(input);
  }
}

/** Exports one aligned pair of a project. */
export function exportProject(project: Project, pair: number, format: ExportFormat, scope: ExportScope, version: string): Promise<Uint8Array> {
  return renderExport(exportInputOf(project, pair, scope, version), format);
}
