/** Finding the annotation of a mismatch, and what a ledger note is attached to (the model annotates). */
import { annotationsFor } from '../../shared/project/annotations';
import type { LedgerGroup, Mismatch } from '../../shared/drift/types';
import { formatValue } from '../../shared/figures';
import type { Annotation } from '../../shared/project/types';

export function annotationOf(list: readonly Annotation[], mismatch: Pick<Mismatch, 'key'>): Annotation | undefined {
  return annotationsFor(list, { type: 'mismatch', key: mismatch.key })[0];
}

/**
 * What a ledger note is attached to: the counted thing plus the group's first value, so that
 * two groups of one concept (troops ≈ 11,000 and troops ≈ 2,600) keep separate notes.
 */
export function ledgerTarget(group: LedgerGroup): string {
  const first = group.entries[0]?.figure;
  return first ? `${group.what} · ${formatValue(first)}` : group.what;
}
