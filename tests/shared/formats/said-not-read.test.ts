/**
 * What a file from another tool holds that an export cannot give back is said, never lost silently; and an export
 * invents nothing the file did not say. Our own small files.
 */
import { describe, expect, it } from 'vitest';
import { importBilingual } from '../../../shared/formats';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportInputOf } from '../../../shared/formats/input';
import { exportLosses } from '../../../shared/formats/losses';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { MAX_CODES } from '../../../shared/formats/codes';
import { canValidate, xmllint } from './helpers';

const XLIFF2 = (attrs: string, body: string) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${attrs}><file id="f">${body}</file></xliff>`;

function opened(xml: string, name = 'x.xlf') {
  const r = importBilingual(xml, name);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('XLIFF 2 targets in another order than their segments', () => {
  const xml = XLIFF2(
    'srcLang="en" trgLang="de"',
    `<unit id="u1"><segment id="s1"><source>Yesterday,</source><target order="2">habe ich 3 Hunde gesehen.</target></segment>
<ignorable><source> </source></ignorable>
<segment id="s2"><source>I saw 3 dogs.</source><target order="1">Gestern</target></segment></unit>`,
  );
  it('TMX and XLIFF 1.2 exports say they write the target in segment order; XLIFF 2 keeps the order', () => {
    const project = projectFromBilingual(opened(xml), 'o.xlf');
    for (const format of ['tmx', 'xliff12'] as const) expect(exportLosses(format, project).map((l) => l.key)).toContain('formats2.loss.targetOrder');
    expect(exportLosses('xliff', project).map((l) => l.key)).not.toContain('formats2.loss.targetOrder');
    expect(exportXliff(exportInputOf(project, 0, 'all', 't'))).toContain('order="2"');
  });
});

describe('what an XLIFF 2 group holds besides units, groups and notes', () => {
  it('another tool’s metadata and validation rules in a group are said not read (they vanished silently)', () => {
    const xml = XLIFF2(
      'srcLang="en" trgLang="de" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:val="urn:oasis:names:tc:xliff:validation:2.0"',
      `<group id="g1"><mda:metadata><mda:metaGroup category="acme"><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>
<val:validation><val:rule isPresent="3"/></val:validation>
<unit id="u1"><segment><source>3 dogs.</source><target>3 Hunde.</target></segment></unit></group>`,
    );
    expect(opened(xml).dropped).toMatchObject({ 'mda:metadata': 1, 'val:validation': 1 });
  });
});

describe('a file with no target language', () => {
  it('is exported with none (it was given trgLang="en" and reopened as English)', () => {
    const xml = XLIFF2('srcLang="de"', '<unit id="u1"><segment><source>Zimmer 12 ist frei.</source></segment></unit>');
    const project = projectFromBilingual(opened(xml), 'n.xlf');
    const x2 = exportXliff(exportInputOf(project, 0, 'all', 't'));
    expect(x2).toContain('srcLang="de"');
    expect(x2).not.toContain('trgLang=');
    expect(exportXliff12(exportInputOf(project, 0, 'all', 't'))).not.toContain('target-language=');
    expect(opened(x2).versions[1]?.langTag ?? '').toBe('');
  });
});

describe('unit ids XLIFF 2 cannot hold', () => {
  it('an XLIFF 2 export of a TMX whose tuids are not names says it writes new ids (it renamed them silently)', () => {
    const tmx = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="docs/intro.md#3"><tuv xml:lang="en"><seg>Room 12.</seg></tuv><tuv xml:lang="de"><seg>Zimmer 12.</seg></tuv></tu>
<tu tuid="seg-13"><tuv xml:lang="en"><seg>Open at 9.</seg></tuv><tuv xml:lang="de"><seg>Ab 9 offen.</seg></tuv></tu></body></tmx>`;
    const project = projectFromBilingual(opened(tmx, 'i.tmx'), 'i.tmx');
    const loss = exportLosses('xliff', project).find((l) => l.key === 'formats2.loss.idsNotNames');
    expect(loss?.params).toMatchObject({ count: 1, ids: 'docs/intro.md#3' });
    expect(exportXliff(exportInputOf(project, 0, 'all', 't'))).toContain('id="seg-13"');
  });
});

describe('attributes of an XLIFF 1.2 source and target', () => {
  it('a <source>’s attributes and a <target>’s ts and phase-name are said not kept (they were dropped silently)', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions"><file original="f" source-language="de" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1"><source okp:srcattr="s1" ts="q">Er kommt um 8 Uhr.</source><target ts="x" phase-name="p1" okp:tgtattr="t1">Il vient à 8 heures.</target></trans-unit></body></file></xliff>`;
    expect(opened(xml).dropped).toEqual({ 'source okp:srcattr': 1, 'source ts': 1, 'target ts': 1, 'target phase-name': 1 });
  });
});

describe('a private-use character in a segment', () => {
  it.each([
    ['TMX', `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de" datatype="plaintext"/><body>
<tu><tuv xml:lang="de"><seg>\uE000 Punkt 5 <ph x="1">{b}</ph>gut.</seg></tuv><tuv xml:lang="fr"><seg>\uE000 Point 5 <ph x="1">{b}</ph>bon.</seg></tuv></tu></body></tmx>`, 'p.tmx'],
    ['XLIFF 2', XLIFF2('srcLang="de" trgLang="fr"', '<unit id="u1"><segment><source>\uF0B7 Punkt 5 <ph id="1"/>gut.</source><target>\uF0B7 Point 5 <ph id="1"/>bon.</target></segment></unit>'), 'p.xlf'],
  ])('is written back as itself in every format, not as an inline code (%s; it became a copy of a code)', async (_name, xml, name) => {
    const { exportTmx } = await import('../../../shared/formats/tmx');
    const first = opened(xml, name);
    const project = projectFromBilingual(first, name);
    const input = exportInputOf(project, 0, 'all', 't');
    const char = xml.includes('\uF0B7') ? '\uF0B7' : '\uE000';
    for (const out of [exportTmx(input), exportXliff(input), exportXliff12(input)]) {
      expect(out).toContain(`${char} Punkt 5`);
      expect(out.split(char).length - 1).toBe(2);
      const back = opened(out, out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx') ? 'b.tmx' : 'b.xlf');
      expect(back.versions[0].text.length).toBe(first.versions[0].text.length);
    }
  });
});

describe('another tool’s attributes of a note', () => {
  it('an XLIFF 2 note’s extension attributes and a TMX note’s o-encoding are written back (they were dropped)', async () => {
    const { exportTmx } = await import('../../../shared/formats/tmx');
    const x2 = XLIFF2(
      'srcLang="de" trgLang="fr" xmlns:acme="urn:example:acme"',
      '<notes><note id="fn" acme:author="ana">File note</note></notes><unit id="u1"><notes><note id="un" appliesTo="target" acme:author="cy">Unit note</note></notes><segment><source>Zimmer 12.</source><target>Chambre 12.</target></segment></unit>',
    );
    const out2 = exportXliff(exportInputOf(projectFromBilingual(opened(x2), 'n.xlf'), 0, 'all', 't'));
    expect(out2).toMatch(/<note id="fn"[^>]* acme:author="ana">File note<\/note>/);
    expect(out2).toMatch(/<note id="un"[^>]* acme:author="cy">Unit note<\/note>/);
    const tmx = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de" datatype="plaintext"><note o-encoding="UTF-8">Kopfnotiz</note></header><body>
<tu><tuv xml:lang="de"><seg>Zimmer 12.</seg></tuv><tuv xml:lang="fr"><seg>Chambre 12.</seg></tuv></tu></body></tmx>`;
    expect(exportTmx(exportInputOf(projectFromBilingual(opened(tmx, 'n.tmx'), 'n.tmx'), 0, 'all', 't'))).toContain('<note o-encoding="UTF-8">Kopfnotiz</note>');
  });

  it('an XLIFF 2 note’s xml:lang is written back, valid (it was dropped)', () => {
    const x2 = XLIFF2(
      'srcLang="de" trgLang="fr"',
      '<notes><note id="fn" xml:lang="en">File note</note></notes><unit id="u1"><notes><note id="un" xml:lang="de">Notiz</note></notes><segment><source>Zimmer 12.</source><target>Chambre 12.</target></segment></unit>',
    );
    const out2 = exportXliff(exportInputOf(projectFromBilingual(opened(x2), 'n.xlf'), 0, 'all', 't'));
    expect(out2).toMatch(/<note id="fn" xml:lang="en"[^>]*>File note<\/note>/);
    expect(out2).toMatch(/<note id="un" xml:lang="de"[^>]*>Notiz<\/note>/);
    if (canValidate()) expect(xmllint(out2, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('whitespace at the edge of an XLIFF 2 unit', () => {
  it('an <ignorable> before the first segment, or after the only one, is said not kept (it was dropped silently)', () => {
    const xml = XLIFF2(
      'srcLang="de" trgLang="fr"',
      `<unit id="u1"><ignorable><source xml:space="preserve">\n  </source></ignorable><segment><source>Eins 1.</source><target>Un 1.</target></segment></unit>
<unit id="u2"><segment><source>Zwei 2.</source><target>Deux 2.</target></segment><ignorable><source> </source></ignorable></unit>`,
    );
    expect(opened(xml).dropped).toEqual({ ignorable: 2 });
  });
});

describe('an XLIFF 2 code’s data direction and an ignorable’s id', () => {
  it('are said not kept (they were dropped silently)', () => {
    const xml = XLIFF2(
      'srcLang="de" trgLang="fr"',
      `<unit id="u1"><originalData><data id="d1" dir="rtl">&lt;span&gt;</data></originalData><segment><source>Eins <ph id="1" dataRef="d1"/>1.</source><target>Un <ph id="1" dataRef="d1"/>1.</target></segment><ignorable id="i1"><source> </source></ignorable><segment><source>Zwei.</source><target>Deux.</target></segment></unit>`,
    );
    expect(opened(xml).dropped).toEqual({ 'data dir': 1, 'ignorable id': 1 });
  });
});

describe('a comment over two XLIFF 2 segments', () => {
  it('is kept over the rest of its first segment, and its range beyond is said not kept', () => {
    const xml = XLIFF2(
      'srcLang="de" trgLang="fr"',
      `<unit id="u1"><segment id="s1"><source>Tokyo hat <sm id="c1" type="comment" value="Zahl prüfen"/>14 Millionen Einwohner.</source><target>Tokyo a 14 millions d'habitants.</target></segment>
<ignorable><source> </source></ignorable><segment id="s2"><source>Das ist <em startRef="c1"/>viel.</source><target>C'est beaucoup.</target></segment></unit>`,
    );
    const r = opened(xml);
    expect(r.dropped).toEqual({ 'sm type="comment"': 1 });
    expect(r.annotations.map((a) => a.note)).toEqual(['Zahl prüfen']);
  });
});

describe('more inline codes than a version can hold', () => {
  // (each code stands in the text as one private-use character: a version holds MAX_CODES of them)
  const many = (n: number, code: string) => Array.from({ length: n }, (_, k) => `w${k}${code.replace('#', String(k))}`).join(' ');
  it.each([
    ['TMX', 'x.tmx', (seg: string) => `<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="de"><seg>3 Hunde.</seg></tuv></tu></body></tmx>`, '<ph x="1"/>', 'ph'],
    ['XLIFF 2', 'x.xlf', (seg: string) => XLIFF2('srcLang="en" trgLang="de"', `<unit id="u1"><segment><source>${seg}</source><target>3 Hunde.</target></segment></unit>`), '<ph id="p#"/>', 'ph'],
    ['XLIFF 1.2', 'x.xlf', (seg: string) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="1"><source>${seg}</source><target>3 Hunde.</target></trans-unit></body></file></xliff>`, '<x id="1"/>', 'x'],
  ])('%s: the codes past the limit are said not read (they were dropped silently)', (_name, file, wrap, code, element) => {
    const r = opened(wrap(many(MAX_CODES + 3, code)), file);
    expect(r.dropped?.[element]).toBe(3);
    const under = opened(wrap(many(MAX_CODES, code)), file);
    expect(under.dropped?.[element]).toBeUndefined();
  });

  it('a private-use character past the limit is U+FFFD, and said', () => {
    const xml = XLIFF2('srcLang="en" trgLang="de"', `<unit id="u1"><segment><source>${many(MAX_CODES, '<ph id="p#"/>')} \uF0B7 end</source><target>3 Hunde.</target></segment></unit>`);
    const r = opened(xml);
    expect(r.dropped?.['U+F0B7']).toBe(1);
    expect(r.versions[0].text).toContain('\uFFFD end');
  });
});

describe('an XLIFF 1.2 segment’s own attributes', () => {
  it('a tool’s state on a `<mrk mtype="seg">` (Matecat’s mtc:state) is said not kept (it was dropped silently)', () => {
    const xml = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mtc="https://www.matecat.com"><file original="a" source-language="id" target-language="en" datatype="plaintext"><body>
<trans-unit id="0"><source>Padi naik 2,3 persen. Petani menanam 15.000 hektare.</source>
<seg-source><mrk mid="0" mtype="seg">Padi naik 2,3 persen.</mrk> <mrk mid="1" mtype="seg">Petani menanam 15.000 hektare.</mrk></seg-source>
<target><mrk mid="0" mtype="seg" mtc:state="APPROVED">Rice rose 2.3 percent.</mrk> <mrk mid="1" mtype="seg" mtc:state="TRANSLATED">Farmers planted 15,000 hectares.</mrk></target></trans-unit>
</body></file></xliff>`;
    expect(opened(xml).dropped).toEqual({ 'mrk mtc:state': 2 });
    // (the segments themselves are kept: their ids come back)
    const out = exportXliff12(exportInputOf(projectFromBilingual(opened(xml), 'm.xlf'), 0, 'all', 't'));
    expect(out).toMatch(/<mrk mtype="seg" mid="1">Farmers planted/);
  });
});

describe('a code’s equivalent text between XLIFF 1.2 and XLIFF 2', () => {
  const X12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="m" source-language="en" target-language="id" datatype="plaintext"><body>
<trans-unit id="u1"><source>You have <ph id="1" equiv-text="%d">%d</ph> files and <x id="2" equiv-text="{n}"/> folders.</source>
<target>Anda punya <ph id="1" equiv-text="%d">%d</ph> berkas dan <x id="2" equiv-text="{n}"/> folder.</target></trans-unit></body></file></xliff>`;
  const X2 = XLIFF2(
    'srcLang="en" trgLang="id"',
    `<unit id="u1"><segment><source>You have <ph id="1" equiv="{count}"/> files.</source><target>Anda punya <ph id="1" equiv="{count}"/> berkas.</target></segment></unit>`,
  );
  it('XLIFF 1.2 `equiv-text` is written as XLIFF 2 `equiv` (it was left out, silently)', () => {
    const out = exportXliff(exportInputOf(projectFromBilingual(opened(X12), 'm.xlf'), 0, 'all', 't'));
    expect(out).toContain('equiv="%d"');
    expect(out).toContain('equiv="{n}"');
  });
  it('XLIFF 2 `equiv` is written as XLIFF 1.2 `equiv-text`, and no loss is said for it', () => {
    const project = projectFromBilingual(opened(X2), 'c.xlf');
    expect(exportXliff12(exportInputOf(project, 0, 'all', 't'))).toContain('equiv-text="{count}"');
    expect(exportLosses('xliff12', project).map((l) => l.key)).not.toContain('formats2.loss.codeHints');
    // (TMX has no place for it: said)
    expect(exportLosses('tmx', project).map((l) => l.key)).toContain('formats2.loss.codeHints');
  });
  it('the closing end of a <pc> becomes the end of a <g>, which has no equiv-text: its equivEnd is said lost', () => {
    const pc = XLIFF2(
      'srcLang="en" trgLang="id"',
      `<unit id="u1"><segment><source>Press <pc id="1" equivStart="[b]" equivEnd="[/b]">Save</pc> now.</source><target>Tekan <pc id="1" equivStart="[b]" equivEnd="[/b]">Simpan</pc> sekarang.</target></segment></unit>`,
    );
    const project = projectFromBilingual(opened(pc), 'p.xlf');
    expect(exportXliff12(exportInputOf(project, 0, 'all', 't'))).toContain('<g id="1" equiv-text="[b]">');
    expect(exportLosses('xliff12', project).map((l) => l.key)).toContain('formats2.loss.codeHints');
  });
  it('an XLIFF 1.2 file written back as XLIFF 1.2 is unchanged in its codes', () => {
    const out = exportXliff12(exportInputOf(projectFromBilingual(opened(X12), 'm.xlf'), 0, 'all', 't'));
    expect(out).toContain('<ph id="1" equiv-text="%d">%d</ph>');
    expect(out).toContain('<x id="2" equiv-text="{n}"/>');
  });
});

describe('an XLIFF 1.2 file whose elements carry a namespace prefix', () => {
  it('`<x:source>` and `<x:target>` are read and not said to be "not read" (a false warning)', () => {
    const xml = `<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><x:file original="a" source-language="en" target-language="id" datatype="plaintext"><x:body>
<x:trans-unit id="1"><x:source>Nine boats.</x:source><x:target>Sembilan kapal.</x:target><x:note>cek</x:note></x:trans-unit></x:body></x:file></x:xliff>`;
    const r = opened(xml);
    expect(r.dropped ?? {}).toEqual({});
    expect(projectFromBilingual(r, 'p.xlf').versions.map((v) => v.text)).toEqual(['Nine boats.', 'Sembilan kapal.']);
  });
});
