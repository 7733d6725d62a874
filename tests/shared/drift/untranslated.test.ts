/**
 * Units of a TMX/XLIFF file without a target are untranslated: their figures are not compared, on the
 * command line (tests/cli/files-from-tools.test.ts) and in the app, until the pair is re-aligned.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/pipeline';
import { analysePair } from '../../../shared/workbench';
import { blankSentences, untranslatedParts, withoutUntranslated, withoutUntranslatedFigures } from '../../../shared/drift/untranslated';
import type { Bead } from '../../../shared/align/types';

const A = analyse('It rose 5 percent.\nUntranslated: 4 items.', { lang: 'en', lines: true });
const B = analyse('Naik 5 persen.', { lang: 'id', lines: true });
const unit = (a: number[], b: number[], origin = true): Bead => ({ a, b, score: 1, ...(origin ? { origin: { unit: `u${a[0]}`, format: 'tmx' } } : {}) });

describe('untranslated units', () => {
  it('the beads of side A alone; a comparison without the figures only they hold', () => {
    const beads = [unit([0], [0]), unit([1], [])];
    expect(untranslatedParts(beads)).toEqual([[1]]);
    const { comparison } = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0], false), unit([1], [], false)], realign: false });
    expect(comparison.mismatches.map((m) => m.kind)).toEqual(['missing']);
    expect(withoutUntranslated(comparison, [[1]]).mismatches).toEqual([]);
  });
  it('the app: a unit the opened file gave without a target is no drift; a one-sided bead the aligner made is', () => {
    const fromFile = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0]), unit([1], [])], realign: false });
    expect(fromFile.comparison.mismatches).toEqual([]);
    const aligned = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0], false), unit([1], [], false)], realign: false });
    expect(aligned.comparison.mismatches.map((m) => m.kind)).toEqual(['missing']);
  });
  it('a segmented unit half translated: its segments without a target are untranslated, the others compared', () => {
    const A3 = analyse('It rose 5 percent.\nSales fell 4 percent.\nProfit was 9 percent.', { lang: 'en', lines: true });
    const B3 = analyse('Naik 5 persen.\nLaba 7 persen.', { lang: 'id', lines: true });
    const seg = (segments: Array<[number, number]>): Bead => ({ a: [0, 1, 2], b: [0, 1], score: 1, origin: { unit: 'u1', format: 'xliff-2', segments } });
    expect(untranslatedParts([seg([[1, 1], [1, 0], [1, 1]])])).toEqual([[1]]);
    // (counts that no longer fit the bead say nothing)
    expect(untranslatedParts([seg([[1, 1], [1, 0], [2, 1]])])).toEqual([]);
    const half = analysePair(A3, B3, { a: 0, b: 1, mode: 'parallel', beads: [seg([[1, 1], [1, 0], [1, 1]])], realign: false });
    // 4 percent is untranslated; 9 percent against 7 persen is a drift still
    expect(half.comparison.mismatches.map((m) => [m.kind, m.aFigure?.text ?? null])).toEqual([['value', '9 percent']]);
    const whole = analysePair(A3, B3, { a: 0, b: 1, mode: 'parallel', beads: [{ a: [0, 1, 2], b: [0, 1], score: 1 }], realign: false });
    expect(whole.comparison.mismatches.some((m) => m.kind === 'missing' && m.aFigure?.text === '4 percent')).toBe(true);
  });
  it('the figures of an untranslated segment are no counterpart: a drift in a translated segment of the unit is not hidden by them', () => {
    const A2 = analyse('He sent 300 troops.\nLater 400 troops came.', { lang: 'en', lines: true });
    const B2 = analyse('Dia mengirim 400 prajurit.', { lang: 'id', lines: true });
    const bead: Bead = { a: [0, 1], b: [0], score: 1, origin: { unit: 'u1', format: 'xliff-2', segments: [[1, 1], [1, 0]] } };
    const r = analysePair(A2, B2, { a: 0, b: 1, mode: 'parallel', beads: [bead], realign: false });
    expect(r.comparison.mismatches.map((m) => [m.kind, m.aFigure?.text, m.bFigure?.text])).toEqual([['value', '300 troops', '400 prajurit']]);
    expect(r.comparison.matches).toEqual([]);
    expect(withoutUntranslatedFigures(A2, [[1]]).figures.map((f) => f.text)).toEqual(['300 troops']);
  });
  it('a target that holds inline codes only is no translation: blankSentences', () => {
    const B2 = analyse('\uE000\nNaik 5 persen.', { lang: 'id', lines: true });
    const blank = blankSentences(B2);
    expect([blank(0), blank(1), blank(7)]).toEqual([true, false, false]);
    const seg: Bead = { a: [0, 1], b: [0, 1], score: 1, origin: { unit: 'u', format: 'xliff-1.2', segments: [[1, 1], [1, 1]] } };
    expect(untranslatedParts([seg], blank)).toEqual([[0]]);
    expect(untranslatedParts([seg])).toEqual([]);
    expect(untranslatedParts([{ a: [0], b: [0], score: 1 }], blank)).toEqual([[0]]);
  });
});
