/** Mismatch keys when the pivot changes: side A becomes side B and the reverse. */
import { formatMismatchKey, parseMismatchKey } from '../project/annotations';

const SWAPPED_KIND: Record<string, string> = { missing: 'added', added: 'missing' };

/** The key of the same mismatch seen from the other side (a missing figure becomes an added one). */
export function swapKeySides(key: string): string {
  const parts = parseMismatchKey(key);
  if (!parts) return key;
  return formatMismatchKey(SWAPPED_KIND[parts.kind] ?? parts.kind, parts.b, parts.a);
}
