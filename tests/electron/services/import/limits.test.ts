import { describe, it, expect, vi } from 'vitest';
import mammoth from 'mammoth';
import { zipSync, strToU8 } from 'fflate';
import { importFile, importBilingualFile, textTooLong } from '../../../../electron/services/import';
import { checkZip, docxToText, MAX_DOCX_XML } from '../../../../electron/services/import/docx';
import { MAX_VERSION_TEXT } from '../../../../shared/project/limits';
import { MAX_XML_DEPTH, nestingDepth } from '../../../../shared/formats/xml-read';
import { en } from '../../../../shared/i18n/en';
import { id } from '../../../../shared/i18n/id';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal Word document whose body is `body` (WordprocessingML paragraphs). */
function docx(body: string, level: 0 | 6 = 6): Uint8Array {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(xml) }, { level });
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('the size of a Word document is bounded by what it unpacks to, not by its ratio', () => {
  it('accepts 12 MB of repetitive text (compressing some 300 times)', () => {
    const p = para('Sebanyak 1.250 warga mengungsi ke sekolah terdekat pada hari Selasa pagi.');
    const bytes = docx(p.repeat(Math.ceil((12 * 1024 * 1024) / p.length)));
    const check = checkZip(bytes);
    expect(check).toMatchObject({ ok: true });
    if (check.ok) expect(check.unpacked / bytes.length).toBeGreaterThan(200);
  });

  it('refuses, quickly and before parsing, a document holding more text than a version can keep', async () => {
    // Stored without compression: no ratio to notice, only the size of the XML.
    const p = para('Angka 12.345 dan 67.890 tercatat dalam tabel panjang yang terus berulang tanpa henti.');
    const bytes = docx(p.repeat(Math.ceil((MAX_DOCX_XML + 4 * 1024 * 1024) / p.length)), 0);
    const started = performance.now();
    const r = await importFile({ name: 'tabel.docx', bytes });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r).toMatchObject({ ok: false, code: 'too-large', messageKey: 'limits.docxTooMuchText', params: { name: 'tabel.docx', limit: 24 } });
    if (!r.ok) expect(r.message).toMatch(/more document text than Selaras opens/);
  });

  it('applies one text limit at the door, the project file\'s own', () => {
    expect(textTooLong('a.txt', MAX_VERSION_TEXT)).toBeNull();
    const r = textTooLong('a.txt', MAX_VERSION_TEXT + 1);
    expect(r).toMatchObject({ ok: false, code: 'too-large', messageKey: 'limits.tooMuchText', params: { name: 'a.txt', limit: 52 } });
  });
});

describe('errors of the Word reader are ours, with the parser\'s words kept apart', () => {
  it('a broken document body: one clean sentence, the detail only in `debug`', async () => {
    const broken = zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p>\t\n<w:r></w:body>'),
    });
    const r = await docxToText(broken, 'rusak.docx');
    expect(r).toMatchObject({ ok: false, code: 'corrupt', messageKey: 'errors.corrupt', params: { name: 'rusak.docx' } });
    if (r.ok) return;
    expect(r.message).toBe('rusak.docx is not a readable Word document.');
    expect(Object.keys(r.params)).toEqual(['name']);
    expect(r.debug).toBeTruthy();
    expect(r.message).not.toMatch(/[\t\n]/);
  });
});

describe('XML nested too deep says so', () => {
  it('counts nesting without parsing, skipping comments, CDATA and quoted >', () => {
    expect(nestingDepth('<a><b x="1>2"><c/><!-- <d> --><![CDATA[<e>]]></b></a>')).toBe(2);
    expect(nestingDepth('<?xml version="1.0"?><a><b><c></c></b></a>')).toBe(3);
  });

  it('a TMX nested past the limit is refused as too deep, not as not well-formed', async () => {
    const depth = 20_000;
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>${'<bpt>'.repeat(depth)}${'</bpt>'.repeat(depth)}</seg></tuv></tu></body></tmx>`;
    const r = await importBilingualFile({ name: 'dalam.tmx', bytes: strToU8(tmx) });
    expect(r).toMatchObject({ ok: false, code: 'too-deep', messageKey: 'limits.xmlTooDeep', params: { name: 'dalam.tmx', limit: MAX_XML_DEPTH } });
    if (!r.ok) expect(r.message).toMatch(/more than 200 levels deep/);
  });

  it('has the new messages in both languages', () => {
    for (const key of ['tooMuchText', 'docxTooMuchText', 'xmlTooDeep'] as const) {
      expect(en.limits[key]).toContain('{{name}}');
      expect(id.limits[key]).toContain('{{name}}');
    }
  });
});

describe('Word documents are parsed one at a time', () => {
  it('several imports at once never parse together, and all succeed', async () => {
    const real = mammoth.extractRawText.bind(mammoth);
    let inside = 0;
    let most = 0;
    const spy = vi.spyOn(mammoth, 'extractRawText').mockImplementation(async (input) => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 20));
      try {
        return await real(input);
      } finally {
        inside--;
      }
    });
    try {
      const names = ['satu', 'dua', 'tiga', 'empat'];
      const results = await Promise.all(names.map((n) => docxToText(docx(para(`Paragraf ${n} berisi 5 angka.`)), `${n}.docx`)));
      expect(results.map((r) => (r.ok ? r.text : r.code))).toEqual(names.map((n) => `Paragraf ${n} berisi 5 angka.`));
      expect(spy).toHaveBeenCalledTimes(4);
      expect(most).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
