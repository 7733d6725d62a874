/**
 * A TMX unit with no variant in the target language is untranslated, in the workbench and in every export as in
 * `selaras check FILE`: its figures are not compared (the exports reported a missing figure, a drift, for it).
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportCsv } from '../../../shared/formats/csv';
import { exportTmx } from '../../../shared/formats/tmx';
import { currentComparison, initialState, step, untranslatedRows } from '../../../shared/workbench';
import { settle } from '../workbench/helpers';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>Police arrested 14 people.</seg></tuv><tuv xml:lang="id"><seg>Polisi menangkap 14 orang.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Not yet translated: 25 cars burned.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Police counted 31 shops.</seg></tuv><tuv xml:lang="id"><seg>Polisi menghitung 13 toko.</seg></tuv></tu>
</body></tmx>`;

function project() {
  const read = importTmx(TMX, 'u.tmx');
  if (!read.ok) throw new Error(read.message);
  return projectFromBilingual(read, 'u.tmx');
}

describe('a TMX unit with no target variant', () => {
  it('gives no mismatch in an export, and the unit is written back as it was', () => {
    const input = exportInputOf(project(), 0, 'all', 't', '2026-12-06T00:00:00Z');
    expect(input.comparison.mismatches.map((m) => [m.kind, m.aFigure?.text ?? null, m.bFigure?.text ?? null])).toEqual([['value', '31 shops', '13 toko']]);
    expect(exportCsv({ ...input, uiLang: 'en' }).split('\n').find((l) => l.includes('Not yet translated'))).not.toMatch(/Missing|Drift/);
    const unit = /<tu tuid="b2"[\s\S]*?<\/tu>/.exec(exportTmx(input))?.[0] ?? '';
    expect(unit).toContain('<tuv xml:lang="en"><seg>Not yet translated: 25 cars burned.</seg></tuv>');
    expect(unit).not.toContain('xml:lang="id"');
  });

  it('gives no mismatch in the workbench, whose grid marks its row untranslated (and no other)', () => {
    const s = settle(step(initialState(), { type: 'load', project: project(), name: 'u.tmx' }));
    expect(currentComparison(s)!.mismatches.map((m) => m.kind)).toEqual(['value']);
    expect([...untranslatedRows(s)]).toEqual([1]);
  });
});
