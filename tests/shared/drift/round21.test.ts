/**
 * Drift rules of the twenty-first round on real translations (issue 10, the dev17 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';

describe('an amount given in one form only, where the source gives it in two or three joined by atau / or', () => {
  it('*X dolar Singapura atau Y dolar AS atau Rp Z* against the dollar amount alone: no drift, the dropped forms for review', () => {
    const a = 'Saham itu dijual seharga 3,1 miliar dolar Singapura atau 2,2 miliar dolar AS atau Rp20,5 triliun.';
    const b = 'The shares were sold for US$2.2 billion.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:3,1 miliar dolar Singapura', 'missing:Rp20,5 triliun']);
  });
  it('"X euros or Y dollars" against *Y dolar AS* alone: no drift', () => {
    const a = 'The contract is worth 40 million euros or 52 million dollars.';
    const b = 'Kontrak itu bernilai 52 juta dolar AS.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('a share restated as an amount (*12 persen atau Rp600 juta*) against the amount alone: no drift, both ways', () => {
    const a = 'Jika laba bersihnya 12 persen atau Rp600 juta, pajaknya dihitung dari jumlah itu.';
    const b = 'If its net profit is Rp600 million, the tax is counted on that sum.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts('If its net profit is 12 percent or Rp600 million, the tax is counted on that sum.', 'Jika laba bersihnya Rp600 juta, pajaknya dihitung dari jumlah itu.', 'en', 'id')).toEqual([]);
  });
  it('guard: the kept form changed, or every form dropped, stays a drift', () => {
    const a = 'Saham itu dijual seharga 3,1 miliar dolar Singapura atau 2,2 miliar dolar AS.';
    expect(drifts(a, 'The shares were sold for US$2.7 billion.')).toContain('value:2,2 miliar dolar AS');
    expect(drifts(a, 'The shares were sold last week.')).toContain('missing:3,1 miliar dolar Singapura');
    expect(drifts('Jika laba bersihnya 12 persen atau Rp600 juta, pajaknya dihitung.', 'If its net profit is high, the tax is counted.')).toContain('missing:12 persen');
  });
});

describe('*berkisar antara* before a range places it without asserting exactness', () => {
  it('*berkisar antara 40-55 persen* against "about 40-55%" and against "between 40 and 55 percent": matches', () => {
    const a = 'Rasio kredit bank kecil berkisar antara 40-55 persen tahun lalu.';
    expect(allLevels(a, "Small banks' loan ratio was about 40-55% last year.")).toEqual([]);
    expect(allLevels(a, "Small banks' loan ratio was between 40 and 55 percent last year.")).toEqual([]);
    expect(allLevels("Small banks' loan ratio was about 40-55% last year.", a, 'en', 'id')).toEqual([]);
  });
  it('guard: another range, or "at least" on the range, stays a drift', () => {
    const a = 'Rasio kredit bank kecil berkisar antara 40-55 persen tahun lalu.';
    expect(drifts(a, "Small banks' loan ratio was about 40-65% last year.")).toEqual(['value:berkisar antara 40-55 persen']);
    expect(drifts('Rasio kredit bank kecil 40-55 persen tahun lalu.', "Small banks' loan ratio was about 40-55% last year.")).toEqual(['qualifier:40-55 persen']);
  });
});

describe('*sekitar tahun N* hedges the year, as "around N" does', () => {
  it('*sekitar tahun 500 SM* against "around 500 BC": a match both ways', () => {
    const a = 'Kota pelabuhan itu dibangun sekitar tahun 500 SM.';
    const b = 'The port city was built around 500 BC.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: the hedge on one side only stays a qualifier drift; *hingga tahun* is no bound', () => {
    expect(drifts('Kota pelabuhan itu dibangun tahun 500 SM.', 'The port city was built around 500 BC.')).toEqual(['qualifier:500 SM']);
    expect(drifts('The port city was built in 500 BC.', 'Kota pelabuhan itu dibangun sekitar tahun 500 SM.', 'en', 'id')).toEqual(['qualifier:500 BC']);
    expect(allLevels('Program itu berjalan hingga tahun 2015.', 'The programme ran until 2015.')).toEqual([]);
  });
});

describe('what one is only allowed to own is a ceiling', () => {
  it('*hanya boleh memiliki 49 persen* against "a maximum of 49 percent" and "only allowed to own 49 percent": matches', () => {
    const a = 'Investor asing hanya boleh memiliki 49 persen saham perusahaan itu.';
    expect(allLevels(a, "Foreign investors may own a maximum of 49 percent of the company's shares.")).toEqual([]);
    expect(allLevels("Foreign investors are only allowed to own 49 percent of the company.", 'Investor asing boleh memiliki maksimal 49 persen saham perusahaan itu.', 'en', 'id')).toEqual([]);
  });
  it('guard: another ceiling stays a value drift; plain *hanya* ("only") stays exact', () => {
    const a = 'Investor asing hanya boleh memiliki 49 persen saham perusahaan itu.';
    expect(drifts(a, "Foreign investors may own a maximum of 40 percent of the company's shares.")).toEqual(['value:hanya boleh memiliki 49 persen']);
    expect(drifts('Investor asing hanya memiliki 49 persen saham perusahaan itu.', "Foreign investors own a maximum of 49 percent of the company.")).toEqual(['qualifier:49 persen']);
  });
});

describe('a date in digits printed the same in both versions is the same date', () => {
  it('*Harian Ekonomi, 7/3/2009* against "Harian Ekonomi, 7/3/2009": a match both ways', () => {
    const a = 'Rencana itu dimuat di Harian Ekonomi, 7/3/2009.';
    const b = 'The plan was reported by Harian Ekonomi, 7/3/2009.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: another day printed stays a date drift', () => {
    expect(drifts('Rencana itu dimuat di Harian Ekonomi, 7/3/2009.', 'The plan was reported by Harian Ekonomi, 8/3/2009.')).toEqual(['date:7/3/2009']);
    expect(drifts('The plan was reported by Harian Ekonomi, 8/3/2009.', 'Rencana itu dimuat di Harian Ekonomi, 7/3/2009.', 'en', 'id')).toEqual(['date:8/3/2009']);
  });
});

describe('"at least one" renders an article or a lone *satu*: it says only that there is one (section 21)', () => {
  it('*satu badai* against "at least one storm": no drift, both ways', () => {
    const a = 'Menurut petugas, satu badai besar melanda kota itu semalam.';
    const b = 'Officials said at least one big storm hit the town overnight.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: "at least three" against *tiga*, and "about one in five" against *satu dari lima*, stay drifts', () => {
    expect(drifts('Menurut petugas, satu dari lima rumah rusak.', 'Officials said about one in five houses were damaged.')).not.toEqual([]);
    expect(drifts('Menurut petugas, tiga badai melanda kota itu.', 'Officials said at least three storms hit the town.')).toEqual(['qualifier:tiga badai']);
  });
});

describe('*N lebih menjadi …*: a postposed "more than" on a change, before the level the change reaches', () => {
  it('*turun 4 dolar AS lebih menjadi 80 dolar AS* against "fell more than US$4 to US$80": a match both ways', () => {
    const a = 'Harga minyak turun 4 dolar AS lebih menjadi 80 dolar AS per barel.';
    const b = 'Oil prices fell more than US$4 to US$80 a barrel.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('guard: the bound dropped is a qualifier drift; *lebih tinggi* after the amount still compares', () => {
    const a = 'Harga minyak turun 4 dolar AS lebih menjadi 80 dolar AS per barel.';
    expect(drifts(a, 'Oil prices fell US$4 to US$80 a barrel.')).toEqual(['qualifier:4 dolar AS lebih']);
    expect(drifts('Harga minyak 4 dolar AS lebih tinggi dari bulan lalu.', 'Oil prices were US$4 higher than last month.')).toEqual([]);
  });
});

describe('the year said again as "of the year" / *sepanjang tahun itu* renders a named year', () => {
  it('*dua bulan pertama 2009 ini* against "the first two months of the year": no drift, the year for review', () => {
    const a = 'Anggaran masih surplus dalam dua bulan pertama 2009 ini.';
    const b = 'The budget was still in surplus in the first two months of the year.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:2009']);
  });
  it('"throughout 2009" against *sepanjang tahun itu*: no drift', () => {
    expect(drifts('Exports kept rising throughout 2009, officials said.', 'Ekspor terus naik sepanjang tahun itu, kata pejabat.', 'en', 'id')).toEqual([]);
  });
  it('guard: a year dropped with no year said again stays a drift', () => {
    expect(drifts('Anggaran masih surplus dalam dua bulan pertama 2009 ini.', 'The budget was still in surplus in the first two months.')).toEqual(['missing:2009']);
    expect(drifts('Exports kept rising throughout 2009, officials said.', 'Ekspor terus naik, kata pejabat.', 'en', 'id')).toEqual(['missing:2009']);
  });
});

describe('the two parties "between" joins are the ones the sentence is about', () => {
  it('*kerja sama di antara dua negara* against "bilateral cooperation" (no count): no drift, for review', () => {
    const a = 'Menteri itu ingin memperkuat kerja sama di antara dua negara dalam bidang energi.';
    const b = 'The minister wants to strengthen bilateral cooperation in energy.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:dua negara']);
  });
  it('"between the two countries" against *kerja sama bilateral* (no count): no drift', () => {
    expect(drifts('The minister wants to strengthen cooperation between the two countries.', 'Menteri itu ingin memperkuat kerja sama bilateral.', 'en', 'id')).toEqual([]);
  });
  it('guards: another count stays a value drift; a span after *antara* keeps its ends', () => {
    expect(drifts('Menteri itu ingin memperkuat kerja sama di antara dua negara.', 'The minister wants to strengthen cooperation among three countries.')).toEqual(['value:dua negara']);
    expect(drifts('Harga naik antara dua hingga lima persen.', 'Prices rose between three and five percent.')).not.toEqual([]);
  });
});

describe('January (December) named for the start (end) of the year the other version says without a month', () => {
  it('*di awal tahun* against "in January": no drift, both ways', () => {
    const a = 'Asumsi inflasi berubah dari 6 persen di awal tahun menjadi 8 persen.';
    const b = 'The inflation assumption changed from 6 percent in January to 8 percent.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('"at the end of the year" against *pada Desember*: no drift', () => {
    expect(drifts('Stocks of rice will be refilled at the end of the year.', 'Stok beras akan diisi kembali pada Desember.', 'en', 'id')).toEqual([]);
  });
  it('guards: another month, or no edge of the year said, stays a drift', () => {
    const a = 'Asumsi inflasi berubah dari 6 persen di awal tahun menjadi 8 persen.';
    expect(drifts(a, 'The inflation assumption changed from 6 percent in March to 8 percent.')).toEqual(['added:March']);
    expect(drifts('Asumsi inflasi berubah dari 6 persen menjadi 8 persen.', 'The inflation assumption changed from 6 percent in January to 8 percent.')).toEqual(['added:January']);
  });
});

describe('a percent given as a contribution to inflation or growth, against the same percent as a rate of its own', () => {
  it('*kenaikan indeks kelompok sandang 0,42 persen* against "clothing contributed 0.42 percent to inflation": a qualifier drift', () => {
    const a = 'Inflasi dipicu kenaikan indeks kelompok sandang 0,42 persen dan kelompok kesehatan 0,31 persen.';
    const b = 'Clothing contributed 0.42 percent to the inflation rate and health 0.31 percent.';
    expect(drifts(a, b)).toEqual(['qualifier:0,42 persen', 'qualifier:0,31 persen']);
  });
  it('English own rate against *menyumbang … pada inflasi*: a qualifier drift the other way', () => {
    const a = 'The clothing index rose 0.42 percent in May.';
    const b = 'Kelompok sandang menyumbang 0,42 persen pada inflasi Mei.';
    expect(drifts(a, b, 'en', 'id')).toEqual(['qualifier:0.42 percent']);
  });
  it('guards: both versions a contribution, or the other version saying it another way, match', () => {
    expect(allLevels('Kelompok sandang menyumbang 0,42 persen pada inflasi Mei.', 'Clothing contributed 0.42 percent to May inflation.')).toEqual([]);
    expect(allLevels('Kelompok sandang menyumbang 0,42 persen pada inflasi Mei.', 'Clothing prices added 0.42 percent to the May rate.')).toEqual([]);
    // a contribution word that starts another clause before a change: no contribution
    expect(allLevels('Exports, which contributed to growth, rose 5 percent.', 'Ekspor naik 5 persen.', 'en', 'id')).toEqual([]);
  });
});

describe('a count its own sentence lists right after it, against the same list without the count', () => {
  it('*tiga syarat, yaitu X, Y, dan Z* against "conditions: X, Y and Z": no drift, for review', () => {
    const a = 'Partai itu mendukung rancangan tersebut dengan tiga syarat, yaitu soal pajak daerah, soal dana desa, dan soal pengawasan anggaran.';
    const b = 'The party backed the draft on conditions over regional taxes, village funds and budget oversight.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:tiga syarat']);
  });
  it('"two demands, namely X and Y" against *tuntutan soal X dan Y*: no drift', () => {
    const a = 'The union made two demands, namely higher wages and shorter shifts.';
    const b = 'Serikat itu menuntut upah lebih tinggi dan jam kerja lebih pendek.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('guards: no list on the other side stays a drift; the list there keeps it quiet', () => {
    // (a year on both sides anchors the pair as a translation)
    const a = 'Pada 2010 partai itu mendukung rancangan tersebut dengan tiga syarat, yaitu soal pajak daerah, soal dana desa, dan soal pengawasan anggaran.';
    expect(drifts(a, 'In 2010 the party backed the draft on some conditions.')).toEqual(['missing:tiga syarat']);
    expect(drifts(a, 'In 2010 the party backed the draft on conditions over regional taxes, village funds and budget oversight.')).toEqual([]);
  });
});

describe('a year printed with a one-digit typo no news year reaches (3009 for 2009) is for review', () => {
  it('*per 31 Maret 2009* against "as of March 31, 3009": no drift, the date and the typo for review', () => {
    const a = 'Kepemilikan asing per 31 Maret 2009 mencapai 40,2 persen.';
    const b = 'Foreign ownership as of March 31, 3009 reached 40.2 percent.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b).sort()).toEqual(['added:3009', 'date:31 Maret 2009']);
  });
  it('English typo against the Indonesian year: no drift', () => {
    expect(drifts('Foreign ownership as of March 31, 3009 reached 40.2 percent.', 'Kepemilikan asing per 31 Maret 2009 mencapai 40,2 persen.', 'en', 'id')).toEqual([]);
  });
  it('guards: a real other year, or a number two slips away, stays a drift', () => {
    const a = 'Kepemilikan asing per 31 Maret 2009 mencapai 40,2 persen.';
    expect(drifts(a, 'Foreign ownership as of March 31, 2008 reached 40.2 percent.')).toEqual(['date:31 Maret 2009']);
    expect(drifts(a, 'Foreign ownership as of March 31, 3019 reached 40.2 percent.')).toContain('added:3019');
  });
});
