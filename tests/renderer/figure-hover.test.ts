import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { figureMarks } from '../../renderer/state/marks';
import { analyse, checkVersions } from '../../shared/pipeline';
import { createAnnotation } from '../../shared/project/annotations';

const t = ((key: string) => key) as unknown as TFunction;

describe('the hover of a mismatched figure', () => {
  const A = analyse('Sebanyak 10.000 tentara dikerahkan.', { lang: 'id', lines: true });
  const B = analyse('Some 12,000 troops were deployed.', { lang: 'en', lines: true });
  const { comparison } = checkVersions(A, B, { beads: [{ a: [0], b: [0], score: 1 }] });
  const m = comparison.mismatches[0];
  it('shows the verdict and the user\'s note', () => {
    const ann = createAnnotation({ id: 'a1', target: { type: 'mismatch', key: m.key }, verdict: 'confirmed', note: 'Angka dari kementerian' }, '2026-12-04T00:00:00Z');
    const hover = figureMarks(comparison, [ann], t, 'en').a[0].hover();
    expect(hover).toContain('verdict\\.confirmed');
    expect(hover).toContain('annotate\\.note: Angka dari kementerian');
  });
  it('guard: no note line when the note is empty', () => {
    expect(figureMarks(comparison, [], t, 'en').a[0].hover()).not.toContain('annotate\\.note');
  });
});
