import { useTranslation } from 'react-i18next';
import type { GridOp } from '../../shared/workbench';

const ACTIONS: Array<{ op: GridOp; label: string }> = [
  { op: 'merge', label: 'merge' },
  { op: 'split', label: 'split' },
  { op: 'shift-up', label: 'shiftUp' },
  { op: 'shift-down', label: 'shiftDown' },
  { op: 'confirm', label: 'confirm' },
  { op: 'lock', label: 'lock' },
];

/** Buttons for the grid edits that also have keys (on the selected row and side). */
export function GridActions({ disabled, onEdit }: { disabled: boolean; onEdit(op: GridOp): void }) {
  const { t } = useTranslation();
  return (
    <div className="grid-actions" role="group" aria-label={t('grid.title')}>
      {ACTIONS.map(({ op, label }) => (
        <button key={op} type="button" disabled={disabled} data-testid={`grid-${op}`} title={t(`workbench.${label}Title`)} onMouseDown={(e) => e.preventDefault()} onClick={() => onEdit(op)}>
          {t(`workbench.${label}`)}
        </button>
      ))}
    </div>
  );
}
