/**
 * The verdicts of a three-language TMX stay with their own pair: a TMX export of one pair writes the other pairs'
 * verdicts too (it holds their languages), each naming its pair's language, and a reader gives each back to its pair
 * only, or leaves it out when it reads another pair (`--pair`). Our own sentences.
 */
import { describe, it, expect } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportLosses } from '../../../shared/formats/losses';
import type { Annotation, Project } from '../../../shared/project/types';
import { verdictOn } from './helpers';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>
<tu tuid="1"><tuv xml:lang="id"><seg>Jumlahnya 10.000 orang.</seg></tuv><tuv xml:lang="en"><seg>The total was 12,000 people.</seg></tuv><tuv xml:lang="ms"><seg>Jumlahnya 12,000 orang.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="id"><seg>Harga naik 7 persen.</seg></tuv><tuv xml:lang="en"><seg>Prices rose 7 percent.</seg></tuv><tuv xml:lang="ms"><seg>Harga naik 9 peratus.</seg></tuv></tu>
</body></tmx>`;

function open(xml: string, pair?: [string, string]): Project {
  const r = importTmx(xml, 'm.tmx', pair ? { pair } : {});
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, 'm.tmx');
}

/** The project with a verdict on the en pair's 10.000 ↔ 12,000 and one on the ms pair's 7 ↔ 9. */
function reviewed(): Project {
  const project = open(TMX);
  const pairOf = (lang: string) => project.alignments.findIndex((al) => project.versions[al.b].langTag === lang);
  const keyOf = (lang: string, b: string) => exportInputOf(project, pairOf(lang), 'all', 't').comparison.mismatches.find((m) => m.bFigure?.text.includes(b))!.key;
  const ann = (id: string, lang: string, b: string, note: string): Annotation =>
    verdictOn(id, { type: 'mismatch', key: keyOf(lang, b), a: 0, b: project.alignments[pairOf(lang)].b }, id === 'en1' ? 'false-alarm' : 'confirmed', note);
  return { ...project, annotations: [ann('en1', 'en', '12,000', 'English total checked'), ann('ms1', 'ms', '9 peratus', 'Malay rate is wrong')] };
}

/** Each pair's verdicts as `note → language of side B`. */
const byPair = (p: Project) => p.annotations.map((a) => `${a.note} → ${a.target.type === 'mismatch' && a.target.b !== undefined ? p.versions[a.target.b].langTag : 'every pair'}`).sort();

describe('a three-language TMX: each verdict with its own pair', () => {
  it('the project has three versions and a verdict on each further pair', () => {
    const project = reviewed();
    expect(project.versions.map((v) => v.langTag)).toEqual(['id', 'en', 'ms']);
    expect(byPair(project)).toEqual(['English total checked → en', 'Malay rate is wrong → ms']);
  });

  it("a TMX export of the en pair keeps the ms pair's verdict, said lost nowhere, and each comes back on its own pair", () => {
    const project = reviewed();
    expect(exportLosses('tmx', project, 0)).toEqual([]);
    const xml = exportTmx(exportInputOf(project, 0, 'all', 't'));
    expect(xml).toContain('Malay rate is wrong');
    const back = open(xml);
    expect(byPair(back)).toEqual(['English total checked → en', 'Malay rate is wrong → ms']);
  });

  it('reading only the id–ms pair of that file leaves the en verdict out rather than on every pair', () => {
    const xml = exportTmx(exportInputOf(reviewed(), 0, 'all', 't'));
    const ms = open(xml, ['id', 'ms']);
    expect(ms.versions.map((v) => v.langTag)).toEqual(['id', 'ms']);
    expect(byPair(ms)).toEqual(['Malay rate is wrong → ms']);
  });
});
