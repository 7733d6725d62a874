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

describe('a date whose English side runs the year onto the day (`May 3,2004`)', () => {
  const a = 'Pabrik itu dibuka pada 3 Mei 2004 setelah tertunda lama.';
  it('the same date: no drift, either way', () => {
    const b = 'The plant opened on May 3,2004 after long delays.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another day still drifts', () => {
    expect(drifts(a, 'The plant opened on May 13,2004 after long delays.')).toEqual(['date:3 Mei 2004']);
  });
});
