/**
 * Make pivot and the verdicts of the pairs it turns round: the comparison shown is always of the pairs as they are now,
 * and every verdict stays on its own mismatch, once. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/project/hash';
import { createProject } from '../../../shared/project/create';
import { parseMismatchKey } from '../../../shared/project/annotations';
import { analysisCovers, currentComparison, initialState, notesOnMismatchesGone, step, type WorkbenchState } from '../../../shared/workbench';
import { NOW, settleAsApp } from './helpers';

const ID = 'Banjir merendam 35 desa.\nSebanyak 1.250 warga mengungsi.\nSebanyak 37 rumah rusak.';
const EN = 'Floods submerged 35 villages.\nSome 1,520 residents fled.\nSome 73 houses were damaged.';

function loaded(): WorkbenchState {
  const project = createProject(
    [
      { name: 'id.txt', text: ID, lang: 'id' as const, hash: sha256Hex(ID) },
      { name: 'en.txt', text: EN, lang: 'en' as const, hash: sha256Hex(EN) },
    ],
    [{ mode: 'parallel' as const, beads: [] }],
  );
  return settleAsApp(step(initialState(), { type: 'load', project, name: '', origin: 'user' }));
}

describe('Make pivot on rows that are all one to one', () => {
  it('the comparison is made again with the new pivot as side A (the old one stayed, so verdicts hid and new ones took the wrong sides)', () => {
    let s = loaded();
    expect(s.history.present.alignments[0].beads.every((b) => b.a.length === 1 && b.b.length === 1)).toBe(true);
    const residents = currentComparison(s)!.mismatches.find((m) => m.aFigure?.text.includes('1.250'))!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: residents, patch: { verdict: 'confirmed', note: 'warga' }, now: NOW }));
    s = step(s, { type: 'make-pivot' });
    // (the rows are the same cells, the sides are not)
    expect(analysisCovers(s)).toBe(false);
    expect(currentComparison(s)).toBeNull();
    s = settleAsApp(s);
    expect(notesOnMismatchesGone(s)!.has('a1')).toBe(false);
    // a verdict set now names each version's own text
    const houses = currentComparison(s)!.mismatches.find((m) => m.aFigure?.text.includes('73'))!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: houses, patch: { verdict: 'false-alarm', note: 'rumah' }, now: NOW }));
    const t = s.history.present.annotations.find((a) => a.note === 'rumah')!.target;
    if (t.type !== 'mismatch') throw new Error('not on a mismatch');
    const k = parseMismatchKey(t.key)!;
    const versions = s.history.present.versions;
    expect(versions[t.a!].text.slice(k.a!.start, k.a!.end)).toBe(k.a!.text);
    expect(versions[t.b!].text.slice(k.b!.start, k.b!.end)).toBe(k.b!.text);
  });
});
