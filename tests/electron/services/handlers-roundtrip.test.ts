/**
 * What a user does with another tool's file, through the handler table the app uses: open a
 * Trados-like XLIFF 1.2 file, annotate a mismatch (verdict, category, note), save, reopen,
 * export to each bilingual format and open the export. The verdict and note stay on the same
 * figures; what the file holds that Selaras does not read is said on opening.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../../../electron/services/handlers';
import { importFile } from '../../../electron/services/import';
import { exportProject } from '../../../electron/services/exporter';
import type { Handlers, OpenedProject } from '../../../shared/api';
import type { Project } from '../../../shared/project/types';
import { serializeProject } from '../../../shared/project/schema';
import { exportInputOf } from '../../../shared/formats/input';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let chosen: string | null;
let h: Handlers;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-rt-'));
  chosen = null;
  h = createHandlers({
    fs: { readFile, writeFile: (f, d) => writeFile(f, d, 'utf8'), mkdir, stat },
    importer: importFile,
    dialog: { openFile: async () => chosen, saveFile: async () => chosen },
    dataDir: path.join(dir, 'data'),
    resourcesDir: path.join(root, 'resources'),
    app: { name: 'Selaras', version: 'test', edition: 'desktop', platform: 'linux' },
    exporter: (p, pair, format, scope) => exportProject(p, pair, format, scope, 'test'),
    now: () => new Date('2026-01-02T03:04:05Z'),
  });
});

// Written by hand the way Trados Studio writes an .sdlxliff: segments as <mrk mtype="seg">, its own data in <sdl:seg-defs>.
const SDLXLIFF = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="report.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="id-ID">
    <header><sdl:filetype-info><sdl:filetype-id>Word 2007 v 2.0.0.0</sdl:filetype-id></sdl:filetype-info></header>
    <body>
      <group>
        <trans-unit id="7f1c-0001">
          <source>The ferry carried 140 passengers. Two of them were hurt.</source>
          <seg-source><mrk mtype="seg" mid="1">The ferry carried 140 passengers.</mrk> <mrk mtype="seg" mid="2">Two of them were hurt.</mrk></seg-source>
          <target><mrk mtype="seg" mid="1">Feri itu membawa 410 penumpang.</mrk> <mrk mtype="seg" mid="2">Dua di antaranya terluka.</mrk></target>
          <sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="ApprovedTranslation" locked="true"/></sdl:seg-defs>
        </trans-unit>
      </group>
      <trans-unit id="7f1c-0002">
        <source>It sailed at 6 a.m.</source>
        <seg-source><mrk mtype="seg" mid="3">It sailed at 6 a.m.</mrk></seg-source>
        <target><mrk mtype="seg" mid="3">Kapal berangkat pukul 6 pagi.</mrk></target>
      </trans-unit>
    </body>
  </file>
</xliff>`;

const opened = (r: Awaited<ReturnType<Handlers['openProject']>>): OpenedProject => {
  if (!r.ok || !r.value) throw new Error(r.ok ? 'cancelled' : r.error.message);
  return r.value;
};

/** The mismatch on these figures, with the text of each side's figure. */
function mismatchOn(project: Project, a: string, b: string) {
  const { comparison } = exportInputOf(project, 0, 'all', 't');
  return comparison.mismatches.find((m) => m.aFigure?.text.includes(a) && m.bFigure?.text.includes(b));
}

describe('another tool’s XLIFF through the app and back', () => {
  it('keeps a verdict, category and note on their mismatch through save, reopen, every bilingual export and reopening it', async () => {
    const source = path.join(dir, 'report.sdlxliff');
    writeFileSync(source, SDLXLIFF);
    chosen = source;
    const first = opened(await h.openProject(null));
    // Said on opening, as the command line says it.
    expect(first.notRead).toEqual({ file: 'report.sdlxliff', elements: { 'sdl:filetype-info': 1, 'sdl:seg-defs': 1, 'xliff sdl:version': 1 } });

    const m = mismatchOn(first.project, '140', '410');
    expect(m).toBeDefined();
    const project: Project = {
      ...first.project,
      annotations: [
        ...first.project.annotations,
        {
          id: 'n1',
          target: { type: 'mismatch', key: m!.key },
          verdict: 'confirmed',
          category: 'mistranslation',
          severity: 'critical',
          note: '140 passengers per the port log, not 410.',
          author: 'editor',
          created: '2026-01-02T03:00:00.000Z',
          modified: '2026-01-02T03:00:00.000Z',
        },
      ],
    };
    const json = serializeProject(project, { app: { name: 'Selaras', version: 'test' } });
    chosen = path.join(dir, 'report.selaras');
    const saved = await h.saveProject({ json, name: 'report.selaras' });
    expect(saved.ok).toBe(true);
    const reopened = opened(await h.openRecentProject({ path: chosen }));
    expect(reopened.project.annotations).toEqual(project.annotations);

    for (const format of ['xliff', 'tmx', 'xliff12'] as const) {
      chosen = path.join(dir, `report.${format}.${format === 'tmx' ? 'tmx' : 'xlf'}`);
      const ex = await h.exportProject({ json: serializeProject(reopened.project, { app: { name: 'Selaras', version: 'test' } }), pair: 0, format, scope: 'all', name: 'report' });
      expect(ex.ok).toBe(true);
      const back = opened(await h.openProjectBytes({ name: path.basename(chosen), bytes: readFileSync(chosen) }));
      expect(back.notRead).toBeUndefined();
      const again = mismatchOn(back.project, '140', '410');
      expect(again, format).toBeDefined();
      const note = back.project.annotations.find((a) => a.target.type === 'mismatch' && a.target.key === again!.key);
      expect(note, format).toMatchObject({ verdict: 'confirmed', category: 'mistranslation', severity: 'critical', note: '140 passengers per the port log, not 410.', author: 'editor' });
      // Nothing else picked up the note.
      expect(back.project.annotations.filter((a) => a.note === note!.note)).toHaveLength(1);
    }
  });
});

describe('a TMX whose second variants name no language, opened in the app', () => {
  it('reads them in the language their text is in and says so on opening (the notice the command line prints)', async () => {
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>' +
      '<tu><tuv xml:lang="en"><seg>Two boats sank in the storm.</seg></tuv><tuv><seg>Dua perahu tenggelam dalam badai itu.</seg></tuv></tu></body></tmx>';
    const back = opened(await h.openProjectBytes({ name: 'memory.tmx', bytes: new TextEncoder().encode(tmx) }));
    expect(back.project.versions.map((v) => v.langTag)).toEqual(['en', 'id']);
    expect(back.notices).toEqual([{ key: 'formats2.langAssumed', params: { name: 'memory.tmx', count: 1, lang: 'id' } }]);
  });
});
