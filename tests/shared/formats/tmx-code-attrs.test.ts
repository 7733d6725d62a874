/**
 * A TMX code's own attributes (`x` that pairs codes across variants, `type`, `assoc`) come back on a TMX
 * round trip, valid against the TMX DTD, and survive a saved project.
 */
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { canValidate, xmllint } from './helpers';

const SEG_A = '<bpt i="1" x="7" type="bold">{\\b </bpt>Harga 5<ept i="1">}</ept> <it pos="end" x="8" type="italic">}</it><ph x="9" type="fn" assoc="p">{\\fn}</ph>';
const SEG_B = '<bpt i="1" x="7" type="bold">{\\b </bpt>Price 5<ept i="1">}</ept> <it pos="end" x="8" type="italic">}</it><ph x="9" type="fn" assoc="p">{\\fn}</ph>';
const TMX = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="hand" adminlang="en" srclang="id" datatype="rtf"/><body>\n<tu tuid="u1"><tuv xml:lang="id"><seg>${SEG_A}</seg></tuv><tuv xml:lang="en"><seg>${SEG_B}</seg></tuv></tu>\n</body></tmx>\n`;
const segs = (xml: string) => [...xml.matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => m[1]);

describe('TMX code attributes', () => {
  it('x, type and assoc of bpt, it and ph come back as the file had them, again after a saved project', () => {
    const r = importTmx(TMX, 'memory.tmx');
    if (!r.ok) throw new Error(r.message);
    const project = projectFromBilingual(r, 'memory.tmx');
    const out = exportTmx(exportInputOf(project, 0, 'all', 't'));
    expect(segs(out)).toEqual([SEG_A, SEG_B]);
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
    const reopened = parseProject(serializeProject(project, { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' }), { name: 'memory.selaras' });
    if (!reopened.ok) throw new Error('project did not reopen');
    expect(segs(exportTmx(exportInputOf(reopened.project, 0, 'all', 't')))).toEqual([SEG_A, SEG_B]);
  });
});

describe('a TMX <ut> (an unknown tag, a code of no number)', () => {
  const seg = (w: string) => `<ut>{\\i </ut>${w} <bpt i="1" x="2">{\\b </bpt>OK<ept i="1">}</ept> <ph x="1">\\tab</ph> 2.`;
  const tmx = `<tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="sentence" o-tmf="h" adminlang="en" srclang="en" datatype="rtf"/><body><tu><tuv xml:lang="en"><seg>${seg('Press')}</seg></tuv><tuv xml:lang="de"><seg>${seg('Drücken')}</seg></tuv></tu></body></tmx>`;
  const project = () => {
    const r = importTmx(tmx, 'u.tmx');
    if (!r.ok) throw new Error(r.message);
    return projectFromBilingual(r, 'u.tmx');
  };

  it('comes back as the <ut> it was (not a <ph> with a number the file did not give), beside codes that keep their own x', () => {
    const out = exportTmx(exportInputOf(project(), 0, 'all', 't'));
    expect(segs(out)).toEqual([seg('Press'), seg('Drücken')]);
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
  });

  it('and again after a saved project', () => {
    const reopened = parseProject(serializeProject(project(), { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' }), { name: 'u.selaras' });
    if (!reopened.ok) throw new Error('project did not reopen');
    expect(segs(exportTmx(exportInputOf(reopened.project, 0, 'all', 't')))).toEqual([seg('Press'), seg('Drücken')]);
  });
});

describe("a code's type across TMX and XLIFF 1.2", () => {
  it('TMX type ↔ XLIFF 1.2 ctype, each in its own names (ulined ↔ underlined, fn ↔ x-fn), valid both ways', async () => {
    const { importXliff } = await import('../../../shared/formats/import-xliff');
    const { exportXliff12 } = await import('../../../shared/formats/xliff12');
    const seg = (w: string) => `<bpt i="1" type="ulined">{\\ul </bpt>${w}<ept i="1">}</ept> <bpt i="2" type="fn">{\\fn </bpt>5<ept i="2">}</ept><ph x="3" type="image">{img}</ph>`;
    const tmx = `<tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="sentence" o-tmf="h" adminlang="en" srclang="en" datatype="rtf"/><body><tu><tuv xml:lang="en"><seg>${seg('Note')}</seg></tuv><tuv xml:lang="de"><seg>${seg('Notiz')}</seg></tuv></tu></body></tmx>`;
    const r = importTmx(tmx, 't.tmx');
    if (!r.ok) throw new Error(r.message);
    const x12 = exportXliff12(exportInputOf(projectFromBilingual(r, 't.tmx'), 0, 'all', 't'));
    expect(x12).toContain('ctype="underlined"');
    expect(x12).toContain('ctype="x-fn"');
    expect(x12).toContain('ctype="image"');
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const back = importXliff(x12, 't.xlf');
    if (!back.ok) throw new Error(back.message);
    const again = segs(exportTmx(exportInputOf(projectFromBilingual(back, 't.xlf'), 0, 'all', 't')));
    for (const s of again) {
      expect(s).toContain('type="ulined"');
      expect(s).toContain('type="fn"');
      expect(s).toMatch(/<ph x="3" type="image">/);
    }
  });
});

describe("a TMX code's own type and x through XLIFF", () => {
  it('`type="x-emoji"`, `type="fn"` and a `<bpt x>` come back as written, through XLIFF 2 and 1.2; a ctype x-emoji is TMX x-emoji', async () => {
    const { importXliff } = await import('../../../shared/formats/import-xliff');
    const { exportXliff12 } = await import('../../../shared/formats/xliff12');
    const { exportXliff } = await import('../../../shared/formats/xliff');
    const seg = (w: string) => `<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>${w}<ept i="1">&lt;/b&gt;</ept> <ph x="2" type="x-emoji">&lt;img/&gt;</ph> <ph x="3" type="fn">{fn}</ph>`;
    const tmx = `<tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="sentence" o-tmf="h" adminlang="en" srclang="en" datatype="html"/><body><tu><tuv xml:lang="en"><seg>${seg('Note 5')}</seg></tuv><tuv xml:lang="de"><seg>${seg('Notiz 5')}</seg></tuv></tu></body></tmx>`;
    const r = importTmx(tmx, 't.tmx');
    if (!r.ok) throw new Error(r.message);
    const p = projectFromBilingual(r, 't.tmx');
    for (const write of [exportXliff, exportXliff12]) {
      const back = importXliff(write(exportInputOf(p, 0, 'all', 't')), 't.xlf');
      if (!back.ok) throw new Error(back.message);
      expect(segs(exportTmx(exportInputOf(projectFromBilingual(back, 't.xlf'), 0, 'all', 't')))[0]).toBe(seg('Note 5'));
    }
    // (a code of an XLIFF 1.2 file with a ctype of its own: TMX writes a type of its own with `x-` too)
    const x12 = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="de" datatype="plaintext"><body><trans-unit id="1"><source>Hi <x id="1" ctype="x-emoji"/> 5</source><target>Hallo <x id="1" ctype="x-emoji"/> 5</target></trans-unit></body></file></xliff>';
    const read = importXliff(x12, 'a.xlf');
    if (!read.ok) throw new Error(read.message);
    const out = exportTmx(exportInputOf(projectFromBilingual(read, 'a.xlf'), 0, 'all', 't'));
    expect(out).toContain('type="x-emoji"');
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
  });
});

