/**
 * Drift rules of the twenty-ninth round (issue 10), end to end. The sentences are our own, written for these tests;
 * none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { checkLines, drifts, reviews } from './helpers';
const flags = (c: ReturnType<typeof checkLines>, level: 'drift' | 'review') =>
  c.mismatches.filter((m) => m.kind !== 'entity' && (m.level ?? 'drift') === level).map((m) => `${m.kind}:${m.aFigure?.text ?? '-'}|${m.bFigure?.text ?? '-'}`);

describe('a total the other version can work out from the parts it gives', () => {
  it('*101 orang, terdiri atas 87 penumpang dan 14 awak* ↔ "87 passengers and 14 crew": the total is a review', () => {
    const a = 'Kapal itu membawa 101 orang, terdiri atas 87 penumpang dan 14 awak.';
    const b = 'The ferry carried 87 passengers and 14 crew.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:101 orang']);
  });
  it('the same added in English, and between two republications', () => {
    expect(drifts('Kapal itu membawa 87 penumpang dan 14 awak.', 'The ferry carried 101 people: 87 passengers and 14 crew.')).toEqual([]);
    expect(drifts('Kapal itu membawa 87 penumpang dan 14 awak.', 'Kapal itu membawa 101 orang, yakni 87 penumpang dan 14 awak.', 'id', 'id')).toEqual([]);
  });
  it('guard: a figure that is no such sum, or whose parts the other version leaves out, is still a drift', () => {
    expect(drifts('Kapal itu membawa 105 orang, terdiri atas 87 penumpang dan 14 awak.', 'The ferry carried 87 passengers and 14 crew.')).toEqual(['missing:105 orang']);
    expect(drifts('Kapal itu membawa 101 orang, terdiri atas 87 penumpang dan 14 awak.', 'The ferry carried 87 passengers.')).toEqual(['missing:101 orang', 'missing:14 awak']);
  });
});

describe('a change the other version leaves to its reader, giving both levels', () => {
  it('*melemah 10 poin menjadi Rp9.175 dari Rp9.165* ↔ "weakened to Rp9,175 from Rp9,165": the change is a review', () => {
    const a = 'Rupiah melemah 10 poin menjadi Rp9.175 dari Rp9.165 per dolar AS.';
    const b = 'The rupiah weakened to Rp9,175 from Rp9,165 per US dollar.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:10 poin']);
    expect(drifts('The index rose 25 points to 2,450 from 2,425.', 'Indeks naik ke level 2.450 dari 2.425.', 'en', 'id')).toEqual([]);
  });
  it('guard: levels the other version gives differently, small counts, and a sum of shares stay drifts', () => {
    expect(drifts('Rupiah melemah 10 poin menjadi Rp9.175 dari Rp9.165 per dolar AS.', 'The rupiah weakened to Rp9,175 from Rp9,160 per US dollar.')).toEqual(['missing:10 poin', 'value:Rp9.165']);
    expect(drifts('Tiga warga tewas, lima luka-luka dan dua hilang.', 'Three residents died and five were injured.')).toEqual(['missing:dua hilang']);
    expect(drifts('Ekonomi tumbuh 3,9 persen dan 6,3 persen, didorong pertanian yang tumbuh 10,2 persen.', 'The economy grew 3.9 percent and 6.3 percent.')).toEqual(['missing:10,2 persen']);
  });
});

describe('a pair that disagrees because its counterpart moved to the next sentence', () => {
  // the translation moves the two shares into the next line and leaves out that line's own figures
  const a = ['Penerimaan negara mencapai Rp524 triliun atau 75,5 persen dari target.', 'Penerimaan pajak mencapai 76,8 persen dari target, kata menteri.'];
  const b = ['State revenue reached Rp524 trillion, the minister said.', 'The revenue stood at 75.5 percent of the target, she said.'];
  it('is undone: the moved share is a review on both lines, and the figure the translation left out a drift', () => {
    const c = checkLines(a, b);
    expect(flags(c, 'drift')).toEqual(['missing:76,8 persen|-']);
    expect(flags(c, 'review').sort()).toEqual(['added:-|75.5 percent', 'missing:75,5 persen|-']);
  });
  it('the same from English to Indonesian', () => {
    const c = checkLines(
      ['State revenue reached $52 billion, or 75.5 percent of the target.', 'Tax revenue reached 76.8 percent of the target, the minister said.'],
      ['Penerimaan negara mencapai 52 miliar dolar AS, kata menteri.', 'Penerimaan itu setara 75,5 persen dari target, katanya.'],
      'en',
      'id',
    );
    expect(flags(c, 'drift')).toEqual(['missing:76.8 percent|-']);
  });
  it('a republication dating an event four sentences earlier than the other outlet does', () => {
    const c = checkLines(
      ['Kotak suara dikirim ke 14 kecamatan pada Senin (17/2).', 'Setiap kotak dikawal dua polisi.', 'Anggaran logistik mencapai Rp4,7 miliar.', 'Rapat digelar di kantor bupati.', 'Pemungutan suara ulang digelar Sabtu (22/2).'],
      ['Kotak suara dikirim ke 14 kecamatan pada Senin (17/2), untuk pemungutan suara ulang pada Sabtu (22/2).', 'Setiap kotak dikawal dua polisi.', 'Anggaran logistik mencapai Rp4,7 miliar.', 'Rapat digelar di kantor bupati.', 'Pemungutan suara pertama digelar 27 November 2024.'],
      'id',
      'id',
    );
    expect(flags(c, 'drift').filter((f) => f.startsWith('date') || f.includes('22/2'))).toEqual([]);
  });
  it('two republications that give two sentences in the other order: no value drift, each figure found moved', () => {
    const c = checkLines(['Dinas menargetkan 3,9 juta anak menerima vaksin.', 'Hingga hari keempat, vaksin sudah diberikan kepada 2,26 juta anak.'], ['Hingga hari keempat, vaksin sudah diberikan kepada 2,26 juta anak.', 'Sasaran vaksinasi mencapai 3,9 juta anak.'], 'id', 'id');
    expect(flags(c, 'drift')).toEqual([]);
  });
  it('guard: a translation whose two lines render each other stays two value drifts (the units do not render each other)', () => {
    const c = checkLines(['Sebanyak 12 sekolah ditutup.', 'Sebanyak 30 klinik tetap buka.'], ['Some 30 clinics stayed open.', 'Some 12 schools were closed.']);
    expect(flags(c, 'drift')).toEqual(['value:12 sekolah|Some 30 clinics', 'value:30 klinik|Some 12 schools']);
  });
  it('guard: a pair whose counterpart is found nowhere else stays a value drift', () => {
    const c = checkLines(['Penerimaan negara mencapai Rp524 triliun.', 'Penerimaan pajak mencapai 76,8 persen dari target.'], ['State revenue reached Rp524 trillion.', 'Tax revenue reached 75.5 percent of the target.']);
    expect(flags(c, 'drift')).toEqual(['value:76,8 persen|75.5 percent']);
  });
  it('guard: a month said with its year in one line and without in the next stays paired line by line', () => {
    const c = checkLines(['Inflasi Mei 2008 mencapai 1,41 persen.', 'Pada Mei harga bensin naik.'], ['Inflation in May reached 1.41 percent.', 'In May 2008 the price of petrol rose.']);
    expect(c.mismatches.filter((m) => m.kind === 'date').map((m) => `${m.aFigure?.text}|${m.bFigure?.text}`)).toEqual(['Mei 2008|May', 'Mei|May 2008']);
  });
});
