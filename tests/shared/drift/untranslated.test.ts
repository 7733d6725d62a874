/**
 * Units of a TMX/XLIFF file without a target are untranslated: their figures are not compared, on the
 * command line (tests/cli/files-from-tools.test.ts) and in the app, until the pair is re-aligned.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/pipeline';
import { analysePair } from '../../../shared/workbench';
import { untranslatedUnits, withoutUntranslated } from '../../../shared/drift/untranslated';
import type { Bead } from '../../../shared/align/types';

const A = analyse('It rose 5 percent.\nUntranslated: 4 items.', { lang: 'en', lines: true });
const B = analyse('Naik 5 persen.', { lang: 'id', lines: true });
const unit = (a: number[], b: number[], origin = true): Bead => ({ a, b, score: 1, ...(origin ? { origin: { unit: `u${a[0]}`, format: 'tmx' } } : {}) });

describe('untranslated units', () => {
  it('the beads of side A alone; a comparison without the figures only they hold', () => {
    const beads = [unit([0], [0]), unit([1], [])];
    expect(untranslatedUnits(beads)).toEqual([beads[1]]);
    const { comparison } = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0], false), unit([1], [], false)], realign: false });
    expect(comparison.mismatches.map((m) => m.kind)).toEqual(['missing']);
    expect(withoutUntranslated(comparison, [beads[1]]).mismatches).toEqual([]);
  });
  it('the app: a unit the opened file gave without a target is no drift; a one-sided bead the aligner made is', () => {
    const fromFile = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0]), unit([1], [])], realign: false });
    expect(fromFile.comparison.mismatches).toEqual([]);
    const aligned = analysePair(A, B, { a: 0, b: 1, mode: 'parallel', beads: [unit([0], [0], false), unit([1], [], false)], realign: false });
    expect(aligned.comparison.mismatches.map((m) => m.kind)).toEqual(['missing']);
  });
});
