import { describe, it, expect } from 'vitest';
import { beadShape, textIndices } from '../../../shared/text/bead-shape';
import { splitLines } from '../../../shared/text/lines';
import { loaded } from '../workbench/helpers';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff, importXliff } from '../../../shared/formats';
import { buildModel } from '../../../shared/formats/model';
import { projectFromBilingual } from '../../../shared/formats/import-project';

describe('beadShape', () => {
  const lines = splitLines('Judul\n\nSatu. \nDua.');
  it('counts the sentences with text: a blank line (a paragraph break read line by line) is none', () => {
    expect(textIndices([0, 1], lines)).toEqual([0]);
    expect(beadShape([0, 1], [0], lines, lines)).toBe('1:1');
    expect(beadShape([2, 3], [], lines, lines, '-')).toBe('2-0');
  });
});

describe('a text project exported and reopened', () => {
  it('keeps its bead shapes (1-1 stays 1-1, though its paragraph break now rides as a blank line)', () => {
    const A = 'Judul Berita\n\nSebanyak 10.000 tentara dikerahkan. Mereka tiba pada 4 Juni.\n';
    const B = 'News Title\n\nSome 12,000 troops were deployed. They arrived on June 4.\n';
    const p = loaded([A, B]).history.present;
    const before = buildModel(exportInputOf(p, 0, 'all', 't')).rows.map((r) => r.type);
    const r = importXliff(exportXliff(exportInputOf(p, 0, 'all', 't')), 'x.xlf');
    if (!r.ok) throw new Error(r.message);
    const back = projectFromBilingual(r, 'x.xlf');
    expect(back.alignments[0].beads[0].a.length).toBe(2); // the title and the blank line after it
    expect(buildModel(exportInputOf(back, 0, 'all', 't')).rows.map((x) => x.type)).toEqual(before);
    expect(before[0]).toBe('1-1');
  });
});
