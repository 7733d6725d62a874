import { beforeEach, describe, expect, it, vi } from 'vitest';

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
    expect(setFlagsFromString.mock.calls).toEqual([['--max-opt=1']]);
  });

  it('turns it back on when the inputs together pass the limit', async () => {
    const { noteInput, ONE_SHOT_LIMIT } = await fresh();
    expect(noteInput(ONE_SHOT_LIMIT - 10, {})).toBe(true);
    expect(noteInput(11, {})).toBe(false);
    expect(setFlagsFromString.mock.calls).toEqual([['--max-opt=1'], ['--max-opt=999']]);
  });

  it('leaves the flags alone for one large input', async () => {
    const { noteInput, ONE_SHOT_LIMIT } = await fresh();
    expect(noteInput(ONE_SHOT_LIMIT + 1, {})).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });

  it('SELARAS_JIT=full keeps the default compilers', async () => {
    const { noteInput } = await fresh();
    expect(noteInput(100, { SELARAS_JIT: 'full' })).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
