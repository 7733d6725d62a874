import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The bar between the text panes and the grid: drag it (or focus it and use ↑/↓) to give the
 * grid more rows or the texts more lines. It sets `--panes` on its parent (the workbench grid).
 */
export function Splitter() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const set = (pct: number) => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const clamped = Math.max(12, Math.min(80, pct));
    parent.style.setProperty('--panes', `${clamped}%`);
    ref.current?.setAttribute('aria-valuenow', String(Math.round(clamped)));
  };
  const current = () => {
    const parent = ref.current?.parentElement;
    const panes = parent?.firstElementChild as HTMLElement | null;
    return parent && panes ? (panes.getBoundingClientRect().height / parent.getBoundingClientRect().height) * 100 : 40;
  };
  const onPointerDown = (e: PointerEvent) => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    e.preventDefault();
    const box = parent.getBoundingClientRect();
    const move = (ev: globalThis.PointerEvent) => set(((ev.clientY - box.top) / box.height) * 100);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    set(current() + (e.key === 'ArrowUp' ? -5 : 5));
  };
  return (
    <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-valuemin={12}
      aria-valuemax={80}
      aria-label={t('workbench.splitter')}
      title={t('workbench.splitter')}
      tabIndex={0}
      data-testid="splitter"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
