import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { exportCsv, csvField, guardFormula, CSV_COLUMNS } from '../../../shared/formats/csv';
import { minimalInput, sampleInput } from './helpers';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';

/** A strict RFC 4180 reader, written for the test. */
function parseCsv(text: string, d = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else field += text[i++];
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === d) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || row.length) throw new Error('last line not terminated');
  return rows;
}

describe('exportCsv', () => {
  it('starts with a UTF-8 BOM, has the documented columns and one row per mismatch or bead', () => {
    const csv = exportCsv(sampleInput());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // The ledger note (on no row) has a line of its own: its verdict, category and note are not dropped.
    // A note on a stretch of a row's text has its own line after the row's: verdict, category, severity, the text.
    expect(rows.slice(1).map((r) => r[0])).toEqual(['b1', 'b2:m1', 'b3', 'b4', 'b5:m2', 'b6', 'b6:a3', 'a4']);
    expect(rows[8].slice(7, 10).concat(rows[8][13])).toEqual(['Inconsistency', 'Critical', 'Confirmed error', 'Two different counts of evacuees.']);
    const m1 = rows[2];
    expect(m1).toEqual([
      'b2:m1',
      'Sebanyak 1.250 warga mengungsi ke sekolah terdekat.',
      'Some 1,520 residents fled to nearby schools.',
      '1-1',
      '0.90',
      'unconfirmed',
      'Value',
      'Numbers',
      'Major',
      'Confirmed error',
      '1.250 warga',
      '1,520 residents',
      '1.250 vs 1,520',
      'Angka pengungsi di versi Inggris tertukar digitnya.',
      'Drift',
      '',
    ]);
    expect(rows[4][3]).toBe('1-2');
    expect(rows[5][9]).toBe('False alarm');
    // the row's own line no longer carries the note; the note's line does, with its fields and its text in B
    expect(rows[6][13]).toBe('');
    expect([...rows[7].slice(6, 11), rows[7][13]]).toEqual(['', 'Addition', 'Minor', 'Open', '', 'Who said it? <check>']);
    expect(rows[7][11]).toHaveLength(5);
    expect(rows[7][2]).toContain(rows[7][11]);
  });

  it('speaks Indonesian when the interface does: headers, values, numbers; category, explanation and note apart', () => {
    const rows = parseCsv(exportCsv({ ...sampleInput(), uiLang: 'id' }).slice(1));
    expect(rows[0]).toEqual([
      'id',
      'kalimat A',
      'kalimat B',
      'jenis pasangan',
      'keyakinan',
      'status',
      'jenis selisih',
      'kategori',
      'tingkat keparahan',
      'putusan',
      'angka A',
      'angka B',
      'penjelasan',
      'catatan',
      'tingkat',
      'id unit',
    ]);
    expect(rows[2][14]).toBe('Selisih');
    expect(rows[2].slice(4, 10)).toEqual(['0,90', 'belum dikonfirmasi', 'Nilai', 'Angka', 'Berat', 'Kesalahan terkonfirmasi']);
    expect(rows[2][13]).toBe('Angka pengungsi di versi Inggris tertukar digitnya.');
  });

  it('quotes per RFC 4180 and guards formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    for (const f of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '=HYPERLINK("http://x")']) expect(guardFormula(f).startsWith("'")).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(guardFormula('1.250 warga')).toBe('1.250 warga');
  });

  it('scope and delimiter options', () => {
    const rows = parseCsv(exportCsv(sampleInput('confirmed'), { delimiter: ';', bom: false }), ';');
    // The ledger note is on no row: it is listed whatever the scope; so are the verdicts and notes of the rows the
    // scope leaves out (on their figures, b2:m1 and b5:m2, and on a stretch of text, b6:a3), the user's own work,
    // without the rows' sentences
    const lines = rows.slice(1);
    expect(lines.map((r) => r[0])).toEqual(['b1', 'b3', 'b2:m1', 'b5:m2', 'b6:a3', 'a4']);
    const m1 = lines.find((r) => r[0] === 'b2:m1')!;
    expect([m1[1], m1[2], m1[9], m1[10], m1[11], m1[13]]).toEqual(['', '', 'Confirmed error', '1.250 warga', '1,520 residents', 'Angka pengungsi di versi Inggris tertukar digitnya.']);
    expect(lines.find((r) => r[0] === 'b6:a3')![11]).not.toBe('');
  });

  it('property: any sentence comes back from the CSV (formula-guarded)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (a, b) => {
        const rows = parseCsv(exportCsv(minimalInput([[a]], [[b]])).slice(1));
        expect(rows).toHaveLength(2);
        expect(rows[1][1]).toBe(guardFormula(a));
        expect(rows[1][2]).toBe(guardFormula(b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the unit id column', () => {
  it('gives each line the id its unit had in the TMX/XLIFF file (a TMX tuid), beside Selaras\'s row id', () => {
    const tmx =
      '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>' +
      '<tu tuid="t-17"><tuv xml:lang="en"><seg>We sold 40 cars.</seg></tuv><tuv xml:lang="id"><seg>Kami menjual 45 mobil.</seg></tuv></tu></body></tmx>';
    const r = importTmx(tmx, 'a.tmx');
    if (!r.ok) throw new Error(r.message);
    const rows = parseCsv(exportCsv(exportInputOf(projectFromBilingual(r, 'a.tmx'), 0, 'all', 't')).slice(1));
    const unit = rows[0].indexOf('unit id');
    expect(rows.slice(1).map((row) => [row[0], row[unit]])).toEqual([['b1:m1', 't-17']]);
  });
});
