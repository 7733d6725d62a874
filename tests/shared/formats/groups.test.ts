/** Group elements opened and closed around runs of rows (shared/formats/groups.ts). */
import { describe, expect, it } from 'vitest';
import { groupNesting } from '../../../shared/formats/groups';

const tags = () => groupNesting('', (gid) => gid !== 'bad', (gid, pad) => `${pad}<group id="${gid}">\n`);

describe('groupNesting', () => {
  it('opens nested groups, keeps shared ones open, and closes the rest', () => {
    const g = tags();
    expect(g.enter(['a', 'b'])).toBe('<group id="a">\n  <group id="b">\n');
    expect(g.pad()).toBe('    ');
    expect(g.enter(['a', 'b'])).toBe('');
    expect(g.enter(['a', 'c'])).toBe('  </group>\n  <group id="c">\n');
    expect(g.closeAll()).toBe('  </group>\n</group>\n');
    expect(g.pad()).toBe('');
  });

  it('opens a group id once, and never one it may not write (nor what is nested in it)', () => {
    const g = tags();
    g.enter(['a']);
    expect(g.enter([])).toBe('</group>\n');
    expect(g.enter(['a'])).toBe('');
    expect(g.enter(['bad', 'x'])).toBe('');
    expect(g.closeAll()).toBe('');
  });
});
