/**
 * The minute of a match written after the scorer with a prime, in brackets (*Alfath (62')*, `Smith (12', 56')`): the
 * 62nd minute, an ordinal as *menit ke-62* and `the 62nd minute` are. A real pair of republications of a football
 * match gave one equaliser at *(62')* and the other at *menit ke-60*; read as a count, the two were a count dropped
 * and an ordinal added, for review. The sentences here are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, allLevels } from '../drift/helpers';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.text, f.value]);

describe('the minute of a match after a prime, in brackets', () => {
  it('is an ordinal, each of a list too (both languages, three primes)', () => {
    expect(read("Gol penyama dicetak Rudi (62'), lalu penalti Budi (69’).", 'id')).toEqual([
      ['ordinal', "62'", 62],
      ['ordinal', '69’', 69],
    ]);
    expect(read("Smith scored twice (12′, 56') for the hosts.", 'en')).toEqual([
      ['other', 'twice', 2],
      ['ordinal', '12′', 12],
      ['ordinal', "56'", 56],
    ]);
  });
  it('meets *menit ke-62* and `the 62nd minute`; another minute is a value drift (one language and across)', () => {
    expect(allLevels("Rudi menyamakan kedudukan (62') sebelum penalti Budi (69').", 'Rudi menyamakan kedudukan pada menit ke-62, lalu Budi mencetak gol penalti pada menit ke-69.', 'id', 'id')).toEqual([]);
    expect(drifts("Rudi menyamakan kedudukan (62') sebelum penalti Budi (69').", 'Rudi menyamakan kedudukan pada menit ke-60, lalu Budi mencetak gol penalti pada menit ke-69.', 'id', 'id')).toEqual(["value:62'"]);
    expect(allLevels("Rudi menyamakan kedudukan (62') sebelum penalti Budi (69').", "Rudi equalised in the 62nd minute before Budi's penalty in the 69th.", 'id', 'en')).toEqual([]);
    expect(drifts("Rudi equalised (62') before Budi's penalty (69').", 'Rudi equalised in the 60th minute before a penalty by Budi in the 69th.', 'en', 'en')).toEqual(["value:62'"]);
  });
  it('guard: a number with a prime outside brackets or past a match’s minutes stays a number (feet, added time)', () => {
    expect(read("The wall stands 6' high.", 'en')).toEqual([['count', '6', 6]]);
    expect(read("Skor berubah pada menit (45+2').", 'id').some((r) => r[0] === 'ordinal')).toBe(false);
    expect(read("Tinggi tanggul (150') itu.", 'id').some((r) => r[0] === 'ordinal')).toBe(false);
  });
});
