/**
 * Reader rules from the figdev5 comparison (real PANL sentences labelled blind): years before Christ, a tolerance
 * after its figure, a deadline of one unit of time, tens of years said vaguely, and number words that are set
 * phrases. Each rule in Indonesian and English; the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import type { Figure } from '../../../shared/figures/types';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const brief = (figs: Figure[]) => figs.map((f) => ({ text: f.text, kind: f.kind, value: f.value }));

describe('a year before Christ is a date, its value the astronomical year', () => {
  it('Indonesian: SM and sebelum Masehi, hedged or not; SM-3 (a missile) is no era', () => {
    expect(brief(id('Kota itu berdiri sekitar tahun 330 SM.'))).toEqual([{ text: 'sekitar tahun 330 SM', kind: 'date', value: '-0329' }]);
    expect(brief(id('Candi itu dibangun pada 44 sebelum Masehi.'))).toEqual([{ text: '44 sebelum Masehi', kind: 'date', value: '-0043' }]);
    expect(brief(id('Prasasti dari 2000 SM ditemukan.'))).toEqual([{ text: '2000 SM', kind: 'date', value: '-1999' }]);
    expect(id('Kapal itu membawa 300 SM-3 ke pelabuhan.')[0]).toMatchObject({ kind: 'count', value: 300 });
  });
  it('English: BC, B.C. and BCE; 1 BC is year 0000', () => {
    expect(brief(en('The city was founded around 330 BC.'))).toEqual([{ text: 'around 330 BC', kind: 'date', value: '-0329' }]);
    expect(brief(en('Caesar died in 44 B.C. in Rome.'))).toEqual([{ text: '44 B.C.', kind: 'date', value: '-0043' }]);
    expect(brief(en('A wall from 2000 BCE stands there.'))).toEqual([{ text: '2000 BCE', kind: 'date', value: '-1999' }]);
    expect(en('It was built by 1 BC.')[0]).toMatchObject({ kind: 'date', value: '0000' });
  });
});

describe('a bare tolerance after a figure is in the figure\'s unit', () => {
  it('Indonesian: *8 persen dengan plus minus satu* is two percentages; *plus minus 100 orang* opening a figure stays a count', () => {
    expect(brief(id('Bank menargetkan inflasi 8 persen dengan plus minus satu.'))).toEqual([
      { text: '8 persen', kind: 'percent', value: 8 },
      { text: 'plus minus satu', kind: 'percent', value: 1 },
    ]);
    expect(id('Harga naik 5 persen, dan plus minus 100 orang datang.')[1]).toMatchObject({ kind: 'count', value: 100, unit: 'orang' });
    expect(id('Hadir sekitar 20 orang plus minus 2.')[1]).toMatchObject({ kind: 'count', value: 2, unit: 'orang' });
  });
  it('English: "8 percent plus or minus 1" and "5 percent, plus or minus one"', () => {
    expect(en('The target is 8 percent plus or minus 1.')[1]).toMatchObject({ kind: 'percent', value: 1 });
    expect(en('The target is 5 percent, plus or minus one.')[1]).toMatchObject({ kind: 'percent', value: 1 });
    expect(en('Inflation was 5 percent and 3 people left.')[1]).toMatchObject({ kind: 'count', value: 3 });
  });
});

describe('one unit of time as a deadline is a length', () => {
  it('Indonesian: *dalam tempo / waktu / jangka waktu sebulan*, *dalam sebulan ke depan*; *sebulan lalu*, *dalam sepekan terakhir* are no length', () => {
    expect(brief(id('Mereka akan dieksekusi dalam tempo sebulan.'))).toEqual([{ text: 'sebulan', kind: 'duration', value: 1 }]);
    expect(brief(id('Proyek selesai dalam jangka waktu setahun.'))).toEqual([{ text: 'setahun', kind: 'duration', value: 1 }]);
    expect(brief(id('Harga naik dalam sebulan ke depan.'))).toEqual([{ text: 'sebulan', kind: 'duration', value: 1 }]);
    expect(id('Ia datang sebulan lalu.')).toEqual([]);
    expect(id('Dalam sepekan terakhir polisi berjaga.')).toEqual([]);
  });
  it('English: "within a month"; "a month later" is no length', () => {
    expect(brief(en('They will be hanged within a month.'))).toEqual([{ text: 'a month', kind: 'duration', value: 1 }]);
    expect(en('A month later he returned.')).toEqual([]);
  });
  it('how long a thing lasted: *berlangsung sepekan*, "lasting a week", "lasted a day"', () => {
    expect(brief(id('Latihan yang berlangsung sepekan itu usai.'))).toEqual([{ text: 'sepekan', kind: 'duration', value: 1 }]);
    expect(brief(en('The exercise, lasting a week, ended.'))).toEqual([{ text: 'a week', kind: 'duration', value: 1 }]);
    expect(brief(en('The strike lasted a day.'))).toEqual([{ text: 'a day', kind: 'duration', value: 1 }]);
  });
});

describe('tens of years said vaguely are a length', () => {
  it('Indonesian: *belasan tahun*, *puluhan tahun*; *ribuan orang* stays a count', () => {
    expect(id('Tentara menembak seorang anak belasan tahun.')[0]).toMatchObject({ kind: 'duration', value: 10, qualifier: 'magnitude' });
    expect(id('Konflik itu berlangsung puluhan tahun.')[0]).toMatchObject({ kind: 'duration', value: 10, qualifier: 'magnitude' });
    expect(id('Ribuan orang berkumpul.')[0]).toMatchObject({ kind: 'count', value: 1000 });
  });
  it('English: "dozens of years", "hundreds of days"; "thousands of people" stays a count', () => {
    expect(en('It lasted dozens of years.')[0]).toMatchObject({ kind: 'duration', value: 10, qualifier: 'magnitude' });
    expect(en('It took hundreds of days.')[0]).toMatchObject({ kind: 'duration', value: 100, qualifier: 'magnitude' });
    expect(en('Thousands of people gathered.')[0]).toMatchObject({ kind: 'count', value: 1000 });
  });
});

describe('number words in set phrases are no figure', () => {
  it('Indonesian: *pihak ketiga*, *pihak ke tiga*, *langkah pertama* (unless a second step follows), *beroda empat*', () => {
    expect(id('Bank menunjuk pihak ke tiga untuk mengawasi.')).toEqual([]);
    expect(id('Dana dititipkan pada pihak ketiga.')).toEqual([]);
    expect(id('Pertemuan itu langkah pertama perdamaian.')).toEqual([]);
    expect(brief(id('Langkah pertama adalah audit dan langkah kedua adalah lelang.')).map((f) => f.value)).toEqual([1, 2]);
    expect(id('Pajak dikenakan pada kendaraan beroda empat.')).toEqual([]);
    expect(id('Hari ketiga pameran ramai.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
  });
  it('English: "third party", "third-party", "first step" (unless a second step follows); "the third attack" ranks', () => {
    expect(en('Funds are held by a third party.')).toEqual([]);
    expect(en('Third-party insurance is required.')).toEqual([]);
    expect(en('The talks are a first step toward peace.')).toEqual([]);
    expect(brief(en('The first step is an audit, the second step a sale.')).map((f) => f.value)).toEqual([1, 2]);
    expect(en('It was the third attack this week.')[0]).toMatchObject({ kind: 'ordinal', value: 3 });
  });
  it('Indonesian *satu*: "one of" before no number, and "not a single" are no count; *satu dari lima* counts', () => {
    expect(id('Itu satu dari rintangan terakhir.')).toEqual([]);
    expect(id('Tewas 14 wartawan, tapi tidak satu kasus pun diselidiki.').map((f) => f.value)).toEqual([14]);
    expect(id('Hanya satu dari lima orang lulus.').map((f) => f.value)).toEqual([1, 5]);
  });
  it('Indonesian *satu* before *semacam* ("a project of the kind") is the article, though the sentence counts other things', () => {
    expect(id('Utara mengoperasikan satu proyek semacam sejak 2 tahun lalu.').map((f) => f.value)).toEqual([2]);
    // guard: a place fronted with its preposition, and a person counted after it, stay counts
    expect(id('Di Surabaya, satu rumah terbakar dan 3 rusak.').map((f) => f.value)).toEqual([1, 3]);
    expect(id('Di Jakarta, satu orang tewas dan dua luka.').map((f) => f.value)).toEqual([1, 2]);
  });
  it('English: "one of" and "not a single" are no count', () => {
    expect(en('It is one of the last obstacles.')).toEqual([]);
    expect(en('Not a single case was investigated.')).toEqual([]);
  });
  it('"one … or another" is any one: *satu atau lain cara*, *satu pos atau pos lainnya*, "one checkpoint or another"; "one or two" counts', () => {
    expect(id('Dengan satu atau lain cara mereka masuk dan 5 orang tewas.').map((f) => f.value)).toEqual([5]);
    expect(id('Pembukaan satu pos atau pos lainnya tidak cukup, kata 2 pejabat.').map((f) => f.value)).toEqual([2]);
    expect(id('Satu atau dua orang terluka.').map((f) => f.value)).toEqual([1, 2]);
    expect(en('The opening of one checkpoint or another is not enough.')).toEqual([]);
    expect(en('They will win one way or the other.')).toEqual([]);
    expect(en('One checkpoint and two gates were opened.').map((f) => f.value)).toEqual([1, 2]);
  });
});

describe('units times their capacity', () => {
  it('Indonesian *PLTU 2x100 MW*, *2 x 600 MW*: two counts; *ruang 3x4 meter* (a size) is not read so', () => {
    expect(brief(id('Pembangunan PLTU 2x100 MW dimulai.'))).toEqual([
      { text: '2', kind: 'count', value: 2 },
      { text: '100 MW', kind: 'count', value: 100 },
    ]);
    expect(id('Pembangkit 2 x 600 MW itu rampung.').map((f) => f.value)).toEqual([2, 600]);
    expect(id('Kamar itu berukuran 3x4 meter.').map((f) => f.value)).not.toEqual([3, 4]);
  });
  it('English "a 2x100 MW plant"', () => {
    expect(brief(en('Work on a 2x100 MW plant began.'))).toEqual([
      { text: '2', kind: 'count', value: 2 },
      { text: '100 MW', kind: 'count', value: 100 },
    ]);
  });
});

describe('a collective numeral before a noun and its qualifier with a demonstrative', () => {
  it('Indonesian: *mayat keenam warga sipil itu* counts six; *putaran kedua pemilu presiden itu* stays the second round', () => {
    expect(id('Mayat keenam warga sipil itu dibawa ke rumah sakit.')[0]).toMatchObject({ kind: 'count', value: 6 });
    expect(id('Putaran kedua pemilu presiden itu digelar.')[0]).toMatchObject({ kind: 'ordinal', value: 2 });
  });
  it('English "the bodies of the six civilians" counts six', () => {
    expect(en('The bodies of the six civilians were taken to hospital.')[0]).toMatchObject({ kind: 'count', value: 6 });
  });
});

describe('a scale word glued after a full stop (a decimal lost by a slip)', () => {
  it('English "Rp38.trillion" and Indonesian *Rp38.triliun* are trillions; "Rp38.The" stays 38', () => {
    expect(en('The budget was Rp38.trillion last year.')[0]).toMatchObject({ kind: 'money', value: 38e12 });
    expect(id('Anggarannya Rp38.triliun tahun lalu.')[0]).toMatchObject({ kind: 'money', value: 38e12 });
    expect(en('He paid Rp38.The rest came later.')[0]).toMatchObject({ kind: 'money', value: 38 });
  });
});
