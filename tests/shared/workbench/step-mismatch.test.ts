/** N / P through the open mismatches (keyboard triage): on from the one just judged, not back to the first. */
import { describe, expect, it } from 'vitest';
import { currentComparison, stepMismatch } from '../../../shared/workbench';
import { loaded, NOW, run } from './helpers';

describe('stepMismatch', () => {
  const start = loaded();
  const all = currentComparison(start)!.mismatches;

  it('walks the open mismatches in order, wrapping; none selected: the first (N) or the last (P)', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(stepMismatch(start, 1)?.key).toBe(all[0].key);
    expect(stepMismatch(start, -1)?.key).toBe(all[all.length - 1].key);
    const onSecond = run(start, { type: 'select-mismatch', mismatch: all[1] });
    expect(stepMismatch(onSecond, 1)?.key).toBe(all[2].key);
    expect(stepMismatch(onSecond, -1)?.key).toBe(all[0].key);
  });

  it('after the selected one is judged a false alarm (no longer open), N goes to the next one and P to the one before', () => {
    const judged = run(start, { type: 'select-mismatch', mismatch: all[1] }, { type: 'annotate-mismatch', mismatch: all[1], patch: { verdict: 'false-alarm' }, now: NOW });
    expect(judged.selectedKey).toBe(all[1].key);
    expect(stepMismatch(judged, 1)?.key).toBe(all[2].key);
    expect(stepMismatch(judged, -1)?.key).toBe(all[0].key);
  });

  it('skips the judged ones and is undefined when none is open', () => {
    const firstJudged = run(start, { type: 'annotate-mismatch', mismatch: all[0], patch: { verdict: 'false-alarm' }, now: NOW });
    expect(stepMismatch(firstJudged, 1)?.key).toBe(all[1].key);
    const none = run(start, ...all.map((m) => ({ type: 'annotate-mismatch' as const, mismatch: m, patch: { verdict: 'acceptable' as const }, now: NOW })));
    expect(stepMismatch(none, 1)).toBeUndefined();
  });
});
