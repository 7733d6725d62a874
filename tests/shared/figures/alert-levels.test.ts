/**
 * An alert level counted with a Roman numeral (*Level IV*, `Level III`) is read as a count, as *level 4* is, so that
 * two versions that write the level in the two notations agree. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { analyse, checkVersions } from '../../../shared/pipeline';
import type { Lang } from '../../../shared/text/types';

const read = (s: string, lang: Lang) => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value]);

/** The drift-level mismatches (kind:A|B) of two one-line texts. */
function drifts(a: string, b: string, langA: Lang, langB: Lang): string[] {
  const A = analyse(a, { lang: langA, lines: true });
  const B = analyse(b, { lang: langB, lines: true });
  const ms = checkVersions(A, B, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison.mismatches;
  return ms.filter((m) => m.level === 'drift').map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);
}

describe('an alert level in Roman numerals', () => {
  it('Indonesian: *Level IV* is a count of 4, as *Level 3* is a count of 3', () => {
    expect(read('Status gunung naik dari Level 3 atau Siaga menjadi Level IV atau Awas.', 'id')).toEqual([
      ['3', 'count', 3],
      ['IV', 'count', 4],
    ]);
  });

  it('English: "Level II" is a count of 2', () => {
    expect(read('The volcano was lowered to Level II on Monday.', 'en')).toEqual([['II', 'count', 2]]);
  });

  it('guard: the pronoun after `level`, a code glued to more, and other Roman numerals are no level', () => {
    expect(read('At that level I think the risk is small.', 'en')).toEqual([]);
    expect(read('He finished Level II-A of the course.', 'en')).toEqual([]);
    expect(read('Ia naik ke level VI.', 'id')).toEqual([]);
  });

  it('two outlets that write the level in the two notations agree; another level is a value drift', () => {
    expect(drifts('Status Semeru naik menjadi Level IV atau Awas.', 'Status Semeru kini level 4 awas.', 'id', 'id')).toEqual([]);
    expect(drifts('Status gunung itu naik menjadi Level IV (Awas).', 'The alert for the volcano was raised to level 4.', 'id', 'en')).toEqual([]);
    expect(drifts('Status gunung itu diturunkan ke Level II.', "The volcano's status was lowered to Level 3.", 'id', 'en')).toEqual(['value:II|3']);
  });
});

describe("an alert level's Roman numeral in brackets after its name (*Awas (IV)*)", () => {
  it('reads the level in Indonesian and in English copy that keeps the names; not a lower-case numeral or a sixth level', () => {
    expect(read('Status gunung turun dari level Awas (IV) ke Siaga (III).', 'id')).toEqual([['IV', 'count', 4], ['III', 'count', 3]]);
    expect(read('The status was lowered from Awas (IV) to Siaga (III).', 'en')).toEqual([['IV', 'count', 4], ['III', 'count', 3]]);
    expect(read('Warga diminta tetap siaga (ii) malam ini.', 'id')).toEqual([]);
    expect(read('Status Waspada (VI) itu keliru.', 'id')).toEqual([]);
  });
  it('meets the level written before its name, in one language and across two; another level drifts', () => {
    const a = 'Status gunung diturunkan dari Level IV (Awas) menjadi Level III (Siaga) mulai Senin.';
    expect(drifts(a, 'Mulai Senin, status gunung turun dari level Awas (IV) ke Siaga (III).', 'id', 'id')).toEqual([]);
    expect(drifts(a, 'From Monday the status was lowered from Awas (IV) to Siaga (III).', 'id', 'en')).toEqual([]);
    expect(drifts(a, 'Mulai Senin, status gunung turun dari level Awas (IV) ke Waspada (II).', 'id', 'id')).toEqual(['value:III|II']);
  });
});
