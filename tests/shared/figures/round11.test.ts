/**
 * Reader rules of the eleventh round on real translations (issue 10, the dev7 classes): an English scale
 * word hyphen-glued to its digits (`a $450-million bond`), and a rupiah amount written in the other
 * language's grouping (`Rp9.215` in English, `Rp9,215` in Indonesian) read as the amount, not as an
 * ambiguity. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.value, f.ambiguous ?? false]);

describe('a scale word hyphen-glued to the digits (English compound adjective)', () => {
  it('reads "$450-million" as 450 million dollars and "a 2-billion-rupiah fund" as two billion', () => {
    expect(en('The firm sold a $450-million bond.')[0]).toMatchObject({ text: '$450-million', value: 450e6, kind: 'money', currency: 'USD' });
    expect(en('They set up a 2-billion-rupiah fund.')[0]).toMatchObject({ value: 2e9 });
  });
  it('leaves other hyphen compounds and Indonesian alone', () => {
    expect(en('a 40-day fast')[0]).toMatchObject({ value: 40 });
    expect(read(id('Mereka membeli 450 juta dolar AS obligasi.'))).toEqual([['450 juta dolar AS', 450e6, false]]);
  });
});

describe('a rupiah amount in the other grouping is the amount', () => {
  it('English "Rp9.215" is 9,215 rupiah, not ambiguous', () => {
    expect(read(en('The rupiah fell to Rp9.215 per dollar.'))).toEqual([['Rp9.215', 9215, false]]);
  });
  it('Indonesian "Rp9,215" is 9.215 rupiah, not ambiguous', () => {
    expect(read(id('Rupiah turun ke Rp9,215 per dolar.'))).toEqual([['Rp9,215', 9215, false]]);
  });
  it('a dollar amount in the other grouping stays ambiguous', () => {
    expect(en('The price rose to $9.215 a share.')[0]).toMatchObject({ ambiguous: true });
    expect(id('Harga naik menjadi 9,215 dolar per saham.')[0]).toMatchObject({ ambiguous: true });
  });
});
