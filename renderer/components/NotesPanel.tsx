import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDetached, isDismissed, parseMismatchKey } from '../../shared/project/annotations';
import type { Annotation, Version } from '../../shared/project/types';
import { AnnotationEditor, type AnnotationPatch } from './AnnotationEditor';
import { excerpt } from '../../shared/text/excerpt';
import { visibleCodes } from '../../shared/formats/codes';
import { exportWords } from '../../shared/formats/export-words';

interface Props {
  annotations: Annotation[];
  versions: Version[];
  selectedId: string | null;
  /** The annotations on a mismatch its pair does not have now (null while it is being analysed). */
  gone?: Set<string> | null;
  /** The names of the ledger's groups now (null while it is being analysed). */
  liveGroups?: Set<string> | null;
  onOpen(annotation: Annotation): void;
  onRestore(annotation: Annotation): void;
  onChange(annotation: Annotation, patch: AnnotationPatch): void;
}

/** Every annotation of the project, dismissed ones included (they are kept and can be restored). */
export function NotesPanel({ annotations, versions, selectedId, gone, liveGroups, onOpen, onRestore, onChange }: Props) {
  const { t, i18n } = useTranslation();
  // A ledger group's name in the interface language (the core names concepts in English).
  const words = exportWords(i18n.language === 'id' ? 'id' : 'en');
  const [show, setShow] = useState<'all' | 'open' | 'dismissed'>('all');
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  const list = annotations.filter((a) => show === 'all' || (show === 'dismissed') === isDismissed(a));
  const where = (a: Annotation) => {
    const target = a.target;
    if (target.type === 'mismatch') {
      // Which figures the note is about: the texts recorded in its key.
      const parts = parseMismatchKey(target.key);
      const figures = parts ? [parts.a?.text, parts.b?.text].filter(Boolean).join(' ≠ ') : '';
      // (with three versions or more, between which two)
      const pair = versions.length > 2 && target.a !== undefined && target.b !== undefined ? ` (${versions[target.a]?.name ?? '?'} ↔ ${versions[target.b]?.name ?? '?'})` : '';
      return `${t('notes.onMismatch')} ${figures ? `“${figures}”` : ''}${pair}`;
    }
    if (target.type === 'ledger') return t('notes.onLedger', { what: words.ledgerWhat(target.what) });
    const v = versions[target.version];
    // (inline codes as their marks, cut at a word's end; a note on no text, a file's or a group's, names the version only;
    // one whose text an edit removed quotes that text)
    const text = excerpt(visibleCodes(target.removed && target.was !== undefined ? target.was : (v?.text.slice(target.start, target.end) ?? ''), v?.codes));
    return text ? t('notes.onSpan', { name: v?.name ?? '?', text }) : t('notes.onVersion', { name: v?.name ?? '?' });
  };
  return (
    <div data-testid="notes-panel">
      <div className="filters">
        <select aria-label={t('notes.filter')} value={show} onChange={(e) => setShow(e.target.value as typeof show)} data-testid="notes-filter">
          <option value="all">{t('notes.all')}</option>
          <option value="open">{t('notes.notDismissed')}</option>
          <option value="dismissed">{t('notes.dismissed')}</option>
        </select>
      </div>
      <ul className="mismatches__list">
        {list.length === 0 && <li className="muted">{t('notes.none')}</li>}
        {list.map((a) => (
          <li key={a.id} className={`mm verdict--${a.verdict}${a.id === selectedId ? ' is-selected' : ''}`} data-testid="note-item" onClick={() => onOpen(a)}>
            <span className={`mm__verdict verdict-label--${a.verdict}`}>{t(`verdict.${a.verdict}`)}</span>
            <span className="mm__note">
              <strong>{where(a)}</strong>{' '}
              {isDetached(a) && (
                <span className="badge badge--removed" data-testid="figure-removed" title={t(a.target.type === 'span' ? 'workbench.textRemovedTitle' : 'workbench.figureRemovedTitle')}>
                  {t(a.target.type === 'span' ? 'workbench.textRemoved' : 'workbench.figureRemoved')}
                </span>
              )}
              {/* (a note on a mismatch the alignment no longer has: rows split or merged since, or the figures now agree) */}
              {gone?.has(a.id) && (
                <span className="badge badge--removed" data-testid="mismatch-gone" title={t('workbench.mismatchGoneTitle')}>
                  {t('workbench.mismatchGone')}
                </span>
              )}
              {a.target.type === 'ledger' && liveGroups && !liveGroups.has(a.target.what) && (
                <span className="badge badge--removed" data-testid="group-gone" title={t('workbench.groupGoneTitle')}>
                  {t('workbench.groupGone')}
                </span>
              )}{' '}
              {a.note}
              <span className="muted"> · {t(`category.${a.category}`)} · {t(`severity.${a.severity}`)}</span>
            </span>
            {isDismissed(a) && (
              <button
                type="button"
                onClick={(e) => {
                  e.stopPropagation();
                  onRestore(a);
                }}
              >
                {t('notes.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {selected && (
        <AnnotationEditor targetKey={selected.id} annotation={selected} defaults={{ category: selected.category, severity: selected.severity }} onChange={(patch) => onChange(selected, patch)} />
      )}
    </div>
  );
}
