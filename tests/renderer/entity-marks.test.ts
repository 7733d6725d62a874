import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { figureMarks } from '../../renderer/state/marks';
import { parseLexicon } from '../../shared/align';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';
import { analyse, checkVersions } from '../../shared/pipeline';
import { MISMATCH_KINDS } from '../../shared/drift/types';

const lexicon = parseLexicon(readFileSync(fileURLToPath(new URL('../../resources/lexicon/id-en.tsv', import.meta.url)), 'utf8'));
const t = ((key: string) => key) as unknown as TFunction;

describe('entity mismatch marks', () => {
  it('highlights the name on both sides when the attribution changed parties', () => {
    const textA = 'Pemerintah Korea Utara membantah laporan itu, kata juru bicara di Pyongyang.';
    const textB = 'The South Korean government denied the report, a spokesman in Seoul said.';
    const A = analyse(textA, { lines: true });
    const B = analyse(textB, { lines: true });
    const { comparison } = checkVersions(A, B, { lexicon });
    const marks = figureMarks(comparison, [], t, 'en');
    const spans = (text: string, list: Array<{ start: number; end: number; status: string }>) => list.filter((m) => m.status === 'mismatch').map((m) => text.slice(m.start, m.end));
    expect(spans(textA, marks.a)).toEqual(expect.arrayContaining(['Korea Utara', 'Pyongyang']));
    expect(spans(textB, marks.b)).toEqual(expect.arrayContaining(['South Korean', 'Seoul']));
  });

  it('names every mismatch kind, the entity kind too, in both interface languages (the panel filter lists them all)', () => {
    expect(MISMATCH_KINDS).toContain('entity');
    for (const kind of MISMATCH_KINDS) {
      expect((en as { kind: Record<string, string> }).kind[kind]).toBeTruthy();
      expect((id as { kind: Record<string, string> }).kind[kind]).toBeTruthy();
    }
    expect(readFileSync(fileURLToPath(new URL('../../renderer/components/MismatchPanel.tsx', import.meta.url)), 'utf8')).toMatch(/MISMATCH_KINDS\.map\(/);
  });
});
