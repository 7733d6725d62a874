/**
 * Drift rules of the twenty-second round (issue 10): classes of false alarm found on unlabelled real
 * translations (whole PANL files, labelled lines left out), end to end on one bead, in both directions.
 * The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts } from './helpers';

describe('a quarter followed by the months it stands for', () => {
  it('*kuartal III Januari-September 2007* against "the first nine months of 2007": the quarter is no drift', () => {
    const a = 'Penjualan semen PT Contoh sampai dengan kuartal III Januari-September 2007 mencapai 4,2 juta ton, kata direkturnya.';
    const b = 'PT Contoh said its cement sales in the first nine months of 2007 reached 4.2 million tons, its director said.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('"the third quarter (July-September)" against *Juli-September* alone: no drift, both ways', () => {
    const a = 'Exports in the third quarter (July-September) grew 7 percent.';
    const b = 'Ekspor pada Juli-September tumbuh 7 persen.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(drifts('Ekspor pada triwulan III (Juli-September) tumbuh 7 persen.', 'Exports in July-September grew 7 percent.')).toEqual([]);
  });
  it('guard: months that are not the quarter, or a quarter dropped without its months, stay drifts', () => {
    expect(drifts('Ekspor pada triwulan III Januari-Juni tumbuh 7 persen.', 'Exports in January-June grew 7 percent.')).toContain('missing:triwulan III');
    expect(drifts('Ekspor pada triwulan III tumbuh 7 persen.', 'Exports grew 7 percent.')).toContain('missing:triwulan III');
  });
});

describe('a dollar sign lost before a price', () => {
  it('*150 dolar AS per barel* against "US150 per barrel": a match, both ways', () => {
    expect(drifts('Jika harga minyak mencapai 150 dolar AS per barel, defisit melebar.', 'If oil reached US150 per barrel, the deficit would widen.')).toEqual([]);
    expect(drifts('If oil reached US150 per barrel, the deficit would widen.', 'Jika harga minyak mencapai 150 dolar AS per barel, defisit melebar.', 'en', 'id')).toEqual([]);
  });
  it('guard: another price stays a drift', () => {
    expect(drifts('Jika harga minyak mencapai 150 dolar AS per barel, defisit melebar.', 'If oil reached US160 per barrel, the deficit would widen.')).toContain('value:150 dolar AS');
  });
});

describe('a rate quoted without its currency pairs with the same rate quoted with it', () => {
  const a = 'Rupiah melemah melewati Rp9.450 per dolar AS menjadi Rp9.465/9.470 per dolar AS dibanding penutupan kemarin 9.453/9.536 per dolar AS.';
  it('*9.453/9.536 per dolar AS* against "Rp9,453/Rp9,536 per dollar": the same four digits outweigh the Rp9.450 that rounds to them', () => {
    const b = 'The rupiah fell to Rp9,465/9,470 per dollar from Rp9,453/Rp9,536 per dollar the day before.';
    expect(drifts(a, b)).toEqual(['missing:Rp9.450']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['added:Rp9.450']);
  });
  it('guard: another closing rate stays a drift', () => {
    expect(drifts(a, 'The rupiah fell to Rp9,465/9,470 per dollar from Rp9,413/Rp9,536 per dollar the day before.')).toContain('missing:9.453');
  });
});
