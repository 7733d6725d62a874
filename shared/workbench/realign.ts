/**
 * Re-aligning a pair without losing the user's decisions: every bead the user confirmed or
 * locked is handed to the aligner as a fixed bead, and comes back with its own flags (a
 * confirmed bead is not turned into a locked one).
 */
import type { Bead } from '../align/types';
import { beadKey } from '../align/bead-key';

/** The beads the aligner must keep: the confirmed and the locked ones, given to it as locked. */
export function realignAnchors(beads: readonly Bead[]): Bead[] {
  return beads.filter((b) => (b.confirmed || b.locked) && b.a.length + b.b.length > 0).map((b) => ({ ...b, locked: true }));
}

/** The aligner's beads with each kept bead's own flags put back (confirmed stays confirmed, not locked). */
export function restoreAnchors(aligned: readonly Bead[], before: readonly Bead[]): Bead[] {
  const own = new Map<string, Bead>();
  for (const b of before) if (b.confirmed || b.locked) own.set(beadKey(b), b);
  return aligned.map((b) => {
    const was = own.get(beadKey(b));
    if (!b.locked || !was) return b;
    const out: Bead = { ...b, confirmed: true };
    if (!was.locked) delete out.locked;
    return out;
  });
}

