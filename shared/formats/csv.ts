/**
 * CSV export (RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled), with a UTF-8
 * byte-order mark so spreadsheet programs read the encoding right, and a guard against formula
 * injection: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
 *
 * One row per mismatch (repeating its bead's sentences); a bead without mismatches gets one row
 * with the issue columns empty.
 */
import type { ExportInput } from './types';
import { buildModel } from './model';

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

/** Exports the pair as CSV text (starting with U+FEFF unless `bom: false`). */
export function exportCsv(input: ExportInput, options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const model = buildModel(input);
  const lines: string[] = [CSV_COLUMNS.map((c) => csvField(c, d)).join(d)];
  for (const r of model.rows) {
    const base = [r.id, r.a.text, r.b.text, r.type, r.bead.score.toFixed(2), r.status];
    if (r.issues.length === 0) {
      const notes = r.spanNotes.map((n) => n.annotation.note).filter(Boolean).join(' | ');
      lines.push([...base, '', '', '', '', '', notes].map((c) => csvField(c, d)).join(d));
      continue;
    }
    for (const i of r.issues) {
      const note = [i.mismatch.note, ...i.annotations.map((a) => a.note), ...r.spanNotes.map((n) => n.annotation.note)]
        .filter(Boolean)
        .join(' | ');
      const cells = [
        ...base.slice(0, 1).map((id) => `${id}:${i.mismatch.id}`),
        ...base.slice(1),
        i.mismatch.kind,
        i.severity,
        i.verdict,
        i.mismatch.aFigure?.text ?? '',
        i.mismatch.bFigure?.text ?? '',
        note,
      ];
      lines.push(cells.map((c) => csvField(c, d)).join(d));
    }
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + '\r\n';
}
