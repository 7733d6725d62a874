/**
 * Renders a project in an export format (Node side: the XLSX and DOCX writers are libraries
 * we keep out of the renderer bundle). Used by the handler table and by `selaras export`.
 */
import type { ExportFormat, ExportScope, UiLang } from '../../shared/api';
import { exportTo } from '../../shared/formats';
import { exportInputOf } from '../../shared/formats/input';
import type { ExportInput } from '../../shared/formats/types';
import { scopeLosses, type ExportLoss } from '../../shared/formats/losses';
import type { Project } from '../../shared/project/types';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseLexicon, type Lexicon } from '../../shared/align/lexicon';

const encoder = new TextEncoder();

export async function renderExport(input: ExportInput, format: ExportFormat): Promise<Uint8Array> {
  // The XLSX writer pulls in a large library that needs Node: load it only when asked for.
  if (format === 'xlsx') return (await import('./export/xlsx')).exportXlsx(input);
  const out = await exportTo(format, input);
  return typeof out === 'string' ? encoder.encode(out) : out;
}

/**
 * Exports one aligned pair of a project, in `uiLang` (else the project's interface language, else English),
 * compared with the bilingual `lexicon` as the workbench compares it.
 */
export function exportProject(
  project: Project,
  pair: number,
  format: ExportFormat,
  scope: ExportScope,
  version: string,
  uiLang?: UiLang,
  lexicon?: Lexicon | null,
  /** Told what only the rows of the export show it leaves out (`scopeLosses`). */
  onLoss?: (loss: ExportLoss) => void,
): Promise<Uint8Array> {
  const lang = uiLang ?? project.settings.uiLang;
  const input = { ...exportInputOf(project, pair, scope, version, undefined, undefined, { lexicon }), ...(lang ? { uiLang: lang } : {}) };
  if (onLoss) for (const loss of scopeLosses(format, input)) onLoss(loss);
  return renderExport(input, format);
}

/** The bilingual lexicon of a resources folder (`lexicon/id-en.tsv`), read once when first asked for; null when it cannot be read. */
export function lexiconLoader(resourcesDir: string): () => Promise<Lexicon | null> {
  let loaded: Promise<Lexicon | null> | undefined;
  return () =>
    (loaded ??= readFile(path.join(resourcesDir, 'lexicon', 'id-en.tsv'), 'utf8')
      .then(parseLexicon)
      .catch(() => null));
}
