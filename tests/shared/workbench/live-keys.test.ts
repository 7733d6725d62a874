/** Which notes on mismatches are about a mismatch the alignment still has (`liveMismatchKeys`). */
import { describe, expect, it } from 'vitest';
import { currentComparison, liveMismatchKeys, notesOnMismatchesGone, step } from '../../../shared/workbench';
import { loaded, NOW, run, STORY_A, STORY_B } from './helpers';

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

describe('notesOnMismatchesGone', () => {
  it("names a verdict whose mismatch its pair has no more, not one whose pair is not aligned now (another pivot)", () => {
    const s = loaded([STORY_A, STORY_B, STORY_B.replace('78 lansia', '79 lansia')]);
    // the second pair (versions 0 and 2) shown, a verdict on its mismatch
    const second = run(s, { type: 'select', pair: 1 });
    const m = currentComparison(second)!.mismatches.find((x) => x.bFigure?.text.includes('79'))!;
    const noted = run(second, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed' }, now: NOW });
    expect(notesOnMismatchesGone(noted)!.size).toBe(0);
    // version 1 becomes the pivot: pairs (1, 0) and (1, 2); the verdict's pair (0, 2) is not aligned now
    const pivot = run(run(noted, { type: 'select', pair: 0 }), { type: 'make-pivot' });
    expect(pivot.history.present.alignments.some((al) => al.a === 0 && al.b === 2)).toBe(false);
    expect(notesOnMismatchesGone(pivot)!.size).toBe(0);
    // its rows pulled apart: gone
    const row = noted.history.present.alignments[1].beads.findIndex((b) => b.a.includes(m.a[0]));
    const apart = run(noted, { type: 'grid', op: 'insert', row, side: 'b' });
    expect([...notesOnMismatchesGone(apart)!]).toEqual(noted.history.present.annotations.map((a) => a.id));
  });
});
