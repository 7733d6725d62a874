import { describe, it, expect } from 'vitest';
import { LruCache } from '../../renderer/worker/lru';

describe('LruCache (the analysis worker\'s analysed texts)', () => {
  it('drops the entry used longest ago, not the oldest made: a text used again stays', () => {
    const c = new LruCache<string>(2);
    c.use('a', () => 'A');
    c.use('b', () => 'B');
    c.use('a', () => 'A2'); // a hit: the value kept, now the newest
    c.use('c', () => 'C');
    c.trim(new Set());
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual(['A', undefined, 'C']);
  });
  it('never drops an entry the current request uses, even over the limit', () => {
    const c = new LruCache<number>(1);
    for (const k of ['x', 'y', 'z']) c.use(k, () => k.charCodeAt(0));
    c.trim(new Set(['x', 'z']));
    expect([c.get('x'), c.get('y'), c.get('z'), c.size]).toEqual([120, undefined, 122, 2]);
  });
});
