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

describe('a weaker finding (level review) is marked apart from a drift', () => {
  // (*seorang guru* after *14 orang* is an item of the tally: against "at least one teacher" the bound differs, a review)
  const A = analyse('Ledakan itu menewaskan 14 orang dan seorang guru.', { lang: 'id', lines: true });
  const B = analyse('The blast killed 14 people and at least one teacher.', { lang: 'en', lines: true });
  const { comparison } = checkVersions(A, B, { beads: [{ a: [0], b: [0], score: 1 }] });
  it('its mark is `review` and its hover says so; a drift stays `mismatch`', () => {
    expect(comparison.mismatches.map((m) => m.level)).toEqual(['review']);
    const mark = figureMarks(comparison, [], t, 'en').a.find((x) => x.status !== 'match')!;
    expect(mark.status).toBe('review');
    expect(mark.hover()).toContain('hover\\.review');
    const drift = analyse('Sebanyak 10.000 tentara dikerahkan.', { lang: 'id', lines: true });
    const c2 = checkVersions(drift, analyse('Some 12,000 troops were deployed.', { lang: 'en', lines: true }), { beads: [{ a: [0], b: [0], score: 1 }] }).comparison;
    expect(figureMarks(c2, [], t, 'en').a[0].status).toBe('mismatch');
    expect(figureMarks(c2, [], t, 'en').a[0].hover()).not.toContain('hover\\.review');
  });
});

describe("a date's counterpart in the hover", () => {
  const A = analyse('Kapal itu tiba pada 20 Maret.', { lang: 'id', lines: true });
  const B = analyse('The ship arrived on March 21.', { lang: 'en', lines: true });
  const { comparison } = checkVersions(A, B, { beads: [{ a: [0], b: [0], score: 1 }] });
  it('is worded in the interface language, not as ISO (`--03-21`)', () => {
    expect(figureMarks(comparison, [], t, 'en').a.find((x) => x.status !== 'match')!.hover()).toContain('(March 21)');
    expect(figureMarks(comparison, [], t, 'id').b.find((x) => x.status !== 'match')!.hover()).toContain('(20 Maret)');
  });
});
