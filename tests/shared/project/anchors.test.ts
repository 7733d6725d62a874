import { describe, expect, it } from 'vitest';
import { createAnnotation, followGrownFigures, followLedgerGroups, followTextEdit, formatMismatchKey, isDetached, parseMismatchKey } from '../../../shared/project/annotations';
import { spanMap, textEdit } from '../../../shared/edit/offsets';
import { mismatchKey } from '../../../shared/drift/compare';
import { swapKeySides } from '../../../shared/workbench/pivot';

const NOW = '2026-12-02T13:00:00.000Z';
const mapOf = (before: string, after: string) => spanMap(textEdit(before, after), before);
/** The annotations through the edit of version `version`'s text from `before` to `after`, as the workbench moves them. */
const follow = (list: Parameters<typeof followTextEdit>[0], before: string, after: string, version = 0) => followTextEdit(list, version, 0, before, mapOf(before, after), after);

describe('mismatch keys', () => {
  it('parse what drift/compare writes, also with | and @ in a figure text', () => {
    const a = { text: '3 kompi', start: 10, end: 17 } as never;
    const key = mismatchKey('value', a, { text: 'x|y@1', start: 2, end: 7 } as never);
    expect(parseMismatchKey(key)).toEqual({ kind: 'value', a: { text: '3 kompi', start: 10, end: 17 }, b: { text: 'x|y@1', start: 2, end: 7 } });
    expect(formatMismatchKey('value', { text: '3 kompi', start: 10, end: 17 }, { text: 'x|y@1', start: 2, end: 7 })).toBe(key);
    expect(parseMismatchKey(mismatchKey('missing', a, null))).toMatchObject({ kind: 'missing', b: null });
  });

  it('swap sides for a new pivot (missing becomes added)', () => {
    expect(swapKeySides('missing|3 kompi@10-17|-')).toBe('added|-|3 kompi@10-17');
  });
});

describe('annotations follow their figures through a text edit', () => {
  const before = 'Ada 3 kompi. Ada 87 lansia.';
  const list = [
    createAnnotation({ id: 'a1', target: { type: 'mismatch', key: 'missing|3 kompi@4-11|-', a: 0, b: 1 }, verdict: 'confirmed' }, NOW),
    createAnnotation({ id: 'a2', target: { type: 'mismatch', key: 'value|87 lansia@17-26|78 lansia@3-12' }, note: 'cek' }, NOW),
    createAnnotation({ id: 'a3', target: { type: 'span', version: 0, start: 13, end: 27 }, note: 'kalimat' }, NOW),
    createAnnotation({ id: 'a4', target: { type: 'ledger', what: 'lansia' } }, NOW),
  ];

  it('moves keys and spans of the edited version', () => {
    const after = `Baru. ${before}`;
    const out = follow(list, before, after);
    expect(out.map((a) => a.target)).toEqual([
      { type: 'mismatch', key: 'missing|3 kompi@10-17|-', a: 0, b: 1 },
      { type: 'mismatch', key: 'value|87 lansia@23-32|78 lansia@3-12' },
      { type: 'span', version: 0, start: 19, end: 33 },
      { type: 'ledger', what: 'lansia' },
    ]);
  });

  it('keeps and marks an annotation whose figure was deleted; never drops one', () => {
    const after = 'Ada 3 kompi.';
    const out = follow(list, before, after);
    expect(out).toHaveLength(4);
    expect(out[0].target).toMatchObject({ key: 'missing|3 kompi@4-11|-' });
    expect(isDetached(out[1])).toBe(true);
    expect(out[1].note).toBe('cek');
    expect(isDetached(out[2])).toBe(true);
    expect(isDetached(out[0])).toBe(false);
  });

  it('keeps a sentence inserted right before or after a noted span outside it; a span typed over is marked', () => {
    const span = [list[2]];
    const inserted = follow(span, before, 'Ada 3 kompi. Baru 5. Ada 87 lansia. Lagi 6.');
    expect(inserted[0].target).toEqual({ type: 'span', version: 0, start: 21, end: 35 });
    const joined = follow(span, before, 'Ada 3 kompi.Baru. Ada 87 lansia.');
    expect(joined[0].target).toMatchObject({ start: 18, end: 32 });
    expect(isDetached(joined[0])).toBe(false);
    const replaced = follow(span, before, 'Ada 3 kompi. Tidak ada lagi.');
    expect(isDetached(replaced[0])).toBe(true);
    // the text it was on is kept with it
    expect(replaced[0].target).toMatchObject({ was: 'Ada 87 lansia.' });
    // typed over with a sentence that happens to share a word with it: not the note's text either
    const other = 'Ada 3 kompi. Ada 87 lansia. Dana itu naik 15% dibanding tahun lalu.';
    const span2 = [createAnnotation({ id: 's2', target: { type: 'span', version: 0, start: 28, end: other.length }, note: 'dana' }, NOW)];
    const typed = follow(span2, other, 'Ada 3 kompi. Ada 87 lansia. Anggaran itu berbeda dari rencana awal.');
    expect(isDetached(typed[0])).toBe(true);
    // a word of it changed: still the note's text
    const edited = follow(span, before, 'Ada 3 kompi. Ada 87 warga lansia.');
    expect(isDetached(edited[0])).toBe(false);
    // a number in it changed: what a fact-checker's note is about, marked with the text it was on (it was kept on the
    // new text silently, and a note on `21 hari` with 21 typed over as 30 quoted just `hari`)
    const renumbered = follow(span, before, 'Ada 3 kompi. Ada 88 lansia.');
    expect(isDetached(renumbered[0])).toBe(true);
    expect(renumbered[0].target).toMatchObject({ was: 'Ada 87 lansia.' });
    const days = 'Mereka mengungsi selama 21 hari.';
    const onDays = [createAnnotation({ id: 'h', target: { type: 'span', version: 0, start: 24, end: 31 }, note: 'cek durasi' }, NOW)];
    const retyped = follow(onDays, days, 'Mereka mengungsi selama 30 hari.');
    expect(isDetached(retyped[0])).toBe(true);
    expect(retyped[0].target).toMatchObject({ was: '21 hari' });
    expect(follow(onDays, days, 'Mereka mengungsi selama tiga minggu.')[0].target).toMatchObject({ removed: true, was: '21 hari' });
    // a number of the sentence outside the noted text changed: the note stays as it was
    expect(isDetached(follow(onDays, days, 'Ke-2 kalinya mereka mengungsi selama 21 hari.')[0])).toBe(false);
    // a space put in or taken out beside a number changes no number (the edit retypes the word it was glued to)
    const glued = 'Selama 21hari penuh, Rp5 juta dibayar.';
    const onGlued = [createAnnotation({ id: 'g', target: { type: 'span', version: 0, start: 0, end: glued.length }, note: 'cek' }, NOW)];
    expect(isDetached(follow(onGlued, glued, 'Selama 21 hari penuh, Rp 5 juta dibayar.')[0])).toBe(false);
    expect(isDetached(follow(onGlued, glued, 'Selama 21 hari penuh, Rp 6 juta dibayar.')[0])).toBe(true);
    // a note on punctuation alone survives an edit elsewhere
    const dash = [createAnnotation({ id: 'd', target: { type: 'span', version: 0, start: 11, end: 12 } }, NOW)];
    expect(isDetached(follow(dash, before, `${before} Lagi.`)[0])).toBe(false);
  });

  it('leaves annotations about other versions alone', () => {
    const out = follow(list, 'lain', 'lain lagi', 2);
    expect(out).toEqual(list);
  });
});

describe('a verdict follows its figures when they grow or shrink into a new key', () => {
  const verdict = (key: string, extra: object = {}) => createAnnotation({ id: 'v', target: { type: 'mismatch', key, a: 0, b: 1, ...extra }, verdict: 'confirmed' }, NOW);
  const was = 'value|3.250 rumah@10-21|3,520 houses@30-42';
  it('moves to the one mismatch overlapping both of its figures, not to a one-sided or an annotated one', () => {
    const grown = 'value|3.250 rumah@10-21|some 3,520 houses@25-42';
    expect(followGrownFigures([verdict(was)], [{ a: 0, b: 1, keys: [grown, 'added|-|5 boats@50-57'] }])[0].target).toMatchObject({ key: grown, a: 0, b: 1 });
    // a figure now on one side only (the rows were split): no move
    const split = [verdict(was)];
    expect(followGrownFigures(split, [{ a: 0, b: 1, keys: ['missing|3.250 rumah@10-21|-', 'added|-|3,520 houses@30-42'] }])).toBe(split);
    // two candidates: no guess
    const two = [verdict(was)];
    expect(followGrownFigures(two, [{ a: 0, b: 1, keys: [grown, 'qualifier|3.250@10-15|some 3,520@25-35'] }])).toBe(two);
    // the mismatch has a verdict of its own already
    const own = [verdict(was), { ...verdict(grown), id: 'w' }];
    expect(followGrownFigures(own, [{ a: 0, b: 1, keys: [grown] }])).toBe(own);
  });
  it('never moves to another figure in the same place: other numbers are another mismatch', () => {
    // (a verdict read back from a file whose text is not the one it was noted on: `40 truk` ↔ `45 trucks` was at 9-16)
    const trucks = [verdict('value|40 truk@9-16|As many as 45 trucks@0-20')];
    expect(followGrownFigures(trucks, [{ a: 0, b: 1, keys: ['value|70 relawan@9-19|As many as 75 volunteers@0-24'] }])).toBe(trucks);
    // the same numbers grown into a longer figure still move
    expect(followGrownFigures(trucks, [{ a: 0, b: 1, keys: ['value|40 truk@9-16|as many as 45 trucks@0-20'] }])[0].target).toMatchObject({ key: 'value|40 truk@9-16|as many as 45 trucks@0-20' });
  });
  it("leaves live and other pairs' verdicts alone, and a removed one unless its numbers are the same", () => {
    const live = [verdict(was)];
    expect(followGrownFigures(live, [{ a: 0, b: 1, keys: [was] }])).toBe(live);
    // removed by an edit of its figure's number: stays removed; by an edit of a word beside the same numbers: attaches again
    const removed = [verdict(was, { removed: true })];
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: ['value|3.250 rumah@10-21|3,600 houses@30-42'] }])).toBe(removed);
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: ['value|3.250 rumah@10-21|3,520 homes@30-41'] }])[0].target).toEqual({ type: 'mismatch', key: 'value|3.250 rumah@10-21|3,520 homes@30-41', a: 0, b: 1 });
    const other = [verdict(was)];
    expect(followGrownFigures(other, [{ a: 0, b: 2, keys: ['value|3.250 rumah@10-21|some 3,520 houses@25-42'] }])).toBe(other);
  });
  it('a removed one attaches again when its number is written in words with the same value, in either language', () => {
    const digits = 'value|5 rumah@10-17|3 houses@30-38';
    const removed = [verdict(digits, { removed: true })];
    const valueOf = (_v: number, text: string) => ({ '5 rumah': 'count:5', 'lima rumah': 'count:5', '3 houses': 'count:3', 'three houses': 'count:3', 'four houses': 'count:4' })[text];
    const words = 'value|5 rumah@10-17|three houses@30-42';
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: [words] }], valueOf)[0].target).toEqual({ type: 'mismatch', key: words, a: 0, b: 1 });
    const bothWords = 'value|lima rumah@10-20|three houses@33-45';
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: [bothWords] }], valueOf)[0].target).toMatchObject({ key: bothWords });
    // another value in words stays removed, and so does every rewording without a reader of values
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: ['value|5 rumah@10-17|four houses@30-41'] }], valueOf)).toBe(removed);
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: [words] }])).toBe(removed);
  });
  it('a removed one stays removed when its numbers, written the same, now say another kind or amount', () => {
    const valueOf = (_v: number, text: string) => ({ '40 truk': 'count:40', '40 persen': 'percent:40', 'Rp 4,5 miliar': 'money:4500000000', 'Rp 4,5 juta': 'money:4500000' })[text];
    const trucks = [verdict('missing|40 truk@257-264|-', { removed: true })];
    expect(followGrownFigures(trucks, [{ a: 0, b: 1, keys: ['missing|40 persen@257-266|-'] }], valueOf)).toBe(trucks);
    const money = [verdict('missing|Rp 4,5 miliar@10-23|-', { removed: true })];
    expect(followGrownFigures(money, [{ a: 0, b: 1, keys: ['missing|Rp 4,5 juta@10-21|-'] }], valueOf)).toBe(money);
  });
  it('two pairs with one key (a third version sharing a sentence) each keep their own verdict on the grown figure', () => {
    const grown = 'missing|some 40 trucks@250-264|-';
    const list = [verdict('missing|40 trucks@255-264|-', { removed: true }), { ...verdict('missing|40 trucks@255-264|-', { removed: true, b: 2 }), id: 'w' }];
    const moved = followGrownFigures(list, [
      { a: 0, b: 1, keys: [grown] },
      { a: 0, b: 2, keys: [grown] },
    ]);
    expect(moved.map((x) => x.target)).toEqual([
      { type: 'mismatch', key: grown, a: 0, b: 1 },
      { type: 'mismatch', key: grown, a: 0, b: 2 },
    ]);
  });
  it('a removed one whose very mismatch is there again (a figure changed, then written back) is attached again', () => {
    const removed = [verdict(was, { removed: true })];
    expect(followGrownFigures(removed, [{ a: 0, b: 1, keys: [was] }])[0].target).toEqual({ type: 'mismatch', key: was, a: 0, b: 1 });
    // (only in its own pair)
    expect(followGrownFigures(removed, [{ a: 0, b: 2, keys: [was] }])).toBe(removed);
  });
});

describe('a ledger note follows its group when the group is renamed', () => {
  const note = (what: string, id = 'l') => createAnnotation({ id, target: { type: 'ledger', what }, note: 'n' }, NOW);
  it('moves to the one group counting the same thing without a note; stays with none or several', () => {
    expect(followLedgerGroups([note('houses · 3,250')], ['houses · 3,260', 'troops · 5'])[0].target).toEqual({ type: 'ledger', what: 'houses · 3,260' });
    const two = [note('houses · 3,250')];
    expect(followLedgerGroups(two, ['houses · 3,260', 'houses · 12'])).toBe(two);
    const none = [note('houses · 3,250')];
    expect(followLedgerGroups(none, ['troops · 5'])).toBe(none);
    const taken = [note('houses · 3,250'), note('houses · 3,260', 'm')];
    expect(followLedgerGroups(taken, ['houses · 3,260'])).toBe(taken);
    const live = [note('houses · 3,250')];
    expect(followLedgerGroups(live, ['houses · 3,250', 'houses · 9'])).toBe(live);
  });
});

describe('another tool’s inline mark through a text edit', () => {
  it('stays on the text typed in place of its own (a protected name retyped), and is marked only when its text is gone', () => {
    const before = 'Kapal Dewaruci berlabuh.';
    const mark = createAnnotation({ id: 'm1', target: { type: 'span', version: 0, start: 6, end: 14 } }, NOW);
    const list = [{ ...mark, noteAttrs: { id: 'm1', translate: 'no', 'x-mark': 'yes' } }, createAnnotation({ id: 'n1', target: { type: 'span', version: 0, start: 6, end: 14 }, note: 'nama kapal' }, NOW)];
    const after = 'Kapal Bima Suci berlabuh.';
    const out = follow(list, before, after);
    expect(out[0].target).toEqual({ type: 'span', version: 0, start: 6, end: 15 });
    expect(after.slice(6, 15)).toBe('Bima Suci');
    // (a note on the same text is marked: it was about the old name)
    expect(isDetached(out[1])).toBe(true);
    const gone = follow(list, before, 'Kapal berlabuh.');
    expect(isDetached(gone[0])).toBe(true);
  });
});
