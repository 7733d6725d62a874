/**
 * The alignment grid's keyboard: which key does what (listed for users in HelpOverlay).
 * Pure: maps a key press and the grid's state to a command; the model carries out edits.
 */
import type { Bead } from '../../shared/align/types';
import type { Side } from '../../shared/edit';
import type { GridOp } from '../../shared/workbench';

export type GridCommand = { type: 'select'; row: number } | { type: 'side'; side: Side } | { type: 'edit'; op: GridOp } | { type: 'realign' };

export interface GridKey {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const EDITS: Record<string, GridOp> = {
  m: 'merge',
  M: 'merge-up',
  s: 'split',
  S: 'split-last',
  i: 'insert',
  Insert: 'insert',
  c: 'confirm',
  Enter: 'confirm',
  l: 'lock',
};

export function gridCommand(e: GridKey, beads: readonly Bead[], row: number, side: Side): GridCommand | null {
  if (e.ctrlKey || e.metaKey) return null;
  void side;
  const n = beads.length;
  const select = (r: number): GridCommand => ({ type: 'select', row: Math.max(0, Math.min(n - 1, r)) });
  switch (e.key) {
    case 'ArrowDown':
      return e.altKey ? { type: 'edit', op: 'shift-down' } : select(row + 1);
    case 'ArrowUp':
      return e.altKey ? { type: 'edit', op: 'shift-up' } : select(row - 1);
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
    case 'r':
      return { type: 'realign' };
    default:
      return EDITS[e.key] ? { type: 'edit', op: EDITS[e.key] } : null;
  }
}
