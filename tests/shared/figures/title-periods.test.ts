/**
 * An ordinal beside a part of the year is that period even where a report's title capitalises it (`First Semester
 * Report`, *Laporan Semester Pertama*); an ordinal inside another capitalised name stays part of the name (`the First
 * Lady`, *Perang Dunia Pertama*). The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { allLevels } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.kind, f.text, f.value]);

describe("an ordinal beside a part of the year, capitalised in a report's title", () => {
  it('`First Semester Report`, *Laporan Semester Pertama* read the period; `the First Lady` stays a title', () => {
    expect(read('In its First Semester Report the government said so.', 'en')).toEqual([['ordinal', 'First Semester', 1]]);
    expect(read('Laporan Semester Pertama pemerintah menyebutkan hal itu.', 'id')).toEqual([['ordinal', 'Semester Pertama', 1]]);
    expect(read('The First Lady met the First Minister.', 'en')).toEqual([]);
    expect(read('Perang Dunia Pertama pecah pada 1914.', 'id').map((f) => f[0])).toEqual(['date']);
  });
  it('the title in one version meets the period in the other', () => {
    expect(allLevels('Laporan Semester I pemerintah menyebutkan defisit naik.', 'The government’s First Semester Report said the deficit rose.')).toEqual([]);
  });
});
