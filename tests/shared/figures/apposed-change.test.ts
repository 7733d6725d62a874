/**
 * `rose 12 percent, from Rp40 billion to Rp45 billion`: a comma right before `from` sets the two levels of
 * the change just stated, as *naik 12 persen, dari Rp40 miliar menjadi Rp45 miliar*: two figures, no range.
 * Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value]);

describe('a change, then its two levels after a comma', () => {
  it('English: the levels after `, from` are two figures', () => {
    expect(read('Deposits grew by 12 percent year-on-year, from Rp40 billion to Rp45 billion.', 'en')).toEqual([
      ['12 percent', 12],
      ['Rp40 billion', 40e9],
      ['Rp45 billion', 45e9],
    ]);
  });
  it('Indonesian: *dari … menjadi …* after the change is already two figures, and the two versions agree', () => {
    expect(read('Simpanan tumbuh 12 persen, dari Rp40 miliar menjadi Rp45 miliar.', 'id')).toEqual([
      ['12 persen', 12],
      ['Rp40 miliar', 40e9],
      ['Rp45 miliar', 45e9],
    ]);
    expect(drifts('Simpanan tumbuh 12 persen, dari Rp40 miliar menjadi Rp45 miliar.', 'Deposits grew by 12 percent year-on-year, from Rp40 billion to Rp45 billion.')).toEqual([]);
  });
  it('guards: a span with no change before the comma stays a range; a changed level still drifts', () => {
    expect(read('Prices differ across the islands, from Rp5,000 to Rp9,000 a kilo.', 'en')).toEqual([['from Rp5,000 to Rp9,000', '5000..9000']]);
    expect(drifts('Simpanan tumbuh 12 persen, dari Rp40 miliar menjadi Rp45 miliar.', 'Deposits grew by 12 percent year-on-year, from Rp40 billion to Rp47 billion.')).toEqual(['value:Rp45 miliar']);
  });
});
