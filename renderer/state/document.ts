/**
 * The open document: the project (versions, alignments, annotations) with its undo/redo history,
 * where it is saved and whether it has unsaved changes. Pure reducer; the UI dispatches.
 */
import { createHistory, push, redo, undo, type History } from '../../shared/edit/history';
import type { Project } from '../../shared/project/types';

export interface DocumentState {
  history: History<Project>;
  /** The project as last saved (or loaded); compared by identity to tell unsaved changes. */
  saved: Project | null;
  path?: string;
  name: string;
}

export type DocumentAction =
  | { type: 'load'; project: Project; path?: string; name: string; dirty?: boolean }
  | { type: 'edit'; project: Project }
  /** Replaces the present state without an undo step (derived data such as the first alignment). */
  | { type: 'replace'; project: Project }
  | { type: 'undo' }
  | { type: 'redo' }
  /** `project` is the state that was written (edits made while saving stay unsaved). */
  | { type: 'saved'; path?: string; name: string; project: Project };

export function emptyProject(): Project {
  return { versions: [], pivot: 0, alignments: [], annotations: [], settings: {} };
}

export function initialDocument(): DocumentState {
  const project = emptyProject();
  return { history: createHistory(project), saved: project, name: '' };
}

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'load':
      return {
        history: createHistory(action.project),
        saved: action.dirty ? null : action.project,
        path: action.path,
        name: action.name,
      };
    case 'edit':
      return action.project === state.history.present ? state : { ...state, history: push(state.history, action.project) };
    case 'replace': {
      const wasSaved = state.saved === state.history.present;
      const history = { ...state.history, present: action.project };
      return { ...state, history, saved: wasSaved ? action.project : state.saved };
    }
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'saved':
      return { ...state, saved: action.project, path: action.path, name: action.name };
  }
}

export function isDirty(state: DocumentState): boolean {
  return state.saved !== state.history.present;
}
