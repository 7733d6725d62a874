import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { exportXlsx } from '../../../../electron/services/export/xlsx';
import { arabicEnglishInput, inputFrom, hostileSample, sampleInput, XSS_A } from '../../../shared/formats/helpers';
import { exportLosses } from '../../../../shared/formats/losses';

describe('exportXlsx', () => {
  it('colours mismatch cells and puts notes in cell comments', async () => {
    const bytes = await exportXlsx(sampleInput());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Alignment')!;
    expect(ws.getRow(1).getCell(1).value).toBe('id');
    const ids = [];
    for (let r = 2; r <= ws.rowCount; r++) ids.push(ws.getRow(r).getCell(1).value);
    // The note on a stretch of b6's text and the ledger note (on no row) have lines of their own.
    expect(ids).toEqual(['b1', 'b2:m1', 'b3', 'b4', 'b5:m2', 'b6', 'b6:a3', 'a4']);
    expect(ws.getRow(9).getCell(14).value).toBe('Two different counts of evacuees.');
    // the span note's line has its verdict and its note, with its comment on that line only
    const span = ws.getRow(8);
    expect([span.getCell(8).value, span.getCell(10).value, span.getCell(14).value]).toEqual(['Addition', 'Open', 'Who said it? <check>']);
    expect(ws.getRow(7).getCell(14).note).toBeUndefined();
    // The level of each mismatch has its column.
    expect(ws.getRow(3).getCell(15).value).toBe('Drift');
    const m1 = ws.getRow(3);
    expect(m1.getCell(11).value).toBe('1.250 warga');
    expect((m1.getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD6D6');
    const m2 = ws.getRow(6);
    expect((m2.getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE5E5E5');
    // Category, explanation and the user's note are columns of their own.
    expect(m1.getCell(8).value).toBe('Numbers');
    expect(m1.getCell(13).value).toBe('1.250 vs 1,520');
    expect(m1.getCell(14).value).toBe('Angka pengungsi di versi Inggris tertukar digitnya.');
    const note = m1.getCell(14).note;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toContain('Angka pengungsi di versi Inggris tertukar digitnya.');
    expect(ws.getRow(2).getCell(6).value).toBe('confirmed');
    const ledger = wb.getWorksheet('Ledger')!;
    expect(ledger.rowCount).toBe(5);
  });

  it('speaks Indonesian when asked', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportXlsx({ ...sampleInput(), uiLang: 'id' })) as unknown as ArrayBuffer);
    // the sheets, the ledger's headers and values in Indonesian too
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Penjajaran', 'Buku angka']);
    const ws = wb.getWorksheet('Penjajaran')!;
    expect(ws.getRow(1).getCell(2).value).toBe('kalimat A');
    expect(ws.getRow(3).getCell(10).value).toBe('Kesalahan terkonfirmasi');
    const ledger = wb.getWorksheet('Buku angka')!;
    expect((ledger.getRow(1).values as unknown[]).slice(1)).toEqual(['Kelompok', 'Apa', 'Jenis', 'Konsisten', 'Versi', 'Kalimat', 'Angka']);
    const values = (ledger.getRow(2).values as unknown[]).slice(1);
    expect(['ya', 'tidak']).toContain(values[3]);
    expect(values[2]).not.toMatch(/^(count|money|percent|date)$/);
  });

  it('keeps hostile text as plain strings (no formulas)', async () => {
    const s = hostileSample();
    s.project.annotations[0] = { ...s.project.annotations[0], note: '=HYPERLINK("http://evil","x")' };
    const bytes = await exportXlsx(inputFrom(s));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Alignment')!;
    let found = false;
    ws.eachRow((row) => row.eachCell((c) => {
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      if (String(c.value).includes(XSS_A)) found = true;
    }));
    expect(found).toBe(true);
  });
});

describe('right-to-left versions in XLSX', () => {
  it('the cells of an Arabic version (sentence, figure) read right to left; an English one’s do not', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportXlsx(arabicEnglishInput())) as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Alignment')!.getRow(2);
    expect(String(row.getCell(2).value)).toContain('قُتل');
    expect(row.getCell(2).alignment?.readingOrder).toBe('rtl');
    expect(row.getCell(11).alignment?.readingOrder).toBe('rtl');
    expect(row.getCell(3).alignment?.readingOrder).toBeUndefined();
    expect(row.getCell(12).alignment?.readingOrder).toBeUndefined();
  });
});

describe('a note longer than an Excel cell', () => {
  it('is cut at 32,767 characters, and the export says so (CSV keeps it whole)', async () => {
    const s = sampleInput();
    const long = 'x'.repeat(40_000);
    const input = { ...s, project: { ...s.project, annotations: s.project.annotations.map((a, k) => (k === 0 ? { ...a, note: long } : a)) } };
    expect(exportLosses('xlsx', input.project)).toContainEqual({ key: 'formats2.loss.cellCut', params: { format: 'XLSX', count: 1, max: 32_767 } });
    expect(exportLosses('csv', input.project).map((l) => l.key)).not.toContain('formats2.loss.cellCut');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportXlsx(input)) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    expect(cells.some((c) => c.length === 32_767)).toBe(true);
  });
});
