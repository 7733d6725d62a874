/**
 * Correct renderings between English and the languages read by their digits (German, French, Spanish,
 * Italian, Portuguese, Dutch, Swedish): 144 sentence pairs of our own (tests/fixtures/other-languages/
 * correct-pairs.json) covering hedges, bounds, dates in each order, clock times, currencies before and
 * after the amount, scale words, percentage points, labels, ordinals, signs, scores, rates, Swiss
 * prices and conversions.
 * None may give a drift; reviews are allowed (a number said in words is read in these languages only as one word).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mismatchesByTag } from './helpers';

interface Pair {
  a: string;
  tagA: string;
  b: string;
  tagB: string;
}

const pairs = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/other-languages/correct-pairs.json'), 'utf8')) as Pair[];

function driftsOf(p: Pair): string[] {
  return mismatchesByTag(p.a, p.tagA, p.b, p.tagB)
    .filter((m) => m.level === 'drift')
    .map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);
}

describe('correct renderings between English and other languages', () => {
  it('the fixture holds pairs in seven languages', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(new Set(pairs.map((p) => p.tagA.split('-')[0]))).toEqual(new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'sv']));
  });
  it('none gives a drift', () => {
    const flagged = pairs.map((p) => ({ a: p.a, drifts: driftsOf(p) })).filter((x) => x.drifts.length > 0);
    expect(flagged).toEqual([]);
  });
  it('guard: the same pairs with one figure changed on the English side do give drifts', () => {
    // the last digit of the English side's first number one higher (2010 → 2011, 25 → 26, 2.5 → 2.6)
    const changed = pairs
      .map((p) => ({ ...p, b: p.b.replace(/\d+(?:[.,]\d+)*/, (n: string) => n.slice(0, -1) + String((Number(n.slice(-1)) + 1) % 10)) }))
      .filter((p, k) => p.b !== pairs[k].b);
    const found = changed.filter((p) => driftsOf(p).length > 0).length;
    expect(changed.length).toBeGreaterThan(60);
    expect(found / changed.length).toBeGreaterThan(0.8);
  });
});
