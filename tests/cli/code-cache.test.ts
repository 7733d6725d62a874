import { describe, expect, it } from 'vitest';
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFileBytes, cachedDataFor, loadCachedScript, scriptStamp } from '../../cli/code-cache';

/** A small CommonJS script in a fresh folder, and where its cache goes. */
function script(source: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-code-cache-'));
  const file = path.join(dir, 'lib.cjs');
  writeFileSync(file, source);
  return { file, cache: path.join(dir, 'lib.cache') };
}

const SOURCE = `const path = require('node:path');
exports.twice = (x) => 2 * x;
exports.where = () => path.basename(__filename);
`;

describe('code cache of a CommonJS script', () => {
  it('runs the script (its require and __filename are its own) and uses a cache it saved', () => {
    const { file, cache } = script(SOURCE);
    const first = loadCachedScript<{ twice(x: number): number; where(): string }>(file, cache, {});
    expect(first.fromCache).toBe(false);
    expect(first.exports.twice(21)).toBe(42);
    expect(first.exports.where()).toBe('lib.cjs');
    first.save();
    const second = loadCachedScript<{ twice(x: number): number }>(file, cache, {});
    expect(second.fromCache).toBe(true);
    expect(second.exports.twice(4)).toBe(8);
  });

  it('ignores a cache made for another build of the script', () => {
    const { file, cache } = script(SOURCE);
    loadCachedScript(file, cache, {}).save();
    // Same length, other content, other modification time: V8 alone would not notice.
    writeFileSync(file, SOURCE.replace('2 * x', '3 * x'));
    const t = statSync(file).mtime;
    utimesSync(file, t, new Date(t.getTime() + 5000));
    const again = loadCachedScript<{ twice(x: number): number }>(file, cache, {});
    expect(again.fromCache).toBe(false);
    expect(again.exports.twice(2)).toBe(6);
  });

  it('reads the stamp line of a cache file', () => {
    const stamp = scriptStamp({ size: 12, mtimeMs: 34.5 });
    expect(stamp).toBe('12@34.5');
    const bytes = cacheFileBytes(stamp, Buffer.from([1, 2, 3]));
    expect([...(cachedDataFor(bytes, stamp) ?? [])]).toEqual([1, 2, 3]);
    expect(cachedDataFor(bytes, '12@35')).toBeNull();
    expect(cachedDataFor(Buffer.from('no line break'), stamp)).toBeNull();
  });
});
