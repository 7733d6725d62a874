import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { root } from './run';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));

/** A fresh copy of cli/jit (its count of input read starts at zero). */
async function fresh() {
  vi.resetModules();
  return import('../../cli/jit');
}

describe('noteInput (V8 tiers of a one-off command)', () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it('turns the optimizing compiler off once for small inputs', async () => {
    const { noteInput } = await fresh();
    expect(noteInput(10_000, {})).toBe(true);
    expect(noteInput(8_000, {})).toBe(true);
    expect(setFlagsFromString.mock.calls).toEqual([['--max-opt=1 --no-regexp-tier-up']]);
  });

  it('turns it back on when the inputs together pass the limit', async () => {
    const { noteInput, ONE_SHOT_LIMIT } = await fresh();
    expect(noteInput(ONE_SHOT_LIMIT - 10, {})).toBe(true);
    expect(noteInput(11, {})).toBe(false);
    // regexp tier-up is never turned on again (that crashed V8)
    expect(setFlagsFromString.mock.calls).toEqual([['--max-opt=1 --no-regexp-tier-up'], ['--max-opt=999']]);
  });

  it('leaves the flags alone for one large input', async () => {
    const { noteInput, ONE_SHOT_LIMIT } = await fresh();
    expect(noteInput(ONE_SHOT_LIMIT + 1, {})).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('SELARAS_JIT_LIMIT sets the limit', async () => {
    const { noteInput } = await fresh();
    expect(noteInput(500, { SELARAS_JIT_LIMIT: '1000' })).toBe(true);
    expect(noteInput(501, { SELARAS_JIT_LIMIT: '1000' })).toBe(false);
  });

  it('SELARAS_JIT=full keeps the default compilers', async () => {
    const { noteInput } = await fresh();
    expect(noteInput(100, { SELARAS_JIT: 'full' })).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});

describe('a command whose inputs pass the limit between its first and second file', () => {
  it('runs to its end (turning regexp tier-up back on crashed V8 here)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'selaras-jit-'));
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, 'Harga beras naik 5 persen menjadi Rp12.000 per kilogram.\nSebanyak 1.200 rumah rusak.\n');
    writeFileSync(b, 'Rice prices rose 5 percent to Rp12,000 a kilogram.\nSome 1,300 houses were damaged.\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'check', '--json', '--lines', a, b], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      // the first file is under the limit, both together past it
      env: { ...process.env, SELARAS_JIT_LIMIT: '100' },
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).mismatches.length).toBeGreaterThan(0);
  });
});
