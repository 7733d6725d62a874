import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addAnnotation,
  annotationsFor,
  countByVerdict,
  createAnnotation,
  dismissAnnotation,
  filterByVerdict,
  isDismissed,
  mismatchVerdict,
  nextAnnotationId,
  removeAnnotation,
  restoreAnnotation,
  severityFromScore,
  severityScore,
  updateAnnotation,
  defaultCategory,
} from '../../../shared/project/annotations';
import type { Annotation, Verdict } from '../../../shared/project/types';
import { sample } from '../../fixtures/project/sample';

const T1 = '2024-05-01T00:00:00.000Z';
const T2 = '2024-05-02T00:00:00.000Z';

describe('annotations', () => {
  it('creates with defaults and finds a fresh id', () => {
    const list = sample().project.annotations;
    const id = nextAnnotationId(list);
    expect(list.some((a) => a.id === id)).toBe(false);
    const a = createAnnotation({ id, target: { type: 'mismatch', key: 'k' } }, T1);
    expect(a).toMatchObject({ verdict: 'open', note: '', created: T1, modified: T1 });
    const next = addAnnotation(list, a);
    expect(next).toHaveLength(list.length + 1);
    expect(list).toHaveLength(4); // not mutated
  });

  it('adding an existing id replaces it but keeps its creation time', () => {
    const list = sample().project.annotations;
    const replaced = addAnnotation(list, { ...list[0], note: 'new', created: T2 });
    expect(replaced).toHaveLength(list.length);
    expect(replaced[0].note).toBe('new');
    expect(replaced[0].created).toBe(list[0].created);
  });

  it('updates, dismisses and restores without losing anything', () => {
    let list = sample().project.annotations;
    list = updateAnnotation(list, 'a3', { note: 'checked', severity: 'major', verdict: undefined }, T1);
    expect(list[2]).toMatchObject({ note: 'checked', severity: 'major', verdict: 'open', modified: T1 });
    list = dismissAnnotation(list, 'a3', 'acceptable', T2, 'source confirmed');
    expect(list[2].verdict).toBe('acceptable');
    expect(list[2].note).toBe('checked\nsource confirmed');
    expect(isDismissed(list[2])).toBe(true);
    expect(list).toHaveLength(4);
    list = restoreAnnotation(list, 'a3', T2);
    expect(list[2].verdict).toBe('open');
    expect(list[2].note).toBe('checked\nsource confirmed');
    // restoring a confirmed one does nothing
    expect(restoreAnnotation(list, 'a1', T2)[0].verdict).toBe('confirmed');
  });

  it('removes only with an explicit confirmation', () => {
    const list = sample().project.annotations;
    expect(removeAnnotation(list, 'a1', false)).toEqual(list);
    expect(removeAnnotation(list, 'a1', true).map((a) => a.id)).toEqual(['a2', 'a3', 'a4']);
  });

  it('filters by verdict and counts', () => {
    const list = sample().project.annotations;
    expect(filterByVerdict(list, 'confirmed').map((a) => a.id)).toEqual(['a1', 'a4']);
    expect(filterByVerdict(list, ['acceptable', 'false-alarm']).map((a) => a.id)).toEqual(['a2']);
    expect(countByVerdict(list)).toEqual({ open: 1, confirmed: 2, acceptable: 0, 'false-alarm': 1 });
    expect(annotationsFor(list, { type: 'ledger', what: 'residents' }).map((a) => a.id)).toEqual(['a4']);
  });

  it('the latest annotation decides a mismatch verdict', () => {
    const list = sample().project.annotations;
    expect(mismatchVerdict(list, 'count:1250@1|1520@1')).toBe('confirmed');
    expect(mismatchVerdict(list, 'nothing')).toBe('open');
    const later = addAnnotation(list, createAnnotation({ id: 'a9', target: { type: 'mismatch', key: 'count:1250@1|1520@1' }, verdict: 'acceptable' }, '2030-01-01T00:00:00.000Z'));
    expect(mismatchVerdict(later, 'count:1250@1|1520@1')).toBe('acceptable');
  });

  it('property: dismiss then restore keeps the count and gives open', () => {
    const verdicts: Verdict[] = ['open', 'confirmed', 'acceptable', 'false-alarm'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...verdicts), { minLength: 1, maxLength: 20 }), fc.nat(), (vs, pick) => {
        const list: Annotation[] = vs.map((v, i) => createAnnotation({ id: `a${i}`, target: { type: 'ledger', what: 'x' }, verdict: v }, T1));
        const id = `a${pick % vs.length}`;
        const dismissed = dismissAnnotation(list, id, 'false-alarm', T2);
        expect(dismissed).toHaveLength(list.length);
        const restored = restoreAnnotation(dismissed, id, T2);
        expect(restored.find((a) => a.id === id)?.verdict).toBe('open');
      }),
    );
  });

  it('maps severities to ITS scores and back', () => {
    for (const s of ['minor', 'major', 'critical'] as const) expect(severityFromScore(severityScore(s))).toBe(s);
    expect(defaultCategory('missing')).toBe('omission');
    expect(defaultCategory('added')).toBe('addition');
    expect(defaultCategory('scale')).toBe('numbers');
  });
});
