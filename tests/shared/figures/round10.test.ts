/**
 * Reader rules of the tenth round on real translations (issue 10). The sentences are our own; none is
 * copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');

describe('"up to" after a verb whose particle is "up" names the level reached, no bound', () => {
  it('English: "edged up to", "moved up to", "strengthened up to" are exact; "rise up to", "by up to" keep their bound', () => {
    expect(en('The rupiah edged up to Rp9,100 per dollar.')[0]).toMatchObject({ value: 9100, qualifier: 'exact' });
    expect(en('Crude moved up to $71 a barrel.')[0]).toMatchObject({ value: 71, qualifier: 'exact' });
    expect(en('The currency strengthened up to 9,050 against the dollar.')[0]).toMatchObject({ value: 9050, qualifier: 'exact' });
    expect(en('Growth was revised up to 6.1 percent.')[0]).toMatchObject({ value: 6.1, qualifier: 'exact' });
    expect(en('Prices may rise up to 5 percent.')[0]).toMatchObject({ value: 5, qualifier: 'up-to' });
    expect(en('Fares will climb by up to 8 percent.')[0]).toMatchObject({ value: 8, qualifier: 'up-to' });
    expect(en('Farmers can borrow up to Rp5 million.')[0]).toMatchObject({ value: 5e6, qualifier: 'up-to' });
  });
  it('Indonesian: the level reached (*naik menjadi*) is exact, *hingga* before an amount stays a bound', () => {
    expect(id('Rupiah naik menjadi Rp9.100 per dolar.')[0]).toMatchObject({ value: 9100, qualifier: 'exact' });
    expect(id('Petani dapat meminjam hingga Rp5 juta.')[0]).toMatchObject({ value: 5e6, qualifier: 'up-to' });
  });
});
