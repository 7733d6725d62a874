/** Which notes on mismatches are about a mismatch the alignment still has (`liveMismatchKeys`). */
import { describe, expect, it } from 'vitest';
import { currentComparison, liveMismatchKeys, step } from '../../../shared/workbench';
import { loaded, run } from './helpers';

describe('liveMismatchKeys', () => {
  it('holds the keys of the analysed mismatches; none while the rows changed since the analysis', () => {
    const s = loaded();
    const keys = liveMismatchKeys(s)!;
    expect([...keys].sort()).toEqual(currentComparison(s)!.mismatches.map((m) => m.key).sort());
    expect(keys.size).toBeGreaterThan(0);
    // a grid edit before the worker's answer: not known yet
    const edited = step(s, { type: 'grid', op: 'merge', row: 1, side: 'a' });
    expect(liveMismatchKeys(edited)).toBeNull();
  });

  it('a mismatch whose pairing an edit of the rows undid is not among them, and is again once the edit is undone', () => {
    const s = loaded();
    const m = currentComparison(s)!.mismatches.find((x) => x.kind === 'value')!;
    // an empty cell inserted above the mismatch's B sentence: its A sentence now pairs with nothing
    const row = s.history.present.alignments[0].beads.findIndex((b) => b.a.includes(m.a[0]));
    const apart = run(s, { type: 'grid', op: 'insert', row, side: 'b' });
    const gone = liveMismatchKeys(apart);
    expect(gone).not.toBeNull();
    expect(gone!.has(m.key)).toBe(false);
    const back = run(apart, { type: 'undo' });
    expect(liveMismatchKeys(back)!.has(m.key)).toBe(true);
  });
});
