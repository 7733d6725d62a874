import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/text/types';
import { languageName, outsideFigureAnalysis, primaryLang } from '../../shared/formats/lang-tags';
import { monaco } from '../monaco/setup';
import { setHoverLookup, spanAt } from '../monaco/hovers';
import { keepFiguresWhole } from '../monaco/wrap';
import { fillModel, firstSlice, FIRST_SLICE, FRAME_BUDGET_MS } from '../monaco/progressive';
import type { InlineCode } from '../../shared/project/types';
import { codeMarks } from '../state/code-marks';
import { pendingEditChanged, registerPendingEdit } from '../state/pending-edits';

export interface FigureMark {
  start: number;
  end: number;
  /** `match`, `mismatch` (a drift), `review` (a weaker finding), `dismissed` or `ambiguous`. */
  status: 'match' | 'mismatch' | 'review' | 'dismissed' | 'ambiguous' | 'note';
  /** Markdown shown on hover (built only when hovered): the counterpart, its value and the verdict. */
  hover: () => string;
}

interface Props {
  slot: 'a' | 'b';
  label: string;
  name: string | null;
  lang: Lang | null;
  /** The language tag a file gave the version (`de-DE`): a language outside figure analysis is shown by its own code. */
  langTag?: string;
  text: string | null;
  marks: FigureMark[];
  /** Character range to reveal and highlight (the selected bead's sentences). */
  reveal: { start: number; end: number } | null;
  dark: boolean;
  /** Other versions that can be shown in this pane. */
  choices?: Array<{ index: number; name: string }>;
  chosen?: number;
  onChoose?(index: number): void;
  onDropFile(slot: 'a' | 'b', file: File): void;
  /** Called when the user finishes editing the text; its promise settles once the edit is in the state. */
  onEdit?(text: string): void | Promise<void>;
  /** Annotate the selected text (offsets into the version's text). */
  onAnnotateSpan?(start: number, end: number): void;
  /** Align every other version to this one. */
  onMakePivot?(): void;
  /** Inline codes of the version (placeholders in `text`), shown as compact marks. */
  codes?: InlineCode[];
}

type Editor = monaco.editor.IStandaloneCodeEditor;

const DECORATION_SLICE = 150;
/**
 * Above this many characters a pane does not wrap lines: Monaco computes the wrapping of a whole
 * document at once when it is set, about a second on the main thread for a 10,000-sentence book,
 * during which the page cannot draw. A book that long is read row by row in the grid. Nor does it
 * colour or match brackets.
 */
const WRAP_LIMIT = 250_000;

/** One version of the story in Monaco: read-only by default, figures decorated, hover explains. */
const WRAP_AFTER = keepFiguresWhole(monaco.editor.EditorOptions.wordWrapBreakAfterCharacters.defaultValue);

export function VersionPane(props: Props) {
  const { slot, label, name, lang, langTag, text, marks, reveal, dark, choices, chosen, onChoose, onDropFile, onEdit, onAnnotateSpan, onMakePivot, codes } = props;
  const [hasSelection, setHasSelection] = useState(false);
  const { t, i18n } = useTranslation();
  const other = lang && langTag && outsideFigureAnalysis({ lang, langTag }) ? langTag : null;
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  /** The figure decorations on screen: their marks and decoration ids, in the same order. */
  const shownMarks = useRef<{ model: monaco.editor.ITextModel | null; text: string | null; marks: FigureMark[]; ids: string[] }>({ model: null, text: null, marks: [], ids: [] });
  const revealDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const codeDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const [mounted, setMounted] = useState(0);
  /**
   * The text the editor's model holds in full, and the mount it was filled in. A long text goes
   * into the model a slice per frame (fillModel); until it is all in, the pane is read-only and
   * nothing reads the model (figures, inline codes and the selected bead wait).
   */
  const [filled, setFilled] = useState<{ mount: number; text: string } | null>(null);
  const ready = text !== null && filled !== null && filled.mount === mounted && filled.text === text;
  const editingRef = useRef(editing);
  editingRef.current = editing;

  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as Editor;
    editorRef.current.onDidChangeCursorSelection((e) => setHasSelection(!e.selection.isEmpty()));
    revealDecos.current = editorRef.current.createDecorationsCollection();
    codeDecos.current = editorRef.current.createDecorationsCollection();
    setMounted((n) => n + 1);
  };

  // The pane's text into the model: progressively while the pane is read-only. While the user is
  // editing, a new text (an undo, a file opened into the slot) replaces theirs as one undoable
  // edit, at once, as the editor always did.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || text === null) return;
    // Bracket pair colours are a model option (the editor's option is global to all models):
    // a long text goes without, as Monaco would otherwise parse every bracket of the book.
    model.updateOptions({ bracketColorizationOptions: { enabled: text.length <= WRAP_LIMIT, independentColorPoolPerBracketType: false } });
    if (editingRef.current) {
      if (model.getValue() !== text) {
        editor.executeEdits('', [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }
      setFilled({ mount: mounted, text });
      return;
    }
    return fillModel(model, text, () => setFilled({ mount: mounted, text }));
  }, [text, mounted]);

  // No text, no editor: the next one starts afresh.
  useEffect(() => {
    if (text === null) editorRef.current = null;
  }, [text]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || editing || !ready) return;
    const decoration = (m: FigureMark): monaco.editor.IModelDeltaDecoration => {
      const s = model.getPositionAt(m.start);
      const e = model.getPositionAt(m.end);
      return {
        range: new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column),
        options: {
          inlineClassName: `fig fig--${m.status}`,
          overviewRuler: m.status === 'mismatch' ? { color: '#d9480f', position: monaco.editor.OverviewRulerLane.Right } : undefined,
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      };
    };
    const sorted = [...marks].sort((x, y) => x.start - y.start);
    setHoverLookup(model, (offset) => spanAt(sorted, offset)?.hover() ?? null);
    const shown = shownMarks.current;
    // Same figures as shown (a verdict or a grid edit changed nothing, or only some statuses):
    // update just the decorations whose status changed, so a verdict does not redraw thousands.
    if (shown.model === model && shown.text === text && shown.marks.length === marks.length && shown.ids.length === marks.length && marks.every((m, i) => m.start === shown.marks[i].start && m.end === shown.marks[i].end)) {
      const changed = marks.flatMap((m, i) => (m.status !== shown.marks[i].status ? [i] : []));
      if (changed.length > 0) {
        const ids = model.deltaDecorations(changed.map((i) => shown.ids[i]), changed.map((i) => decoration(marks[i])));
        changed.forEach((i, k) => (shown.ids[i] = ids[k]));
      }
      shown.marks = marks;
      return;
    }
    // A book has tens of thousands of figures: decorate in slices, as many per frame as fit in
    // FRAME_BUDGET_MS (a slice of 800 took 30-60 ms on a loaded machine), so that the editor
    // never blocks the page for long.
    const old = shown.model === model ? shown.ids : [];
    const ids: string[] = [];
    shownMarks.current = { model, text, marks, ids };
    let next = 0;
    const slice = () => {
      const part = marks.slice(next, next + DECORATION_SLICE).map(decoration);
      ids.push(...model.deltaDecorations(next === 0 ? old : [], part));
      next += DECORATION_SLICE;
    };
    slice();
    let frame = 0;
    const more = () => {
      const start = performance.now();
      while (next < marks.length && performance.now() - start < FRAME_BUDGET_MS) slice();
      if (next < marks.length) frame = requestAnimationFrame(more);
    };
    frame = requestAnimationFrame(more);
    return () => {
      cancelAnimationFrame(frame);
      // Slices not yet drawn: the next run starts afresh.
      if (next < marks.length) shownMarks.current = { model, text, marks: [], ids };
    };
  }, [marks, text, mounted, editing, ready]);

  // Inline codes: the placeholder character stays in the text (offsets unchanged) but is hidden
  // behind a compact mark drawn before it (`⟨1⟩`, `⟨/1⟩`, `⟨1/⟩`) that explains itself on hover.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || text === null || !ready || model.getValue() !== text) {
      codeDecos.current?.clear();
      return;
    }
    codeDecos.current?.set(
      codeMarks(text, codes).map((m) => {
        const s = model.getPositionAt(m.offset);
        const title = m.data ? t('inlineCodes.titleWith', { label: m.label, data: m.data }) : t('inlineCodes.title', { label: m.label });
        return {
          range: new monaco.Range(s.lineNumber, s.column, s.lineNumber, s.column + 1),
          options: {
            inlineClassName: 'code-char',
            before: { content: m.label, inlineClassName: 'code-mark', cursorStops: monaco.editor.InjectedTextCursorStops.None },
            hoverMessage: { value: title.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&') },
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          },
        };
      }),
    );
  }, [text, codes, mounted, editing, ready, t]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !reveal || !ready) {
      revealDecos.current?.clear();
      return;
    }
    const s = model.getPositionAt(reveal.start);
    const e = model.getPositionAt(reveal.end);
    const range = new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
    revealDecos.current?.set([{ range, options: { className: 'reveal', isWholeLine: false, inlineClassName: 'reveal-inline' } }]);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  }, [reveal?.start, reveal?.end, mounted, ready]);

  const long = text !== null && text.length > WRAP_LIMIT;
  // Monaco reads its default value once, at mount: the slice is cut once per text, not on every render.
  const first = useMemo(() => (text === null ? '' : firstSlice(text)), [text]);
  // One options object per change that matters: the editor compares every new object it is given.
  const options = useMemo<monaco.editor.IStandaloneEditorConstructionOptions>(
    () => ({
      readOnly: !editing || !ready,
      wordWrap: long ? 'off' : 'on',
      // A long text: no bracket matching at the cursor either (see the bracket colours above).
      matchBrackets: long ? 'never' : 'always',
      // No wrap inside a figure ("2.340", "1,036", "23/10/2024").
      wordWrapBreakAfterCharacters: WRAP_AFTER,
      minimap: { enabled: false },
      lineNumbers: 'on',
      scrollBeyondLastLine: false,
      automaticLayout: true,
      fontSize: 14,
      glyphMargin: false,
      folding: false,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      occurrencesHighlight: 'off',
      // Monaco's own menus have no Indonesian translation: keep them out of the UI.
      contextmenu: false,
    }),
    [editing, ready, long],
  );
  const loading = text !== null && !ready && text.length > FIRST_SLICE;

  const finishEditing = async (): Promise<boolean> => {
    const value = editorRef.current?.getValue();
    setEditing(false);
    if (value === undefined || text === null || value === text) return false;
    await onEdit?.(value);
    return true;
  };
  // An edit in progress is applied before a save, an export or another document (pending-edits), and counts as unsaved work.
  const finishRef = useRef(finishEditing);
  finishRef.current = finishEditing;
  const typed = useRef(false);
  useEffect(() => {
    if (!editing) return;
    typed.current = false;
    const change = editorRef.current?.onDidChangeModelContent(() => {
      if (typed.current) return;
      typed.current = true;
      pendingEditChanged();
    });
    const unregister = registerPendingEdit(slot, { commit: () => finishRef.current(), changed: () => typed.current });
    return () => {
      change?.dispose();
      unregister();
    };
  }, [editing, slot]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onDropFile(slot, file);
  };

  return (
    <section
      className={`pane${dragging ? ' pane--drop' : ''}`}
      data-testid={`pane-${slot}`}
      aria-busy={loading}
      aria-label={label}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="pane__header">
        <span className="pane__slot">{label}</span>
        {lang && (
          <span className="badge" data-testid={`lang-${slot}`} title={other ? t('lang.other', { name: languageName(other, i18n.language) }) : t(`lang.${lang}`)}>
            {other ? primaryLang(other).toUpperCase() : t(`lang.badge_${lang}`)}
          </span>
        )}
        {choices && choices.length > 1 && onChoose ? (
          <select aria-label={t('pane.chooseVersion')} value={chosen} onChange={(e) => onChoose(Number(e.target.value))} data-testid={`choose-${slot}`}>
            {choices.map((c) => (
              <option key={c.index} value={c.index}>
                {c.name}
              </option>
            ))}
          </select>
        ) : null}
        {name && (
          <span className={choices && choices.length > 1 ? 'sr-only' : 'pane__name'} data-testid={`name-${slot}`} title={name}>
            {name}
          </span>
        )}
        <span className="toolbar__spacer" />
        {loading && (
          <span className="pane__loading muted" data-testid={`loading-${slot}`} title={t('pane.loadingTitle')}>
            {t('pane.loading')}
          </span>
        )}
        {text !== null && onMakePivot && (
          <button type="button" data-testid={`pivot-${slot}`} onClick={onMakePivot} title={t('pane.makePivotTitle')}>
            {t('pane.makePivot')}
          </button>
        )}
        {text !== null && onAnnotateSpan && !editing && (
          <button
            type="button"
            disabled={!hasSelection || !ready}
            data-testid={`note-span-${slot}`}
            onClick={() => {
              const editor = editorRef.current;
              const model = editor?.getModel();
              const sel = editor?.getSelection();
              if (!model || !sel || sel.isEmpty()) return;
              onAnnotateSpan(model.getOffsetAt(sel.getStartPosition()), model.getOffsetAt(sel.getEndPosition()));
            }}
          >
            {t('pane.noteOnSelection')}
          </button>
        )}
        {text !== null && onEdit && (
          <button
            type="button"
            className={editing ? 'is-on' : ''}
            aria-pressed={editing}
            disabled={!editing && !ready}
            title={!editing && !ready ? t('pane.loadingTitle') : undefined}
            data-testid={`edit-${slot}`}
            onClick={() => (editing ? void finishEditing() : setEditing(true))}
          >
            {editing ? t('pane.doneEditing') : t('pane.edit')}
          </button>
        )}
      </header>
      <div className="pane__body">
        {text !== null ? (
          <Editor
            // Only the first slice: the rest goes in a frame at a time (see the effect above).
            defaultValue={first}
            language="plaintext"
            theme={dark ? 'vs-dark' : 'vs'}
            onMount={onMount}
            options={options}
          />
        ) : (
          <p className="pane__empty">{dragging ? t('pane.dropHere') : t('pane.empty')}</p>
        )}
      </div>
    </section>
  );
}
