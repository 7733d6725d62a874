/**
 * Pure editing of an alignment in the workbench grid: merges, splits and shifts that touch only
 * their rows, empty cells (with a column cascade that respects locked beads), confirm/lock
 * toggles, what a text edit does to confirmed and locked beads, and a generic undo/redo history.
 */
export type { EditFailure, EditResult, Side } from './types';
export {
  insertEmpty,
  mergeRows,
  mergeRowsUp,
  splitRow,
  shiftDown,
  shiftUp,
  toggleConfirm,
  toggleLock,
} from './beads';
export { beadsThroughEdit, followSentences, type BeadsThroughEdit } from './follow';
export { canRedo, canUndo, createHistory, push, redo, undo, type History } from './history';
