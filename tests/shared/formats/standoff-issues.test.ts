/**
 * ITS quality issues kept apart from their text (standoff `<its:locQualityIssues>`, referred to by
 * `its:locQualityIssuesRef`), as Okapi and review tools write them in XLIFF 2 and 1.2. They used to be left
 * out (said), and an export kept the reference, pointing at nothing. Files of our own making.
 */
import { describe, it, expect } from 'vitest';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import type { Annotation, Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

function read(xml: string, name = 'review.xlf') {
  const r = importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return r;
}
const open = (xml: string, name = 'review.xlf'): Project => projectFromBilingual(read(xml, name), name);
const input = (p: Project) => exportInputOf(p, 0, 'all', 't');
const notes = (p: Project): Annotation[] => p.annotations.filter((a) => a.target.type === 'span');
const brief = (a: Annotation) => ({ note: a.note, category: a.category, severity: a.severity, verdict: a.verdict });

const ITS = 'xmlns:its="http://www.w3.org/2005/11/its"';
const x2 =
  `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${ITS} version="2.1" srcLang="id" trgLang="en" its:version="2.0"><file id="f1">` +
  '<unit id="u1" its:locQualityIssuesRef="#lqi1"><its:locQualityIssues xml:id="lqi1">' +
  '<its:locQualityIssue locQualityIssueType="mistranslation" locQualityIssueComment="Wrong toll" locQualityIssueSeverity="80"/>' +
  '<its:locQualityIssue locQualityIssueType="style" locQualityIssueComment="Stiff" locQualityIssueSeverity="10" locQualityIssueEnabled="no"/></its:locQualityIssues>' +
  '<segment><source>Banjir merendam 40 desa.</source><target>Floods covered 14 villages.</target></segment></unit>' +
  '<unit id="u2"><segment><source>Sekitar <mrk id="m2" type="its:generic" its:locQualityIssuesRef="#lqi2">300 rumah</mrk> rusak.</source><target>About 300 homes were damaged.</target></segment>' +
  '<its:locQualityIssues xml:id="lqi2"><its:locQualityIssue locQualityIssueType="terminology" locQualityIssueComment="rumah = houses" locQualityIssueSeverity="30" locQualityIssueProfileRef="http://example.org/qa"/></its:locQualityIssues></unit>' +
  '</file></xliff>';

describe('standoff ITS issues in XLIFF 2', () => {
  it('are read as notes on the text that refers to them: a unit’s on its target, a mark’s on its span', () => {
    const r = read(x2);
    expect(r.dropped ?? {}).toEqual({});
    const p = open(x2);
    const all = notes(p);
    expect(all.map(brief)).toEqual(
      expect.arrayContaining([
        { note: 'Wrong toll', category: 'mistranslation', severity: 'critical', verdict: 'open' },
        { note: 'Stiff', category: 'style', severity: 'minor', verdict: 'acceptable' },
        { note: 'rumah = houses', category: 'terminology', severity: 'minor', verdict: 'open' },
      ]),
    );
    const term = all.find((a) => a.note === 'rumah = houses')!;
    expect(term.target).toMatchObject({ version: 0 });
    const toll = all.find((a) => a.note === 'Wrong toll')!;
    expect(toll.target).toMatchObject({ version: 1 });
  });

  it('go back inline on their text, with no reference left pointing at nothing, and the profile kept', () => {
    const out = exportXliff(input(open(x2)));
    expect(out).not.toContain('locQualityIssuesRef');
    expect(out).not.toContain('<its:locQualityIssues');
    expect(out).toMatch(/<target><mrk id="[^"]+" type="its:generic" its:locQualityIssueType="mistranslation" its:locQualityIssueSeverity="80" its:locQualityIssueComment="Wrong toll"><mrk [^>]*>Floods covered <mrk [^>]*>14 villages<\/mrk>\.<\/mrk><\/mrk><\/target>/);
    expect(out).toMatch(/<mrk id="m2" type="its:generic" its:locQualityIssueType="terminology"[^>]*its:locQualityIssueProfileRef="http:\/\/example\.org\/qa"[^>]*>300 rumah<\/mrk>/);
    expect(out).toContain('its:locQualityIssueComment="Stiff" its:locQualityIssueEnabled="no"');
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
    // (and read again, the same notes)
    expect(notes(open(out, 'again.xlf')).map(brief).sort((x, y) => x.note.localeCompare(y.note))).toEqual(notes(open(x2)).map(brief).sort((x, y) => x.note.localeCompare(y.note)));
  });

  it('a mark that refers to several issues gives each a mark of its own, with ids unique in the unit', () => {
    const two = x2.replace('its:locQualityIssuesRef="#lqi2"', 'its:locQualityIssuesRef="#lqi1"');
    const out = exportXliff(input(open(two)));
    const ids = [...out.matchAll(/<(?:mrk|sm|pc|ph|sc)\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.match(/>300 rumah</g)).toHaveLength(1);
    expect(out).toMatch(/its:locQualityIssueComment="Wrong toll"[^>]*><mrk[^>]*its:locQualityIssueComment="Stiff"[^>]*>300 rumah<\/mrk><\/mrk>/);
  });

  it('a list nobody refers to is still said not read; a reference to a list the file lacks stays as it was', () => {
    const lone = x2.replace(' its:locQualityIssuesRef="#lqi1"', '');
    expect(read(lone).dropped).toEqual({ 'its:locQualityIssues': 1 });
    const missing = x2.replace('its:locQualityIssuesRef="#lqi2"', 'its:locQualityIssuesRef="#nowhere"');
    expect(exportXliff(input(open(missing)))).toContain('its:locQualityIssuesRef="#nowhere"');
  });
});

describe('standoff ITS issues in XLIFF 1.2 (as Okapi writes them)', () => {
  const x12 =
    `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" ${ITS} version="1.2"><file original="a.txt" datatype="plaintext" source-language="id" target-language="en"><body>` +
    '<trans-unit id="1"><source>Harga naik 5 persen.</source><target>Prices rose <mrk mtype="x-its" its:locQualityIssuesRef="#q1">6 percent</mrk>.</target>' +
    '<its:locQualityIssues xml:id="q1"><its:locQualityIssue locQualityIssueType="mistranslation" locQualityIssueComment="5, not 6" locQualityIssueSeverity="95"/></its:locQualityIssues></trans-unit>' +
    '</body></file></xliff>';

  it('are read on their span and written back, with no reference left', () => {
    const r = read(x12);
    expect(r.dropped ?? {}).toEqual({});
    const p = open(x12);
    const issue = notes(p).find((a) => a.note === '5, not 6');
    expect(issue && brief(issue)).toEqual({ note: '5, not 6', category: 'mistranslation', severity: 'critical', verdict: 'open' });
    expect(issue!.target).toMatchObject({ version: 1 });
    const back12 = exportXliff12(input(p));
    expect(back12).not.toContain('locQualityIssuesRef');
    expect(back12).toContain('5, not 6');
    if (canValidate()) expect(xmllint(back12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const to2 = exportXliff(input(p));
    expect(to2).toMatch(/its:locQualityIssueComment="5, not 6"[^>]*>6 percent<\/mrk>/);
  });
});
