/**
 * Every export that can carry the review carries it: the verdict, category, note and level of
 * each mismatch (one of them at `review` level), and notes on no row; what a format cannot
 * carry is said (`exportLosses`), never dropped silently.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { createProject } from '../../../shared/project/create';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportCsv } from '../../../shared/formats/csv';
import { exportHtml } from '../../../shared/formats/html';
import { exportDocx } from '../../../shared/formats/docx';
import { exportLosses } from '../../../shared/formats/losses';
import { importBilingual } from '../../../shared/formats/index';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { translate } from '../../../shared/i18n';
import { exportWords } from '../../../shared/formats/export-words';
import { exportInputOf } from '../../../shared/formats/input';
import { inputFrom } from './helpers';
import { formatMismatchKey } from '../../../shared/project/annotations';
import { sample } from '../../fixtures/project/sample';
import type { ExportInput } from '../../../shared/formats/types';
import type { Annotation } from '../../../shared/project/types';

/** The sample with its first mismatch read at `review` level. */
function reviewInput(uiLang: 'en' | 'id' = 'en'): ExportInput {
  const s = sample();
  const [first, ...rest] = s.comparison.mismatches;
  s.comparison = { ...s.comparison, mismatches: [{ ...first, level: 'review', confidence: 0.3 }, ...rest] };
  return { ...inputFrom(s), uiLang };
}

describe.each(['en', 'id'] as const)('the review in every export (%s)', (lang) => {
  const input = reviewInput(lang);
  const t = (key: string) => translate(lang, key);
  const words = exportWords(lang);
  const m1 = input.comparison.mismatches[0];
  const a1 = input.project.annotations.find((a) => a.id === 'a1')!;
  const ledgerNote = input.project.annotations.find((a) => a.target.type === 'ledger')!;

  it('the sample holds a reviewed mismatch at review level and a note on no row', () => {
    expect(a1.target).toEqual({ type: 'mismatch', key: m1.key });
    expect(a1).toMatchObject({ verdict: 'confirmed', category: 'numbers' });
    expect(ledgerNote.note).toBe('Two different counts of evacuees.');
  });

  it('XLIFF 2.1: ITS issue type and the level in Selaras data, the note as a note', () => {
    const xml = exportXliff(input);
    expect(xml).toMatch(new RegExp(`<mrk id="m1-[a-z-]+-a"[^>]*its:locQualityIssueType="numbers"`));
    expect(xml).toContain('m1 kind=value level=review verdict=confirmed severity=major category=numbers');
    expect(xml).toContain(`category="numbers" priority="3">${a1.note}</note>`);
    expect(xml).toContain(ledgerNote.note);
  });

  it('XLIFF 1.2: verdict, category and level in the figure comment, the note as a note', () => {
    const xml = exportXliff12(input);
    const comment = [t('kind.value'), t('confidence.review'), t('category.numbers'), t('verdict.confirmed')].join(' · ');
    expect(xml).toContain(`comment="m1 · ${comment}`);
    expect(xml).toMatch(new RegExp(`<note annotates="general"[^>]*from="Dewi">${a1.note}</note>`));
    expect(xml).toContain(ledgerNote.note);
  });

  it('TMX: the issue with its level and category, the verdict, the note', () => {
    const xml = exportTmx(input);
    expect(xml).toContain('<prop type="x-selaras-issue">m1 kind=value level=review severity=major category=numbers');
    expect(xml).toContain('<prop type="x-selaras-verdict">m1 confirmed</prop>');
    expect(xml).toContain(`<note>${a1.note}</note>`);
    expect(xml).toContain(`<note>${ledgerNote.note}</note>`);
  });

  it('CSV (and XLSX, same lines): a level column; the ledger note has its own line', () => {
    const csv = exportCsv(input);
    const m1Line = csv.split('\r\n').find((l) => l.startsWith('b2:m1'))!;
    expect(m1Line).toContain(t('category.numbers'));
    expect(m1Line).toContain(t('verdict.confirmed'));
    expect(m1Line).toContain(a1.note);
    expect(m1Line.endsWith(`,${t('confidence.review')},`)).toBe(true);
    // (its explanation column names the figure group it is about)
    const group = ledgerNote.target.type === 'ledger' ? words.ledgerWhat(ledgerNote.target.what) : '';
    expect(csv).toContain(`a4,,,,,,,${t('category.inconsistency')},${t('severity.critical')},${t('verdict.confirmed')},,,${words.label('ledger')}: ${group},${ledgerNote.note},,`);
  });

  it('DOCX: level, verdict, category and the note beside the mismatch', async () => {
    const doc = strFromU8(unzipSync(await exportDocx(input))['word/document.xml']);
    expect(doc).toContain(` · ${t('confidence.review')} · ${t('verdict.confirmed')} · ${t('severity.major')} · ${t('category.numbers')}`);
    expect(doc).toContain(a1.note);
    expect(doc).toContain(ledgerNote.note);
  });

  it('HTML report: level, verdict, category and the note', () => {
    const html = exportHtml(input);
    for (const w of [t('confidence.review'), t('verdict.confirmed'), t('category.numbers'), a1.note, ledgerNote.note]) expect(html).toContain(w);
  });

  it('CSV, DOCX and HTML say what a note on no row is about: the mismatch it was on, and why it is on no row', async () => {
    // the verdict's figure was changed by an edit (removed), and a verdict on a mismatch the alignment has no more
    const removed = { ...a1, target: { type: 'mismatch' as const, key: formatMismatchKey('value', { text: '1.250 warga', start: 70, end: 81 }, { text: '1,520 residents', start: 80, end: 95 }), removed: true } };
    const gone = { ...a1, id: 'a9', note: 'Checked against the agency.', target: { type: 'mismatch' as const, key: 'missing|9 perahu@1-9|-' } };
    const detached = { ...input, project: { ...input.project, annotations: [...input.project.annotations.filter((a) => a.id !== 'a1'), removed, gone] } };
    const aboutRemoved = `${t('kind.value')}: “1.250 warga” ≠ “1,520 residents” (${words.label('figureRemoved')})`;
    const aboutGone = `${t('kind.missing')}: “9 perahu” (${words.label('mismatchGone')})`;
    const csv = exportCsv(detached);
    const line = csv.split('\r\n').find((l) => l.startsWith('a9,'))!;
    expect(line).toContain(`,${t('kind.missing')},`);
    expect(line).toContain(`,9 perahu,,${aboutGone},Checked against the agency.,`);
    expect(csv).toContain(aboutRemoved);
    const html = exportHtml(detached);
    for (const w of [aboutRemoved, aboutGone]) expect(html).toContain(w);
    const doc = strFromU8(unzipSync(await exportDocx(detached))['word/document.xml']);
    expect(doc).toContain(aboutGone);
    expect(doc).toContain(`${words.label('ledger')}: ${words.ledgerWhat(ledgerNote.target.type === 'ledger' ? ledgerNote.target.what : '')}`);
  });
});

describe('what an export cannot carry is said', () => {
  const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
  const load = (file: string) => {
    const r = importBilingual(readFileSync(path.join(FIX, file), 'utf8'), file);
    if (!r.ok) throw new Error(r.message);
    return projectFromBilingual(r, file);
  };

  it('a three-language TMX: TMX keeps every language; XLIFF and the reports say which one is left out', () => {
    const project = load('rich.tmx');
    expect(exportLosses('tmx', project)).toEqual([]);
    for (const format of ['xliff', 'xliff12', 'csv', 'html'] as const) {
      expect(exportLosses(format, project)).toContainEqual({ key: 'formats2.loss.otherLanguages', params: expect.objectContaining({ languages: 'ja-JP', count: 1 }) });
    }
    // A confirmed-only TMX holds only the pair.
    expect(exportLosses('tmx', project, 0, 'confirmed').map((l) => l.key)).toContain('formats2.loss.otherVersions');
  });

  it('three text versions: a TMX of one pair names the version it leaves out (not TMX as the way out) and the notes that go with it', () => {
    const texts = ['Ada 3 kapal.', 'There were 3 ships.', 'Ada 4 kapal.'];
    const project = createProject(
      texts.map((text, i) => ({ name: `v${i + 1}.txt`, text, lang: i === 1 ? ('en' as const) : ('id' as const), hash: String(i) })),
      [
        { mode: 'parallel' as const, beads: [{ a: [0], b: [0], score: 1 }] },
        { mode: 'parallel' as const, beads: [{ a: [0], b: [0], score: 1 }] },
      ],
    );
    const note = (id: string, target: Annotation['target']) => ({ id, target, verdict: 'confirmed' as const, category: 'other' as const, severity: 'minor' as const, note: 'n', author: '', created: '', modified: '' });
    project.annotations = [note('x1', { type: 'mismatch', key: 'value|3 kapal@4-11|4 kapal@4-11', a: 0, b: 2 }), note('x2', { type: 'span', version: 2, start: 0, end: 3 }), note('x3', { type: 'span', version: 1, start: 0, end: 5 })];
    const losses = exportLosses('tmx', project, 0);
    expect(losses).toContainEqual({ key: 'formats2.loss.otherVersions', params: expect.objectContaining({ versions: 'v3.txt (id)', count: 1 }) });
    expect(losses).toContainEqual({ key: 'formats2.loss.otherPairNotes', params: { format: 'TMX', count: 2 } });
    expect(translate('en', 'formats2.loss.otherVersions', losses[0].params)).not.toContain('use TMX');
    // XLIFF does not suggest TMX for a version TMX cannot hold (text, in the pivot's language)
    expect(exportLosses('xliff', project, 0).map((l) => l.key)).toContain('formats2.loss.otherVersions');
    // another version made the pivot: the verdict between v1 and v3 is on no pair now, said in every export
    const pivoted = { ...project, alignments: [{ ...project.alignments[0], a: 1, b: 0 }, { ...project.alignments[1], a: 1, b: 2 }] };
    expect(exportLosses('csv', pivoted, 0)).toContainEqual({ key: 'formats2.loss.unalignedPairNotes', params: { format: 'CSV', count: 1 } });
  });

  it('notes of an XLIFF 2 group that holds no unit are said to go to the file', () => {
    const r = importBilingual(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">' +
        '<group id="g1"><notes><note>Chapter notes.</note></notes><unit id="u1"><segment><source>Two boats.</source><target>Dua perahu.</target></segment></unit></group>' +
        '<group id="g2"><notes><note>An empty chapter.</note></notes></group></file></xliff>',
      'g.xlf',
    );
    if (!r.ok) throw new Error(r.message);
    const project = projectFromBilingual(r, 'g.xlf');
    expect(exportLosses('xliff', project)).toContainEqual({ key: 'formats2.loss.emptyGroupNotes', params: { format: 'XLIFF 2.1', count: 1 } });
    expect(exportXliff(exportInputOf(project, 0, 'all', 't'))).toContain('An empty chapter.');
  });

  it('a group that holds no unit is said not to be written (dropped, nothing said), and Selaras data keeps it', () => {
    const r = importBilingual(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f1">' +
        '<group id="menu" name="header-menu"/><group id="bare"/><unit id="u1"><segment><source>Hello.</source><target>Bonjour.</target></segment></unit></file></xliff>',
      'e.xlf',
    );
    if (!r.ok) throw new Error(r.message);
    const project = projectFromBilingual(r, 'e.xlf');
    // (a bare one too, with its id only)
    expect(exportLosses('xliff', project)).toContainEqual({ key: 'formats2.loss.emptyGroups', params: { format: 'XLIFF 2.1', count: 2, ids: 'menu, bare' } });
    expect(exportLosses('xliff12', project).map((l) => l.key)).toContain('formats2.loss.emptyGroups');
    const back = importBilingual(exportXliff(exportInputOf(project, 0, 'all', 't')), 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(exportLosses('xliff', projectFromBilingual(back, 'back.xlf')).map((l) => l.key)).toContain('formats2.loss.emptyGroups');
    // guard: a group with its units says nothing
    const full = importBilingual(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f1">' +
        '<group id="menu"><unit id="u1"><segment><source>Hello.</source><target>Bonjour.</target></segment></unit></group></file></xliff>',
      'f.xlf',
    );
    if (!full.ok) throw new Error(full.message);
    expect(exportLosses('xliff', projectFromBilingual(full, 'f.xlf')).map((l) => l.key)).not.toContain('formats2.loss.emptyGroups');
  });

  it('a unit id repeated in another <file> of an XLIFF file is said when TMX writes it as its row id (renamed, nothing said)', () => {
    const xml =
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">' +
      '<file id="f1"><unit id="u1"><segment><source>Title one</source><target>Titre un</target></segment></unit></file>' +
      '<file id="f2"><unit id="u1"><segment><source>Title two</source><target>Titre deux</target></segment></unit></file></xliff>';
    const r = importBilingual(xml, 'two.xlf');
    if (!r.ok) throw new Error(r.message);
    const project = projectFromBilingual(r, 'two.xlf');
    expect(exportTmx(exportInputOf(project, 0, 'all', 't'))).toContain('tuid="b2"');
    expect(exportLosses('tmx', project)).toContainEqual({ key: 'formats2.loss.repeatedIds', params: { format: 'TMX', count: 1, ids: 'b2' } });
    expect(translate('id', 'formats2.loss.repeatedIds', { format: 'TMX', count: 1, ids: 'b2' })).toContain('(b2)');
    // guard: XLIFF keeps each file's ids, and one file's units say nothing
    expect(exportLosses('xliff', project).map((l) => l.key)).not.toContain('formats2.loss.repeatedIds');
    const one = importBilingual(xml.replace('</file><file id="f2"><unit id="u1">', '<unit id="u2">'), 'one.xlf');
    if (!one.ok) throw new Error(one.message);
    expect(exportLosses('tmx', projectFromBilingual(one, 'one.xlf')).map((l) => l.key)).not.toContain('formats2.loss.repeatedIds');
  });

  it("another tool's note attributes a format has no place for are said, and come back from Selaras data (dropped, nothing said)", () => {
    const x2 = importBilingual(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f1">' +
        '<unit id="u1"><notes><note id="n7" category="terminology" priority="2">Use the glossary term.</note></notes>' +
        '<segment><source>Hello.</source><target>Bonjour.</target></segment></unit></file></xliff>',
      'n2.xlf',
    );
    const x12 = importBilingual(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" datatype="plaintext" original="ng2.template"><body>' +
        '<trans-unit id="intro"><source>Hello!</source><target>Bonjour !</target><note priority="1" from="description">A header</note></trans-unit></body></file></xliff>',
      'messages.xlf',
    );
    if (!x2.ok || !x12.ok) throw new Error('not read');
    const p2 = projectFromBilingual(x2, 'n2.xlf');
    const p12 = projectFromBilingual(x12, 'messages.xlf');
    const said = (p: typeof p2, f: 'tmx' | 'xliff' | 'xliff12') => exportLosses(f, p).find((l) => l.key === 'formats2.loss.noteData')?.params.count;
    // (by name: what this format lacks)
    expect(exportLosses('tmx', p2).find((l) => l.key === 'formats2.loss.noteData')?.params.names).toBe('category, priority');
    // XLIFF 2's category: not in XLIFF 1.2 nor TMX; XLIFF 1.2's author (`from`): not in XLIFF 2; TMX notes have neither
    expect([said(p2, 'xliff12'), said(p2, 'tmx'), said(p2, 'xliff')]).toEqual([1, 1, undefined]);
    expect([said(p12, 'xliff'), said(p12, 'tmx'), said(p12, 'xliff12')]).toEqual([1, 1, undefined]);
    const back = importBilingual(exportXliff12(exportInputOf(p2, 0, 'all', 't')), 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(back.annotations[0].noteAttrs).toMatchObject({ category: 'terminology' });
  });

  it("a file's own attributes and props another format has no place for are said (dropped, nothing said); they come back", () => {
    const tmx = importBilingual(
      '<?xml version="1.0"?><tmx version="1.4"><header creationtool="T" creationtoolversion="9" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="rtf" creationid="ANN">' +
        '<prop type="x-Client">ACME</prop></header><body><tu tuid="1"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu></body></tmx>',
      'm.tmx',
    );
    const x12 = importBilingual(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="one.html" source-language="en" target-language="fr" datatype="html" product-name="Site"><body>' +
        '<trans-unit id="1"><source>Hello.</source><target>Bonjour.</target></trans-unit></body></file></xliff>',
      'o.xlf',
    );
    if (!tmx.ok || !x12.ok) throw new Error('not read');
    const pt = projectFromBilingual(tmx, 'm.tmx');
    const p12 = projectFromBilingual(x12, 'o.xlf');
    const names = (p: typeof pt, f: 'tmx' | 'xliff' | 'xliff12') => exportLosses(f, p).find((l) => l.key === 'formats2.loss.fileData')?.params.names;
    expect(names(pt, 'xliff')).toBe('segtype, creationid, x-Client');
    expect(names(p12, 'tmx')).toBe('product-name');
    expect(translate('id', 'formats2.loss.fileData', { format: 'TMX', from: 'XLIFF 1.2', names: 'product-name' })).toContain('product-name');
    // guard: the file's own format keeps them, and says nothing
    expect([names(pt, 'tmx'), names(p12, 'xliff12')]).toEqual([undefined, undefined]);
    const back = importBilingual(exportXliff(exportInputOf(pt, 0, 'all', 't')), 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(exportTmx(exportInputOf(projectFromBilingual(back, 'back.xlf'), 0, 'all', 't'))).toContain('<prop type="x-Client">ACME</prop>');
  });

  it("another tool's attributes of inline codes a format writes nowhere are said by name (dropped, nothing said); they come back", () => {
    const x12 = importBilingual(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" target-language="fr" datatype="html"><body>' +
        '<trans-unit id="1"><source>Go <ph id="3" ctype="x-var" assoc="both">{n}</ph> <x id="4" ctype="image" xid="r1"/>.</source>' +
        '<target>Aller <ph id="3" ctype="x-var" assoc="both">{n}</ph> <x id="4" ctype="image" xid="r1"/>.</target></trans-unit></body></file></xliff>',
      'c.xlf',
    );
    const tmx = importBilingual(
      '<?xml version="1.0"?><tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/><body>' +
        '<tu tuid="1"><tuv xml:lang="en"><seg>Go <ph x="2" type="fnote" assoc="p">&lt;fn/&gt;</ph>.</seg></tuv><tuv xml:lang="fr"><seg>Aller <ph x="2" type="fnote" assoc="p">&lt;fn/&gt;</ph>.</seg></tuv></tu></body></tmx>',
      'c.tmx',
    );
    if (!x12.ok || !tmx.ok) throw new Error('not read');
    const p12 = projectFromBilingual(x12, 'c.xlf');
    const pt = projectFromBilingual(tmx, 'c.tmx');
    const said = (p: typeof pt, f: 'tmx' | 'xliff' | 'xliff12') => exportLosses(f, p).find((l) => l.key === 'formats2.loss.codeAttrs')?.params;
    // XLIFF 2 has no assoc, xid, nor a type for the ctype x-var (image it has); TMX has no xid nor XLIFF 1.2's assoc
    expect(said(p12, 'xliff')).toEqual({ format: 'XLIFF 2.1', count: 4, names: 'assoc, ctype, xid' });
    expect(said(p12, 'tmx')).toEqual({ format: 'TMX', count: 4, names: 'assoc, xid' });
    // a TMX code's assoc and a type XLIFF 2 has none for; its x pairs it as an id does, and is not said
    expect(said(pt, 'xliff')).toEqual({ format: 'XLIFF 2.1', count: 2, names: 'assoc, type' });
    expect(said(pt, 'xliff12')).toEqual({ format: 'XLIFF 1.2', count: 2, names: 'assoc' });
    // guard: the file's own format says nothing
    expect([said(p12, 'xliff12'), said(pt, 'tmx')]).toEqual([undefined, undefined]);
    const back = importBilingual(exportXliff(exportInputOf(p12, 0, 'all', 't')), 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(exportXliff12(exportInputOf(projectFromBilingual(back, 'back.xlf'), 0, 'all', 't'))).toContain('<x id="4" ctype="image" xid="r1"/>');
  });

  it("another tool's attributes of inline marks a format writes nowhere are said by name (dropped, nothing said); they come back", () => {
    const x12 = importBilingual(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>The <mrk mtype="abbrev">EU</mrk> and <mrk mtype="term">Acme</mrk>.</source><target>Die <mrk mtype="abbrev">EU</mrk> und <mrk mtype="term">Acme</mrk>.</target></trans-unit></body></file></xliff>',
      'mk.xlf',
    );
    const x2 = importBilingual(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f1"><unit id="u1"><segment>' +
        '<source>Use <mrk id="m2" type="term" ref="http://example.com/t/42" value="device">the gadget</mrk>.</source><target>Nutze <mrk id="m2" type="term" value="Gerät">das Gerät</mrk>.</target></segment></unit></file></xliff>',
      'mk2.xlf',
    );
    if (!x12.ok || !x2.ok) throw new Error('not read');
    const p12 = projectFromBilingual(x12, 'mk.xlf');
    const p2 = projectFromBilingual(x2, 'mk2.xlf');
    const said = (p: typeof p2, f: 'tmx' | 'xliff' | 'xliff12') => exportLosses(f, p).find((l) => l.key === 'formats2.loss.markAttrs')?.params;
    // XLIFF 2 has no mtype abbrev (a term it has); XLIFF 1.2 and TMX have no ref or value
    expect(said(p12, 'xliff')).toEqual({ format: 'XLIFF 2.1', count: 2, names: 'mtype' });
    expect(said(p2, 'xliff12')).toEqual({ format: 'XLIFF 1.2', count: 2, names: 'ref, value' });
    expect(said(p2, 'tmx')).toEqual({ format: 'TMX', count: 2, names: 'ref, value' });
    // guard: the file's own format, and TMX for XLIFF 1.2's mtype (written as the <hi> type), say nothing
    expect([said(p12, 'xliff12'), said(p2, 'xliff'), said(p12, 'tmx')]).toEqual([undefined, undefined, undefined]);
    const back = importBilingual(exportXliff12(exportInputOf(p2, 0, 'all', 't')), 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(exportXliff(exportInputOf(projectFromBilingual(back, 'back.xlf'), 0, 'all', 't'))).toContain('ref="http://example.com/t/42"');
  });

  it("TMX unit attributes and props that XLIFF cannot write as such are said (they travel in Selaras's data)", () => {
    const project = load('rich.tmx');
    const loss = exportLosses('xliff', project).find((l) => l.key === 'formats2.loss.unitData');
    // port-17 (dates, usage count, props) and port-18 (its srclang); unit 42 has only its tuid, which becomes the unit id.
    expect(loss?.params).toMatchObject({ count: 2, from: 'TMX', format: 'XLIFF 2.1' });
    // XLIFF 2 → XLIFF 2 and XLIFF 1.2 → XLIFF 1.2 lose nothing.
    expect(exportLosses('xliff', load('rich-2.1.xlf'))).toEqual([]);
    expect(exportLosses('xliff12', load('rich-1.2.xlf'))).toEqual([]);
    // XLIFF 2 groups and files have no place in TMX.
    expect(exportLosses('tmx', load('rich-2.1.xlf')).map((l) => l.key)).toContain('formats2.loss.structure');
  });

  it('every loss message exists in English and Indonesian with its parameters filled', () => {
    const losses = [
      ...exportLosses('xliff', load('rich.tmx')),
      ...exportLosses('tmx', load('rich-2.1.xlf')),
      { key: 'formats2.loss.controlChars', params: { format: 'TMX', count: 3 } },
      { key: 'formats2.loss.partlyTranslated', params: { format: 'TMX', count: 2 } },
      { key: 'formats2.loss.noConfirmedRows', params: { format: 'CSV' } },
      { key: 'formats2.loss.noConfirmedRowsFile', params: { format: 'XLIFF 2.1' } },
      { key: 'formats2.loss.otherVersions', params: { format: 'TMX', pair: 'a.txt ↔ b.txt', versions: 'c.txt (id)' } },
    ];
    for (const lang of ['en', 'id'] as const) {
      for (const l of losses) {
        const text = translate(lang, l.key, l.params);
        expect(text).not.toBe(l.key);
        expect(text).not.toContain('{{');
      }
    }
  });

  it('control characters in notes, which no XML format can carry, are counted in what the export says', () => {
    const tmx = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="x"/><body>
<tu><note>Checked &#xB;twice&#x7;.</note><tuv xml:lang="en"><seg>Ten&#xB;boats.</seg></tuv><tuv xml:lang="id"><seg>Sepuluh kapal.</seg></tuv></tu></body></tmx>`;
    const r = importBilingual(tmx, 'c.tmx');
    if (!r.ok) throw new Error(r.message);
    const project = projectFromBilingual(r, 'c.tmx');
    const count = (format: 'tmx' | 'xliff' | 'xliff12' | 'docx' | 'xlsx') => exportLosses(format, project).find((l) => l.key === 'formats2.loss.controlChars')?.params.count;
    // One in the text and two in the note; XLIFF 2 writes the text's as <cp/>, not the note's.
    expect([count('tmx'), count('xliff12'), count('docx'), count('xlsx'), count('xliff')]).toEqual([3, 3, 3, 3, 2]);
  });

  it('an export of confirmed rows when none is confirmed says so', () => {
    const project = load('rich-2.1.xlf');
    const none = { ...project, alignments: project.alignments.map((al) => ({ ...al, beads: al.beads.map((b) => ({ ...b, confirmed: false })) })) };
    // (only a file Selaras opens as a project is said to be one it cannot open so)
    expect(exportLosses('xliff', none, 0, 'confirmed').map((l) => l.key)).toContain('formats2.loss.noConfirmedRowsFile');
    expect(exportLosses('csv', none, 0, 'confirmed').map((l) => l.key)).toContain('formats2.loss.noConfirmedRows');
    expect(exportLosses('xliff', none, 0, 'all').map((l) => l.key)).not.toContain('formats2.loss.noConfirmedRowsFile');
    const one = { ...none, alignments: none.alignments.map((al) => ({ ...al, beads: al.beads.map((b, i) => ({ ...b, confirmed: i === 0 })) })) };
    expect(exportLosses('xliff', one, 0, 'confirmed').map((l) => l.key)).not.toContain('formats2.loss.noConfirmedRowsFile');
  });
});

describe('rows of version B alone, exported as XLIFF 1.2', () => {
  it('are units with an empty source, as XLIFF 1.2 allows (they rode in a header note, said as a loss XLIFF 1.2 does not have)', () => {
    const p = createProject([{ name: 'a.txt', text: 'One.\nTwo.', lang: 'en' }, { name: 'b.txt', text: 'Satu.\nDua.\nTiga.', lang: 'id' }], [
      { mode: 'parallel', beads: [{ a: [0], b: [0], score: 1 }, { a: [1], b: [1], score: 1 }, { a: [], b: [2], score: 1 }] },
    ]);
    expect(exportLosses('xliff12', p)).toEqual([]);
    const x = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x).toMatch(/<source><\/source>\s*<target[^>]*>.*Tiga<\/mrk>\.<\/target>/);
    expect(x).not.toContain('b3: Tiga.');
    const back = importBilingual(x, 'p.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(back.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
    ]);
  });
  it("another tool's unit with an empty source keeps its name and its note in the next XLIFF 1.2 export", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
<trans-unit id="1"><source>One.</source><target>Eins.</target></trans-unit>
<trans-unit id="2" resname="k2"><source/><target>Nur Ziel.</target><note>why empty</note></trans-unit></body></file></xliff>`;
    const r = importBilingual(xml, 'e.xlf');
    if (!r.ok) throw new Error(r.message);
    const x = exportXliff12(exportInputOf(projectFromBilingual(r, 'e.xlf'), 0, 'all', 't'));
    const unit2 = x.slice(x.indexOf('<trans-unit id="2"'), x.indexOf('</trans-unit>', x.indexOf('<trans-unit id="2"')));
    expect(unit2).toContain('resname="k2"');
    expect(unit2).toContain('<note annotates="target">why empty</note>');
    expect(unit2).toContain('<target>Nur Ziel.</target>');
  });
  it('an XLIFF 1.2 file Selaras wrote before, with the row in a header note, still reads it back into its row', () => {
    const p = createProject([{ name: 'a.txt', text: 'One.\nTwo.', lang: 'en' }, { name: 'b.txt', text: 'Satu.\nDua.\nTiga.', lang: 'id' }], [
      { mode: 'parallel', beads: [{ a: [0], b: [0], score: 1 }, { a: [1], b: [1], score: 1 }, { a: [], b: [2], score: 1 }] },
    ]);
    const x = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    // (the earlier form: the row's unit taken out, its data and text in the header's tool, its text in a header note)
    const at = x.indexOf('<trans-unit id="b3"');
    const end = x.indexOf('</trans-unit>', at) + '</trans-unit>'.length;
    const group = /<context-group name="selaras-b3"[\s\S]*?<\/context-group>/.exec(x.slice(at, end))![0];
    const old = (x.slice(0, at) + x.slice(end))
      .replace('</tool>', `${group.replace('</context-group>', '<context context-type="x-selaras-text-b">Tiga.</context></context-group>')}</tool>`)
      .replace('</header>', '<note annotates="target">b3: Tiga.</note></header>');
    expect(old).not.toContain('<trans-unit id="b3"');
    const r = importBilingual(old, 'old.xlf');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions[1].sentences).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(r.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
    ]);
    expect(r.annotations.filter((a) => a.note.includes('b3:'))).toEqual([]);
  });

});
