/**
 * Other tools' files through Selaras and back in the same format: TMX → Selaras → TMX and
 * XLIFF 2 → Selaras → XLIFF 2 keep languages, units, text, inline codes and notes.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { canValidate, xmllint } from './helpers';

const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const read = (n: string) => readFileSync(path.join(FIX, n), 'utf8');

/** Everything the file says, in a comparable form. */
function content(r: ImportedBilingual) {
  const versions = [r.versions[0], r.versions[1], ...(r.more ?? []).map((m) => m.version)];
  const shown = (v: ImportedBilingual['versions'][number]) =>
    v.sentences
      .filter((s) => s !== '')
      .map((s) => s.replace(/[\uE000-\uF8FF]/g, (ch) => {
        const c = v.codes?.[ch.charCodeAt(0) - 0xe000];
        return c ? `{${c.kind}:${c.data ?? ''}}` : ch;
      }));
  return {
    languages: r.stats.languages,
    units: r.stats.units,
    translated: r.stats.translated,
    codes: r.stats.codes,
    notes: Object.values(r.stats.notes).reduce((a, b) => a + b, 0),
    noteTexts: r.annotations.map((a) => a.note).sort(),
    text: Object.fromEntries(versions.map((v) => [v.langTag, shown(v)])),
  };
}

describe.each([
  ['TMX', ['multilingual.tmx', 'codes.tmx', 'tmx-breaks.tmx', 'other-tool.tmx'], importTmx, exportTmx, 'tmx' as const],
  ['XLIFF 2', ['breaks-and-space.xlf', 'codes-2.0.xlf'], importXliff, exportXliff, 'xliff21' as const],
])('%s → Selaras → same format', (_name, files, importer, exporter, schema) => {
  it.each(files)('%s keeps languages, units, text, codes and notes', (file) => {
    const first = importer(read(file), file);
    if (!first.ok) throw new Error(first.message);
    const xml = exporter(exportInputOf(projectFromBilingual(first, file), 0, 'all', 't'));
    if (canValidate()) expect(xmllint(xml, schema)).toMatchObject({ status: 0, output: '' });
    const back = importer(xml, file);
    if (!back.ok) throw new Error(back.message);
    expect(content(back)).toEqual(content(first));
  });
});
