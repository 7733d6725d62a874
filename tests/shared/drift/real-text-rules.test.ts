/**
 * General rules added for real translations (issue 10, second pass), each in both directions
 * (Indonesian A against English B, and the ambiguity or cue on either side). Fixtures are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { compareBeads } from '../../../shared/drift';
import type { Lang } from '../../../shared/text/types';

function compare(a: string, b: string, langB: Lang = 'en') {
  const fa = extractFromSentence(a, 'id');
  const fb = extractFromSentence(b, langB);
  return compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'id', langB);
}
const texts = (r: ReturnType<typeof compare>) => r.mismatches.map((m) => [m.kind, m.aFigure?.text ?? null, m.bFigure?.text ?? null, m.level]);

describe('the same separated digit string on both sides is a copied figure, not an ambiguity', () => {
  it('an Indonesian figure written with English grouping, copied into the English', () => {
    const r = compare('Produksi gula mencapai 412,356 ton tahun ini.', 'Sugar output reached 412,356 tons this year.');
    expect(texts(r)).toEqual([]);
    expect(r.matches.map((m) => m.bFigure.text)).toContain('412,356 tons');
  });

  it('an English source figure written with Indonesian grouping, copied into the Indonesian', () => {
    const fa = extractFromSentence('The plant processes 3.750 tonnes of cocoa.', 'en');
    const fb = extractFromSentence('Pabrik itu mengolah 3.750 ton kakao.', 'id');
    expect(fa[0].ambiguous).toBe(true);
    expect(compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'en', 'id').mismatches).toEqual([]);
  });

  it('a copy that is ambiguous in the translation stays an ambiguity (id → en and en → id)', () => {
    expect(compare('Pabrik itu mengolah 3.750 ton kakao.', 'The plant processes 3.750 tonnes of cocoa.').mismatches.map((m) => m.kind)).toEqual(['ambiguous']);
    const fa = extractFromSentence('Sugar output reached 412,356 tons.', 'en');
    const fb = extractFromSentence('Produksi gula mencapai 412,356 ton.', 'id');
    expect(compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'en', 'id').mismatches.map((m) => m.kind)).toEqual(['ambiguous']);
  });

  it('different digit strings are still an ambiguity to check', () => {
    const r = compare('Produksi gula mencapai 412,356 ton tahun ini.', 'Sugar output reached 412,356.0 tons this year.');
    expect(r.mismatches.map((m) => m.kind)).toContain('ambiguous');
  });
});
