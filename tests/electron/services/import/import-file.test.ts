import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { importFile, importBilingualFile } from '../../../../electron/services/import';
import { htmlToText } from '../../../../electron/services/import/html';
import { markdownToText } from '../../../../electron/services/import/markdown';
import { decodeEntities, NAMED_ENTITIES } from '../../../../electron/services/import/entities';
import { checkZip, docxToText } from '../../../../electron/services/import/docx';

const FIX = path.resolve(__dirname, '../../../fixtures/formats/import');
const fx = (n: string): string => path.join(FIX, n);

describe('importFile: formats', () => {
  it('plain text keeps the text as it is', async () => {
    const r = await importFile(fx('utf8.txt'));
    expect(r).toMatchObject({ ok: true, format: 'text', encoding: 'utf-8' });
    if (r.ok) expect(r.text).toBe(readFileSync(fx('utf8.txt'), 'utf8'));
  });

  it('cp1252 text is decoded and flagged uncertain', async () => {
    const r = await importFile(fx('cp1252.txt'));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1252', uncertain: true });
  });

  it('HTML: main article text in paragraphs, no scripts/styles/nav/forms/comments, entities decoded', async () => {
    const r = await importFile(fx('article.html'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('html');
    expect(r.text.split('\n\n')).toEqual([
      'Banjir rob & angin kencang',
      'Air laut naik hingga 1,2 meter di pesisir utara pada Selasa (5/3).',
      'Sebanyak 300 rumah terendam, kata “petugas” setempat — lebih banyak dari tahun lalu.',
      'Warga mengungsi ke masjid.',
      'Kerugian ditaksir Rp 4 miliar.',
      'Tiga sekolah diliburkan.',
    ]);
  });

  it('HTML declared windows-1252 is read without asking', async () => {
    const r = await importFile(fx('latin.htm'));
    expect(r).toMatchObject({ ok: true, format: 'html', encoding: 'windows-1252', text: 'Café menjual 20 kopi “spesial”.' });
    if (r.ok) expect(r.uncertain).toBeUndefined();
  });

  it('Markdown: markup stripped, paragraphs kept', async () => {
    const r = await importFile(fx('story.md'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('markdown');
    expect(r.text.split('\n\n')).toEqual([
      'Inflasi melambat',
      'Inflasi tahunan turun ke 2,8 persen pada Februari, menurut BPS.',
      'Harga pangan masih tinggi di 10 provinsi.',
      'Beras naik 5%.',
      'Cabai turun 3%.',
      'Kota Inflasi',
      'Medan 3,1%',
      'Angka *sementara* dapat berubah_lagi.',
    ]);
  });

  it('DOCX: paragraphs through mammoth, entities decoded', async () => {
    const r = await importFile(fx('story.docx'));
    expect(r).toMatchObject({ ok: true, format: 'docx' });
    if (r.ok) {
      expect(r.text).toBe(
        'Gempa bermagnitudo 5,1 mengguncang Garut pada pukul 10.15 WIB.\n\nSedikitnya 40 rumah rusak ringan & dua orang luka.\n\nBMKG mencatat 7 gempa susulan.',
      );
    }
  });

  it('a Word document named .txt is recognised by its content', async () => {
    const r = await importFile(fx('word-as.txt'));
    expect(r).toMatchObject({ ok: true, format: 'docx', text: 'Teks Word yang dinamai .txt berisi 3 paragraf.' });
  });

  it('accepts {name, bytes} as well as a path', async () => {
    const bytes = new Uint8Array(readFileSync(fx('utf16be-bom.txt')));
    const r = await importFile({ name: 'berita.txt', bytes });
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });
});

describe('importFile: refusals', () => {
  it.each([
    ['binary.png', 'binary', 'errors.binary'],
    ['empty.txt', 'empty', 'errors.empty'],
    ['mixed-broken.txt', 'undecodable', 'errors.undecodable'],
    ['fake.docx', 'corrupt', 'errors.corrupt'],
    ['no-text.docx', 'empty', 'errors.empty'],
    ['does-not-exist.txt', 'not-found', 'errors.notFound'],
  ] as const)('%s → %s', async (file, code, messageKey) => {
    const r = await importFile(fx(file));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.messageKey).toBe(messageKey);
      expect(r.params.name).toBe(file);
      expect(r.message).toContain(file);
    }
  });

  it('refuses .pdf and old .doc as unsupported, and a directory as unreadable', async () => {
    const pdf = await importFile({ name: 'laporan.pdf', bytes: strToU8('%PDF-1.7 ...') });
    expect(pdf).toMatchObject({ ok: false, code: 'unsupported', messageKey: 'errors.unsupported' });
    const doc = await importFile({ name: 'x', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
    expect(doc).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await importFile(FIX)).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('an HTML page without text is empty', async () => {
    const r = await importFile({ name: 'a.html', bytes: strToU8('<html><body><script>x()</script><nav>Menu</nav></body></html>') });
    expect(r).toMatchObject({ ok: false, code: 'empty' });
  });
});

/** Rewrites the uncompressed-size fields of every entry (local and central headers). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('docx zip-bomb guard', () => {
  const zeros = new Uint8Array(5 * 1024 * 1024);
  const bomb = zipSync({ 'word/document.xml': zeros, '_rels/.rels': strToU8('<x/>') }, { level: 9 });

  it('refuses an archive whose declared size is too large (before mammoth runs)', async () => {
    const declared = lieAboutSizes(bomb, 300 * 1024 * 1024);
    const r = await docxToText(declared, 'bom.docx');
    expect(r).toMatchObject({ ok: false, code: 'zip-bomb', messageKey: 'errors.zipBomb', params: { name: 'bom.docx' } });
  });

  it('refuses an archive that lies small and inflates large', () => {
    const lying = lieAboutSizes(bomb, 100);
    const c = checkZip(lying, 1024 * 1024);
    expect(c).toMatchObject({ ok: false, code: 'zip-bomb' });
    // Honest headers are caught by the declared-size check.
    expect(checkZip(bomb, 1024 * 1024)).toMatchObject({ ok: false, code: 'zip-bomb' });
    // With a big enough limit the same archive passes and its real size is counted.
    const ok = checkZip(bomb, 100 * 1024 * 1024);
    expect(ok).toMatchObject({ ok: true, unpacked: zeros.length + 4, entries: 2 });
  });

  it('bounds the XML a parser would read, whatever the compression ratio', () => {
    const big = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(checkZip(big)).toMatchObject({ ok: false, code: 'too-large', part: 'word/document.xml' });
    // A lying header does not get past the count while inflating.
    expect(checkZip(lieAboutSizes(big, 100))).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('calls a truncated archive corrupt', () => {
    const story = new Uint8Array(readFileSync(fx('story.docx')));
    expect(checkZip(story.subarray(0, story.length - 30))).toMatchObject({ ok: false, code: 'corrupt' });
  });
});

describe('html / markdown / entities helpers', () => {
  it('knows all 96 Latin-1 names and decodes numeric references safely', () => {
    expect(NAMED_ENTITIES.get('yuml')).toBe(255);
    expect(NAMED_ENTITIES.get('nbsp')).toBe(160);
    expect(decodeEntities('&eacute;&#233;&#xE9;&eacute &unknown; &#0; &#x110000; &amp;lt;')).toBe('éééé &unknown; \ufffd \ufffd &lt;');
  });

  it('skips tags whose attributes contain > and keeps text around broken markup', () => {
    expect(htmlToText('<p data-x="1 > 0">Satu</p><p>Dua < tiga</p>')).toBe('Satu\n\nDua < tiga');
    expect(htmlToText('<p>Tanpa penutup')).toBe('Tanpa penutup');
  });

  it('picks the article with the most text', () => {
    expect(htmlToText('<article><p>Pendek.</p></article><article><p>Ini artikel utama yang panjang.</p></article>')).toBe(
      'Ini artikel utama yang panjang.',
    );
  });

  it('markdown: setext headings, numbered lists, nested emphasis', () => {
    expect(markdownToText('Judul\n=====\n\n1. Satu **dua _tiga_**\n2) Empat')).toBe('Judul\n\nSatu dua tiga\n\nEmpat');
  });
});

describe('bilingual files', () => {
  const BI = path.resolve(__dirname, '../../../fixtures/formats/bilingual');
  it('importFile points TMX/XLIFF to the bilingual importer', async () => {
    const r = await importFile(path.join(BI, 'other-tool.tmx'));
    expect(r).toMatchObject({ ok: false, code: 'bilingual', messageKey: 'errors.bilingual', params: { name: 'other-tool.tmx', ext: '.tmx' } });
  });

  it('a binary file only named .tmx is said to be no text file (not sent on to the bilingual importer, which refuses it too)', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(await importFile({ name: 'photo.tmx', bytes })).toMatchObject({ ok: false, code: 'binary', messageKey: 'errors.binary' });
  });

  it('importBilingualFile reads TMX and XLIFF from disk, UTF-16 too, and refuses XXE', async () => {
    expect(await importBilingualFile(path.join(BI, 'other-tool.tmx'))).toMatchObject({ ok: true, format: 'tmx' });
    const xlf = readFileSync(path.join(BI, 'other-tool-2.0.xlf'), 'utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(xlf.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    expect(await importBilingualFile({ name: 'p.xlf', bytes: utf16 })).toMatchObject({ ok: true, format: 'xliff-2' });
    expect(await importBilingualFile(path.join(BI, 'xxe.xlf'))).toMatchObject({ ok: false, code: 'unsafe', messageKey: 'errors.xml.unsafe' });
    expect(await importBilingualFile(path.join(BI, 'missing.tmx'))).toMatchObject({ ok: false, code: 'not-found' });
  });
});
