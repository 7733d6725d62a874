import { describe, it, expect } from 'vitest';
import { acceptList, dialogExtensions, isBilingualName, isProjectName, openKindOf, projectNameFor } from '../../../shared/formats/file-types';
import { bilingualProject } from '../../../electron/services/handlers';
import { importFile } from '../../../electron/services/import';

const SDL = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="laporan.docx" source-language="en-GB" target-language="fr-FR" datatype="x-sdlfilterframework2">
    <body>
      <trans-unit id="1"><source>Twelve boats left.</source><target>Douze bateaux sont partis.</target></trans-unit>
    </body>
  </file>
</xliff>
`;

describe('one table of file types', () => {
  it('knows every bilingual extension, in every list derived from it', () => {
    for (const n of ['a.tmx', 'a.xlf', 'a.XLIFF', 'a.sdlxliff', 'a.mqxliff', 'a.mxliff', 'a.TXLF']) expect(isBilingualName(n)).toBe(true);
    expect(isBilingualName('a.txt')).toBe(false);
    expect(isProjectName('x.selaras')).toBe(true);
    expect(isProjectName('x.mqxliff')).toBe(true);
    expect(openKindOf('notes.MD')).toBe('markdown');
    expect(dialogExtensions('bilingual')).toEqual(['tmx', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff', 'txlf']);
    expect(acceptList('project', 'bilingual').split(',')).toContain('.sdlxliff');
    expect(projectNameFor('story.sdlxliff')).toBe('story.selaras');
  });

  it('an .sdlxliff, .mqxliff, .mxliff (Phrase) and .txlf (Wordfast Pro) open as projects (they were "not valid JSON")', async () => {
    for (const name of ['job.sdlxliff', 'job.mqxliff', 'job.mxliff', 'job.txlf']) {
      const r = await bilingualProject(name, new TextEncoder().encode(SDL));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.name).toBe('job.selaras');
      expect(r.value.project.versions.map((v) => v.text)).toEqual(['Twelve boats left.', 'Douze bateaux sont partis.']);
    }
  });

  it('the text importer sends bilingual files to the bilingual path', async () => {
    for (const name of ['job.mqxliff', 'job.mxliff', 'job.txlf']) {
      const r = await importFile({ name, bytes: new TextEncoder().encode(SDL) });
      expect(r).toMatchObject({ ok: false, code: 'bilingual' });
    }
  });
});
