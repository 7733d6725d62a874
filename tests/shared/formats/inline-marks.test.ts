/**
 * Another tool's XLIFF 2 inline marks that are neither a comment nor an ITS issue (`<mrk translate="no">`, a term
 * mark) ride with their text and come back as marks, never as notes.
 */
import { describe, it, expect } from 'vitest';
import { importXliff } from '../../../shared/formats/import-xliff';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportCsv } from '../../../shared/formats/csv';
import { exportLosses } from '../../../shared/formats/losses';
import { isInlineMark, notesOnly } from '../../../shared/project/annotations';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { step } from '../../../shared/workbench/model';
import { initialState } from '../../../shared/workbench/state';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

const FILE =
  '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
  '<segment id="s1"><source>Insurance covers <mrk id="m1" translate="no">75%</mrk> of the <mrk id="t1" type="term" value="deductible">excess</mrk>.</source>' +
  '<target>Asuransi menanggung <mrk id="m1" translate="no">75%</mrk> dari <mrk id="t1" type="term" value="deductible">risiko sendiri</mrk>.</target></segment></unit></file></xliff>';

function open(xml: string, name = 'm.xlf'): Project {
  const r = importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}
const reopen = (p: Project): Project => {
  const r = parseProject(serializeProject(p, { app: { name: 'Selaras', version: 't' } }), { name: 'm.selaras' });
  if (!r.ok) throw new Error(r.error.message);
  return r.project;
};

describe('XLIFF 2 inline marks of another tool', () => {
  it('are read (not said dropped), are no notes, and go back on their text in an XLIFF 2 export, through a saved project', () => {
    const r = importXliff(FILE, 'm.xlf');
    expect(r.ok && r.dropped).toBeUndefined();
    const p = reopen(open(FILE));
    expect(p.annotations.filter(isInlineMark)).toHaveLength(4);
    expect(notesOnly(p.annotations)).toHaveLength(0);
    const out = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(out).toContain('<source>Insurance covers <mrk id="m1" translate="no">75%</mrk> of the <mrk id="t1" type="term" value="deductible">excess</mrk>.</source>');
    expect(out).toContain('<target>Asuransi menanggung <mrk id="m1" translate="no">75%</mrk> dari <mrk id="t1" type="term" value="deductible">risiko sendiri</mrk>.</target>');
    expect(out).not.toContain('<notes>');
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
    // Selaras's own export read again: the same marks, once each
    const again = exportXliff(exportInputOf(open(out, 'back.xlf'), 0, 'all', 't'));
    expect(again.match(/translate="no"/g)).toHaveLength(2);
    expect(again.match(/type="term"/g)).toHaveLength(2);
  });

  it('are written as TMX <hi> (and ride in Selaras data), and an XLIFF 2 export of that TMX writes them again', () => {
    const p = open(FILE);
    expect(exportLosses('tmx', p).map((l) => l.key)).not.toContain('formats2.loss.inlineMarks');
    expect(exportLosses('xliff', p).map((l) => l.key)).not.toContain('formats2.loss.inlineMarks');
    // a table, a document or a report has no place for them: said before it is written
    for (const f of ['csv', 'xlsx', 'docx', 'html'] as const) expect(exportLosses(f, p).map((l) => [l.key, l.params.count])).toContainEqual(['formats2.loss.inlineMarksLeftOut', 4]);
    const tmx = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(tmx).not.toContain('<note></note>');
    expect(tmx).toContain('<hi type="x-protected">75%</hi>');
    const back = importTmx(tmx, 'm.tmx');
    if (!back.ok) throw new Error(back.message);
    const out = exportXliff(exportInputOf(projectFromBilingual(back, 'm.tmx'), 0, 'all', 't'));
    expect(out).toContain('<mrk id="m1" translate="no">75%</mrk>');
  });

  it('are no notes in a CSV export', () => {
    const csv = exportCsv(exportInputOf(open(FILE), 0, 'all', 't'));
    expect(csv).not.toMatch(/deductible|translate/);
  });

  it('a note made on the very span of a mark is a note of its own; the mark stays a mark', () => {
    const p = open(FILE);
    const mark = p.annotations.find((a) => isInlineMark(a) && a.noteAttrs?.translate === 'no')!;
    let s = step(step(initialState(), { type: 'load', project: p, name: 'm.xlf' }), { type: 'annotate', target: mark.target, now: '2026-12-05T00:00:00Z' });
    const note = notesOnly(s.history.present.annotations);
    expect(note).toHaveLength(1);
    expect(s.selectedNote).toBe(note[0].id);
    s = step(s, { type: 'type-note', id: note[0].id, note: 'Keep as is.', now: '2026-12-05T00:00:01Z' });
    const after = s.history.present.annotations;
    expect(after.filter(isInlineMark)).toHaveLength(4);
    expect(after.find((a) => a.id === mark.id)?.note).toBe('');
    const out = exportXliff(exportInputOf(s.history.present, 0, 'all', 't'));
    expect(out).toContain('<mrk id="m1" translate="no">75%</mrk>');
    expect(out).toContain('Keep as is.');
  });

  it('go to XLIFF 1.2 as its own marks (a protected span, a term), nested with a mismatch mark, and come back from it as XLIFF 2 marks', () => {
    const p = open(FILE);
    expect(exportLosses('xliff12', p).map((l) => l.key)).not.toContain('formats2.loss.inlineMarks');
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x12).toContain('<source>Insurance covers <mrk mtype="protected">75%</mrk> of the <mrk mtype="term">excess</mrk>.</source>');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const out = exportXliff(exportInputOf(open(x12, 'back.xlf'), 0, 'all', 't'));
    // (Selaras's own 1.2 export: the marks come back as the first file had them, from its data)
    expect(out).toContain('<source>Insurance covers <mrk id="m1" translate="no">75%</mrk> of the <mrk id="t1" type="term" value="deductible">excess</mrk>.</source>');
    // another tool's XLIFF 1.2 protected span and term, as XLIFF 2 says them
    const foreign =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
      '<trans-unit id="1"><source>Call <mrk mtype="protected">Dispatch</mrk> for the <mrk mtype="term">manifest</mrk>.</source><target>Hubungi <mrk mtype="protected">Dispatch</mrk> untuk manifes.</target></trans-unit></body></file></xliff>';
    const x2 = exportXliff(exportInputOf(open(foreign, 'f.xlf'), 0, 'all', 't'));
    expect(x2).toMatch(/<source>Call <mrk id="[^"]+" translate="no">Dispatch<\/mrk> for the <mrk id="[^"]+" type="term">manifest<\/mrk>\.<\/source>/);
    expect(x2).toMatch(/<target>Hubungi <mrk id="[^"]+" translate="no">Dispatch<\/mrk> untuk manifes\.<\/target>/);
    // a mismatch on the protected figure: the two marks nest (one was dropped when they met)
    const drifted = open(FILE.replace('Asuransi menanggung <mrk id="m1" translate="no">75%</mrk>', 'Asuransi menanggung <mrk id="m1" translate="no">57%</mrk>'));
    const x12b = exportXliff12(exportInputOf(drifted, 0, 'all', 't'));
    expect(x12b).toMatch(/<mrk mtype="x-selaras-mismatch-m\d+-\w+(?:-[\w-]+)?-[ab]" comment="[^"]*"><mrk mtype="protected">57%<\/mrk><\/mrk>/);
  });

  it('an XLIFF 1.2 mark of another mtype (abbrev, a tool x- type) is kept and written back with it by XLIFF 1.2 and TMX; XLIFF 2 makes it a generic mark', () => {
    const foreign =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
      '<trans-unit id="1"><source>The <mrk mtype="abbrev">IMF</mrk> lent <mrk mtype="x-acme-num">5 billion</mrk>.</source>' +
      '<target><mrk mtype="abbrev">IMF</mrk> meminjamkan <mrk mtype="x-acme-num">5 miliar</mrk>.</target></trans-unit></body></file></xliff>';
    const r = importXliff(foreign, 'f.xlf');
    expect(r.ok && r.dropped).toBeUndefined();
    const p = open(foreign, 'f.xlf');
    const x12 = exportXliff12(exportInputOf(reopen(p), 0, 'all', 't'));
    expect(x12).toContain('<source>The <mrk mtype="abbrev">IMF</mrk> lent <mrk mtype="x-acme-num">5 billion</mrk>.</source>');
    expect(x12).toContain('<target><mrk mtype="abbrev">IMF</mrk> meminjamkan <mrk mtype="x-acme-num">5 miliar</mrk>.</target>');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(x2).toMatch(/<source>The <mrk id="[^"]+">IMF<\/mrk> lent <mrk id="[^"]+">5 billion<\/mrk>\.<\/source>/);
    // through Selaras's XLIFF 2 and TMX, the mtype rides in Selaras data
    expect(exportXliff12(exportInputOf(open(x2, 'back.xlf'), 0, 'all', 't'))).toContain('<mrk mtype="x-acme-num">5 miliar</mrk>');
    const tmx = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(tmx).toContain('<hi type="x-abbrev">IMF</hi>');
    const fromTmx = importTmx(tmx, 'back.tmx');
    if (!fromTmx.ok) throw new Error(fromTmx.message);
    expect(exportXliff12(exportInputOf(projectFromBilingual(fromTmx, 'back.tmx'), 0, 'all', 't'))).toContain('<mrk mtype="abbrev">IMF</mrk>');
  });

  it('an <sm translate="no"> range over two segments stays protected in both (the second lost it, silently)', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<segment id="s1"><source>Ask for <sm id="k1" translate="no"/>Pier Seven.</source><target>Tanyakan <sm id="k1" translate="no"/>Pier Seven.</target></segment>' +
      '<segment id="s2"><source> Gate North<em startRef="k1"/> is closed.</source><target> Gate North<em startRef="k1"/> ditutup.</target></segment></unit></file></xliff>';
    const r = importXliff(xml, 'sm.xlf');
    expect(r.ok && r.dropped).toBeUndefined();
    const out = exportXliff(exportInputOf(open(xml, 'sm.xlf'), 0, 'all', 't'));
    expect(out).toMatch(/<source>Ask for <mrk id="k1" translate="no">Pier Seven\.<\/mrk><\/source>/);
    expect(out).toMatch(/<source> <mrk id="[^"]+" translate="no">Gate North<\/mrk> is closed\.<\/source>/);
    expect(out).toMatch(/<target> <mrk id="[^"]+" translate="no">Gate North<\/mrk> ditutup\.<\/target>/);
  });

  it('a mismatch mark inside a protected span does not make its text translatable (no translate="yes" there)', () => {
    const drifted = open(FILE.replace('Asuransi menanggung <mrk id="m1" translate="no">75%</mrk>', 'Asuransi menanggung <mrk id="m1" translate="no">57% biaya</mrk>'));
    const out = exportXliff(exportInputOf(drifted, 0, 'all', 't'));
    const target = /<target>(.*?)<\/target>/.exec(out)![1];
    expect(target).toMatch(/<mrk id="m1" translate="no"><mrk id="[^"]+" type="its:generic"[^>]*>57%<\/mrk> biaya<\/mrk>/);
    expect(target).not.toContain('translate="yes"');
    // (outside one, a mismatch mark still says translate="yes")
    expect(exportXliff(exportInputOf(open(FILE.replace('of the <mrk', 'of 3 <mrk')), 0, 'all', 't'))).toContain('translate="yes"');
  });
});

const TMX_HI =
  '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" srclang="en" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>' +
  '<tu tuid="u1"><tuv xml:lang="en"><seg>Press  <hi type="x-protected">Ctrl+S</hi> to keep <hi x="4" type="term">3 <bpt i="1">&lt;b&gt;</bpt>drafts<ept i="1">&lt;/b&gt;</ept></hi>.</seg></tuv>' +
  '<tuv xml:lang="id"><seg>Tekan <hi type="x-protected">Ctrl+S</hi> untuk menyimpan <hi x="4">3 draf</hi>.</seg></tuv></tu></body></tmx>';

function openTmx(xml: string, name = 'h.tmx'): Project {
  const r = importTmx(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}

describe('TMX <hi> of another tool', () => {
  it('is an inline mark on its text (no note, nothing said dropped), written back as it was by a TMX export, once on reading it again', () => {
    const r = importTmx(TMX_HI, 'h.tmx');
    expect(r.ok && r.dropped).toBeUndefined();
    const p = reopen(openTmx(TMX_HI));
    expect(p.annotations.filter(isInlineMark)).toHaveLength(4);
    expect(notesOnly(p.annotations)).toHaveLength(0);
    expect(exportLosses('tmx', p).map((l) => l.key)).not.toContain('formats2.loss.inlineMarks');
    const out = exportTmx(exportInputOf(p, 0, 'all', 't'));
    // (with the double space the file had, and the code inside the mark)
    expect(out).toContain('<seg>Press  <hi type="x-protected">Ctrl+S</hi> to keep <hi x="4" type="term">3 <bpt i="1">&lt;b&gt;</bpt>drafts<ept i="1">&lt;/b&gt;</ept></hi>.</seg>');
    expect(out).toContain('<seg>Tekan <hi type="x-protected">Ctrl+S</hi> untuk menyimpan <hi x="4">3 draf</hi>.</seg>');
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0 });
    const again = exportTmx(exportInputOf(openTmx(out, 'back.tmx'), 0, 'all', 't'));
    expect(again.match(/<hi /g)).toHaveLength(4);
    expect(again).toContain('<seg>Tekan <hi type="x-protected">Ctrl+S</hi> untuk menyimpan <hi x="4">3 draf</hi>.</seg>');
  });

  it('becomes an XLIFF mark: a protected span translate="no" / mtype="protected", a term a term, another a generic mark', () => {
    const p = openTmx(TMX_HI);
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(x2).toMatch(/<target>Tekan <mrk id="[^"]+" translate="no">Ctrl\+S<\/mrk> untuk menyimpan <mrk id="[^"]+" type="generic">3 draf<\/mrk>\.<\/target>/);
    expect(x2).toMatch(/<mrk id="[^"]+" type="term">3 <pc /);
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x12).toContain('<mrk mtype="protected">Ctrl+S</mrk>');
    expect(x12).toContain('<mrk mtype="x-tmx-hi">3 draf</mrk>');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0 });
  });

  it('an XLIFF protected span and term become <hi type="x-protected"> / <hi type="x-term">, read back by another reader as the same marks', () => {
    const tmx = exportTmx(exportInputOf(open(FILE), 0, 'all', 't'));
    expect(tmx).toContain('<seg>Asuransi menanggung <hi type="x-protected">75%</hi> dari <hi type="x-term">risiko sendiri</hi>.</seg>');
    // the same TMX without Selaras's data, as another tool might give it back
    const foreign = tmx.replace(/<prop type="x-selaras-[^"]*">[^<]*<\/prop>/g, '');
    const x2 = exportXliff(exportInputOf(openTmx(foreign, 'f.tmx'), 0, 'all', 't'));
    expect(x2).toMatch(/<target>Asuransi menanggung <mrk id="[^"]+" translate="no">75%<\/mrk> dari <mrk id="[^"]+" type="term">risiko sendiri<\/mrk>\.<\/target>/);
  });
});

describe('a TMX segment with its own spacing through Selaras’s XLIFF', () => {
  it('keeps a <hi> and a note on their text (the XLIFF reads as the sentences the TMX gave)', () => {
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" srclang="en" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>' +
      '<tu tuid="1"><tuv xml:lang="en"><seg>Two  spaces and <hi type="x-term">the term</hi> here. </seg></tuv><tuv xml:lang="fr"><seg>Deux  espaces et <hi type="x-term">le terme</hi> ici.</seg></tuv></tu></body></tmx>';
    const p = openTmx(tmx, 's.tmx');
    // a note of the user's on `here`
    const at = p.versions[0].text.indexOf('here');
    const withNote: Project = {
      ...p,
      annotations: [...p.annotations, { id: 'n1', target: { type: 'span', version: 0, start: at, end: at + 4 }, verdict: 'open', category: 'other', severity: 'minor', note: 'Check.', author: '', created: '', modified: '' }],
    };
    const xlf = exportXliff(exportInputOf(withNote, 0, 'all', 't'));
    const back = open(xlf, 's.xlf');
    expect(back.versions[0].text).toBe(p.versions[0].text);
    const note = back.annotations.find((a) => a.note === 'Check.')!;
    const t = note.target as { start: number; end: number };
    expect(back.versions[0].text.slice(t.start, t.end)).toBe('here');
    const again = exportTmx(exportInputOf(back, 0, 'all', 't'));
    expect(again).toContain('<seg>Two  spaces and <hi type="x-term">the term</hi> here. </seg>');
    expect(again).toContain('<seg>Deux  espaces et <hi type="x-term">le terme</hi> ici.</seg>');
  });
});

describe('a <hi> another tool changed in Selaras’s own TMX', () => {
  it('is said not read (added, taken out); an unchanged file says nothing', () => {
    const out = exportTmx(exportInputOf(openTmx(TMX_HI), 0, 'all', 't'));
    const same = importTmx(out, 'own.tmx');
    expect(same.ok && same.dropped).toBeUndefined();
    const added = importTmx(out.replace('untuk menyimpan', 'untuk <hi type="x-term">menyimpan</hi>'), 'own.tmx');
    expect(added.ok && added.dropped).toEqual({ hi: 3 });
    const removed = importTmx(out.replace('<hi type="x-protected">Ctrl+S</hi> untuk', 'Ctrl+S untuk'), 'own.tmx');
    expect(removed.ok && removed.dropped).toEqual({ hi: 1 });
  });
});
