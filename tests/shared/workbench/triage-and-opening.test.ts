/** N / P through the open mismatches (keyboard triage); what opening a text over an annotated version says; cancelling the run of a file just opened. */
import { describe, expect, it } from 'vitest';
import { currentComparison, openMismatches, step, stepMismatch } from '../../../shared/workbench';
import { translate } from '../../../shared/i18n';
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

describe('opening a text in place of a version the user annotated', () => {
  it('keeps its verdicts and notes detached and says so (how many, of which version, that Undo brings it back)', () => {
    const start = loaded();
    const [m] = currentComparison(start)!.mismatches;
    const judged = run(start, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'false-alarm', note: 'checked' }, now: NOW });
    const replaced = run(judged, { type: 'open-text', slot: 'b', version: { name: 'news.txt', text: 'Sebanyak 9 rumah rusak.', lang: 'id', hash: 'n' } });
    expect(replaced.history.present.annotations).toHaveLength(judged.history.present.annotations.length);
    expect(replaced.history.present.annotations.every((a) => a.target.type !== 'mismatch' || a.target.removed)).toBe(true);
    // (the new text's mismatch with the same key, A's figure without a counterpart again, is open: the old verdict is not on it)
    expect(currentComparison(replaced)!.mismatches.map((x) => x.key)).toContain(m.key);
    expect(openMismatches(replaced).map((x) => x.key)).toContain(m.key);
    expect(replaced.notice).toEqual({ key: 'status.openedDetached', params: { name: 'news.txt', count: 1, old: 'v2.txt' } });
    expect(translate('en', replaced.notice!.key, replaced.notice!.params)).toBe('Opened news.txt in place of v2.txt: 1 verdict or note of v2.txt is kept, detached from its figure (Undo brings v2.txt back).');
    // (a version with nothing of the user's on it is replaced with the plain notice)
    const plain = run(start, { type: 'open-text', slot: 'b', version: { name: 'news.txt', text: 'Sebanyak 9 rumah rusak.', lang: 'id', hash: 'n' } });
    expect(plain.notice).toEqual({ key: 'status.opened', params: { name: 'news.txt' } });
  });
});

describe('cancelling the run that aligns a file just opened', () => {
  it('undoes the opening (the run would only start again) and says so; Redo opens it again', () => {
    const start = loaded();
    const opening = step(start, { type: 'open-text', slot: 'b', version: { name: 'huge.txt', text: 'Sebanyak 9 rumah rusak.', lang: 'id', hash: 'h' } });
    expect(opening.history.present.alignments[0].beads).toEqual([]);
    const cancelled = step(opening, { type: 'cancelled' });
    expect(cancelled.history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'v2.txt']);
    expect(cancelled.notice).toEqual({ key: 'status.cancelledUndone' });
    expect(step(cancelled, { type: 'redo' }).history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'huge.txt']);
  });
  it('a verdict or note changed while it ran stays changed: the opening is undone, not the change (it undid the change)', () => {
    const start = loaded();
    const m = currentComparison(start)!.mismatches[0];
    const noted = run(start, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: 'cek' }, now: NOW });
    const opening = step(noted, { type: 'open-text', slot: 'b', version: { name: 'huge.txt', text: 'Sebanyak 9 rumah rusak.', lang: 'id', hash: 'h' } });
    const id = noted.history.present.annotations[0].id;
    const edited = step(opening, { type: 'update-note', id, patch: { verdict: 'false-alarm', note: 'sumber BNPB' }, now: NOW });
    expect(edited.history.present.annotations[0].note).toBe('sumber BNPB');
    const cancelled = step(edited, { type: 'cancelled' });
    expect(cancelled.history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'v2.txt']);
    expect(cancelled.history.present.annotations.map((a) => [a.note, a.verdict])).toEqual([['sumber BNPB', 'false-alarm']]);
    expect(cancelled.notice).toEqual({ key: 'status.cancelledUndone' });
  });
  it('a note added while it ran is undone with the opening, and said; Redo brings both back', () => {
    const opening = step(loaded(), { type: 'open-text', slot: 'b', version: { name: 'huge.txt', text: 'Sebanyak 9 rumah rusak.', lang: 'id', hash: 'h' } });
    const added = step(opening, { type: 'annotate', target: { type: 'ledger', what: 'houses · 9' }, patch: { note: 'cek rumah' }, now: NOW });
    const cancelled = step(added, { type: 'cancelled' });
    expect(cancelled.history.present.annotations).toHaveLength(0);
    expect(cancelled.notice).toEqual({ key: 'status.cancelledUndoneMore', params: { count: 1 } });
    expect(translate('en', cancelled.notice!.key, cancelled.notice!.params)).toContain('1 note added while it ran was undone with it (Redo brings it back)');
    const redone = step(step(cancelled, { type: 'redo' }), { type: 'redo' });
    expect(redone.history.present.annotations.map((a) => a.note)).toEqual(['cek rumah']);
  });
  it('guard: a cancelled re-alignment of a pair that keeps its rows only stops (nothing undone)', () => {
    const start = loaded();
    const asked = step(start, { type: 'realign' });
    const cancelled = step(asked, { type: 'cancelled' });
    expect(cancelled.history.present).toBe(asked.history.present);
    expect([cancelled.realign, cancelled.notice]).toEqual([[], { key: 'status.cancelled' }]);
  });
});
