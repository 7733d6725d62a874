/**
 * Pure editing of an alignment in the workbench grid: cell merges, splits, shifts and empty
 * cells with a column cascade that respects locked beads, confirm/lock toggles, and a generic
 * undo/redo history of states.
 */
export type { EditFailure, EditResult, Side } from './types';
export {
  insertEmpty,
  mergeNext,
  mergePrev,
  mergeRows,
  mergeRowsUp,
  splitRow,
  shiftDown,
  shiftUp,
  splitCell,
  toggleConfirm,
  toggleLock,
} from './beads';
export { canRedo, canUndo, createHistory, push, redo, undo, type History } from './history';
