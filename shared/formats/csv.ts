/**
 * CSV export (RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled), with a UTF-8
 * byte-order mark so spreadsheet programs read the encoding right, and a guard against formula
 * injection: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
 *
 * One row per mismatch (repeating its bead's sentences); a bead without mismatches gets one row
 * with the issue columns empty.
 */
import type { ExportInput } from './types';
import { buildModel, type ExportModel, type Issue, type Row } from './model';

export const CSV_COLUMNS = [
  'id',
  'sentence A',
  'sentence B',
  'bead type',
  'confidence',
  'status',
  'issue kind',
  'severity',
  'verdict',
  'figure A',
  'figure B',
  'note',
] as const;

export interface CsvOptions {
  /** Field separator (`,` by default; `;` suits spreadsheet locales with decimal commas). */
  delimiter?: ',' | ';' | '\t';
  /** Prepend the UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** Neutralises spreadsheet formulas: `=1+1` → `'=1+1`. */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Quotes a field when it holds the delimiter, a quote or a line break. */
export function csvField(cell: string, delimiter = ','): string {
  const guarded = guardFormula(cell);
  return guarded.includes(delimiter) || /["\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One line of the CSV/XLSX table: a bead with no issue, or one issue of a bead. */
export interface TableLine {
  row: Row;
  issue: Issue | null;
  /** Every column before `note` (confidence as a number; each format writes it its way). */
  cells: [string, string, string, string, number, string, string, string, string, string, string];
}

/** The lines the tabular exports share: one per issue, or one for a bead without any. */
export function tableLines(model: ExportModel): TableLine[] {
  const out: TableLine[] = [];
  for (const row of model.rows) {
    const { id, a, b, type, bead, status } = row;
    if (row.issues.length === 0) out.push({ row, issue: null, cells: [id, a.text, b.text, type, bead.score, status, '', '', '', '', ''] });
    for (const i of row.issues) {
      out.push({
        row,
        issue: i,
        cells: [`${id}:${i.mismatch.id}`, a.text, b.text, type, bead.score, status, i.mismatch.kind, i.severity, i.verdict, i.mismatch.aFigure?.text ?? i.mismatch.aEntity?.text ?? '', i.mismatch.bFigure?.text ?? i.mismatch.bEntity?.text ?? ''],
      });
    }
  }
  return out;
}

/** Exports the pair as CSV text (starting with U+FEFF unless `bom: false`). */
export function exportCsv(input: ExportInput, options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const lines: string[] = [CSV_COLUMNS.map((c) => csvField(c, d)).join(d)];
  for (const { row, issue, cells } of tableLines(buildModel(input))) {
    const note = [issue?.mismatch.note, ...(issue?.annotations ?? []).map((a) => a.note), ...row.spanNotes.map((n) => n.annotation.note)]
      .filter(Boolean)
      .join(' | ');
    const [id, sa, sb, type, score, ...rest] = cells;
    lines.push([id, sa, sb, type, score.toFixed(2), ...rest, note].map((c) => csvField(c, d)).join(d));
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + '\r\n';
}
