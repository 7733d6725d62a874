/**
 * A list of small numbers typed with commas and no spaces (`3,6,9`) is a list, not a decimal: no number
 * carries two decimal commas. Thousands grouping (`1,250,000`) and a single decimal comma stay one number.
 * The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { tokenize } from '../../../shared/figures/tokens';
import { drifts } from '../drift/helpers';

const values = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.value);

describe('a comma list without spaces', () => {
  it('Indonesian: *umur 3,6,9 dan 12 bulan* reads 3, 6, 9 and 12', () => {
    expect(values('Bayi ditimbang pada umur 3,6,9 dan 12 bulan.', 'id')).toEqual([3, 6, 9, 12]);
  });
  it('English: `at 3,6,9 and 12 months` reads 3, 6, 9 and 12', () => {
    expect(values('Babies were weighed at 3,6,9 and 12 months.', 'en')).toEqual([3, 6, 9, 12]);
  });
  it('each number keeps its own offsets', () => {
    const t = tokenize('umur 4,8,16 tahun').filter((k) => k.kind === 'num');
    expect(t.map((k) => [k.raw, k.start, k.end])).toEqual([
      ['4', 5, 6],
      ['8', 7, 8],
      ['16', 9, 11],
    ]);
  });
  it('the list spaced on one side and not on the other agrees', () => {
    expect(drifts('Bayi ditimbang pada umur 3,6,9 dan 12 bulan.', 'Babies were weighed at 3, 6, 9 and 12 months.')).toEqual([]);
  });
  it('guards: thousands and a decimal stay one number; a changed list member still drifts', () => {
    expect(values('The town has 1,250,000 people.', 'en')).toEqual([1250000]);
    expect(values('Inflasi 6,9 persen.', 'id')).toEqual([6.9]);
    // thousands with the decimal typed as a comma too (an index level): no list of 13, 452 and 18
    expect(values('Indeks naik ke 13,452,18 poin.', 'id')).not.toContain(452);
    expect(drifts('Bayi ditimbang pada umur 3,6,9 dan 12 bulan.', 'Babies were weighed at 3, 6, 8 and 12 months.')).not.toEqual([]);
  });
});
