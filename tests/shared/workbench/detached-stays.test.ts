/**
 * A verdict an edit detached from its figure stays detached until that very figure is back: it never comes
 * back to life on another figure that later edits moved to its old place. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/project/hash';
import { isDetached, parseMismatchKey } from '../../../shared/project/annotations';
import { currentComparison, initialState, liveLedgerTargets, step, type WorkbenchState } from '../../../shared/workbench';
import { ledgerTarget } from '../../../shared/drift/ledger';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { exportInputOf } from '../../../shared/formats/input';
import type { ExportInput } from '../../../shared/formats/types';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { importBilingual } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { loadedIn, NOW, run, settle } from './helpers';

const ID = 'Sebanyak 2 orang tewas dan 2 orang hilang di Bogor.';
const EN = 'Some 3 people died and 4 people went missing in Bogor.';
const edit = (version: number, text: string) => ({ type: 'edit-text' as const, version, text, hash: sha256Hex(text) });

/** An Indonesian text and its English version, loaded and analysed. */
const pair = (id = ID, en = EN): WorkbenchState =>
  loadedIn([
    [id, 'id'],
    [en, 'en'],
  ]);

/** Each annotation's note, whether it is detached, and the A figure its key names now (its text at its place). */
function where(s: WorkbenchState): string[] {
  const text = s.history.present.versions[0].text;
  return s.history.present.annotations.map((a) => {
    const t = a.target;
    const k = t.type === 'mismatch' ? parseMismatchKey(t.key) : null;
    return `${a.note}: ${isDetached(a) ? 'detached' : 'live'} @ ${k?.a ? text.slice(k.a.start, k.a.end) : '-'}`;
  });
}

function annotated(): WorkbenchState {
  let s = pair();
  const [dead, missing] = currentComparison(s)!.mismatches;
  expect([dead.aFigure?.start, missing.aFigure?.start]).toEqual([ID.indexOf('2 orang'), ID.lastIndexOf('2 orang')]);
  s = run(s, { type: 'annotate-mismatch', mismatch: dead, patch: { verdict: 'confirmed', note: 'catatan tewas' }, now: NOW });
  s = run(s, { type: 'annotate-mismatch', mismatch: missing, patch: { verdict: 'false-alarm', note: 'catatan hilang' }, now: NOW });
  return s;
}

describe('a detached verdict', () => {
  it('stays detached when the figure it was on is deleted and another one moves to its place (it came back on that one)', () => {
    const changed = ID.replace('2 orang tewas', '3 orang tewas');
    let s = run(annotated(), edit(0, changed));
    expect(where(s)[0]).toBe('catatan tewas: detached @ 3 orang');
    s = run(s, edit(0, changed.replace('3 orang tewas dan ', '')));
    expect(where(s)[0]).toMatch(/^catatan tewas: detached @ $/);
    expect(s.history.present.annotations[0].verdict).toBe('confirmed');
  });

  it('moves with the text, so that its figure written back as it was brings it back, after text was added before it', () => {
    const changed = ID.replace('2 orang tewas', '12 orang tewas');
    let s = run(annotated(), edit(0, changed));
    s = run(s, edit(0, `Kemarin, ${changed}`));
    expect(where(s)[0]).toMatch(/^catatan tewas: detached @ 12 oran/);
    s = run(s, edit(0, `Kemarin, ${ID}`));
    expect(where(s)).toEqual(['catatan tewas: live @ 2 orang', 'catatan hilang: live @ 2 orang']);
  });
});

describe('a note on a figure group of the ledger', () => {
  const A = 'Banjir merendam 35 desa di Bogor. Di Bekasi, 12 desa juga terendam.';
  const B = 'Floods submerged 35 villages in Bogor. In Bekasi, 12 villages were also flooded.';
  function noted(): WorkbenchState {
    return run(pair(A, B), { type: 'annotate', target: { type: 'ledger', what: 'villages · 35' }, patch: { note: 'cek 35 desa' }, now: NOW });
  }
  const groupOf = (s: WorkbenchState) => s.history.present.annotations.map((a) => (a.target.type === 'ledger' ? a.target.what : ''));

  it('stays on its group, gone, when the group’s figures are deleted (it moved to the group of 12)', () => {
    const s = run(noted(), edit(0, A.replace('Banjir merendam 35 desa di Bogor. ', '')), edit(1, B.replace('Floods submerged 35 villages in Bogor. ', '')));
    expect(groupOf(s)).toEqual(['villages · 35']);
  });

  it('follows its group renamed by an edit of the group’s value', () => {
    const s = run(noted(), edit(0, A.replace('35 desa', '36 desa')), edit(1, B.replace('35 villages', '36 villages')));
    expect(groupOf(s)).toEqual(['villages · 36']);
  });
});

describe('Make pivot', () => {
  it('keeps a detached verdict the pair’s, so that every export still carries it (they left it out)', async () => {
    const { exportCsv } = await import('../../../shared/formats/csv');
    const { exportInputOf } = await import('../../../shared/formats/input');
    let s = run(annotated(), edit(0, ID.replace('2 orang tewas', '3 orang tewas')));
    expect(where(s)[0]).toBe('catatan tewas: detached @ 3 orang');
    s = run(s, { type: 'make-pivot' });
    expect(s.history.present.pivot).toBe(1);
    const csv = exportCsv({ ...exportInputOf(s.history.present, s.pair, 'all', 't'), uiLang: 'en' });
    expect(csv).toContain('catatan tewas');
    expect(csv).toContain('catatan hilang');
    // and back: the verdict is where it was
    s = run(s, { type: 'make-pivot' });
    expect(where(s)[0]).toBe('catatan tewas: detached @ 3 orang');
  });
});

describe('another text opened in place of version B of a project read from a TMX', () => {
  it('detaches the old text’s verdicts and says so, as in a project of plain texts (they stayed on the new text’s figures)', async () => {
    const { exportTmx } = await import('../../../shared/formats/tmx');
    const { importTmx } = await import('../../../shared/formats/import-tmx');
    const { exportInputOf } = await import('../../../shared/formats/input');
    const { projectFromBilingual } = await import('../../../shared/formats/import-project');
    const back = importTmx(exportTmx(exportInputOf(annotated().history.present, 0, 'all', 't')), 'r.tmx');
    if (!back.ok) throw new Error(back.message);
    let s = settle(step(initialState(), { type: 'load', project: projectFromBilingual(back, 'r.tmx'), name: 'r.tmx', origin: 'user' }));
    expect(s.history.present.annotations.every((a) => !isDetached(a))).toBe(true);
    const revised = 'Some 2 people died and 2 people went missing in Bogor.';
    s = run(s, { type: 'open-text', slot: 'b', version: { name: 'revised.txt', text: revised, lang: 'en', hash: sha256Hex(revised) } });
    expect(s.history.present.annotations.map((a) => [a.note, isDetached(a)])).toEqual([
      ['catatan tewas', true],
      ['catatan hilang', true],
    ]);
    expect(s.notice?.key).toBe('status.openedDetached');
  });
});

describe('a ledger note whose group an edit removed', () => {
  it('stays on that group, marked gone, after save and reopen (it moved to the other group counting the same thing)', () => {
    const id = 'Banjir merendam 35 desa di Bogor. Di Bekasi, 12 desa juga terendam.';
    const en = 'Floods submerged 35 villages in Bogor. In Bekasi, 12 villages were also flooded.';
    let s = pair(id, en);
    expect(s.analysis!.result.ledger.map(ledgerTarget)).toEqual(['villages · 35', 'villages · 12']);
    s = run(s, { type: 'annotate', target: { type: 'ledger', what: 'villages · 35' }, patch: { note: 'cek 35 desa' }, now: NOW });
    s = run(s, edit(0, id.replace('Banjir merendam 35 desa di Bogor. ', '')), edit(1, en.replace('Floods submerged 35 villages in Bogor. ', '')));
    const on = (st: WorkbenchState) => st.history.present.annotations.map((a) => (a.target.type === 'ledger' ? `${a.target.what} ${liveLedgerTargets(st)!.has(a.target.what) ? 'live' : 'gone'}` : ''));
    expect(on(s)).toEqual(['villages · 35 gone']);
    const parsed = parseProject(serializeProject(s.history.present, { app: { name: 'Selaras', version: 't' } }), { name: 'p.selaras' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const reopened = settle(step(initialState(), { type: 'load', project: parsed.project, name: 'p.selaras' }));
    expect(on(reopened)).toEqual(['villages · 35 gone']);
  });
});

describe('a verdict of a version replaced by another text', () => {
  const revised = 'Some 3 people died and 4 people went missing in Bogor, police said.';
  it('an edit detached before stays detached, said, and never lands on the new text’s figure (it came back live there)', () => {
    let s = run(annotated(), edit(1, EN.replace('Some 3 people', 'Some 5 people')));
    expect(where(s)[0]).toBe('catatan tewas: detached @ 2 orang');
    s = settle(step(s, { type: 'open-text', slot: 'b', version: { name: 'revised.txt', text: revised, lang: 'en', hash: sha256Hex(revised) } }));
    const [first] = s.history.present.annotations;
    expect(first.target).toMatchObject({ removed: true, replaced: true });
    expect(isDetached(first)).toBe(true);
    expect(s.notice).toMatchObject({ key: 'status.openedDetached', params: { count: 2 } });
  });

  it.each([
    ['TMX', (x: ExportInput) => exportTmx(x), 'r.tmx'],
    ['XLIFF 2', (x: ExportInput) => exportXliff(x), 'r.xlf'],
    ['XLIFF 1.2', (x: ExportInput) => exportXliff12(x), 'r.xlf'],
  ] as const)('%s: stays detached through an export and back (it came back live on the new text’s figure)', (_name, write, file) => {
    const s = settle(step(annotated(), { type: 'open-text', slot: 'b', version: { name: 'revised.txt', text: revised, lang: 'en', hash: sha256Hex(revised) } }));
    expect(s.history.present.annotations.every((a) => isDetached(a))).toBe(true);
    const back = importBilingual(write(exportInputOf(s.history.present, 0, 'all', 't')), file);
    if (!back.ok) throw new Error(back.message);
    const reopened = settle(step(initialState(), { type: 'load', project: projectFromBilingual(back, file), name: file }));
    const notes = reopened.history.present.annotations.filter((a) => a.note.startsWith('catatan'));
    expect(notes.map((a) => [a.note, isDetached(a), a.target.type === 'mismatch' && a.target.replaced])).toEqual([
      ['catatan tewas', true, true],
      ['catatan hilang', true, true],
    ]);
  });
});

describe('undo and redo give back the notes as they were', () => {
  it('a ledger note is where the state had it after an undo and a redo (the analysis answering the redo took the undone state for the one edited, and moved the note)', () => {
    // (the hours in one version only: one group, renamed by an edit of its value)
    const A = 'Hujan turun selama 9 jam di hulu.';
    const B = 'Rain fell upstream.';
    let s = pair(A, B);
    const group = s.analysis!.result.ledger.map(ledgerTarget).find((g) => g.includes('9'))!;
    s = settle(step(s, { type: 'annotate', target: { type: 'ledger', what: group }, patch: { note: 'cek durasi' }, now: NOW }));
    // an edit the analysis has not answered yet, undone and done again: the note is where that state had it
    s = step(s, edit(0, A.replace('9 jam', '19 jam')));
    const stored = s.history.present.annotations;
    s = settle(step(s, { type: 'undo' }));
    s = settle(step(s, { type: 'redo' }));
    expect(s.history.present.annotations).toEqual(stored);
    // and an edit after the undo, from a state the analysis answered, is followed as ever
    s = settle(step(s, { type: 'undo' }));
    s = settle(step(s, edit(0, A.replace('9 jam', '19 jam'))));
    expect(s.history.present.annotations.map((a) => a.target)).toEqual([{ type: 'ledger', what: group.replace('9', '19') }]);
  });
});

describe('a verdict whose figure an edit deleted, where the same figure of the next sentence moves', () => {
  it('stays detached (it came back on the figure the edit moved to the deleted one’s place)', () => {
    const A = 'Polisi menangkap 4 orang. Tentara menangkap 4 orang.';
    const B = 'Police made arrests. Soldiers made arrests.';
    let s = pair(A, B);
    const first = currentComparison(s)!.mismatches.find((m) => m.aFigure?.start === A.indexOf('4 orang'))!;
    s = run(s, { type: 'annotate-mismatch', mismatch: first, patch: { verdict: 'confirmed', note: 'yang pertama' }, now: NOW });
    // the first sentence deleted: the second sentence's `4 orang` now stands over the place of the first's
    const cut = A.replace('Polisi menangkap 4 orang. ', '');
    expect(Math.abs(cut.indexOf('4 orang') - A.indexOf('4 orang'))).toBeLessThan(2);
    s = run(s, edit(0, cut));
    const [a] = s.history.present.annotations;
    expect(isDetached(a)).toBe(true);
    expect(a.verdict).toBe('confirmed');
  });
});
