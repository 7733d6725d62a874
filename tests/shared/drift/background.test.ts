/**
 * A sentence one republication adds beside the other's (background.ts). The sentences are our own, written for these
 * tests; none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { analyse, checkVersions } from '../../../shared/pipeline';
import type { Lang } from '../../../shared/text/types';

/** The drift and review mismatches (kind:figure) of two texts read line by line, with the beads given. */
function check(a: string, b: string, beads: Array<[number[], number[]]>, langA: Lang, langB: Lang) {
  const A = analyse(a, { lang: langA, lines: true });
  const B = analyse(b, { lang: langB, lines: true });
  const ms = checkVersions(A, B, { beads: beads.map(([x, y]) => ({ a: x, b: y, score: 1 })) }).comparison.mismatches.filter((m) => m.kind !== 'entity');
  const say = (level: string) => ms.filter((m) => m.level === level).map((m) => `${m.kind}:${(m.aFigure ?? m.bFigure)?.text}`);
  return { drifts: say('drift'), reviews: say('review') };
}

describe('a sentence one republication adds', () => {
  const a = ['Sebanyak 64 kolom baja akan menopang atap stadion.', 'Kapasitas stadion naik menjadi 45.000 penonton.'].join('\n');
  const b = ['Atap stadion ditopang 64 kolom baja.', 'Stadion ini pertama kali dibangun pada 1957 dan terakhir dipugar pada 2008.', 'Kapasitasnya naik menjadi 45.000 penonton.'].join('\n');

  it('on its own (a sentence with no counterpart): its figures are background, a review, no drift', () => {
    const r = check(a, b, [[[0], [0]], [[], [1]], [[1], [2]]], 'id', 'id');
    expect(r.drifts).toEqual([]);
    expect(r.reviews).toEqual(expect.arrayContaining(['added:1957', 'added:2008']));
  });

  it('joined to a sentence the other outlet has, sharing few of its words: likewise', () => {
    const r = check(a, b, [[[0], [0, 1]], [[1], [2]]], 'id', 'id');
    expect(r.drifts).toEqual([]);
  });

  it('two English republications likewise ("The race was first held in 1998.")', () => {
    const r = check('About 12,000 runners took part in the race.', 'About 12,000 runners took part in the race.\nOrganisers first staged the marathon through the harbour district in 1998.', [[[0], [0, 1]]], 'en', 'en');
    expect(r.drifts).toEqual([]);
    expect(r.reviews).toContain('added:1998');
  });

  it('guard: a translation that adds a sentence adds its figures (a drift); one of two republications adding it adds background', () => {
    const r = check('Kapasitas stadion naik menjadi 45.000 penonton.', 'Its capacity rises to 45,000 spectators.\nThe renovation works cost 1.2 trillion rupiah in total.', [[[0], [0, 1]]], 'id', 'en');
    expect(r.drifts).toEqual(['added:1.2 trillion rupiah']);
    const s = check('Kapasitas stadion naik menjadi 45.000 penonton.', 'Kapasitasnya naik menjadi 45.000 penonton.\nBiaya seluruh pekerjaan renovasi mencapai Rp 1,2 triliun.', [[[0], [0, 1]]], 'id', 'id');
    expect(s.drifts).toEqual([]);
    expect(s.reviews).toEqual(['added:Rp 1,2 triliun']);
  });

  it('guard: a figure dropped from a sentence both outlets have is a drift', () => {
    const r = check('Sebanyak 312 saham naik, 251 saham turun, dan 226 saham stagnan.', 'Sebanyak 312 saham naik dan 226 saham stagnan.', [[[0], [0]]], 'id', 'id');
    expect(r.drifts).toEqual(['missing:251 saham']);
  });

  it('guard: a sentence reworded and moved, another of its figures found in the other outlet, is no background: its changed figure drifts', () => {
    // (the aligner left the reworded sentence alone; its 312 and 226 stand in the other outlet's first sentence)
    const r = check(
      'Indeks naik 1,2 persen pada Kamis. Sebanyak 312 saham naik, 251 saham turun, dan 226 saham stagnan.\nNilai transaksi mencapai Rp 13,4 triliun.',
      'Indeks naik 1,2 persen pada Kamis.\nNilai transaksi mencapai Rp 13,4 triliun.\nDari seluruh saham, 312 menguat, 215 melemah, dan 226 tidak bergerak.',
      [[[0], [0]], [[1], [1]], [[], [2]]],
      'id',
      'id',
    );
    // (one figure changed: 251 and 215 hold the same digits, closeFigures in compare.ts)
    expect(r.drifts).toEqual(['value:251 saham']);
  });

  it('a count of other things of the same number elsewhere is no figure moved: the sentence stays background (17 houses are no 17 people)', () => {
    // (the other outlet drops the 17 people: a drift, not a figure moved into its sentence of houses)
    const a = ['Banjir melanda Kecamatan Sukamaju pada Senin pagi.', 'Sebanyak 17 orang mengungsi ke balai desa.', 'Petugas masih mendata kerusakan.'].join('\n');
    const b = ['Banjir melanda Kecamatan Sukamaju pada Senin pagi.', 'Warga mengungsi ke balai desa.', 'Petugas masih mendata kerusakan.', 'Tercatat 17 rumah rusak berat dan 9 rumah rusak ringan akibat luapan sungai.'].join('\n');
    const r = check(a, b, [[[0], [0]], [[1], [1]], [[2], [2, 3]]], 'id', 'id');
    expect(r.drifts).toEqual(['missing:17 orang']);
    expect(r.reviews).toEqual(expect.arrayContaining(['added:17 rumah', 'added:9 rumah']));
  });

  it('guard: a count of people said with another word elsewhere is still the figure moved (5 korban, lima orang)', () => {
    // (the houses are in both: A counts none of them, B says 12 were swept away)
    const a = ['Banjir melanda Kecamatan Sukamaju pada Senin pagi.', 'Sebanyak lima orang meninggal dunia.', 'Petugas masih mendata rumah warga yang hanyut.'].join('\n');
    const b = ['Banjir melanda Kecamatan Sukamaju pada Senin pagi.', 'Petugas masih mendata kerusakan.', 'Banjir itu menewaskan 5 korban dan menghanyutkan 12 rumah warga.'].join('\n');
    const r = check(a, b, [[[0], [0]], [[1], []], [[2], [1, 2]]], 'id', 'id');
    expect(r.drifts).toEqual(['added:12 rumah']);
  });

  it('a clause one outlet adds to a sentence both carry: its figure is background, a review (id and en); dropped from a clause both carry, a drift', () => {
    const id = 'Ekspor pada November 2023 mencapai US$ 22 miliar.';
    const idMore = 'Ekspor pada November 2023 mencapai US$ 22 miliar, turun 8,56 persen dibandingkan bulan yang sama tahun lalu.';
    const r = check(id, idMore, [[[0], [0]]], 'id', 'id');
    expect(r.drifts).toEqual([]);
    expect(r.reviews).toEqual(['added:8,56 persen']);
    expect(check(idMore, id, [[[0], [0]]], 'id', 'id').reviews).toEqual(['missing:8,56 persen']);
    const en = 'Exports reached $22 billion in November.';
    const enMore = 'Exports reached $22 billion in November, slipping 8.6 percent against the same month a year earlier.';
    expect(check(en, enMore, [[[0], [0]]], 'en', 'en')).toEqual({ drifts: [], reviews: ['added:8.6 percent'] });
    // (the other outlet carries the clause and leaves its figure out)
    expect(check(idMore, 'Ekspor pada November 2023 mencapai US$ 22 miliar, turun dibandingkan bulan yang sama tahun lalu.', [[[0], [0]]], 'id', 'id').drifts).toEqual(['missing:8,56 persen']);
    expect(check(enMore, 'Exports reached $22 billion in November, slipping against the same month a year earlier.', [[[0], [0]]], 'en', 'en').drifts).toEqual(['missing:8.6 percent']);
  });

  it('a bracket that holds no figure (an acronym) is part of the clause; one that holds a figure ends it', () => {
    // (the index rose from 111,57 in August: a clause the other outlet, which gives only the monthly rate, does not carry)
    const one = 'Inflasi September 2022 tercatat 1,17 persen secara bulanan.';
    const more = 'Inflasi September 2022 tercatat 1,17 persen secara bulanan, berasal dari kenaikan indeks harga konsumen (IHK) dari 111,57 pada bulan Agustus.';
    expect(check(one, more, [[[0], [0]]], 'id', 'id').drifts).toEqual([]);
    const en = 'Consumer prices rose 1.17 percent in September.';
    const enMore = 'Consumer prices rose 1.17 percent in September, with the fuel tariff index (FTI) climbing from 111.57 last month.';
    expect(check(en, enMore, [[[0], [0]]], 'en', 'en').drifts).toEqual([]);
    // (a bracket that holds a figure ends the clause: the figure before it, 30 villages, has a clause of its own)
    expect(check('Banjir merendam 30 desa (1.200 rumah) di pesisir utara.', 'Banjir merendam desa (1.200 rumah) di pesisir utara.', [[[0], [0]]], 'id', 'id').drifts).toEqual(['missing:30 desa']);
  });

  it('a part of a year one outlet says again in another sentence (*Semester I*, `the first half`) is the part said before, for review; another part is a drift', () => {
    const a = ['Defisit APBN Semester I-2020 mencapai Rp 257,8 triliun.', 'Menurut Sri, defisit tahun ini mencapai 1,57 persen dari PDB.'].join('\n');
    const b = ['Defisit APBN Semester I-2020 mencapai Rp 257,8 triliun.', 'Defisit sepanjang Semester I 2020 setara 1,57 persen, kata Sri.'].join('\n');
    const r = check(a, b, [[[0], [0]], [[1], [1]]], 'id', 'id');
    expect(r.drifts).toEqual([]);
    expect(r.reviews).toContain('added:Semester I');
    expect(check(a, b.replace('sepanjang Semester I 2020', 'sepanjang kuartal I 2020'), [[[0], [0]], [[1], [1]]], 'id', 'id').drifts).toEqual(['added:kuartal I']);
    const en = ['The deficit reached $18 billion in the first half of 2020.', 'Officials said the gap equalled 1.6 percent of output.'].join('\n');
    const enB = ['The deficit reached $18 billion in the first half of 2020.', 'In the first half, the gap equalled 1.6 percent of output, officials said.'].join('\n');
    const e = check(en, enB, [[[0], [0]], [[1], [1]]], 'en', 'en');
    expect(e.drifts).toEqual([]);
    expect(e.reviews).toContain('added:first half');
  });

  it('guard: a translation that adds a clause adds its figure (a drift)', () => {
    expect(check('Ekspor pada November 2023 mencapai US$ 22 miliar.', 'Exports reached $22 billion in November 2023, down 8.56 percent from the same month a year earlier.', [[[0], [0]]], 'id', 'en').drifts).toEqual(['added:8.56 percent']);
  });

  it('a translation likewise: a dropped count is not found moved in a count of other things of its number (a drift)', () => {
    const r = check('Sebanyak 17 orang mengungsi ke balai desa.', 'Many residents fled to the village hall.\nOfficials counted 17 houses destroyed.', [[[0], [0]], [[], [1]]], 'id', 'en');
    expect(r.drifts).toContain('missing:17 orang');
  });
});
