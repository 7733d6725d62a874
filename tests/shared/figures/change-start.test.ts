/** The bare start of a change takes the percent written once after its end, in both languages. */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value]);

describe('from X to Y percent', () => {
  it('English: from 1.1 to 1.5 percent is two rates', () => {
    expect(read('The deficit will rise from 1.1 to 1.5 percent of output.', 'en')).toEqual([
      ['1.1', 'percent', 1.1],
      ['1.5 percent', 'percent', 1.5],
    ]);
  });

  it('Indonesian: dari 6,5 menjadi 6,1 persen and dari 2 ke 3 persen are two rates', () => {
    expect(read('Inflasi turun dari 6,5 menjadi 6,1 persen bulan lalu.', 'id')).toEqual([
      ['6,5', 'percent', 6.5],
      ['6,1 persen', 'percent', 6.1],
    ]);
    expect(read('Bunganya naik dari 2,25 ke 3,5 persen.', 'id')).toEqual([
      ['2,25', 'percent', 2.25],
      ['3,5 persen', 'percent', 3.5],
    ]);
  });

  it('a start with a count after its end, or a level in the thousands, stays a number', () => {
    expect(read('Staff grew from 20 to 25 people.', 'en')).toEqual([
      ['20', 'count', 20],
      ['25 people', 'count', 25],
    ]);
    expect(read('Kurs bergerak dari 9.100 ke 9,5 persen di atas rata-rata.', 'id')[0]).toEqual(['9.100', 'count', 9100]);
  });
});
