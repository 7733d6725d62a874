/**
 * Reader rules from the figdev7 comparison (real-figures guideline): what is a rank and what a count or a length
 * (`the first two phases`, *Ke-15 pelaut*, *kunjungan pertamanya*, *negara ketiga*), a person's age after a comma
 * and a bracket, a span of years with the year named twice, and a move of a price from one level to another.
 * Every rule in both languages where both say it.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.value]);

describe('first before a number picks them from the start: no rank', () => {
  it('English: "the first two phases" is a count of 2; "the first day" keeps its rank', () => {
    expect(read('Khartoum backed the first two phases of the plan.', 'en')).toEqual([['count', 2]]);
    expect(read('The first 10 buyers get a discount.', 'en')).toEqual([['count', 10]]);
    expect(read('The first day went well.', 'en')).toEqual([['ordinal', 1]]);
  });
  it('Indonesian: *dua tahap pertama* is a count of 2; *hari pertama* keeps its rank', () => {
    expect(read('Khartoum mendukung dua tahap pertama rencana itu.', 'id')).toEqual([['count', 2]]);
    expect(read('Hari pertama berjalan lancar.', 'id')).toEqual([['ordinal', 1]]);
  });
});

describe('the first three or six months are a length from the start of the year', () => {
  it('both languages: duration 3 or 6, marked fromYearStart; nine months is a plain length', () => {
    expect(extractFromSentence('Laba tiga bulan pertama 2007 naik.', 'id')[0]).toMatchObject({ kind: 'duration', value: 3, text: 'tiga bulan pertama', fromYearStart: true });
    expect(extractFromSentence('Profit in the first six months of 2007 rose.', 'en')[0]).toMatchObject({ kind: 'duration', value: 6, text: 'first six months', fromYearStart: true });
    expect(extractFromSentence('Penjualan sembilan bulan pertama naik.', 'id')[0]).toMatchObject({ kind: 'duration', value: 9 });
    expect(extractFromSentence('Penjualan sembilan bulan pertama naik.', 'id')[0].fromYearStart).toBeUndefined();
  });
});

describe('*pertamanya*: the ordinal with -nya', () => {
  it('Indonesian: *kunjungan resmi pertamanya* is ordinal 1, as "his first official visit"', () => {
    expect(read('Menteri itu tiba untuk kunjungan resmi pertamanya.', 'id')).toEqual([['ordinal', 1]]);
    expect(read('The minister arrived for his first official visit.', 'en')).toEqual([['ordinal', 1]]);
  });
  it('Indonesian: *Pertamanya,* opening a sentence numbers a point, no rank', () => {
    expect(read('Pertamanya, kami menolak usul itu.', 'id')).toEqual([]);
  });
});

describe('*ke-N* before its noun is collective, as *ketiga negara*', () => {
  it('Indonesian: *Ke-15 pelaut … yang ditangkap* counts 15 sailors; after a noun *ke-N* ranks', () => {
    expect(extractFromSentence('Ke-15 pelaut yang ditangkap itu dibebaskan.', 'id')[0]).toMatchObject({ kind: 'count', value: 15, unit: 'pelaut', collective: true });
    expect(read('Ia menempati urutan ke-5 dunia.', 'id')).toEqual([['ordinal', 5]]);
    expect(read('Perayaan ulang tahun ke-60 Ratu.', 'id')).toEqual([['ordinal', 60]]);
    expect(read('Untuk ke-15 kalinya ia menang.', 'id')).toEqual([['ordinal', 15]]);
  });
  it('English: "the 15 sailors" is the count it renders', () => {
    expect(read('The 15 sailors who were seized were freed.', 'en')).toEqual([['count', 15]]);
  });
});

describe('a third country, the third world: no rank', () => {
  it('Indonesian: *ke negara ketiga* and *dunia ketiga* are none; *menjadi negara ketiga yang …* ranks', () => {
    expect(read('Mereka akan dikirim ke negara ketiga dalam kasus itu.', 'id')).toEqual([]);
    expect(read('Utang negara-negara dunia ketiga naik.', 'id')).toEqual([]);
    expect(read('Indonesia menjadi negara ketiga yang meratifikasi.', 'id')).toEqual([['ordinal', 3]]);
  });
  it('English: "a third country", "third countries" and "the third world" are none; "the third country to ratify" ranks', () => {
    expect(read('They will be resettled in a third country.', 'en')).toEqual([]);
    expect(read('Workers from third countries were hired.', 'en')).toEqual([]);
    expect(read('Third world debt rose.', 'en')).toEqual([]);
    expect(read('It was the third country to ratify.', 'en')).toEqual([['ordinal', 3]]);
  });
});

describe("a person's age after a comma and a bracket", () => {
  it('Indonesian and English: *O\'Neal, (65),* is an age, as *Alishtari (53)*; a weekday before the bracket names no one', () => {
    expect(read("O'Neal, (65), ditangkap Sabtu pagi.", 'id')).toEqual([['duration', 65]]);
    expect(read('Smith, (65), was arrested on Saturday.', 'en')).toEqual([['duration', 65]]);
    expect(read('The office said on Tuesday, (12) people were hurt.', 'en')).toEqual([['count', 12]]);
  });
});

describe('a span of years with the year named twice', () => {
  it('Indonesian: *dari tahun 1991 hingga tahun 1997* is one range; English: "from the year 1991 to the year 1997"', () => {
    expect(read('Kebijakan itu berlaku dari tahun 1991 hingga tahun 1997.', 'id')).toEqual([['range', '1991..1997']]);
    expect(read('The policy ran from the year 1991 to the year 1997.', 'en')).toEqual([['range', '1991..1997']]);
  });
});

describe('a price moved from one level to another is two levels, not a range', () => {
  it('English: "rebound from Rp2,340 to Rp2,700", "eased from 1,800 to 1,790"', () => {
    expect(read('The share rebounded from Rp2,340 to Rp2,700.', 'en')).toEqual([
      ['money', 2340],
      ['money', 2700],
    ]);
    expect(read('The index eased from 1,800 to 1,790.', 'en')).toEqual([
      ['count', 1800],
      ['count', 1790],
    ]);
  });
  it('Indonesian: *menguat dari Rp9.000 hingga Rp9.200*, as *naik dari … hingga …*', () => {
    expect(read('Saham itu menguat dari Rp9.000 hingga Rp9.200.', 'id').map((f) => f[0])).toEqual(['money', 'money']);
  });
  it('Indonesian: the level reached after *dari* (*naik dari Rp9.000 hingga Rp9.200*) is exact, no bound; *naik hingga 12 persen* keeps it', () => {
    expect(extractFromSentence('Saham itu naik dari Rp9.000 hingga Rp9.200.', 'id').map((f) => f.qualifier)).toEqual(['exact', 'exact']);
    expect(extractFromSentence('Harga naik hingga 12 persen.', 'id')[0].qualifier).toBe('up-to');
  });
});

describe('*seorang* counts one where it is an item of a tally or "one more"', () => {
  it('Indonesian: *…, dan seorang wanita tewas* after a count of people, and *Seorang lagi*, are count 1; the article is none', () => {
    expect(read('Tujuh orang tewas ditembak di kota itu, dan seorang wanita tewas dalam serangan mortir.', 'id')).toEqual([
      ['count', 7],
      ['count', 1],
    ]);
    expect(read('Seorang lagi memiliki anak.', 'id')).toEqual([['count', 1]]);
    expect(read('Tiga pria dan seorang wanita tewas.', 'id')).toEqual([
      ['count', 3],
      ['count', 1],
    ]);
    expect(read('Seorang pejabat dan seorang polisi tewas.', 'id')).toEqual([]);
    expect(read('Polisi menangkap 5 orang, dan seorang di antaranya wanita.', 'id')).toEqual([['count', 5]]);
  });
  it('English: "one" said with another count ("one or two of them") is a count, after "that" too; "that one" alone is the pronoun', () => {
    expect(read('There are reports that one or two of them died.', 'en')).toEqual([
      ['count', 1],
      ['count', 2],
    ]);
    expect(read('He said that one is better.', 'en')).toEqual([]);
  });
});

describe('a month that ends a period: "the year to September"', () => {
  it('English: the month after "year/months to" is a date; "from 2007 to September" stays one date of the span', () => {
    expect(read('Net profit in the year to September jumped 165.7 percent.', 'en')).toEqual([
      ['date', '--09'],
      ['percent', 165.7],
    ]);
    expect(read('Sales in the nine months to June rose.', 'en')).toEqual([
      ['duration', 9],
      ['date', '--06'],
    ]);
    expect(read('Profit from 2007 to September rose.', 'en')).toEqual([['date', '2007-09']]);
  });
});

describe('*satu* as the article in a sentence that counts other things', () => {
  it('Indonesian: *satu* not listed with the other counts is the article; listed (*dan*, a comma) or after *plus minus* it counts', () => {
    expect(read('Dua pemimpin kelompok itu yang membentuk satu partai garis keras masih hidup.', 'id')).toEqual([['count', 2]]);
    expect(read('Pembom menyerang iringan lima kendaraan satu gerakan khusus.', 'id')).toEqual([['count', 5]]);
    expect(read('Tiga pria dan satu wanita tewas.', 'id')).toEqual([
      ['count', 3],
      ['count', 1],
    ]);
    expect(read('Polisi menembak dua tersangka, satu wanita ditangkap.', 'id')).toEqual([
      ['count', 2],
      ['count', 1],
    ]);
    expect(read('Sasarannya lima plus minus satu persen.', 'id').map((f) => f[1])).toEqual([5, 1]);
    // (numbers after one noun, a series of designators: *baris satu … baris dua*)
    expect(read('Baris satu baris dua.', 'id').map((f) => f[1])).toEqual([1, 2]);
  });
});
