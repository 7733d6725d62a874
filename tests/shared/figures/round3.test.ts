/**
 * Reader rules for the third round of judged false alarms on real translations (issue 10): misspelt
 * scale words, `US1 million` (a dollar sign lost), bound words with a word naming the amount between
 * them and the number. Each rule in Indonesian and in English. The sentences are our own; none is
 * copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');

describe('misspelt scale words are read as the scale', () => {
  it('Indonesian: trilliun, triliyun, miliyar', () => {
    expect(id('Laba bersih naik menjadi Rp2,4 trilliun tahun ini.')[0]).toMatchObject({ kind: 'money', value: 2.4e12, scale: 1e12, currency: 'IDR' });
    expect(id('Utang itu mencapai Rp6 triliyun.')[0]).toMatchObject({ kind: 'money', value: 6e12, scale: 1e12 });
    expect(id('Dana desa sebesar Rp350 miliyar dicairkan.')[0]).toMatchObject({ kind: 'money', value: 350e9, scale: 1e9 });
  });

  it('English: milion, bilion, trilion', () => {
    expect(en('The firm booked Rp4.2 trilion in sales.')[0]).toMatchObject({ kind: 'money', value: 4.2e12, scale: 1e12 });
    expect(en('Exports reached US$3 bilion last year.')[0]).toMatchObject({ kind: 'money', value: 3e9, scale: 1e9 });
    expect(en('About 7 milion voters were registered.')[0]).toMatchObject({ value: 7e6, scale: 1e6, qualifier: 'about' });
  });
});

describe('a dollar sign lost after US', () => {
  it('English: "US1 million", "US25 billion" are US dollars', () => {
    expect(en('The bank lent US1 million to the cooperative.')[0]).toMatchObject({ kind: 'money', value: 1e6, currency: 'USD', text: 'US1 million' });
    expect(en('A loan of US25 billion was signed.')[0]).toMatchObject({ kind: 'money', value: 25e9, currency: 'USD' });
  });

  it('Indonesian: "US2 juta" is US dollars too', () => {
    expect(id('Hibah US2 juta itu diserahkan kemarin.')[0]).toMatchObject({ kind: 'money', value: 2e6, currency: 'USD' });
  });

  it('a price: "US150 per barrel", *US150 per barel* are US dollars', () => {
    expect(en('If oil reached US150 per barrel, the budget would suffer.')[0]).toMatchObject({ kind: 'money', value: 150, currency: 'USD', text: 'US150' });
    expect(id('Jika minyak mencapai US150 per barel, anggaran terpukul.')[0]).toMatchObject({ kind: 'money', value: 150, currency: 'USD' });
  });

  it('without a scale word or a price, or in lower case, US and digits stay a code', () => {
    expect(en('The route US50 per se was never closed.')).toEqual([]);
    expect(en('The route US50 was closed for repairs.')).toEqual([]);
    expect(id('Jalur US50 ditutup.')).toEqual([]);
    expect(en('Model us3 million units')[0]?.currency).toBeUndefined();
  });

  it('a letter O among the digits is not guessed: no figure of 20,00O', () => {
    expect(en('At least 20,00O people fled.').some((f) => f.value === 20000)).toBe(false);
  });
});

describe('bound words with a word between them and the number', () => {
  it('Indonesian: minimal sebanyak, maksimal dana, minimum nilai, maksimum jumlah', () => {
    expect(id('Kebun itu ditargetkan menghasilkan minimal sebanyak 4.500 ton gabah.')[0]).toMatchObject({ value: 4500, qualifier: 'at-least' });
    expect(id('Perusahaan menyiapkan maksimal dana Rp75 miliar untuk ekspansi.')[0]).toMatchObject({ kind: 'money', value: 75e9, qualifier: 'at-most' });
    expect(id('Syarat transaksi minimum nilai Rp10 juta.')[0]).toMatchObject({ kind: 'money', value: 1e7, qualifier: 'at-least' });
    expect(id('Kuota maksimum jumlah 300 peserta.')[0]).toMatchObject({ value: 300, qualifier: 'at-most' });
  });

  it('English: a minimum of, a maximum of, at least, at most', () => {
    expect(en('The estate should yield at least 4,500 tons of rice.')[0]).toMatchObject({ value: 4500, qualifier: 'at-least' });
    expect(en('It will put in a maximum of Rp75 billion.')[0]).toMatchObject({ value: 75e9, qualifier: 'at-most' });
    expect(en('A minimum of 300 participants must attend.')[0]).toMatchObject({ value: 300, qualifier: 'at-least' });
  });

  it('a bound word that names a kind of wage or price (upah minimum = the minimum wage) bounds nothing', () => {
    expect(id('Buruh menuntut upah minimum sebesar Rp3 juta.')[0]).toMatchObject({ kind: 'money', value: 3e6, qualifier: 'exact' });
    expect(id('Pemerintah menetapkan harga maksimum Rp12.000 per liter.')[0]).toMatchObject({ value: 12000, qualifier: 'exact' });
    expect(en('Workers demand a minimum wage of Rp3 million.')[0]).toMatchObject({ value: 3e6, qualifier: 'exact' });
    expect(en('The government set a maximum price of Rp12,000 a litre.')[0]).toMatchObject({ value: 12000, qualifier: 'exact' });
    // other bounds after those nouns still bound: harga hingga = prices up to
    expect(id('Harga hingga Rp12.000 per liter.')[0]).toMatchObject({ value: 12000, qualifier: 'up-to' });
  });

  it('sebanyak alone stays the neutral introducer, not a bound', () => {
    const f = id('Penjualan tercatat sebanyak 4.500 unit.')[0];
    expect(f).toMatchObject({ value: 4500, qualifier: 'exact', neutral: true });
  });
});

describe('a series name with a Roman numeral and a year', () => {
  it('Indonesian: Obligasi II/2009 names a bond series: the numeral is no figure, the year dates the issue', () => {
    expect(id('Pefindo menilai Obligasi II/2009 senilai Rp400 miliar.').map((f) => [f.text, f.kind])).toEqual([
      ['2009', 'date'],
      ['Rp400 miliar', 'money'],
    ]);
  });

  it('English: bond II/2009, Sukuk IV/2011 name series: the numeral is no figure, the year dates the issue', () => {
    expect(en('The bond II/2009 of Rp400 billion was rated.').map((f) => [f.text, f.kind])).toEqual([
      ['2009', 'date'],
      ['Rp400 billion', 'money'],
    ]);
    expect(en('Sukuk IV/2011 matures next year.').map((f) => [f.kind, f.value])).toEqual([['date', '2011']]);
  });

  it('after a part of a year the same form is a period (semester II/2009, kuartal III/2010, third quarter III/2010)', () => {
    expect(id('Laba semester II/2009 naik.').some((f) => f.kind === 'date' && f.value === '2009')).toBe(true);
    expect(id('Penjualan kuartal III/2010 turun.').some((f) => f.kind === 'date' && f.value === '2010')).toBe(true);
    expect(en('Sales in quarter III/2010 fell.').some((f) => f.kind === 'date' && f.value === '2010')).toBe(true);
  });

  it('a day, a Roman month and a year stay a date', () => {
    expect(id('Surat itu bertanggal 15/V/2009.').some((f) => f.kind === 'date')).toBe(true);
  });
});
