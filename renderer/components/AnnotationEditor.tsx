import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ITS_ISSUE_TYPES, VERDICTS, type Annotation, type IssueCategory, type Severity, type Verdict } from '../../shared/project/types';

export type AnnotationPatch = Partial<Pick<Annotation, 'verdict' | 'category' | 'severity' | 'note'>>;

/** The verdict keys (Ocelot-style, one per verdict). */
export const VERDICT_KEYS: Record<string, Verdict> = { o: 'open', e: 'confirmed', a: 'acceptable', f: 'false-alarm' };
export { VERDICTS };
const SEVERITIES: Severity[] = ['minor', 'major', 'critical'];

interface Props {
  /** Identifies what is annotated (resets the note field when it changes). */
  targetKey: string;
  annotation: Annotation | undefined;
  defaults: { category: IssueCategory; severity: Severity };
  onChange(patch: AnnotationPatch): void;
}

/** Verdict, ITS category, severity and a free note for one annotated thing. */
/** How long typing pauses before a note is applied (and so reaches the autosave). */
const NOTE_DEBOUNCE_MS = 400;

export function AnnotationEditor({ targetKey, annotation, defaults, onChange }: Props) {
  const { t } = useTranslation();
  // A note is applied while it is typed (debounced) and when the field is left, never lost.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; flush(): void } | null>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const flush = () => pending.current?.flush();
  useEffect(() => () => flush(), [targetKey]);
  // The field shows the note as it now is when it changes from elsewhere (an undo, a redo, the Notes tab), not
  // while it is being typed: leaving the field must not write an undone note back.
  const field = useRef<HTMLTextAreaElement>(null);
  const note = annotation?.note ?? '';
  useEffect(() => {
    if (field.current && !pending.current && field.current.value !== note) field.current.value = note;
  }, [note]);
  const typed = (value: string) => {
    if (pending.current) clearTimeout(pending.current.timer);
    const target = changeRef.current;
    const apply = () => {
      pending.current = null;
      target({ note: value });
    };
    pending.current = { timer: setTimeout(apply, NOTE_DEBOUNCE_MS), flush: () => (pending.current && clearTimeout(pending.current.timer), apply()) };
  };
  return (
    <form className="annotate" data-testid="annotate" onSubmit={(e) => e.preventDefault()}>
      <div className="annotate__verdicts" role="radiogroup" aria-label={t('annotate.verdict')}>
        {VERDICTS.map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={(annotation?.verdict ?? 'open') === v}
            className={`verdict-btn verdict-label--${v}`}
            data-testid={`verdict-${v}`}
            // (the note field keeps the focus: leaving it applies the note and redraws the lists, which moved the
            // button away before the click ended)
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChange({ verdict: v })}
            title={t('annotate.key', { key: Object.entries(VERDICT_KEYS).find(([, x]) => x === v)![0].toUpperCase() })}
          >
            {t(`verdict.${v}`)}
          </button>
        ))}
      </div>
      <label>
        {t('annotate.category')}
        <select value={annotation?.category ?? defaults.category} onChange={(e) => onChange({ category: e.target.value as IssueCategory })} data-testid="annotate-category">
          {ITS_ISSUE_TYPES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('annotate.severity')}
        <select value={annotation?.severity ?? defaults.severity} onChange={(e) => onChange({ severity: e.target.value as Severity })} data-testid="annotate-severity">
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="annotate__note">
        {t('annotate.note')}
        <textarea
          key={targetKey}
          ref={field}
          defaultValue={note}
          data-testid="annotate-note"
          onChange={(e) => typed(e.target.value)}
          onBlur={(e) => {
            if (pending.current) flush();
            else if (e.target.value !== note) onChange({ note: e.target.value });
          }}
        />
      </label>
    </form>
  );
}
