import { describe, it, expect } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { exportDocx } from '../../../shared/formats/docx';
import { arabicEnglishInput, hostileSample, inputFrom, sampleInput, XSS_A, XSS_B } from './helpers';
import { readXml } from '../../../shared/formats/xml-read';

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
}

describe('exportDocx', () => {
  it('writes a side-by-side table with figures highlighted and notes as Word comments', async () => {
    const bytes = await exportDocx(sampleInput());
    const p = parts(bytes);
    const doc = p['word/document.xml'];
    expect(doc).toContain('<w:tbl>');
    expect(doc).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?1\.250 warga/);
    expect(doc).toContain('w:commentRangeStart');
    const comments = p['word/comments.xml'];
    expect(comments).toContain('Angka pengungsi di versi Inggris tertukar digitnya.');
    expect(comments).toContain('w:author="Dewi"');
    expect(comments).toContain('Who said it? &lt;check&gt;');
    for (const xml of Object.values(p)) expect(readXml(xml).ok).toBe(true);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain('Sebanyak 1.250 warga mengungsi ke sekolah terdekat.');
    expect(text).toContain('Some 1,520 residents fled to nearby schools.');
  });

  it('shows hostile text as text', async () => {
    const bytes = await exportDocx(inputFrom(hostileSample()));
    const p = parts(bytes);
    expect(p['word/document.xml']).not.toContain('<script>');
    expect(p['word/document.xml']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain(XSS_A);
    expect(text).toContain(XSS_B);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });
});

describe('right-to-left versions in Word', () => {
  it('an Arabic version is written as right-to-left paragraphs and runs; an English one is not', async () => {
    const doc = parts(await exportDocx(arabicEnglishInput()))['word/document.xml'];
    const paragraphOf = (text: string) => doc.slice(doc.lastIndexOf('<w:p>', doc.indexOf(text)), doc.indexOf('</w:p>', doc.indexOf(text)));
    expect(paragraphOf('قُتل')).toContain('<w:bidi/>');
    expect(paragraphOf('قُتل')).toContain('<w:rtl/>');
    expect(paragraphOf('An attack')).not.toContain('<w:bidi/>');
    expect(paragraphOf('An attack')).not.toContain('<w:rtl/>');
    const { isRightToLeft } = await import('../../../shared/formats/lang-tags');
    expect(['ar', 'he-IL', 'fa', 'ur-PK', 'ks-Arab', 'en', 'id', 'az-Latn', 'zh-Hant'].map(isRightToLeft)).toEqual([true, true, true, true, true, false, false, false, false]);
  });
});
