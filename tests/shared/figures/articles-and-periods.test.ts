/**
 * Number words that are no figure in real news (figdev2 classes, examples ours): *satu* as the article
 * before a noun nobody counts, the pronoun "one's", and "first" before a length of time counted from
 * the start (*sembilan bulan pertama*, "the first nine months"). Guards: what stays a figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.text, f.value]);

describe('satu as the article', () => {
  it('before a noun the unit table does not count, alone in the sentence: no figure', () => {
    expect(read('Satu survei terbaru menunjukkan 61 persen pemilih ragu.', 'id')).toEqual([['percent', '61 persen', 61]]);
    expect(read('Kedua negara menandatangani satu nota kesepahaman di Seoul.', 'id')).toEqual([]);
    expect(read('Warga mendengar satu dentuman keras dari arah pelabuhan.', 'id')).toEqual([]);
  });
  it('the English "a" is no figure either, so the two versions agree', () => {
    expect(read('A recent survey showed 61 percent of voters in doubt.', 'en')).toEqual([['percent', '61 percent', 61]]);
  });
  it('guards: a counted thing, a tally, a bound, "lagi", a unit of time or measure stay counts', () => {
    expect(read('Satu orang tewas dalam kecelakaan itu.', 'id')).toEqual([['count', 'Satu orang', 1]]);
    expect(read('Satu polisi terluka.', 'id')).toEqual([['count', 'Satu polisi', 1]]);
    expect(read('Dua dentuman dan satu tembakan terdengar.', 'id').map((f) => f[2])).toEqual([2, 1]);
    expect(read('Hanya satu perusahaan lolos seleksi.', 'id')).toEqual([['count', 'satu perusahaan', 1]]);
    expect(read('Satu kapal lagi tenggelam.', 'id')).toEqual([['count', 'Satu kapal', 1]]);
    expect(read('Proyek itu selesai dalam satu tahun.', 'id')).toEqual([['duration', 'satu tahun', 1]]);
    expect(read('Harga naik satu persen.', 'id')).toEqual([['percent', 'satu persen', 1]]);
    expect(read('One person died.', 'en')).toEqual([['count', 'One person', 1]]);
  });
});

describe("the pronoun one's", () => {
  it('is no count; "one of" and a counted one still read as before', () => {
    expect(read("Voting is one's own choice.", 'en')).toEqual([]);
    expect(read('Memilih adalah hak setiap orang.', 'id')).toEqual([]);
    expect(read('Only one ship returned.', 'en')).toEqual([['count', 'one ship', 1]]);
  });
});

describe('first before a length of time', () => {
  it('"the first nine months" and *sembilan bulan pertama*: the length of time, no rank, in both languages', () => {
    expect(read('Sales rose in the first nine months of 2007.', 'en')).toEqual([
      ['duration', 'nine months', 9],
      ['date', '2007', '2007'],
    ]);
    expect(read('Penjualan naik dalam sembilan bulan pertama 2007.', 'id')).toEqual([
      ['duration', 'sembilan bulan', 9],
      ['date', '2007', '2007'],
    ]);
    expect(read('in the first two years', 'en')).toEqual([['duration', 'two years', 2]]);
    expect(read('dalam dua tahun pertama', 'id')).toEqual([['duration', 'dua tahun', 2]]);
  });
  it('guards: the first six months is six months from the start of the year (the first half too), the first day a rank', () => {
    // (as the real-figures labels read it, five times in four sets; `fromYearStart` lets the drift match `first half`)
    expect(read('in the first six months', 'en')).toEqual([['duration', 'first six months', 6]]);
    expect(read('dalam enam bulan pertama', 'id')).toEqual([['duration', 'enam bulan pertama', 6]]);
    expect(extractFromSentence('dalam tiga bulan pertama', 'id')[0]).toMatchObject({ durationUnit: 'month', fromYearStart: true });
    expect(extractFromSentence('in the first three months', 'en')[0]).toMatchObject({ durationUnit: 'month', fromYearStart: true });
    expect(extractFromSentence('in the first nine months', 'en')[0].fromYearStart).toBeUndefined();
    expect(read('Hari pertama berjalan lancar.', 'id')).toEqual([['ordinal', 'pertama', 1]]);
    expect(read('The first day went well.', 'en')).toEqual([['ordinal', 'first', 1]]);
  });
});

describe('paling lama: an upper bound on a length of time', () => {
  it('*paling lama tiga tahun* is at most, as "a maximum of three years" and "at most three years"', () => {
    const q = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.value, f.qualifier]);
    expect(q('Saham itu boleh disimpan paling lama tiga tahun.', 'id')).toEqual([['duration', 3, 'at-most']]);
    expect(q('Tersangka ditahan selama-lamanya 20 hari.', 'id')).toEqual([['duration', 20, 'at-most']]);
    expect(q('The shares may be held for a maximum of three years.', 'en')).toEqual([['duration', 3, 'at-most']]);
    expect(q('The shares may be held for at most three years.', 'en')).toEqual([['duration', 3, 'at-most']]);
    // guard: without the bound, exact
    expect(q('Saham itu disimpan tiga tahun.', 'id')).toEqual([['duration', 3, 'exact']]);
  });
});

describe('codes and misspelt percent signs in real copy', () => {
  it('numbers run by slashes into a capitalised code are a regulation number, in both languages', () => {
    expect(read('Aturan itu mengacu pada PBI no 7/25/PBI tentang manajemen risiko.', 'id')).toEqual([]);
    expect(read('The rule follows regulation no 7/25/PBI on risk management.', 'en')).toEqual([]);
    expect(read('Keputusan 12/3/KEP/2006 berlaku.', 'id')).toEqual([]);
    // guard: a day and month stay a date
    expect(read('Prices rose on 7/25.', 'en')).toEqual([['date', '7/25', '--07-25']]);
  });
  it('a misspelt percent after a number is a percent, in both languages', () => {
    expect(read('The ratio stood at 17.03 perent.', 'en')).toEqual([['percent', '17.03 perent', 17.03]]);
    expect(read('Rasio itu sebesar 17,03 perrsen.', 'id')).toEqual([['percent', '17,03 perrsen', 17.03]]);
    // guard: a person is counted, not a percent
    expect(read('Only 10 person were hired.', 'en')).toEqual([['count', '10 person', 10]]);
  });
});

describe('a unit shared along a list, places, currency names and cents (figdev2 classes, examples ours)', () => {
  it('bare numbers listed before a length of time are lengths of time too, in both languages', () => {
    expect(read('The notes mature in 5 and 7 years.', 'en')).toEqual([
      ['duration', '5', 5],
      ['duration', '7 years', 7],
    ]);
    expect(read('Obligasi itu jatuh tempo dalam 3, 5 atau 7 tahun.', 'id')).toEqual([
      ['duration', '3', 3],
      ['duration', '5', 5],
      ['duration', '7 tahun', 7],
    ]);
    // guard: a count of things before a length of time keeps its own unit
    expect(read('Ada 40 kapal dan 3 hari lagi.', 'id')).toEqual([
      ['count', '40 kapal', 40],
      ['duration', '3 hari', 3],
    ]);
  });
  it('a number after a noun of place in an order is a rank (*posisi dua* = "second place")', () => {
    expect(read('Tim itu kini menduduki posisi dua klasemen.', 'id')).toEqual([['ordinal', 'dua', 2]]);
    expect(read('Negara itu berada di peringkat 4 dunia.', 'id')).toEqual([['ordinal', '4', 4]]);
    expect(read('The team now holds second place.', 'en')).toEqual([['ordinal', 'second', 2]]);
    // guard: a count of people after the noun is no rank
    expect(read('Posisi itu diisi 3 orang.', 'id')).toEqual([['count', '3 orang', 3]]);
  });
  it('a capitalised currency name before the digits makes money, in both languages', () => {
    expect(extractFromSentence('Tokyo extended a Yen 23.18 billion loan.', 'en').map((f) => [f.kind, f.value, f.currency])).toEqual([['money', 23180000000, 'JPY']]);
    expect(extractFromSentence('Tokyo memberi pinjaman Yen 23,18 miliar.', 'id').map((f) => [f.kind, f.value, f.currency])).toEqual([['money', 23180000000, 'JPY']]);
    // guard: a verb before a number is no currency
    expect(read('Won 3 games in a row.', 'en')).toEqual([['count', '3 games', 3]]);
  });
  it('cents are hundredths of the sentence\'s currency, in both languages', () => {
    expect(extractFromSentence('Oil rose 40 cents to 135 dollars.', 'en').map((f) => [f.kind, f.value, f.currency])).toEqual([
      ['money', 0.4, 'USD'],
      ['money', 135, 'USD'],
    ]);
    expect(extractFromSentence('Oil rose 40 dollar cents to $135.', 'en').map((f) => [f.text, f.value])).toEqual([
      ['40 dollar cents', 0.4],
      ['$135', 135],
    ]);
    expect(extractFromSentence('Minyak naik 40 sen menjadi 135 dolar AS.', 'id').map((f) => [f.kind, f.value, f.currency])).toEqual([
      ['money', 0.4, 'USD'],
      ['money', 135, 'USD'],
    ]);
  });
});

describe('a permission limited to a figure bounds it from above', () => {
  const q = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.value, f.qualifier]);
  it('*hanya boleh memiliki 49 persen* and "only allowed to own 49 percent" are at most 49, as "not more than 49 percent"', () => {
    expect(q('Investor asing hanya boleh memiliki 49 persen saham.', 'id')).toEqual([[49, 'at-most']]);
    expect(q('Foreign investors are only allowed to own 49 percent.', 'en')).toEqual([[49, 'at-most']]);
    expect(q('Foreign investors may hold not more than 49 percent.', 'en')).toEqual([[49, 'at-most']]);
  });
  it('guards: an ability, "may only" (as often "just one") or a plain "only" keeps the figure exact', () => {
    expect(q('The airline may only buy one helicopter this year.', 'en')).toEqual([[1, 'exact']]);
    expect(q('Pabrik itu hanya bisa menjual 10 unit.', 'id')).toEqual([[10, 'exact']]);
    expect(q('The plant sold only 10 units.', 'en')).toEqual([[10, 'exact']]);
  });
});

describe('whole-file classes: a law number in English, a magnitude of a scale in the plural or singular', () => {
  it('"Law number 19 year 2003" is a citation, as *Undang-Undang Nomor 19 tahun 2003*', () => {
    expect(read('The Law number 19 year 2003 on state firms was amended.', 'en')).toEqual([]);
    expect(read('Undang-Undang Nomor 19 tahun 2003 tentang BUMN diubah.', 'id')).toEqual([]);
    // guard: "the number 10" outside a citation is a number
    expect(read('The number 10 keeps rising.', 'en')).toEqual([['count', '10', 10]]);
  });
  it('*puluhan jutaan* and "tens of million" are tens of millions, in both languages', () => {
    const m = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.value, f.qualifier]);
    expect(m('Jumlah pengusaha mikro mencapai puluhan jutaan orang.', 'id')).toEqual([[10000000, 'magnitude']]);
    expect(m('Micro businesses number tens of million.', 'en')).toEqual([[10000000, 'magnitude']]);
    expect(m('Ratusan ribuan warga mengungsi.', 'id')).toEqual([[100000, 'magnitude']]);
    // guard: a magnitude alone keeps its own order
    expect(m('Ratusan warga mengungsi.', 'id')).toEqual([[100, 'magnitude']]);
  });
});
