/**
 * Reader rules of the twelfth round on real translations (issue 10, the dev8 classes): English number
 * words counting digits (`two-digit growth`), misspelt Indonesian scale words (*trliun*), and a
 * rupiah quote whose second side is written by its last digits (`Rp9.117/133`). The sentences are our
 * own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.value, f.qualifier]);

describe('"two-digit" counts digits, as double-digit and *dua digit* do', () => {
  it('English: two-digit growth and three-digit inflation are tens and hundreds', () => {
    expect(read(en('The province saw two-digit growth last year.'))).toEqual([['two-digit', 10, 'magnitude']]);
    expect(read(en('Prices rose at a three-digit rate.'))).toEqual([['three-digit', 100, 'magnitude']]);
  });
  it('"the last two digits" picks digits of a number; two counted things stay a count', () => {
    expect(read(en('Only the last two digits of the code changed.'))).toEqual([['two digits', 2, 'exact']]);
    expect(read(en('Two ministers resigned.'))).toEqual([['Two ministers', 2, 'exact']]);
  });
});

describe('a misspelt trillion is still the scale', () => {
  it('*trliun* and *trilun* are triliun', () => {
    expect(read(id('Bank itu menyimpan Rp40 trliun di obligasi dan Rp12 trilun di kredit.'))).toEqual([
      ['Rp40 trliun', 40e12, 'exact'],
      ['Rp12 trilun', 12e12, 'exact'],
    ]);
  });
});

describe('a quote written short by its last digits completes from the first side', () => {
  it('*Rp9.208/224* is 9,208 and 9,224', () => {
    expect(read(id('Rupiah ditutup pada Rp9.208/224 per dolar AS.'))).toEqual([
      ['Rp9.208', 9208, 'exact'],
      ['224', 9224, 'exact'],
    ]);
  });
  it('"Rp9,295/305" crosses the hundred: 9,295 and 9,305', () => {
    expect(read(en('The rupiah closed at Rp9,295/305 per dollar.'))).toEqual([
      ['Rp9,295', 9295, 'exact'],
      ['305', 9305, 'exact'],
    ]);
  });
  it('a full second side reads as written', () => {
    expect(read(id('Rupiah ditutup pada Rp9.208/9.224 per dolar AS.'))).toEqual([
      ['Rp9.208', 9208, 'exact'],
      ['9.224', 9224, 'exact'],
    ]);
  });
});
