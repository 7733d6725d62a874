/**
 * Drift rules of the twenty-sixth round (issue 10): classes of false alarm and miss found by hand and on a
 * helper's third set of invented story pairs, end to end on one bead. The sentences are our own, written for
 * these tests; none is copied from a corpus or from the set.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { scoresIn } from '../../../shared/figures/scores';
import { drifts } from './helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value, f.qualifier]);

describe('a score with nil (`3-nil`)', () => {
  it('"won 3-nil" is the score *3-0*: no figure, no drift', () => {
    expect(scoresIn('The hosts won 3-nil on Sunday.')).toMatchObject([{ high: 3, low: 0 }]);
    expect(read('The hosts won 3-nil on Sunday.', 'en')).toEqual([]);
    expect(drifts('Tuan rumah menang 3-0 pada hari Minggu.', 'The hosts won 3-nil on Sunday.')).toEqual([]);
  });
  it('guard: another score still drifts, and a spaced dash is no score', () => {
    expect(drifts('Tuan rumah menang 3-0 pada hari Minggu.', 'The hosts won 2-nil on Sunday.')).toEqual(['value:3-0']);
    expect(scoresIn('The hosts won 3 - nil.')).toEqual([]);
  });
});
