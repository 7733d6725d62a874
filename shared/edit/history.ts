/**
 * A tiny generic undo/redo history. Histories are immutable values: every function returns a
 * new history (or the same one when nothing changes) and never modifies its argument.
 */

export interface History<T> {
  /** Earlier states, oldest first. */
  readonly past: readonly T[];
  readonly present: T;
  /** States undone, the next one to redo first. */
  readonly future: readonly T[];
  /** How many earlier states are kept at most. */
  readonly limit: number;
}

const DEFAULT_LIMIT = 200;

function normaliseLimit(limit: number): number {
  if (limit === Infinity) return Infinity;
  if (!Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.floor(limit));
}

/**
 * A history whose present state is `initial`, keeping at most `limit` states to undo
 * (default 200; `Infinity` keeps them all; a negative limit is taken as 0).
 */
export function createHistory<T>(initial: T, limit: number = DEFAULT_LIMIT): History<T> {
  return { past: [], present: initial, future: [], limit: normaliseLimit(limit) };
}

/**
 * Makes `next` the present state: the current one becomes undoable (the oldest state is
 * dropped beyond the limit) and the redo list is cleared. Pushing the very same value as the
 * present one (`Object.is`) returns `h` unchanged, so a refused edit never adds a step.
 */
export function push<T>(h: History<T>, next: T): History<T> {
  if (Object.is(next, h.present)) return h;
  const past = h.limit === 0 ? [] : [...h.past, h.present];
  const over = past.length - h.limit;
  return { past: over > 0 ? past.slice(over) : past, present: next, future: [], limit: h.limit };
}

/** Steps back to the previous state; returns `h` itself when there is nothing to undo. */
export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const present = h.past[h.past.length - 1];
  return { past: h.past.slice(0, -1), present, future: [h.present, ...h.future], limit: h.limit };
}

/** Steps forward to the state last undone; returns `h` itself when there is nothing to redo. */
export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [present, ...future] = h.future;
  return { past: [...h.past, h.present], present, future, limit: h.limit };
}

/** True when `undo` would change the present state. */
export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

/** True when `redo` would change the present state. */
export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}
