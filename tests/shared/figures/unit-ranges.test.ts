/** Ranges whose two ends each carry the currency or the unit, in both languages. */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value]);

describe('a range with the unit on both ends', () => {
  it('Indonesian: 12 dolar AS hingga 15 dolar AS, 3 ton sampai 4 ton', () => {
    expect(read('Harga kopi diperkirakan 12 dolar AS hingga 15 dolar AS per karung.', 'id')).toEqual([['12 dolar AS hingga 15 dolar AS', 'range', '12..15']]);
    expect(read('Hasil panen 3 ton sampai 4 ton per hektare.', 'id')).toEqual([['3 ton sampai 4 ton', 'range', '3..4']]);
  });

  it('English: 12 dollars to 15 dollars, 3 tonnes to 4 tonnes', () => {
    expect(read('Coffee is seen at 12 dollars to 15 dollars a sack.', 'en')).toEqual([['12 dollars to 15 dollars', 'range', '12..15']]);
    expect(read('Yields were 3 tonnes to 4 tonnes a hectare.', 'en')).toEqual([['3 tonnes to 4 tonnes', 'range', '3..4']]);
  });

  it('after a change verb, with another scale, or falling, the two stay apart', () => {
    expect(read('Harga naik 5 ton hingga 8 ton.', 'id').map((r) => r[1])).toEqual(['count', 'count']);
    expect(read('Harga 9 dolar AS hingga 10 ribu dolar AS.', 'id').map((r) => r[1])).toEqual(['money', 'money']);
    expect(read('Output went from 8 tonnes to 5 tonnes.', 'en').map((r) => r[1])).not.toContain('range');
  });
});
