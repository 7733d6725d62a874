/**
 * Drift rules of the tenth round on real translations (issue 10), end to end on one bead, in both
 * directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { drifts, reviews } from './helpers';
import { endsAYear, namesRelativeYear, relativeYearKinds } from '../../../shared/drift/relative-periods';

describe('the teens (*belasan*) against the tens (`dozens`, *puluhan*) is a value drift', () => {
  it('Indonesian *belasan* against "dozens of": a drift', () => {
    const a = 'Polisi menahan belasan pendukung klub itu setelah pertandingan.';
    const b = "Police detained dozens of the club's supporters after the match.";
    expect(drifts(a, b)).toEqual(['value:belasan pendukung']);
  });
  it('English "dozens" against *belasan*: a drift', () => {
    const a = 'Dozens of fishing boats were stranded in the harbour by the storm.';
    const b = 'Belasan perahu nelayan terdampar di pelabuhan akibat badai itu.';
    expect(drifts(a, b, 'en', 'id')).toEqual(['value:Dozens of fishing boats']);
  });
  it('*belasan ribu* against "tens of thousands": a drift', () => {
    const a = 'Banjir itu merusak belasan ribu rumah di tiga kabupaten.';
    const b = 'The floods damaged tens of thousands of homes in three districts.';
    expect(drifts(a, b)).toEqual(['value:belasan ribu rumah']);
  });
  it('two vague words of different orders (*ratusan* ↔ "thousands") are a drift too', () => {
    const a = 'Ratusan warga mengungsi ke gedung sekolah.';
    const b = 'Thousands of residents fled to the school building.';
    expect(drifts(a, b)).toEqual(['value:Ratusan warga']);
  });
  it('the renderings of the teens and of the tens stay matches', () => {
    const a = 'Polisi menahan belasan pendukung klub itu setelah pertandingan.';
    expect(drifts(a, "Police detained more than a dozen of the club's supporters after the match.")).toEqual([]);
    expect(reviews(a, "Police detained more than a dozen of the club's supporters after the match.")).toEqual([]);
    const tens = 'Polisi menahan puluhan pendukung klub itu setelah pertandingan.';
    expect(drifts(tens, "Police detained dozens of the club's supporters after the match.")).toEqual([]);
    expect(drifts('Belasan perahu nelayan terdampar di pelabuhan.', 'Some twelve fishing boats were stranded in the harbour.')).toEqual([]);
  });
});

describe('a figure in the unit of a measure stated with its conversion pairs with the measure, not the conversion', () => {
  it('English "40 kilometres (25 miles)" against *30 kilometer*: a value drift on the kilometres', () => {
    const a = 'Pangkalan itu terletak 30 kilometer di utara ibu kota.';
    const b = 'The base lies 40 kilometres (25 miles) north of the capital.';
    expect(drifts(a, b)).toEqual(['value:30 kilometer']);
  });
  it('Indonesian *40 kilometer (25 mil)* against "30 kilometres": a value drift the other way', () => {
    const a = 'Kapal itu tenggelam sekitar 40 kilometer (25 mil) dari pantai.';
    const b = 'The ship sank about 30 kilometres off the coast.';
    expect(drifts(a, b)).toEqual(['value:sekitar 40 kilometer']);
  });
  it('the measure and its conversion both right, or the conversion alone, stay matches', () => {
    const a = 'Pangkalan itu terletak 30 kilometer di utara ibu kota.';
    expect(drifts(a, 'The base lies 30 kilometres (19 miles) north of the capital.')).toEqual([]);
    expect(drifts(a, 'The base lies 19 miles north of the capital.')).toEqual([]);
    expect(reviews(a, 'The base lies 19 miles north of the capital.')).toEqual([]);
  });
});

describe('"edged up to", "strengthened up to" render a level reached, no qualifier drift', () => {
  it('Indonesian level against English "strengthened up to": no drift; against "up to" after a plain verb: a drift', () => {
    const a = 'Rupiah diperkirakan terus menguat ke Rp9.000 per dolar AS.';
    expect(drifts(a, 'The rupiah is expected to keep strengthening up to Rp9,000 per US dollar.')).toEqual([]);
    expect(drifts(a, 'The rupiah is expected to trade at up to Rp9,000 per US dollar.')).toEqual(['qualifier:Rp9.000']);
  });
  it('English "edged up to" against an Indonesian level: no drift; another level still drifts', () => {
    const a = 'Crude edged up to $71 a barrel in Asian trade.';
    expect(drifts(a, 'Minyak mentah naik menjadi 71 dolar per barel di perdagangan Asia.', 'en', 'id')).toEqual([]);
    expect(drifts(a, 'Minyak mentah naik menjadi 74 dolar per barel di perdagangan Asia.', 'en', 'id')).toEqual(['value:$71']);
  });
});

describe('two years a year apart, each named in words by the other version, are two years paired: for review', () => {
  it('Indonesian *tahun lalu … dibanding 2005* against "In 2006 … from the year before": review, no drift', () => {
    const a = 'Pada tahun lalu, perseroan membukukan laba Rp40 miliar, naik 10 persen dibandingkan tahun 2005.';
    const b = 'In 2006, the company booked a profit of Rp40 billion, up 10 percent from the year before.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['date:2005']);
  });
  it('English "Last year … from 2005" against *Pada 2006 … dari tahun sebelumnya*: review, no drift', () => {
    const a = "Last year, the plant's sales rose 12 percent from 2005.";
    const b = 'Pada 2006, penjualan pabrik itu naik 12 persen dari tahun sebelumnya.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id')).toEqual(['date:2005']);
  });
  it('the same relative words on both sides, or years further apart, stay a drift', () => {
    const b = 'In 2006, the company booked a profit of Rp40 billion, up 10 percent from the year before.';
    expect(drifts('Perseroan membukukan laba Rp40 miliar pada 2005, naik 10 persen dari tahun sebelumnya.', b)).toEqual(['date:2005']);
    expect(drifts('Pada tahun lalu, perseroan membukukan laba Rp40 miliar, naik 10 persen dibandingkan tahun 2003.', b)).toEqual(['date:2003']);
    const last = 'Last year, the company booked a profit of Rp40 billion, up 10 percent from 2006.';
    expect(drifts('Pada tahun lalu, perseroan membukukan laba Rp40 miliar, naik 10 persen dibandingkan tahun 2005.', last)).toEqual(['date:2005']);
  });
});

describe('a year named relatively, from the story\'s time or from another year', () => {
  it('English: "last year" is deictic, "the year before", "a year earlier" anaphoric', () => {
    expect(relativeYearKinds('Sales fell last year.', 'en')).toEqual(['deictic']);
    expect(relativeYearKinds('Sales fell from the year before.', 'en')).toEqual(['anaphoric']);
    expect(relativeYearKinds('Sales fell last year from a year earlier.', 'en')).toEqual(['deictic', 'anaphoric']);
    expect(namesRelativeYear('Sales fell from the year before.', 'en')).toBe(true);
    expect(relativeYearKinds('Sales fell in 2006.', 'en')).toEqual([]);
  });
  it('Indonesian: *tahun lalu* is deictic, *tahun sebelumnya*, *periode yang sama* anaphoric', () => {
    expect(relativeYearKinds('Penjualan turun tahun lalu.', 'id')).toEqual(['deictic']);
    expect(relativeYearKinds('Penjualan turun dari tahun sebelumnya.', 'id')).toEqual(['anaphoric']);
    expect(relativeYearKinds('Penjualan turun dibanding periode yang sama.', 'id')).toEqual(['anaphoric']);
    expect(relativeYearKinds('Penjualan turun pada 2006.', 'id')).toEqual([]);
  });
});

describe('the date that ends a year, dropped where the other version says the year relatively, is for review', () => {
  it('Indonesian *tahun yang berakhir Desember 2006* against "Last year": review, no drift', () => {
    const a = 'Untuk tahun yang berakhir Desember 2006, perseroan membukukan laba Rp40 miliar.';
    const b = 'Last year, the company booked a profit of Rp40 billion.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:Desember 2006']);
  });
  it('English "the year ended December 31, 2006" against *Tahun lalu*: review, no drift', () => {
    const a = 'For the year ended December 31, 2006, the plant sold 1,200 machines.';
    const b = 'Tahun lalu, pabrik itu menjual 1.200 unit mesin.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id')).toEqual(['missing:December 31, 2006']);
  });
  it('without the relative year, or a date that ends no year, it stays a drift', () => {
    expect(drifts('Untuk tahun yang berakhir Desember 2006, perseroan membukukan laba Rp40 miliar.', 'The company booked a profit of Rp40 billion.')).toEqual([
      'missing:Desember 2006',
    ]);
    expect(drifts('Pada Desember 2006, perseroan membukukan laba Rp40 miliar.', 'Last year, the company booked a profit of Rp40 billion.')).toEqual(['missing:Desember 2006']);
  });
});

describe('a phrase that makes the date after it the end of a year', () => {
  it('reads *tahun yang berakhir*, *tahun buku yang berakhir pada* and "year ended", "period ending on"', () => {
    const id = 'Untuk tahun buku yang berakhir pada 31 Desember 2006, laba naik.';
    expect(endsAYear(id, id.indexOf('31'), 'id')).toBe(true);
    const en = 'For the period ending on December 31, 2006, profit rose.';
    expect(endsAYear(en, en.indexOf('December'), 'en')).toBe(true);
    const plain = 'Pada 31 Desember 2006, laba naik.';
    expect(endsAYear(plain, plain.indexOf('31'), 'id')).toBe(false);
    const ended = 'The strike ended on December 31, 2006.';
    expect(endsAYear(ended, ended.indexOf('December'), 'en')).toBe(false);
  });
});

describe('a clock time hedged on one side only is a qualifier drift', () => {
  it('Indonesian *pukul 07.00* against "at about 7 am": a drift; hedged on both sides: no drift', () => {
    const a = 'Kapal feri itu tenggelam pukul 07.00 waktu setempat, kata polisi.';
    expect(drifts(a, 'The ferry sank at about 7 am local time, police said.')).toEqual(['qualifier:07.00']);
    expect(drifts('Kapal feri itu tenggelam sekitar pukul 07.00 waktu setempat, kata polisi.', 'The ferry sank at about 7 am local time, police said.')).toEqual([]);
  });
  it('English "at around 9 pm" against *pukul 21.00*: a drift; another hour is a value drift', () => {
    const a = 'The ferry sank at around 9 pm local time, police said.';
    expect(drifts(a, 'Kapal feri itu tenggelam pukul 21.00 waktu setempat, kata polisi.', 'en', 'id')).toEqual(['qualifier:around 9 pm']);
    expect(drifts(a, 'Kapal feri itu tenggelam sekitar pukul 22.00 waktu setempat, kata polisi.', 'en', 'id')).toEqual(['value:around 9 pm']);
  });
});

describe('a vague quantity the translation drops is a drift', () => {
  it('Indonesian *ribuan warga* with nothing in English: a drift', () => {
    const a = 'Ribuan warga memadati alun-alun kota untuk menyambut tim itu.';
    const b = "Residents packed the town square to welcome the team.";
    expect(drifts(a, b)).toEqual(['missing:Ribuan warga']);
  });
  it('English "dozens of fishermen" with nothing in Indonesian: a drift', () => {
    const a = 'Dozens of fishermen protested outside the port office.';
    const b = 'Nelayan berunjuk rasa di depan kantor pelabuhan.';
    expect(drifts(a, b, 'en', 'id')).toEqual(['missing:Dozens of fishermen']);
  });
  it('rendered by a plural of the same order it stays a match; one the translation adds stays for review', () => {
    expect(drifts('Ribuan warga memadati alun-alun kota.', 'Thousands of residents packed the town square.')).toEqual([]);
    expect(drifts('Warga memadati alun-alun kota.', 'Thousands of residents packed the town square.')).toEqual([]);
    expect(drifts('Proyek itu bernilai miliaran dolar.', 'It is a multi-billion-dollar project.')).toEqual([]);
  });
});

describe('a conversion both versions state in one currency, changed, is a drift', () => {
  it('Indonesian *satu miliar riyal 274,8 juta dolar AS* against "one billion riyals $374.8 million": a value drift', () => {
    const a = 'Bank itu menyiapkan dana senilai satu miliar riyal Qatar 274,8 juta dolar AS untuk saham.';
    expect(drifts(a, 'The bank set up a fund worth one billion Qatari riyals $374.8 million for stocks.')).toEqual(['value:274,8 juta dolar AS']);
    expect(drifts(a, 'The bank set up a fund worth one billion Qatari riyals $274.8 billion for stocks.')).toEqual(['scale:274,8 juta dolar AS']);
    expect(drifts(a, 'The bank set up a fund worth one billion Qatari riyals $274.8 million for stocks.')).toEqual([]);
  });
  it('English "one billion riyals $274.8 million" against *satu miliar riyal 284,8 juta dolar AS*: a value drift', () => {
    const a = 'The bank set up a fund worth one billion Qatari riyals $274.8 million for stocks.';
    expect(drifts(a, 'Bank itu menyiapkan dana senilai satu miliar riyal Qatar 284,8 juta dolar AS untuk saham.', 'en', 'id')).toEqual(['value:$274.8 million']);
  });
  it('a conversion against a figure of another unit stays for review', () => {
    const a = 'Pangkalan itu terletak kira-kira 40 kilometer di barat daya ibu kota.';
    expect(drifts(a, 'The base lies about 25 miles (40 km) southwest of the capital.')).toEqual([]);
  });
});

describe('a percentage whose percent word the other version drops is a unit drift', () => {
  it('Indonesian *1,04 persen* against a bare "1.04": a unit drift', () => {
    const a = 'Inflasi bulanan mencapai 1,04 persen pada Januari.';
    expect(drifts(a, 'Monthly inflation reached 1.04 in January.')).toEqual(['unit:1,04 persen']);
    expect(drifts(a, 'Monthly inflation reached 1.04 percent in January.')).toEqual([]);
  });
  it('English "2.75 percent" against a bare *2,75*: a unit drift', () => {
    const a = 'The bank kept its deposit rate at 2.75 percent in March.';
    expect(drifts(a, 'Bank itu mempertahankan bunga deposito pada 2,75 pada Maret.', 'en', 'id')).toEqual(['unit:2.75 percent']);
  });
  it('a bare number the translation gives its percent word, or another number, is no unit drift', () => {
    expect(drifts('Suku bunga acuan tetap 12,50 sejak Mei.', 'The benchmark rate has stayed at 12.50 percent since May.')).toEqual([]);
    expect(drifts('Inflasi bulanan mencapai 1,04 persen pada Januari.', 'Monthly inflation reached 1.06 in January.')).not.toContain('unit:1,04 persen');
  });
});

describe('a year in a quoted title the translation leaves out is no drift', () => {
  it('Indonesian *\'Penghargaan Efisiensi Bank 2007\'* dropped in English: no drift; a year of the text dropped still is', () => {
    const a = "Dalam acara 'Penghargaan Efisiensi Bank 2007' di Jakarta, Senin, bank itu meraih skor 0,86.";
    expect(drifts(a, 'The bank scored 0.86 in Jakarta on Monday.')).toEqual([]);
    expect(drifts('Pada 2007, bank itu meraih skor 0,86 di Jakarta.', 'The bank scored 0.86 in Jakarta.')).toEqual(['missing:2007']);
  });
  it('English "the \\"Festival of Lights 2008\\"" dropped in Indonesian: no drift', () => {
    const a = 'About 5,000 people came to the "Festival of Lights 2008" on Monday.';
    expect(drifts(a, 'Sekitar 5.000 orang datang ke festival itu pada Senin.', 'en', 'id')).toEqual([]);
  });
});
