/**
 * A text edit keeps the rows the user confirmed or locked (issue 11, left over): the pair is
 * re-aligned around every confirmed/locked bead whose sentences the edit left in place, mapped
 * to their new indices; a bead that lost a sentence is released, and the status line says so.
 */
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../../shared/align/types';
import { beadCoverageProblem } from '../../../shared/project/coverage';
import { sha256Hex } from '../../../shared/project/hash';
import { translate } from '../../../shared/i18n';
import { pairView, step, type WorkbenchState } from '../../../shared/workbench';

import { parseProject, serializeProject } from '../../../shared/project/schema';
import { importXliff } from '../../../shared/formats/import-xliff';
import { importTmx } from '../../../shared/formats/import-tmx';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportInputOf } from '../../../shared/formats/input';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { initialState, refitPairs } from '../../../shared/workbench/state';
import { loaded, NOW, run, settle, STORY_A, STORY_B } from './helpers';

const edit = (version: number, text: string) => ({ type: 'edit-text' as const, version, text, hash: sha256Hex(text) });
const flagged = (s: WorkbenchState) => pairView(s).beads.filter((b) => b.confirmed || b.locked);
const flags = (b: Bead) => ({ a: b.a, b: b.b, confirmed: !!b.confirmed, locked: !!b.locked });

/** Rows 1 (A1–B1, confirmed) and 2 (A2–B2, locked) as the user left them. */
const AS_REVIEWED = [
  { a: [1], b: [1], confirmed: true, locked: false },
  { a: [2], b: [2], confirmed: true, locked: true },
];
/** The same rows after a sentence was added before them in A. */
const ONE_SENTENCE_LOWER = [
  { a: [2], b: [1], confirmed: true, locked: false },
  { a: [3], b: [2], confirmed: true, locked: true },
];

/** The story with row 1 confirmed and row 2 locked (each a 1–1 row: A1–B1, A2–B2). */
function reviewed(): WorkbenchState {
  const s = run(loaded(), { type: 'grid', op: 'confirm', row: 1 }, { type: 'grid', op: 'lock', row: 2 });
  expect(flagged(s).map(flags)).toEqual(AS_REVIEWED);
  return s;
}

describe('a text edit keeps confirmed and locked rows', () => {
  it('an edit elsewhere in A keeps both rows, at their sentences’ new indices', () => {
    const after = run(reviewed(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    // One sentence more before them: A1 is now A2, A2 is A3; B does not move.
    expect(flagged(after).map(flags)).toEqual(ONE_SENTENCE_LOWER);
    expect(after.notice).toBeNull();
    expect(refitPairs(after)).toEqual([]);
    expect(after.history.present.alignments[0].refit).toBeUndefined();
    expect(beadCoverageProblem(after.history.present)).toBeUndefined();
  });

  it('an edit of version B keeps them too', () => {
    const text = STORY_B.replace('Bantuan logistik tiba Selasa pagi.', 'Bantuan logistik tiba Selasa pagi. Sekolah diliburkan.');
    const after = run(reviewed(), edit(1, text));
    expect(flagged(after).map(flags)).toEqual(AS_REVIEWED);
  });

  it('a locked row whose own sentence was edited stays locked to the edited sentence', () => {
    const text = STORY_A.replace('Petugas mencatat 87 lansia', 'Petugas mencatat 88 lansia');
    const after = run(reviewed(), edit(0, text));
    expect(flagged(after).map(flags)).toEqual(AS_REVIEWED);
  });

  it('a row whose sentence was deleted is released, and the status line says so (in both languages)', () => {
    const text = STORY_A.replace('Sebanyak 3 kompi personel gabungan dikirim untuk membantu evakuasi warga. ', '');
    const after = run(reviewed(), edit(0, text));
    // The locked row follows its sentence (now A1); the confirmed row lost its sentence.
    expect(flagged(after).map(flags)).toEqual([{ a: [1], b: [2], confirmed: true, locked: true }]);
    expect(after.notice).toEqual({ key: 'workbench.kept.released', params: { count: 1 } });
    expect(translate('en', after.notice!.key, after.notice!.params)).toContain('1 confirmed or locked row:');
    expect(translate('id', after.notice!.key, after.notice!.params)).toContain('1 baris');
  });

  it('a rewritten sentence (less than half of it kept) or one split in two is released', () => {
    const rewritten = STORY_A.replace('Sebanyak 3 kompi personel gabungan dikirim untuk membantu evakuasi warga.', 'Tiga kompi tentara datang membantu evakuasi.');
    expect(flagged(run(reviewed(), edit(0, rewritten))).map(flags)).toEqual([{ a: [2], b: [2], confirmed: true, locked: true }]);
    const split = STORY_A.replace('Petugas mencatat 87 lansia harus', 'Petugas mencatat 87 lansia. Mereka harus');
    const after = run(reviewed(), edit(0, split));
    expect(flagged(after).map(flags)).toEqual([{ a: [1], b: [1], confirmed: true, locked: false }]);
    expect(after.notice).toEqual({ key: 'workbench.kept.released', params: { count: 1 } });
  });

  it('right after the edit (before the worker answers) the project is valid to save and holds the kept rows', () => {
    const edited = step(reviewed(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    expect(beadCoverageProblem(edited.history.present)).toBeUndefined();
    expect(flagged(edited).map(flags)).toEqual(ONE_SENTENCE_LOWER);
    expect(refitPairs(edited)).toEqual([0]);
  });

  it('undo before the worker answers waits; redo brings the re-alignment back', () => {
    const before = reviewed();
    const edited = step(before, edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    const undone = settle(step(edited, { type: 'undo' }));
    expect(undone.history.present.alignments[0].beads).toBe(before.history.present.alignments[0].beads);
    const redone = settle(step(undone, { type: 'redo' }));
    expect(flagged(redone).map(flags)).toEqual(ONE_SENTENCE_LOWER);
    // The other rows are the aligner's again, not placeholders.
    expect(pairView(redone).beads.filter((b) => b.a.length && b.b.length).length).toBeGreaterThanOrEqual(8);
  });

  it('a note written while the worker runs does not keep the placeholders in place of the re-alignment', () => {
    const edited = step(reviewed(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    const noted = settle(step(edited, { type: 'annotate', target: { type: 'span', version: 1, start: 0, end: 6 }, patch: { note: 'cek' }, now: NOW }));
    expect(flagged(noted).map(flags)).toEqual(ONE_SENTENCE_LOWER);
    expect(pairView(noted).beads.filter((b) => b.a.length && b.b.length).length).toBeGreaterThanOrEqual(8);
    expect(noted.history.present.annotations.map((a) => a.note)).toEqual(['cek']);
  });

  it('with nothing confirmed or locked, the pair is aligned afresh as before', () => {
    const after = run(loaded(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    expect(flagged(after)).toEqual([]);
    expect(after.notice).toBeNull();
    expect(beadCoverageProblem(after.history.present)).toBeUndefined();
  });

  it('a project saved before the worker answered resumes the re-alignment when reopened', () => {
    const edited = step(reviewed(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    // Saved (autosave, or the app closed) while the other rows are still placeholders.
    const file = serializeProject(edited.history.present, { app: { name: 'Selaras', version: 'test' } });
    const parsed = parseProject(file, { name: 'p.selaras' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.project.alignments[0].refit).toBe(true);
    const reopened = step(initialState(), { type: 'load', project: parsed.project, name: 'p.selaras' });
    expect(refitPairs(reopened)).toEqual([0]);
    const done = settle(reopened);
    expect(flagged(done).map(flags)).toEqual(ONE_SENTENCE_LOWER);
    expect(pairView(done).beads.filter((b) => b.a.length && b.b.length).length).toBeGreaterThanOrEqual(8);
    expect(done.history.present.alignments[0].refit).toBeUndefined();
  });

  it('the user’s own merge or split while the worker runs settles the rows: no re-alignment overwrites it', () => {
    const edited = step(reviewed(), edit(0, `Kabar terkini dari lapangan. ${STORY_A}`));
    const merged = step(edited, { type: 'grid', op: 'merge', row: 0 });
    expect(refitPairs(merged)).toEqual([]);
    const beads = merged.history.present.alignments[0].beads;
    expect(settle(merged).history.present.alignments[0].beads).toBe(beads);
    // Undo brings the waiting re-alignment back with the placeholders.
    expect(refitPairs(step(merged, { type: 'undo' }))).toEqual([0]);
  });
});

describe("the rows of an opened TMX/XLIFF file (its units) through a text edit", () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>' +
    '<trans-unit id="u1"><source>The fee is 10 dollars.</source><seg-source><mrk mtype="seg" mid="1">The fee is 10 dollars.</mrk> <mrk mtype="seg" mid="2">There were 12 boats.</mrk></seg-source>' +
    '<target><mrk mtype="seg" mid="1">Biayanya 10 dolar.</mrk> <mrk mtype="seg" mid="2"></mrk></target></trans-unit>' +
    '<trans-unit id="u2"><source>Profit was 9 percent.</source><target>Laba 7 persen.</target></trans-unit>' +
    '<trans-unit id="u3"><source>Rain fell for 4 days.</source></trans-unit></body></file></xliff>';
  const opened = (): WorkbenchState => {
    const r = importXliff(xml, 'a.xlf');
    if (!r.ok) throw new Error(r.message);
    return step(initialState(), { type: 'load', project: projectFromBilingual(r, 'a.xlf'), name: 'a.xlf', origin: 'user' });
  };
  const units = (s: WorkbenchState) => s.history.present.alignments[0].beads.map((b) => [b.a, b.b, b.origin?.unit ?? null]);
  it('are kept, unconfirmed as they are, with their units and segments: the pair is not aligned again', () => {
    const before = opened();
    expect(before.history.present.alignments[0].fromFile).toBe(true);
    const text = before.history.present.versions[1].text.replace('Laba 7 persen.', 'Laba bersih 7 persen.');
    const after = step(before, edit(1, text));
    expect(units(after)).toEqual(units(before));
    expect(after.history.present.alignments[0].beads[0].origin?.segments).toEqual([[1, 1], [1, 0]]);
    expect(refitPairs(after)).toEqual([]);
    expect(after.realign).toEqual([]);
    expect(beadCoverageProblem(after.history.present)).toBeUndefined();
    // (the flag is saved with the project)
    const back = parseProject(serializeProject(after.history.present, { app: { name: 'Selaras', version: 'test' } }), { name: 'p.selaras' });
    expect(back.ok && back.project.alignments[0].fromFile).toBe(true);
  });
  it('an exported TMX of paragraphs, opened and edited in one sentence, keeps every unit (the empty lines between paragraphs too)', () => {
    const paragraphs = (t: string) => t.replace(/\. /g, '.\n\n');
    const exported = exportTmx(exportInputOf(loaded([paragraphs(STORY_A), paragraphs(STORY_B)]).history.present, 0, 'all', 't'));
    const r = importTmx(exported, 'story.tmx');
    if (!r.ok) throw new Error(r.message);
    const before = step(initialState(), { type: 'load', project: projectFromBilingual(r, 'story.tmx'), name: 'story.tmx', origin: 'user' });
    const text = before.history.present.versions[0].text;
    const line = text.split('\n')[0];
    const after = step(before, edit(0, text.replace(line, `${line.slice(0, -1)} tadi malam.`)));
    expect(text).toContain('\n\n');
    expect(after.history.present.alignments[0].beads.map((b) => [b.a, b.b])).toEqual(before.history.present.alignments[0].beads.map((b) => [b.a, b.b]));
  });
  it('a sentence the edit adds stands in a row of its own; the other units stay', () => {
    const before = opened();
    const text = before.history.present.versions[1].text.replace('Laba 7 persen.', 'Laba 7 persen.\nSaham naik.');
    const after = step(before, edit(1, text));
    expect(units(after)).toEqual([
      [[0, 1], [0], 'u1'],
      [[2], [1], 'u2'],
      [[3], [], 'u3'],
      [[], [2], null],
    ]);
  });
});

describe('an edit that takes a note off its figure or text says so', () => {
  const noteOn = (s: WorkbenchState, words: string): WorkbenchState => {
    const start = STORY_A.indexOf(words);
    return run(s, { type: 'annotate', target: { type: 'span', version: 0, start, end: start + words.length }, patch: { note: 'cek angka' }, now: NOW });
  };
  it('a number changed under a note: the status line says the note is kept and marked (it said nothing), in both languages', () => {
    const after = run(noteOn(loaded(), '87 lansia'), edit(0, STORY_A.replace('87 lansia', '88 lansia')));
    expect(after.notice).toEqual({ key: 'workbench.kept.detached', params: { count: 1 } });
    expect(translate('en', after.notice!.key, after.notice!.params)).toMatch(/^Your edit changed or removed the figure or text of 1 note: it is kept/);
    expect(translate('id', after.notice!.key, after.notice!.params)).toContain('1 catatan');
  });
  it('a row released and a note taken off its text: both said', () => {
    const text = STORY_A.replace('Sebanyak 3 kompi personel gabungan dikirim untuk membantu evakuasi warga. ', '');
    const after = run(noteOn(reviewed(), '3 kompi'), edit(0, text));
    expect(after.notice).toEqual({ key: 'workbench.kept.releasedDetached', params: { count: 1, rows: 1 } });
    expect(translate('en', after.notice!.key, after.notice!.params)).toContain('(1, aligned afresh)');
  });
  it('guard: an edit that leaves the noted text as it was says nothing of notes', () => {
    const after = run(noteOn(loaded(), '87 lansia'), edit(0, `Kabar terkini. ${STORY_A}`));
    expect(after.notice).toBeNull();
  });
});
