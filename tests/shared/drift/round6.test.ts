/**
 * Drift rules of the sixth round on real translations (issue 10), end to end on one bead, in both
 * directions where both exist. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, drifts, reviews, type Lang } from './helpers';
import { analyse } from '../../../shared/pipeline';
import { namesRelativeMonth } from '../../../shared/drift/relative-periods';

describe('a lone month dropped or added is a drift unless the other side names a month relatively', () => {
  it('namesRelativeMonth reads both languages', () => {
    expect(namesRelativeMonth('Harga gula naik dibanding bulan lalu.', 'id')).toBe(true);
    expect(namesRelativeMonth('Harga gula naik pada akhir bulan.', 'id')).toBe(true);
    expect(namesRelativeMonth('Harga gula naik pada akhir bulan Mei.', 'id')).toBe(false);
    expect(namesRelativeMonth('Sugar prices rose earlier this month.', 'en')).toBe(true);
    expect(namesRelativeMonth('Sugar prices rose a month earlier.', 'en')).toBe(true);
    expect(namesRelativeMonth('Sugar prices rose in May.', 'en')).toBe(false);
  });
  it('Indonesian month dropped from the English: a drift', () => {
    expect(drifts('Dewan gubernur akan membahas tarif baru pada rapat November mendatang.', 'The board of governors will discuss the new tariff at its meeting.')).toEqual([
      'missing:November',
    ]);
  });
  it('English month added to the Indonesian: a drift', () => {
    expect(drifts('Kenaikan harga sayur diperkirakan masih di bawah dua persen.', 'Vegetable prices are expected to rise by less than 2 percent in October.')).toEqual([
      'added:October',
    ]);
  });
  it('English source, Indonesian rendering drops the month: a drift', () => {
    expect(drifts('The board will discuss the tariff at its meeting in November.', 'Dewan akan membahas tarif itu dalam rapatnya.', 'en', 'id')).toEqual(['missing:November']);
  });
  it('a month rendered "earlier this month" stays for review', () => {
    expect(drifts('Dua jembatan runtuh pada awal Maret akibat banjir.', 'Two bridges collapsed earlier this month because of floods.')).toEqual([]);
    expect(reviews('Dua jembatan runtuh pada awal Maret akibat banjir.', 'Two bridges collapsed earlier this month because of floods.')).toEqual(['missing:awal Maret']);
  });
  it('a month the English names for "bulan lalu" stays for review', () => {
    expect(drifts('Penjualan mobil naik menjadi 52 ribu unit dari bulan lalu.', 'Car sales rose to 52 thousand units from March.')).toEqual([]);
  });
});

describe('the Indonesian reader reads a month compared with or named by a monthly statistic', () => {
  it('"dibanding April", "inflasi Maret", "dari Juni" are months', () => {
    const texts = (s: string) => analyse(s, { lang: 'id', lines: true }).figures.map((f) => `${f.kind}:${f.text}`);
    expect(texts('Harga telur naik tiga persen dibanding April.')).toEqual(['percent:tiga persen', 'date:April']);
    expect(texts('Para ekonom menilai inflasi Maret akan rendah.')).toEqual(['date:Maret']);
    expect(texts('Harga bensin tetap sama dari Juni.')).toEqual(['date:Juni']);
  });
  it('so "inflasi Maret" ↔ "inflation in March" is a match, not an added month', () => {
    expect(checkLine('Para ekonom menilai inflasi Maret akan rendah.', 'Economists expect inflation in March to be low.').mismatches.filter((m) => m.kind !== 'entity')).toEqual([]);
  });
});

describe('a collective or ordinal left over on the other side is no sign of misaligned sentences', () => {
  it('Indonesian amounts dropped, English "the two projects": the amounts are drifts', () => {
    expect(drifts('Hibah sebesar 3,4 juta dolar AS untuk perbaikan jalan desa dibatalkan karena dananya tidak terpakai.', 'The two projects to repair village roads were cancelled because the funds were not used.')).toEqual([
      'missing:3,4 juta dolar AS',
    ]);
  });
  it('English amount dropped, Indonesian "kedua proyek itu": the amount is a drift', () => {
    expect(drifts('A grant of US$3.4 million to repair village roads was cancelled because the funds were not used.', 'Kedua proyek perbaikan jalan desa itu dibatalkan karena dananya tidak terpakai.', 'en', 'id')).toEqual([
      'missing:US$3.4 million',
    ]);
  });
  it('a quantity left over on the other side still makes the drop a review (the sentences may be shifted)', () => {
    expect(drifts('Hibah sebesar 3,4 juta dolar AS untuk perbaikan jalan desa dibatalkan.', 'The 57 bridges were built by a consortium of five firms.')).toEqual([]);
  });
});

describe('a span of time is no counterpart of a bare number of another value', () => {
  it('Indonesian "sekitar dua jam" ↔ an age "(41)" the English adds: the age is an added figure, no value drift', () => {
    const out = drifts('Polisi menerima tiga laporan sekitar dua jam setelah kebakaran, namun belum menemukan Budi Santoso.', 'Police received three reports in the hours after the fire but had not found Budi Santoso (41).');
    expect(out).toEqual(['missing:sekitar dua jam', 'added:41']);
  });
  it('English "about two hours" ↔ an age the Indonesian adds: no value drift either', () => {
    const out = drifts('Police received three reports about two hours after the fire but had not found Budi Santoso.', 'Polisi menerima tiga laporan beberapa jam setelah kebakaran, namun belum menemukan Budi Santoso (41).', 'en', 'id');
    expect(out).toEqual(['missing:about two hours', 'added:41']);
  });
  it('nor of a count of things: "selama tujuh bulan" ↔ "300 traders" is no value mismatch at any level, either way', () => {
    const kinds = (a: string, b: string, la: Lang, lb: Lang) => checkLine(a, b, la, lb).mismatches.map((m) => m.kind);
    expect(kinds('Pasar itu dibangun selama tujuh bulan.', 'The market that some 300 traders use was built.', 'id', 'en')).not.toContain('value');
    expect(kinds('The market was built over seven months.', 'Pasar yang dipakai sekitar 300 pedagang itu dibangun.', 'en', 'id')).not.toContain('value');
  });
  it('two durations of other values still pair as a value drift', () => {
    expect(drifts('Pameran itu berlangsung tiga hari.', 'The exhibition lasted five days.')).toEqual(['value:tiga hari']);
  });
});

describe('a disagreeing pair in a bead where nothing agrees and other quantities are left over is for review', () => {
  const idLine = 'Harga cabai, yang Selasa 4/6 mencapai puncak dalam tujuh bulan sebesar Rp 42.000, turun menjadi Rp 38.500 per kilogram.';
  const enLine = 'When the ministry opened the new market in October, some 300 traders complained about the rent.';
  it('Indonesian date ↔ an unrelated English month beside unrelated amounts: no drift, the date for review', () => {
    expect(drifts(idLine, enLine)).toEqual([]);
    expect(reviews(idLine, enLine)).toContain('date:4/6');
  });
  it('English source, Indonesian rendering of another sentence: no drift either', () => {
    expect(drifts(enLine, idLine, 'en', 'id')).toEqual([]);
  });
  it('the same date drift beside an agreeing figure stays a drift', () => {
    expect(drifts('Harga cabai pada 4 Juni mencapai Rp 42.000 per kilogram.', 'Chili prices reached Rp 42,000 per kilogram on October 4.')).toEqual(['date:4 Juni']);
  });
});

describe('a bound under a negation is said in many ways: a qualifier that differs there is for review', () => {
  it('negatedBefore reads both languages', async () => {
    const { negatedBefore } = await import('../../../shared/drift/comparatives');
    const id = 'Suku bunga tidak akan naik di atas 8 persen.';
    expect(negatedBefore(id, id.indexOf('di atas'), 'id')).toBe(true);
    const en = 'The deficit will not go above 3 percent.';
    expect(negatedBefore(en, en.indexOf('above'), 'en')).toBe(true);
    const far = 'Bank itu tidak mengubah kebijakannya, dan suku bunga naik di atas 8 persen.';
    expect(negatedBefore(far, far.indexOf('di atas'), 'id')).toBe(false);
  });
  it('Indonesian "tidak akan naik di atas 8 persen" ↔ "will not reach 8 percent": no drift', () => {
    const a = 'Menurut analis, suku bunga acuan tidak akan naik di atas 8 persen tahun ini.';
    const b = 'The benchmark rate will not reach 8 percent this year, an analyst said.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['qualifier:di atas 8 persen']);
  });
  it('English "will not go above 3 percent" ↔ Indonesian "tidak akan mencapai 3 persen": no drift', () => {
    expect(drifts('The deficit will not go above 3 percent of GDP.', 'Defisit tidak akan mencapai 3 persen dari PDB.', 'en', 'id')).toEqual([]);
  });
  it('the same bound without a negation is still a qualifier drift', () => {
    expect(drifts('Menurut analis, suku bunga acuan akan naik di atas 8 persen tahun ini.', 'The benchmark rate will reach 8 percent this year, an analyst said.')).toEqual(['qualifier:di atas 8 persen']);
  });
});

describe('a hedged "one" is a quantity, never an article', () => {
  it('Indonesian "sekitar satu jam" dropped in the English: a drift', () => {
    expect(drifts('Polisi menerima tiga laporan sekitar satu jam sebelum pasar terbakar.', 'Police received three reports before the market burned down.')).toEqual(['missing:sekitar satu jam']);
  });
  it('English "nearly a year" dropped in the Indonesian: a drift', () => {
    expect(drifts('The two firms had negotiated for nearly a year before the deal, with three banks.', 'Kedua perusahaan berunding sebelum kesepakatan itu, dengan tiga bank.', 'en', 'id')).toEqual(['missing:nearly a year']);
  });
  it('an unhedged "satu" dropped stays for review (it may be an article)', () => {
    expect(drifts('Polisi menerima tiga laporan dari satu pedagang sebelum pasar terbakar.', 'Police received three reports from a trader before the market burned down.')).toEqual([]);
  });
  it('"lebih dari satu lusin" ↔ "more than a dozen": a match, both twelve', () => {
    expect(checkLine('Militer mengerahkan lebih dari satu lusin pesawat.', 'The military deployed more than a dozen aircraft.').mismatches.filter((m) => m.kind !== 'entity')).toEqual([]);
  });
});

describe('a count of named things that the other version names one by one is rendered (review)', () => {
  it('Indonesian "Tiga universitas" ↔ English list of three names: no drift, the count for review', () => {
    const a = 'Tiga universitas menandatangani perjanjian riset dengan pemerintah daerah pada 2019.';
    const b = 'The University of Riau, Andalas University and the Bandung Institute of Technology signed a research agreement with the local government in 2019.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:Tiga universitas']);
  });
  it('English "two organisations" ↔ Indonesian list of two names: no drift', () => {
    expect(drifts('Two organisations filed a complaint against the magazine in 2019.', 'Lembaga Bantuan Hukum Jakarta dan Aliansi Jurnalis Independen mengajukan gugatan terhadap majalah itu pada 2019.', 'en', 'id')).toEqual([]);
  });
  it('a list of another size leaves the count a drift', () => {
    expect(drifts('Tiga universitas menandatangani perjanjian riset dengan pemerintah daerah pada 2019.', 'Andalas University and the Bandung Institute of Technology signed a research agreement with the local government in 2019.')).toEqual([
      'missing:Tiga universitas',
    ]);
  });
});
