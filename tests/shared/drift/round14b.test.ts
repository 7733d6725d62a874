/**
 * Drift rules of round 14b on real translations (issue 10, the dev10 classes), end to end on one bead, in
 * both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts } from './helpers';

describe('a misspelt scale word keeps its scale', () => {
  it('*Rp5,2 triloiun* against "Rp5.2 trillion": a match both ways', () => {
    const a = 'Kas daerah itu mencapai Rp5,2 triloiun pada akhir tahun.';
    const b = 'The regional treasury reached Rp5.2 trillion at the end of the year.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('"$2 billlion" against *2 miliar dolar AS*: a match', () => {
    expect(allLevels('The port cost $2 billlion to build.', 'Pelabuhan itu menelan biaya 2 miliar dolar AS.', 'en', 'id')).toEqual([]);
  });
  it('guard: the misspelt word against another scale is still a scale drift', () => {
    const a = 'Kas daerah itu mencapai Rp5,2 triloiun pada akhir tahun.';
    expect(drifts(a, 'The regional treasury reached Rp5.2 billion at the end of the year.')).toEqual(['scale:Rp5,2 triloiun']);
  });
});

describe('an age decade in digits pairs with the same decade', () => {
  it('*berusia pertengahan 40-an* against "in his mid-40s": nothing to report, both ways', () => {
    const a = 'Pengemudi yang berusia pertengahan 40-an itu selamat.';
    const b = 'The driver, who is in his mid-40s, survived.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another decade is still a value drift', () => {
    const a = 'Pengemudi yang berusia pertengahan 40-an itu selamat.';
    expect(drifts(a, 'The driver, who is in his mid-50s, survived.')).toEqual(['value:40-an']);
  });
});
