/**
 * Reader rules of the thirteenth round on real translations (issue 10, the dev9 classes). The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a lone month that modifies a noun is a month', () => {
  it('English: after a determiner (`its October test`, `the May elections`)', () => {
    expect(read(en('The country, emboldened by its October test, asked for more aid.'))).toEqual([['October', 'date', '--10']]);
    expect(read(en('Turnout in the May elections was low.'))).toEqual([['May', 'date', '--05']]);
  });
  it('English: after `a`, a possessive, or `compared to`', () => {
    expect(read(en('The outcome of a November summit in Nairobi is in doubt.'))).toEqual([['November', 'date', '--11']]);
    expect(read(en("Traders await the committee's January meeting."))).toEqual([['January', 'date', '--01']]);
    expect(read(en('Lending rose compared to April, the bank said.'))).toEqual([['April', 'date', '--04']]);
  });
  it('English: a capitalised modal or verb is still no month', () => {
    expect(read(en('May the talks succeed, he said.'))).toEqual([]);
    expect(read(en('They will march to the palace and the police may stop them.'))).toEqual([]);
  });
  it('Indonesian: right after the noun it modifies (*penjualan eceran Juni*)', () => {
    expect(read(id('Data penjualan eceran Juni, yang dirilis kemarin, mengejutkan pasar.'))).toEqual([['Juni', 'date', '--06']]);
    expect(read(id('Angka ekspor Oktober naik tajam.'))).toEqual([['Oktober', 'date', '--10']]);
  });
  it('Indonesian: a month name inside a personal name is no month', () => {
    expect(read(id('Jalan itu dinamai menurut pahlawan Agustus Salim.'))).toEqual([]);
    expect(read(id('Pertemuan dipimpin Juni Hartono dari kementerian.'))).toEqual([]);
  });
});

describe('a number word that names a class or a shape is no quantity', () => {
  it('Indonesian: *roda dua*, *segi tiga* are not read; a count of wheels in digits is', () => {
    expect(read(id('Penjualan kendaraan roda dua dan roda empat naik setelah pertemuan segi tiga itu.'))).toEqual([]);
    expect(read(id('Truk itu memiliki enam roda.'))).toEqual([['enam roda', 'count', 6]]);
  });
  it('English: `two-wheelers`, `four-wheel drive` are not read; `six wheels` is', () => {
    expect(read(en('Sales of two-wheelers and four-wheel drive cars rose.'))).toEqual([]);
    expect(read(en('The truck has six wheels.'))).toEqual([['six wheels', 'count', 6]]);
  });
});

describe('*ketiga … lain* is "the other three", a count', () => {
  it('Indonesian: *ketiga anggota lain* and *ketiga anggota lainnya* are counts of three', () => {
    expect(read(id('Ia bertemu ketiga anggota lain dewan itu.'))).toEqual([['ketiga anggota', 'count', 3]]);
    expect(read(id('Ia bertemu ketiga anggota lainnya.'))).toEqual([['ketiga anggota', 'count', 3]]);
  });
  it('an ordinal after its noun stays an ordinal', () => {
    expect(read(id('Ia menjadi anggota ketiga yang mundur.'))).toEqual([['ketiga', 'ordinal', 3]]);
  });
});
