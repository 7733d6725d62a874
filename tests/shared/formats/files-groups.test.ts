import { describe, it, expect } from 'vitest';
import { exportTmx, exportXliff, exportXliff12, importTmx, importXliff } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';
import { exportLosses } from '../../../shared/formats/losses';

function open(xml: string, name = 'a.xlf'): Project {
  const r = importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}
const xliff12 = (files: string) => `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${files}</xliff>`;
const file12 = (original: string, body: string, header = '') =>
  `<file original="${original}" source-language="en" target-language="id" datatype="plaintext">${header}<body>${body}</body></file>`;
const strip = (x: string) => x.replace(/<(context|mda:meta) [^>]*type="(x-selaras-)?exported">[^<]*<\/(context|mda:meta)>/g, '');

describe('an XLIFF 1.2 file of several <file>s, exported as XLIFF 2', () => {
  const xml = xliff12(
    file12('a.txt', '<trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit>') +
      file12('b.txt', '<trans-unit id="1"><source>Five dogs.</source><target>Lima anjing.</target></trans-unit>'),
  );
  it('gives each its own <file> with its original, and keeps each unit id (ids are unique per file)', () => {
    const out = exportXliff(exportInputOf(open(xml), 0, 'all', 't'));
    const files = [...out.matchAll(/<file id="([^"]*)" original="([^"]*)"[\s\S]*?<\/file>/g)];
    expect(files.map((m) => m[2])).toEqual(['a.txt', 'b.txt']);
    expect(files.map((m) => [...m[0].matchAll(/<unit id="([^"]*)"/g)].map((u) => u[1]))).toEqual([['1'], ['1']]);
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
    // reopened and exported again: the same file
    expect(strip(exportXliff(exportInputOf(open(out, 'b.xlf'), 0, 'all', 't')))).toBe(strip(out));
  });
});

describe('an XLIFF 1.2 file of several <file>s, exported as XLIFF 1.2', () => {
  const xml = xliff12(
    file12('a.txt', '<group id="g1"><trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit></group>').replace('datatype="plaintext"', 'datatype="html" product-name="Site" date="2024-06-04T10:00:00Z"') +
      file12('b.txt', '<group id="g1"><trans-unit id="1"><source>Five dogs.</source><target>Lima anjing.</target></trans-unit></group>'),
  );
  it('writes them back as separate files, each with its attributes, groups and unit ids (they were merged into one)', () => {
    const p = open(xml);
    expect(exportLosses('xliff12', p)).toEqual([]);
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    const files = [...out.matchAll(/<file original="([^"]*)"[^>]*?datatype="([^"]*)"[\s\S]*?<\/file>/g)];
    expect(files.map((m) => [m[1], m[2]])).toEqual([['a.txt', 'html'], ['b.txt', 'plaintext']]);
    expect(files[0][0]).toContain('product-name="Site"');
    expect(files[0][0]).toContain('date="2024-06-04T10:00:00Z"');
    expect(files.map((m) => [...m[0].matchAll(/<(group|trans-unit) id="([^"]*)"/g)].map((u) => `${u[1]} ${u[2]}`))).toEqual([['group g1', 'trans-unit 1'], ['group g1', 'trans-unit 1']]);
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
    // reopened: both files' units, the same file again, and XLIFF 2 of it has the two files too
    const back = open(out, 'b.xlf');
    expect(p.versions[0].text).toMatch(/Ten people\.\s+Five dogs\./);
    // the versions are named after the whole file, not after the first <file>'s original (a part of it)
    expect(open(xml, 'site.xlf').versions.map((v) => v.name)).toEqual(['site.xlf (en)', 'site.xlf (id)']);
    expect(back.versions[0].text).toBe(p.versions[0].text);
    expect(strip(exportXliff12(exportInputOf(back, 0, 'all', 't')))).toBe(strip(out));
    expect([...exportXliff(exportInputOf(back, 0, 'all', 't')).matchAll(/<file id="[^"]*" original="([^"]*)"/g)].map((m) => m[1])).toEqual(['a.txt', 'b.txt']);
  });
});

describe('groups of the same id and header notes in two <file>s', () => {
  const xml = xliff12(
    file12('a.txt', '<group id="g1" resname="menu"><note>group note A</note><trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit></group>') +
      file12('b.txt', '<group id="g1" restype="x-paragraph"><note>group note B</note><trans-unit id="1"><source>Five dogs.</source><target>Lima anjing.</target></trans-unit></group>', '<header><note>header note B</note></header>'),
  );
  it('each keeps its own attributes and notes in its own file, in XLIFF 1.2 and XLIFF 2, and again after a second trip', () => {
    const p = open(xml);
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    const files12 = [...x12.matchAll(/<file [\s\S]*?<\/file>/g)].map((m) => m[0]);
    expect(files12[0]).toMatch(/<group id="g1" resname="menu">\s*<note>group note A<\/note>/);
    expect(files12[0]).not.toMatch(/note B/);
    expect(files12[1]).toMatch(/<note>header note B<\/note>/);
    expect(files12[1]).toMatch(/<group id="g1" restype="x-paragraph">\s*<note>group note B<\/note>/);
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    const files2 = [...x2.matchAll(/<file [\s\S]*?<\/file>/g)].map((m) => m[0]);
    expect(files2[0]).not.toMatch(/note B/);
    expect(files2[1]).toMatch(/<notes>\s*<note id="f1">header note B<\/note>/);
    if (canValidate()) {
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
    expect(strip(exportXliff12(exportInputOf(open(x12, 'b.xlf'), 0, 'all', 't')))).toBe(strip(x12));
    expect(strip(exportXliff(exportInputOf(open(x2, 'c.xlf'), 0, 'all', 't')))).toBe(strip(x2));
  });
});

describe('an XLIFF 1.2 <group> without an id (Trados)', () => {
  const xml = xliff12(
    file12(
      'a.txt',
      '<group resname="intro" restype="x-paragraph"><trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit></group>' +
        '<trans-unit id="2"><source>Two cars.</source><target>Dua mobil.</target></trans-unit>',
    ),
  );
  it('goes back around its units with its attributes and no id (XLIFF 1.2), or a new id (XLIFF 2)', () => {
    const p = open(xml);
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x12).toMatch(/<group resname="intro" restype="x-paragraph">\s*<trans-unit id="1"[\s\S]*?<\/trans-unit>\s*<\/group>\s*<trans-unit id="2"/);
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    // (its resname as XLIFF 2's name)
    expect(x2).toMatch(/<group id="x-g1" name="intro">\s*<unit id="1">[\s\S]*?<\/unit>\s*<\/group>\s*<unit id="2">/);
    if (canValidate()) {
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
    expect(strip(exportXliff12(exportInputOf(open(x12, 'b.xlf'), 0, 'all', 't')))).toBe(strip(x12));
  });
});

describe('phase-name', () => {
  it('is not written (it names a <phase> of a <phase-group> Selaras does not write), so the export stays valid', () => {
    const xml = xliff12(
      file12(
        'a.txt',
        '<trans-unit id="1" phase-name="tr1"><source>Ten people.</source><target phase-name="tr1">Sepuluh orang.</target></trans-unit>',
        '<header><phase-group><phase phase-name="tr1" process-name="translation"/></phase-group></header>',
      ),
    );
    const out = exportXliff12(exportInputOf(open(xml), 0, 'all', 't'));
    expect(out).not.toMatch(/ phase-name="/);
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
});

describe('an isolated code (<it>) of XLIFF 1.2', () => {
  it('keeps its file id in source and target alike (tools match codes across the two by id)', () => {
    const xml = xliff12(
      file12('a.html', '<trans-unit id="u1"><source>Open <it id="2" pos="open">&lt;i&gt;</it>later.</source><target>Buka <it id="2" pos="open">&lt;i&gt;</it>nanti.</target></trans-unit>'),
    );
    const p = open(xml);
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x12).toContain('<source>Open <it id="2" pos="open">&lt;i&gt;</it>later.</source>');
    expect(x12).toContain('<target>Buka <it id="2" pos="open">&lt;i&gt;</it>nanti.</target>');
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect([...x2.matchAll(/<sc id="([^"]*)"[^>]*isolated="yes"/g)].map((m) => m[1])).toEqual(['2', '2']);
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('XLIFF 2 inline codes with editing hints and display text', () => {
  it('keep canCopy, canDelete, canReorder, canOverlap and a <pc>\'s dispStart/dispEnd, equivStart/equivEnd', () => {
    const pc = '<pc id="2" equivStart="[b]" equivEnd="[/b]" dispStart="&lt;b&gt;" dispEnd="&lt;/b&gt;" canOverlap="no" canCopy="no" canDelete="no" canReorder="no">';
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><segment id="s1">' +
      `<source>Paid <ph id="1" canCopy="no" canDelete="no"/>$3 ${pc}now</pc>.</source><target>Membayar <ph id="1" canCopy="no" canDelete="no"/>3 dolar ${pc}sekarang</pc>.</target></segment></unit></file></xliff>`;
    const out = exportXliff(exportInputOf(open(xml), 0, 'all', 't'));
    for (const side of ['source', 'target']) {
      const text = out.match(new RegExp(`<${side}>(.*?)</${side}>`))?.[1] ?? '';
      expect(text).toContain('<ph id="1" canCopy="no" canDelete="no"/>');
      expect(text).toMatch(/<pc id="2" dispStart="&lt;b&gt;" dispEnd="&lt;\/b&gt;" equivStart="\[b\]" equivEnd="\[\/b\]" canCopy="no" canDelete="no" canReorder="no" canOverlap="no">/);
    }
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('a note on a TMX variant of a third language', () => {
  it('goes back into that variant (not to the header), and reopens as one note', () => {
    const tmx =
      '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body><tu tuid="1">' +
      '<tuv xml:lang="en"><seg>It cost 5 euros.</seg></tuv><tuv xml:lang="id"><seg>Harganya 5 euro.</seg></tuv>' +
      '<tuv xml:lang="fr"><note>fr note</note><prop type="x-fr">p</prop><seg>Cela coûtait 5 euros.</seg></tuv></tu></body></tmx>';
    const r = importTmx(tmx, 'a.tmx');
    if (!r.ok) throw new Error(r.message);
    const p = projectFromBilingual(r, 'a.tmx');
    const out = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(out).toMatch(/<tuv xml:lang="fr">\s*<prop type="x-fr">p<\/prop>\s*<note>fr note<\/note>\s*<seg>Cela coûtait 5 euros\.<\/seg>/);
    expect(out.slice(0, out.indexOf('<body>'))).not.toContain('<note>fr note</note>');
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
    const back = importTmx(out, 'b.tmx');
    if (!back.ok) throw new Error(back.message);
    expect(projectFromBilingual(back, 'b.tmx').annotations.filter((a) => a.note === 'fr note')).toHaveLength(1);
  });
});

describe('XLIFF 2 comment marks on both sides', () => {
  it('keep their id in source and target (a target mark shares the id of the source mark it renders)', () => {
    const mark = (t: string) => `<mrk id="c1" type="comment" value="Is this USD?">${t}</mrk>`;
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><segment id="s1">' +
      `<source>Pay ${mark('5 dollars')} today.</source><target>Bayar ${mark('5 dolar')} hari ini.</target></segment></unit></file></xliff>`;
    const out = exportXliff(exportInputOf(open(xml), 0, 'all', 't'));
    expect(out).toContain(`<source>Pay ${mark('5 dollars')} today.</source>`);
    expect(out).toContain(`<target>Bayar ${mark('5 dolar')} hari ini.</target>`);
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('an XLIFF 2 unit note without appliesTo', () => {
  it('goes back without one; a note that applies to the target keeps it', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<notes><note id="n1">About the whole unit</note><note id="n2" appliesTo="target">About the target</note></notes>' +
      '<segment id="s1"><source>Pay 5 dollars today.</source><target>Bayar 5 dolar hari ini.</target></segment></unit></file></xliff>';
    const out = exportXliff(exportInputOf(open(xml), 0, 'all', 't'));
    // (as the file wrote them: no category, priority or appliesTo added)
    expect(out).toMatch(/<note id="n1">About the whole unit<\/note>/);
    expect(out).toMatch(/<note id="n2" appliesTo="target">About the target<\/note>/);
  });
});

describe('an XLIFF 1.2 file that names no languages', () => {
  it('gives its versions the file name and a letter (not an English word or "-x-b")', () => {
    const r = importXliff(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" datatype="plaintext"><body><trans-unit id="1"><source>Two boats.</source><target>Dua perahu.</target></trans-unit></body></file></xliff>',
      'x.xlf',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.versions.map((v) => v.name)).toEqual(['x (A)', 'x (B)']);
  });
});

describe('XLIFF 2 code hints exported to a format without a place for them', () => {
  it('are said as a loss for TMX and XLIFF 1.2, not for XLIFF 2', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><segment id="s1">' +
      '<source>Paid <ph id="1" canCopy="no" canDelete="no"/>$3.</source><target>Membayar <ph id="1" canCopy="no" canDelete="no"/>3 dolar.</target></segment></unit></file></xliff>';
    const p = open(xml);
    const keys = (f: 'tmx' | 'xliff12' | 'xliff') => exportLosses(f, p).map((l) => [l.key, l.params.count]);
    expect(keys('tmx')).toContainEqual(['formats2.loss.codeHints', 2]);
    expect(keys('xliff12')).toContainEqual(['formats2.loss.codeHints', 2]);
    expect(keys('xliff').map(([k]) => k)).not.toContain('formats2.loss.codeHints');
  });
});

describe('notes another tool wrote with no attributes at all', () => {
  it('go back with none added: XLIFF 2 <note>, XLIFF 1.2 <note> (annotates general)', () => {
    const x2 =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<notes><note>plain</note></notes><segment id="s1"><source>Pay 5 dollars today.</source><target>Bayar 5 dolar hari ini.</target></segment></unit></file></xliff>';
    expect(exportXliff(exportInputOf(open(x2), 0, 'all', 't'))).toMatch(/<note id="[^"]*">plain<\/note>/);
    const x12 = xliff12(file12('a.txt', '<trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target><note>plain</note></trans-unit>'));
    const out = exportXliff12(exportInputOf(open(x12), 0, 'all', 't'));
    expect(out).toContain('<note>plain</note>');
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
});

describe('translate="no" on a unit', () => {
  it('goes from XLIFF 1.2 to XLIFF 2 and from XLIFF 2 to 1.2 (both have it), with no loss said', () => {
    const p12 = open(xliff12(file12('a.txt', '<trans-unit id="1" translate="no" resname="brand"><source>Acme 3000</source><target>Acme 3000</target></trans-unit>')));
    expect(exportLosses('xliff', p12)).toEqual([]);
    expect(exportXliff(exportInputOf(p12, 0, 'all', 't'))).toMatch(/<unit id="1" name="brand" translate="no">/);
    const p2 = open(
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">' +
        '<unit id="u1" translate="no" name="brand"><segment><source>Acme 3000</source><target>Acme 3000</target></segment></unit></file></xliff>',
      'b.xlf',
    );
    expect(exportLosses('xliff12', p2)).toEqual([]);
    expect(exportXliff12(exportInputOf(p2, 0, 'all', 't'))).toMatch(/<trans-unit id="u1" resname="brand" translate="no"/);
  });
});

describe('notes of a header or a group that had no priority', () => {
  it('are written back without one, as unit notes are', () => {
    const p = open(
      xliff12(
        file12('a.txt', '<group id="g1"><note>group note</note><trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit></group>', '<header><note>header note</note><note priority="2">urgent</note></header>'),
      ),
    );
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(out).toContain('<note>header note</note>');
    expect(out).toContain('<note>group note</note>');
    expect(out).toContain('<note priority="2">urgent</note>');
  });
});

describe('a unit translated in part, exported as TMX', () => {
  it('is said: its TMX unit pairs the whole source with the segments translated so far', () => {
    const seg = (mid: string, text: string) => `<mrk mtype="seg" mid="${mid}">${text}</mrk>`;
    const p = open(
      xliff12(
        file12(
          'a.txt',
          `<trans-unit id="1"><source>Ten people. Five dogs.</source><seg-source>${seg('1', 'Ten people.')} ${seg('2', 'Five dogs.')}</seg-source><target>${seg('1', 'Sepuluh orang.')} ${seg('2', '')}</target></trans-unit>` +
            `<trans-unit id="2"><source>Two cars.</source><target>Dua mobil.</target></trans-unit>`,
        ),
      ),
    );
    expect(exportLosses('tmx', p)).toContainEqual({ key: 'formats2.loss.partlyTranslated', params: { format: 'TMX', count: 1 } });
    expect(exportLosses('xliff12', p).map((l) => l.key)).not.toContain('formats2.loss.partlyTranslated');
  });
});

describe('a <file> without units among others', () => {
  it('is written back in its place with its header note, in XLIFF 1.2 and XLIFF 2 (it was dropped and its note moved)', () => {
    const p = open(
      xliff12(
        file12('a.txt', '<trans-unit id="1"><source>Ten people.</source><target>Sepuluh orang.</target></trans-unit>') +
          file12('logo.svg', '', '<header><note>nothing to translate</note></header>') +
          file12('c.txt', '<trans-unit id="1"><source>Five dogs.</source><target>Lima anjing.</target></trans-unit>'),
      ),
    );
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect([...x12.matchAll(/<file original="([^"]*)"/g)].map((m) => m[1])).toEqual(['a.txt', 'logo.svg', 'c.txt']);
    expect(x12).toMatch(/<file original="logo.svg"[^>]*>\s*<header>[\s\S]*?<note>nothing to translate<\/note>\s*<\/header>\s*<body>\s*<\/body>/);
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect([...x2.matchAll(/<file id="[^"]*" original="([^"]*)"/g)].map((m) => m[1])).toEqual(['a.txt', 'logo.svg', 'c.txt']);
    if (canValidate()) {
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
    expect(strip(exportXliff12(exportInputOf(open(x12, 'b.xlf'), 0, 'all', 't')))).toBe(strip(x12));
  });
});

describe('a group’s attributes from one XLIFF version to the other', () => {
  const x2 =
    '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">' +
    '<group id="g1" name="chapter" translate="yes" type="acme:chapter"><unit id="u1"><segment><source>Nine boats.</source><target>Sembilan perahu.</target></segment></unit></group></file></xliff>';
  it('XLIFF 2 into 1.2: name and translate as resname and translate; the type, which 1.2 has no place for, said and back on reopening', () => {
    const p = open(x2, 'g.xlf');
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(out).toMatch(/<group id="g1" resname="chapter" translate="yes">/);
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
    expect(exportLosses('xliff12', p)).toContainEqual(expect.objectContaining({ key: 'formats2.loss.groupData', params: expect.objectContaining({ count: 1 }) }));
    expect(exportLosses('xliff', p).some((l) => l.key === 'formats2.loss.groupData')).toBe(false);
    const back = exportXliff(exportInputOf(open(out, 'g12.xlf'), 0, 'all', 't'));
    expect(back).toMatch(/<group id="g1" name="chapter" translate="yes" type="acme:chapter">/);
  });
  it('XLIFF 1.2 into 2: resname as name (it was left out); a restype said', () => {
    const p = open(xliff12(file12('a.txt', '<group id="g1" resname="chapter" restype="x-chapter"><trans-unit id="1"><source>Nine boats.</source><target>Sembilan perahu.</target></trans-unit></group>')), 'g12.xlf');
    const out = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(out).toMatch(/<group id="g1" name="chapter">/);
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
    expect(exportLosses('xliff', p)).toContainEqual(expect.objectContaining({ key: 'formats2.loss.groupData' }));
  });
});

describe("an XLIFF 2 file's translate=\"no\", exported as XLIFF 1.2 (whose <file> has no translate)", () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">' +
    '<file id="f1" original="legal.json" translate="no"><unit id="u1"><segment><source>ACME Terms v2</source></segment></unit>' +
    '<group id="g1" translate="yes"><unit id="u9"><segment><source>Read the terms.</source></segment></unit></group></file>' +
    '<file id="f2" original="ui.json"><unit id="u3"><segment><source>Save</source><target>Enregistrer</target></segment></unit></file></xliff>';
  it('goes on each of its units that says none, as XLIFF 2 inherits it (it was dropped: the units read as to translate)', () => {
    const out = exportXliff12(exportInputOf(open(xml, 't.xlf'), 0, 'all', 't'));
    expect(out).toMatch(/<trans-unit id="u1" translate="no"/);
    // a group that says its own passes it; another file's units get none
    expect(out).toMatch(/<group id="g1" translate="yes">\s*<trans-unit id="u9" xml:space/);
    expect(out).toMatch(/<trans-unit id="u3" xml:space/);
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
});
