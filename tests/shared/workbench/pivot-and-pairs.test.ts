/**
 * Make pivot and the verdicts of the pairs it turns round: the comparison shown is always of the pairs as they are now,
 * and every verdict stays on its own mismatch, once. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/project/hash';
import { createProject } from '../../../shared/project/create';
import { parseMismatchKey } from '../../../shared/project/annotations';
import { analysisCovers, currentComparison, initialState, notesOnMismatchesGone, step, type WorkbenchState } from '../../../shared/workbench';
import { loadedIn, NOW, settleAsApp } from './helpers';

const ID = 'Banjir merendam 35 desa.\nSebanyak 1.250 warga mengungsi.\nSebanyak 37 rumah rusak.';
const EN = 'Floods submerged 35 villages.\nSome 1,520 residents fled.\nSome 73 houses were damaged.';

const loaded = (): WorkbenchState =>
  loadedIn([
    [ID, 'id'],
    [EN, 'en'],
  ]);

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

describe('Make pivot with three versions', () => {
  const EN2 = 'Floods covered 35 villages.\nAbout 1,250 people fled.\nSome 37 homes were damaged.';
  it('a verdict of a pair an earlier pivot left unaligned follows it when it is aligned again the other way round (it showed open)', () => {
    const texts: Array<[string, 'id' | 'en']> = [[ID, 'id'], [EN, 'en'], [EN2, 'en']];
    const project = createProject(
      texts.map(([text, lang], i) => ({ name: `${'ABC'[i]}.txt`, text, lang, hash: sha256Hex(text) })),
      [{ mode: 'parallel' as const, beads: [] }, { mode: 'parallel' as const, beads: [] }],
    );
    let s = settleAsApp(step(initialState(), { type: 'load', project, name: '', origin: 'user' }));
    const m = currentComparison(s)!.mismatches.find((x) => x.aFigure?.text === '1.250 warga')!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'false-alarm', note: 'BNPB: 1.250 benar' }, now: NOW }));
    const pivotTo = (v: number) => {
      const i = s.history.present.alignments.findIndex((al) => al.b === v);
      s = settleAsApp(step(step(s, { type: 'select', pair: i }), { type: 'make-pivot' }));
    };
    pivotTo(2);
    pivotTo(1);
    // B is the pivot: the pair of A and B is aligned again, as B–A
    const ba = s.history.present.alignments.findIndex((al) => al.a === 1 && al.b === 0);
    s = settleAsApp(step(s, { type: 'select', pair: ba }));
    const shown = currentComparison(s)!.mismatches.find((x) => x.bFigure?.text === '1.250 warga')!;
    const [a1] = s.history.present.annotations;
    expect(a1.target).toMatchObject({ type: 'mismatch', key: shown.key, a: 1, b: 0 });
    expect(notesOnMismatchesGone(s)!.has(a1.id)).toBe(false);
    // judging it again changes that verdict; back to A as the pivot, one verdict on the mismatch
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: shown, patch: { verdict: 'confirmed' }, now: NOW }));
    pivotTo(0);
    expect(s.history.present.annotations.map((a) => [a.verdict, a.note])).toEqual([['confirmed', 'BNPB: 1.250 benar']]);
    expect(s.history.present.annotations[0].target).toMatchObject({ key: m.key, a: 0, b: 1 });
  });
});

describe('Make pivot and a verdict from a file that names no versions', () => {
  it('stays on the pair it was judged on, though the pivot moves to a third version and back (it moved to that pair, and its own showed open)', () => {
    const EN2 = 'Floods covered 35 villages.\nAbout 1,250 people fled.\nSome 37 homes were damaged.';
    let s = loadedIn([[ID, 'id'], [EN, 'en'], [EN2, 'en']]);
    const m = currentComparison(s)!.mismatches.find((x) => x.aFigure?.text === '1.250 warga')!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: '1.520 salah' }, now: NOW }));
    // (as a two-language TMX or XLIFF gives it: the key alone)
    const project = s.history.present;
    const unnamed = project.annotations.map((a) => (a.target.type === 'mismatch' ? { ...a, target: { type: 'mismatch' as const, key: a.target.key } } : a));
    s = settleAsApp(step(initialState(), { type: 'load', project: { ...project, annotations: unnamed }, name: '', origin: 'user' }));
    const pivotTo = (v: number) => {
      const i = s.history.present.alignments.findIndex((al) => al.b === v);
      s = settleAsApp(step(step(s, { type: 'select', pair: i }), { type: 'make-pivot' }));
    };
    pivotTo(2);
    pivotTo(0);
    const [a1] = s.history.present.annotations;
    expect(a1.target).toMatchObject({ type: 'mismatch', key: m.key, a: 0, b: 1 });
    s = settleAsApp(step(s, { type: 'select', pair: s.history.present.alignments.findIndex((al) => al.b === 1) }));
    expect(currentComparison(s)!.mismatches.some((x) => x.key === m.key)).toBe(true);
    expect(notesOnMismatchesGone(s)!.has(a1.id)).toBe(false);
  });
});

describe('three versions, two of them sharing a sentence', () => {
  const AID_ID = 'Bantuan senilai Rp 4,5 miliar disalurkan kemarin.\nSebanyak 14 titik pengungsian dibuka.';
  const AID_EN = 'Aid worth Rp 5.4 billion was handed out yesterday.\nSome 41 shelters were opened.';
  function three(): WorkbenchState {
    let s = loadedIn([
      [AID_ID, 'id'],
      [AID_EN, 'en'],
      [AID_EN, 'en'],
    ]);
    const m = currentComparison(s)!.mismatches.find((x) => x.aFigure?.text.includes('4,5'))!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'confirmed', note: 'nilai bantuan' }, now: NOW }));
    return s;
  }
  it('a verdict of one pair follows its figure through an edit though another pair has the old key (it stayed detached)', () => {
    // (a digit typed inside the figure, its amount the same: `Rp 5.40 billion`, at the place it was)
    const typed = AID_EN.replace('Rp 5.4 billion', 'Rp 5.40 billion');
    const s = settleAsApp(step(three(), { type: 'edit-text', version: 1, text: typed, hash: sha256Hex(typed) }));
    const [a1] = s.history.present.annotations;
    expect(a1.target).toMatchObject({ a: 0, b: 1 });
    expect(a1.target.type === 'mismatch' && a1.target.removed).toBeFalsy();
    expect(currentComparison(s)!.mismatches.some((m) => a1.target.type === 'mismatch' && m.key === a1.target.key)).toBe(true);
  });
  it("each pair's verdict on one key follows its figure through an edit of the version both share (the second stayed detached, and came back live on another figure from an export)", () => {
    let s = three();
    s = settleAsApp(step(s, { type: 'select', pair: 1 }));
    const m = currentComparison(s)!.mismatches.find((x) => x.aFigure?.text.includes('4,5'))!;
    s = settleAsApp(step(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: 'false-alarm' }, now: NOW }));
    const typed = AID_ID.replace('Rp 4,5 miliar', 'Rp 4,50 miliar');
    s = settleAsApp(step(s, { type: 'edit-text', version: 0, text: typed, hash: sha256Hex(typed) }));
    const targets = s.history.present.annotations.map((a) => a.target);
    expect(targets.map((t) => t.type === 'mismatch' && [t.a, t.b, !!t.removed, parseMismatchKey(t.key)?.a?.text])).toEqual([
      [0, 1, false, 'Rp 4,50 miliar'],
      [0, 2, false, 'Rp 4,50 miliar'],
    ]);
  });
  it('a verdict whose mismatch left its pair is marked gone though another pair has that key (no mark was shown)', () => {
    let s = three();
    s = settleAsApp(step(step(s, { type: 'select', row: 0, side: 'b' }), { type: 'grid', op: 'shift-down', row: 0, side: 'b' }));
    const [a1] = s.history.present.annotations;
    expect(currentComparison(s)!.mismatches.some((m) => a1.target.type === 'mismatch' && m.key === a1.target.key)).toBe(false);
    expect(notesOnMismatchesGone(s)!.has(a1.id)).toBe(true);
  });
});
