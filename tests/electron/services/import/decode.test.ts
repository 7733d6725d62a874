import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { decodeText, decodeXml, MAX_DECODE_BYTES } from '../../../../electron/services/import/decode';
import { translate } from '../../../../shared/i18n';

const FIX = path.resolve(__dirname, '../../../fixtures/formats/import');
const read = (n: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIX, n)));
const EXPECTED = readFileSync(path.join(FIX, 'utf8.txt'), 'utf8');

describe('decodeText', () => {
  it.each([
    ['utf8.txt', 'utf-8', false],
    ['utf8-bom.txt', 'utf-8', true],
    ['utf16le-bom.txt', 'utf-16le', true],
    ['utf16be-bom.txt', 'utf-16be', true],
  ] as const)('reads %s as %s', (file, encoding, bom) => {
    const r = decodeText(read(file), file);
    expect(r).toEqual({ ok: true, text: EXPECTED, encoding, bom });
  });

  it('reads UTF-16 without BOM but flags it uncertain', () => {
    const r = decodeText(read('utf16le-nobom.txt'), 'x.txt');
    expect(r).toEqual({ ok: true, text: EXPECTED, encoding: 'utf-16le', bom: false, uncertain: true });
  });

  it('reads Windows-1252 (smart quotes, é, —, €) flagged uncertain', () => {
    const r = decodeText(read('cp1252.txt'), 'cp.txt');
    expect(r).toEqual({ ok: true, text: EXPECTED, encoding: 'windows-1252', bom: false, uncertain: true });
  });

  it.each([
    ['binary.png', 'binary', 'errors.binary'],
    ['controls.txt', 'binary', 'errors.binary'],
    ['empty.txt', 'empty', 'errors.empty'],
    ['blank.txt', 'empty', 'errors.empty'],
    ['mixed-broken.txt', 'undecodable', 'errors.undecodable'],
    ['lone.txt', 'undecodable', 'errors.undecodable'],
  ] as const)('refuses %s as %s', (file, code, messageKey) => {
    const r = decodeText(read(file), file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.messageKey).toBe(messageKey);
      expect(r.params.name).toBe(file);
    }
  });

  it('counts control characters exactly: a few in a long text are kept, more are binary', () => {
    const long = 'Gempa mengguncang kota itu pada pagi hari. '.repeat(10);
    const withControls = (n: number, c: string) => new TextEncoder().encode(long + c.repeat(n));
    expect(decodeText(withControls(1, '\x07'), 'one.txt').ok).toBe(true);
    expect(decodeText(withControls(1, '\x7f'), 'del.txt').ok).toBe(true);
    expect(decodeText(withControls(10, '\x1b'), 'many.txt')).toMatchObject({ ok: false, code: 'binary' });
    // tab, line feed, vertical tab, form feed and carriage return are text
    expect(decodeText(withControls(40, '\t\n\v\f\r'), 'spaces.txt').ok).toBe(true);
  });

  it('reads an XML file in the encoding its declaration names (Shift_JIS, GB18030, ISO-8859-2); a wrong declaration is refused, naming it', () => {
    const xml = (enc: string, body: string) => `<?xml version="1.0" encoding="${enc}"?>\n<tmx version="1.4"><body><tu><tuv xml:lang="x"><seg>${body}</seg></tuv></tu></body></tmx>`;
    const sjis = Buffer.from([...Buffer.from(xml('Shift_JIS', '#').split('#')[0]), 0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xc9, 0x31, 0x34, ...Buffer.from(xml('Shift_JIS', '#').split('#')[1])]);
    expect(decodeText(new Uint8Array(sjis), 'ja.tmx')).toMatchObject({ ok: true, encoding: 'shift_jis' });
    const r = decodeText(new Uint8Array(sjis), 'ja.tmx');
    expect(r.ok && r.text).toContain('<seg>東京に14</seg>');
    // 深圳 2024 in GB18030; Łódź in ISO-8859-2.
    const gb = Buffer.from([...Buffer.from(xml('GB18030', '#').split('#')[0]), 0xc9, 0xee, 0xdb, 0xda, 0x32, 0x30, 0x32, 0x34, ...Buffer.from(xml('GB18030', '#').split('#')[1])]);
    const gbr = decodeText(new Uint8Array(gb), 'zh.tmx');
    expect(gbr.ok && gbr.text).toContain('<seg>深圳2024</seg>');
    const l2 = Buffer.from([...Buffer.from(xml('ISO-8859-2', '#').split('#')[0]), 0xa3, 0xf3, 0x64, 0xbc, 0x20, 0xb3, 0xb1, 0xea, 0xbf, ...Buffer.from(xml('ISO-8859-2', '#').split('#')[1])]);
    const l2r = decodeText(new Uint8Array(l2), 'pl.tmx');
    expect(l2r.ok && l2r.text).toContain('<seg>Łódź łąęż</seg>');
    // Declared Shift_JIS, but bytes that are not: refused with the encoding named.
    const bad = Buffer.from([...Buffer.from(xml('Shift_JIS', '#').split('#')[0]), 0x85, 0x40, 0xff, 0xfd, 0x81, ...Buffer.from(xml('Shift_JIS', '#').split('#')[1])]);
    expect(decodeText(new Uint8Array(bad), 'bad.tmx')).toMatchObject({ ok: false, code: 'undecodable', messageKey: 'errors.undecodableDeclared', params: { name: 'bad.tmx', encoding: 'Shift_JIS' } });
    for (const lang of ['en', 'id'] as const) expect(translate(lang, 'errors.undecodableDeclared', { name: 'bad.tmx', encoding: 'Shift_JIS' })).toContain('Shift_JIS');
  });

  it('an XML file declared windows-1252 or ISO-8859-1 reads its curly quotes, dashes and euro sign as the code page has them', () => {
    const xml = (enc: string, body: number[]) => {
      const [head, tail] = `<?xml version="1.0" encoding="${enc}"?>\n<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>#</seg></tuv></tu></body></tmx>`.split('#');
      return new Uint8Array([...Buffer.from(head), ...body, ...Buffer.from(tail)]);
    };
    // Pages 4–6 “quoted” 5 € and é
    const body = [...Buffer.from('Pages 4'), 0x96, ...Buffer.from('6 '), 0x93, ...Buffer.from('quoted'), 0x94, ...Buffer.from(' 5 '), 0x80, ...Buffer.from(' and '), 0xe9];
    for (const enc of ['windows-1252', 'ISO-8859-1', 'latin1']) {
      const r = decodeText(xml(enc, body), 'cp.tmx');
      expect(r).toMatchObject({ ok: true, encoding: 'windows-1252' });
      expect(r.ok && r.text).toContain('<seg>Pages 4–6 “quoted” 5 € and é</seg>');
    }
  });

  it('an XML file declared UTF-8 (or declaring nothing) whose bytes are not UTF-8 is refused, not guessed as Windows-1252; declared Windows-1252 it reads', () => {
    const xml = (decl: string) => new Uint8Array([...Buffer.from(`${decl}<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>Caf`), 0xe9, ...Buffer.from(' 5 ratus</seg></tuv></tu></body></tmx>')]);
    for (const decl of ['<?xml version="1.0" encoding="UTF-8"?>', '']) {
      // (one that declares no encoding is told so, not that it declares UTF-8)
      const said = decl ? { messageKey: 'errors.undecodableDeclared', params: { name: 'm.tmx', encoding: 'UTF-8' } } : { messageKey: 'errors.undecodableUndeclared', params: { name: 'm.tmx' } };
      expect(decodeXml(xml(decl), 'm.tmx')).toMatchObject({ ok: false, code: 'undecodable', ...said });
      if (!decl) for (const lang of ['en', 'id'] as const) expect(translate(lang, 'errors.undecodableUndeclared', { name: 'm.tmx' })).toContain('UTF-8');
      // (a text file of the same bytes is read, flagged uncertain, as before)
      expect(decodeText(xml(decl), 'm.txt')).toMatchObject({ ok: true, encoding: 'windows-1252', uncertain: true });
    }
    expect(decodeXml(xml('<?xml version="1.0" encoding="windows-1252"?>'), 'm.tmx')).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decodeXml(new Uint8Array(Buffer.from('<tmx version="1.4"/>')), 'm.tmx')).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('refuses files above 50 MB before decoding', () => {
    const r = decodeText(new Uint8Array(MAX_DECODE_BYTES + 1), 'huge.txt');
    expect(r).toMatchObject({ ok: false, code: 'too-large', messageKey: 'errors.tooLarge', params: { name: 'huge.txt', limit: 50 } });
  });

  it('refuses an invalid UTF-8 after a UTF-8 BOM', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]), 'b.txt');
    expect(r).toMatchObject({ ok: false, code: 'undecodable' });
  });

  it('property: any text without control characters round-trips through UTF-8 and UTF-16 with BOM', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
      .filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s));
    fc.assert(
      fc.property(printable, (s) => {
        const u8 = decodeText(new TextEncoder().encode(s), 'p.txt');
        expect(u8.ok && u8.text).toBe(s);
        const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
        const r = decodeText(le, 'p.txt');
        expect(r.ok && r.text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('property: random bytes never throw and never give text with NUL', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeText(bytes, 'r.bin');
        if (r.ok) expect(r.text.includes('\u0000')).toBe(false);
        else expect(['binary', 'undecodable', 'empty', 'too-large']).toContain(r.code);
      }),
      { numRuns: 500 },
    );
  });
});
