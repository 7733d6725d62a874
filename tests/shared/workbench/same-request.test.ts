/**
 * One analysis per content: the request the workbench builds from equal states is the same
 * request (a run going on for it is kept), and any change a result depends on makes it another.
 */
import { describe, expect, it } from 'vitest';
import { analysisAsked, analysisCovers, sameAnalysisAsked, step } from '../../../shared/workbench';
import { sha256Hex } from '../../../shared/project/hash';
import { loaded, run, STORY_A } from './helpers';

describe('sameAnalysisAsked', () => {
  it('a mode change applied twice to the same state asks the same analysis, with new objects', () => {
    const base = loaded();
    const once = step(base, { type: 'set-mode', mode: 'comparable' });
    const again = step(base, { type: 'set-mode', mode: 'comparable' });
    expect(analysisCovers(once)).toBe(false);
    expect(once.history.present.alignments).not.toBe(again.history.present.alignments);
    expect(sameAnalysisAsked(analysisAsked(once), analysisAsked(again))).toBe(true);
  });

  it('the mode, a re-alignment, a text, a confirmed or locked row, the termbase: each asks another analysis', () => {
    const base = loaded();
    const asked = analysisAsked(base);
    const other = (s: typeof base) => sameAnalysisAsked(asked, analysisAsked(s));
    expect(other(base)).toBe(true);
    expect(other(step(base, { type: 'set-mode', mode: 'comparable' }))).toBe(false);
    expect(other(step(base, { type: 'realign' }))).toBe(false);
    const text = `${STORY_A} Tambahan 5 truk tiba.`;
    expect(other(step(base, { type: 'edit-text', version: 0, text, hash: sha256Hex(text) }))).toBe(false);
    expect(other(step(base, { type: 'grid', op: 'confirm', row: 1 }))).toBe(false);
    expect(other(step(base, { type: 'grid', op: 'lock', row: 2 }))).toBe(false);
    const termbase = { name: 'tb.csv', format: 'csv' as const, entries: [{ id: 't1', terms: [] }] } as never;
    const withTermbase = step(base, { type: 'set-termbase', termbase });
    expect(other(withTermbase)).toBe(false);
    // The same termbase content in a new object is the same request.
    const copy = step(base, { type: 'set-termbase', termbase: JSON.parse(JSON.stringify(termbase)) });
    expect(sameAnalysisAsked(analysisAsked(withTermbase), analysisAsked(copy))).toBe(true);
  });

  it('a merge asks another analysis; once run, the state is covered', () => {
    const base = loaded();
    const merged = step(base, { type: 'grid', op: 'merge', row: 1, side: 'a' });
    expect(sameAnalysisAsked(analysisAsked(base), analysisAsked(merged))).toBe(false);
    expect(analysisCovers(run(base, { type: 'grid', op: 'merge', row: 1, side: 'a' }))).toBe(true);
  });
});
