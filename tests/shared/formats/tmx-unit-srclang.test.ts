/**
 * A unit that names its own source language (`<tu srclang="de">` in an English–German memory: valid TMX 1.4,
 * a segment translated the other way) keeps each variant in its language's column: nothing dropped,
 * nothing mislabelled, its figures compared, and its own `srclang` written back.
 */
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { canValidate, xmllint } from './helpers';

const tmx = (header: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="hand" adminlang="en" srclang="${header}" datatype="plaintext"/><body>\n` +
  `<tu tuid="u1" srclang="en"><tuv xml:lang="en"><seg>Forward, 3 steps.</seg></tuv><tuv xml:lang="de"><seg>Vorwärts, 3 Schritte.</seg></tuv></tu>\n` +
  `<tu tuid="u2" srclang="de"><tuv xml:lang="de"><seg>Zurück, 7 Schritte.</seg></tuv><tuv xml:lang="en"><seg>Back, 6 steps.</seg></tuv></tu>\n` +
  `</body></tmx>\n`;

const segs = (xml: string, lang: string) => [...xml.matchAll(new RegExp(`<tuv xml:lang="${lang}"><seg>([^<]*)</seg>`, 'g'))].map((m) => m[1]);

describe('a unit with its own srclang', () => {
  for (const header of ['en', '*all*']) {
    it(`keeps both variants in their columns (header srclang="${header}")`, () => {
      const r = importTmx(tmx(header), 'memory.tmx');
      if (!r.ok) throw new Error(r.message);
      expect(r.versions.map((v) => v.langTag)).toEqual(['en', 'de']);
      expect(r.versions[0].sentences).toEqual(['Forward, 3 steps.', 'Back, 6 steps.']);
      expect(r.versions[1].sentences).toEqual(['Vorwärts, 3 Schritte.', 'Zurück, 7 Schritte.']);
      expect(r.dropped ?? {}).not.toHaveProperty('tuv');
    });
  }
  it('writes each variant back under its own language, the unit with its srclang, the same again on a second trip', () => {
    const r = importTmx(tmx('en'), 'memory.tmx');
    if (!r.ok) throw new Error(r.message);
    const once = exportTmx(exportInputOf(projectFromBilingual(r, 'memory.tmx'), 0, 'all', 't'));
    expect(segs(once, 'en')).toEqual(['Forward, 3 steps.', 'Back, 6 steps.']);
    expect(segs(once, 'de')).toEqual(['Vorwärts, 3 Schritte.', 'Zurück, 7 Schritte.']);
    expect([...once.matchAll(/<tu tuid="[^"]*" srclang="([^"]*)"/g)].map((m) => m[1])).toEqual(['en', 'de']);
    if (canValidate()) expect(xmllint(once, 'tmx')).toMatchObject({ status: 0, output: '' });
    const again = importTmx(once, 'memory.tmx');
    if (!again.ok) throw new Error(again.message);
    const twice = exportTmx(exportInputOf(projectFromBilingual(again, 'memory.tmx'), 0, 'all', 't'));
    expect(segs(twice, 'en')).toEqual(segs(once, 'en'));
    expect(segs(twice, 'de')).toEqual(segs(once, 'de'));
  });
});

describe('a unit whose own source is a regional tag of the header language', () => {
  it('`<tu srclang="en-GB">` under `srclang="en"`: its en-GB variant is side A, so its figures are compared', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="sentence" o-tmf="h" adminlang="en" srclang="en" datatype="plaintext"/><body>\n` +
      `<tu srclang="en-GB"><tuv xml:lang="en-GB"><seg>Growth was 7 percent.</seg></tuv><tuv xml:lang="de-DE"><seg>Das Wachstum lag bei 7 Prozent.</seg></tuv></tu>\n` +
      `<tu srclang="en-US"><tuv xml:lang="en-US"><seg>Prices rose 7 percent.</seg></tuv><tuv xml:lang="de-DE"><seg>Die Preise stiegen um 9 Prozent.</seg></tuv></tu>\n</body></tmx>\n`;
    const r = importTmx(xml, 'regional.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions[0].sentences).toEqual(['Growth was 7 percent.', 'Prices rose 7 percent.']);
    expect(r.versions[1].sentences).toEqual(['Das Wachstum lag bei 7 Prozent.', 'Die Preise stiegen um 9 Prozent.']);
    expect(r.more ?? []).toEqual([]);
  });

  it("reads a variant without xml:lang (some tools write it) as the file's other language, not as an invented third version", () => {
    const r = importTmx(tmx('en').replace('<tuv xml:lang="en"><seg>Back', '<tuv><seg>Back'), 'memory.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions.map((v) => v.langTag)).toEqual(['en', 'de']);
    expect(r.versions[0].sentences).toEqual(['Forward, 3 steps.', 'Back, 6 steps.']);
    expect(r.dropped ?? {}).not.toHaveProperty('tuv');
    // (unnamed beside the English variant: the German side's)
    const three = importTmx(tmx('en').replace('<tuv xml:lang="de"><seg>Vorwärts', '<tuv><seg>Vorwärts'), 'memory.tmx');
    if (!three.ok) throw new Error(three.message);
    expect(three.versions.map((v) => v.langTag)).toEqual(['en', 'de']);
    expect(three.versions[1].sentences).toEqual(['Vorwärts, 3 Schritte.', 'Zurück, 7 Schritte.']);
    // (unnamed before the English variant: still the German side's, the English one side A's)
    const first = importTmx(tmx('en').replace('<tuv xml:lang="de"><seg>Zurück, 7 Schritte.</seg></tuv><tuv xml:lang="en"><seg>Back, 6 steps.</seg></tuv>', '<tuv><seg>Zurück, 7 Schritte.</seg></tuv><tuv xml:lang="en"><seg>Back, 6 steps.</seg></tuv>'), 'memory.tmx');
    if (!first.ok) throw new Error(first.message);
    expect(first.versions[0].sentences).toEqual(['Forward, 3 steps.', 'Back, 6 steps.']);
    expect(first.versions[1].sentences).toEqual(['Vorwärts, 3 Schritte.', 'Zurück, 7 Schritte.']);
    expect(first.dropped ?? {}).not.toHaveProperty('tuv');
    // (and said: the tag it got is the reader's decision, not the file's)
    expect(r.notices).toEqual([{ key: 'formats2.langAssumed', params: { name: 'memory.tmx', count: 1, lang: 'en' } }]);
  });
});

describe('a TMX whose second variants have no language at all', () => {
  const nameless = (header: string, units: Array<[string, string]>) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="sentence" o-tmf="h" adminlang="en" srclang="${header}" datatype="plaintext"/><body>\n` +
    units.map(([a, b]) => `<tu><tuv xml:lang="${header}"><seg>${a}</seg></tuv><tuv><seg>${b}</seg></tuv></tu>\n`).join('') +
    `</body></tmx>\n`;

  it('reads them in the language their text is in (Indonesian beside English, English beside Indonesian), says so, and exports that tag', () => {
    const r = importTmx(nameless('en', [['About 1,200 residents left the village.', 'Sekitar 1.500 warga meninggalkan desa itu.'], ['Two boats sank in the storm.', 'Dua perahu tenggelam dalam badai yang datang.']]), 'no-lang.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions.map((v) => v.langTag)).toEqual(['en', 'id']);
    expect(r.notices).toEqual([{ key: 'formats2.langAssumed', params: { name: 'no-lang.tmx', count: 2, lang: 'id' } }]);
    const out = exportTmx(exportInputOf(projectFromBilingual(r, 'no-lang.tmx'), 0, 'all', 't'));
    expect(segs(out, 'id')).toEqual(['Sekitar 1.500 warga meninggalkan desa itu.', 'Dua perahu tenggelam dalam badai yang datang.']);
    const back = importTmx(nameless('id', [['Harga beras naik 5 persen dalam sebulan.', 'Rice prices rose 5 percent in a month.']]), 'no-lang.tmx');
    if (!back.ok) throw new Error(back.message);
    expect(back.versions.map((v) => v.langTag)).toEqual(['id', 'en']);
  });

  it('a text in the source language, or one that tells no language, is a second version of it (`-x-b`), said all the same', () => {
    const same = importTmx(nameless('en', [['The bridge is 40 metres long.', 'The bridge measures 40 metres.']]), 'same.tmx');
    if (!same.ok) throw new Error(same.message);
    expect(same.versions.map((v) => v.langTag)).toEqual(['en', 'en-x-b']);
    expect(same.notices?.[0].params.lang).toBe('en-x-b');
    const untold = importTmx(nameless('de', [['Berlin, 2024', 'Berlin, 2024']]), 'names.tmx');
    if (!untold.ok) throw new Error(untold.message);
    expect(untold.versions.map((v) => v.langTag)).toEqual(['de', 'de-x-b']);
  });

  it('a file whose variants all name their language says nothing', () => {
    const r = importTmx(tmx('en'), 'memory.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.notices).toBeUndefined();
  });
});

describe('a TMX of one language', () => {
  it('opens against an empty version of that language (it was read as English), named as having no text', async () => {
    const { importTmx } = await import('../../../shared/formats/import-tmx');
    const { projectFromBilingual } = await import('../../../shared/formats/import-project');
    const { versionsWithoutText } = await import('../../../shared/formats/lang-tags');
    const r = importTmx(
      '<tmx version="1.4"><header srclang="id" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>' +
        '<tu><tuv xml:lang="id"><seg>Ada 5 kapal.</seg></tuv></tu><tu><tuv xml:lang="id"><seg>Ada 7 mobil.</seg></tuv></tu></body></tmx>',
      'one.tmx',
    );
    if (!r.ok) throw new Error(r.message);
    const p = projectFromBilingual(r, 'one.tmx');
    expect(p.versions.map((v) => v.lang)).toEqual(['id', 'id']);
    expect(versionsWithoutText(p.versions)).toEqual([p.versions[1].name]);
  });
});
