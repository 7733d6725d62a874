/** Annotating a mismatch: find its annotation or start one with defaults from the mismatch kind. */
import {
  annotationsFor,
  createAnnotation,
  defaultCategory,
  defaultSeverity,
  nextAnnotationId,
  updateAnnotation,
  type AnnotationPatch,
} from '../../shared/project/annotations';
import type { Mismatch } from '../../shared/drift/types';
import type { Annotation } from '../../shared/project/types';

export function annotationOf(list: readonly Annotation[], mismatch: Pick<Mismatch, 'key'>): Annotation | undefined {
  return annotationsFor(list, { type: 'mismatch', key: mismatch.key })[0];
}

export function annotateMismatch(
  list: readonly Annotation[],
  mismatch: Pick<Mismatch, 'key' | 'kind'>,
  patch: AnnotationPatch,
  now: string,
  author = '',
): Annotation[] {
  const existing = annotationOf(list, mismatch);
  if (existing) return updateAnnotation(list, existing.id, patch, now);
  const created = createAnnotation(
    {
      id: nextAnnotationId(list),
      target: { type: 'mismatch', key: mismatch.key },
      category: defaultCategory(mismatch.kind),
      severity: defaultSeverity(mismatch.kind),
      author,
    },
    now,
  );
  return [...list, { ...created, ...patch, modified: now }];
}
