/**
 * Drift rules of the fourth round on real translations (issue 10), end to end on one bead: the reader
 * rules of tests/shared/figures/round4.test.ts seen as matches or drifts, and two levels: an English `up
 * to` before an amount is a bound (drift), while *hingga* stays for review; a hedge on `a week` against
 * *satu pekan* is a drift. Both directions where both exist. The sentences are our own; none is copied
 * from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, mismatchesAt, drifts } from './helpers';
import { analyse, checkVersions } from '../../../shared/pipeline';

describe('a comparison with an amount is no bound', () => {
  it('Indonesian source, English "39 percent more than": no qualifier drift', () => {
    expect(drifts('Laba Rp198 miliar, tumbuh 39 persen dibanding tahun lalu Rp143 miliar.', 'Profit was Rp198 billion, 39 percent more than Rp143 billion last year.')).toEqual([]);
  });
  it('English source, Indonesian rendering: no qualifier drift either way', () => {
    expect(drifts('Profit was Rp198 billion, 39 percent more than Rp143 billion last year.', 'Laba Rp198 miliar, tumbuh 39 persen dibanding tahun lalu Rp143 miliar.', 'en', 'id')).toEqual([]);
  });
  it('a bound really added is still a drift', () => {
    expect(drifts('Sebanyak 500 orang tewas.', 'More than 500 people died.')).toEqual(['qualifier:500 orang']);
  });
});

describe('lakh and crore against the number written out', () => {
  it('Indonesian 250.000 ↔ English 2.5 lakh: a match; 25.000 ↔ 2.5 lakh: a value drift', () => {
    expect(drifts('Tsunami itu menewaskan hampir 250.000 orang.', 'The tsunami killed nearly 2.5 lakh people.')).toEqual([]);
    expect(drifts('Tsunami itu menewaskan hampir 25.000 orang.', 'The tsunami killed nearly 2.5 lakh people.')).toEqual(['value:hampir 25.000 orang']);
  });
  it('English crore ↔ Indonesian juta', () => {
    expect(drifts('The project cost Rs 3 crore.', 'Proyek itu menelan biaya 30 juta rupee.', 'en', 'id')).toEqual([]);
  });
});

describe('a year after a sentence-opening "pada" pairs with the year', () => {
  it('Indonesian "Pada 1986 bank …" ↔ English "In 1986, the bank …": no mismatch', () => {
    expect(checkLine('Pada 1986 bank itu berganti nama dan menjadi bank umum pada 1993.', 'In 1986, the bank changed its name and became a commercial bank in 1993.').mismatches).toEqual([]);
  });
  it('English source, Indonesian rendering', () => {
    expect(checkLine('In 1986, the bank changed its name.', 'Pada 1986 bank itu berganti nama.', 'en', 'id').mismatches).toEqual([]);
  });
});

describe('a hedge on "a week" / "an hour" against the number word', () => {
  it('Indonesian "satu pekan" ↔ English "nearly a week": a qualifier drift', () => {
    expect(drifts('Kedua wartawan dibebaskan setelah satu pekan disandera.', 'The two journalists were freed after nearly a week in captivity.')).toEqual(['qualifier:satu pekan']);
  });
  it('English "about an hour" ↔ Indonesian "sekitar satu jam": a match; ↔ "satu jam": a drift', () => {
    expect(drifts('The warning came about an hour before the blast.', 'Peringatan datang sekitar satu jam sebelum ledakan.', 'en', 'id')).toEqual([]);
    expect(drifts('The warning came about an hour before the blast.', 'Peringatan datang satu jam sebelum ledakan.', 'en', 'id')).toEqual(['qualifier:about an hour']);
  });
  it('"an hour and a half" ↔ "satu setengah jam": a match', () => {
    expect(checkLine('Sekitar satu setengah jam kemudian ledakan lain terjadi.', 'About an hour and a half later another blast hit.').mismatches).toEqual([]);
  });
});

describe('an English "up to" before an amount is a bound; "hingga" may be a preposition', () => {
  it('Indonesian exact ↔ English "up to": a drift', () => {
    expect(drifts('Perseroan akan membeli kapal senilai 500 juta dolar AS.', 'The company will buy ships worth up to US$500 million.')).toEqual(['qualifier:500 juta dolar AS']);
  });
  it('Indonesian "hingga" ↔ English exact: for review', () => {
    expect(drifts('Subsidi dikurangi hingga nol persen.', 'The subsidy is cut to zero percent.')).toEqual([]);
    expect(mismatchesAt('review', 'Subsidi dikurangi hingga nol persen.', 'The subsidy is cut to zero percent.')).toEqual(['qualifier:hingga nol persen']);
  });
  it('English source "up to" ↔ Indonesian exact: a drift', () => {
    expect(drifts('The company will buy ships worth up to US$500 million.', 'Perseroan akan membeli kapal senilai 500 juta dolar AS.', 'en', 'id')).toEqual(['qualifier:up to US$500 million']);
  });
});

describe('a tolerance band said two ways', () => {
  it('Indonesian "plus minus 1 persen" ↔ English "± 1 percent": no mismatch', () => {
    expect(drifts('Inflasi tahun depan 5 plus minus 1 persen.', 'Inflation next year is seen at 5 ± 1 percent.')).toEqual([]);
  });
  it('Indonesian "plus minus 100 orang" ↔ English "about 100 people": a match; ↔ "100 people": a qualifier drift', () => {
    expect(drifts('Pengungsi plus minus 100 orang.', 'About 100 people fled.')).toEqual([]);
    expect(drifts('About 100 people fled.', 'Pengungsi plus minus 100 orang.', 'en', 'id')).toEqual([]);
    expect(drifts('Pengungsi plus minus 100 orang.', 'Exactly 100 people fled.')).toEqual(['qualifier:plus minus 100 orang']);
  });
});

describe('a total the other version gives as its parts (derived, for review)', () => {
  it('Indonesian total with two parts ↔ English parts only: the total is not a drift', () => {
    const a = 'Belanja Rp300,5 triliun itu terdiri atas belanja pusat Rp180,2 triliun dan belanja daerah Rp120,3 triliun.';
    const b = 'Central spending was Rp180.2 trillion and regional spending Rp120.3 trillion.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['missing:Rp300,5 triliun']);
  });
  it('English total with three parts ↔ Indonesian parts only', () => {
    const a = 'Revenue of US$610 million came from oil at US$400 million, gas at US$150 million and coal at US$60 million.';
    const b = 'Minyak menyumbang 400 juta dolar AS, gas 150 juta dolar AS dan batu bara 60 juta dolar AS.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
  });
  it('a total that does not add up stays a drift', () => {
    expect(drifts('Belanja Rp310 triliun terdiri atas Rp180,2 triliun dan Rp120,3 triliun.', 'Spending was Rp180.2 trillion and Rp120.3 trillion.')).toEqual(['missing:Rp310 triliun']);
  });
});

describe('an ambiguous figure whose only doubt is three zero decimals', () => {
  it('Indonesian "250,000 orang" ↔ English "2.5 lakh people" or "250,000 people": no drift', () => {
    expect(drifts('Bencana itu menewaskan 250,000 orang.', 'The disaster killed 2.5 lakh people.')).toEqual([]);
  });
  it('English "7.000 troops" ↔ Indonesian "7.000 tentara": no drift; "86.400 children" ↔ "86.400 anak" still is', () => {
    expect(drifts('Some 7.000 troops were sent.', 'Sekitar 7.000 tentara dikirim.', 'en', 'id')).toEqual([]);
    expect(drifts('Sebanyak 86.400 anak divaksin.', 'A total of 86.400 children were vaccinated.')).toEqual(['ambiguous:86.400 anak']);
  });
});

describe('spans of years and hedged units said two ways', () => {
  it('Indonesian "1975-1990" ↔ English "1975-90": no mismatch; ↔ "1975-95": a drift', () => {
    expect(checkLine('Lebanon masih pulih dari perang saudara 1975-1990.', 'Lebanon is still recovering from a 1975-90 civil war.').mismatches).toEqual([]);
    expect(drifts('Lebanon masih pulih dari perang saudara 1975-1990.', 'Lebanon is still recovering from a 1975-95 civil war.')).toHaveLength(1);
  });
  it('English "1992-93" ↔ Indonesian "1992-93": no mismatch', () => {
    expect(checkLine('The government fled during fighting in 1992-93.', 'Pemerintah mengungsi selama pertempuran pada 1992-93.', 'en', 'id').mismatches).toEqual([]);
  });
  it('Indonesian "sekitar setahun lalu" ↔ English "about a year ago": no mismatch', () => {
    expect(checkLine('Kasus itu terungkap sekitar setahun lalu.', 'The case came to light about a year ago.').mismatches).toEqual([]);
    expect(checkLine('The case came to light about a year ago.', 'Kasus itu terungkap sekitar setahun lalu.', 'en', 'id').mismatches).toEqual([]);
  });
});

describe('an ordinal the other version writes as a designator number (for review)', () => {
  it('Indonesian "lantai 17 dan 18" ↔ English "the 17th and 18th floors": no drift', () => {
    const a = 'Ledakan terjadi di tangga antara lantai 17 dan 18 gedung itu.';
    const b = 'The blast was on the staircase between the 17th and 18th floors of the building.';
    expect(drifts(a, b)).toEqual([]);
    expect(mismatchesAt('review', a, b)).toEqual(['added:17th', 'added:18th']);
  });
  it('English "Brigade 3" ↔ Indonesian "brigade ketiga": no drift; another number stays a drift', () => {
    expect(drifts('Soldiers of Brigade 3 were sent north.', 'Tentara brigade ketiga dikirim ke utara.', 'en', 'id')).toEqual([]);
    expect(drifts('Ledakan di lantai 17 gedung itu menewaskan 5 orang.', 'The blast on the 19th floor of the building killed 5 people.')).toEqual(['added:19th']);
  });
});

describe('two years each said once relatively', () => {
  it('Indonesian "tahun ini … tahun 2006" ↔ English "in 2007 … Last year": no drift', () => {
    const a = 'Untuk tahun ini surplus diperkirakan 10,8 miliar dolar AS, lebih tinggi dibanding tahun 2006 senilai 9,9 miliar dolar AS.';
    const b = 'The surplus is projected at US$10.8 billion in 2007. Last year it was US$9.9 billion.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('English "this year … 2006" ↔ Indonesian "2007 … tahun lalu": no drift; without the relative years a drift', () => {
    expect(drifts('This year exports should top 2006, when they reached US$5 billion.', 'Ekspor 2007 diperkirakan melampaui tahun lalu yang mencapai 5 miliar dolar AS.', 'en', 'id')).toEqual([]);
    expect(drifts('Ekspor tahun 2006 naik 5 persen.', 'Exports rose 5 percent in 2007.')).toEqual(['date:2006']);
  });
});

describe('a bead whose words do not translate each other (with a bilingual lexicon)', () => {
  const side = (lang: 'id' | 'en', text: string) => ({ lang, text, entities: [] });
  const tsv = ['# from=id to=en', 'kenaikan\tincrease', 'biaya\tcost', 'pendidikan\teducation', 'sekolah\tschool', 'menyumbang\tcontribute', 'inflasi\tinflation', 'total\ttotal', 'minyak\toil', 'tanah\tland', 'bensin\tgasoline', 'harga\tprice', 'kelompok\tgroup'].join('\n');

  it('lexicalCoverage and looksUnrelated: few translated words and nothing else shared, in either direction', async () => {
    const { parseLexicon } = await import('../../../shared/align/lexicon');
    const { looksUnrelated, lexicalCoverage } = await import('../../../shared/drift/bead-evidence');
    const lexicon = parseLexicon(tsv);
    const id = 'Kenaikan biaya pendidikan sekolah menyumbang inflasi 0,02 persen dari total inflasi.';
    const other = 'Kerosene belongs to the group of regulated prices besides gasoline.';
    const tr = 'The increase in school education costs contributed 0.02 percent to total inflation.';
    expect(lexicalCoverage(side('id', id), side('en', other), lexicon)).toMatchObject({ share: 0 });
    expect(lexicalCoverage(side('id', id), side('en', tr), lexicon)?.share).toBeGreaterThan(0.5);
    expect(looksUnrelated(side('id', id), side('en', other), 0, lexicon)).toBe(true);
    expect(looksUnrelated(side('en', other), side('id', id), 0, lexicon)).toBe(true);
    // without the lexicon the same pair holds too few names to tell
    expect(looksUnrelated(side('id', id), side('en', other), 0)).toBe(false);
    // a translation shares its digits; an agreeing figure is enough too
    expect(looksUnrelated(side('id', id), side('en', tr), 0, lexicon)).toBe(false);
    expect(looksUnrelated(side('id', id), side('en', other), 1, lexicon)).toBe(false);
  });

  it('end to end: the figures of the other sentence are for review when the check is given the lexicon', async () => {
    const { parseLexicon } = await import('../../../shared/align/lexicon');
    const lexicon = parseLexicon(tsv);
    const a = analyse('Kenaikan biaya pendidikan sekolah menyumbang inflasi 0,02 persen dari total inflasi 0,75 persen.', { lang: 'id', lines: true });
    const b = analyse('Kerosene belongs to the group of regulated prices besides gasoline.', { lang: 'en', lines: true });
    const levels = (lex?: typeof lexicon) => checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }], lexicon: lex }).comparison.mismatches.filter((m) => m.kind !== 'entity').map((m) => m.level);
    expect(levels(lexicon)).toEqual(['review', 'review']);
    expect(levels()).toEqual(['drift', 'drift']);
  });
});

describe('a misspelt month pairs with the month', () => {
  it('Indonesian "akhir Februarai" ↔ English "late February": no mismatch; and back', () => {
    expect(checkLine('Pada akhir Februarai produksi mencapai 39 juta kaki kubik.', 'Late February output reached 39 million cubic feet.').mismatches.filter((m) => m.kind !== 'entity')).toEqual([]);
    expect(checkLine('Late Febraury output reached 39 million cubic feet.', 'Pada akhir Februari produksi mencapai 39 juta kaki kubik.', 'en', 'id').mismatches.filter((m) => m.kind !== 'entity')).toEqual([]);
  });
});

describe('a number of years said as a span of years (for review)', () => {
  it('Indonesian "lima tahun kedua" ↔ English "2010-2014": no drift; a span of another length stays a drift', () => {
    expect(drifts('Pada lima tahun kedua pemerintahannya ekonomi tumbuh 6 persen.', 'In 2010-2014 the economy grew 6 percent.')).toEqual([]);
    expect(drifts('Pada lima tahun kedua pemerintahannya ekonomi tumbuh 6 persen.', 'In 2010-2018 the economy grew 6 percent.')).toEqual(['missing:lima tahun', 'added:2010-2018']);
  });
  it('English "the five years to 2009" ↔ Indonesian "2005-2009": no drift', () => {
    expect(drifts('Exports doubled in the five years to 2009.', 'Ekspor naik dua kali lipat pada 2005-2009.', 'en', 'id')).toEqual([]);
    expect(drifts('Ekspor naik dua kali lipat pada 2005-2009.', 'Exports doubled in the five years to 2009.')).toEqual([]);
  });
});

describe('a date named by its weekday a few words before', () => {
  it('Indonesian "Senin kemarin 25/8" ↔ English "on Monday": no drift', () => {
    expect(drifts('Pada Senin kemarin 25/8, Pertamina menaikkan harga elpiji 12 kilogram.', 'On Monday, Pertamina increased the price of LPG in 12-kg containers.')).toEqual([]);
  });
  it('English "Monday (Aug 25)" ↔ Indonesian "Senin": no drift; another weekday stays a drift', () => {
    expect(drifts('On Monday (Aug 25), Pertamina raised the price of 12-kg LPG.', 'Pada Senin, Pertamina menaikkan harga elpiji 12 kilogram.', 'en', 'id')).toEqual([]);
    expect(drifts('Pada Senin kemarin 25/8, Pertamina menaikkan harga elpiji 12 kilogram.', 'On Friday, Pertamina increased the price of LPG in 12-kg containers.')).toEqual(['missing:25/8']);
  });
});

describe('a year one version adds beside a relative period both versions say', () => {
  it('Indonesian "periode sebelumnya" ↔ English "first half of 2008 … same period last year": 2008 is added (drift)', () => {
    expect(drifts('Laba usaha turun menjadi Rp1,135 miliar dibanding periode sebelumnya Rp4,742 miliar.', 'Operating profit in 2008 plunged to Rp1.135 billion from Rp4.742 billion in the same period last year.')).toEqual(['added:2008']);
  });
  it('English "first quarter of 2007 … first quarter of 2006" ↔ Indonesian "periode sama sebelumnya": 2006 is said relatively (review)', () => {
    const a = 'Laba bersih triwulan pertama 2007 naik 426 persen dibandingkan periode sama sebelumnya.';
    const b = 'Net earnings for the first quarter of 2007 rose 426 percent from the first quarter of 2006.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
});
