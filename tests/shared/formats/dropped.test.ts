/** What an importer does not read is counted (`dropped`), so that it is said, never lost silently. */
import { describe, it, expect } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { isInlineMark } from '../../../shared/project/annotations';
import { translate } from '../../../shared/i18n';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';

describe('dropped elements are counted', () => {
  it('TMX: a second variant of the same language and user-defined entities', () => {
    const r = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"><ude name="x"><map unicode="#xE000" code="#x01"/></ude></header><body>` +
        `<tu><tuv xml:lang="en"><seg>Two boats.</seg></tuv><tuv xml:lang="fr"><seg>Deux bateaux.</seg></tuv><tuv xml:lang="fr"><seg>Deux navires.</seg></tuv></tu></body></tmx>`,
      'dup.tmx',
    );
    expect(r.ok && r.dropped).toEqual({ ude: 1, tuv: 1 });
  });

  it('XLIFF 2: a <skeleton> and another tool\'s metadata on the <file> are counted, Selaras\'s own data is not', () => {
    const r = importXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><skeleton href="strings.skl"/>' +
        '<mda:metadata><mda:metaGroup category="tool"><mda:meta type="x">1</mda:meta></mda:metaGroup></mda:metadata>' +
        '<unit id="u1"><segment><source>Two boats.</source><target>Dua perahu.</target></segment></unit></file></xliff>',
      'skl.xlf',
    );
    expect(r.ok && r.dropped).toEqual({ skeleton: 1, 'mda:metadata': 1 });
    const back = importXliff(exportXliff(exportInputOf(projectFromBilingual(r as never, 'skl.xlf'), 0, 'all', 't')), 'back.xlf');
    expect(back.ok && back.dropped).toBeUndefined();
  });

  it('TMX and XLIFF 1.2: a <sub> inside a code (its text rides in the code, its figures unread) is counted', () => {
    const tmx = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
        `<tu><tuv xml:lang="en"><seg>See <ph x="1">&lt;img alt="<sub>40 boats</sub>"/&gt;</ph> now.</seg></tuv><tuv xml:lang="id"><seg>Lihat <ph x="1">&lt;img alt="<sub>45 perahu</sub>"/&gt;</ph> sekarang.</seg></tuv></tu></body></tmx>`,
      'sub.tmx',
    );
    expect(tmx.ok && tmx.dropped).toEqual({ sub: 2 });
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="html"><body>' +
        '<trans-unit id="1"><source>See <ph id="1">&lt;img alt="<sub>40 boats</sub>"/&gt;</ph> now.</source><target>Lihat <ph id="1">&lt;img/&gt;</ph> sekarang.</target></trans-unit></body></file></xliff>',
      'sub.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ sub: 1 });
  });

  it('a unit with no text on either side (empty or spaces only) becomes no row: counted, in each format', () => {
    const x2 = importXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">' +
        '<unit id="u1"><segment><source>Two boats.</source><target>Dua perahu.</target></segment></unit><unit id="u2"><segment><source>  </source><target> </target></segment></unit></file></xliff>',
      'e.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ unit: 1 });
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>Two boats.</source><target>Dua perahu.</target></trans-unit><trans-unit id="2"><source>   </source><target>   </target></trans-unit></body></file></xliff>',
      'e.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ 'trans-unit': 1 });
    const tmx = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
        `<tu><tuv xml:lang="en"><seg>Two boats.</seg></tuv><tuv xml:lang="id"><seg>Dua perahu.</seg></tuv></tu><tu><tuv xml:lang="en"><seg/></tuv><tuv xml:lang="id"><seg> </seg></tuv></tu></body></tmx>`,
      'e.tmx',
    );
    expect(tmx.ok && tmx.dropped).toEqual({ tu: 1 });
  });

  it("XLIFF 2: a segment's canResegment and a target's order go back into XLIFF 2 while the segments are the file's; another attribute (not allowed there) is counted", () => {
    const r = importXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:acme="urn:acme" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
        '<segment id="1" canResegment="no" acme:flag="x"><source>A 1.</source><target order="2">B 2.</target></segment><segment id="2"><source>B 2.</source><target order="1">A 1.</target></segment></unit></file></xliff>',
      'o.xlf',
    );
    expect(r.ok && r.dropped).toEqual({ 'segment acme:flag': 1 });
    const xml = exportXliff(exportInputOf(projectFromBilingual(r as never, 'o.xlf'), 0, 'all', 't'));
    expect(xml).toMatch(/<segment id="1"[^>]* canResegment="no">/);
    expect(xml).toContain('<target order="2">B 2.</target>');
    expect(xml).toContain('<target order="1">A 1.</target>');
    const back = importXliff(xml, 'back.xlf');
    expect(back.ok && back.dropped).toBeUndefined();
  });

  it("what a file's root holds besides its files, and a 1.2 root's own attributes, are counted (Trados' sdl:version, doc-info); an XLIFF 2 root's namespaced attributes go back", () => {
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" sdl:version="1.0">' +
        '<sdl:doc-info><sdl:rev-defs><sdl:rev-def id="r1" type="Delete"/></sdl:rev-defs></sdl:doc-info>' +
        '<file original="a" source-language="en" target-language="id" datatype="plaintext"><body><trans-unit id="1"><source>3 apples.</source><target>3 apel.</target></trans-unit></body></file></xliff>',
      'r.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ 'xliff sdl:version': 1, 'sdl:rev-defs': 1 });
    const x2 = importXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:acme="urn:acme" version="2.0" srcLang="en" trgLang="id" acme:project="P7"><acme:settings mode="strict"/>' +
        '<file id="f1"><unit id="u1"><segment><source>3 apples.</source><target>3 apel.</target></segment></unit></file></xliff>',
      'r2.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ 'acme:settings': 1 });
    const xml = exportXliff(exportInputOf(projectFromBilingual(x2 as never, 'r2.xlf'), 0, 'all', 't'));
    expect(xml).toMatch(/<xliff [^>]*xmlns:acme="urn:acme"[^>]* acme:project="P7">/);
  });

  it('XLIFF 1.2: what a <group> holds besides units, groups and notes (a <context-group>) is counted', () => {
    const r = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
        '<group id="g"><context-group purpose="location"><context context-type="sourcefile">menu.properties</context></context-group><note>Menu</note>' +
        '<trans-unit id="1"><source>Two boats.</source><target>Dua perahu.</target></trans-unit></group></body></file></xliff>',
      'g.xlf',
    );
    expect(r.ok && r.dropped).toEqual({ 'context-group': 1 });
  });

  it("a TMX prop's attributes besides its type, and an XLIFF 1.2 code's clone, are counted", () => {
    const tmx = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"><prop type="x-client" xml:lang="en" o-encoding="utf-8">Acme</prop></header><body>` +
        `<tu><tuv xml:lang="en"><seg>Two boats.</seg></tuv><tuv xml:lang="id"><seg>Dua perahu.</seg></tuv></tu></body></tmx>`,
      'p.tmx',
    );
    expect(tmx.ok && tmx.dropped).toEqual({ 'prop xml:lang': 1, 'prop o-encoding': 1 });
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>Two <g id="1" clone="no">boats</g>.</source><target>Dua <g id="1" clone="no">perahu</g>.</target></trans-unit></body></file></xliff>',
      'c.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ 'g clone': 2 });
  });

  it('TMX: <hi> markup of a further language (its text is kept) is counted; on sides A and B it is kept as a mark', () => {
    const r = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
        `<tu><tuv xml:lang="en"><seg>The <hi type="term">reserve ratio</hi> is 8%.</seg></tuv><tuv xml:lang="id"><seg>Rasio <hi type="term">cadangan</hi> 8%.</seg></tuv>` +
        `<tuv xml:lang="fr"><seg>Le <hi type="term">ratio</hi> est de 8 %.</seg></tuv></tu></body></tmx>`,
      'hi.tmx',
    );
    expect(r.ok && r.dropped).toEqual({ hi: 1 });
    expect(r.ok && [...r.versions, ...(r.more ?? []).map((m) => m.version)].map((v) => v.text)).toEqual(['The reserve ratio is 8%.', 'Rasio cadangan 8%.', 'Le ratio est de 8 %.']);
    expect(r.ok && r.annotations.map((a) => [a.target.type === 'span' && a.target.version, a.noteAttrs?.['x-hi-type']])).toEqual([
      [0, 'term'],
      [1, 'term'],
    ]);
  });

  it('TMX: an empty <hi> marks no text and is said', () => {
    const r = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
        `<tu><tuv xml:lang="en"><seg>The ratio<hi type="term"/> is 8%.</seg></tuv><tuv xml:lang="id"><seg>Rasio 8%.</seg></tuv></tu></body></tmx>`,
      'hi.tmx',
    );
    expect(r.ok && r.dropped).toEqual({ hi: 1 });
  });

  it('XLIFF 2: an <ignorable> holding text; XLIFF 1.2: <alt-trans> and <bin-unit>', () => {
    const x2 = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>One.</source><target>Un.</target></segment><ignorable><source>[skip]</source></ignorable></unit></file></xliff>`,
      'i.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ ignorable: 1 });
    // (an inline code between segments, a <br/> in an <ignorable>, is said too)
    const code = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>One.</source><target>Un.</target></segment><ignorable><source><ph id="1"/></source></ignorable><segment><source>Two.</source><target>Deux.</target></segment></unit></file></xliff>`,
      'b.xlf',
    );
    expect(code.ok && code.dropped).toEqual({ ignorable: 1 });
    const x12 = importXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="en" target-language="fr" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>One.</source><target>Un.</target><alt-trans><target>Une.</target></alt-trans></trans-unit>` +
        `<bin-unit id="b" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit></body></file></xliff>`,
      'a.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ 'alt-trans': 1, 'bin-unit': 1 });
    // A file with nothing left out says nothing.
    const clean = importXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="en" target-language="fr" datatype="plaintext"><body><trans-unit id="1"><source>One.</source></trans-unit></body></file></xliff>`, 'c.xlf');
    expect(clean.ok && clean.dropped).toBeUndefined();
  });

  it("another tool's own data in a unit is counted: Trados <sdl:seg-defs>, memoQ <mq:insertedmatch>, XLIFF 2 modules", () => {
    const trados = importXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file original="o.docx" source-language="en-US" target-language="de-DE" datatype="x-sdlfilterframework2"><body>` +
        `<trans-unit id="1"><source>Two boats.</source><seg-source><mrk mtype="seg" mid="1">Two boats.</mrk></seg-source><target><mrk mtype="seg" mid="1">Zwei Boote.</mrk></target>` +
        `<sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation" locked="true"/></sdl:seg-defs></trans-unit></body></file></xliff>`,
      't.sdlxliff',
    );
    expect(trados.ok && trados.dropped).toEqual({ 'sdl:seg-defs': 1 });
    const memoq = importXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file original="o.docx" source-language="en-US" target-language="id-ID" datatype="x-docx"><body>` +
        `<trans-unit id="1" mq:status="ManuallyConfirmed"><source>Two boats.</source><target>Dua kapal.</target><mq:insertedmatch matchtype="0" source="Two boats." target="Dua kapal."/><note from="A">Checked.</note></trans-unit></body></file></xliff>`,
      'm.mqxliff',
    );
    expect(memoq.ok && memoq.dropped).toEqual({ 'mq:insertedmatch': 1 });
    const x2 = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u">` +
        `<mtc:matches><mtc:match ref="#1"><source>One.</source><target>Une.</target></mtc:match></mtc:matches>` +
        `<mda:metadata><mda:metaGroup category="cms"><mda:meta type="page">12</mda:meta></mda:metaGroup></mda:metadata>` +
        `<segment><source>One.</source><target>Un.</target></segment></unit></file></xliff>`,
      'x.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ 'mtc:matches': 1, 'mda:metadata': 1 });
  });

  it('XLIFF 2 marks and XLIFF 1.2 marks of any mtype are kept; an empty one is counted', () => {
    const x2 = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u">` +
        `<segment><source>The <mrk id="t1" type="term">reserve ratio</mrk> is <mrk id="c1" type="comment" value="Check.">8%</mrk>.</source>` +
        `<target>Le <mrk id="t1" type="term" translate="no">ratio</mrk> est de 8 %.</target></segment></unit></file></xliff>`,
      'm.xlf',
    );
    // (XLIFF 2: the term and translate="no" marks are kept as inline marks, written back by an XLIFF 2 export)
    expect(x2.ok && x2.dropped).toBeUndefined();
    expect(x2.ok && x2.annotations.filter(isInlineMark).map((a) => a.noteAttrs?.type)).toEqual(['term', 'term']);
    const x12 = importXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="en" target-language="fr" datatype="plaintext"><body>` +
        `<trans-unit id="1"><source>Two boats.</source><seg-source><mrk mtype="seg" mid="1">Two boats.</mrk></seg-source>` +
        `<target><mrk mtype="seg" mid="1">Deux <mrk mtype="protected">bateaux</mrk> <mrk mtype="x-acme">au port</mrk><mrk mtype="abbrev"/>.</mrk></target></trans-unit></body></file></xliff>`,
      'p.xlf',
    );
    // (the protected span and a tool's own x- mark are kept; an empty mark marks no text: not read, said)
    expect(x12.ok && x12.dropped).toEqual({ mrk: 1 });
    expect(x12.ok && x12.annotations.filter(isInlineMark).map((a) => a.noteAttrs?.mtype)).toEqual(['protected', 'x-acme']);
  });

  it("Selaras's own exports are read whole: nothing counted", () => {
    const first = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><notes><note>A note.</note></notes><originalData><data id="d1">&lt;b&gt;</data></originalData>` +
        `<segment><source>Two <ph id="1" dataRef="d1"/>boats.</source><target>Deux <ph id="1" dataRef="d1"/>bateaux.</target></segment></unit></file></xliff>`,
      'f.xlf',
    );
    if (!first.ok) throw new Error(first.message);
    const project = projectFromBilingual(first, 'f.xlf');
    for (const xml of [exportXliff, exportXliff12].map((ex) => ex(exportInputOf(project, 0, 'all', 't')))) {
      const back = importXliff(xml, 'back.xlf');
      expect(back.ok && back.dropped).toBeUndefined();
    }
  });

  it('the message exists in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const text = translate(lang, 'formats2.dropped', { name: 'a.xlf', list: '<alt-trans> ×1' });
      expect(text).toContain('<alt-trans> ×1');
      expect(text).not.toContain('{{');
    }
  });
});

describe('units of broken shape are said', () => {
  it('a second <target>, a trans-unit without <source>, a TMX <tuv> without <seg>', () => {
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>3 apples.</source><target>3 apel.</target><target>4 apel.</target></trans-unit>' +
        '<trans-unit id="2"><target>5 jeruk.</target></trans-unit></body></file></xliff>',
      'b.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ target: 1, 'trans-unit without source': 1 });
    // (and a unit without <source> is indeed not read: its target would be a figure added, a false drift)
    expect(x12.ok && x12.versions.map((v) => v.sentences)).toEqual([['3 apples.'], ['3 apel.']]);
    const tmx = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
        `<tu><tuv xml:lang="en"><seg>Two boats.</seg></tuv><tuv xml:lang="id"></tuv></tu></body></tmx>`,
      'b.tmx',
    );
    expect(tmx.ok && tmx.dropped).toEqual({ 'tuv without seg': 1 });
  });
});

describe('markup inside a segment that the text keeps but no export writes back is counted', () => {
  const tmxOf = (seg: string) =>
    `<?xml version="1.0"?><!-- made by hand --><tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>` +
    `<!-- first unit --><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="id"><seg>Dua perahu.</seg></tuv></tu></body></tmx>`;
  it('TMX: a comment, a processing instruction and an element TMX does not define, each by name; their text is read', () => {
    const r = importTmx(tmxOf('Two <?mt-fix done?>boats <!-- check -->at <foo>sea</foo>.'), 'c.tmx');
    expect(r.ok && r.dropped).toEqual({ '?mt-fix?': 1, '!-- --': 1, foo: 1 });
    expect(r.ok && r.versions[0].text).toContain('Two boats at sea.');
    expect(translate('en', 'formats2.dropped', { name: 'c.tmx', list: '<?mt-fix?> ×1, <!-- --> ×1' })).toContain('<!-- --> ×1');
  });
  it('guards: comments outside segments, and the markup TMX defines, are not counted', () => {
    const r = importTmx(tmxOf('Two <ph x="1">&lt;br/&gt;</ph>boats.'), 'c.tmx');
    expect(r.ok && r.dropped).toBeUndefined();
  });
  it('XLIFF 2 and XLIFF 1.2: the same in a source or a target', () => {
    const x2 = importXliff(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><!-- units --><unit id="u1"><segment>' +
        '<source>Two <!-- why? -->boats.</source><target>Dua <?pi x?>perahu.</target></segment></unit></file></xliff>',
      'c.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ '!-- --': 1, '?pi?': 1 });
    const x12 = importXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="id" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>Two <!-- why? -->boats.</source><target>Dua perahu.</target></trans-unit></body></file></xliff>',
      'c12.xlf',
    );
    expect(x12.ok && x12.dropped).toEqual({ '!-- --': 1 });
  });
});
