/**
 * Figure hovers without building thousands of strings up front: each pane registers a lookup
 * for its model, and one hover provider asks it for the text under the mouse only when needed.
 */
import { monaco } from './setup';

export type HoverLookup = (offset: number) => string | null;

const lookups = new WeakMap<monaco.editor.ITextModel, HoverLookup>();
let registered = false;

export function setHoverLookup(model: monaco.editor.ITextModel, lookup: HoverLookup | null): void {
  if (!registered) {
    registered = true;
    monaco.languages.registerHoverProvider('plaintext', {
      provideHover(m, position) {
        const text = lookups.get(m)?.(m.getOffsetAt(position));
        return text ? { contents: [{ value: text }] } : null;
      },
    });
  }
  if (lookup) lookups.set(model, lookup);
  else lookups.delete(model);
}

/** Finds the span containing `offset` in spans sorted by start (binary search). */
export function spanAt<T extends { start: number; end: number }>(sorted: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = best; i >= 0 && i > best - 4; i--) {
    if (sorted[i].start <= offset && offset <= sorted[i].end) return sorted[i];
  }
  return null;
}
