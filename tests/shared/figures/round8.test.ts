/**
 * Reader rules of the eighth round on real translations (issue 10, the dev5 classes). The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a fraction above one takes a plural denominator', () => {
  it('English: "two thirds" is a fraction, "two third-country workers" a count ("third world" is no rank)', () => {
    expect(read(en('Two thirds of the farmers voted.'))).toEqual([['Two thirds of the farmers', 'count', 2 / 3]]);
    expect(read(en('Two third-country workers were hurt.'))).toEqual([['Two third-country workers', 'count', 2]]);
    expect(read(en('Three third world delegates spoke.'))).toEqual([['Three', 'count', 3]]);
  });
  it('Indonesian: *dua pertiga* is a fraction, *dua pekerja negara ketiga* a count (*negara ketiga*, "a third country", no rank)', () => {
    expect(read(id('Dua pertiga petani memilih.'))).toEqual([['Dua pertiga petani', 'count', 2 / 3]]);
    expect(read(id('Dua pekerja negara ketiga terluka.'))).toEqual([['Dua pekerja', 'count', 2]]);
  });
});

describe("a series after a Roman numeral and the issuer's code is a name; its year dates the issue", () => {
  it('Indonesian: *Obligasi I ABCD/2004* names a bond; *Obligasi II/2006* too; *semester II/2006* is a period', () => {
    expect(read(id('Obligasi I ABCD/2004 senilai Rp300 miliar dilunasi.'))).toEqual([
      ['2004', 'date', '2004'],
      ['Rp300 miliar', 'money', 3e11],
    ]);
    expect(read(id('Obligasi II/2006 senilai Rp300 miliar dilunasi.'))).toEqual([
      ['2006', 'date', '2006'],
      ['Rp300 miliar', 'money', 3e11],
    ]);
    expect(id('Laba semester II/2006 naik.').some((f) => f.value === 2006 || String(f.value).startsWith('2006'))).toBe(true);
  });
  it('English: "bonds III XYZ/2005" names a bond; a code and a year without the numeral stay a year', () => {
    expect(read(en('The bonds III XYZ/2005 worth Rp300 billion were repaid.'))).toEqual([
      ['2005', 'date', '2005'],
      ['Rp300 billion', 'money', 3e11],
    ]);
    expect(read(en('The XYZ/2005 report was late.'))).toEqual([['2005', 'date', '2005']]);
  });
});

describe('"over" opening a clause before a duration says during what time', () => {
  const q = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.qualifier]);
  it('English: "Over 12 years, …" is exact; "for over 12 years" and "over 12 years" without the comma are bounds', () => {
    expect(q(en('Over 12 years, 300 clinics opened.'))).toEqual([
      ['12 years', 'exact'],
      ['300 clinics', 'exact'],
    ]);
    expect(q(en('The clinic, over 12 years, treated 300 patients.'))[0]).toEqual(['12 years', 'exact']);
    expect(q(en('The clinic has been open for over 12 years.'))).toEqual([['over 12 years', 'more-than']]);
    expect(q(en('Over 12 years the clinic grew.'))).toEqual([['Over 12 years', 'more-than']]);
  });
  it('Indonesian: *Selama 12 tahun, …* is exact; *Lebih dari 12 tahun, …* is a bound', () => {
    expect(q(id('Selama 12 tahun, 300 klinik dibuka.'))).toEqual([
      ['12 tahun', 'exact'],
      ['300 klinik', 'exact'],
    ]);
    expect(q(id('Lebih dari 12 tahun, klinik itu berdiri.'))).toEqual([['Lebih dari 12 tahun', 'more-than']]);
  });
});

describe('an ordinal beside a superlative is a rank', () => {
  it('English: "second-largest", "third most populous" rank; "second round" does not', () => {
    expect(en('The second-largest lender grew.')[0]).toMatchObject({ kind: 'ordinal', value: 2, rank: true });
    expect(en('It is the third most populous province.')[0]).toMatchObject({ kind: 'ordinal', value: 3, rank: true });
    expect(en('The second round starts today.')[0]?.rank).toBeUndefined();
  });
  it('Indonesian: *terbesar kedua* and *kedua terbesar* rank; *putaran kedua* does not', () => {
    expect(id('Pemberi pinjaman terbesar kedua itu tumbuh.')[0]).toMatchObject({ kind: 'ordinal', value: 2, rank: true });
    expect(id('Provinsi itu kedua terbesar di pulau itu.')[0]).toMatchObject({ kind: 'ordinal', value: 2, rank: true });
    expect(id('Putaran kedua pemilu dimulai hari ini.')[0]?.rank).toBeUndefined();
  });
});

describe('a month before a monthly statistic is a date', () => {
  it('English: "the June inflation rate"; Indonesian: *inflasi Juni*', () => {
    expect(read(en('The June inflation rate was low.'))).toEqual([['June', 'date', '--06']]);
    expect(read(id('Inflasi Juni rendah.'))).toEqual([['Juni', 'date', '--06']]);
  });
});

describe('an Indonesian fraction word with -nya is a fraction of what was just named', () => {
  it('Indonesian: *separuhnya*, *sepertiganya* read as English reads "half of", "a third of it"', () => {
    expect(read(id('Dari anggaran itu, separuhnya untuk sekolah.'))).toEqual([['separuhnya', 'count', 0.5]]);
    expect(read(id('Sepertiganya dijual ke luar negeri.'))).toEqual([['Sepertiganya', 'count', 1 / 3]]);
    expect(id('Ia pergi ke rumahnya.')).toEqual([]);
  });
  it('English: "half of the budget", "a third of it"', () => {
    expect(read(en('Half of the budget goes to schools.'))).toEqual([['Half of the budget', 'count', 0.5]]);
    expect(read(en('A third of it was sold abroad.'))).toEqual([['A third', 'count', 1 / 3]]);
  });
});

describe('a fraction word with -nya after a verb is a change, not a part', () => {
  it('Indonesian *turun hampir setengahnya* is no figure; *dan setengahnya …* is, as English "and half of it …"', () => {
    expect(id('Harga gabah turun hampir setengahnya.')).toEqual([]);
    expect(id('Harga gabah turun, dan setengahnya terjadi pekan lalu.').map((f) => f.value)).toEqual([0.5]);
    expect(en('Grain prices fell, and half of it happened last week.').map((f) => f.value)).toEqual([0.5]);
  });
});
