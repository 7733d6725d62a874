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

  it('ride through a TMX export in Selaras data (said so), and an XLIFF 2 export of that TMX writes them again', () => {
    const p = open(FILE);
    expect(exportLosses('tmx', p).map((l) => [l.key, l.params.count])).toContainEqual(['formats2.loss.inlineMarks', 4]);
    expect(exportLosses('xliff', p).map((l) => l.key)).not.toContain('formats2.loss.inlineMarks');
    const tmx = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(tmx).not.toContain('<note></note>');
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
    expect(x12b).toMatch(/<mrk mtype="x-selaras-mismatch" comment="[^"]*"><mrk mtype="protected">57%<\/mrk><\/mrk>/);
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
