import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillModel, firstSlice, textSlices } from '../../renderer/monaco/progressive';
import type { monaco } from '../../renderer/monaco/setup';

describe('textSlices', () => {
  it('gives a short text (or an empty one) back whole', () => {
    expect(textSlices('Harga naik.', 64)).toEqual(['Harga naik.']);
    expect(textSlices('', 64)).toEqual(['']);
  });

  it('cuts after a line break, never above the size, and joins back to the text', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Baris ${i}: harga naik ${i * 3} persen.`).join('\n');
    const slices = textSlices(text, 100);
    expect(slices.join('')).toBe(text);
    expect(slices.length).toBeGreaterThan(10);
    for (const s of slices.slice(0, -1)) {
      expect(s.length).toBeLessThanOrEqual(100);
      expect(s.endsWith('\n')).toBe(true);
    }
    expect(firstSlice(text, 100)).toBe(slices[0]);
  });

  it('cuts a line longer than a slice, but not inside a surrogate pair', () => {
    const text = 'ab😀'.repeat(50);
    const slices = textSlices(text, 7);
    expect(slices.join('')).toBe(text);
    for (const s of slices) expect(s).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

/** A stand-in for Monaco's model: just what fillModel uses, over a plain string. */
function fakeModel(initial: string) {
  let value = initial;
  const lines = () => value.split('\n');
  const offsetOf = (line: number, column: number) => lines().slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const model = {
    edits: 0,
    sets: 0,
    disposed: false,
    getValue: () => value,
    getValueLength: () => value.length,
    setValue(v: string) {
      model.sets++;
      value = v;
    },
    getLineCount: () => lines().length,
    getLineMaxColumn: (line: number) => lines()[line - 1].length + 1,
    isDisposed: () => model.disposed,
    applyEdits(ops: Array<{ range: monaco.IRange; text: string }>) {
      for (const { range, text } of ops) {
        const start = offsetOf(range.startLineNumber, range.startColumn);
        const end = offsetOf(range.endLineNumber, range.endColumn);
        value = value.slice(0, start) + text + value.slice(end);
        model.edits++;
      }
    },
  };
  return model;
}

describe('fillModel', () => {
  let frames: Array<() => void>;
  let ran: number;
  beforeEach(() => {
    frames = [];
    ran = 0;
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => undefined));
  });
  afterEach(() => vi.unstubAllGlobals());
  /** Runs every frame requested and not run yet (and those they request). */
  const runFrames = () => {
    while (ran < frames.length) frames[ran++]();
  };
  const text = Array.from({ length: 30 }, (_, i) => `Kalimat ${i}: ${i * 7} warga.`).join('\n\n');
  const asModel = (m: ReturnType<typeof fakeModel>) => m as unknown as monaco.editor.ITextModel;

  it('continues a model made with the first slice, a slice per frame, and says when it is done', () => {
    const model = fakeModel(firstSlice(text, 80));
    const done = vi.fn();
    fillModel(asModel(model), text, done, 80, 0);
    expect(done).not.toHaveBeenCalled();
    expect(model.sets).toBe(0);
    runFrames();
    expect(model.getValue()).toBe(text);
    expect(model.edits).toBe(textSlices(text, 80).length - 1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('replaces another text, and is done at once when the model already holds the text', () => {
    const model = fakeModel('Teks lama.');
    const done = vi.fn();
    fillModel(asModel(model), text, done, 80);
    expect(model.getValue()).toBe(textSlices(text, 80)[0]);
    runFrames();
    expect(model.getValue()).toBe(text);
    const again = vi.fn();
    fillModel(asModel(model), text, again, 80);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('appends as many slices in a frame as fit in the budget, one at least', () => {
    const model = fakeModel(firstSlice(text, 80));
    const done = vi.fn();
    fillModel(asModel(model), text, done, 80, 0);
    frames[ran++]();
    expect(model.edits).toBe(1);
    const generous = fakeModel(firstSlice(text, 80));
    const finished = vi.fn();
    fillModel(asModel(generous), text, finished, 80, 60_000);
    const before = frames.length;
    frames[before - 1]();
    expect(generous.getValue()).toBe(text);
    expect(frames.length).toBe(before);
    expect(finished).toHaveBeenCalledTimes(1);
  });

  it('stopped half way, it leaves a beginning of the text that the next call finishes', () => {
    const model = fakeModel('');
    const done = vi.fn();
    const stop = fillModel(asModel(model), text, done, 80, 0);
    frames[ran++]();
    stop();
    runFrames();
    expect(done).not.toHaveBeenCalled();
    expect(text.startsWith(model.getValue())).toBe(true);
    const sets = model.sets;
    fillModel(asModel(model), text, done, 80);
    runFrames();
    expect(model.sets).toBe(sets);
    expect(model.getValue()).toBe(text);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
