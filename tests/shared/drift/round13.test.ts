/**
 * Drift rules of the thirteenth round on real translations (issue 10, the dev9 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';

describe('a pair that states the same number under another hedge anchors the bead like a match', () => {
  const a = 'Menurut dia, pertumbuhan 7 persen ditopang konsumsi rumah tangga sekitar 5-6 persen, investasi di kisaran 8 persen, dan belanja negara sekitar 12-14 persen.';
  const b = 'The economy would miss its goal as household spending would grow 5-6 percent, investment 8 percent and state spending 12-14 percent, the minister said after a cabinet session on the 2010 budget at the palace here on Friday.';
  it('hedges dropped from every figure, beside a figure left over on each side: drifts, not a misaligned line', () => {
    expect(drifts(a, b)).toEqual(['missing:7 persen', 'qualifier:sekitar 5-6 persen', 'qualifier:di kisaran 8 persen', 'qualifier:sekitar 12-14 persen', 'added:2010']);
  });
  it('hedges added to every figure of the English: drifts the other way too', () => {
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:5-6 percent', 'added:7 persen', 'qualifier:8 percent', 'qualifier:12-14 percent', 'missing:2010']);
  });
  it('sentences that share no number at all still put their leftover figures up for review only', () => {
    const c = 'Menurut dia, ekspor tumbuh 5 persen dan impor 8 persen.';
    const d = 'The ministry recorded 12 ships and 40 containers at the port.';
    expect(drifts(c, d)).toEqual([]);
    expect(reviews(c, d).length).toBeGreaterThan(0);
  });
});
