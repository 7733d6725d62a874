/**
 * Reader rules of the sixteenth round (issue 10, the dev12 classes the lead took): bounds written after
 * the amount, in both languages, and a fraction with *-nya*. The sentences are our own; none is copied
 * from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value, f.qualifier]);

describe('a bound written after the amount', () => {
  it('Indonesian: *ke atas*, *ke bawah*, *atau lebih*, *dan lebih*, and *N lebih* before a new clause', () => {
    expect(read('Simpanan Rp5 miliar ke atas untuk satu bulan mendapat bunga tinggi.', 'id')[0]).toEqual(['Rp5 miliar ke atas', 5e9, 'at-least']);
    expect(read('Tiket gratis untuk anak 12 tahun ke bawah.', 'id')[0]).toEqual(['12 tahun ke bawah', 12, 'at-most']);
    expect(read('Warga berusia 60 tahun dan lebih selama lima tahun diperiksa.', 'id')[0]).toEqual(['60 tahun dan lebih', 60, 'at-least']);
    expect(read('Kalau target naik lima persen lebih tentunya perlu sumber baru.', 'id')[0]).toEqual(['lima persen lebih', 5, 'more-than']);
  });
  it('English: `or more`, `or fewer`, `and over`, `plus or minus`', () => {
    expect(read('Deposits of Rp5 billion and above earn more.', 'en')[0]).toEqual(['Rp5 billion and above', 5e9, 'at-least']);
    expect(read('Residents aged 65 and over were tested.', 'en')[0]).toEqual(['65 and over', 65, 'at-least']);
    expect(read('Groups of 10 people or fewer may meet.', 'en')[0]).toEqual(['10 people or fewer', 10, 'at-most']);
    expect(read('The poll had a 3.5 percent plus or minus margin of error.', 'en')[0]).toEqual(['3.5 percent plus or minus', 3.5, 'about']);
  });
  it('guards: a place after *ke atas*, a comparison with `than`, a preposition after `and over` stay exact', () => {
    expect(read('Lima orang ke atas bukit itu.', 'id')[0]).toEqual(['Lima orang', 5, 'exact']);
    expect(read('Growth was 6.8 percent or higher than the forecast.', 'en')[0]).toEqual(['6.8 percent', 6.8, 'exact']);
    expect(read('Prices rose 5 percent and over the year fell back.', 'en')[0]).toEqual(['5 percent', 5, 'exact']);
    expect(read('Naik lima persen lebih tinggi dari tahun lalu.', 'id')[0]).toEqual(['lima persen', 5, 'exact']);
  });
  it('the same bound on both sides agrees; a bound one side drops is a drift', () => {
    expect(drifts('Bunga simpanan Rp5 miliar ke atas untuk sebulan tujuh persen.', 'Interest on one-month deposits exceeding Rp5 billion is 7 percent.')).toEqual([]);
    expect(drifts('Bunga simpanan Rp5 miliar ke atas untuk sebulan tujuh persen.', 'Interest on one-month deposits of Rp5 billion is 7 percent.')).toEqual(['qualifier:Rp5 miliar ke atas']);
    expect(drifts('Residents aged 65 and over were tested.', 'Warga berusia 65 tahun diperiksa.', 'en', 'id')).toEqual(['qualifier:65 and over']);
  });
});

describe('a fraction with *-nya* is the fraction', () => {
  it('*tiga perempatnya* ↔ "three fourths": 0.75 on both sides, a different share still drifts', () => {
    expect(read('Bank membiayai lebih dari tiga perempatnya.', 'id')[0]).toEqual(['lebih dari tiga perempatnya', 0.75, 'more-than']);
    expect(drifts('Bank membiayai lebih dari tiga perempatnya.', 'Banks funded more than three fourths of it.')).toEqual([]);
    expect(drifts('Bank membiayai lebih dari tiga perempatnya.', 'Banks funded more than two thirds of it.')).toEqual(['value:lebih dari tiga perempatnya']);
  });
});

describe('an estimate is not an approximation word (guideline sections 21, 23, 24)', () => {
  it('"an estimated US$17 trillion" reads exact, as "estimated at US$220 million" already did', () => {
    expect(read('Its debt stood at an estimated US$17 trillion.', 'en')[0]).toEqual(['US$17 trillion', 17e12, 'exact']);
    expect(drifts('Utangnya mencapai 17 triliun dolar AS.', 'Its debt stood at an estimated US$17 trillion.')).toEqual([]);
  });
  it('*sekitar N* against "an estimated N" loses the approximation: a qualifier drift', () => {
    expect(drifts('Produksi turun sekitar 1.800 ton.', 'Output fell by an estimated 1,800 tons.')).toEqual(['qualifier:sekitar 1.800 ton']);
  });
});

describe('more Indonesian bounds: *atau bahkan lebih tinggi*, *sedikit-dikitnya ada*, *sedikitnya selama*', () => {
  it('reads the bound', () => {
    expect(read('Gempa susulan bermagnitudo 5 atau bahkan lebih tinggi, kata badan itu.', 'id')[0]).toEqual(['5 atau bahkan lebih tinggi', 5, 'at-least']);
    expect(read('Sedikit-dikitnya ada 100 orang cedera.', 'id')[0]).toEqual(['Sedikit-dikitnya ada 100 orang', 100, 'at-least']);
    expect(read('Obat itu harus dipakai sedikitnya selama 10 tahun.', 'id')[0]).toEqual(['sedikitnya selama 10 tahun', 10, 'at-least']);
  });
  it('agrees with the English bound; the bound dropped is a drift', () => {
    expect(drifts('Obat itu harus dipakai sedikitnya selama 10 tahun.', 'The drug must be used for at least 10 years.')).toEqual([]);
    expect(drifts('Obat itu harus dipakai sedikitnya selama 10 tahun.', 'The drug must be used for 10 years.')).toEqual(['qualifier:sedikitnya selama 10 tahun']);
    expect(drifts('The agency expects aftershocks of magnitude 5 or higher.', 'Badan itu memperkirakan gempa susulan bermagnitudo 5 atau bahkan lebih tinggi.', 'en', 'id')).toEqual([]);
  });
});

describe('a military-style time before am/pm is a clock time', () => {
  it('"1030 am (0530 GMT)" against *pukul 10:30 waktu setempat*: the times agree, the GMT conversion is for review only', () => {
    expect(read('Talks start at 1030 am (0530 GMT), an official said.', 'en').slice(0, 2)).toEqual([
      ['1030 am', '10:30', 'exact'],
      ['0530 GMT', '05:30', 'exact'],
    ]);
    expect(drifts('Pembicaraan dimulai pukul 10:30 waktu setempat, kata pejabat.', 'Talks start at 1030 am (0530 GMT), an official said.')).toEqual([]);
    expect(drifts('Pembicaraan dimulai pukul 11:30 waktu setempat, kata pejabat.', 'Talks start at 1030 am (0530 GMT), an official said.')).not.toEqual([]);
  });
});
