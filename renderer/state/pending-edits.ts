/**
 * Text typed in a pane's Edit mode that is not applied yet. A pane in Edit mode registers here how to
 * apply its text (as its Done button does) and whether the text differs from the version's; the
 * document actions (save, export, open, sample, new, paste, restore) apply it first, so that a save
 * holds what the pane shows and another document never receives an old buffer, and the page counts
 * it as unsaved work (the title's dot, the warning before leaving).
 */

interface PendingEdit {
  /** Applies the text and leaves Edit mode (Done); true, once the edit is in the state, when the text changed the version. */
  commit(): Promise<boolean>;
  /** Whether the text typed so far differs from the version's. */
  changed(): boolean;
}

const pending = new Map<string, PendingEdit>();
const listeners = new Set<() => void>();
let changedNow = false;

function notify(): void {
  const now = [...pending.values()].some((p) => p.changed());
  if (now === changedNow) return;
  changedNow = now;
  for (const l of listeners) l();
}

/** Registers a pane's edit in progress under `key` (its slot); returns the function that removes it. */
export function registerPendingEdit(key: string, edit: PendingEdit): () => void {
  pending.set(key, edit);
  notify();
  return () => {
    if (pending.get(key) === edit) pending.delete(key);
    notify();
  };
}

/** Tells the registry that a pane's text changed (it re-reads whether any differs). */
export function pendingEditChanged(): void {
  notify();
}

/** Whether a pane is in Edit mode. */
export function hasPendingEdits(): boolean {
  return pending.size > 0;
}

/** Applies every edit in progress (each pane leaves Edit mode); true, once they are in the state, when one changed its version. */
export async function commitPendingEdits(): Promise<boolean> {
  const applied = await Promise.all([...pending.values()].map((edit) => edit.commit()));
  return applied.some(Boolean);
}

/** Whether text typed in some pane differs from its version (for `useSyncExternalStore`). */
export function hasChangedEdits(): boolean {
  return changedNow;
}

export function subscribePendingEdits(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
