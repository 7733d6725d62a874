/**
 * A target that holds inline codes alone (a line break, a tag pair with nothing in it) is no translation: `selaras
 * inspect` counts it untranslated, as `check` and the workbench treat it. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { importBilingual } from '../../../shared/formats';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Police counted 31 shops.<ph x="1">&lt;br&gt;</ph></seg></tuv><tuv xml:lang="id"><seg><ph x="1">&lt;br&gt;</ph></seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Police arrested 14 people.</seg></tuv><tuv xml:lang="id"><seg>Polisi menangkap 14 orang.</seg></tuv></tu>
</body></tmx>`;

const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="id"><file id="f1">
<unit id="u1"><originalData><data id="d1">&lt;br/&gt;</data></originalData><segment><source>Police counted 31 shops.<ph id="1" dataRef="d1"/></source><target><ph id="1" dataRef="d1"/></target></segment></unit>
<unit id="u2"><segment><source>Police arrested 14 people.</source><target>Polisi menangkap 14 orang.</target></segment></unit>
<unit id="u3"><segment><source>Three <pc id="2">new</pc> shops.</source><target><pc id="2"> </pc></target></segment></unit>
</file></xliff>`;

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>
<trans-unit id="1"><source>Police counted 31 shops.<x id="1"/></source><target><x id="1"/></target></trans-unit>
<trans-unit id="2"><source>Police arrested 14 people.</source><target>Polisi menangkap 14 orang.</target></trans-unit>
</body></file></xliff>`;

describe('a target of inline codes alone', () => {
  it.each([
    ['TMX', TMX, 'c.tmx', 2],
    ['XLIFF 2', XLIFF2, 'c2.xlf', 3],
    ['XLIFF 1.2', XLIFF12, 'c12.xlf', 2],
  ])('%s: counted untranslated (one of the units is translated)', (_, xml, name, units) => {
    const r = importBilingual(xml, name);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.stats).toMatchObject({ units, translated: 1 });
  });
});
