/**
 * Reader rules of the fifteenth round on real translations (issue 10, the dev11 classes). The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a number after a label word that a percent word follows is a share, not a label', () => {
  it('English: `the fishing sector 2.7 percent`, `zone 3%`', () => {
    expect(read(en('Mining grew 6.2 percent and the fishing sector 2.7 percent.'))).toEqual([
      ['6.2 percent', 'percent', 6.2],
      ['2.7 percent', 'percent', 2.7],
    ]);
    expect(read(en('Prices rose in zone 3% faster than elsewhere.'))).toEqual([['3%', 'percent', 3]]);
  });
  it('Indonesian: *sektor 2,7 persen*', () => {
    expect(read(id('Sumbangan terbesar dari sektor 2,7 persen itu datang dari perikanan.'))).toEqual([['2,7 persen', 'percent', 2.7]]);
  });
  it('guard: a label with no percent word after it still names (`sector 4`, *sektor 7*)', () => {
    expect(read(en('Troops moved into sector 4 overnight.'))).toEqual([]);
    expect(read(id('Pasukan bergerak ke sektor 7 pada malam hari.'))).toEqual([]);
  });
});
