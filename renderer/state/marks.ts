/** Turns a comparison into Monaco decorations for each pane, with one-sentence hovers. */
import type { TFunction } from 'i18next';
import type { Comparison } from '../../shared/drift/types';
import { formatValue } from '../../shared/figures';
import type { Annotation } from '../../shared/project/types';
import type { FigureMark } from '../components/VersionPane';
import { annotationOf } from './annotate';

/** Escapes Markdown so that story text shows as text in a hover. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

export function figureMarks(comparison: Comparison | null, annotations: Annotation[], t: TFunction): { a: FigureMark[]; b: FigureMark[] } {
  const a: FigureMark[] = [];
  const b: FigureMark[] = [];
  if (!comparison) return { a, b };
  for (const m of comparison.matches) {
    const why = escapeMarkdown(t(m.messageKey, { ...m.params, defaultValue: m.note }));
    a.push({ start: m.aFigure.start, end: m.aFigure.end, status: 'match', hover: `✓ ${why}` });
    b.push({ start: m.bFigure.start, end: m.bFigure.end, status: 'match', hover: `✓ ${why}` });
  }
  for (const m of comparison.mismatches) {
    const verdict = annotationOf(annotations, m)?.verdict ?? 'open';
    const dismissed = verdict === 'acceptable' || verdict === 'false-alarm';
    const status = dismissed ? 'dismissed' : m.kind === 'ambiguous' ? 'ambiguous' : 'mismatch';
    const lines = [
      `**${escapeMarkdown(t(`kind.${m.kind}`))}** — ${escapeMarkdown(t(m.messageKey, { ...m.params, defaultValue: m.note }))}`,
      `${escapeMarkdown(t('annotate.verdict'))}: ${escapeMarkdown(t(`verdict.${verdict}`))}`,
    ];
    if (m.aFigure) {
      const other = m.bFigure ? `${escapeMarkdown(t('hover.counterpart'))}: “${escapeMarkdown(m.bFigure.text)}” (${escapeMarkdown(formatValue(m.bFigure))})` : escapeMarkdown(t('hover.noCounterpart'));
      a.push({ start: m.aFigure.start, end: m.aFigure.end, status, hover: [...lines, other].join('\n\n') });
    }
    if (m.bFigure) {
      const other = m.aFigure ? `${escapeMarkdown(t('hover.counterpart'))}: “${escapeMarkdown(m.aFigure.text)}” (${escapeMarkdown(formatValue(m.aFigure))})` : escapeMarkdown(t('hover.noCounterpart'));
      b.push({ start: m.bFigure.start, end: m.bFigure.end, status, hover: [...lines, other].join('\n\n') });
    }
  }
  return { a, b };
}
