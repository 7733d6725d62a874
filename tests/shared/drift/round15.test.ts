/**
 * Drift rules of the fifteenth round on real translations (issue 10, the dev11 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts } from './helpers';

describe('shares listed by sector, each after its sector name', () => {
  const a = 'Sektor perikanan tumbuh 6,2 persen, sektor kehutanan 2,7 persen dan sektor jasa 1,9 persen.';
  it('the same shares: no drift, either way', () => {
    const b = 'The fishery sector grew 6.2 percent, the forestry sector 2.7 percent and the services sector 1.9 percent.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a changed share after a sector name still drifts', () => {
    const b = 'The fishery sector grew 6.2 percent, the forestry sector 7.2 percent and the services sector 1.9 percent.';
    expect(drifts(a, b)).toEqual(['value:2,7 persen']);
  });
});
