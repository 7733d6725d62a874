/**
 * Drift rules of the thirteenth round on real translations (issue 10, the dev9 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';

describe('a pair that states the same number under another hedge anchors the bead like a match', () => {
  const a = 'Menurut dia, pertumbuhan 7 persen ditopang konsumsi rumah tangga sekitar 5-6 persen, investasi di kisaran 8 persen, dan belanja negara sekitar 12-14 persen.';
  const b = 'The economy would miss its goal as household spending would grow 5-6 percent, investment 8 percent and state spending 12-14 percent, the minister said after a cabinet session on the 2010 budget at the palace here on Friday.';
  it('hedges dropped from every figure, beside a figure left over on each side: drifts, not a misaligned line', () => {
    expect(drifts(a, b)).toEqual(['missing:7 persen', 'qualifier:sekitar 5-6 persen', 'qualifier:di kisaran 8 persen', 'qualifier:sekitar 12-14 persen', 'added:2010']);
  });
  it('hedges added to every figure of the English: drifts the other way too', () => {
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:5-6 percent', 'added:7 persen', 'qualifier:8 percent', 'qualifier:12-14 percent', 'missing:2010']);
  });
  it('sentences that share no number at all still put their leftover figures up for review only', () => {
    const c = 'Menurut dia, ekspor tumbuh 5 persen dan impor 8 persen.';
    const d = 'The ministry recorded 12 ships and 40 containers at the port.';
    expect(drifts(c, d)).toEqual([]);
    expect(reviews(c, d).length).toBeGreaterThan(0);
  });
});

describe('a bound word that modifies a noun a few words before the figure states the bound', () => {
  it('*maksimal 20 tahun* against "a maximum prison term of 20 years": not a drift', () => {
    const a = 'Jika terbukti bersalah, mantan pejabat itu terancam hukuman penjara maksimal 20 tahun.';
    const b = 'If found guilty, the former official faces a maximum prison term of 20 years.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('"at least US$5 million" against *nilai minimum penjualan 5 juta dolar AS*: not a drift', () => {
    const a = 'The firm will sell the unit for at least US$5 million, a spokesman said.';
    const b = 'Perusahaan itu akan menjual unit tersebut dengan nilai minimum penjualan 5 juta dolar AS, kata seorang juru bicara.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(drifts(b, a, 'id', 'en')).toEqual([]);
  });
  it('the opposite bound, or a bound word far from the figure, stays a drift', () => {
    const a = 'Jika terbukti bersalah, mantan pejabat itu terancam hukuman penjara minimal 20 tahun.';
    expect(drifts(a, 'If found guilty, the former official faces a maximum prison term of 20 years.')).toEqual(['qualifier:minimal 20 tahun']);
    const c = 'Jika terbukti bersalah, mantan pejabat itu terancam hukuman penjara maksimal 20 tahun.';
    expect(drifts(c, 'The maximum penalty was raised last year by parliament, and the former official now faces 20 years.')).toEqual(['qualifier:maksimal 20 tahun']);
  });
});

describe('a lone month that modifies a noun is matched to the month the other version names', () => {
  it('*penjualan eceran Juni* against "June retail sales"; "its October test" against *pada Oktober*', () => {
    expect(allLevels('Data penjualan eceran Juni, yang dirilis kemarin, mengejutkan pasar.', 'The June retail sales data, released yesterday, surprised the market.')).toEqual([]);
    const a = 'Negara itu, yang makin berani sejak ujicoba rudalnya pada Oktober, menuntut bantuan lebih.';
    const b = 'The country, emboldened by its October missile test, demanded more aid.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('another month stays a drift', () => {
    const a = 'Negara itu, yang makin berani sejak ujicoba rudalnya pada Oktober, menuntut bantuan lebih.';
    expect(drifts(a, 'The country, emboldened by its November missile test, demanded more aid.')).toEqual(['date:Oktober']);
    expect(drifts('Data penjualan eceran Juni mengejutkan pasar.', 'The July retail sales data surprised the market.')).toEqual(['date:Juni']);
  });
});

describe('"the month before" names a month relatively', () => {
  it('*dibanding Agustus* against "the month before": for review', () => {
    const a = 'Inflasi September sebesar 5,2 persen, lebih rendah dibanding Agustus yang 5,6 persen.';
    const b = 'Inflation in September eased to 5.2 percent from 5.6 percent the month before.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:Agustus']);
  });
  it('a dropped month with no relative month beside it stays a drift', () => {
    const a = 'Inflasi September sebesar 5,2 persen, lebih rendah dibanding Agustus yang 5,6 persen.';
    expect(drifts(a, 'Inflation in September eased to 5.2 percent from 5.6 percent.')).toEqual(['missing:Agustus']);
  });
});

describe('a class named by a number, and *ketiga … lain*, in drift', () => {
  it('*roda dua* dropped, "two-wheelers" against *roda dua*: no drift', () => {
    expect(allLevels('Produsen sepeda motor dan kendaraan roda dua itu belum menurunkan target.', 'The motorcycle maker has yet to lower its target.')).toEqual([]);
    expect(allLevels('Sales of two-wheelers rose 8 percent.', 'Penjualan kendaraan roda dua naik 8 persen.', 'en', 'id')).toEqual([]);
  });
  it('*ketiga anggota lain* against "the other three members"; another count stays a drift', () => {
    const a = 'Menteri itu bertemu diplomat dari ketiga anggota lain kelompok itu di Berlin.';
    expect(allLevels(a, 'The minister met diplomats from the other three members of the group in Berlin.')).toEqual([]);
    expect(allLevels('The minister met diplomats from the other three members of the group in Berlin.', a, 'en', 'id')).toEqual([]);
    expect(drifts(a, 'The minister met diplomats from the other four members of the group in Berlin.')).toEqual(['value:ketiga anggota']);
  });
});

describe('a year on one side, the same number read as an amount on the other, is for review', () => {
  it('*hingga 2010* against "up to 2010": no drift, both ways', () => {
    const a = 'Program itu menargetkan melayani lima juta keluarga miskin hingga 2010.';
    const b = 'The program aims to serve five million poor families up to 2010.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('another year stays a drift (one: "up to 2012" is the year the span ends in, as *hingga 2010* is)', () => {
    const a = 'Program itu menargetkan melayani lima juta keluarga miskin hingga 2010.';
    expect(drifts(a, 'The program aims to serve five million poor families up to 2012.')).toEqual(['date:2010']);
  });
  it('a year is no small number under a scale word: *pada 2000* dropped beside "the two sides" stays a drift', () => {
    const a = 'Kedua pemimpin itu bertemu dalam sebuah pertemuan puncak pada 2000 di Seoul.';
    expect(drifts(a, 'The two leaders met at a summit in Seoul.')).toEqual(['missing:2000']);
  });
});
