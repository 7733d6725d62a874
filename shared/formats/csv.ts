/**
 * CSV export (RFC 4180: CRLF line ends, fields quoted when needed, quotes doubled), with a UTF-8
 * byte-order mark so spreadsheet programs read the encoding right, and a guard against formula
 * injection: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`.
 *
 * One row per mismatch (repeating its bead's sentences); a bead without mismatches gets one row
 * with the issue columns empty. Headers and values are in the export's language (`uiLang`); the
 * category, the automatic explanation and the user's notes each have their own column.
 */
import type { ExportInput } from './types';
import type { Annotation } from '../project/types';
import type { Mismatch } from '../drift/types';
import { buildModel, looseAbout, spanNoteText, type ExportModel, type Issue, type Row, type SpanNote } from './model';
import { exportWords, type ColumnKey, type ExportWords } from './export-words';
import { visibleCodes } from './codes';
import { segmentsAsRead, writtenAsRead } from './spacing';

/** The columns, as English header ids (the header row is written in the export's language). */
export const CSV_COLUMNS = [
  'id',
  'sentence A',
  'sentence B',
  'bead type',
  'confidence',
  'status',
  'issue kind',
  'category',
  'severity',
  'verdict',
  'figure A',
  'figure B',
  'explanation',
  'note',
  'level',
  'unit id',
] as const;

/** Each column's key in `bilingual.columns`. */
export const COLUMN_KEYS: readonly ColumnKey[] = [
  'id',
  'sentenceA',
  'sentenceB',
  'beadType',
  'confidence',
  'status',
  'issueKind',
  'category',
  'severity',
  'verdict',
  'figureA',
  'figureB',
  'explanation',
  'note',
  'level',
  'unit',
];

/** The header row in a language. */
export function columnHeaders(words: ExportWords): string[] {
  return COLUMN_KEYS.map((k) => words.column(k));
}

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
  /** The bead's row; null for a mismatch or a note on no row in scope. */
  row: Row | null;
  issue: Issue | null;
  /** A note on a stretch of the row's text: its own line, its text in the figure column of its side. */
  spanNote?: SpanNote;
  /** Every column (confidence as a number, '' on a line with no bead; each format writes it its way), in the export's language. */
  cells: [string, string, string, string, number | '', string, string, string, string, string, string, string, string, string, string, string];
}

/**
 * The lines the tabular exports share: one per issue, or one for a bead without any, then one per note on a
 * stretch of its text (its verdict, category and severity in their columns, the annotated text in its side's
 * figure column). The automatic explanation and the user's notes are separate columns.
 */
export function tableLines(model: ExportModel, words: ExportWords = exportWords('en')): TableLine[] {
  const out: TableLine[] = [];
  type Lead = [string, string, string, string, number | '', string];
  /** The first columns of a line on no row: its id, no sentences, no bead. */
  const alone = (id: string): Lead => [id, '', '', '', '', ''];
  /** A line about a mismatch: its kind, the review (category, severity, verdict), its figures, explanation, notes and level. */
  const mismatchCells = (lead: Lead, m: Mismatch, review: Pick<Issue, 'category' | 'severity' | 'verdict'>, notes: string, unit: string): TableLine['cells'] => [
    ...lead,
    words.kind(m.kind),
    words.category(review.category),
    words.severity(review.severity),
    words.verdict(review.verdict),
    m.aFigure?.text ?? m.aEntity?.text ?? '',
    m.bFigure?.text ?? m.bEntity?.text ?? '',
    words.explanation(m),
    notes,
    words.level(m.level),
    unit,
  ];
  /** A line about a note on a stretch of a row's text: the noted text in its side's figure column (an ellipsis where it runs on from the row before or into the next). */
  const spanCells = (lead: Lead, row: Row, n: SpanNote, unit: string): TableLine['cells'] => {
    const x = n.annotation;
    const text = (n.continued ? '…' : '') + spanNoteText(model, row, n) + (n.cut ? '…' : '');
    return [...lead, '', words.category(x.category), words.severity(x.severity), words.verdict(x.verdict), n.side === 'a' ? text : '', n.side === 'b' ? text : '', '', x.note, '', unit];
  };
  const notesOf = (i: Issue) => i.annotations.map((x) => x.note).filter((n) => n.trim() !== '').join(' | ');
  for (const row of model.rows) {
    const { id, type, bead } = row;
    // the unit's id in the TMX/XLIFF file it was read from (`id` is Selaras's row id)
    const unit = bead.origin?.unit ?? '';
    // (each side with the file's own spacing while its sentences read as they did: a TMX segment's line
    // break or run of spaces, the whitespace between an XLIFF unit's segments, as the TMX and XLIFF exports write it)
    const o = bead.origin;
    const a = visibleCodes(writtenAsRead(row.a.sentences, o?.writtenA, o?.preserveA) ?? segmentsAsRead(row.a.sentences, o, 0, model.codesA) ?? row.a.text, model.codesA);
    const b = visibleCodes(writtenAsRead(row.b.sentences, o?.writtenB, o?.preserveB) ?? segmentsAsRead(row.b.sentences, o, 1, model.codesB) ?? row.b.text, model.codesB);
    const lead = (lineId: string): Lead => [lineId, a, b, type, bead.score, words.status(row.status)];
    if (row.issues.length === 0) out.push({ row, issue: null, cells: [...lead(id), '', '', '', '', '', '', '', '', '', unit] });
    for (const i of row.issues) out.push({ row, issue: i, cells: mismatchCells(lead(`${id}:${i.mismatch.id}`), i.mismatch, i, notesOf(i), unit) });
    for (const n of row.spanNotes) out.push({ row, issue: null, spanNote: n, cells: spanCells(lead(`${id}:${n.annotation.id}`), row, n, unit) });
  }
  // Mismatches in no row in scope, and notes on no row (document, group, ledger notes): their
  // own lines, so that no verdict or note is left out of the table.
  for (const i of model.looseIssues) out.push({ row: null, issue: i, cells: mismatchCells(alone(i.mismatch.id), i.mismatch, i, notesOf(i), '') });
  const looseKeys = new Set(model.looseIssues.map((i) => i.mismatch.key));
  // The verdicts and notes of rows the scope leaves out are the user's work and have their lines, on the figures or
  // the text they are about, without the rows' sentences (HTML, DOCX, TMX and XLIFF keep them too; they were left
  // out silently)
  const inScope = new Set(model.rows);
  const outOfScope = new Map<Annotation, { row: Row; issue?: Issue; span?: SpanNote }>();
  for (const row of model.allRows) {
    if (inScope.has(row)) continue;
    for (const issue of row.issues) for (const x of issue.annotations) outOfScope.set(x, { row, issue });
    for (const span of row.spanNotes) if (!outOfScope.has(span.annotation)) outOfScope.set(span.annotation, { row, span });
  }
  model.looseAnnotations.forEach((a) => {
    if (a.target.type === 'mismatch' && looseKeys.has(a.target.key)) return;
    if (a.note.trim() === '' && a.verdict === 'open') return;
    const left = outOfScope.get(a);
    // (the row's id, and the mismatch's or the note's: where the row would stand)
    if (left?.issue) return void out.push({ row: null, issue: null, cells: mismatchCells(alone(`${left.row.id}:${left.issue.mismatch.id}`), left.issue.mismatch, a, a.note, '') });
    if (left?.span) return void out.push({ row: null, issue: null, cells: spanCells(alone(`${left.row.id}:${a.id}`), left.row, left.span, '') });
    // (what it is about, in the explanation column: a ledger group, a mismatch the alignment has no more, removed text)
    const x = looseAbout(a, words, model);
    out.push({ row: null, issue: null, cells: [...alone(a.id), x.kind ?? '', words.category(a.category), words.severity(a.severity), words.verdict(a.verdict), x.figureA ?? '', x.figureB ?? '', x.about, a.note, '', ''] });
  });
  return out;
}

/** Exports the pair as CSV text (starting with U+FEFF unless `bom: false`), in `input.uiLang`. */
export function exportCsv(input: ExportInput, options: CsvOptions = {}): string {
  const d = options.delimiter ?? ',';
  const words = exportWords(input.uiLang);
  const lines: string[] = [columnHeaders(words).map((c) => csvField(c, d)).join(d)];
  for (const { cells } of tableLines(buildModel(input), words)) {
    const [id, sa, sb, type, score, ...rest] = cells;
    lines.push([id, sa, sb, type, score === '' ? '' : words.number(score), ...rest].map((c) => csvField(c, d)).join(d));
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + '\r\n';
}
