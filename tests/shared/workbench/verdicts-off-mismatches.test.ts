/**
 * A change of the rows that takes verdicts off their mismatches (a change of mode, a merge) says how many on the
 * status line, as a text edit says the notes it detached (it said only "Re-aligned.", or nothing). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { currentComparison, notesOnMismatchesGone, type WorkbenchState } from '../../../shared/workbench';
import { translate } from '../../../shared/i18n';
import { sha256Hex } from '../../../shared/project/hash';
import { loaded, loadedIn, NOW, run, STORY_B } from './helpers';

const ID = ['Banjir merendam 35 desa di Kabupaten Bogor pada Senin.', 'Sebanyak 2 orang tewas dan 4 orang hilang.', 'Kerugian ditaksir mencapai Rp 12 miliar.', 'Sekitar 1.200 warga mengungsi ke 6 posko.', 'Hujan turun selama 9 jam tanpa henti.'].join(' ');
const EN = ['Floods submerged 53 villages in Bogor regency on Monday.', 'Some 3 people died and 4 went missing.', 'Losses were estimated at Rp12 billion.', 'About 1,500 residents fled to 6 shelters.', 'Rain fell for 19 hours without a break.'].join(' ');

function allConfirmed(s: WorkbenchState): WorkbenchState {
  for (const [i, m] of currentComparison(s)!.mismatches.entries()) s = run(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: `checked ${i}` }, now: NOW });
  return s;
}

describe('verdicts a change of the rows takes off their mismatches are said', () => {
  it('a change of mode: the count, in English and Indonesian', () => {
    let s = allConfirmed(loadedIn([[ID, 'id'], [EN, 'en']]));
    s = run(s, { type: 'set-mode', mode: 'comparable' });
    const gone = notesOnMismatchesGone(s)!.size;
    expect(gone).toBeGreaterThan(0);
    expect(s.notice).toEqual({ key: 'status.verdictsOffMismatches', params: { count: gone } });
    expect(translate('en', s.notice!.key, s.notice!.params)).toContain(`${gone} verdicts and notes no longer have their mismatches`);
    expect(translate('id', s.notice!.key, s.notice!.params)).toContain(`${gone} putusan dan catatan`);
  });

  it('a merge of two rows: the one verdict it took off, in the singular', () => {
    let s = loaded();
    const lansia = currentComparison(s)!.mismatches.find((x) => x.key.includes('87 lansia'))!;
    s = run(s, { type: 'annotate-mismatch', mismatch: lansia, patch: { verdict: 'confirmed', note: 'B is wrong' }, now: NOW });
    s = run(s, { type: 'grid', op: 'merge', row: 1, side: 'a' });
    expect(notesOnMismatchesGone(s)!.size).toBe(1);
    expect(translate('en', s.notice!.key, s.notice!.params)).toMatch(/^1 verdict or note no longer has its mismatch/);
  });

  it('guard: a re-alignment that keeps every verdict says only that it re-aligned; an undo says nothing of the kind', () => {
    let s = allConfirmed(loadedIn([[ID, 'id'], [EN, 'en']]));
    s = run(s, { type: 'realign' });
    expect(s.notice?.key).toMatch(/^status\.realigned/);
    s = run(s, { type: 'set-mode', mode: 'comparable' }, { type: 'undo' });
    expect(s.notice?.key).not.toBe('status.verdictsOffMismatches');
  });

  it('a redo that takes them off again says so (it said only "Redone.")', () => {
    let s = allConfirmed(loadedIn([[ID, 'id'], [EN, 'en']]));
    s = run(s, { type: 'set-mode', mode: 'comparable' }, { type: 'undo' }, { type: 'redo' });
    expect(s.notice).toEqual({ key: 'status.verdictsOffMismatches', params: { count: notesOnMismatchesGone(s)!.size } });
  });
});

describe("an edit's count of the notes it took off their figures", () => {
  const edit = (version: number, text: string) => ({ type: 'edit-text' as const, version, text, hash: sha256Hex(text) });
  it('leaves out a verdict the analysis put back on its figure (the word beside the number changed): it said one was off', () => {
    let s = loaded();
    const m = currentComparison(s)!.mismatches.find((x) => x.key.includes('78 lansia'))!;
    s = run(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: '87 in the original' }, now: NOW });
    s = run(s, edit(1, STORY_B.replace('Tercatat 78 lansia', 'Tercatat 78 manula')));
    expect(currentComparison(s)!.mismatches.some((x) => x.key.includes('78 manula'))).toBe(true);
    expect(s.notice).toBeNull();
  });
  it('guard: a verdict whose figure the edit changed is still counted', () => {
    let s = loaded();
    const m = currentComparison(s)!.mismatches.find((x) => x.key.includes('78 lansia'))!;
    s = run(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: '87 in the original' }, now: NOW });
    s = run(s, edit(1, STORY_B.replace('Tercatat 78 lansia', 'Tercatat 79 lansia')));
    expect(s.notice).toEqual({ key: 'workbench.kept.detached', params: { count: 1 } });
  });
});
