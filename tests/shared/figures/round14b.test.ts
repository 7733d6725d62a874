/**
 * Reader rules of round 14b on real translations (issue 10, the dev10 classes). The sentences are our own;
 * none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a scale word misspelt by one slip is still the scale word', () => {
  it('Indonesian: a letter added, dropped, swapped or replaced in *triliun* / *miliar*', () => {
    expect(read(id('Kas daerah itu mencapai Rp5,2 triloiun dan utangnya Rp800 miliiar.'))).toEqual([
      ['Rp5,2 triloiun', 'money', 5.2e12],
      ['Rp800 miliiar', 'money', 800e9],
    ]);
    expect(read(id('Proyek itu bernilai Rp3 trilyiun, bukan Rp3 mlyar.'))).toEqual([
      ['Rp3 trilyiun', 'money', 3e12],
      ['Rp3 mlyar', 'money', 3e9],
    ]);
  });
  it('English: `billlion`, `trillon`, `millon`', () => {
    expect(read(en('The port cost $2 billlion and the bridge $1 trillon.'))).toEqual([
      ['$2 billlion', 'money', 2e9],
      ['$1 trillon', 'money', 1e12],
    ]);
    expect(read(en('Some 3 millon people voted.')).map((r) => r[2])).toEqual([3e6]);
  });
  it('a short scale word is not guessed: *juga*, *ibu* after a number stay plain words', () => {
    expect(read(id('Ia membeli 5 juga buku.')).map((r) => r[2])).toEqual([5]);
    expect(read(id('Ada 2 ibu di sana.')).map((r) => r[2])).toEqual([2]);
  });
  it('a real word one slip from a scale word is no scale: `bullion`, and a plural keeps its own reading', () => {
    expect(read(en('The vault held 40 bullion bars.')).map((r) => r[2])).toEqual([40]);
    expect(read(en('Shares of the miner rose 3 Billiton traders said.')).map((r) => r[2])).toEqual([3]);
    expect(read(en('The scheme will cost millions of dollars.')).map((r) => r[2])).not.toContain(1e6 * 1e6);
  });
});

describe('an age decade in digits is the range of its years, as *berusia 40-an* (D7, figheldout3 and figdev8)', () => {
  it('English: `in his 40s`, `in her mid-30s`, `in their late-20s`', () => {
    expect(read(en('The driver, in his 40s, was unhurt.'))).toEqual([['40s', 'range', '40..49']]);
    expect(read(en('A woman in her mid-30s was arrested.'))).toEqual([['30s', 'range', '30..39']]);
    expect(read(en('Both men were in their late-20s.'))).toEqual([['20s', 'range', '20..29']]);
    expect(en('A woman in her mid-30s was arrested.')[0].durationUnit).toBe('year');
  });
  it('English: a decade of years (its range of years) or a range of temperatures is no age', () => {
    expect(read(en('Prices rose in the 1970s and again in the 90s.'))).toEqual([
      ['1970s', 'range', '1970..1979'],
      ['90s', 'range', '1990..1999'],
    ]);
    expect(read(en('Temperatures stayed in the 30s all week.'))).toEqual([]);
  });
  it('Indonesian: *berusia 40-an*, *berusia pertengahan 40-an* are the same range; *60-an warga* stays about sixty people', () => {
    expect(read(id('Pria yang berusia 40-an itu ditahan.'))).toEqual([['40-an', 'range', '40..49']]);
    expect(read(id('Pria itu tampaknya berusia pertengahan 40-an.'))).toEqual([['40-an', 'range', '40..49']]);
    expect(read(id('Sebanyak 60-an warga mengungsi.'))).toEqual([['60-an warga', 'count', 60]]);
  });
});

describe('an age with the -an suffix, and the youngest age', () => {
  it('Indonesian: *12-an tahun* is about twelve years; a code with the suffix stays unread', () => {
    const f = id('Korban kebanyakan anak berusia 12-an tahun.');
    expect(read(f)).toEqual([['12-an tahun', 'duration', 12]]);
    expect(f[0].qualifier).toBe('about');
    expect(read(id('Kode 19-an dipakai di sana.'))).toEqual([]);
  });
  it('English: `as young as 12` is a lower bound; `as high as` stays a comparison', () => {
    const f = en('Victims included children as young as 12.');
    expect(read(f)).toEqual([['as young as 12', 'count', 12]]);
    expect(f[0].qualifier).toBe('at-least');
    expect(en('The deficit will not be as high as 2 percent.')[0].qualifier).toBe('exact');
  });
});
