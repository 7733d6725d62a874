/**
 * Excel (.xlsx) export with exceljs (which needs Node built-ins, hence here and not in shared/):
 * a sheet of the alignment with the CSV columns, mismatch cells coloured (red while open or confirmed,
 * grey when dismissed) and annotation notes as cell comments; a sheet of the ledger's groups. Sheet names,
 * headers and values in the export's language.
 */
import ExcelJS from 'exceljs';
import type { ExportInput } from '../../../shared/formats/types';
import { buildModel, type Issue } from '../../../shared/formats/model';
import { COLUMN_KEYS, columnHeaders, tableLines } from '../../../shared/formats/csv';
import { exportWords, type ColumnKey } from '../../../shared/formats/export-words';
import { cleanXmlChars } from '../../../shared/formats/xml';
import { isRightToLeft } from '../../../shared/formats/lang-tags';
import { XLSX_CELL_MAX } from '../../../shared/formats/losses';

const RED = 'FFFFD6D6';
const GREY = 'FFE5E5E5';
const HEADER = 'FFF0F0F1';

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Text for a cell: characters XML cannot hold replaced, Excel's 32,767-character limit kept (a longer note is said: `exportLosses`). */
function cellText(s: string): string {
  return cleanXmlChars(s).slice(0, XLSX_CELL_MAX);
}

/** Exports the pair as .xlsx bytes. */
export async function exportXlsx(input: ExportInput): Promise<Uint8Array> {
  const model = buildModel(input);
  const wb = new ExcelJS.Workbook();
  wb.creator = `${input.tool.name} ${input.tool.version}`;
  const now = input.now ? new Date(input.now) : new Date();
  wb.created = now;
  wb.modified = now;

  const words = exportWords(input.uiLang);
  const ws = wb.addWorksheet(words.label('alignment'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = columnHeaders(words);
  ws.columns = COLUMN_KEYS.map((c, k) => ({
    header: headers[k],
    key: c,
    width: c.startsWith('sentence') ? 60 : c === 'note' || c === 'explanation' ? 40 : c.startsWith('figure') ? 20 : 12,
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).eachCell((c) => (c.fill = fill(HEADER)));

  const rtlA = isRightToLeft(model.langA);
  const rtlB = isRightToLeft(model.langB);
  const RTL_COLUMNS: Array<[ColumnKey, boolean]> = [
    ['sentenceA', rtlA],
    ['figureA', rtlA],
    ['sentenceB', rtlB],
    ['figureB', rtlB],
  ];
  const addRow = (values: Array<string | number>, issue: Issue | null, notes: string[]): void => {
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) : v)));
    row.alignment = { wrapText: true, vertical: 'top' };
    // A version in a right-to-left language (Arabic, Hebrew, Persian…) reads right to left in its cells.
    for (const [key, rtl] of RTL_COLUMNS) if (rtl) row.getCell(COLUMN_KEYS.indexOf(key) + 1).alignment = { wrapText: true, vertical: 'top', readingOrder: 'rtl' };
    if (issue) {
      const color = issue.dismissed ? GREY : RED;
      for (const col of [7, 8, 9, 10, 11, 12]) row.getCell(col).fill = fill(color);
    }
    if (notes.length) row.getCell(COLUMN_KEYS.indexOf('note') + 1).note = cellText(notes.join('\n\n'));
  };

  // The user's notes are a column of their own; the comment adds who wrote each and its verdict.
  for (const { issue, spanNote, cells } of tableLines(model, words)) {
    const comment = (a: { author: string; verdict: string; note: string }) => `${a.author ? `${a.author} ` : ''}[${words.verdict(a.verdict)}]: ${a.note}`;
    const notes = [...(issue?.annotations ?? []), ...(spanNote ? [spanNote.annotation] : [])].filter((a) => a.note.trim() !== '').map(comment);
    const [id, sa, sb, type, score, ...rest] = cells;
    addRow([id, sa, sb, type, score === '' ? '' : Number(score.toFixed(4)), ...rest], issue, notes);
  }


  const ls = wb.addWorksheet(words.label('ledger'));
  ls.columns = [
    { header: words.label('group'), key: 'id', width: 8 },
    { header: words.label('what'), key: 'what', width: 20 },
    { header: words.label('kind'), key: 'kind', width: 10 },
    { header: words.label('consistent'), key: 'consistent', width: 12 },
    { header: words.label('version'), key: 'version', width: 24 },
    { header: words.label('sentenceNo'), key: 'sentence', width: 10 },
    { header: words.label('figure'), key: 'figure', width: 30 },
  ];
  ls.getRow(1).font = { bold: true };
  for (const g of input.ledger) {
    for (const e of g.entries) {
      const row = ls.addRow([
        cellText(g.id),
        cellText(words.ledgerWhat(g.what)),
        words.figureKind(g.kind),
        words.label(g.consistent ? 'yes' : 'no'),
        cellText(input.project.versions[e.version]?.name ?? String(e.version)),
        e.sentence + 1,
        cellText(e.figure.text),
      ]);
      if (!g.consistent) row.getCell(4).fill = fill(RED);
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
