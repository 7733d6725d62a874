/** Turns an imported TMX/XLIFF file into a project: two line-segmented versions and their beads. */
import { detectLang } from '../text';
import { createProject } from '../project/create';
import type { Project } from '../project/types';
import type { ImportedBilingual } from './types';

export function projectFromBilingual(imported: ImportedBilingual, name: string): Project {
  const [a, b] = imported.versions;
  const project = createProject(
    [
      { name: a.name || `${name} (${a.langTag || 'A'})`, text: a.text, lang: a.lang ?? detectLang(a.text) },
      { name: b.name && b.name !== a.name ? b.name : `${name} (${b.langTag || 'B'})`, text: b.text, lang: b.lang ?? detectLang(b.text) },
    ],
    [{ mode: imported.mode, beads: imported.beads }],
  );
  return {
    ...project,
    versions: project.versions.map((v) => ({ ...v, segmentation: 'lines' as const })),
    annotations: imported.annotations,
  };
}
