/**
 * Putting a long text into a Monaco model a slice per frame. Monaco builds its view of a model
 * (line starts, one projection per line) all at once when the model is created or set: for a
 * 10,000-sentence book that is a few hundred milliseconds in which the page cannot draw. Appended
 * a slice at a time, the same work is spread over frames of a few milliseconds each.
 */
import type { monaco } from './setup';

/**
 * How many characters a model is created with: creating an editor over 64 KiB took 45-100 ms
 * on a loaded machine, over 16 KiB a fraction of that.
 */
export const FIRST_SLICE = 16 * 1024;
/**
 * About how many characters go into the model per append: just over Monaco's piece-tree buffer
 * size (65,535). A shorter insert is concatenated onto the model's one change buffer, which the
 * next read of a line flattens, copying everything appended so far: 64 KiB appends to a book
 * took 30-100 ms each and fed the collector; 70,000-character ones go into buffers of their own
 * and took 1-30 ms.
 */
export const LOAD_SLICE = 72 * 1024;
/** Milliseconds of appending per frame: one slice at least, more while they fit. */
export const FRAME_BUDGET_MS = 6;

/**
 * `text` cut into consecutive slices of about `size` characters, each ending after a line break
 * where there is one in reach (so that every append adds whole lines); joined, they are `text`.
 * An empty text is one empty slice.
 */
export function textSlices(text: string, size = LOAD_SLICE): string[] {
  if (text.length <= size) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const br = text.lastIndexOf('\n', end - 1);
      // No line break in the slice (one very long line): cut anyway, but never inside a
      // surrogate pair.
      if (br >= start) end = br + 1;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** The first slice of `text`: what a pane's model is created with. */
export function firstSlice(text: string, size = FIRST_SLICE): string {
  return textSlices(text.slice(0, size + 1), size)[0];
}

/**
 * Makes `model` hold `text`: at once when it is short, otherwise its first slice now and the rest
 * over animation frames, one slice or more per frame while they fit in `budgetMs` (appended with
 * `applyEdits`, outside the undo stack). A model that
 * already holds a beginning of `text` (created with `firstSlice`) is continued, not reset. Calls
 * `done` once the whole text is in. Returns a function that stops the loading (the model then
 * holds a beginning of `text`; call again to finish). The caller keeps the model read-only until
 * `done`: nothing else may edit it in between.
 */
export function fillModel(model: monaco.editor.ITextModel, text: string, done: () => void, size = LOAD_SLICE, budgetMs = FRAME_BUDGET_MS): () => void {
  const held = model.getValueLength();
  let rest: string[];
  if (held === text.length && model.getValue() === text) rest = [];
  else if (held > 0 && held < text.length && text.startsWith(model.getValue())) rest = textSlices(text.slice(held), size);
  else {
    const first = firstSlice(text, Math.min(size, FIRST_SLICE));
    model.setValue(first);
    rest = first.length < text.length ? textSlices(text.slice(first.length), size) : [];
  }
  let next = 0;
  let frame = 0;
  const append = () => {
    if (model.isDisposed()) return;
    const start = performance.now();
    do {
      const line = model.getLineCount();
      const column = model.getLineMaxColumn(line);
      model.applyEdits([{ range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text: rest[next++] }]);
    } while (next < rest.length && performance.now() - start < budgetMs);
    if (next < rest.length) frame = requestAnimationFrame(append);
    else done();
  };
  if (rest.length === 0) done();
  else frame = requestAnimationFrame(append);
  return () => cancelAnimationFrame(frame);
}
