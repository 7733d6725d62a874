/**
 * Turns an imported TMX/XLIFF file into a project: one line-segmented version per language
 * (the first is the pivot, every other one aligned with it), the language tags kept.
 */
import { detectLang } from '../text';
import { createProject } from '../project/create';
import type { Project } from '../project/types';
import type { ImportedBilingual, ImportedVersion } from './types';
import { figureLangOf } from './lang-tags';

export function projectFromBilingual(imported: ImportedBilingual, name: string): Project {
  const all: ImportedVersion[] = [...imported.versions, ...(imported.more ?? []).map((m) => m.version)];
  const names = new Set<string>();
  const inputs = all.map((v, i) => {
    let n = v.name || `${name} (${v.langTag || String.fromCharCode(65 + i)})`;
    if (names.has(n)) n = `${name} (${v.langTag || String.fromCharCode(65 + i)})`;
    if (names.has(n)) n = `${n} ${i + 1}`;
    names.add(n);
    return { name: n, text: v.text, lang: v.lang ?? figureLangOf(v.langTag) ?? (v.langTag ? ('en' as const) : detectLang(v.text)) };
  });
  const project = createProject(inputs, [
    { mode: imported.mode, beads: imported.beads },
    ...(imported.more ?? []).map((m) => ({ mode: imported.mode, beads: m.beads })),
  ]);
  return {
    ...project,
    versions: project.versions.map((v, i) => ({
      ...v,
      segmentation: 'lines' as const,
      ...(all[i].langTag && isTag(all[i].langTag) ? { langTag: all[i].langTag } : {}),
      ...(all[i].codes?.length ? { codes: all[i].codes } : {}),
    })),
    // (the pairs' rows are the file's units: see PairAlignment.fromFile)
    alignments: project.alignments.map((al) => ({ ...al, fromFile: true as const })),
    annotations: imported.annotations,
    ...(imported.origin ? { origin: imported.origin } : {}),
  };
}

const isTag = (t: string) => /^[A-Za-z0-9]{1,8}([-_][A-Za-z0-9]{1,8})*$/.test(t) && t.length <= 64;
