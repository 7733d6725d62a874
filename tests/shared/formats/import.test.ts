import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { importBilingual } from '../../../shared/formats';
import { readXml } from '../../../shared/formats/xml-read';
import { exportXliff } from '../../../shared/formats/xliff';
import { canValidate, sampleInput, xmllint } from './helpers';
import { translate } from '../../../shared/i18n';
import { isInlineMark } from '../../../shared/project/annotations';

/** The text without inline-code placeholders (codes are kept as U+E000…; see codes.ts). */
const plain = (t: string) => t.replace(/[\uE000-\uF8FF]/g, '');
const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const read = (n: string) => readFileSync(path.join(FIX, n), 'utf8');

describe('importXliff: other tools', () => {
  it('XLIFF 1.2: trans-units in groups, inline codes dropped, notes and ITS issues as annotations', () => {
    // The fixture is XLIFF 1.2 strict apart from the ITS attributes (as Okapi writes them; the 1.2
    // schema has no ITS module), so validate it without them.
    if (canValidate()) {
      const withoutIts = read('other-tool-1.2.xlf').replace(/\s(xmlns:)?its:[A-Za-z]+="[^"]*"/g, '');
      expect(xmllint(withoutIts, 'xliff12')).toMatchObject({ status: 0, output: '' });
    }
    const r = importXliff(read('other-tool-1.2.xlf'), 'pasar.xlf');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('xliff-1.2');
    expect(r.versions.map((v) => [v.langTag, v.lang])).toEqual([
      ['id-ID', 'id'],
      ['en-US', 'en'],
    ]);
    expect(r.versions[0].sentences.map(plain)).toEqual([
      'Harga cabai naik 25 persen pekan ini.',
      'Pedagang menjual 3 ton per hari & libur Minggu.',
      'Belum diterjemahkan.',
    ]);
    expect(r.versions[1].sentences.map(plain)).toEqual(['Chili prices rose 25 percent this week.', 'Traders sell 4 tonnes a day & rest on Sundays.']);
    expect(r.beads).toEqual([
      { a: [0], b: [0], score: 1, confirmed: true, origin: { unit: '1', format: 'xliff-1.2', file: '1', groups: ['g1'], segmentStates: ['final'], confirmedInFile: true, approvedInFile: 'yes' } },
      { a: [1], b: [1], score: 1, origin: { unit: '2', format: 'xliff-1.2', file: '1', confirmedInFile: false } },
      { a: [2], b: [], score: 1, origin: { unit: '3', format: 'xliff-1.2', file: '1', confirmedInFile: false } },
    ]);
    const issue = r.annotations.find((a) => a.category === 'numbers')!;
    expect(issue).toMatchObject({ severity: 'critical', verdict: 'open', note: '3 vs 4' });
    expect(issue.target.type === 'span' && r.versions[1].text.slice(issue.target.start, issue.target.end)).toBe('4 tonnes');
    const note = r.annotations.find((a) => a.note === 'Cek angka dengan BPS.')!;
    expect(note).toMatchObject({ author: 'Rina', severity: 'critical' });
  });

  it('XLIFF 2.0: a unit is one bead (its segments and id kept), pc text kept, cp decoded, disabled issues dismissed, notes kept', () => {
    const r = importXliff(read('other-tool-2.0.xlf'), 'port.xlf');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('xliff-2');
    expect(r.versions[0].sentences.map(plain)).toEqual(['The port handled 1.2 million containers.', 'It was a record.', 'Only source here.']);
    expect(r.versions[1].sentences.map(plain)).toEqual(['Pelabuhan menangani 2,1 juta peti kemas.', 'Itu rekor!']);
    // Only one of u1's two segments was reviewed: the unit is not confirmed.
    expect(r.beads).toMatchObject([
      { a: [0, 1], b: [0, 1], score: 1, origin: { unit: 'u1', segments: [[1, 1], [1, 1]] } },
      { a: [2], b: [], score: 1, origin: { unit: 'u2', groups: ['g'] } },
    ]);
    const lqi = r.annotations.find((a) => a.note === 'checked')!;
    expect(lqi).toMatchObject({ verdict: 'acceptable', category: 'numbers', severity: 'minor' });
    expect(lqi.target.type === 'span' && r.versions[1].text.slice(lqi.target.start, lqi.target.end)).toBe('2,1 juta');
    const note = r.annotations.find((a) => a.note === 'Terjemahan angka salah.')!;
    expect(note.target).toMatchObject({ type: 'span', version: 1 });
  });
});

describe('importTmx: other tools', () => {
  it('matches languages case-insensitively, keeps hi text, drops native codes, turns notes into annotations', () => {
    const r = importTmx(read('other-tool.tmx'), 'other.tmx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.versions.map((v) => v.lang)).toEqual(['en', 'id']);
    expect(r.versions[0].sentences.map(plain)).toEqual(['Turnout was 81 percent.', 'Reversed order.']);
    expect(r.versions[1].sentences.map(plain)).toEqual(['Partisipasi mencapai 81 persen.', 'Urutan terbalik.']);
    expect(r.beads).toMatchObject([
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [1], score: 1 },
    ]);
    // (the <hi> is kept as an inline mark on its span, no note)
    const notes = r.annotations.filter((a) => !isInlineMark(a));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ note: 'Approved by desk', verdict: 'open', target: { type: 'span', version: 0, start: 0 } });
    const hi = r.annotations.find(isInlineMark)!;
    expect(hi).toMatchObject({ note: '', noteAttrs: { 'x-hi': 'yes', 'x-hi-x': '1' }, target: { type: 'span', version: 1 } });
    const t = hi.target as { start: number; end: number };
    expect(r.versions[1].text.slice(t.start, t.end)).toBe('81 persen');
  });
});

describe('hostile and broken input', () => {
  it('XXE: an external entity is refused, never resolved', () => {
    const r = importXliff(read('xxe.xlf'), 'xxe.xlf');
    expect(r).toMatchObject({ ok: false, code: 'unsafe', messageKey: 'errors.xml.unsafe', params: { name: 'xxe.xlf' } });
    expect(JSON.stringify(r)).not.toContain('root:');
  });

  it('billion laughs: refused at once, nothing expanded', () => {
    const t0 = Date.now();
    const r = importTmx(read('billion-laughs.tmx'), 'lol.tmx');
    expect(r).toMatchObject({ ok: false, code: 'unsafe' });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('entity references without declarations are refused as malformed, named (no expansion, no lookup)', () => {
    const xml = exportXliff(sampleInput()).replace('Banjir besar', '&xxe; &lol9; Banjir besar');
    const r = importXliff(xml);
    expect(r).toMatchObject({ ok: false, code: 'malformed' });
    expect(!r.ok && r.message).toContain('&xxe;');
  });

  it('even if the DTD check were bypassed, the parser does not expand entities', () => {
    // readXml refuses; the parser underneath is configured with processEntities: false.
    expect(readXml('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>')).toMatchObject({ ok: false, code: 'unsafe' });
    expect(readXml('<a>&e; &amp;</a>')).toMatchObject({ ok: false, code: 'malformed' });
    const plain = readXml('<a>&amp; &#65;&#x42;</a>');
    expect(plain.ok && plain.root.children).toEqual([{ text: '& AB' }]);
  });

  it('a character reference to no character (half a surrogate pair, NUL) is malformed, its line named; a whole one is read', () => {
    expect(readXml('<tmx>\n<seg>Party &#xD83D; 5</seg></tmx>')).toMatchObject({ ok: false, code: 'malformed', line: 2, detail: expect.stringContaining('&#xD83D;') });
    expect(readXml('<a>&#0;</a>')).toMatchObject({ ok: false, code: 'malformed' });
    const whole = readXml('<a>&#x1F389; <![CDATA[&#xD83D;]]></a>');
    expect(whole.ok && whole.root.children.map((c) => ('text' in c ? c.text : '')).join('')).toContain('\u{1F389}');
  });

  it('malformed, wrong-format, unsupported version, empty, too large', () => {
    expect(importXliff('<xliff version="2.1"><file>', 'a.xlf')).toMatchObject({ ok: false, code: 'malformed', messageKey: 'errors.xml.malformedAt', params: { line: 1 } });
    // The line where the XML breaks is named (a tag left open inside a TMX segment).
    const broken = importTmx('<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu><tuv xml:lang="en"><seg>Open <b>tag</seg></tuv></tu>\n</body></tmx>', 'b.tmx');
    expect(broken).toMatchObject({ ok: false, code: 'malformed', messageKey: 'errors.xml.malformedAt', params: { name: 'b.tmx', line: 4 } });
    expect(!broken.ok && broken.message).toMatch(/^b\.tmx, line 4: not well-formed XML \(.+\)\.$/);
    for (const lang of ['en', 'id'] as const) expect(translate(lang, 'errors.xml.malformedAt', { name: 'b.tmx', line: 4 })).toMatch(/b\.tmx.*4/);
    expect(importXliff('not xml at all', 'a.xlf')).toMatchObject({ ok: false, code: 'malformed' });
    expect(importXliff('<a/><b/>', 'a.xlf')).toMatchObject({ ok: false, code: 'malformed' });
    expect(importTmx('<xliff version="2.0"/>', 'a.tmx')).toMatchObject({ ok: false, code: 'wrong-format', messageKey: 'errors.xml.wrongFormat' });
    expect(importXliff('<xliff version="3.0"/>', 'a.xlf')).toMatchObject({ ok: false, code: 'unsupported-version' });
    // a missing version is named as such, not as version "?"
    expect(importXliff('<xliff/>', 'a.xlf')).toMatchObject({ ok: false, code: 'unsupported-version', message: expect.stringMatching(/has no version attribute/) });
    expect(importXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"/></xliff>', 'e.xlf')).toMatchObject({
      ok: false,
      code: 'empty',
      messageKey: 'errors.xml.empty',
    });
    expect(readXml('<a>' + 'x'.repeat(200) + '</a>', 100)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('deep nesting does not throw', () => {
    const deep = '<xliff version="2.0">' + '<g>'.repeat(20000) + '</g>'.repeat(20000) + '</xliff>';
    const r = importXliff(deep, 'deep.xlf');
    expect(r.ok).toBe(false);
  });

  it('importBilingual tells TMX from XLIFF by the root element', () => {
    expect(importBilingual(read('other-tool.tmx'), 'renamed.xml')).toMatchObject({ ok: true, format: 'tmx' });
    expect(importBilingual(read('other-tool-2.0.xlf'), 'renamed.tmx')).toMatchObject({ ok: true, format: 'xliff-2' });
    expect(importBilingual('<html/>', 'x.html')).toMatchObject({ ok: false, code: 'wrong-format' });
  });
});

describe('schema validation sanity', () => {
  it('xmllint really rejects a broken export (the validation tests can fail)', () => {
    if (!canValidate()) return;
    const bad = exportXliff(sampleInput()).replace('its:locQualityIssueSeverity="60"', 'its:locQualityIssueSeverity="high"');
    expect(xmllint(bad, 'xliff21').status).not.toBe(0);
    const noSource = exportXliff(sampleInput()).replace(/<source>[^<]*<\/source>/, '');
    expect(xmllint(noSource, 'xliff21').status).not.toBe(0);
  });
});

describe('HTML named characters in a TMX or XLIFF file', () => {
  it('&nbsp; and &ndash; read as the characters they name, written back as characters, not as &amp;nbsp;', async () => {
    const { decodeXmlEntities } = await import('../../../shared/formats/xml-read');
    expect(decodeXmlEntities('5&nbsp;km &ndash; 7&amp;8 &unknown;')).toBe('5\u00a0km \u2013 7&8 &unknown;');
  });
  it('an entity neither XML nor HTML defines (&foo;) makes the file malformed, with its line (it was read as the text &foo;)', async () => {
    const { readXml } = await import('../../../shared/formats/xml-read');
    const r = readXml('<tmx>\n<seg>Price &euro;5 &foo; &amp;</seg></tmx>');
    expect(r).toMatchObject({ ok: false, code: 'malformed', line: 2 });
    expect(!r.ok && r.detail).toContain('&foo;');
    // (inside a CDATA section or a comment it is text)
    expect(readXml('<tmx><!-- &foo; --><seg><![CDATA[a &foo; b]]> &nbsp;</seg></tmx>').ok).toBe(true);
  });
});
