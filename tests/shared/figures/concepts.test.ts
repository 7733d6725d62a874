/** The one table of what a figure counts, shared by the figures core and the drift engine (issues 10, 11). */
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../shared/figures/concepts';
import { unitConcept } from '../../../shared/figures';
import { conceptOf } from '../../../shared/drift';
import { lookupUnit } from '../../../shared/drift/units';
import { fig } from '../drift/helpers';

describe('the concept table', () => {
  it('names one concept per form and language, and each concept once', () => {
    const names = CONCEPTS.map((c) => c.concept);
    expect(new Set(names).size).toBe(names.length);
    for (const lang of ['id', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const c of CONCEPTS) {
        for (const form of c[lang]) {
          expect(seen.get(form), `${lang} "${form}" in ${seen.get(form)} and ${c.concept}`).toBeUndefined();
          seen.set(form, c.concept);
        }
      }
    }
  });

  it('the figures core and the drift engine agree on every Indonesian and English form', () => {
    for (const c of CONCEPTS) {
      for (const form of c.id) {
        if (form === 'orang') continue; // also an English word; Indonesian texts override it to people
        expect(unitConcept(form, 'id'), `id ${form}`).toBe(c.concept);
        expect(lookupUnit(form, 'id')?.concept, `id ${form}`).toBe(c.concept);
      }
      for (const form of c.en) {
        expect(unitConcept(form, 'en'), `en ${form}`).toBe(c.concept);
        expect(lookupUnit(form, 'en')?.concept, `en ${form}`).toBe(c.concept);
      }
    }
  });

  it('pengungsi and refugees are one concept on both sides (issue 11)', () => {
    expect(unitConcept('pengungsi', 'id')).toBe(unitConcept('refugees', 'en'));
    expect(conceptOf(fig(0, '300 pengungsi', 300, { unit: 'pengungsi' }), 'id')?.name).toBe(
      conceptOf(fig(0, '300 refugees', 300, { unit: 'refugees' }), 'en')?.name,
    );
  });
});
