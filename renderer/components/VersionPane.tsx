import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/text/types';
import { monaco } from '../monaco/setup';
import { setHoverLookup, spanAt } from '../monaco/hovers';

export interface FigureMark {
  start: number;
  end: number;
  /** `match`, `mismatch`, `dismissed` or `ambiguous`. */
  status: 'match' | 'mismatch' | 'dismissed' | 'ambiguous' | 'note';
  /** Markdown shown on hover (built only when hovered): the counterpart, its value and the verdict. */
  hover: () => string;
}

interface Props {
  slot: 'a' | 'b';
  label: string;
  name: string | null;
  lang: Lang | null;
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
  /** Called when the user finishes editing the text. */
  onEdit?(text: string): void;
  /** Annotate the selected text (offsets into the version's text). */
  onAnnotateSpan?(start: number, end: number): void;
  /** Align every other version to this one. */
  onMakePivot?(): void;
}

type Editor = monaco.editor.IStandaloneCodeEditor;

const DECORATION_SLICE = 800;

/** One version of the story in Monaco: read-only by default, figures decorated, hover explains. */
export function VersionPane(props: Props) {
  const { slot, label, name, lang, text, marks, reveal, dark, choices, chosen, onChoose, onDropFile, onEdit, onAnnotateSpan, onMakePivot } = props;
  const [hasSelection, setHasSelection] = useState(false);
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  const figureDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const revealDecos = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const [mounted, setMounted] = useState(0);

  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as Editor;
    figureDecos.current = editorRef.current.createDecorationsCollection();
    editorRef.current.onDidChangeCursorSelection((e) => setHasSelection(!e.selection.isEmpty()));
    revealDecos.current = editorRef.current.createDecorationsCollection();
    setMounted((n) => n + 1);
  };

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || editing) return;
    const decos: monaco.editor.IModelDeltaDecoration[] = marks.map((m) => {
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
    });
    // A book has tens of thousands of figures: decorate in slices, one per frame, so that
    // the editor never blocks the page for long.
    const collection = figureDecos.current;
    collection?.set(decos.slice(0, DECORATION_SLICE));
    let frame = 0;
    let next = DECORATION_SLICE;
    const more = () => {
      if (!collection || next >= decos.length) return;
      collection.append(decos.slice(next, next + DECORATION_SLICE));
      next += DECORATION_SLICE;
      frame = requestAnimationFrame(more);
    };
    frame = requestAnimationFrame(more);
    const sorted = [...marks].sort((x, y) => x.start - y.start);
    setHoverLookup(model, (offset) => spanAt(sorted, offset)?.hover() ?? null);
    return () => cancelAnimationFrame(frame);
  }, [marks, text, mounted, editing]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !reveal) {
      revealDecos.current?.clear();
      return;
    }
    const s = model.getPositionAt(reveal.start);
    const e = model.getPositionAt(reveal.end);
    const range = new monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column);
    revealDecos.current?.set([{ range, options: { className: 'reveal', isWholeLine: false, inlineClassName: 'reveal-inline' } }]);
    editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Smooth);
  }, [reveal, mounted]);

  const finishEditing = () => {
    const value = editorRef.current?.getValue();
    setEditing(false);
    if (value !== undefined && text !== null && value !== text) onEdit?.(value);
  };

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
          <span className="badge" data-testid={`lang-${slot}`} title={t(`lang.${lang}`)}>
            {t(`lang.badge_${lang}`)}
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
        {text !== null && onMakePivot && (
          <button type="button" data-testid={`pivot-${slot}`} onClick={onMakePivot} title={t('pane.makePivotTitle')}>
            {t('pane.makePivot')}
          </button>
        )}
        {text !== null && onAnnotateSpan && !editing && (
          <button
            type="button"
            disabled={!hasSelection}
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
            data-testid={`edit-${slot}`}
            onClick={() => (editing ? finishEditing() : setEditing(true))}
          >
            {editing ? t('pane.doneEditing') : t('pane.edit')}
          </button>
        )}
      </header>
      <div className="pane__body">
        {text !== null ? (
          <Editor
            value={text}
            language="plaintext"
            theme={dark ? 'vs-dark' : 'vs'}
            onMount={onMount}
            options={{
              readOnly: !editing,
              wordWrap: 'on',
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
            }}
          />
        ) : (
          <p className="pane__empty">{dragging ? t('pane.dropHere') : t('pane.empty')}</p>
        )}
      </div>
    </section>
  );
}
