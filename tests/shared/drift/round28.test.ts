/**
 * Drift rules of the twenty-eighth round (issue 10), end to end on one bead. The sentences are our own, written for
 * these tests; none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { checkLine, drifts } from './helpers';

const parts = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).filter((f) => f.kind === 'date').map((f) => `${f.text}=${f.periodPart ?? '-'}`);

describe('a year or a month said in part (early, middle, late)', () => {
  it('is read with its part, the part word in the figure, in both languages', () => {
    expect(parts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'id')).toEqual(['awal 2026=early']);
    expect(parts('Harga naik sejak pertengahan Mei dan turun lagi pada akhir tahun 2025.', 'id')).toEqual(['pertengahan Mei=mid', 'akhir tahun 2025=late']);
    expect(parts('The plant is due to run at full capacity by mid-2026.', 'en')).toEqual(['mid-2026=mid']);
    expect(parts('Prices rose from late May until the end of 2025.', 'en')).toEqual(['late May=late', 'the end of 2025=late']);
  });
  it('guard: a word that only ends in such letters, or a date with its day, says no part', () => {
    expect(parts('Masa jabatannya berakhir 2025.', 'id')).toEqual(['2025=-']);
    expect(parts('Sidang ditunda hingga akhir 12 Mei.', 'id').every((x) => x.endsWith('=-'))).toBe(true);
  });
  it('*awal 2026* ↔ "mid-2026", "since early May" ↔ *sejak pertengahan Mei*: a date drift that says the parts', () => {
    expect(drifts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity by mid-2026.')).toEqual(['date:awal 2026']);
    expect(drifts('Prices have risen since early May.', 'Harga naik sejak pertengahan Mei.', 'en', 'id')).toEqual(['date:early May']);
    const m = checkLine('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity by mid-2026.').mismatches[0];
    expect(m.note).toContain('early 2026 vs mid 2026');
  });
  it('two republications likewise (*awal Agustus* / *akhir Agustus*)', () => {
    expect(drifts('Kemarau diperkirakan berakhir pada awal Agustus.', 'Kemarau diperkirakan berakhir pada akhir Agustus.', 'id', 'id')).toEqual(['date:awal Agustus']);
  });
  it('guard: the same part said two ways, or a part one side leaves unsaid, is no drift', () => {
    expect(drifts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity in early 2026.')).toEqual([]);
    expect(drifts('Proyek selesai pada akhir 2025.', 'The project was finished at the end of 2025.')).toEqual([]);
    expect(drifts('Proyek selesai pada akhir 2025.', 'The project was finished in 2025.')).toEqual([]);
  });
});

describe('a day changed beside a clock time both versions give alike', () => {
  it('*14 Mei pukul 15.30 WIB* ↔ "May 15 at 3:30 p.m.": the time was not converted, so the day changed (a drift)', () => {
    expect(drifts('Hujan es melanda kota itu pada 14 Mei pukul 15.30 WIB.', 'Hail hit the city on May 15 at 3:30 p.m.')).toEqual(['date:14 Mei']);
  });
  it('guard: a time converted to another zone may carry the date over midnight (a review)', () => {
    expect(drifts('Gempa terjadi pada 14 Mei pukul 01.30 WIB.', 'The quake struck on May 13 at 6:30 p.m. GMT.')).toEqual([]);
  });
});

describe('a clock time converted in a bracket after the date', () => {
  it('"at about 9:15 p.m. on Tuesday, March 11 (1415 GMT)": the GMT restates the time, which pairs with *pukul 21.15 WIB*', () => {
    const figures = extractFromSentence('The roof fell in at about 9:15 p.m. on Tuesday, March 11 (1415 GMT).', 'en');
    expect(figures.filter((f) => f.conversion).map((f) => f.text)).toEqual(['1415 GMT']);
    expect(drifts('Atap runtuh pada Selasa (11/3) sekitar pukul 21.15 WIB.', 'The roof fell in at about 9:15 p.m. on Tuesday, March 11 (1415 GMT).')).toEqual([]);
  });
  it('guard: a bracketed time after a date with no clock time before it converts nothing', () => {
    expect(extractFromSentence('The market opens on Monday, March 10 (0200 GMT).', 'en').filter((f) => f.conversion)).toEqual([]);
  });
});

describe('numbers that name (a tax article, a train) and prepositions that are no bounds', () => {
  const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => `${f.text}:${f.qualifier}`);
  it('*PPh 22*, *PPh Pasal 22*, "KA 7": names, no counts', () => {
    expect(read('Tarif PPh 22 untuk impor naik menjadi 2,5 persen.', 'id')).toEqual(['2,5 persen:exact']);
    expect(read('The Argo Lawu train, KA 7, left Solo at 8 a.m.', 'en')).toEqual(['8 a.m.:exact']);
  });
  it('"cut costs over two years" is during two years; "for over two years" and "over two years old" stay bounds', () => {
    expect(read('The firm will cut costs over two years.', 'en')).toEqual(['two years:exact']);
    expect(read('He was jailed for over two years.', 'en')).toEqual(['over two years:more-than']);
    expect(read('Children over two years old were vaccinated.', 'en')).toEqual(['over two years:more-than']);
  });
  it('*dibangun di atas 40 hektare tanah* is built on the land; *berada di atas 5 persen* stays a bound', () => {
    expect(read('Pabrik itu dibangun di atas 40 hektare tanah.', 'id')).toEqual(['40 hektare:exact']);
    expect(read('Pertumbuhan ekonomi berada di atas 5 persen.', 'id')).toEqual(['di atas 5 persen:more-than']);
  });
  it('"expects sales to top 70,000 units", "topped $1 billion": a bound, as *melampaui* is; "the top 10 firms" no bound', () => {
    expect(read('The firm expects sales to top 70,000 units.', 'en')).toEqual(['to top 70,000 units:more-than']);
    expect(read('The top 10 firms grew.', 'en')).toEqual(['10 firms:exact']);
    expect(drifts('Perusahaan memperkirakan penjualan akan melampaui 70.000 unit.', 'The firm expects sales to top 70,000 units.')).toEqual([]);
  });
});

describe('spans across months, clock spans and lists of scores (helper set 5)', () => {
  const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => `${f.text}=${f.value}`);
  it('*31 Maret–1 April 2025*, "31 March–1 April 2025": two days, not a code `Maret–1`', () => {
    expect(read('Libur jatuh pada 31 Maret–1 April 2025.', 'id')).toEqual(['31 Maret=2025-03-31', '1 April 2025=2025-04-01']);
    expect(read('The holiday runs 31 March–1 April 2025.', 'en')).toEqual(['31 March=2025-03-31', '1 April 2025=2025-04-01']);
    expect(drifts('Libur jatuh pada 31 Maret–1 April 2025.', 'Libur jatuh pada 31 Maret dan 1 April 2025.', 'id', 'id')).toEqual([]);
    // guard: a code stays a code
    expect(read('Jet tempur F-16 terbang rendah.', 'id')).toEqual([]);
  });
  it('*pukul 11 siang hingga 3 sore*: the end of a clock span needs no *pukul* (15:00, as *15.00 WIB*)', () => {
    expect(read('Warga diminta di rumah pada pukul 11 siang hingga 3 sore WIB.', 'id')).toEqual(['11 siang=11:00', '3 sore WIB=15:00']);
    expect(drifts('Warga diminta di rumah antara pukul 11.00 dan 15.00 WIB.', 'Warga diminta di rumah pada pukul 11 siang hingga 3 sore WIB.', 'id', 'id')).toEqual([]);
    // guard: an hour and a part of the day after no clock time is no time
    expect(read('Harga naik 5 persen hingga 3 sore hari.', 'id').some((x) => x.includes('15:00'))).toBe(false);
  });
  it('a list of games (`21-17, 19-21, 21-15`): a game changed is a value drift; the same list is none', () => {
    expect(drifts('Tim Indonesia menang 21-17, 19-21, 21-15 di final.', 'The Indonesian team won 21-17, 19-21, 21-13 in the final.')).toEqual(['value:21-15']);
    expect(drifts('Tim Indonesia menang 21-17, 19-21, 21-15 di final.', 'The Indonesian team won 21-17, 19-21, 21-15 in the final.')).toEqual([]);
    // (a game's order says who won it: `23-25` ↔ `25-23` is another winner)
    expect(drifts('Tim itu menang 25-20, 23-25, 25-23.', 'The team won 25-20, 25-23, 25-23.')).toEqual(['value:23-25']);
    // a game dropped from the list
    expect(drifts('Ganda putra kalah 19-21, 21-16, 18-21 dari pasangan Malaysia.', 'The pair lost 19-21, 21-16 to a Malaysian pair.')).toEqual(['missing:18-21']);
    // guard: ranges listed stay ranges
    expect(read('Usia peserta 3-5, 6-8 tahun.', 'id')).toEqual(['3-5=3..5', '6-8 tahun=6..8']);
  });
});
