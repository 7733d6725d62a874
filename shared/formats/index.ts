/** The export formats and the bilingual importers, with one entry point each. */
import type { BilingualImportResult, ExportInput } from './types';
import { exportTmx } from './tmx';
import { exportXliff } from './xliff';
import { exportCsv } from './csv';
import { exportHtml } from './html';
import { exportJson } from './json';
import { exportXliff12 } from './xliff12';
import { importTmx } from './import-tmx';
import { importXliff } from './import-xliff';
import { xmlError } from './import-common';
import { isBilingualName } from './file-types';

export type { ExportInput, ExportScope, BilingualImportResult, ImportedBilingual } from './types';
export { exportTmx, exportXliff, exportXliff12, exportCsv, exportHtml, exportJson, importTmx, importXliff };

/**
 * The Word export (shared/formats/docx.ts), loaded when first asked for: the `docx` library is
 * large, and every other export and import (the command line's `export --to tmx`, `inspect`)
 * starts faster without it.
 */
export async function exportDocx(input: ExportInput): Promise<Uint8Array> {
  return (await import('./docx')).exportDocx(input);
}

/** Formats `exportTo` writes (xlsx lives in electron/services/export/xlsx, it needs Node). */
export type SharedExportFormat = 'tmx' | 'xliff' | 'xliff12' | 'csv' | 'html' | 'json' | 'docx';

/** File extension and MIME type of each format. */
export const EXPORT_FILE_TYPES: Record<SharedExportFormat | 'xlsx', { ext: string; mime: string }> = {
  tmx: { ext: '.tmx', mime: 'application/x-tmx+xml' },
  xliff: { ext: '.xlf', mime: 'application/xliff+xml' },
  xliff12: { ext: '.xlf', mime: 'application/xliff+xml' },
  csv: { ext: '.csv', mime: 'text/csv' },
  html: { ext: '.html', mime: 'text/html' },
  json: { ext: '.json', mime: 'application/json' },
  docx: { ext: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { ext: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
};

/** Exports in one of the shared formats: text formats give a string, docx gives bytes. */
export async function exportTo(format: SharedExportFormat, input: ExportInput): Promise<string | Uint8Array> {
  switch (format) {
    case 'tmx':
      return exportTmx(input);
    case 'xliff':
      return exportXliff(input);
    case 'xliff12':
      return exportXliff12(input);
    case 'csv':
      return exportCsv(input);
    case 'html':
      return exportHtml(input);
    case 'json':
      return exportJson(input);
    case 'docx':
      return exportDocx(input);
  }
}

/** Imports TMX or XLIFF, told apart by the root element (the extension is only a hint). */
export function importBilingual(xml: string, name: string): BilingualImportResult {
  const head = xml.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const root = /<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head.replace(/<!DOCTYPE[^>]*>/i, ''));
  const local = root?.[2].toLowerCase();
  if (local === 'tmx') return importTmx(xml, name);
  if (local === 'xliff') return importXliff(xml, name);
  if (/\.tmx$/i.test(name)) return importTmx(xml, name);
  if (isBilingualName(name)) return importXliff(xml, name);
  return xmlError('wrong-format', name, `${name} is neither TMX nor XLIFF.`);
}
