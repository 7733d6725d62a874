/**
 * An amount said in descending parts after its first scale word (*Rp2 juta 500 ribu*, `2 million 500 thousand`) is one
 * amount, in Indonesian and in English; parts set apart by a comma, or of another kind, stay apart. The sentences are our
 * own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { allLevels, drifts } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.kind, f.text, f.value]);

describe('an amount in descending parts', () => {
  it('Indonesian: *Rp2 juta 500 ribu*, *1 juta dua ratus ribu orang*, *2 juta satu dolar AS*', () => {
    expect(read('Harganya Rp2 juta 500 ribu per unit.', 'id')).toEqual([['money', 'Rp2 juta 500 ribu', 2_500_000]]);
    expect(read('Sebanyak 1 juta dua ratus ribu orang mengungsi.', 'id')).toEqual([['count', '1 juta dua ratus ribu orang', 1_200_000]]);
    expect(read('Modal disetor menjadi 2 juta satu dolar AS.', 'id')).toEqual([['money', '2 juta satu dolar AS', 2_000_001]]);
  });
  it('English: `2 million 500 thousand rupiah`', () => {
    expect(read('It costs 2 million 500 thousand rupiah.', 'en')).toEqual([['money', '2 million 500 thousand rupiah', 2_500_000]]);
  });
  it('guards: a comma between the parts, a percent or a unit after the first part keep two figures', () => {
    expect(read('Sebanyak 2 juta, 500 ribu di antaranya anak.', 'id').map((f) => f[2])).toEqual([2_000_000, 500_000]);
    expect(read('Produksi 2 juta ton, ekspor 500 ribu ton.', 'id').map((f) => f[2])).toEqual([2_000_000, 500_000]);
    expect(read('Jumlahnya 2 juta 3 persen di antaranya anak.', 'id').map((f) => f[0])).toEqual(['count', 'percent']);
    // a number word after an amount that already has its currency opens a figure of its own (an exchange rate's base)
    expect(read('Obligasi dolar senilai Rp63,9 triliun satu dolar = Rp9.135 diperdagangkan.', 'id').map((f) => f[1])).toEqual(['Rp63,9 triliun', 'satu dolar', 'Rp9.135']);
    // a number word after a scale with no currency after it is not added (*2 juta satu di antaranya*)
    expect(read('Dari 2 juta pemilih, satu di antaranya ditolak.', 'id').map((f) => f[2])).toContain(2_000_000);
  });
  it('the whole amount matches its rendering in digits, and drifts from another', () => {
    expect(allLevels('Modal disetor menjadi 2 juta satu dolar AS.', 'Paid-up capital rose to US$2,000,001.')).toEqual([]);
    expect(allLevels('Harganya Rp2 juta 500 ribu per unit.', 'It costs Rp2.5 million a unit.')).toEqual([]);
    expect(drifts('Harganya Rp2 juta 500 ribu per unit.', 'It costs Rp2.4 million a unit.')).toEqual(['value:Rp2 juta 500 ribu']);
  });
});
