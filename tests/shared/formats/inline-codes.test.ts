/** Inline codes stay codes: placeholders in the text, written back as XLIFF 2 and TMX codes. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportCsv } from '../../../shared/formats/csv';
import { codeChar, spansAroundCodes } from '../../../shared/formats/codes';
import type { InlineCode } from '../../../shared/project/types';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { canValidate, xmllint } from './helpers';

const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const read = (n: string) => readFileSync(path.join(FIX, n), 'utf8');
const ok = (r: ReturnType<typeof importXliff>): ImportedBilingual => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
/** Text with each code written as its kind and data: `{ph:{name}}`, `{open:<b>}`, `{close:</b>}`. */
const shown = (v: ImportedBilingual['versions'][number]) =>
  v.text.replace(/[\uE000-\uF8FF]/g, (ch) => {
    const c = v.codes?.[ch.charCodeAt(0) - 0xe000];
    return c ? `{${c.kind}:${c.data ?? ''}}` : ch;
  });

describe('inline codes', () => {
  it('XLIFF 2: ph, pc and sc/ec are kept as placeholders with their original data', () => {
    const r = ok(importXliff(read('codes-2.0.xlf'), 'codes.xlf'));
    expect(shown(r.versions[0])).toBe('Hello {ph:{name}}, {open:<b>}12 boats{close:</b>} wait {open:<i>}here{close:</i>}.');
    expect(shown(r.versions[1])).toBe('Bonjour {ph:{name}}, {open:<b>}12 bateaux{close:</b>} attendent {open:<i>}ici{close:</i>}.');
    expect(r.stats.codes).toBe(8);
  });

  it('XLIFF 2 → Selaras → XLIFF 2 keeps every code, its data and the figures around it', () => {
    const r = ok(importXliff(read('codes-2.0.xlf'), 'codes.xlf'));
    const project = projectFromBilingual(r, 'codes.xlf');
    // The codes survive saving the project.
    const saved = parseProject(serializeProject(project, { app: { name: 'Selaras', version: 't' } }));
    expect(saved.ok && saved.project.versions[0].codes).toEqual(project.versions[0].codes);
    const input = exportInputOf(project, 0, 'all', 't');
    // Figures are still read across the placeholders.
    expect(input.comparison.matches.length + input.comparison.mismatches.length).toBeGreaterThan(0);
    const xml = exportXliff(input);
    expect(xml).toMatch(/<pc id="2" dataRefStart="d\d" dataRefEnd="d\d">12 boats<\/pc>/);
    expect(xml).toMatch(/<ph id="1" dataRef="d\d"\/>/);
    if (canValidate()) expect(xmllint(xml, 'xliff21')).toMatchObject({ status: 0, output: '' });
    const back = ok(importXliff(xml, 'back.xlf'));
    expect(back.versions.map(shown)).toEqual(r.versions.map(shown));
    expect(back.stats.codes).toBe(r.stats.codes);
  });

  it('TMX → Selaras → TMX keeps bpt/ept, ph and it', () => {
    const r = ok(importTmx(read('codes.tmx'), 'codes.tmx'));
    expect(shown(r.versions[0])).toBe('Press {open:<b>}Save{close:</b>} to keep {ph:{count}} files{open:<i>} now.');
    const input = exportInputOf(projectFromBilingual(r, 'codes.tmx'), 0, 'all', 't');
    const tmx = exportTmx(input);
    expect(tmx).toContain('<bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>');
    // The file's own x (2), not a renumbering.
    expect(tmx).toContain('<ph x="2">{count}</ph>');
    expect(tmx).toContain('<it pos="begin">&lt;i&gt;</it>');
    if (canValidate()) expect(xmllint(tmx, 'tmx')).toMatchObject({ status: 0, output: '' });
    const back = ok(importTmx(tmx, 'back.tmx'));
    expect(back.versions.map(shown)).toEqual(r.versions.map(shown));
    expect(back.stats.codes).toBe(r.stats.codes);
    // And across formats: TMX → XLIFF 2 writes the same codes.
    const xlf = exportXliff(input);
    expect(ok(importXliff(xlf, 'x.xlf')).versions.map(shown)).toEqual(r.versions.map(shown));
  });

  it('people-facing exports show a code as one visible mark, never a private-use character', () => {
    const input = exportInputOf(projectFromBilingual(ok(importTmx(read('codes.tmx'), 'codes.tmx')), 'c'), 0, 'all', 't');
    const csv = exportCsv(input);
    expect(csv).toContain('Press ⟨Save⟩ to keep ⟡ files⟨ now.');
    expect(csv).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('a line-break code whose data is in <originalData> cuts the sentence, so XLIFF 1.2 → XLIFF 2 → back keeps both sentences', () => {
    // A memoQ-like unit: the break is a <ph> holding <br/>, no ctype; the target is empty.
    const xliff12 = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="m.docx" source-language="en-US" target-language="id-ID" datatype="x-docx"><body>
<trans-unit id="1"><source xml:space="preserve">Meeting moved<ph id="1">&lt;br/&gt;</ph>It starts at 9.</source><target xml:space="preserve"></target></trans-unit>
</body></file></xliff>`;
    const first = ok(importXliff(xliff12, 'm.xlf'));
    expect(first.versions[0].sentences.map((s) => s.replace(/[\uE000-\uF8FF]/g, ''))).toEqual(['Meeting moved', 'It starts at 9.']);
    const xml = exportXliff(exportInputOf(projectFromBilingual(first, 'm.xlf'), 0, 'all', 't'));
    expect(xml).toMatch(/<ph id="1" dataRef="d\d+"\/>/);
    const back = ok(importXliff(xml, 'back.xlf'));
    expect(back.versions[0].sentences).toEqual(first.versions[0].sentences);
    expect(back.beads.map((b) => [b.a, b.b])).toEqual(first.beads.map((b) => [b.a, b.b]));
  });

  it('XLIFF 2 from another tool: a <ph> whose originalData is <br/> ends a sentence', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f">
<unit id="u1"><originalData><data id="d1">&lt;br/&gt;</data></originalData>
<segment><source>Two boats sank<ph id="1" dataRef="d1"/>Four were saved.</source><target>Dua kapal tenggelam<ph id="1" dataRef="d1"/>Empat selamat.</target></segment></unit>
</file></xliff>`;
    const r = ok(importXliff(xml, 'u.xlf'));
    expect(shown(r.versions[0]).split('\n')).toEqual(['Two boats sank{ph:<br/>}', 'Four were saved.']);
    expect(shown(r.versions[1]).split('\n')).toEqual(['Dua kapal tenggelam{ph:<br/>}', 'Empat selamat.']);
  });

  it("XLIFF 1.2 ctype (<g ctype=\"bold\">, <x ctype=\"x-br\"/>) is written back, and as XLIFF 2 type/subType (fmt xlf:b, fmt xlf:lb)", () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="n.html" source-language="zh-CN" target-language="en" datatype="html"><body>
<trans-unit id="1"><source>去年有<g id="1" ctype="bold">3,000</g>名游客<x id="2" ctype="x-br"/>很多</source><target>Last year <g id="1" ctype="bold">3,000</g> visitors<x id="2" ctype="x-br"/>Many</target></trans-unit>
</body></file></xliff>`;
    const first = ok(importXliff(xml, 'n.xlf'));
    const project = projectFromBilingual(first, 'n.xlf');
    const x12 = exportXliff12(exportInputOf(project, 0, 'all', 't'));
    expect(x12).toContain('<g id="1" ctype="bold">');
    expect(x12).toContain('<x id="2" ctype="x-br"/>');
    const x2 = exportXliff(exportInputOf(project, 0, 'all', 't'));
    expect(x2).toMatch(/<pc id="1" type="fmt" subType="xlf:b">/);
    expect(x2).toMatch(/<ph id="2" type="fmt" subType="xlf:lb"\/>/);
    // XLIFF 1.2 → XLIFF 2 → XLIFF 1.2: the bold pair is bold again.
    const again = exportXliff12(exportInputOf(projectFromBilingual(ok(importXliff(x2, 'x2.xlf')), 'x2.xlf'), 0, 'all', 't'));
    expect(again).toContain('<g id="1" ctype="bold">');
    if (canValidate()) {
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
  });

  it('XLIFF 2: a <cp> in a code\'s original data stays that character, written back as <cp>', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><originalData><data id="d1">&lt;br<cp hex="0001"/>/&gt;</data></originalData>
<segment><source>One<ph id="1" dataRef="d1"/>two 2.</source><target>Satu<ph id="1" dataRef="d1"/>dua 2.</target></segment></unit></file></xliff>`;
    const first = ok(importXliff(xml, 'cp.xlf'));
    expect(first.versions[0].codes?.[0].data).toBe('<br\u0001/>');
    const x2 = exportXliff(exportInputOf(projectFromBilingual(first, 'cp.xlf'), 0, 'all', 't'));
    expect(x2).toContain('&lt;br<cp hex="0001"/>/&gt;</data>');
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });

  it('XLIFF 1.2 with segments: a code keeps one id in <source> and <seg-source> when a segment boundary cuts a <g> before it', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><originalData><data id="d1">&lt;img/&gt;</data></originalData>
<segment id="s1"><source><ph id="1" dataRef="d1"/>Each holds <sc id="2"/>400 tonnes</source><target><ph id="1" dataRef="d1"/>Masing-masing <sc id="2"/>400 ton</target></segment><ignorable><source> </source><target> </target></ignorable>
<segment id="s2"><source>of grain<ec startRef="2"/>.<ph id="3" dataRef="d1"/></source><target>gandum<ec startRef="2"/>.<ph id="3" dataRef="d1"/></target></segment></unit></file></xliff>`;
    const x12 = exportXliff12(exportInputOf(projectFromBilingual(ok(importXliff(xml, 's.xlf')), 's.xlf'), 0, 'all', 't'));
    const ph = (el: string) => new RegExp(`<${el}>[\\s\\S]*?</${el}>`).exec(x12)?.[0].match(/<ph id="([^"]+)"/g)?.join(' ');
    expect(ph('source')).toBeDefined();
    expect(ph('seg-source')).toBe(ph('source'));
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });

  it('TMX → XLIFF 1.2: codes without a number get the same ids in source and target (the n-th pairs with the n-th)', () => {
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Open <ph>&lt;a&gt;</ph>the menu<ph>&lt;/a&gt;</ph> 2 times.</seg></tuv><tuv xml:lang="id"><seg>Buka <ph>&lt;a&gt;</ph>menu<ph>&lt;/a&gt;</ph> 2 kali.</seg></tuv></tu></body></tmx>`;
    const r = importTmx(tmx, 'n.tmx');
    if (!r.ok) throw new Error(r.message);
    const x12 = exportXliff12(exportInputOf(projectFromBilingual(r, 'n.tmx'), 0, 'all', 't'));
    const ids = (el: string) => [...(new RegExp(`<${el}[^>]*>([\\s\\S]*?)</${el}>`).exec(x12)?.[1] ?? '').matchAll(/<ph id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids('source')).toEqual(['1', '2']);
    expect(ids('target')).toEqual(ids('source'));
  });

  it("XLIFF 1.2 codes keep their own attributes (xid, equiv-text, crc, assoc) and a pair tied by rid keeps its ids, through a save too", () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="p.html" source-language="en" target-language="id" datatype="html"><body>
<trans-unit id="1"><source>See <g id="1" xid="f1" equiv-text="link">12 pages</g> and <ph id="2" ctype="image" assoc="both" crc="7" equiv-text="[img]">&lt;img/&gt;</ph> <bpt id="3" rid="r1" ctype="bold">&lt;b&gt;</bpt>now<ept id="4" rid="r1">&lt;/b&gt;</ept> or <x id="5" equiv-text="{0}"/>.</source>` +
      `<target>Lihat <g id="1" xid="f1" equiv-text="link">12 halaman</g> dan <ph id="2" ctype="image" assoc="both" crc="7" equiv-text="[img]">&lt;img/&gt;</ph> <bpt id="3" rid="r1" ctype="bold">&lt;b&gt;</bpt>sekarang<ept id="4" rid="r1">&lt;/b&gt;</ept> atau <x id="5" equiv-text="{0}"/>.</target></trans-unit>
</body></file></xliff>`;
    const first = ok(importXliff(xml, 'p.xlf'));
    const saved = parseProject(serializeProject(projectFromBilingual(first, 'p.xlf'), { app: { name: 'Selaras', version: '0' }, savedAt: 'x' }));
    if (!saved.ok) throw new Error(saved.error.message);
    const x12 = exportXliff12(exportInputOf(saved.project, 0, 'all', 't'));
    for (const code of ['<g id="1" xid="f1" equiv-text="link">', '<ph id="2" ctype="image" crc="7" assoc="both" equiv-text="[img]">', '<bpt id="3" ctype="bold" rid="r1">', '<ept id="4" rid="r1">', '<x id="5" equiv-text="{0}"/>']) {
      expect(x12.split(code).length - 1).toBe(2);
    }
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });

  it("XLIFF 2 codes keep what they refer to (copyOf, subFlows), their dir and another module's or tool's attributes (fs:fs, acme:k); one native data is one <data>", () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" xmlns:acme="urn:acme" version="2.0" srcLang="en" trgLang="id"><file id="f">
<unit id="u0"><segment><source>Alt text</source><target>Teks alt</target></segment></unit>
<unit id="u1"><originalData><data id="d1">&lt;a&gt;</data><data id="d2">&lt;/a&gt;</data></originalData><segment>
<source>See <pc id="1" dataRefStart="d1" dataRefEnd="d2" subFlowsStart="u0" dir="ltr" fs:fs="b" acme:k="v">page 4</pc> <ph id="2" subFlows="u0" acme:k="w"/> <ph id="3" copyOf="2"/>.</source>
<target>Lihat <pc id="1" dataRefStart="d1" dataRefEnd="d2" subFlowsStart="u0" dir="ltr" fs:fs="b" acme:k="v">halaman 4</pc> <ph id="2" subFlows="u0" acme:k="w"/> <ph id="3" copyOf="2"/>.</target></segment></unit></file></xliff>`;
    const saved = parseProject(serializeProject(projectFromBilingual(ok(importXliff(xml, 'c.xlf')), 'c.xlf'), { app: { name: 'Selaras', version: '0' }, savedAt: 'x' }));
    if (!saved.ok) throw new Error(saved.error.message);
    const x2 = exportXliff(exportInputOf(saved.project, 0, 'all', 't'));
    for (const code of ['subFlowsStart="u0" dir="ltr" fs:fs="b" acme:k="v">', '<ph id="2" subFlows="u0" acme:k="w"/>', '<ph id="3" copyOf="2"/>']) expect(x2.split(code).length - 1, code).toBe(2);
    expect(x2.match(/<data id=/g)).toHaveLength(2);
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });

  it("XLIFF 1.2 codes keep another tool's attributes (okp:href on a <g>, on an <x>) back into XLIFF 1.2", () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions"><file original="a.html" source-language="en" target-language="de" datatype="html"><body>
<trans-unit id="1"><source>See <g id="1" ctype="link" okp:href="http://a">page 4</g> and <x id="2" okp:kind="img"/>.</source><target>Siehe <g id="1" ctype="link" okp:href="http://a">Seite 4</g> und <x id="2" okp:kind="img"/>.</target></trans-unit>
</body></file></xliff>`;
    const x12 = exportXliff12(exportInputOf(projectFromBilingual(ok(importXliff(xml, 'g.xlf')), 'g.xlf'), 0, 'all', 't'));
    expect(x12).toContain('xmlns:okp="okapi-framework:xliff-extensions"');
    for (const code of ['<g id="1" ctype="link" okp:href="http://a">', '<x id="2" okp:kind="img"/>']) expect(x12.split(code).length - 1, code).toBe(2);
  });

  it('an XLIFF 1.2 <bx/>/<ex/> pair stays one (tied by rid, or by one id as Okapi writes it), through a save too; it became a <g>', () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="p.rtf" source-language="es" target-language="en" datatype="rtf"><body>
<trans-unit id="1"><source>Pulse <bx id="1" ctype="bold"/>Aceptar<ex id="1"/> 2 veces.</source><target>Press <bx id="1" ctype="bold"/>OK<ex id="1"/> twice.</target></trans-unit>
<trans-unit id="2"><source><bx id="5" rid="7"/>Uno<ex id="6" rid="7"/> y 2.</source><target><bx id="5" rid="7"/>One<ex id="6" rid="7"/> and 2.</target></trans-unit>
</body></file></xliff>`;
    const saved = parseProject(serializeProject(projectFromBilingual(ok(importXliff(xml, 'p.xlf')), 'p.xlf'), { app: { name: 'Selaras', version: '0' }, savedAt: 'x' }));
    if (!saved.ok) throw new Error(saved.error.message);
    const x12 = exportXliff12(exportInputOf(saved.project, 0, 'all', 't'));
    expect(x12).not.toContain('<g ');
    for (const code of ['<bx id="1" ctype="bold"/>', '<ex id="1"/>', '<bx id="5" rid="7"/>', '<ex id="6" rid="7"/>']) expect(x12.split(code).length - 1, code).toBe(2);
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });

  it('TMX export keeps the codes\' own numbers (TMX x/i, numeric XLIFF ids) where they are free, so the ids other tools match on stay', () => {
    const tmx = `<tmx version="1.4"><header creationtool="x" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="x"/><body>
<tu><tuv xml:lang="en"><seg>See <ph x="5">{fig}</ph> and <bpt i="7">&lt;b&gt;</bpt>12 ships<ept i="7">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="id"><seg>Lihat <ph x="5">{fig}</ph> dan <bpt i="7">&lt;b&gt;</bpt>12 kapal<ept i="7">&lt;/b&gt;</ept>.</seg></tuv></tu></body></tmx>`;
    const out = exportTmx(exportInputOf(projectFromBilingual(ok(importTmx(tmx, 'n.tmx')), 'n.tmx'), 0, 'all', 't'));
    expect(out).toContain('<ph x="5">{fig}</ph>');
    expect(out).toContain('<bpt i="7">&lt;b&gt;</bpt>');
    expect(out).toContain('<ept i="7">&lt;/b&gt;</ept>');
    const x2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f"><unit id="u"><originalData><data id="d1">{x}</data></originalData>
<segment><source><ph id="2" dataRef="d1"/> and <pc id="3">9 cars</pc>.</source><target><ph id="2" dataRef="d1"/> dan <pc id="3">9 mobil</pc>.</target></segment></unit></file></xliff>`;
    const fromX2 = exportTmx(exportInputOf(projectFromBilingual(ok(importXliff(x2, 'x.xlf')), 'x.xlf'), 0, 'all', 't'));
    expect(fromX2).toContain('<ph x="2">{x}</ph>');
    expect(fromX2).toContain('<bpt i="3"></bpt>');
    expect(fromX2).toContain('<ept i="3"></ept>');
  });
});

describe('a figure formatted in part (`<g>$12</g> million`)', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" target-language="id" datatype="html"><body>' +
    '<trans-unit id="1"><source>It cost <g id="5">$12</g> million and <g id="7">3</g> days.</source><target>Biayanya <g id="5">14</g> juta dolar dan <g id="7">3</g> hari.</target></trans-unit>' +
    '</body></file></xliff>';
  it('is read whole, and its mark takes in the code so that <g> (XLIFF 1.2) and <pc> (XLIFF 2) stay as they were', () => {
    const project = projectFromBilingual(ok(importXliff(xml, 'g.xlf')), 'g.xlf');
    const input = exportInputOf(project, 0, 'all', 't');
    expect(input.comparison.mismatches.map((m) => [m.kind, m.aFigure?.value, m.bFigure?.value])).toEqual([['value', 12e6, 14e6]]);
    const x12 = exportXliff12(input);
    expect(x12).toMatch(/<source>It cost <mrk mtype="x-selaras-mismatch-m\d+-\w+(?:-[\w-]+)?-[ab]" comment="[^"]*"><g id="5">\$12<\/g> million<\/mrk> and <g id="7">3<\/g> days\.<\/source>/);
    expect(x12).toMatch(/<target[^>]*>Biayanya <mrk mtype="x-selaras-mismatch-m\d+-\w+(?:-[\w-]+)?-[ab]" comment="[^"]*"><g id="5">14<\/g> juta dolar<\/mrk> dan <g id="7">3<\/g> hari\.<\/target>/);
    expect(x12).not.toMatch(/<bx|<ex/);
    const x2 = exportXliff(input);
    expect(x2).toMatch(/<source>It cost <mrk id="m1-value-a"[^>]*><pc id="5">\$12<\/pc> million<\/mrk>/);
    expect(x2).not.toMatch(/<sc |<ec /);
    if (canValidate()) {
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
  });
});

describe('spansAroundCodes', () => {
  // <b>( 0 … <i>( 3 … )</i> 6 … )</b> 9, and a code with no partner at 11
  const codes: InlineCode[] = [
    { kind: 'open', id: '1', partner: 3 },
    { kind: 'open', id: '2', partner: 2 },
    { kind: 'close', id: '2', partner: 1 },
    { kind: 'close', id: '1', partner: 0 },
    { kind: 'open', id: '9' },
  ];
  const text = `${codeChar(0)}ab${codeChar(1)}cd${codeChar(2)}ef${codeChar(3)}gh${codeChar(4)}ij`;
  it('widens a span over the partner of every code it holds, until nothing crosses its edges', () => {
    // from inside <i> out past its close: takes in the <i>; then the <b> is not cut
    expect(spansAroundCodes(text, [{ start: 4, end: 7 }], codes)).toEqual([{ start: 3, end: 7 }]);
    // from before <b>'s close back into <i>: both pairs
    expect(spansAroundCodes(text, [{ start: 5, end: 10 }], codes)).toEqual([{ start: 0, end: 10 }]);
    // nothing to do: no code inside, or a whole pair inside, or a code with no partner
    expect(spansAroundCodes(text, [{ start: 1, end: 3 }, { start: 3, end: 7 }, { start: 10, end: 13 }], codes)).toEqual([{ start: 1, end: 3 }, { start: 3, end: 7 }, { start: 10, end: 13 }]);
    expect(spansAroundCodes('plain text', [{ start: 1, end: 3 }], [])).toEqual([{ start: 1, end: 3 }]);
  });
});

describe('a formatting code’s type through another format', () => {
  it('XLIFF 2 <pc type="fmt" subType="xlf:b"> goes to TMX as <bpt type="bold"> and back as the same <pc>; a TMX bold code is XLIFF 2 fmt/xlf:b', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<segment><source>Sales rose <pc id="1" type="fmt" subType="xlf:b">sharply</pc>.</source><target>Penjualan naik <pc id="1" type="fmt" subType="xlf:b">tajam</pc>.</target></segment></unit></file></xliff>';
    const p = projectFromBilingual(ok(importXliff(xml, 'b.xlf')), 'b.xlf');
    const tmx = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(tmx).toMatch(/<bpt i="1" type="bold">/);
    const back = importTmx(tmx, 'b.tmx');
    if (!back.ok) throw new Error(back.message);
    const x2 = exportXliff(exportInputOf(projectFromBilingual(back, 'b.tmx'), 0, 'all', 't'));
    expect(x2).toMatch(/<pc id="1"[^>]* type="fmt" subType="xlf:b"[^>]*>sharply<\/pc>/);
    // another tool's TMX
    const foreign =
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>' +
      '<tu><tuv xml:lang="en"><seg>Sales rose <bpt i="1" type="italic">{i}</bpt>sharply<ept i="1">{/i}</ept>.</seg></tuv><tuv xml:lang="id"><seg>Penjualan naik <bpt i="1" type="italic">{i}</bpt>tajam<ept i="1">{/i}</ept>.</seg></tuv></tu></body></tmx>';
    const f = importTmx(foreign, 'f.tmx');
    if (!f.ok) throw new Error(f.message);
    expect(exportXliff(exportInputOf(projectFromBilingual(f, 'f.tmx'), 0, 'all', 't'))).toMatch(/type="fmt" subType="xlf:i"/);
  });
  it('every XLIFF 2 code type (ui, quote, other with a subType, image, a line break, italic, a link) comes back through TMX and XLIFF 1.2, also from a TMX without Selaras data', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<segment><source>Click <pc id="1" type="ui">Save</pc>, then <pc id="2" type="quote">yes</pc> <ph id="3" type="other" subType="acme:tab"/>' +
      '<ph id="4" type="image"/> <pc id="5" type="fmt" subType="xlf:i">3 files</pc><ph id="6" type="fmt" subType="xlf:lb"/>see <pc id="7" type="link">here</pc>.</source>' +
      '<target>Klik <pc id="1" type="ui">Simpan</pc>, lalu <pc id="2" type="quote">ya</pc> <ph id="3" type="other" subType="acme:tab"/>' +
      '<ph id="4" type="image"/> <pc id="5" type="fmt" subType="xlf:i">3 berkas</pc><ph id="6" type="fmt" subType="xlf:lb"/>lihat <pc id="7" type="link">di sini</pc>.</target></segment></unit></file></xliff>';
    const types = (x2: string) => [...x2.matchAll(/<(pc|ph) id="(\d+)"[^>]*?((?: type="[^"]*")(?: subType="[^"]*")?)/g)].map((m) => `${m[1]}${m[2]}${m[3]}`);
    const expected = types(xml);
    expect(expected).toHaveLength(14);
    const p = projectFromBilingual(ok(importXliff(xml, 'c.xlf')), 'c.xlf');
    const tmx = exportTmx(exportInputOf(p, 0, 'all', 't'));
    expect(tmx).toContain('<bpt i="1" type="x-ui">');
    expect(tmx).toContain('type="x-other;acme:tab"');
    if (canValidate()) expect(xmllint(tmx, 'tmx')).toMatchObject({ status: 0 });
    // (another tool's copy of that TMX: no Selaras data)
    const foreign = tmx.replace(/<prop type="x-selaras-[^"]*">[^<]*<\/prop>/g, '');
    const viaTmx = exportXliff(exportInputOf(projectFromBilingual(ok(importTmx(foreign, 'c.tmx')), 'c.tmx'), 0, 'all', 't'));
    expect(types(viaTmx)).toEqual(expected);
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(x12).toContain('ctype="x-ui"');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const via12 = exportXliff(exportInputOf(projectFromBilingual(ok(importXliff(x12, 'c12.xlf')), 'c12.xlf'), 0, 'all', 't'));
    expect(types(via12)).toEqual(expected);
    if (canValidate()) expect(xmllint(viaTmx, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
  it('guard: another tool’s TMX type with an xlf: subType of another type (x-quote;xlf:lb) keeps its type only (XLIFF 2 core rule)', () => {
    const tmx =
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>' +
      '<tu><tuv xml:lang="en"><seg>One<ph x="1" type="x-quote;xlf:lb"/> two.</seg></tuv><tuv xml:lang="id"><seg>Satu<ph x="1" type="x-quote;xlf:lb"/> dua.</seg></tuv></tu></body></tmx>';
    const f = importTmx(tmx, 'q.tmx');
    if (!f.ok) throw new Error(f.message);
    const x2 = exportXliff(exportInputOf(projectFromBilingual(f, 'q.tmx'), 0, 'all', 't'));
    expect(x2).toMatch(/<ph id="1"[^>]* type="quote"\/>/);
    expect(x2).not.toContain('subType="xlf:lb"');
  });
});
