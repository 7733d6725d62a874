/** One key per set of cells: two beads with the same sentences on each side have the same key. */
import type { Bead } from './types';

/** `0,1|2` for a bead of A sentences 0 and 1 and B sentence 2. */
export function beadKey(b: Pick<Bead, 'a' | 'b'>): string {
  return `${b.a.join(',')}|${b.b.join(',')}`;
}
