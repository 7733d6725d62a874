/** A row of blank lines on both sides (a text read line by line, re-aligned) is no XLIFF 2 unit, and the texts come back exactly. */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/project/create';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';

describe('a row of blank lines', () => {
  it('is not written as an empty unit; reopened, both texts are as they were', () => {
    const created = createProject(
      [
        { name: 'a.txt', text: 'Sebanyak 12 perahu dikirim.\n\nTiga desa terendam.', lang: 'id' },
        { name: 'b.txt', text: 'As many as 12 boats were sent.\n\nThree villages were flooded.', lang: 'en' },
      ],
      [{ mode: 'parallel', beads: [{ a: [0], b: [0], score: 1 }, { a: [1], b: [1], score: 0.88 }, { a: [2], b: [2], score: 1 }] }],
    );
    const project = { ...created, versions: created.versions.map((v) => ({ ...v, segmentation: 'lines' as const })) };
    const xml = exportXliff(exportInputOf(project, 0, 'all', 't'));
    expect(xml.match(/<unit /g)).toHaveLength(2);
    const back = importXliff(xml, 'x.xlf');
    if (!back.ok) throw new Error(back.message);
    const reopened = projectFromBilingual(back, 'x');
    expect(reopened.versions.map((v) => v.text)).toEqual(project.versions.map((v) => v.text));
  });
});
