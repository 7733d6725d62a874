import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, createHistory, push, redo, undo, type History } from '../../../shared/edit';

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = createHistory('a');
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(h.limit).toBe(200);
  });

  it('undoes and redoes pushed states', () => {
    let h = createHistory(1);
    h = push(push(h, 2), 3);
    expect(h.present).toBe(3);
    h = undo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(true);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    h = redo(redo(h));
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
  });

  it('drops the redo list on a new push', () => {
    const h = push(undo(push(createHistory('x'), 'y')), 'z');
    expect(h.present).toBe('z');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('x');
  });

  it('keeps at most `limit` states to undo, dropping the oldest', () => {
    let h = createHistory(0, 3);
    for (let i = 1; i <= 10; i++) h = push(h, i);
    expect(h.past).toEqual([7, 8, 9]);
    while (canUndo(h)) h = undo(h);
    expect(h.present).toBe(7);
  });

  it('keeps nothing with limit 0 and normalises odd limits', () => {
    const h = push(createHistory('a', 0), 'b');
    expect(canUndo(h)).toBe(false);
    expect(createHistory('a', -4).limit).toBe(0);
    expect(createHistory('a', 2.7).limit).toBe(2);
    expect(createHistory('a', Number.NaN).limit).toBe(200);
    expect(createHistory('a', Infinity).limit).toBe(Infinity);
  });

  it('ignores pushing the present state itself', () => {
    const state = { beads: [] };
    const h = createHistory(state);
    expect(push(h, state)).toBe(h);
    expect(push(h, { beads: [] })).not.toBe(h);
  });

  it('never mutates a history', () => {
    const h0 = createHistory('a');
    const h1 = push(h0, 'b');
    const snap = structuredClone(h1);
    undo(h1);
    push(h1, 'c');
    redo(undo(h1));
    expect(h1).toEqual(snap);
    expect(h0.past).toEqual([]);
  });

  it('behaves like a list with a cursor under random use', () => {
    type Step = { kind: 'push'; value: number } | { kind: 'undo' } | { kind: 'redo' };
    const step = fc.oneof(
      fc.integer().map((value): Step => ({ kind: 'push', value })),
      fc.constant<Step>({ kind: 'undo' }),
      fc.constant<Step>({ kind: 'redo' }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (steps, limit) => {
        // Model: all states kept, a cursor, and the oldest reachable index.
        let states: number[] = [-1];
        let cursor = 0;
        let floor = 0;
        let h: History<number> = createHistory(-1, limit);
        for (const s of steps) {
          if (s.kind === 'push') {
            if (s.value === states[cursor]) continue;
            states = [...states.slice(0, cursor + 1), s.value];
            cursor++;
            floor = Math.max(floor, cursor - limit);
            h = push(h, s.value);
          } else if (s.kind === 'undo') {
            expect(canUndo(h)).toBe(cursor > floor);
            if (canUndo(h)) cursor--;
            h = undo(h);
          } else {
            expect(canRedo(h)).toBe(cursor < states.length - 1);
            if (canRedo(h)) cursor++;
            h = redo(h);
          }
          expect(h.present).toBe(states[cursor]);
          expect(h.past.length).toBeLessThanOrEqual(limit);
          expect(h.past).toEqual(states.slice(floor, cursor));
          expect(h.future).toEqual(states.slice(cursor + 1));
        }
      }),
    );
  });
});
