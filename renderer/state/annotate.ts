/** Annotating a mismatch, a ledger group or a span: find its annotation or start one with defaults. */
import { annotationsFor, createAnnotation, defaultCategory, defaultSeverity, nextAnnotationId, updateAnnotation, type AnnotationPatch } from '../../shared/project/annotations';
import type { LedgerGroup, Mismatch } from '../../shared/drift/types';
import { formatValue } from '../../shared/figures';
import type { Annotation, AnnotationTarget, IssueCategory, Severity } from '../../shared/project/types';

export function annotationOf(list: readonly Annotation[], mismatch: Pick<Mismatch, 'key'>): Annotation | undefined {
  return annotationsFor(list, { type: 'mismatch', key: mismatch.key })[0];
}

/** Applies `patch` to the target's annotation, creating it (with the given defaults) when there is none. */
export function annotateTarget(
  list: readonly Annotation[],
  target: AnnotationTarget,
  defaults: { category: IssueCategory; severity: Severity },
  patch: AnnotationPatch,
  now: string,
  author = '',
): Annotation[] {
  const existing = annotationsFor(list, target)[0];
  if (existing) return updateAnnotation(list, existing.id, patch, now);
  const created = createAnnotation({ id: nextAnnotationId(list), target, ...defaults, author }, now);
  return [...list, { ...created, ...patch, modified: now }];
}

export function annotateMismatch(list: readonly Annotation[], mismatch: Pick<Mismatch, 'key' | 'kind'>, patch: AnnotationPatch, now: string, author = ''): Annotation[] {
  return annotateTarget(list, { type: 'mismatch', key: mismatch.key }, { category: defaultCategory(mismatch.kind), severity: defaultSeverity(mismatch.kind) }, patch, now, author);
}

/**
 * What a ledger note is attached to: the counted thing plus the group's first value, so that
 * two groups of one concept (troops ≈ 11,000 and troops ≈ 2,600) keep separate notes.
 */
export function ledgerTarget(group: LedgerGroup): string {
  const first = group.entries[0]?.figure;
  return first ? `${group.what} · ${formatValue(first)}` : group.what;
}
