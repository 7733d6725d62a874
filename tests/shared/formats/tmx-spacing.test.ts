/**
 * A TMX segment's own spacing (runs of spaces, line breaks, a space at either end, no space between a
 * code and the next sentence) is read as plain sentences for the analysis and written back as the
 * file had it while the sentences still read the same: a translation memory comes back byte for byte,
 * and an XLIFF made from it keeps the spacing within its segments.
 */
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { writtenAsRead } from '../../../shared/formats/spacing';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { canValidate, xmllint } from './helpers';

const SEGS: Array<[string, string]> = [
  ['Harga naik  10 persen.', 'Prices rose  10 percent.'],
  ['Baris satu\nbaris dua.', 'Line one\nline two.'],
  [' Ada spasi di depan. ', '\tA tab in front.'],
  ['Selesai.<ph x="1">&lt;br/&gt;</ph>Lanjut 4 kali.', 'Done.<ph x="1">&lt;br/&gt;</ph>Next 4 times.'],
  ['Tanpa spasi aneh.', 'No odd spacing.'],
  ['\n      Diatur rapi.\n    ', '\n      Laid out.\n    '],
];

function tmx(segs: Array<[string, string]>, tuvSpace = ''): string {
  const units = segs
    .map(([a, b], k) => `<tu tuid="u${k + 1}"><tuv xml:lang="id"${tuvSpace}><seg>${a}</seg></tuv><tuv xml:lang="en"${tuvSpace}><seg>${b}</seg></tuv></tu>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="hand" adminlang="en" srclang="id" datatype="plaintext"/><body>\n${units}\n</body></tmx>\n`;
}

const segsOf = (xml: string) => [...xml.matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => m[1]);

function trip(xml: string) {
  const r = importTmx(xml, 'memory.tmx');
  if (!r.ok) throw new Error(r.message);
  const project = projectFromBilingual(r, 'memory.tmx');
  return { r, project, out: exportTmx(exportInputOf(project, 0, 'all', 't')) };
}

describe('a TMX segment keeps its own spacing through Selaras', () => {
  it('reads plain sentences for the analysis', () => {
    const { r } = trip(tmx(SEGS));
    expect(r.versions[0].sentences.slice(0, 3)).toEqual(['Harga naik 10 persen.', 'Baris satu baris dua.', 'Ada spasi di depan.']);
    expect(r.versions[1].sentences.slice(0, 3)).toEqual(['Prices rose 10 percent.', 'Line one line two.', 'A tab in front.']);
  });

  it('writes every segment back as the file had it, and again after a second trip', () => {
    const original = tmx(SEGS);
    const once = trip(original).out;
    expect(segsOf(once)).toEqual(segsOf(original));
    if (canValidate()) expect(xmllint(once, 'tmx')).toMatchObject({ status: 0, output: '' });
    const twice = trip(once);
    expect(twice.r.versions[0].sentences.slice(0, 3)).toEqual(['Harga naik 10 persen.', 'Baris satu baris dua.', 'Ada spasi di depan.']);
    expect(segsOf(twice.out)).toEqual(segsOf(once));
  });

  it('under xml:space="preserve" a line break still parts sentences, and comes back', () => {
    const original = tmx([['Satu  dua.\nTiga.', 'One  two.\nThree.']], ' xml:space="preserve"');
    const { r, out } = trip(original);
    expect(r.versions[0].sentences).toEqual(['Satu  dua.', 'Tiga.']);
    expect(segsOf(out)).toEqual(segsOf(original));
    const again = trip(out);
    expect(again.r.versions[0].sentences).toEqual(['Satu  dua.', 'Tiga.']);
    expect(segsOf(again.out)).toEqual(segsOf(original));
  });

  it("a third language's segment keeps its spacing too", () => {
    const three = tmx([['Dua  spasi.', 'Two  spaces.']]).replace('</seg></tuv></tu>', '</seg></tuv><tuv xml:lang="fr"><seg>Deux  espaces.\nEt une ligne.</seg></tuv></tu>');
    const { out } = trip(three);
    expect(segsOf(out)).toEqual(['Dua  spasi.', 'Two  spaces.', 'Deux  espaces.\nEt une ligne.']);
  });

  it('survives saving the project and opening it again', () => {
    const { project } = trip(tmx(SEGS));
    const text = serializeProject(project, { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' });
    const opened = parseProject(text, { name: 'memory.selaras' });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(segsOf(exportTmx(exportInputOf(opened.project, 0, 'all', 't')))).toEqual(segsOf(tmx(SEGS)));
  });

  it('XLIFF 2 and 1.2 (written under xml:space="preserve") get the spacing within a segment and at its ends, but not a layout\'s line break at an end', () => {
    const { project } = trip(tmx(SEGS));
    const xlf = exportXliff(exportInputOf(project, 0, 'all', 't'));
    for (const x of ['<source>Harga naik  10 persen.</source>', '<source>Baris satu\nbaris dua.</source>', '<source> Ada spasi di depan. </source>', '<target>\tA tab in front.</target>', '<source>Diatur rapi.</source>']) expect(xlf).toContain(x);
    if (canValidate()) expect(xmllint(xlf, 'xliff21')).toMatchObject({ status: 0, output: '' });
    const x12 = exportXliff12(exportInputOf(project, 0, 'all', 't'));
    expect(x12).toContain('<source>Harga naik  10 persen.</source>');
    expect(x12).toContain('Line one\nline two.</target>');
    expect(x12).toContain('<source> Ada spasi di depan. </source>');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });

  it('a segment of 100,000 characters keeps its own spacing too, and the project still saves and opens', () => {
    const long = `${'Kata  '.repeat(17000)}akhir.`;
    const { project, out } = trip(tmx([[long, 'The end.']]));
    expect(segsOf(out)[0]).toBe(long);
    const text = serializeProject(project, { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' });
    expect(parseProject(text, { name: 'long.selaras' }).ok).toBe(true);
  });

  it('sentences edited since (or cut differently) are written as they now read, the spacing around them kept', () => {
    const written = 'Harga naik  10 persen.';
    expect(writtenAsRead(['Harga naik 10 persen.'], written, false)).toBe(written);
    expect(writtenAsRead(['Harga naik 12 persen.'], written, false)).toBe('Harga naik 12 persen.');
    expect(writtenAsRead(['Harga naik 12 persen.', 'Ekspor  turun.'], ' Harga naik  10 persen.\nEkspor  turun. ', true)).toBe(' Harga naik 12 persen.\nEkspor  turun. ');
    // (a sentence more or fewer than the file's: its spacing no longer fits)
    expect(writtenAsRead(['Harga naik 12 persen.', 'Ekspor turun.', 'Impor naik.'], ' Harga naik  10 persen.\nEkspor  turun. ', true)).toBeUndefined();
    expect(writtenAsRead(['Harga naik', '10 persen.'], written, false)).toBe(written); // a cut at a space joins back the same
    expect(writtenAsRead(['Harga naik 10', 'persen.'], 'Harga naik 10persen.', false)).toBeUndefined();
    expect(writtenAsRead(['Harga naik 10 persen.'], undefined, false)).toBeUndefined();
  });
});

describe("a TMX segment's own spacing in the table exports", () => {
  it('CSV (and XLSX, from the same lines) keep the line break and the run of spaces (they were made one space)', async () => {
    const { exportCsv } = await import('../../../shared/formats/csv');
    const tmx =
      '<tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>' +
      '<tu><tuv xml:lang="en"><seg>Name:  John\nSmith 3</seg></tuv><tuv xml:lang="id"><seg>Nama:  John\nSmith 3</seg></tuv></tu></body></tmx>';
    const r = importTmx(tmx, 's.tmx');
    if (!r.ok) throw new Error(r.message);
    const csv = exportCsv(exportInputOf(projectFromBilingual(r, 's.tmx'), 0, 'all', 't'));
    expect(csv).toContain('"Name:  John\nSmith 3","Nama:  John\nSmith 3"');
  });
});
