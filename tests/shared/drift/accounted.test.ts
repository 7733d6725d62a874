/**
 * Figures the other version accounts for in another form (shared/drift/accounted.ts): each class is
 * reported for review, not as a drift, with the figure on the Indonesian side and on the English
 * side; and the near misses that stay drifts. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyse, checkVersions } from '../../../shared/pipeline';
import { accountedFor, yearPartMonths } from '../../../shared/drift/accounted';
import { fig } from './helpers';

/** The drift-level mismatches of one Indonesian line against one English line, as `kind:surface`. */
function drifts(lineA: string, lineB: string): string[] {
  const a = analyse(lineA, { lang: 'id', lines: true });
  const b = analyse(lineB, { lang: 'en', lines: true });
  const { comparison } = checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] });
  return comparison.mismatches
    .filter((m) => m.kind !== 'entity' && m.level !== 'review')
    .map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`);
}

describe('a figure repeated on one side needs one counterpart', () => {
  it('Indonesian side repeats', () => {
    expect(drifts('Inflasi Maret 2011 naik 4 persen, sedangkan ekspor Maret 2011 turun.', 'Inflation rose 4 percent in March 2011 while exports fell.')).toEqual([]);
  });
  it('English side repeats', () => {
    expect(drifts('Dalam RAPBN 2012 defisit dipatok 2 persen.', 'The 2012 draft budget sets the deficit for 2012 at 2 percent.')).toEqual([]);
  });
  it('a figure said once on each side and dropped is still a drift', () => {
    expect(drifts('Inflasi Maret 2011 naik 4 persen.', 'Inflation rose 4 percent.')).toEqual(['missing:Maret 2011']);
  });
});

describe('a year said relatively', () => {
  it('tahun ini ↔ an explicit year, and the explicit year on the Indonesian side ↔ "last year"', () => {
    expect(drifts('Laba semester pertama tahun ini naik 8 persen.', 'First-half profit rose 8 percent in 2011.')).toEqual([]);
    expect(drifts('Laba tahun 2010 naik 8 persen.', 'Profit rose 8 percent last year.')).toEqual([]);
  });
  it('the same period said with its year: periode yang sama ↔ "the first half of last year"', () => {
    expect(drifts('Kredit naik 12 persen dibanding periode yang sama tahun 2010.', 'Loans rose 12 percent from the first half of last year.')).toEqual([]);
  });
  it('a year the other side does not say at all, relatively or not, stays a drift', () => {
    expect(drifts('Laba naik 8 persen.', 'Profit rose 8 percent in 2011.')).toEqual(['added:2011']);
    // a part of a year with its year written out is a datum of its own
    expect(drifts('Harga naik 8 persen dibanding periode sama sebelumnya.', 'Prices rose 8 percent from the same period and from the fourth quarter of 2010.')).toContain('added:fourth quarter');
  });
});

describe('a half or a quarter said relatively on the other side', () => {
  it('*semester ini* ↔ "the first half", "this quarter" ↔ *triwulan III*', () => {
    expect(drifts('Penjualan semen pada semester ini naik 9 persen.', 'Cement sales rose 9 percent in the first half.')).toEqual([]);
    expect(drifts('Ekspor kopi pada triwulan III turun 4 persen.', 'Coffee exports fell 4 percent this quarter.')).toEqual([]);
  });
  it('guards: a part of another length, or no relative part at all, stays a drift', () => {
    expect(drifts('Penjualan semen pada kuartal ini naik 9 persen.', 'Cement sales rose 9 percent in the first half.')).toEqual(['added:first half']);
    expect(drifts('Penjualan semen naik 9 persen.', 'Cement sales rose 9 percent in the first half.')).toEqual(['added:first half']);
  });
});

describe('a part of a year as a span of months', () => {
  it('triwulan III ↔ "July-September", and "the third quarter" ↔ Juli-September', () => {
    expect(drifts('Ekspor selama triwulan III 2011 naik 6 persen.', 'Exports rose 6 percent in the July-September 2011 period.')).toEqual([]);
    expect(drifts('Ekspor periode Juli-September 2011 naik 6 persen.', 'Exports rose 6 percent in the third quarter of 2011.')).toEqual([]);
  });
  it('kuartal IV ↔ "the last three months of", and the first months ↔ a span ending in the month', () => {
    expect(drifts('Penjualan kuartal IV/2010 naik 5 persen.', 'Sales rose 5 percent in the last three months of 2010.')).toEqual([]);
    expect(drifts('Laba sembilan bulan pertama tahun ini naik 5 persen.', 'Profit in the first nine months ending September 30 rose 5 percent.')).toEqual([]);
    // a year simply dropped stays a drift (guideline 4b), whatever the span of months says
    expect(drifts('Laba sembilan bulan pertama 2011 naik 5 persen.', 'Profit in the first nine months ending September 30 rose 5 percent.')).toEqual(['missing:2011']);
    expect(drifts('Laba 9 bulan 2011 naik 5 persen.', 'Profit in the January-September 2011 period rose 5 percent.')).toEqual([]);
  });
  it('more quarters than the other side has periods: the quarter dropped stays a drift', () => {
    const out = drifts(
      'Utang pada akhir triwulan I/2010 sebesar 10 miliar dolar AS, triwulan II/2010 sebesar 9 miliar dolar AS dan triwulan III/2010 sebesar 8 miliar dolar AS.',
      'Debt stood at US$10 billion by the end of the first three months of 2010 and US$8 billion by the end of the third three months.',
    );
    expect(out).toContain('missing:triwulan II');
  });
  it('month spans of parts of a year', () => {
    expect(yearPartMonths(fig(0, 'triwulan III', 3, { kind: 'ordinal' }))).toEqual([7, 9]);
    expect(yearPartMonths(fig(0, 'second half', 2, { kind: 'ordinal' }))).toEqual([7, 12]);
    expect(yearPartMonths(fig(0, 'tiga bulan pertama', 1, { kind: 'ordinal' }))).toEqual([1, 3]);
    expect(yearPartMonths(fig(0, 'first six months', 1, { kind: 'ordinal' }))).toEqual([1, 6]);
    expect(yearPartMonths(fig(0, 'kedua', 2, { kind: 'ordinal' }))).toBeUndefined();
  });
});

describe('derived figures', () => {
  it('a change given on one side by the two levels on the other', () => {
    expect(drifts('Laba naik Rp 14 miliar menjadi Rp 61 miliar dari Rp 47 miliar.', 'Profit rose to Rp61 billion from Rp47 billion.')).toEqual([]);
    expect(drifts('Laba naik menjadi Rp 61 miliar dari Rp 47 miliar.', 'Profit rose by Rp14 billion to Rp61 billion from Rp47 billion.')).toEqual([]);
  });
  it('a multiplier given on one side by the ratio of two amounts on the other', () => {
    expect(drifts('Penjualan naik menjadi Rp 118 miliar dari Rp 61 miliar.', 'Sales almost doubled to Rp118 billion from Rp61 billion.')).toEqual([]);
    expect(drifts('Penjualan naik tiga kali lipat menjadi Rp 180 miliar dari Rp 60 miliar.', 'Sales rose to Rp180 billion from Rp60 billion.')).toEqual([]);
  });
  it('a bound the new level on the other side shows passed', () => {
    expect(drifts('Rupiah melemah di atas level Rp9.800, menjadi Rp9.815 per dolar AS.', 'The rupiah weakened to Rp9,815 per US dollar.')).toEqual([]);
    expect(drifts('Rupiah menguat ke Rp9.185 per dolar AS.', 'The rupiah strengthened below Rp9,200, to Rp9,185 per US dollar.')).toEqual([]);
    // a level on the wrong side of the bound, or far from it, does not show it
    expect(drifts('Rupiah melemah di atas level Rp9.800, menjadi Rp9.795 per dolar AS.', 'The rupiah weakened to Rp9,795 per US dollar.')).toEqual(['missing:di atas level Rp9.800']);
  });
  it('a bound written after the amount names a class, not a level passed: one member of it does not restate it', () => {
    // the list threshold dropped, though one holding just above it survives (Indonesian side, then English side)
    expect(drifts('Pemilik saham 10 persen atau lebih di PT Sinar adalah PT Fajar 61 persen dan Bank Raya 10,2 persen.', 'PT Sinar is held by PT Fajar 61 percent and Bank Raya 10.2 percent.')).toEqual(['missing:10 persen atau lebih']);
    expect(drifts('PT Sinar dimiliki PT Fajar 61 persen dan Bank Raya 10,2 persen.', 'Holders of 10 percent or more in PT Sinar are PT Fajar with 61 percent and Bank Raya with 10.2 percent.')).toEqual(['added:10 percent or more']);
    // kept on both sides, the threshold agrees
    expect(drifts('Pemilik saham 10 persen atau lebih di PT Sinar adalah PT Fajar 61 persen dan Bank Raya 10,2 persen.', 'Holders of 10 percent or more in PT Sinar are PT Fajar with 61 percent and Bank Raya with 10.2 percent.')).toEqual([]);
  });
  it('the rest of a whole', () => {
    expect(drifts('Sebanyak 65 persen dana dari bank dan 35 persen dari pasar modal.', 'Banks provide 65 percent of the funds and the capital market the rest.')).toEqual([]);
    expect(drifts('Bank memberi 65 persen dana dan sisanya dari pasar modal.', 'Banks provide 65 percent of the funds and the capital market 35 percent.')).toEqual([]);
  });
  it('a figure no two figures of the other side give stays a drift', () => {
    expect(drifts('Laba naik Rp 15 miliar menjadi Rp 61 miliar dari Rp 47 miliar.', 'Profit rose to Rp61 billion from Rp47 billion.')).toEqual(['missing:Rp 15 miliar']);
    expect(drifts('Penjualan naik tiga kali lipat menjadi Rp 180 miliar dari Rp 110 miliar.', 'Sales rose to Rp180 billion from Rp110 billion.')).toEqual(['missing:tiga kali lipat']);
  });
  it('a change of a quote in points, both quotes given (guideline section 42); without the old quote it stays a drift', () => {
    expect(drifts('Rupiah melemah ke Rp9.840/9.850 dari Rp9.815/9.825 atau turun 25 poin.', 'The rupiah fell to Rp9,840/9,850 from Rp9,815/9,825.')).toEqual([]);
    expect(drifts('Rupiah melemah ke Rp9.840/9.850 atau turun 25 poin.', 'The rupiah fell to Rp9,840/9,850.')).toEqual(['missing:25 poin']);
  });
});

describe('the same digits on both sides', () => {
  it('a count copied with English grouping is the same count; Indonesian grouping copied into English, or a scale word, is not', () => {
    const a = fig(0, '7,500 pasukan', 7.5, { ambiguous: true, alternatives: [7500] });
    const b = fig(0, '7,500 troops', 7500);
    const view = { figuresA: [a], figuresB: [b], textA: '', textB: '' };
    expect(accountedFor('ambiguous', a, b, view)).toBe('same-digits');
    const c = fig(0, 'Rp2.150 triliun', 2150e12, { kind: 'money', scale: 1e12 });
    const d = fig(0, 'Rp2.150 trillion', 2.15e12, { kind: 'money', scale: 1e12, ambiguous: true, alternatives: [2150e12] });
    expect(accountedFor('ambiguous', c, d, { figuresA: [c], figuresB: [d], textA: '', textB: '' })).toBeUndefined();
    const e = fig(0, '64.200 anak', 64200);
    const f = fig(0, '64.200 children', 64.2, { ambiguous: true, alternatives: [64200] });
    expect(accountedFor('ambiguous', e, f, { figuresA: [e], figuresB: [f], textA: '', textB: '' })).toBeUndefined();
  });
});

describe('a thousands group printed one zero short', () => {
  it('*195.00 ton* ↔ `195,000 tons` (and the reverse) is the misprint corrected: for review', () => {
    expect(drifts('Ekspor naik menjadi 411.396 ton dari 195.00 ton.', 'Exports rose to 411,396 tons from 195,000 tons.')).toEqual([]);
    const a = fig(0, '195.00 ton', 195, { unit: 'ton' });
    const b = fig(0, '195,000 tons', 195000, { unit: 'tons' });
    expect(accountedFor('value', a, b, { figuresA: [a], figuresB: [b], textA: '', textB: '' })).toBe('same-digits');
    expect(accountedFor('value', b, a, { figuresA: [b], figuresB: [a], textA: '', textB: '' })).toBe('same-digits');
  });
  it('other digits, or decimals that are not zeros, stay drifts', () => {
    expect(drifts('Ekspor naik menjadi 411.396 ton dari 195.00 ton.', 'Exports rose to 411,396 tons from 185,000 tons.')).toEqual(['value:195.00 ton']);
    const a = fig(0, '195.50 ton', 195.5, { unit: 'ton' });
    const b = fig(0, '195,500 tons', 195500, { unit: 'tons' });
    expect(accountedFor('value', a, b, { figuresA: [a], figuresB: [b], textA: '', textB: '' })).toBeUndefined();
  });
});

describe('a year that names a law the other version cites by its number', () => {
  it('`the 1983 law` ↔ *UU No.6/1983*, `the 2003 Manpower Law` ↔ *UU No 13/2003*: the year of the number', () => {
    const b = fig(0, '1983', '1983', { kind: 'date' });
    expect(accountedFor('added', null, b, { figuresA: [], figuresB: [b], textA: 'DPR mengubah UU No.6/1983 tentang pajak.', textB: 'The House amended the 1983 law on tax.' })).toBe('kept-digits');
    const c = fig(0, '2003', '2003', { kind: 'date' });
    expect(accountedFor('added', null, c, { figuresA: [], figuresB: [c], textA: 'Pekerja dilindungi UU No 13/2003.', textB: 'Workers are protected by the 2003 Manpower Law.' })).toBe('kept-digits');
    // the Indonesian side naming the law by its year, the English citing its number
    const d = fig(0, '2003', '2003', { kind: 'date' });
    expect(accountedFor('missing', d, null, { figuresA: [d], figuresB: [], textA: 'Pekerja dilindungi undang-undang 2003 tentang ketenagakerjaan.', textB: 'Workers are protected by Law No. 13/2003.' })).toBe('kept-digits');
  });
  it('another year, or a year that names no law, is not accounted for', () => {
    const b = fig(0, '1984', '1984', { kind: 'date' });
    expect(accountedFor('added', null, b, { figuresA: [], figuresB: [b], textA: 'DPR mengubah UU No.6/1983 tentang pajak.', textB: 'The House amended the 1984 law on tax.' })).toBeUndefined();
    const c = fig(0, '1983', '1983', { kind: 'date' });
    expect(accountedFor('added', null, c, { figuresA: [], figuresB: [c], textA: 'DPR mengubah UU No.6/1983 tentang pajak.', textB: 'The House amended it in 1983.' })).toBeUndefined();
  });
});

describe('a period of the year before said relatively, its date paired with the current one', () => {
  it('Indonesian names the earlier year, English says "the same period last year"', () => {
    expect(drifts('Produksi turun 6,1 persen dibanding periode Januari-Agustus 2009.', 'Output in the January-August 2010 period fell 6.1 percent from the same period last year.')).toEqual([]);
  });
  it('English names the earlier year, Indonesian says "periode yang sama tahun lalu"', () => {
    expect(drifts('Produksi Januari-Agustus 2010 turun 6,1 persen dibanding periode yang sama tahun lalu.', 'Output fell 6.1 percent from the January-August 2009 period.')).toEqual([]);
  });
  it('a year changed with no relative period, or by more than one year, stays a drift', () => {
    expect(drifts('Produksi turun 6,1 persen dibanding Agustus 2009.', 'Output fell 6.1 percent from August 2010.')).toEqual(['date:Agustus 2009']);
    expect(drifts('Produksi turun 6,1 persen dibanding Agustus 2008.', 'Output fell 6.1 percent from August 2010, the same period last year.')).toEqual(['date:Agustus 2008']);
    // two bare years: a year changed, even beside "the year before"
    expect(drifts('Laba pada 2009 naik menjadi Rp 61 miliar.', 'Profit in 2010 rose to Rp61 billion from the year before.')).toEqual(['date:2009']);
  });
});

describe('a multiplier the other version says as "many times over"', () => {
  it('`roughly doubled` ↔ *melipatgandakan*, either way: for review', () => {
    const a = fig(0, 'roughly doubled', 2, { kind: 'other', qualifier: 'about' });
    expect(accountedFor('added', null, a, { figuresA: [], figuresB: [a], textA: 'Kolesterol tinggi melipatgandakan risiko stroke.', textB: 'High cholesterol roughly doubled the risk of stroke.' })).toBe('none-said');
    const b = fig(0, 'dua kali lipat', 2, { kind: 'other' });
    expect(accountedFor('missing', b, null, { figuresA: [b], figuresB: [], textA: 'Risiko naik dua kali lipat.', textB: 'The risk multiplied.' })).toBe('none-said');
    expect(drifts('Kolesterol tinggi melipatgandakan risiko stroke.', 'High cholesterol roughly doubled the risk of stroke.')).toEqual([]);
  });
  it('guard: with no such word on the other side, a multiplier added is not accounted for', () => {
    const a = fig(0, 'roughly doubled', 2, { kind: 'other', qualifier: 'about' });
    expect(accountedFor('added', null, a, { figuresA: [], figuresB: [a], textA: 'Kolesterol tinggi menaikkan risiko stroke.', textB: 'High cholesterol roughly doubled the risk of stroke.' })).toBeUndefined();
  });
});
