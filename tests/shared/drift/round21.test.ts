/**
 * Drift rules of the twenty-first round on real translations (issue 10, the dev17 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';

describe('an amount given in one form only, where the source gives it in two or three joined by atau / or', () => {
  it('*X dolar Singapura atau Y dolar AS atau Rp Z* against the dollar amount alone: no drift, the dropped forms for review', () => {
    const a = 'Saham itu dijual seharga 3,1 miliar dolar Singapura atau 2,2 miliar dolar AS atau Rp20,5 triliun.';
    const b = 'The shares were sold for US$2.2 billion.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:3,1 miliar dolar Singapura', 'missing:Rp20,5 triliun']);
  });
  it('"X euros or Y dollars" against *Y dolar AS* alone: no drift', () => {
    const a = 'The contract is worth 40 million euros or 52 million dollars.';
    const b = 'Kontrak itu bernilai 52 juta dolar AS.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('a share restated as an amount (*12 persen atau Rp600 juta*) against the amount alone: no drift, both ways', () => {
    const a = 'Jika laba bersihnya 12 persen atau Rp600 juta, pajaknya dihitung dari jumlah itu.';
    const b = 'If its net profit is Rp600 million, the tax is counted on that sum.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts('If its net profit is 12 percent or Rp600 million, the tax is counted on that sum.', 'Jika laba bersihnya Rp600 juta, pajaknya dihitung dari jumlah itu.', 'en', 'id')).toEqual([]);
  });
  it('guard: the kept form changed, or every form dropped, stays a drift', () => {
    const a = 'Saham itu dijual seharga 3,1 miliar dolar Singapura atau 2,2 miliar dolar AS.';
    expect(drifts(a, 'The shares were sold for US$2.7 billion.')).toContain('value:2,2 miliar dolar AS');
    expect(drifts(a, 'The shares were sold last week.')).toContain('missing:3,1 miliar dolar Singapura');
    expect(drifts('Jika laba bersihnya 12 persen atau Rp600 juta, pajaknya dihitung.', 'If its net profit is high, the tax is counted.')).toContain('missing:12 persen');
  });
});
