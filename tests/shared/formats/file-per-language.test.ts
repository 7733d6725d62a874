/**
 * An XLIFF 1.2 file of one `<file>` per target language, as some tools write a multilingual job: each file repeats
 * the source. Its source is read once, each target language a version beside it, and each pair's export writes the
 * file it came from, whole (the source was read once per file, so each pair had the other file's units untranslated).
 * Our own small files.
 */
import { describe, expect, it } from 'vitest';
import { importBilingual } from '../../../shared/formats';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportInputOf } from '../../../shared/formats/input';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import type { Annotation } from '../../../shared/project/types';

const unit = (id: string, src: string, trg: string, note = '') => `<trans-unit id="${id}"><source>${src}</source><target>${trg}</target>${note}</trans-unit>`;
const file = (trg: string, units: string) => `<file original="story.txt" source-language="en" target-language="${trg}" datatype="plaintext"><body>${units}</body></file>`;
const xliff = (...files: string[]) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${files.join('')}</xliff>`;

const SOURCES: Array<[string, string]> = [
  ['1', 'The fire burned 300 hectares.'],
  ['2', 'Nine villages were evacuated.'],
];
const multi = xliff(
  file('de', SOURCES.map(([id, s], k) => unit(id, s, ['Das Feuer verbrannte 300 Hektar.', 'Neun Dörfer wurden evakuiert.'][k])).join('')),
  file('fr', SOURCES.map(([id, s], k) => unit(id, s, ['Le feu a brûlé 30 hectares.', 'Neuf villages ont été évacués.'][k], k === 1 ? '<note annotates="target">checked</note>' : '')).join('')),
);

function projectOf(xml: string) {
  const r = importBilingual(xml, 'job.xlf');
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, 'job.xlf');
}

describe('an XLIFF 1.2 file of one <file> per target language', () => {
  it('reads the source once, and each target language as a version aligned to it unit by unit', () => {
    const p = projectOf(multi);
    expect(p.versions.map((v) => [v.langTag, v.text])).toEqual([
      ['en', 'The fire burned 300 hectares.\nNine villages were evacuated.'],
      ['de', 'Das Feuer verbrannte 300 Hektar.\nNeun Dörfer wurden evakuiert.'],
      ['fr', 'Le feu a brûlé 30 hectares.\nNeuf villages ont été évacués.'],
    ]);
    expect(p.alignments.map((al) => al.beads.map((b) => [b.a, b.b, b.origin?.file, b.origin?.unit]))).toEqual([
      [
        [[0], [0], '1', '1'],
        [[1], [1], '1', '2'],
      ],
      [
        [[0], [0], '2', '1'],
        [[1], [1], '2', '2'],
      ],
    ]);
    // (the note on the French target is on the French version)
    expect(p.annotations.filter((a) => a.note === 'checked').map((a) => a.target.type === 'span' && a.target.version)).toEqual([2]);
  });
  it('each pair exports its own file, every unit translated, and no empty file of the other language', () => {
    const p = projectOf(multi);
    for (const [pair, lang, target] of [
      [0, 'de', 'Das Feuer verbrannte'],
      [1, 'fr', 'Le feu a brûlé'],
    ] as const) {
      const x12 = exportXliff12(exportInputOf(p, pair, 'all', 't'));
      expect(x12.match(/<file /g)).toHaveLength(1);
      expect(x12).toContain(`target-language="${lang}"`);
      expect(x12).toContain(target);
      expect(x12.match(/<trans-unit /g)).toHaveLength(2);
      expect(x12.match(/<target[ >]/g)).toHaveLength(2);
      expect(exportXliff(exportInputOf(p, pair, 'all', 't')).match(/<file /g)).toHaveLength(1);
    }
  });
  it('a verdict on the French pair comes back on its figure from that pair’s export', () => {
    const p = projectOf(multi);
    const drift = exportInputOf(p, 1, 'all', 't').comparison.mismatches.find((m) => m.kind === 'value');
    expect(drift?.bFigure?.text).toBe('30 hectares');
    const verdict: Annotation = { id: 'v1', target: { type: 'mismatch', key: drift!.key }, verdict: 'confirmed', category: 'numbers', severity: 'major', note: 'A zero lost.', author: 'Ana', created: 't', modified: 't' };
    const back = importBilingual(exportXliff12(exportInputOf({ ...p, annotations: [...p.annotations, verdict] }, 1, 'all', 't')), 'fr.xlf');
    if (!back.ok) throw new Error(back.message);
    const reopened = projectFromBilingual(back, 'fr.xlf');
    const again = exportInputOf(reopened, 0, 'all', 't').comparison.mismatches.find((m) => m.kind === 'value');
    expect(reopened.annotations.filter((a) => a.target.type === 'mismatch' && a.target.key === again?.key).map((a) => [a.verdict, a.note])).toEqual([['confirmed', 'A zero lost.']]);
  });
  it('guard: files whose sources differ are read as before, each source its own', () => {
    const other = xliff(file('de', unit('1', 'The fire burned 300 hectares.', 'Das Feuer verbrannte 300 Hektar.')), file('fr', unit('1', 'The storm lasted 2 days.', 'La tempête a duré 2 jours.')));
    const p = projectOf(other);
    expect(p.versions[0].text).toBe('The fire burned 300 hectares.\nThe storm lasted 2 days.');
  });
  it('guard: two files of one target language are two parts of one document', () => {
    const twice = xliff(file('de', unit('1', 'The fire burned 300 hectares.', 'Das Feuer verbrannte 300 Hektar.')), file('de', unit('1', 'The fire burned 300 hectares.', 'Das Feuer verbrannte 300 Hektar.')));
    const p = projectOf(twice);
    expect(p.versions).toHaveLength(2);
    expect(p.versions[0].text.split('\n')).toHaveLength(2);
  });
});

describe("a unit's note in a file of one target language among several", () => {
  // (notes without annotates, as most tools write them: each about that language's translation of the unit)
  const noted = xliff(
    file('de', SOURCES.map(([id, s], k) => unit(id, s, ['Das Feuer verbrannte 300 Hektar.', 'Neun Dörfer wurden evakuiert.'][k], k === 0 ? '<note>German area checked</note>' : '')).join('')),
    file('fr', SOURCES.map(([id, s], k) => unit(id, s, ['Le feu a brûlé 30 hectares.', 'Neuf villages ont été évacués.'][k], k === 0 ? '<note>French area is wrong</note><note annotates="source">source reviewed</note>' : '')).join('')),
  );
  const notesOn = (p: ReturnType<typeof projectOf>) =>
    p.annotations.map((a) => `${a.note} → ${a.target.type === 'span' ? (p.versions[a.target.version]?.langTag ?? '?') : a.target.type}`).sort();

  it("is on that language's translation, not on the source every pair shares; one about the source stays there", () => {
    expect(notesOn(projectOf(noted))).toEqual(['French area is wrong → fr', 'German area checked → de', 'source reviewed → en']);
  });

  it("each pair's export carries its own language's note only", () => {
    const p = projectOf(noted);
    const de = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    const fr = exportXliff12(exportInputOf(p, 1, 'all', 't'));
    expect(de).toContain('German area checked');
    expect(de).not.toContain('French area is wrong');
    expect(fr).toContain('French area is wrong');
    expect(fr).not.toContain('German area checked');
  });
});
