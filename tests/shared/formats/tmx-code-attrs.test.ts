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
