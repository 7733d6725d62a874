/**
 * Bilingual files as other tools write them (issue: real files in and out): numbers split by inline codes,
 * `en_US`-style language tags, a file declared in Windows-1252. Files written here; the texts are our own.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selaras } from './run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-cli-tools-'));
const write = (name: string, body: string | Uint8Array) => {
  const f = path.join(tmp, name);
  writeFileSync(f, body);
  return f;
};
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const tmx = (tus: string, head = HEAD) =>
  `${head}<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-US" datatype="plaintext"/><body>${tus}</body></tmx>`;

describe('numbers that inline codes split', () => {
  it('XLIFF 1.2 `1<g>0</g>,000` and `<g>2</g>5%` are 10,000 and 25%: no drift', () => {
    const f = write(
      'split.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>The fee is 1<g id="1">0</g>,000 dollars and <g id="2">2</g>5% tax.</source><target>Biayanya 10.000 dolar dan pajak 25%.</target></trans-unit></body></file></xliff>`,
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mismatches).toEqual([]);
  });
  it('TMX `<ph/>7<ph/>%` against 7%: a match; a code between words still parts them', () => {
    const f = write('ph.tmx', tmx(`<tu><tuv xml:lang="en-US"><seg>Growth was <ph x="1">&lt;b&gt;</ph>7<ph x="2">&lt;/b&gt;</ph>% in May.</seg></tuv><tuv xml:lang="id-ID"><seg>Pertumbuhan 7% pada Mei.</seg></tuv></tu>`));
    const r = selaras('check', f, '--json');
    expect(JSON.parse(r.stdout).mismatches).toEqual([]);
  });
  it('guard: a number a code splits into another value is still a drift', () => {
    const f = write(
      'split-drift.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>The fee is 1<g id="1">2</g>,000 dollars.</source><target>Biayanya 10.000 dolar.</target></trans-unit></body></file></xliff>`,
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).mismatches.map((m: { kind: string }) => m.kind)).toEqual(['value']);
  });
});

describe('language tags written with an underscore (en_US)', () => {
  it('en_US and en-US are one language; the XLIFF 2 export writes a valid tag', () => {
    const f = write(
      'underscore.tmx',
      tmx(
        `<tu><tuv xml:lang="en_US"><seg>It rose 5 percent.</seg></tuv><tuv xml:lang="id_ID"><seg>Naik 5 persen.</seg></tuv></tu>` +
          `<tu><tuv xml:lang="en-US"><seg>It fell 2 percent.</seg></tuv><tuv xml:lang="id-ID"><seg>Turun 2 persen.</seg></tuv></tu>`,
      ),
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ langA: 'en', langB: 'id', mismatches: [] });
    const out = path.join(tmp, 'underscore.xlf');
    expect(selaras('export', f, '--to', 'xliff', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/srcLang="en-US" trgLang="id-ID"/);
  });
});

describe('a file declared in Windows-1252', () => {
  it('its dashes, curly quotes and euro sign are read as the code page has them, and exported as such', () => {
    const head = '<?xml version="1.0" encoding="windows-1252"?>\n';
    const [before, after] = tmx('<tu><tuv xml:lang="en-US"><seg>#</seg></tuv><tuv xml:lang="id-ID"><seg>Halaman 4-6 berharga 5 euro.</seg></tuv></tu>', head).split('#');
    const seg = [...Buffer.from('Pages 4'), 0x96, ...Buffer.from('6 '), 0x93, ...Buffer.from('cost'), 0x94, ...Buffer.from(' 5 '), 0x80];
    const f = write('cp1252.tmx', new Uint8Array([...Buffer.from(before), ...seg, ...Buffer.from(after)]));
    const out = path.join(tmp, 'cp1252-out.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Pages 4–6 “cost” 5 €');
  });
});

describe('an XLIFF 1.2 file that names no target language', () => {
  it('its Indonesian targets are read as Indonesian, not as a second English', () => {
    const f = write(
      'no-target.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>About 10,000 people marched on Monday.</source><target>Sekitar 10.000 orang berbaris pada hari Senin.</target></trans-unit></body></file></xliff>`,
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ langA: 'en', langB: 'id', mismatches: [] });
  });
});

describe('a unit without a target', () => {
  const f = () =>
    write(
      'untranslated.tmx',
      tmx(
        `<tu><tuv xml:lang="en-US"><seg>It rose 5 percent.</seg></tuv><tuv xml:lang="id-ID"><seg>Naik 5 persen.</seg></tuv></tu>` +
          `<tu><tuv xml:lang="en-US"><seg>Untranslated: 4 items.</seg></tuv><tuv xml:lang="id-ID"><seg></seg></tuv></tu>`,
      ),
    );
  it('is untranslated, not a drift: its figures are not compared, and the JSON lists it', () => {
    const r = selaras('check', f(), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ mismatches: [], untranslated: [[1]] });
    const plain = selaras('check', f());
    expect(plain.stdout).toContain('1 unit or segment without a target (untranslated)');
  });
  it('a segment without a target in a unit part translated (XLIFF 2) is untranslated too; the unit\'s other segments are compared', () => {
    const seg = (id: string, src: string, trg?: string) => `<segment id="${id}"><source>${src}</source>${trg === undefined ? '' : `<target>${trg}</target>`}</segment>`;
    const g = write(
      'half.xlf',
      `${HEAD}<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">` +
        seg('s1', 'It rose 5 percent.', 'Naik 5 persen.') + seg('s2', 'Untranslated: 4 items.') + seg('s3', 'It fell 9 percent.', 'Turun 7 persen.') + `</unit></file></xliff>`,
    );
    const r = selaras('check', g, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.untranslated).toEqual([[1]]);
    expect(out.mismatches.map((m: { kind: string; aFigure: { text: string } }) => [m.kind, m.aFigure.text])).toEqual([['value', '9 percent']]);
  });
  it('guard: a target that drops a figure is still a drift', () => {
    const g = write('dropped.tmx', tmx(`<tu><tuv xml:lang="en-US"><seg>It rose 5 percent to 40 tonnes.</seg></tuv><tuv xml:lang="id-ID"><seg>Naik 5 persen.</seg></tuv></tu>`));
    const r = selaras('check', g, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ untranslated: [] });
  });
});

describe('notes about the file speak the language of --lang-ui', () => {
  it('the languages left out, in Indonesian with --lang-ui id; in English without', () => {
    const f = write(
      'three.tmx',
      tmx(
        `<tu><tuv xml:lang="en-US"><seg>It rose 5 percent.</seg></tuv><tuv xml:lang="id-ID"><seg>Naik 5 persen.</seg></tuv><tuv xml:lang="de-DE"><seg>Es stieg um 5 Prozent.</seg></tuv></tu>`,
      ),
    );
    const out = path.join(tmp, 'three-out.tmx');
    const id = selaras('export', f, '--to', 'tmx', '--out', out, '--lang-ui', 'id');
    expect(id.stderr).toContain('memuat 3 bahasa');
    expect(id.stderr).not.toContain('holds 3 languages');
    const en = selaras('check', f, '--json');
    expect(en.stderr).toContain('holds 3 languages');
    // (it says which two are compared, not that the others are left out: a TMX export writes every language)
    expect(en.stderr).toMatch(/figures are compared between en-US and id-ID/);
    expect(readFileSync(out, 'utf8')).toContain('xml:lang="de-DE"');
  });
});

describe('an XLIFF 1.2 file whose files have different source languages', () => {
  it('the units of a file in another source language are not read as the first language, and that is said', () => {
    const f = write(
      'mixed-source.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` +
        `<file original="a.txt" source-language="en-US" target-language="id-ID" datatype="plaintext"><body><trans-unit id="1"><source>We sold 3,500 tickets.</source><target>Kami menjual 3.500 tiket.</target></trans-unit></body></file>` +
        `<file original="b.txt" source-language="en-GB" target-language="id-ID" datatype="plaintext"><body><trans-unit id="1"><source>We sold 20 cars.</source><target>Kami menjual 20 mobil.</target></trans-unit></body></file>` +
        `<file original="c.txt" source-language="de-DE" target-language="id-ID" datatype="plaintext"><body><trans-unit id="1"><source>Wir haben 1.500 Karten verkauft.</source><target>Kami menjual 1.500 tiket.</target></trans-unit></body></file></xliff>`,
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).matches).toHaveLength(2);
    expect(r.stderr).toContain('<trans-unit source-language="de-DE"> ×1');
    const out = path.join(tmp, 'mixed.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('Wir haben');
  });
});

describe('export --pair from a multilingual TMX', () => {
  it('says which languages it leaves out (it wrote one pair silently)', () => {
    const f = write(
      'pair3.tmx',
      tmx(`<tu><tuv xml:lang="en-US"><seg>It opened in 2019.</seg></tuv><tuv xml:lang="de-DE"><seg>Sie wurde 2019 eröffnet.</seg></tuv><tuv xml:lang="id-ID"><seg>Dibuka pada 2019.</seg></tuv></tu>`),
    );
    const out = path.join(tmp, 'pair3-out.tmx');
    const r = selaras('export', f, '--pair', 'en-US,id-ID', '--to', 'tmx', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { key: string }) => w.key)).toContain('formats2.loss.pairChosen');
    expect(r.stderr).toContain('de-DE not written');
    const all = selaras('export', f, '--to', 'tmx', '--out', path.join(tmp, 'pair3-all.tmx'), '--json');
    expect(JSON.parse(all.stdout).warnings.map((w: { key: string }) => w.key)).not.toContain('formats2.loss.pairChosen');
    expect(readFileSync(path.join(tmp, 'pair3-all.tmx'), 'utf8')).toContain('de-DE');
  });
});

describe('segment states of an XLIFF 2 file', () => {
  it('a target in state initial (a machine draft) stays initial in the export; final stays final', () => {
    const f = write(
      'states.xlf',
      `${HEAD}<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="id"><file id="f1">` +
        `<unit id="u1"><segment id="s1" state="initial"><source>It rose 5 percent.</source><target>Naik 5 persen.</target></segment></unit>` +
        `<unit id="u2"><segment id="s1" state="final"><source>It fell 2 percent.</source><target>Turun 2 persen.</target></segment></unit></file></xliff>`,
    );
    const out = path.join(tmp, 'states-out.xlf');
    expect(selaras('export', f, '--to', 'xliff', '--out', out).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<unit id="u1"[\s\S]*?state="initial"/);
    expect(xml).toMatch(/<unit id="u2"[\s\S]*?state="final"/);
  });
});

describe('a file cut short', () => {
  it('says which elements are left open, at its last line', () => {
    const f = write(
      'cut.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>\n<trans-unit id="1"><source>Cut</source>`,
    );
    const r = selaras('check', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: not well-formed XML (the file ends before <trans-unit>, <body>, <file>, <xliff> are closed)');
  });

  it('says it ends inside a tag when it is cut in one (not the attribute the cut left)', () => {
    const f = write(
      'cut-tag.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>\n<trans-unit id="1"><source>Cut</source>\n<target state`,
    );
    const r = selaras('check', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 4: not well-formed XML (the file ends inside the tag <target>)');
  });
});

describe('--pair is checked against the file', () => {
  const xlf = () =>
    write(
      'pair.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en-US" target-language="id-ID" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>It rose 5 percent.</source><target>Naik 5 persen.</target></trans-unit></body></file></xliff>`,
    );
  it('an XLIFF file without one of the two languages is an error naming it; the same language twice is a usage error', () => {
    const r = selaras('check', xlf(), '--pair', 'en-US,fr-FR');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no text in fr-FR (it holds en-US and id-ID)');
    expect(selaras('check', xlf(), '--pair', 'en-US,EN-US').stderr).toContain('two different languages');
  });
  it("guard: the file's own pair is accepted", () => {
    expect(selaras('check', xlf(), '--pair', 'en-US,id-ID', '--json').code).toBe(0);
  });
});

describe('an XLIFF 1.2 header from another tool', () => {
  it('what it holds besides notes (Trados file-info, tag-defs) is said not read', () => {
    const f = write(
      'header.sdlxliff',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file original="a.docx" source-language="en-US" target-language="id-ID" datatype="x-sdlfilterframework2">` +
        `<header><file-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:FileId">1</value></file-info><tag-defs xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><tag id="pt1"><bpt name="b">&lt;b&gt;</bpt></tag></tag-defs><note>Check units.</note></header>` +
        `<body><trans-unit id="1"><source>It rose 5 percent.</source><target>Naik 5 persen.</target></trans-unit></body></file></xliff>`,
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not read, so not in any export: .*<file-info> ×1.*<tag-defs> ×1/);
  });
});

describe("a TMX note on the source language's variant", () => {
  it('stays on that variant through export and a second export of the export', () => {
    const f = write(
      'variant-note.tmx',
      tmx(`<tu><tuv xml:lang="en-US"><note>Check the unit.</note><seg>It rose 5 percent.</seg></tuv><tuv xml:lang="id-ID"><seg>Naik 5 persen.</seg></tuv></tu>` +
        `<tu><note>Unit note.</note><tuv xml:lang="en-US"><seg>It fell 2 percent.</seg></tuv><tuv xml:lang="id-ID"><seg>Turun 2 persen.</seg></tuv></tu>`),
    );
    const once = path.join(tmp, 'variant-once.tmx');
    const twice = path.join(tmp, 'variant-twice.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', once).code).toBe(0);
    expect(selaras('export', once, '--to', 'tmx', '--out', twice).code).toBe(0);
    for (const out of [once, twice]) {
      expect(JSON.parse(selaras('inspect', out, '--json').stdout).notes).toMatchObject({ unit: 1, variant: 1 });
      expect(readFileSync(out, 'utf8')).toMatch(/<tuv xml:lang="en-US">\s*<note>Check the unit\.<\/note>/);
    }
  });
});

describe('a German–French memory (languages outside the word readers)', () => {
  const tm = (tus: Array<[string, string]>) =>
    `${HEAD}<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de-DE" datatype="plaintext"/><body>` +
    tus.map(([de, fr]) => `<tu><tuv xml:lang="de-DE"><seg>${de}</seg></tuv><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv></tu>`).join('') +
    '</body></tmx>';
  it('correct renderings in each language’s own number format are no drift: exit 0 (read the English way, they were a dozen false drifts)', () => {
    const f = write(
      'de-fr.tmx',
      tm([
        ['Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze.', 'La cabane se trouve à 2 350 mètres et offre 1 250 places.'],
        ['Der Anteil stieg um 3,5 Prozent auf 12,75 Millionen Franken.', 'La part a augmenté de 3,5 % pour atteindre 12,75 millions de francs.'],
        ['Im Jahr 1998 kamen 4.000 Besucher, 2003 schon 12.500.', 'En 1998, 4000 visiteurs sont venus, et 12 500 en 2003.'],
        ['Der Gipfel ist 4.478 m hoch, nicht 4.500 m.', 'Le sommet culmine à 4 478 m, pas 4 500 m.'],
      ]),
    );
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mismatches).toEqual([]);
    expect(r.stderr).toMatch(/numbers written in digits are compared/);
  });
  it('a changed figure is a drift: exit 1, the German and French values named', () => {
    const f = write('de-fr-drift.tmx', tm([['Der Gipfel ist 4.478 m hoch.', 'Le sommet culmine à 4 487 m.']]));
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout).mismatches;
    expect(m.map((x: { level: string; kind: string; aFigure: { value: number }; bFigure: { value: number } }) => [x.level, x.kind, x.aFigure.value, x.bFigure.value])).toEqual([['drift', 'value', 4478, 4487]]);
  });
});

describe('two text files in German and French (no language tags)', () => {
  it('each told by its words: read by its own number format, no drift, the languages in the JSON and a note on stderr', () => {
    const a = write('hut.de.txt', 'Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze.\n\nDer Verein hat die Hütte mit der Gemeinde für 3,5 Millionen Franken umgebaut, und sie ist seit dem 4. Juni 2024 wieder offen.\n');
    const b = write('hut.fr.txt', 'La cabane se trouve à 2 350 mètres et offre 1 250 places.\n\nLe club a rénové la cabane avec la commune pour 3,5 millions de francs, et elle est de nouveau ouverte depuis le 4 juin 2024.\n');
    const r = selaras('check', a, b, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.langTagA, j.langTagB]).toEqual(['de', 'fr']);
    expect(j.mismatches).toEqual([]);
    expect(j.matches.length).toBe(4);
    expect(r.stderr).toMatch(/In hut\.de\.txt \(de\), hut\.fr\.txt \(fr\), numbers written in digits are compared/);
    // saved and checked again, and exported: the languages and the sentences (`am 4. Juni` is one) are kept
    const saved = path.join(tmp, 'hut.selaras');
    expect(selaras('check', '--save', saved, a, b).code).toBe(0);
    const again = JSON.parse(selaras('check', saved, '--json').stdout);
    expect([again.langTagA, again.langTagB, again.mismatches.length, again.matches.length]).toEqual(['de', 'fr', 0, 4]);
    const xlf = path.join(tmp, 'hut.xlf');
    expect(selaras('export', saved, '--to', 'xliff', '--out', xlf).code).toBe(0);
    expect(readFileSync(xlf, 'utf8')).toMatch(/srcLang="de" trgLang="fr"/);
  });
});

describe('units that repeat an id (an invalid file another tool wrote)', () => {
  it('XLIFF 1.2 trans-units and TMX tuids repeated: the export gives them new ids and says so (it renamed them silently)', () => {
    const xlf = write(
      'dup.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>` +
        '<trans-unit id="1"><source>The fee is 10 dollars.</source><target>Biayanya 10 dolar.</target></trans-unit>' +
        '<trans-unit id="1"><source>There were 12 boats.</source><target>Ada 12 perahu.</target></trans-unit></body></file></xliff>',
    );
    const out = path.join(tmp, 'dup.out.xlf');
    const r = selaras('export', xlf, '--to', 'xliff12', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 unit repeats the id of an earlier unit of its file \(1\): XLIFF 1\.2 needs unique ids/);
    expect([...readFileSync(out, 'utf8').matchAll(/<trans-unit id="([^"]*)"/g)].map((m) => m[1])).toEqual(['1', 'b2']);
    const tm = write('dup.tmx', tmx('<tu tuid="7"><tuv xml:lang="en-US"><seg>It had 3 rooms.</seg></tuv><tuv xml:lang="id-ID"><seg>Ada 3 kamar.</seg></tuv></tu><tu tuid="7"><tuv xml:lang="en-US"><seg>Then 4 more.</seg></tuv><tuv xml:lang="id-ID"><seg>Lalu 4 lagi.</seg></tuv></tu>'));
    const t = selaras('export', tm, '--to', 'tmx', '--out', path.join(tmp, 'dup.out.tmx'), '--lang-ui', 'id');
    expect(t.stderr).toMatch(/1 unit memakai ulang id unit sebelumnya di berkasnya \(7\): TMX memerlukan id yang unik/);
  });
  it('guard: a file whose ids are all its own exports without the warning', () => {
    const xlf = write('one.xlf', `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body><trans-unit id="1"><source>The fee is 10 dollars.</source><target>Biayanya 10 dolar.</target></trans-unit></body></file></xliff>`);
    expect(selaras('export', xlf, '--to', 'xliff12', '--out', path.join(tmp, 'one.out.xlf')).stderr).not.toMatch(/repeats the id/);
  });
});

describe('one long unit of many figures', () => {
  it('a TMX unit listing 600 items (en–de) is checked in seconds: 600 item numbers without a counterpart, for review', () => {
    const en = Array.from({ length: 600 }, (_, k) => `Item ${k + 1} costs ${(k + 1) * 3} dollars and weighs ${k + 1}.5 kg`).join('; ');
    const de = Array.from({ length: 600 }, (_, k) => `Artikel ${k + 1} kostet ${(k + 1) * 3} Dollar und wiegt ${k + 1},5 kg`).join('; ');
    const f = write('long-unit.tmx', tmx(`<tu tuid="long"><tuv xml:lang="en-US"><seg>${en}.</seg></tuv><tuv xml:lang="de-DE"><seg>${de}.</seg></tuv></tu>`));
    const r = selaras('check', f, '--json');
    expect(r.code).toBe(0);
    const ms = JSON.parse(r.stdout).mismatches as Array<{ kind: string; level: string }>;
    expect(ms.length).toBe(600);
    expect(ms.every((m) => m.kind === 'missing' && m.level === 'review')).toBe(true);
  });
});

describe('a language named on the command line', () => {
  it('--lang-a de --lang-b fr reads two one-line texts by their languages: 1.200 is 1,200 and 2 500 000 one number', () => {
    const a = write('short.de.txt', 'Mehr als 1.200 Schulen, also 2.500.000 Euro.\n');
    const b = write('short.fr.txt', 'Plus de 1 200 écoles, soit 2 500 000 euros.\n');
    const r = selaras('check', a, b, '--lang-a', 'de', '--lang-b', 'fr', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.langTagA, j.langTagB]).toEqual(['de', 'fr']);
    expect(j.mismatches.filter((m: { level: string }) => m.level === 'drift')).toEqual([]);
    expect(j.matches.length).toBe(2);
  });
  it('a word that is no language tag is a usage error, exit 2, with what is allowed', () => {
    const a = write('short2.de.txt', 'Mehr als 1.200 Schulen.\n');
    const r = selaras('check', a, a, '--lang-a', 'deutsch');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang-a must be id, en, auto or a language tag/);
  });
  it('batch takes a language tag too', () => {
    const jobs = write('jobs.jsonl', JSON.stringify({ id: 'j1', aText: 'Mehr als 1.200 Schulen.', bText: 'Plus de 1 200 écoles.', langA: 'de', langB: 'fr-FR' }) + '\n');
    const r = selaras('batch', jobs);
    const line = JSON.parse(r.stdout.trim().split('\n')[0]);
    expect(line.error).toBeUndefined();
    expect([line.langTagA, line.langTagB]).toEqual(['de', 'fr-FR']);
    expect(line.mismatches).toEqual([]);
  });
});

describe('what a file holds that is not read', () => {
  it('export --json lists it in "warnings" (key formats2.dropped), said once on stderr', () => {
    // (a <hi> of a further language's variant: its text is kept, its markup not)
    const f = write(
      'hi.tmx',
      tmx(`<tu><tuv xml:lang="en-US"><seg>A term costs 5 dollars.</seg></tuv><tuv xml:lang="id-ID"><seg>Sebuah istilah berharga 5 dolar.</seg></tuv><tuv xml:lang="fr-FR"><seg>Un <hi type="term">terme</hi> coûte 5 dollars.</seg></tuv></tu>`),
    );
    const out = path.join(tmp, 'hi-out.tmx');
    const r = selaras('export', f, '--to', 'tmx', '--out', out, '--json');
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.stdout).warnings as Array<{ key: string; message: string }>;
    expect(warnings.map((w) => w.key)).toContain('formats2.dropped');
    expect(warnings.find((w) => w.key === 'formats2.dropped')!.message).toMatch(/<hi> ×1/);
    expect(r.stderr.match(/not read, so not in any export/g)?.length).toBe(1);
  });
});

describe('a TMX variant without a language', () => {
  const f = () =>
    write(
      'no-lang.tmx',
      tmx(`<tu><tuv xml:lang="en-US"><seg>About 1,200 residents left the village.</seg></tuv><tuv><seg>Sekitar 1.500 warga meninggalkan desa itu.</seg></tuv></tu>`),
    );
  it('is read in the language of its text and said on stderr (check); export --json lists it in "warnings" and writes that tag', () => {
    const r = selaras('check', f(), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).langB).toBe('id');
    expect(r.stderr).toContain('1 variant has no language (xml:lang): it is read as id');
    const out = path.join(tmp, 'no-lang-out.tmx');
    const e = selaras('export', f(), '--to', 'tmx', '--out', out, '--json', '--lang-ui', 'id');
    expect(e.code).toBe(0);
    const warnings = JSON.parse(e.stdout).warnings as Array<{ key: string; message: string }>;
    expect(warnings.find((w) => w.key === 'formats2.langAssumed')?.message).toContain('1 varian tanpa bahasa (xml:lang): dibaca sebagai id');
    expect(readFileSync(out, 'utf8')).toContain('<tuv xml:lang="id">');
  });
});

describe('inspect of an XLIFF 2 file with another tool’s inline marks', () => {
  it('counts its comment, not its translate="no" or term marks, among the annotations', () => {
    const f = write(
      'marks.xlf',
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f1"><unit id="u1">' +
        '<segment><source>Gudang <mrk id="m1" translate="no">Bulog</mrk> di <mrk id="m2" translate="no">Jawa Tengah</mrk> menyimpan <mrk id="c1" type="comment" value="cek">9 ton</mrk>.</source>' +
        '<target>The <mrk id="m1" translate="no">Bulog</mrk> warehouse in <mrk id="m2" translate="no">Jawa Tengah</mrk> holds 9 tonnes.</target></segment></unit></file></xliff>',
    );
    const r = selaras('inspect', f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).annotations).toBe(1);
  });
});

describe('an XLIFF 1.2 file that names no target language', () => {
  const xliff = (target: string) =>
    `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" datatype="plaintext"><body>` +
    `<trans-unit id="1"><source>Rain fell for 3 days.</source><target>${target}</target></trans-unit></body></file></xliff>`;
  it('says so; a short French target is read as the file leaves it, and --lang-b fr names it', () => {
    const f = write('notarget.xlf', xliff('Il a plu pendant 3 jours.'));
    const r = selaras('check', f, '--json');
    expect(r.stderr).toContain('the file names no language for this version');
    expect(JSON.parse(r.stdout).langTagB).toBeUndefined();
    const named = selaras('check', f, '--lang-b', 'fr', '--json');
    expect(JSON.parse(named.stdout).langTagB).toBe('fr');
  });
  it('an Indonesian target, told by its words, is exported as id (it was en-x-b, English to another tool)', () => {
    const f = write('notarget-id.xlf', xliff('Hujan turun selama 3 hari di wilayah itu.'));
    const r = selaras('check', f, '--json');
    expect(r.stderr).toContain('its text reads as id');
    const out = path.join(tmp, 'notarget-id.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tuv xml:lang="id">');
  });
  it('a target long enough to tell its language by is read, and exported, in that language', () => {
    const long = 'Il a plu pendant 3 jours sur toute la région, et les rivières sont sorties de leur lit dans plusieurs villages du nord, où les habitants ont quitté leurs maisons pour se mettre à l’abri chez des voisins.';
    const f = write('notarget-long.xlf', xliff(long));
    const r = selaras('check', f, '--json');
    expect(r.stderr).toContain('its text reads as fr');
    expect(JSON.parse(r.stdout).langTagB).toBe('fr');
    const out = path.join(tmp, 'notarget-long.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tuv xml:lang="fr">');
  });
});

describe('an XLIFF 1.2 file with one <file> per target language', () => {
  it('--pair SRC,TRG names a pair by its languages, as the note says (the source language matched every version)', () => {
    const unit = (id: number, src: string, trg: string) => `<trans-unit id="${id}"><source>${src}</source><target>${trg}</target></trans-unit>`;
    const f = write(
      'two-targets.xlf',
      `${HEAD}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` +
        `<file original="s.txt" source-language="en" target-language="de" datatype="plaintext"><body>${unit(1, 'The fire burned 300 hectares.', 'Das Feuer verbrannte 300 Hektar.')}</body></file>` +
        `<file original="s.txt" source-language="en" target-language="fr" datatype="plaintext"><body>${unit(1, 'The fire burned 300 hectares.', 'Le feu a brûlé 30 hectares.')}</body></file></xliff>`,
    );
    const first = selaras('check', f, '--json');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('choose with --pair SRC,TRG');
    for (const pair of ['en,fr', 'EN,FR', '1,3']) {
      const r = selaras('check', f, '--pair', pair, '--json');
      expect(r.code, pair).toBe(1);
      expect(JSON.parse(r.stdout).mismatches.map((m: { kind: string }) => m.kind)).toContain('value');
    }
  });
});

describe('an output that is the input', () => {
  it('export and check refuse to write over their input, the input kept byte for byte; another output is written', () => {
    const f = write('kept.tmx', tmx('<tu><tuv xml:lang="en-US"><seg>Police arrested 14 people.</seg></tuv><tuv xml:lang="id"><seg>Polisi menangkap 14 orang.</seg></tuv><prop type="x-tool">keep</prop></tu>'));
    const before = readFileSync(f, 'utf8');
    const r = selaras('export', f, '--to', 'tmx', '--out', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is an input of this command');
    const c = selaras('check', f, '--save', f);
    expect(c.code).toBe(2);
    expect(readFileSync(f, 'utf8')).toBe(before);
    expect(selaras('export', f, '--to', 'tmx', '--out', path.join(tmp, 'kept-out.tmx')).code).toBe(0);
  });
});

describe('an XLIFF 2 file without trgLang', () => {
  const xliff = (target: string) =>
    `${HEAD}<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f1">` +
    `<unit id="1"><segment><source>Rain fell for 3 days.</source><target>${target}</target></segment></unit></file></xliff>`;
  it('says so, as for XLIFF 1.2, and --lang-b fr names the target', () => {
    const f = write('notrglang.xlf', xliff('Il a plu pendant 3 jours.'));
    const r = selaras('check', f, '--json');
    expect(r.stderr).toContain('the file names no language for this version');
    const named = selaras('check', f, '--lang-b', 'fr', '--json');
    expect(JSON.parse(named.stdout).langTagB).toBe('fr');
  });
  it('a target long enough to tell its language by is exported in that language', () => {
    const long = 'Il a plu pendant 3 jours sur toute la région, et les rivières sont sorties de leur lit dans plusieurs villages du nord, où les habitants ont quitté leurs maisons pour se mettre à l’abri chez des voisins.';
    const f = write('notrglang-long.xlf', xliff(long));
    const r = selaras('check', f, '--json');
    expect(r.stderr).toContain('its text reads as fr');
    const out = path.join(tmp, 'notrglang-long.tmx');
    expect(selaras('export', f, '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tuv xml:lang="fr">');
  });
});
