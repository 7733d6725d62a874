/**
 * Drift rules of the twenty-seventh round (issue 10), end to end on one bead. The sentences are our own,
 * written for these tests; none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';

describe("a republication's day/month dateline form against a date with its year", () => {
  it('*Selasa (4/6)* in one outlet, *4 Juni 2024* in the other: house style, a review, no drift (either way round)', () => {
    const a = 'Indeks saham turun 1,2 persen pada Selasa (4/6).';
    const b = 'Indeks saham turun 1,2 persen pada 4 Juni 2024.';
    expect(drifts(a, b, 'id', 'id')).toEqual([]);
    expect(reviews(a, b, 'id', 'id')).toEqual(['date:4/6']);
    expect(drifts(b, a, 'id', 'id')).toEqual([]);
  });
  it('two English republications likewise ("on Tuesday (6/4)" against "on June 4, 2024")', () => {
    expect(drifts('Shares fell 1.2 percent on June 4, 2024.', 'Shares fell 1.2 percent on Tuesday (4/6).', 'en', 'en')).toEqual([]);
  });
  it('guard: a translation that adds the year to the dateline still drifts (guideline section 18), as does a year dropped from a month name', () => {
    expect(drifts('Indeks saham turun 1,2 persen pada Selasa (4/6).', 'Shares fell 1.2 percent on June 4, 2024.')).toEqual(['date:4/6']);
    expect(drifts('Indeks saham turun 1,2 persen pada 4 Juni.', 'Indeks saham turun 1,2 persen pada 4 Juni 2024.', 'id', 'id')).toEqual(['date:4 Juni']);
  });
  it('guard: another day in the dateline is a changed date, a drift', () => {
    expect(drifts('Indeks saham turun 1,2 persen pada Selasa (4/6).', 'Indeks saham turun 1,2 persen pada 5 Juni 2024.', 'id', 'id')).toHaveLength(1);
  });
});
