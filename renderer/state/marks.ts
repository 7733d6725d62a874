/** Turns a comparison into Monaco decorations for each pane, with one-sentence hovers. */
import type { TFunction } from 'i18next';
import type { Comparison } from '../../shared/drift/types';
import type { Figure } from '../../shared/figures/types';
import { formatValue } from '../../shared/figures';
import { calendarValueShown } from '../../shared/drift/explain';
import type { Annotation } from '../../shared/project/types';
import type { FigureMark } from '../components/VersionPane';
import { annotationOf } from './annotate';
import { explain } from './params';

/** Escapes Markdown so that story text shows as text in a hover. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/** A figure's value in the interface's language; a date as the explanations word it (`March 21`, not `--03-21`). */
function valueShown(f: Figure, lang: string): string {
  const ui = lang === 'id' ? 'id' : 'en';
  return f.kind === 'date' && typeof f.value === 'string' ? calendarValueShown(f.value, ui) : formatValue(f, ui);
}

export function figureMarks(comparison: Comparison | null, annotations: readonly Annotation[], t: TFunction, lang: string): { a: FigureMark[]; b: FigureMark[] } {
  const a: FigureMark[] = [];
  const b: FigureMark[] = [];
  if (!comparison) return { a, b };
  for (const m of comparison.matches) {
    const hover = () => `✓ ${escapeMarkdown(explain(t, lang, m))}`;
    a.push({ start: m.aFigure.start, end: m.aFigure.end, status: 'match', hover });
    b.push({ start: m.bFigure.start, end: m.bFigure.end, status: 'match', hover });
  }
  for (const m of comparison.mismatches) {
    const annotation = annotationOf(annotations, m);
    const verdict = annotation?.verdict ?? 'open';
    // the user's note on the mismatch, under its verdict
    const note = annotation && annotation.note.trim() !== '' ? [`${escapeMarkdown(t('annotate.note'))}: ${escapeMarkdown(annotation.note)}`] : [];
    const dismissed = verdict === 'acceptable' || verdict === 'false-alarm';
    // (a weaker finding, level review, is marked more lightly than a drift, as the list folds it apart)
    const review = m.level === 'review';
    const status = dismissed ? 'dismissed' : m.kind === 'ambiguous' ? 'ambiguous' : review ? 'review' : 'mismatch';
    const tag = review ? ` (${escapeMarkdown(t('hover.review'))})` : '';
    const describe = (other: Figure | null) => () =>
      [
        `**${escapeMarkdown(t(`kind.${m.kind}`))}**${tag} — ${escapeMarkdown(explain(t, lang, m))}`,
        `${escapeMarkdown(t('annotate.verdict'))}: ${escapeMarkdown(t(`verdict.${verdict}`))}`,
        ...note,
        other
          ? `${escapeMarkdown(t('hover.counterpart'))}: “${escapeMarkdown(other.text)}” (${escapeMarkdown(valueShown(other, lang))})`
          : escapeMarkdown(t('hover.noCounterpart')),
      ].join('\n\n');
    if (m.aFigure) a.push({ start: m.aFigure.start, end: m.aFigure.end, status, hover: describe(m.bFigure) });
    if (m.bFigure) b.push({ start: m.bFigure.start, end: m.bFigure.end, status, hover: describe(m.aFigure) });
    // Entity mismatches (shared/entities) mark the names.
    const named = (other: { text: string } | null | undefined) => () =>
      [
        `**${escapeMarkdown(t('kind.entity'))}**${tag} — ${escapeMarkdown(explain(t, lang, m))}`,
        `${escapeMarkdown(t('annotate.verdict'))}: ${escapeMarkdown(t(`verdict.${verdict}`))}`,
        ...note,
        other ? `${escapeMarkdown(t('hover.counterpart'))}: “${escapeMarkdown(other.text)}”` : escapeMarkdown(t('hover.noCounterpart')),
      ].join('\n\n');
    if (m.aEntity) a.push({ start: m.aEntity.start, end: m.aEntity.end, status, hover: named(m.bEntity) });
    if (m.bEntity) b.push({ start: m.bEntity.start, end: m.bEntity.end, status, hover: named(m.aEntity) });
  }
  return { a, b };
}
