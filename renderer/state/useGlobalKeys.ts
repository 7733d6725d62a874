/** The application's keys and menu commands (Ctrl+Z/Y/S/E, ?, Escape, N/P and the verdict keys). */
import { useEffect, useRef, type Dispatch } from 'react';
import type { MenuAction, SelarasApi } from '../../shared/api';
import { currentComparison, stepMismatch, type Intent, type WorkbenchState } from '../../shared/workbench';
import { VERDICT_KEYS } from '../components/AnnotationEditor';

export function isTextField(el: Element | null): boolean {
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable || !!el.closest('.monaco-editor'));
}

/**
 * Whether Undo and Redo belong to the focused element's own text (a text field, the editor), not to the project: a
 * list (the category, the severity) has no text to undo, and the browser's undo there took back the note typed last.
 */
export function undoesOwnText(el: Element | null): boolean {
  return isTextField(el) && el!.tagName !== 'SELECT';
}

export function useGlobalKeys(api: SelarasApi, state: WorkbenchState, dispatch: Dispatch<Intent>, commands: Omit<Record<MenuAction, () => void>, 'undo' | 'redo'>, closeAll: () => void) {
  const ref = useRef<Record<MenuAction, () => void>>({} as Record<MenuAction, () => void>);
  ref.current = {
    ...commands,
    undo: () => (undoesOwnText(document.activeElement) ? document.execCommand('undo') : dispatch({ type: 'undo' })),
    redo: () => (undoesOwnText(document.activeElement) ? document.execCommand('redo') : dispatch({ type: 'redo' })),
  };
  const stateRef = useRef(state);
  stateRef.current = state;
  const closeRef = useRef(closeAll);
  closeRef.current = closeAll;

  useEffect(() => api.onMenu((action) => ref.current[action]?.()), [api]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = isTextField(target);
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      const s = stateRef.current;
      if (mod && k === 'z' && !undoesOwnText(target)) {
        e.preventDefault();
        ref.current[e.shiftKey ? 'redo' : 'undo']();
      } else if (mod && k === 'y' && !undoesOwnText(target)) {
        e.preventDefault();
        ref.current.redo();
      } else if (mod && k === 's') {
        e.preventDefault();
        // Commit a note being typed (it is applied on blur), then save once React has re-rendered.
        if (typing) (document.activeElement as HTMLElement | null)?.blur();
        const which = e.shiftKey ? 'save-as' : 'save';
        setTimeout(() => ref.current[which](), 0);
      } else if (mod && k === 'e') {
        e.preventDefault();
        ref.current.export();
      } else if (e.key === '?' && !typing) {
        e.preventDefault();
        ref.current.help();
      } else if (e.key === 'Escape') {
        closeRef.current();
      // (in the grid too: its own keys are others, and it is where a keyboard user works)
      } else if (!mod && !e.altKey && !typing && (k === 'n' || k === 'p')) {
        const next = stepMismatch(s, k === 'n' ? 1 : -1);
        if (next) dispatch({ type: 'select-mismatch', mismatch: next });
      } else if (!mod && !e.altKey && !typing && VERDICT_KEYS[k] && s.selectedKey) {
        const m = currentComparison(s)?.mismatches.find((x) => x.key === s.selectedKey);
        if (m) {
          e.preventDefault();
          dispatch({ type: 'annotate-mismatch', mismatch: m, patch: { verdict: VERDICT_KEYS[k] }, now: new Date().toISOString() });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
