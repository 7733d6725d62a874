/**
 * An export reports what the workbench and `selaras check` report: the stored beads compared with the same
 * evidence (the bilingual lexicon, the project's termbase).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { alignVersions, analyse } from '../../../shared/pipeline';
import { createProject } from '../../../shared/project/create';
import { exportInputOf } from '../../../shared/formats/input';
import { parseLexicon } from '../../../shared/align/lexicon';
import { analysePair } from '../../../shared/workbench/analyse';
import { parseTermbase } from '../../../shared/termbase';

const lexicon = parseLexicon(readFileSync(path.resolve(__dirname, '../../../resources/lexicon/id-en.tsv'), 'utf8'));

function projectOf(A: string, B: string) {
  const a = analyse(A, { lang: 'id' });
  const b = analyse(B, { lang: 'en' });
  return { a, b, project: createProject([{ name: 'a.txt', text: A, lang: 'id' }, { name: 'b.txt', text: B, lang: 'en' }], [alignVersions(a, b, { lexicon })]) };
}
const kinds = (c: { mismatches: Array<{ kind: string; key: string }> }) => c.mismatches.map((m) => m.key).sort();

describe('exportInputOf compares as the workbench does', () => {
  it('with the lexicon, a ministry named in both languages is no name mismatch (it was one in every export)', () => {
    const { a, b, project } = projectOf('Kementerian Pertanian mengumumkan tambahan anggaran untuk 1.000 desa.', 'The Agriculture Ministry announced an extra budget for 1,000 villages.');
    const workbench = analysePair(a, b, { a: 0, b: 1, mode: 'parallel', beads: project.alignments[0].beads }, { lexicon }).comparison;
    const exported = exportInputOf(project, 0, 'all', 't', undefined, undefined, { lexicon }).comparison;
    expect(kinds(exported)).toEqual(kinds(workbench));
    expect(exported.mismatches).toEqual([]);
    // without the lexicon the names cannot be paired: what the exports said before
    expect(exportInputOf(project, 0, 'all', 't').comparison.mismatches.map((m) => m.kind)).toEqual(['entity']);
  });

  it("the project's termbase pairs names in the export as in the workbench", () => {
    const { a, b, project } = projectOf('Menurut Badan Riset Samudra, 40 desa terdampak.', 'According to Marine Watch, 40 villages were affected.');
    const tb = parseTermbase('id\ten\nBadan Riset Samudra\tMarine Watch\n', 'istilah.tsv');
    if (!tb.ok) throw new Error(tb.error.message);
    const withTerms = { ...project, termbase: tb.termbase };
    const glossary: Array<[string, string]> = [['Badan Riset Samudra', 'Marine Watch']];
    const workbench = analysePair(a, b, { a: 0, b: 1, mode: 'parallel', beads: project.alignments[0].beads }, { lexicon, glossary }).comparison;
    expect(kinds(exportInputOf(withTerms, 0, 'all', 't', undefined, undefined, { lexicon }).comparison)).toEqual(kinds(workbench));
    expect(workbench.mismatches).toEqual([]);
    // without the termbase the names differ
    expect(exportInputOf(project, 0, 'all', 't', undefined, undefined, { lexicon }).comparison.mismatches.map((m) => m.kind)).toEqual(['entity']);
  });
});
