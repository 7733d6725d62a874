import { describe, expect, it } from 'vitest';
import { optionId, stepInList } from '../../renderer/state/list-keys';

describe('the keys of the mismatch list', () => {
  const items = ['m1', null, 'm2', 'm3'];
  const id = (x: string | null) => x;
  it('↑ / ↓ select the item before or after, passing over lines that cannot be selected; Home / End the ends', () => {
    expect(stepInList(items, id, 'm1', 'ArrowDown')).toBe('m2');
    expect(stepInList(items, id, 'm2', 'ArrowUp')).toBe('m1');
    expect(stepInList(items, id, 'm3', 'ArrowDown')).toBeNull();
    expect(stepInList(items, id, 'm1', 'ArrowUp')).toBeNull();
    expect(stepInList(items, id, null, 'ArrowDown')).toBe('m1');
    expect(stepInList(items, id, undefined, 'ArrowUp')).toBe('m3');
    expect([stepInList(items, id, 'm2', 'Home'), stepInList(items, id, 'm1', 'End')]).toEqual(['m1', 'm3']);
    expect(stepInList(items, id, 'm1', 'Enter')).toBeNull();
    expect(stepInList([null], id, null, 'ArrowDown')).toBeNull();
  });
  it('gives each key an element id of its own', () => {
    expect(optionId('value|12,000@1-7|13,000@2-8')).toMatch(/^mm-[0-9a-z]+$/);
    expect(optionId('a')).not.toBe(optionId('b'));
  });
});
