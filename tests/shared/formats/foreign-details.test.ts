/**
 * Details of another tool's file that a conversion through another format used to lose silently: a note about a
 * target not written yet, an XLIFF code's own id and attributes through TMX or XLIFF 2. Files of our own making,
 * shaped like what Trados, Okapi and Phrase write.
 */
import { describe, it, expect } from 'vitest';
import { importXliff } from '../../../shared/formats/import-xliff';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportTmx } from '../../../shared/formats/tmx';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

function open(xml: string, name: string): Project {
  const r = name.endsWith('.tmx') ? importTmx(xml, name) : importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}
const input = (p: Project) => exportInputOf(p, 0, 'all', 't');
const sources = (xml: string) => [...xml.matchAll(/<(source|target)>(.*?)<\/\1>/gs)].map((m) => m[2]);

describe('a note about the target of a unit not translated yet', () => {
  const file =
    '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="de"><file id="f1">' +
    '<unit id="u1"><notes><note id="c1" appliesTo="target">Keep the brand name.</note></notes><segment id="s1" state="initial"><source>Open Tidewater now.</source><target></target></segment></unit>' +
    '<unit id="u2"><notes><note id="c2">About the whole unit.</note></notes><segment id="s1"><source>Close it.</source><target>Schließen.</target></segment></unit></file></xliff>';

  it('stays about the target in XLIFF 2 and 1.2 (it was written about the source), and back', () => {
    const x2 = exportXliff(input(open(file, 'n.xlf')));
    expect(x2).toContain('<note id="c1" appliesTo="target">Keep the brand name.</note>');
    expect(x2).toContain('<note id="c2">About the whole unit.</note>');
    const x12 = exportXliff12(input(open(file, 'n.xlf')));
    expect(x12).toContain('<note annotates="target">Keep the brand name.</note>');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    expect(exportXliff(input(open(x12, 'back.xlf')))).toContain('appliesTo="target">Keep the brand name.</note>');
  });
});

describe('an XLIFF code’s own id and attributes through another format', () => {
  const trados =
    '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="spec.docx" datatype="plaintext" source-language="en-US" target-language="ru-RU"><body>' +
    '<trans-unit id="u1"><source><g id="pt1" ctype="x-html-p">Note:</g> 5 files<x id="pt2" equiv-text="[br]"/>here.</source>' +
    '<target><g id="pt1" ctype="x-html-p">Примечание:</g> 5 файлов<x id="pt2" equiv-text="[br]"/>здесь.</target></trans-unit>' +
    '<trans-unit id="u2"><source><bpt id="1" rid="r1">&lt;a&gt;</bpt>link<ept id="2" rid="r1">&lt;/a&gt;</ept></source><target><bpt id="1" rid="r1">&lt;a&gt;</bpt>ссылка<ept id="2" rid="r1">&lt;/a&gt;</ept></target></trans-unit>' +
    '</body></file></xliff>';
  const expected = [
    '<g id="pt1" ctype="x-html-p">Note:</g> 5 files<x id="pt2" equiv-text="[br]"/>here.',
    '<g id="pt1" ctype="x-html-p">Примечание:</g> 5 файлов<x id="pt2" equiv-text="[br]"/>здесь.',
    '<bpt id="1" rid="r1">&lt;a&gt;</bpt>link<ept id="2" rid="r1">&lt;/a&gt;</ept>',
    '<bpt id="1" rid="r1">&lt;a&gt;</bpt>ссылка<ept id="2" rid="r1">&lt;/a&gt;</ept>',
  ];

  it('come back in XLIFF 1.2 through Selaras’s TMX (ids pt1, pt2 are no TMX numbers) and through its XLIFF 2', () => {
    const p = open(trados, 'spec.sdlxliff');
    expect(sources(exportXliff12(input(p)))).toEqual(expected);
    const tmx = exportTmx(input(p));
    expect(tmx).toContain('<prop type="x-selaras-codes-a">');
    if (canValidate()) expect(xmllint(tmx, 'tmx')).toMatchObject({ status: 0, output: '' });
    expect(sources(exportXliff12(input(open(tmx, 'via.tmx'))))).toEqual(expected);
    const x2 = exportXliff(input(p));
    expect(x2).toContain('<pc id="pt1"');
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    expect(sources(exportXliff12(input(open(x2, 'via.xlf'))))).toEqual(expected);
  });

  it('an XLIFF 2 file’s own codes write no such data to XLIFF 2 (nothing it cannot say itself)', () => {
    const x2 = exportXliff(input(open(exportXliff(input(open(trados, 'spec.sdlxliff'))), 'via.xlf')));
    const plain = exportXliff(input(open(x2.replace(/<mda:meta type="codes-[ab]">[^<]*<\/mda:meta>/g, ''), 'plain.xlf')));
    expect(plain).not.toContain('type="codes-a"');
  });

  it('data that no longer fits the codes (a code removed by another tool) is left alone', () => {
    const tmx = exportTmx(input(open(trados, 'spec.sdlxliff')));
    const edited = tmx.replace('files<ph x="1"></ph>here', 'files here');
    expect(edited).not.toBe(tmx);
    const back = sources(exportXliff12(input(open(edited, 'edited.tmx'))));
    // (side A's codes are no longer those the data lists: they keep what the TMX says; side B's still fit)
    expect(back[0]).toMatch(/^<g id="1" ctype="x-html-p">Note:<\/g> 5 files here\.$/);
    expect(back[1]).toBe(expected[1]);
  });
});

describe('an XLIFF 1.2 term mark with a comment', () => {
  const file =
    '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><body>' +
    '<trans-unit id="1"><source>The tool has <mrk mtype="term" comment="glossary">alignment</mrk>.</source>' +
    '<target>L\'outil a l\'<mrk mtype="term" comment="glossary">alignement</mrk>.</target></trans-unit></body></file></xliff>';

  it('stays a term mark, its comment on it in XLIFF 1.2 (a note and the mark in XLIFF 2), and comes back so', () => {
    const p = open(file, 't.xlf');
    const x12 = exportXliff12(input(p));
    expect(sources(x12)).toEqual(['The tool has <mrk mtype="term" comment="glossary">alignment</mrk>.', 'L\'outil a l\'<mrk mtype="term" comment="glossary">alignement</mrk>.']);
    expect(x12).not.toContain('<note');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    expect(sources(exportXliff12(input(open(x12, 'back.xlf'))))).toEqual(sources(x12));
    const x2 = exportXliff(input(p));
    expect(x2).toMatch(/<mrk id="[^"]+" type="comment" value="glossary"><mrk id="[^"]+" type="term">alignment<\/mrk><\/mrk>/);
    expect(sources(exportXliff12(input(open(x2, 'via.xlf'))))).toEqual(sources(x12));
  });
});

describe('XLIFF 1.2 segments that cannot be kept as such', () => {
  it('a code between two segments: the unit is read as one segment, its text whole, and that is said (it was silent)', () => {
    const file =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="g.txt" source-language="en" target-language="de" datatype="plaintext"><body>' +
      '<trans-unit id="g1"><source>Dog. <x id="2"/> Cat.</source><seg-source><mrk mtype="seg" mid="1">Dog.</mrk> <x id="2"/> <mrk mtype="seg" mid="2">Cat.</mrk></seg-source>' +
      '<target><mrk mtype="seg" mid="1">Hund.</mrk> <x id="2"/> <mrk mtype="seg" mid="2">Katze.</mrk></target></trans-unit></body></file></xliff>';
    const r = importXliff(file, 'g.xlf');
    expect(r.ok && r.dropped).toEqual({ 'seg-source': 1 });
    expect(sources(exportXliff12(input(open(file, 'g.xlf'))))).toEqual(['Dog. <x id="2"/> Cat.', 'Hund. <x id="2"/> Katze.']);
  });
  it('guard: segments with only whitespace between them are kept, nothing said', () => {
    const file =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="g.txt" source-language="en" target-language="de" datatype="plaintext"><body>' +
      '<trans-unit id="g1"><source>Dog. Cat.</source><seg-source><mrk mtype="seg" mid="1">Dog.</mrk> <mrk mtype="seg" mid="2">Cat.</mrk></seg-source>' +
      '<target><mrk mtype="seg" mid="1">Hund.</mrk> <mrk mtype="seg" mid="2">Katze.</mrk></target></trans-unit></body></file></xliff>';
    const r = importXliff(file, 'g.xlf');
    expect(r.ok && r.dropped).toBeUndefined();
    expect(exportXliff12(input(open(file, 'g.xlf')))).toContain('<seg-source><mrk mtype="seg" mid="1">Dog.</mrk> <mrk mtype="seg" mid="2">Cat.</mrk></seg-source>');
  });
});
