/**
 * "One more" (*seorang lagi*, real-figures guideline H7) is a count, never the article: against another number of more it
 * is a drift, not a weak finding. Our own sentences; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';

describe('*seorang lagi* against "two more"', () => {
  it('Indonesian → English: a value drift', () => {
    expect(drifts('Polisi menangkap seorang lagi pada Senin.', 'Police arrested two more on Monday.')).toEqual(['value:seorang lagi']);
  });
  it('English → Indonesian: a value drift', () => {
    expect(drifts('Police arrested two more on Monday.', 'Polisi menangkap seorang lagi pada Senin.', 'en', 'id')).toEqual(['value:two']);
  });
  it('guard: the same number of more matches; a bare article against a count stays for review', () => {
    expect([...drifts('Polisi menangkap seorang lagi pada Senin.', 'Police arrested one more on Monday.'), ...reviews('Polisi menangkap seorang lagi pada Senin.', 'Police arrested one more on Monday.')]).toEqual([]);
    expect(drifts('Seorang polisi tewas pada Senin.', 'Two policemen were killed on Monday.')).toEqual([]);
  });
});
