import { describe, expect, it } from 'vitest';
import { Memo } from '../../../shared/text/memo';

describe('Memo', () => {
  it('computes a value once per key and returns it again', () => {
    const memo = new Memo<number>();
    let calls = 0;
    const len = (k: string) => {
      calls++;
      return k.length;
    };
    expect(memo.get('abc', len)).toBe(3);
    expect(memo.get('abc', len)).toBe(3);
    expect(memo.get('de', len)).toBe(2);
    expect(calls).toBe(2);
  });

  it('remembers undefined answers too', () => {
    const memo = new Memo<number | undefined>();
    let calls = 0;
    const none = () => {
      calls++;
      return undefined;
    };
    expect(memo.get('x', none)).toBeUndefined();
    expect(memo.get('x', none)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('stays bounded: full, it is emptied and computes again', () => {
    const memo = new Memo<string>(2);
    let calls = 0;
    const up = (k: string) => {
      calls++;
      return k.toUpperCase();
    };
    memo.get('a', up);
    memo.get('b', up);
    expect(memo.get('c', up)).toBe('C'); // the third key empties the cache first
    expect(calls).toBe(3);
    expect(memo.get('a', up)).toBe('A');
    expect(calls).toBe(4);
    expect(memo.get('c', up)).toBe('C');
    expect(calls).toBe(4);
  });
});
