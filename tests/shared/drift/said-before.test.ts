/**
 * A count of things both versions stated and agreed on a few sentences before, which one version repeats and the other refers
 * back to without the number (*14 BUMN itu* ↔ `the companies`): its reader learnt the figure already, so it is for review
 * (guideline section 18). Both directions and both languages; guards: no earlier agreement, or too far back, stays a
 * drift. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLines } from './helpers';

const levels = (c: ReturnType<typeof checkLines>) => c.mismatches.filter((m) => m.kind !== 'entity').map((m) => `${m.level}:${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`);

const idLines = ['Pemerintah akan menjual saham 14 BUMN tahun depan.', 'Daftar perusahaan itu diumumkan Senin.', 'Menurut dia, 14 BUMN itu dalam kondisi sehat.'];
const enLines = ['The government will sell shares in 14 state firms next year.', 'The list of the firms was announced on Monday.', 'He said the companies were in good health.'];

describe('a figure referred back to after both versions stated it', () => {
  it('Indonesian repeats the count, English says "the companies": for review', () => {
    expect(levels(checkLines(idLines, enLines))).toEqual(['review:missing:14 BUMN']);
  });
  it('English repeats the count, Indonesian says *perusahaan-perusahaan itu*: for review', () => {
    const en = ['The government will sell shares in 14 state firms next year.', 'The list of the firms was announced on Monday.', 'He said the 14 firms were in good health.'];
    const id = ['Pemerintah akan menjual saham 14 BUMN tahun depan.', 'Daftar perusahaan itu diumumkan Senin.', 'Menurut dia, perusahaan-perusahaan itu dalam kondisi sehat.'];
    expect(levels(checkLines(id, en))).toEqual(['review:added:14 firms']);
  });
  it('guards: a count the other version never stated, or stated differently, stays a drift', () => {
    const en = ['The government will sell shares in state firms next year.', 'The list of the firms was announced on Monday.', 'He said the companies were in good health.'];
    expect(levels(checkLines(idLines, en))).toEqual(['drift:missing:14 BUMN', 'drift:missing:14 BUMN']);
    const en15 = ['The government will sell shares in 15 state firms next year.', 'The list of the firms was announced on Monday.', 'He said the companies were in good health.'];
    expect(levels(checkLines(idLines, en15))).toEqual(['drift:value:14 BUMN', 'drift:missing:14 BUMN']);
  });
});

describe('only a count of things is referred back to', () => {
  it('an amount said again and dropped stays a drift: a story says an amount again of other things', () => {
    const id = ['Laba perseroan mencapai Rp14 miliar tahun lalu.', 'Direksi menjelaskan hasil itu Senin.', 'Dividen yang dibagikan Rp14 miliar.'];
    const en = ['The company made a profit of Rp14 billion last year.', 'The board explained the result on Monday.', 'It paid out a dividend.'];
    expect(levels(checkLines(id, en))).toEqual(['drift:missing:Rp14 miliar']);
  });
});
