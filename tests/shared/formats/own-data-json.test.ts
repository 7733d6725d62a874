/**
 * Selaras's own data in its files (a unit's origin, its codes' details, a note's attributes) is JSON inside a prop or
 * a metadata entry. A unit whose text holds a line-break code followed by a space kept a line separator and a code's
 * placeholder raw in that JSON; read back, the separator became a line feed, the JSON no longer parsed, and the
 * unit's id, props and spacing were lost on the second round trip, silently. They are now escaped, and a file written
 * before (a raw separator read as a line feed) reads back whole.
 */
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { jsonForXml, parseJsonFromXml } from '../../../shared/formats/xml';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="hand" adminlang="en" srclang="en" datatype="html"/><body>
<tu tuid="storage"><prop type="x-note">keep</prop>
<tuv xml:lang="en"><seg>You used 3<ph x="3" type="lb">&lt;br/&gt;</ph> GB of 15 GB.</seg></tuv>
<tuv xml:lang="id"><seg>Anda memakai 3<ph x="3" type="lb">&lt;br/&gt;</ph> GB dari 15 GB.</seg></tuv></tu>
<tu tuid="plain"><tuv xml:lang="en"><seg>Line one.<ph x="1" type="lb">&lt;br/&gt;</ph> Line two has 2 items.</seg></tuv>
<tuv xml:lang="id"><seg>Baris satu.<ph x="1" type="lb">&lt;br/&gt;</ph> Baris dua berisi 2 butir.</seg></tuv></tu>
</body></tmx>
`;

function tmxTrip(xml: string, name: string): string {
  const r = importTmx(xml, name);
  if (!r.ok) throw new Error(r.message);
  return exportTmx(exportInputOf(projectFromBilingual(r, name), 0, 'all', 't'));
}

const segs = (xml: string) => [...xml.matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => m[1]);
const tuids = (xml: string) => [...xml.matchAll(/<tu tuid="([^"]*)"/g)].map((m) => m[1]);

describe("Selaras's own JSON in a file", () => {
  it('a TMX with a line-break code and a space after it keeps ids, props and spacing over two round trips', () => {
    const once = tmxTrip(TMX, 'memory.tmx');
    const twice = tmxTrip(once, 'memory-1.tmx');
    expect(tuids(once)).toEqual(['storage', 'plain']);
    expect(tuids(twice)).toEqual(['storage', 'plain']);
    expect(twice).toContain('<prop type="x-note">keep</prop>');
    expect(segs(twice)).toEqual(segs(TMX));
    // (the separator and the code's placeholder are escapes in the JSON, not raw characters)
    expect(once).not.toMatch(/[\u2028\ue000-\uf8ff]/);
    expect(once).toContain('\\u2028');
  });

  it('through XLIFF 2 and back: the ids and spacing survive', () => {
    const r = importTmx(TMX, 'memory.tmx');
    if (!r.ok) throw new Error(r.message);
    const xliff = exportXliff(exportInputOf(projectFromBilingual(r, 'memory.tmx'), 0, 'all', 't'));
    const back = importXliff(xliff, 'memory.xlf');
    if (!back.ok) throw new Error(back.message);
    const again = exportTmx(exportInputOf(projectFromBilingual(back, 'memory.xlf'), 0, 'all', 't'));
    expect(tuids(again)).toEqual(['storage', 'plain']);
    expect(segs(again)).toEqual(segs(TMX));
  });

  it('a file written before the escapes (the separator raw, read back as a line feed) reads back whole', () => {
    const once = tmxTrip(TMX, 'memory.tmx');
    const old = once.replace(/\\u2028/g, '\u2028').replace(/\\u(e0[0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(old).toMatch(/\u2028/);
    const twice = tmxTrip(old, 'memory-1.tmx');
    expect(tuids(twice)).toEqual(['storage', 'plain']);
    expect(segs(twice)).toEqual(segs(TMX));
  });

  it('jsonForXml escapes what a file read gives another meaning; parseJsonFromXml reads it, and nothing else', () => {
    const value = { w: 'a\u2028b\u2029c\ue000d', n: 'line\nfeed' };
    const json = jsonForXml(value);
    expect(json).not.toMatch(/[\u2028\u2029\ue000]/);
    expect(parseJsonFromXml(json)).toEqual(value);
    expect(parseJsonFromXml('{"w":"a\nb"}')).toEqual({ w: 'a\u2028b' });
    expect(parseJsonFromXml('not json')).toBeUndefined();
  });
});
