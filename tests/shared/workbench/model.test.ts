/**
 * The workbench model, headless: one test (or a few) per problem of issue 11. Each asserts the
 * behaviour the user needs; each fails on the behaviour the workbench had before the model.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import type { Bead } from '../../../shared/align/types';
import { buildModel, summarize } from '../../../shared/formats/model';
import { createProject } from '../../../shared/project/create';
import { sha256Hex } from '../../../shared/project/hash';
import { en } from '../../../shared/i18n/en';
import { id as idDict } from '../../../shared/i18n/id';
import { countsOf, currentComparison, initialState, isDirty, liveLedgerTargets, pairView, saveRequest, step, type Intent, type WorkbenchState } from '../../../shared/workbench';
import { ledgerTarget } from '../../../shared/drift/ledger';
import { loaded, NOW, run, settle, STORY_A, STORY_B } from './helpers';

const mismatch = (s: WorkbenchState, text: string) => {
  const m = currentComparison(s)?.mismatches.find((x) => x.aFigure?.text === text || x.bFigure?.text === text);
  if (!m) throw new Error(`no mismatch on ${text}`);
  return m;
};

/** Sample state of problem 1: "3 kompi" confirmed, "87 lansia" a false alarm with a note. */
function reviewed(): WorkbenchState {
  const s = loaded();
  return run(
    s,
    { type: 'annotate-mismatch', mismatch: mismatch(s, '3 kompi'), patch: { verdict: 'confirmed' }, now: NOW },
    { type: 'annotate-mismatch', mismatch: mismatch(s, '87 lansia'), patch: { verdict: 'false-alarm', note: 'lansia dihitung ulang' }, now: NOW },
  );
}

describe('1. editing a text keeps verdicts and notes on their figures', () => {
  it('an insertion before the figures moves their annotations with them', () => {
    const before = reviewed();
    expect(countsOf(before)).toMatchObject({ total: 4, open: 2, confirmed: 1, dismissed: 1 });
    const after = run(before, { type: 'edit-text', version: 0, text: `TEST 99 ${STORY_A}`, hash: sha256Hex(`TEST 99 ${STORY_A}`) });
    // "99" is a new figure (one more open mismatch); the two reviewed ones keep their verdicts.
    expect(countsOf(after)).toMatchObject({ total: 5, open: 3, confirmed: 1, dismissed: 1, detached: 0 });
    const keys = new Set(currentComparison(after)!.mismatches.map((m) => m.key));
    for (const a of after.history.present.annotations) expect(a.target.type === 'mismatch' && keys.has(a.target.key)).toBe(true);
    expect(after.history.present.annotations.find((a) => a.note)?.note).toBe('lansia dihitung ulang');
  });

  it('a note whose figure the edit deleted is kept, marked removed, and counted as such', () => {
    const text = STORY_A.replace('Petugas mencatat 87 lansia harus dipindahkan ke posko darurat. ', '');
    const after = run(reviewed(), { type: 'edit-text', version: 0, text, hash: sha256Hex(text) });
    const notes = after.history.present.annotations;
    expect(notes).toHaveLength(2);
    const gone = notes.find((a) => a.note === 'lansia dihitung ulang')!;
    expect(gone.target).toMatchObject({ type: 'mismatch', removed: true });
    expect(countsOf(after)).toMatchObject({ confirmed: 1, dismissed: 0, detached: 1 });
  });

  it('a verdict stays on its figures when a word next to one becomes part of it (its mismatch gets a new key)', () => {
    const text = STORY_B.replace('Tercatat 78 lansia', 'Tercatat sekitar 78 lansia');
    const after = run(reviewed(), { type: 'edit-text', version: 1, text, hash: sha256Hex(text) });
    const m = mismatch(after, 'sekitar 78 lansia');
    const note = after.history.present.annotations.find((a) => a.note === 'lansia dihitung ulang')!;
    expect(note.target).toMatchObject({ type: 'mismatch', key: m.key });
    expect(countsOf(after)).toMatchObject({ confirmed: 1, dismissed: 1, detached: 0 });
    // one undo step: the edit (the verdict's move is part of it)
    const undone = run(after, { type: 'undo' });
    expect(undone.history.present.versions[1].text).toBe(STORY_B);
  });

  it('a verdict stays on its figures when the word beside a number changes (lansia → manula), and stays removed when the number changes', () => {
    const text = STORY_B.replace('Tercatat 78 lansia', 'Tercatat 78 manula');
    const after = run(reviewed(), { type: 'edit-text', version: 1, text, hash: sha256Hex(text) });
    const note = after.history.present.annotations.find((a) => a.note === 'lansia dihitung ulang')!;
    const m = currentComparison(after)!.mismatches.find((x) => x.key === (note.target.type === 'mismatch' ? note.target.key : ''));
    expect(m?.bFigure?.text).toContain('78');
    expect(countsOf(after)).toMatchObject({ dismissed: 1, detached: 0 });
    const changed = STORY_B.replace('Tercatat 78 lansia', 'Tercatat 79 lansia');
    const other = run(reviewed(), { type: 'edit-text', version: 1, text: changed, hash: sha256Hex(changed) });
    expect(countsOf(other)).toMatchObject({ detached: 1 });
  });

  it('a verdict stays on its figure when its number is written in words (78 → tujuh puluh delapan), not when the words say another number', () => {
    const text = STORY_B.replace('Tercatat 78 lansia', 'Tercatat tujuh puluh delapan lansia');
    const after = run(reviewed(), { type: 'edit-text', version: 1, text, hash: sha256Hex(text) });
    const note = after.history.present.annotations.find((a) => a.note === 'lansia dihitung ulang')!;
    const m = currentComparison(after)!.mismatches.find((x) => x.key === (note.target.type === 'mismatch' ? note.target.key : ''));
    expect(m?.bFigure?.text).toContain('tujuh puluh delapan');
    expect(countsOf(after)).toMatchObject({ dismissed: 1, detached: 0 });
    const changed = STORY_B.replace('Tercatat 78 lansia', 'Tercatat tujuh puluh sembilan lansia');
    expect(countsOf(run(reviewed(), { type: 'edit-text', version: 1, text: changed, hash: sha256Hex(changed) }))).toMatchObject({ detached: 1 });
  });

  it("a ledger note follows its group when the group's first value is edited (the group's name changes with it)", () => {
    const s = loaded();
    const group = s.analysis!.result.ledger.find((g) => g.entries.some((e) => e.figure.text.includes('lansia')))!;
    const noted = run(s, { type: 'annotate', target: { type: 'ledger', what: ledgerTarget(group) }, patch: { verdict: 'confirmed', note: 'dicek' }, now: NOW });
    const text = STORY_A.replace('87 lansia', '88 lansia');
    const after = run(noted, { type: 'edit-text', version: 0, text, hash: sha256Hex(text) });
    const now = after.analysis!.result.ledger.map(ledgerTarget);
    const note = after.history.present.annotations.find((a) => a.note === 'dicek')!;
    expect(note.target.type === 'ledger' && now.includes(note.target.what)).toBe(true);
    expect(note.target).not.toEqual({ type: 'ledger', what: ledgerTarget(group) });
    expect(liveLedgerTargets(after)?.has(note.target.type === 'ledger' ? note.target.what : '')).toBe(true);
  });

  it('an edit of version B moves only the annotations about B', () => {
    const text = `Kabar terkini. ${STORY_B}`;
    const after = run(reviewed(), { type: 'edit-text', version: 1, text, hash: sha256Hex(text) });
    expect(countsOf(after)).toMatchObject({ confirmed: 1, dismissed: 1, detached: 0 });
  });

  it('undo brings back the text and the annotations as they were', () => {
    const before = reviewed();
    const after = run(before, { type: 'edit-text', version: 0, text: `X ${STORY_A}`, hash: sha256Hex(`X ${STORY_A}`) });
    const undone = settle(step(after, { type: 'undo' }));
    expect(undone.history.present.annotations).toEqual(before.history.present.annotations);
    expect(countsOf(undone)).toMatchObject({ confirmed: 1, dismissed: 1 });
  });
});

describe('2. re-align keeps confirmed and locked beads', () => {
  it('keeps a confirmed row and a locked row with their own flags', () => {
    const s = run(loaded(), { type: 'grid', op: 'confirm', row: 1 }, { type: 'grid', op: 'lock', row: 2 });
    const after = run(s, { type: 'realign' });
    const beads = pairView(after).beads;
    expect(beads[1]).toMatchObject({ a: [1], b: [1], confirmed: true });
    expect(beads[1].locked).toBeUndefined();
    expect(beads[2]).toMatchObject({ a: [2], b: [2], confirmed: true, locked: true });
    expect(after.realign).toEqual([]);
    // (the aligner gave the rows they had: said, with the rows it kept, not a bare "Re-aligned.")
    expect(after.notice).toEqual({ key: 'status.realignedSameKept', params: { count: 2 } });
    expect(translate('en', after.notice!.key, after.notice!.params)).toMatch(/^Re-aligned: nothing changed around the 2 confirmed or locked rows/);
    expect(translate('id', after.notice!.key, after.notice!.params)).toContain('2 baris');
  });

  it('a re-alignment that changes rows says "Re-aligned."; one that changes none says so', () => {
    const broken = run(loaded(), { type: 'grid', op: 'shift-down', row: 1, side: 'b' });
    const unconfirmed = run(broken, ...pairView(broken).beads.flatMap((b, row) => (b.confirmed ? [{ type: 'grid' as const, op: 'confirm' as const, row }] : [])));
    expect(pairView(unconfirmed).beads.some((b) => b.confirmed)).toBe(false);
    const repaired = run(unconfirmed, { type: 'realign' });
    expect(repaired.notice).toEqual({ key: 'status.realigned' });
    expect(run(repaired, { type: 'realign' }).notice).toEqual({ key: 'status.realignedSame' });
  });

  it('keeps a hand-made pairing the aligner would not make', () => {
    // Row 3 holds A3+A4 against B3 after a merge: confirmed by hand, it survives re-alignment.
    const merged = run(loaded(), { type: 'grid', op: 'merge', row: 3, side: 'a' });
    expect(pairView(merged).beads[3]).toMatchObject({ a: [3, 4], b: [3], confirmed: true });
    const after = run(merged, { type: 'realign' });
    expect(pairView(after).beads.find((b) => b.a.includes(3))).toMatchObject({ a: [3, 4], b: [3], confirmed: true });
  });
});

describe('2b. a re-alignment is one undo step', () => {
  it('undo after re-align or a new mode brings back the beads and the mode as they were', () => {
    const s = run(loaded(), { type: 'grid', op: 'merge', row: 3, side: 'a' }, { type: 'grid', op: 'confirm', row: 3 });
    const beads = pairView(s).beads;
    const realigned = run(s, { type: 'realign' });
    expect(step(realigned, { type: 'undo' }).history.present.alignments[0].beads).toBe(beads);
    const moded = run(s, { type: 'set-mode', mode: 'comparable' });
    expect(moded.history.present.alignments[0].mode).toBe('comparable');
    const undone = step(moded, { type: 'undo' });
    expect(undone.history.present.alignments[0]).toMatchObject({ mode: 'parallel' });
    expect(undone.history.present.alignments[0].beads).toBe(beads);
  });
});

describe('3. a merge or a split changes only the beads it touches', () => {
  /** The story with rows 3 and 4 left unpaired on purpose: A3 alone, then B3 alone. */
  function withUnpaired(): WorkbenchState {
    const beads: Bead[] = [0, 1, 2].map((i) => ({ a: [i], b: [i], score: 0.9 }));
    beads.push({ a: [3], b: [], score: 0 }, { a: [], b: [3], score: 0 });
    for (let i = 4; i < 8; i++) beads.push({ a: [i], b: [i], score: 0.9 });
    const project = createProject(
      [STORY_A, STORY_B].map((text, i) => ({ name: `v${i}.txt`, text, lang: 'id' as const, hash: sha256Hex(text) })),
      [{ mode: 'comparable', beads }],
    );
    return settle(step(initialState(), { type: 'load', project, name: '' }));
  }

  it('merging two unpaired rows in comparable mode pairs them and moves nothing else', () => {
    const s = withUnpaired();
    const before = pairView(s).beads;
    const mismatchesBefore = countsOf(s).total;
    const after = run(s, { type: 'grid', op: 'merge', row: 3, side: 'b' });
    const beads = pairView(after).beads;
    expect(beads).toHaveLength(before.length - 1);
    expect(beads[3]).toMatchObject({ a: [3], b: [3], confirmed: true });
    for (let r = 0; r < 3; r++) expect(beads[r]).toBe(before[r]);
    for (let r = 4; r < beads.length; r++) expect(beads[r]).toBe(before[r + 1]);
    expect(countsOf(after).total).toBeLessThanOrEqual(mismatchesBefore);
    expect(after.history.present.alignments[0].mode).toBe('comparable');
  });

  it('a split puts the tail in a new row below and leaves the other rows as they were', () => {
    const merged = run(loaded(), { type: 'grid', op: 'merge', row: 2, side: 'b' });
    const before = pairView(merged).beads;
    expect(before[2].b).toEqual([2, 3]);
    // the row below is two-sided now (a merge of both sides): the tail gets a row of its own
    const both = run(merged, { type: 'grid', op: 'merge', row: 2, side: 'a' });
    const twoSided = pairView(both).beads;
    expect(twoSided[3].a.length && twoSided[3].b.length).toBeTruthy();
    const after = run(both, { type: 'grid', op: 'split', row: 2, side: 'b' });
    const beads = pairView(after).beads;
    expect(beads).toHaveLength(twoSided.length + 1);
    expect(beads[2].b).toEqual([2]);
    expect(beads[3]).toMatchObject({ a: [], b: [3] });
    for (let r = 0; r < 2; r++) expect(beads[r]).toBe(twoSided[r]);
    for (let r = 3; r < twoSided.length; r++) expect(beads[r + 1]).toBe(twoSided[r]);
  });

  it('a split next to the unpaired sentence a merge left pairs the two again', () => {
    const original = pairView(loaded()).beads;
    const merged = run(loaded(), { type: 'grid', op: 'merge', row: 2, side: 'b' });
    expect(pairView(merged).beads[3]).toMatchObject({ a: [3], b: [] });
    const beads = pairView(run(merged, { type: 'grid', op: 'split', row: 2, side: 'b' })).beads;
    expect(beads.map((b) => [b.a, b.b])).toEqual(original.map((b) => [b.a, b.b]));
    expect(beads[3]).toMatchObject({ confirmed: true, score: 1 });
    for (let r = 4; r < beads.length; r++) expect(beads[r]).toBe(pairView(merged).beads[r]);
  });

  it('a refused edit says why and changes nothing', () => {
    const s = run(loaded(), { type: 'grid', op: 'lock', row: 1 });
    const after = step(s, { type: 'grid', op: 'merge', row: 0, side: 'a' });
    expect(after.history).toBe(s.history);
    expect(after.notice).toEqual({ key: 'grid.refused.locked' });
  });
});

describe('4. opening your own files over the sample leaves nothing of the sample', () => {
  it('the sample’s versions (all three) are gone once the user opens A and B', () => {
    const sample = loaded([STORY_A, STORY_B, `${STORY_B} Tambahan.`], 'sample');
    expect(sample.history.present.versions).toHaveLength(3);
    const mine = (name: string, text: string) => ({ name, text, lang: 'id' as const, hash: sha256Hex(text) });
    const s = run(
      sample,
      { type: 'open-text', slot: 'a', version: mine('mine-a.txt', 'Sebanyak 40 relawan datang. Mereka membawa 12 perahu.') },
      { type: 'open-text', slot: 'b', version: mine('mine-b.txt', 'Sebanyak 45 relawan datang. Mereka membawa 12 perahu.') },
    );
    const project = s.history.present;
    expect(project.versions.map((v) => v.name)).toEqual(['mine-a.txt', 'mine-b.txt']);
    expect(project.alignments).toHaveLength(1);
    expect(project.annotations).toEqual([]);
    expect(s.origin).toBe('user');
    expect(countsOf(s).total).toBe(1);
  });

  it('opening only B over the sample keeps the sample’s A on screen and drops its third version', () => {
    const sample = loaded([STORY_A, STORY_B, `${STORY_B} Tambahan.`], 'sample');
    const text = 'Sebanyak 45 relawan datang.';
    const s = step(sample, { type: 'open-text', slot: 'b', version: { name: 'mine-b.txt', text, lang: 'id', hash: sha256Hex(text) } });
    expect(s.history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'mine-b.txt']);
    expect(s.history.present.alignments).toEqual([{ a: 0, b: 1, mode: 'parallel', beads: [] }]);
    expect(step(s, { type: 'undo' }).history.present.versions).toHaveLength(3);
  });

  it('over a sample that holds the user’s work (a verdict, an edit), opening B replaces only the shown version', () => {
    const sample = loaded([STORY_A, STORY_B, `${STORY_B} Tambahan.`], 'sample');
    const text = 'Sebanyak 45 relawan datang.';
    const open = { type: 'open-text', slot: 'b', version: { name: 'mine-b.txt', text, lang: 'id', hash: sha256Hex(text) } } as const;
    const noted = run(sample, { type: 'annotate-mismatch', mismatch: mismatch(sample, '3 kompi'), patch: { verdict: 'confirmed', note: 'dicek' }, now: NOW });
    const after = step(noted, open);
    expect(after.history.present.versions).toHaveLength(3);
    expect(after.history.present.annotations.map((a) => a.note)).toContain('dicek');
    const edited = run(sample, { type: 'edit-text', version: 0, text: `${STORY_A} Lagi.`, hash: sha256Hex(`${STORY_A} Lagi.`) });
    expect(step(edited, open).history.present.versions).toHaveLength(3);
  });

  it('over the user’s own project, opening B replaces only the shown version', () => {
    const s = loaded([STORY_A, STORY_B, STORY_B]);
    const text = 'Sebanyak 45 relawan datang.';
    const after = step(s, { type: 'open-text', slot: 'b', version: { name: 'new.txt', text, lang: 'id', hash: sha256Hex(text) } });
    expect(after.history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'new.txt', 'v3.txt']);
    expect(after.history.present.alignments[1].beads).toBe(s.history.present.alignments[1].beads);
  });
});

describe('5. a note being typed is in the project at once (so autosave has it)', () => {
  it('each keystroke updates the present project; the note is one undo step', () => {
    const s = loaded();
    const m = mismatch(s, '87 lansia');
    let t = step(s, { type: 'annotate-mismatch', mismatch: m, patch: {}, now: NOW });
    const id = t.history.present.annotations[0].id;
    const steps = t.history.past.length;
    for (const note of ['c', 'ce', 'cek', 'cek ulang']) t = step(t, { type: 'type-note', id, note, now: NOW });
    expect(t.history.present.annotations[0].note).toBe('cek ulang');
    expect(isDirty(t)).toBe(true);
    expect(t.history.past.length).toBe(steps + 1);
    const undone = step(t, { type: 'undo' });
    expect(undone.history.present.annotations[0].note).toBe('');
  });

  it('typing again after a pause (leaving the field and coming back) is an undo step of its own', () => {
    const s = loaded();
    const m = mismatch(s, '87 lansia');
    let t = step(s, { type: 'annotate-mismatch', mismatch: m, patch: {}, now: NOW });
    const id = t.history.present.annotations[0].id;
    const at = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();
    t = step(t, { type: 'type-note', id, note: 'First.', now: at(0) });
    t = step(t, { type: 'type-note', id, note: 'First. Sec', now: at(5_000) });
    t = step(t, { type: 'type-note', id, note: 'First. Second.', now: at(5_400) });
    const undone = step(t, { type: 'undo' });
    expect(undone.history.present.annotations[0].note).toBe('First.');
    expect(step(undone, { type: 'undo' }).history.present.annotations[0].note).toBe('');
  });
});

describe('6. one source for every count', () => {
  it('open + confirmed + dismissed = mismatches, and the exported report says the same', () => {
    const s = reviewed();
    const c = countsOf(s);
    expect(c.open + c.confirmed + c.dismissed).toBe(c.total);
    expect(c).toMatchObject({ total: 4, open: 2, confirmed: 1, dismissed: 1 });
    const v = pairView(s);
    const model = buildModel({
      project: s.history.present,
      pair: v.alignment!,
      sentencesA: v.sentencesA,
      sentencesB: v.sentencesB,
      comparison: v.comparison!,
      scope: 'all',
    });
    const sum = summarize(model, 0);
    expect([sum.mismatches, sum.openMismatches, sum.confirmedMismatches, sum.dismissedMismatches]).toEqual([c.total, c.open, c.confirmed, c.dismissed]);
  });

  it('a note on a ledger group or a span is not counted as a confirmed mismatch', () => {
    const s = run(reviewed(), { type: 'annotate', target: { type: 'ledger', what: 'rumah' }, patch: { verdict: 'confirmed' }, now: NOW });
    expect(countsOf(s).confirmed).toBe(1);
  });
});

describe('7. save asks for a name and a place when the project has none', () => {
  it('a first save and every Save as ask; a save of a saved project does not', () => {
    const s = loaded();
    expect(saveRequest(s, false)).toEqual({ name: 'v1.selaras', ask: true });
    const saved = step(s, { type: 'saved', path: '/home/ana/banjir.selaras', name: 'banjir.selaras', project: s.history.present });
    expect(isDirty(saved)).toBe(false);
    expect(saveRequest(saved, false)).toEqual({ name: 'banjir.selaras', path: '/home/ana/banjir.selaras', ask: false });
    expect(saveRequest(saved, true)).toEqual({ name: 'banjir.selaras', ask: true });
    expect(saved.path).toBe('/home/ana/banjir.selaras');
  });
});

describe('8. every message the model gives is a key worded in both languages', () => {
  const lookup = (dict: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dict);

  it('a recovered project says so in the interface language (no English file name in the status line)', () => {
    const project = loaded().history.present;
    const s = step(initialState(), { type: 'load', project, name: '', dirty: true, recovered: true });
    expect(s.notice).toEqual({ key: 'workbench.recovered' });
    expect(isDirty(s)).toBe(true);
  });

  it('covers the notices of every intent', () => {
    const s = reviewed();
    const text = 'Sebanyak 45 relawan datang.';
    const intents: Intent[] = [
      { type: 'realign' },
      { type: 'grid', op: 'merge', row: 99 },
      { type: 'new' },
      { type: 'load', project: s.history.present, name: '', recovered: true },
      { type: 'open-text', slot: 'b', version: { name: 'x.txt', text, lang: 'id', hash: sha256Hex(text) } },
      { type: 'saved', name: 'x.selaras', project: s.history.present },
    ];
    const keys = new Set<string>();
    for (const i of intents) {
      const n = settle(step(s, i)).notice ?? step(s, i).notice;
      if (n) keys.add(n.key);
    }
    expect(keys.size).toBeGreaterThanOrEqual(5);
    for (const k of keys) {
      // (a notice with a count is worded in plural forms: `key_other` in every language)
      expect(typeof (lookup(en, k) ?? lookup(en, `${k}_other`)), `en ${k}`).toBe('string');
      expect(typeof (lookup(idDict, k) ?? lookup(idDict, `${k}_other`)), `id ${k}`).toBe('string');
    }
  });

  it('a new project clears the status line of the previous one', () => {
    const s = step(reviewed(), { type: 'notice', notice: { key: 'status.realigned' } });
    expect(step(s, { type: 'new' }).notice).toEqual({ key: 'workbench.newProject' });
  });
});

describe('the status line after undo and redo', () => {
  it('says what happened, not the status of the step undone (`Re-aligned.` stayed after undoing a re-alignment)', () => {
    const s = run(loaded(), { type: 'grid', op: 'merge', row: 1 }, { type: 'realign' });
    const undone = step(s, { type: 'undo' });
    expect(undone.notice).toEqual({ key: 'status.undone' });
    expect(step(undone, { type: 'redo' }).notice).toEqual({ key: 'status.redone' });
    // nothing to undo: the status stays
    const fresh = loaded();
    expect(step(fresh, { type: 'undo' }).notice).toEqual(fresh.notice);
    expect(en.status.undone).toBeTruthy();
    expect(idDict.status.undone).toBeTruthy();
  });
});
