/**
 * The alignment grid's keyboard: which key does what (listed for users in HelpOverlay).
 * Pure: maps a key press and the grid's state to a command; the UI carries it out.
 */
import type { Bead } from '../../shared/align/types';
import { insertEmpty, mergeRows, mergeRowsUp, shiftDown, shiftUp, splitRow, toggleConfirm, toggleLock, type EditResult, type Side } from '../../shared/edit';

export type GridCommand = { type: 'select'; row: number } | { type: 'side'; side: Side } | { type: 'edit'; result: EditResult } | { type: 'realign' };

export interface GridKey {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function gridCommand(e: GridKey, beads: readonly Bead[], row: number, side: Side): GridCommand | null {
  if (e.ctrlKey || e.metaKey) return null;
  const n = beads.length;
  const select = (r: number): GridCommand => ({ type: 'select', row: Math.max(0, Math.min(n - 1, r)) });
  const edit = (result: EditResult): GridCommand => ({ type: 'edit', result });
  switch (e.key) {
    case 'ArrowDown':
      return e.altKey ? edit(shiftDown(beads, row, side)) : select(row + 1);
    case 'ArrowUp':
      return e.altKey ? edit(shiftUp(beads, row, side)) : select(row - 1);
    case 'j':
      return select(row + 1);
    case 'k':
      return select(row - 1);
    case 'PageDown':
      return select(row + 10);
    case 'PageUp':
      return select(row - 10);
    case 'Home':
      return select(0);
    case 'End':
      return select(n - 1);
    case 'ArrowLeft':
      return { type: 'side', side: 'a' };
    case 'ArrowRight':
      return { type: 'side', side: 'b' };
    case 'm':
      return edit(mergeRows(beads, row, side));
    case 'M':
      return edit(mergeRowsUp(beads, row, side));
    case 's':
      return edit(splitRow(beads, row, side, 1));
    case 'S':
      return edit(splitRow(beads, row, side, Math.max(1, (beads[row]?.[side].length ?? 1) - 1)));
    case 'i':
    case 'Insert':
      return edit(insertEmpty(beads, row, side));
    case 'c':
    case 'Enter':
      return edit(toggleConfirm(beads, row));
    case 'l':
      return edit(toggleLock(beads, row));
    case 'r':
      return { type: 'realign' };
    default:
      return null;
  }
}
