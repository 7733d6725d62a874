import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MISMATCH_KINDS, type Comparison, type Match, type Mismatch, type MismatchKind } from '../../shared/drift/types';
import type { Annotation, Verdict } from '../../shared/project/types';
import { defaultCategory, defaultSeverity } from '../../shared/project/annotations';
import { AnnotationEditor, VERDICTS } from './AnnotationEditor';
import { annotationOf } from '../state/annotate';
import { explain, scoreText } from '../state/params';
import { levelOf, confidenceOf } from '../../shared/drift/confidence';
import { optionId, stepInList } from '../state/list-keys';

export { VERDICT_KEYS } from './AnnotationEditor';
const PAGE = 200;

type Item = { type: 'mismatch'; m: Mismatch } | { type: 'match'; m: Match; index: number } | { type: 'fold'; count: number };
/** The key an item is selected by (none for the fold line). */
const itemKey = (item: Item): string | null => (item.type === 'mismatch' ? item.m.key : item.type === 'match' ? `match:${item.index}` : null);

interface Props {
  comparison: Comparison | null;
  annotations: readonly Annotation[];
  selectedKey: string | null;
  onSelect(item: { a: number[]; b: number[]; key: string }): void;
  onAnnotate(mismatch: Mismatch, patch: Partial<Pick<Annotation, 'verdict' | 'category' | 'severity' | 'note'>>): void;
  /** Another tab is shown: the panel stays (its filters with it), out of sight. */
  hidden?: boolean;
}

/** Every mismatch and match of the shown pair, filterable, with inline annotation. */
export function MismatchPanel({ comparison, annotations, selectedKey, onSelect, onAnnotate, hidden }: Props) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<'all' | MismatchKind>('all');
  const [status, setStatus] = useState<'mismatches' | 'matches' | 'all'>('mismatches');
  const [verdict, setVerdict] = useState<'all' | 'undismissed' | Verdict>('undismissed');
  /** Long lists render a page at a time (a book can have thousands of matches). */
  const [shown, setShown] = useState(PAGE);
  /** Mismatches of level `review` are folded under one line until it is opened. */
  const [reviewsOpen, setReviewsOpen] = useState(false);

  const items = useMemo<Item[]>(() => {
    if (!comparison) return [];
    const out: Item[] = [];
    if (status !== 'matches') {
      const reviews: Item[] = [];
      for (const m of comparison.mismatches) {
        if (kind !== 'all' && m.kind !== kind) continue;
        const v = annotationOf(annotations, m)?.verdict ?? 'open';
        // The mismatch being annotated stays in view (a verdict that the filter hides would otherwise
        // make it vanish under the user's hands) until another is selected.
        const beingAnnotated = m.key === selectedKey;
        if (!beingAnnotated && verdict === 'undismissed' && (v === 'acceptable' || v === 'false-alarm')) continue;
        if (!beingAnnotated && verdict !== 'all' && verdict !== 'undismissed' && v !== verdict) continue;
        (levelOf(m) === 'drift' ? out : reviews).push({ type: 'mismatch', m });
      }
      // drifts first; the weaker findings under one line, opened on demand (or when one is selected)
      if (reviews.length > 0) {
        out.push({ type: 'fold', count: reviews.length });
        const selectedInside = reviews.some((r) => r.type === 'mismatch' && r.m.key === selectedKey);
        if (reviewsOpen || selectedInside) out.push(...reviews);
      }
    }
    if (status !== 'mismatches' && kind === 'all' && (verdict === 'all' || verdict === 'undismissed')) {
      comparison.matches.forEach((m, index) => out.push({ type: 'match', m, index }));
    }
    return out;
  }, [comparison, annotations, kind, status, verdict, reviewsOpen, selectedKey]);

  const selected = comparison?.mismatches.find((m) => m.key === selectedKey) ?? null;
  const note = selected ? annotationOf(annotations, selected) : undefined;
  // The list scrolls on its own (the editor stays below it): the selected mismatch is brought into it.
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('.is-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey, annotations]);


  return (
    <div className="mismatches" data-testid="mismatch-panel" hidden={hidden}>
      <div className="filters">
        <select aria-label={t('mismatch.filterStatus')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)} data-testid="filter-status">
          <option value="mismatches">{t('mismatch.onlyMismatches')}</option>
          <option value="matches">{t('mismatch.onlyMatches')}</option>
          <option value="all">{t('mismatch.both')}</option>
        </select>
        <select aria-label={t('mismatch.filterKind')} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="filter-kind">
          <option value="all">{t('mismatch.allKinds')}</option>
          {MISMATCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('mismatch.filterVerdict')} value={verdict} onChange={(e) => setVerdict(e.target.value as typeof verdict)} data-testid="filter-verdict">
          <option value="undismissed">{t('mismatch.undismissed')}</option>
          <option value="all">{t('mismatch.allVerdicts')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(`verdict.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <ul
        ref={listRef}
        className="mismatches__list"
        role="listbox"
        aria-label={t('mismatch.title')}
        tabIndex={0}
        aria-activedescendant={selectedKey ? optionId(selectedKey) : undefined}
        onKeyDown={(e) => {
          // ↑ / ↓ (Home / End) select the previous or next item of the list, as in any list box
          const next = stepInList(items.slice(0, shown), itemKey, selectedKey, e.key);
          if (!next || next.type === 'fold') return;
          e.preventDefault();
          onSelect({ a: next.m.a, b: next.m.b, key: itemKey(next)! });
        }}
      >
        {items.length === 0 && <li className="muted">{t('mismatch.none')}</li>}
        {items.slice(0, shown).map((item) => {
          if (item.type === 'fold') {
            return (
              <li key="review-fold" className="mm mm--fold" title={t('confidence.reviewHint')}>
                <button type="button" aria-expanded={reviewsOpen} onClick={() => setReviewsOpen((o) => !o)} data-testid="review-fold">
                  {reviewsOpen ? '▾' : '▸'} {t('confidence.reviewFold', { count: item.count })}
                </button>
              </li>
            );
          }
          const key = item.type === 'mismatch' ? item.m.key : `match:${item.index}`;
          const annotation = item.type === 'mismatch' ? annotationOf(annotations, item.m) : undefined;
          const v = item.type === 'mismatch' ? (annotation?.verdict ?? 'open') : null;
          const hasNote = !!annotation && annotation.note.trim() !== '';
          return (
            <li
              key={key}
              id={optionId(key)}
              role="option"
              aria-selected={key === selectedKey}
              className={`mm mm--${item.type}${key === selectedKey ? ' is-selected' : ''}${v ? ` verdict--${v}` : ''}`}
              data-testid={item.type === 'mismatch' ? 'mismatch-item' : 'match-item'}
              data-kind={item.type === 'mismatch' ? item.m.kind : item.m.status}
              data-level={item.type === 'mismatch' ? levelOf(item.m) : undefined}
              title={item.type === 'mismatch' ? t('confidence.score', { value: scoreText(i18n.language, confidenceOf(item.m)) }) : undefined}
              onClick={() => onSelect({ a: item.m.a, b: item.m.b, key })}
            >
              <span className={`mm__kind kind--${item.type === 'mismatch' ? item.m.kind : 'match'}`}>
                {item.type === 'mismatch' ? t(`kind.${item.m.kind}`) : t(`match.${item.m.status}`)}
              </span>
              <span className="mm__note">{explain(t, i18n.language, item.m)}</span>
              {v && v !== 'open' && <span className={`mm__verdict verdict-label--${v}`}>{t(`verdict.${v}`)}</span>}
              {/* (a note, also on an open mismatch) */}
              {hasNote && (
                <span className="mm__has-note" data-testid="has-note" title={annotation!.note} aria-label={t('mismatch.hasNote')}>
                  ✎
                </span>
              )}
            </li>
          );
        })}
        {items.length > shown && (
          <li>
            <button type="button" onClick={() => setShown((n) => n + PAGE)} data-testid="show-more">
              {t('mismatch.showMore', { count: items.length - shown })}
            </button>
          </li>
        )}
      </ul>
      {selected && (
        <AnnotationEditor
          targetKey={selected.key}
          annotation={note}
          defaults={{ category: defaultCategory(selected.kind), severity: defaultSeverity(selected.kind) }}
          onChange={(patch) => onAnnotate(selected, patch)}
        />
      )}
    </div>
  );
}
