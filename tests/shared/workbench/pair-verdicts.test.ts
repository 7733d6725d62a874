/** Two republications can give one mismatch the same key: a verdict on one pair's stays that pair's. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../shared/formats/model';
import { exportInputOf } from '../../../shared/formats/input';
import { countsOf, currentComparison, shownPairAnnotations, step, verdictOf } from '../../../shared/workbench';
import { loaded, NOW, run, STORY_A, STORY_B } from './helpers';

describe('verdicts of a project of three versions', () => {
  it('a verdict on the second pair leaves the first pair’s mismatch of the same key open, on screen and in its export', () => {
    // the third version a copy of the second: both pairs have the same mismatches, key for key
    let s = loaded([STORY_A, STORY_B, STORY_B]);
    const first = currentComparison(s)!.mismatches.find((m) => m.kind === 'value')!;
    s = run(s, { type: 'select', pair: 1 });
    const second = currentComparison(s)!.mismatches.find((m) => m.key === first.key)!;
    expect(second).toBeDefined();
    s = step(s, { type: 'annotate-mismatch', mismatch: second, patch: { verdict: 'false-alarm' }, now: NOW });
    expect(verdictOf(shownPairAnnotations(s), second)).toBe('false-alarm');
    const onSecond = countsOf(s);
    s = step(s, { type: 'select', pair: 0 });
    expect(verdictOf(shownPairAnnotations(s), first)).toBe('open');
    expect(countsOf(s).open).toBe(onSecond.open + 1);
    // a verdict on the first pair is an annotation of its own, not an edit of the second pair's
    s = step(s, { type: 'annotate-mismatch', mismatch: first, patch: { verdict: 'confirmed' }, now: NOW });
    expect(s.history.present.annotations.map((a) => a.verdict).sort()).toEqual(['confirmed', 'false-alarm']);
    // the exports of each pair carry their own verdict
    const verdicts = (pair: number) =>
      buildModel(exportInputOf(s.history.present, pair, 'all', 't'))
        .allRows.flatMap((r) => r.issues)
        .filter((i) => i.mismatch.key === first.key)
        .map((i) => i.verdict);
    expect(verdicts(0)).toEqual(['confirmed']);
    expect(verdicts(1)).toEqual(['false-alarm']);
  });
});
