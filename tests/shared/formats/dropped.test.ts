/** What an importer does not read is counted (`dropped`), so that it is said, never lost silently. */
import { describe, it, expect } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { translate } from '../../../shared/i18n';

describe('dropped elements are counted', () => {
  it('TMX: a second variant of the same language and user-defined entities', () => {
    const r = importTmx(
      `<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"><ude name="x"><map unicode="#xE000" code="#x01"/></ude></header><body>` +
        `<tu><tuv xml:lang="en"><seg>Two boats.</seg></tuv><tuv xml:lang="fr"><seg>Deux bateaux.</seg></tuv><tuv xml:lang="fr"><seg>Deux navires.</seg></tuv></tu></body></tmx>`,
      'dup.tmx',
    );
    expect(r.ok && r.dropped).toEqual({ ude: 1, tuv: 1 });
  });

  it('XLIFF 2: an <ignorable> holding text; XLIFF 1.2: <alt-trans> and <bin-unit>', () => {
    const x2 = importXliff(
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>One.</source><target>Un.</target></segment><ignorable><source>[skip]</source></ignorable></unit></file></xliff>`,
      'i.xlf',
    );
    expect(x2.ok && x2.dropped).toEqual({ ignorable: 1 });
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

  it('the message exists in both languages', () => {
    for (const lang of ['en', 'id'] as const) {
      const text = translate(lang, 'formats2.dropped', { name: 'a.xlf', list: '<alt-trans> ×1' });
      expect(text).toContain('<alt-trans> ×1');
      expect(text).not.toContain('{{');
    }
  });
});
