/**
 * Reader rules of the seventeenth round (issue 10, the dev13 classes): a number added to a name, a bound
 * before the verb that states the number, a half after a bound, a currency sign against the currency named
 * after the amount, and one approximation over a list. Both languages; each with a guard that the same shape
 * with a real change still reads (or drifts). The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { allLevels, drifts } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value, f.qualifier]);
const texts = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.text);

describe('a number added to a capitalised name is part of the name', () => {
  it('Indonesian and English: `Asean + 3`, `ASEAN Plus 3`, `P5 + 1` read no figure', () => {
    expect(texts('Kerja sama Asean + 3 dibahas dalam pertemuan itu.', 'id')).toEqual([]);
    expect(texts('Forum Asean Plus 3 bertemu di Manila.', 'id')).toEqual([]);
    expect(texts('Cooperation within ASEAN + 3 was discussed at the meeting.', 'en')).toEqual([]);
    expect(texts('Talks between Iran and the P5 + 1 resumed.', 'en')).toEqual([]);
  });
  it('no drift when one version writes the name with spaces and the other without, either way', () => {
    const a = 'Kerja sama Asean + 3 dibahas dalam pertemuan itu.';
    const b = 'Cooperation within ASEAN+3 was discussed at the meeting.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a sum after a lower-case word or with a percent stays a figure', () => {
    expect(texts('Kuota naik menjadi 10 + 3 kursi.', 'id')).toContain('3 kursi');
    expect(texts('Growth of Indonesia + 3 percent was forecast.', 'en')).toContain('3 percent');
    expect(texts('Tarif naik dari Rp5 + 3 kursi.', 'id')).toContain('3 kursi');
  });
});

describe('a bound before the verb that states the number', () => {
  it('English `at least have two`, Indonesian *paling sedikit memiliki dua*: at-least', () => {
    expect(read('Graduates at least have two options, he said.', 'en')[0]).toEqual(['at least have two options', 2, 'at-least']);
    expect(read('Lulusan itu paling sedikit memiliki dua pilihan, katanya.', 'id')[0]).toEqual(['paling sedikit memiliki dua pilihan', 2, 'at-least']);
  });
  it('no drift between a bound said before the verb and one said before the number, either way', () => {
    const a = 'Lulusan itu memiliki paling sedikit dua pilihan, katanya.';
    const b = 'Graduates at least have two options, he said.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: an approximation word before a verb is no hedge of the number; a bound dropped still drifts', () => {
    expect(read('They talked about have three options.', 'en')[0][2]).toBe('exact');
    expect(drifts('Lulusan itu paling sedikit memiliki dua pilihan, katanya.', 'Graduates have two options, he said.')).toEqual(['qualifier:paling sedikit memiliki dua pilihan']);
  });
});

describe('a half after a bound, before a noun with -nya', () => {
  it('*kurang separuh jumlahnya*, *lebih dari setengah anggotanya*: a bounded half', () => {
    expect(read('Populasi itu kini kurang separuh jumlahnya pada 1990.', 'id')[0]).toEqual(['kurang separuh jumlahnya', 0.5, 'less-than']);
    expect(read('Lebih dari setengah anggotanya menolak usul itu.', 'id')[0]).toEqual(['Lebih dari setengah anggotanya', 0.5, 'more-than']);
  });
  it('no drift against `less than half`, either way', () => {
    const a = 'Populasi itu kini kurang separuh jumlahnya pada 1990.';
    const b = 'The population is now less than half its number in 1990.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a half with -nya and no bound is still not read; another fraction still drifts', () => {
    expect(texts('Ia menghabiskan separuh hidupnya di desa itu.', 'id')).toEqual([]);
    expect(drifts('Populasi itu kini kurang separuh jumlahnya pada 1990.', 'The population is now less than a third of its number in 1990.')).toHaveLength(1);
  });
});

describe('a half after a hedge or a bound, with no noun after it', () => {
  it('*berkurang hampir setengah,* and *lebih dari separuh.* read a half, as `nearly half,` does', () => {
    expect(read('Risiko stroke berkurang hampir setengah, menurut studi itu.', 'id')).toEqual([['hampir setengah', 0.5, 'about']]);
    expect(read('Jumlah pemilih turun lebih dari separuh.', 'id')).toEqual([['lebih dari separuh', 0.5, 'more-than']]);
    expect(read('The risk of stroke fell nearly half, the study said.', 'en')).toEqual([['nearly half', 0.5, 'about']]);
    // the hedge before `in half`, `by half` hedges the half
    expect(read('The study cut the risk nearly in half.', 'en')).toEqual([['nearly in half', 0.5, 'about']]);
    expect(read('Output fell almost by half.', 'en')).toEqual([['almost by half', 0.5, 'about']]);
  });
  it('no mismatch against `nearly in half`; guard: a half with neither a noun nor a bound is still not read', () => {
    expect(allLevels('Risiko stroke berkurang hampir setengah, menurut studi itu.', 'The risk of stroke fell nearly in half, the study said.')).toEqual([]);
    expect(texts('Harga minyak turun setengah.', 'id')).toEqual([]);
    expect(texts('Ia bekerja dengan setengah hati.', 'id')).toEqual([]);
  });
});

describe('a currency sign put on an amount whose currency is named after it', () => {
  it('*Rp12 juta dolar AS*, `Rp 12 million dollars`: dollars', () => {
    expect(extractFromSentence('Laba bersih turun menjadi Rp12 juta dolar AS.', 'id')[0]).toMatchObject({ text: 'Rp12 juta dolar AS', currency: 'USD', value: 12e6 });
    expect(extractFromSentence('Net profit fell to Rp 12 million dollars.', 'en')[0]).toMatchObject({ text: 'Rp 12 million dollars', currency: 'USD', value: 12e6 });
  });
  it('no drift against `US$12 million`, either way', () => {
    const a = 'Laba bersih turun menjadi Rp12 juta dolar AS.';
    const b = 'Net profit fell to US$12 million.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: a rupiah amount against dollars still drifts', () => {
    expect(drifts('Laba bersih turun menjadi Rp12 juta.', 'Net profit fell to US$12 million.')).toEqual(['unit:Rp12 juta']);
  });
});

describe('one approximation before two numbers of one list', () => {
  it('*sekitar 6,1 dan 6,4 persen*, `about 6.1 and 6.4 percent`: both approximate', () => {
    expect(read('Pertumbuhan diperkirakan sekitar 6,1 dan 6,4 persen.', 'id').map((r) => r[2])).toEqual(['about', 'about']);
    expect(read('Growth is seen at about 6.1 and 6.4 percent.', 'en').map((r) => r[2])).toEqual(['about', 'about']);
  });
  it('guard: a first number with its own unit hedges only itself', () => {
    expect(read('Panen mencapai sekitar 40 ton dan 45 ton.', 'id').map((r) => r[2])).toEqual(['about', 'exact']);
    expect(read('The harvest reached about 40 tonnes and 45 tonnes.', 'en').map((r) => r[2])).toEqual(['about', 'exact']);
  });
});

describe('a part of a year numbered with a digit, and a second part joined to it', () => {
  it('Indonesian *kuartal 3 dan 4/2021*, *triwulan 4 tahun lalu*, *semester I dan II*: ordinals, and the year', () => {
    expect(read('Pada kuartal 3 dan 4/2021 ekspor naik.', 'id')).toEqual([
      ['kuartal 3', 3, 'exact'],
      ['4', 4, 'exact'],
      ['2021', '2021', 'exact'],
    ]);
    expect(texts('Pertumbuhan turun dari 5,1 persen pada triwulan 4 tahun lalu.', 'id')).toEqual(['5,1 persen', 'triwulan 4']);
    expect(texts('Anggaran semester I dan II dibahas.', 'id')).toEqual(['semester I', 'II']);
  });
  it('no drift against `the third and fourth quarters of 2021`; the year dropped drifts, either way', () => {
    const a = 'Pada kuartal 3 dan 4/2021 ekspor naik 5 persen.';
    expect(drifts(a, 'In the third and fourth quarters of 2021 exports rose 5 percent.')).toEqual([]);
    expect(drifts(a, 'In the third and fourth quarters exports rose 5 percent.')).toEqual(['missing:2021']);
    expect(drifts('In the third and fourth quarters of 2021 exports rose 5 percent.', 'Pada kuartal 3 dan 4 ekspor naik 5 persen.', 'en', 'id')).toEqual(['missing:2021']);
  });
  it('the number said in words: *kuartal satu*, *triwulan dua*, *semester satu* ↔ `the first quarter`, no drift', () => {
    expect(texts('Ekonomi kuartal satu tumbuh 5,1%, triwulan dua 5,0%.', 'id')).toEqual(['kuartal satu', '5,1%', 'triwulan dua', '5,0%']);
    expect(allLevels('Ekonomi kuartal satu 2024 tumbuh 5,1%.', 'The economy grew 5.1% in the first quarter of 2024.')).toEqual([]);
    // guard: the count before the word is a length of time (*dua semester*), and a fifth quarter none
    expect(read('Kuliah berlangsung dua semester.', 'id')[0][0]).toBe('dua semester');
    expect(texts('Kuartal lima tidak ada.', 'id')).not.toContain('Kuartal lima');
  });
  it('guard: a digit past the parts of the year is no part (*semester 5*), and English `quarter 3` is not read as one', () => {
    expect(read('Mahasiswa semester 5 itu lulus.', 'id')).toEqual([['5', 5, 'exact']]);
    expect(texts('Prices rose by a quarter 3 times.', 'en')).not.toContain('quarter 3');
  });
});

describe('a rank said with the plain adjective (Indonesian) or a superlative (English)', () => {
  it('*tempat suci kedua* ↔ `the second holiest site`: both ranks, no drift, either way', () => {
    expect(extractFromSentence('Masjid itu adalah tempat suci kedua dalam agama itu.', 'id')[0]).toMatchObject({ text: 'kedua', rank: true });
    expect(extractFromSentence('The mosque is the second holiest site in the faith.', 'en')[0]).toMatchObject({ text: 'second', rank: true });
    expect(drifts('Masjid itu adalah tempat suci kedua dalam agama itu.', 'The mosque is the second holiest site in the faith.')).toEqual([]);
  });
  it('a rank dropped is a drift, either way', () => {
    expect(drifts('Masjid itu adalah tempat suci kedua dalam agama itu.', 'The mosque is a holy site in the faith.')).toEqual(['missing:kedua']);
    expect(drifts('The mosque is the second holiest site in the faith.', 'Masjid itu adalah tempat suci dalam agama itu.', 'en', 'id')).toEqual(['missing:second']);
  });
  it('guard: an ordinal after a plain noun (*tempat kedua*, `the second place`) ranks nothing and is no drift when dropped', () => {
    expect(extractFromSentence('Masjid itu adalah tempat kedua untuk dikunjungi.', 'id')[0]?.rank).toBeUndefined();
    expect(drifts('Masjid itu adalah tempat kedua untuk dikunjungi.', 'The mosque is a place to visit.')).toEqual([]);
  });
});
