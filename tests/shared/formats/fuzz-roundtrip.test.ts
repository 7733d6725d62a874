/**
 * Property: any text — XML-special characters, characters XML 1.0 cannot carry (C0 controls,
 * U+FFFE/U+FFFF, lone surrogates), astral characters, right-to-left and CJK script — comes
 * back from a TMX, XLIFF 2.1 or XLIFF 1.2 round trip. XLIFF 2 carries every character (`<cp/>`);
 * TMX and XLIFF 1.2 cannot carry the illegal ones: they are written as U+FFFD, never as
 * invalid XML, and the export says how many (`formats2.loss.controlChars`).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { readXml } from '../../../shared/formats/xml-read';
import { exportLosses, xmlInvalidCount } from '../../../shared/formats/losses';
import { canValidate, minimalInput, xmllint } from './helpers';

const PIECES = [
  'a', 'Z', '7', '.', ',', '%', '&', '<', '>', '"', "'", ']]>', '&amp;', '<b>', '&#1;',
  '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00',
  '😀', '𝟚', '𠀀', '🚢', 'مليون', 'ש', '港', '万', 'é', '\u0301', '\u00a0x',
];
/**
 * A word: pieces glued together, never starting or ending with a space or another character JavaScript
 * counts as white space (vertical tab, form feed, no-break space): a sentence is trimmed of those when the
 * text is segmented, so a sentence of nothing else is no sentence.
 */
const word = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((p) => p.join(''))
  .filter((w) => !/^\s|\s$/u.test(w));
/** A sentence: words separated by single spaces (importers collapse runs of whitespace). */
const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const side = fc.array(sentence, { minLength: 1, maxLength: 3 });

const FFFD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const cleaned = (s: string) => s.replace(FFFD, '\ufffd');

const FORMATS = [
  { name: 'XLIFF 2.1', write: exportXliff, read: (x: string) => importXliff(x, 'f.xlf'), exact: true, schema: 'xliff21' as const, format: 'xliff' as const },
  { name: 'XLIFF 1.2', write: exportXliff12, read: (x: string) => importXliff(x, 'f.xlf'), exact: false, schema: 'xliff12' as const, format: 'xliff12' as const },
  { name: 'TMX', write: exportTmx, read: (x: string) => importTmx(x, 'f.tmx'), exact: false, schema: 'tmx' as const, format: 'tmx' as const },
];

describe.each(FORMATS)('$name round trip of any text', ({ write, read, exact, schema, format }) => {
  it('property: well-formed XML, every sentence back (illegal characters as U+FFFD, and said so)', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const input = minimalInput([a], [b]);
        const xml = write(input);
        const parsed = readXml(xml);
        expect(parsed.ok, 'the export is well-formed XML').toBe(true);
        const back = read(xml);
        if (!back.ok) throw new Error(back.message);
        const want = (list: string[]) => (exact ? list : list.map(cleaned));
        expect(back.versions[0].sentences.filter((s) => s !== '')).toEqual(want(a));
        expect(back.versions[1].sentences.filter((s) => s !== '')).toEqual(want(b));
        const bad = xmlInvalidCount(input.project.versions[0].text) + xmlInvalidCount(input.project.versions[1].text);
        const said = exportLosses(format, input.project).find((l) => l.key === 'formats2.loss.controlChars');
        if (exact || bad === 0) expect(said).toBeUndefined();
        else expect(said?.params.count).toBe(bad);
      }),
      { numRuns: 60 },
    );
  });

  it('an export holding every kind of character validates against the schema', () => {
    if (!canValidate()) return;
    const input = minimalInput([[PIECES.join(' x ')]], [[PIECES.slice().reverse().join(' y ')]]);
    expect(xmllint(write(input), schema)).toMatchObject({ status: 0, output: '' });
  });
});
