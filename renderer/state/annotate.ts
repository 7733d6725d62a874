/** Finding the annotation of a mismatch (the model annotates). */
import { annotationsFor } from '../../shared/project/annotations';
import type { Mismatch } from '../../shared/drift/types';
import type { Annotation } from '../../shared/project/types';

export function annotationOf(list: readonly Annotation[], mismatch: Pick<Mismatch, 'key'>): Annotation | undefined {
  return annotationsFor(list, { type: 'mismatch', key: mismatch.key })[0];
}

