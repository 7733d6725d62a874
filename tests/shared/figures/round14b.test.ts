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
    expect(read(en('The scheme will cost millions of dollars.')).map((r) => r[2])).not.toContain(1e6 * 1e6);
  });
});
