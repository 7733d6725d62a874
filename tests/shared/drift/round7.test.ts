/**
 * Drift rules of the seventh round on real translations (issue 10), end to end on one bead, in both
 * directions where both exist. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, allLevels, drifts, reviews } from './helpers';

describe('the year of a hyphenated part of a year is stated on both sides', () => {
  it('Indonesian triwulan I-2008 ↔ English "the first quarter of 2008": no mismatch', () => {
    expect(allLevels('Ekspor kopi triwulan I-2008 turun 4 persen.', 'Coffee exports fell 4 percent in the first quarter of 2008.')).toEqual([]);
  });
  it('English Q3-2007 ↔ Indonesian kuartal III 2007: no mismatch; a changed year is a drift', () => {
    expect(allLevels('Cement sales rose 6 percent in Q3-2007.', 'Penjualan semen naik 6 persen pada kuartal III 2007.', 'en', 'id')).toEqual([]);
    expect(drifts('Penjualan semen naik 6 persen pada semester II-2007.', 'Cement sales rose 6 percent in the second half of 2008.')).toEqual(['date:2007']);
  });
});

describe('a length of time the other side says as one unit with an article is accounted for (review only)', () => {
  it('Indonesian digits ↔ English "a week", "the past decade", "a fortnight": review, not drift', () => {
    expect(drifts('Harga cabai naik 9 persen dalam 7 hari.', 'Chili prices rose 9 percent in a week.')).toEqual([]);
    expect(reviews('Harga cabai naik 9 persen dalam 7 hari.', 'Chili prices rose 9 percent in a week.')).toEqual(['missing:7 hari']);
    expect(drifts('Luas hutan bakau susut 12 persen dalam 10 tahun terakhir.', 'Mangrove cover shrank 12 percent over the past decade.')).toEqual([]);
    expect(drifts('Pameran buku itu berlangsung dua minggu dan menarik 4.000 pengunjung.', 'The book fair lasted a fortnight and drew 4,000 visitors.')).toEqual([]);
  });
  it('Indonesian se- unit ↔ English digits, and an English source ↔ Indonesian se-: review, not drift', () => {
    expect(drifts('Harga cabai naik 9 persen dalam sepekan.', 'Chili prices rose 9 percent in seven days.')).toEqual([]);
    expect(drifts('Kapal itu ditahan setahun dan didenda Rp50 juta.', 'The boat was held for 12 months and fined Rp50 million.')).toEqual([]);
    expect(drifts('The ferry was held for 30 days and its owner fined.', 'Kapal feri itu ditahan sebulan dan pemiliknya didenda.', 'en', 'id')).toEqual([]);
  });
  it('another length stays a drift', () => {
    expect(drifts('Harga cabai naik 9 persen dalam 10 hari.', 'Chili prices rose 9 percent in a week.')).toEqual(['missing:10 hari']);
    expect(drifts('Kapal itu ditahan sebulan dan didenda Rp50 juta.', 'The boat was held for 12 months and fined Rp50 million.')).toEqual(['added:12 months']);
  });
});

describe('a vague quantity against the bottom of its span, bounded from below or hedged, is the same figure', () => {
  it('Indonesian belasan ↔ English "more than ten", "more than a dozen", "a dozen or so": no mismatch', () => {
    expect(allLevels('Belasan kios terbakar di pasar itu.', 'More than ten stalls burned down at the market.')).toEqual([]);
    expect(allLevels('Belasan kios terbakar di pasar itu.', 'More than a dozen stalls burned down at the market.')).toEqual([]);
    expect(allLevels('Belasan kios terbakar di pasar itu.', 'A dozen or so stalls burned down at the market.')).toEqual([]);
  });
  it('English thousands ↔ Indonesian lebih dari 1.000: no mismatch; a higher bound stays a drift', () => {
    expect(allLevels('Thousands of farmers joined the rally.', 'Lebih dari 1.000 petani ikut dalam unjuk rasa itu.', 'en', 'id')).toEqual([]);
    expect(drifts('Thousands of farmers joined the rally.', 'Lebih dari 5.000 petani ikut dalam unjuk rasa itu.', 'en', 'id')).toHaveLength(1);
  });
  it('puluhan ↔ English "scores of": no mismatch', () => {
    expect(allLevels('Puluhan nelayan berlindung di pelabuhan.', 'Scores of fishermen sheltered in the port.')).toEqual([]);
  });
});

describe('a temperature conversion the translator adds is no added figure at drift level', () => {
  it('Indonesian Celsius ↔ English Celsius with Fahrenheit in brackets, and the reverse', () => {
    expect(drifts('Suhu siang mencapai 35 derajat Celcius.', 'Daytime temperatures reached 35 degrees Celsius (95 degrees Fahrenheit).')).toEqual([]);
    expect(drifts('Daytime temperatures reached 35 degrees Celsius (95 degrees Fahrenheit).', 'Suhu siang mencapai 35 derajat Celcius.', 'en', 'id')).toEqual([]);
  });
});

describe('a month and its year written apart on one side and together on the other is one date', () => {
  it('Indonesian (Januari-Mei) 2008 ↔ English (January-May 2008): review at most', () => {
    expect(drifts('Inflasi kumulatif (Januari-Mei) 2008 tercatat 4,1 persen.', 'Cumulative inflation (January-May 2008) was 4.1 percent.')).toEqual([]);
  });
  it('English (March-June) 2009 ↔ Indonesian (Maret-Juni 2009): review at most; another month stays a drift', () => {
    expect(drifts('Exports (March-June) 2009 rose 3 percent.', 'Ekspor (Maret-Juni 2009) naik 3 persen.', 'en', 'id')).toEqual([]);
    expect(drifts('Inflasi kumulatif (Januari-Mei) 2008 tercatat 4,1 persen.', 'Cumulative inflation (January-April 2008) was 4.1 percent.').length).toBeGreaterThan(0);
  });
});

describe('two different weekdays for one event are a date drift (guideline section 4b)', () => {
  it('Indonesian Kamis ↔ English Wednesday, both the day of the event: a date drift', () => {
    const c = checkLine('Dewan kota dalam rapat Kamis menolak usul pajak parkir.', 'The city council at its meeting on Wednesday rejected the parking tax proposal.');
    const m = c.mismatches.filter((x) => x.kind === 'date');
    expect(m.map((x) => [x.aFigure?.text, x.bFigure?.text, x.level])).toEqual([['Kamis', 'Wednesday', 'drift']]);
    expect(m[0].note).toBe('"Kamis" and "Wednesday" disagree on the weekday (Thursday vs Wednesday).');
  });
  it('English Monday ↔ Indonesian Selasa: a date drift, worded in Indonesian too', async () => {
    const { wordExplanation } = await import('../../../shared/drift/explain');
    const c = checkLine('The ferry sank on Monday off the east coast.', 'Kapal feri itu tenggelam pada Selasa di lepas pantai timur.', 'en', 'id');
    const m = c.mismatches.filter((x) => x.kind === 'date');
    expect(m.map((x) => [x.aFigure?.text, x.bFigure?.text])).toEqual([['Monday', 'Selasa']]);
    expect(wordExplanation(m[0], 'id')).toContain('(Senin vs Selasa)');
  });
  it('the same weekday, a weekday on one side only, or a reporting day against an event day: nothing', () => {
    expect(allLevels('Dewan kota dalam rapat Kamis menolak usul pajak parkir.', 'The city council at its meeting on Thursday rejected the parking tax proposal.')).toEqual([]);
    expect(allLevels('Dewan kota dalam rapat Kamis menolak usul pajak parkir.', 'The city council rejected the parking tax proposal.')).toEqual([]);
    expect(allLevels('Kapal itu tenggelam pada Minggu malam, kata polisi, Senin.', 'The ship sank on Sunday night, police said.')).toEqual([]);
    expect(allLevels('Polisi, Senin, mengatakan kapal itu tenggelam.', 'The ship sank on Sunday, police said.')).toEqual([]);
  });
});

describe('a multiplier against the percentage change it makes is the same figure', () => {
  it('Indonesian naik 100 persen ↔ English doubled; tiga kali lipat ↔ 200 percent: no mismatch', () => {
    expect(allLevels('Harga pupuk naik 100 persen dalam setahun terakhir.', 'Fertiliser prices doubled over the past year.')).toEqual([]);
    expect(allLevels('Produksi garam naik tiga kali lipat.', 'Salt output rose 200 percent.')).toEqual([]);
  });
  it('English "almost tripled" ↔ Indonesian naik hampir 200 persen: no mismatch; another change stays a drift', () => {
    expect(allLevels('Salt output almost tripled.', 'Produksi garam naik hampir 200 persen.', 'en', 'id')).toEqual([]);
    expect(drifts('Harga pupuk naik 150 persen menjadi Rp9.000 per karung.', 'Fertiliser prices doubled to Rp9,000 a sack.').length).toBeGreaterThan(0);
  });
});

describe('a clock time with its conversion, and the 9/11 attacks, against the plain forms', () => {
  it('Indonesian 09.00 waktu setempat ↔ English 0900 local time (1400 GMT): no drift', () => {
    expect(drifts('Ledakan terjadi pukul 09.00 waktu setempat di pasar.', 'The blast hit the market at 0900 local time (0200 GMT).')).toEqual([]);
  });
  it('English 9/11 ↔ Indonesian 11 September 2001: no mismatch', () => {
    expect(allLevels('The 9/11 attacks changed air travel.', 'Serangan 11 September 2001 mengubah perjalanan udara.', 'en', 'id')).toEqual([]);
  });
});

describe('a percentage change the other side gives the two levels of is accounted for (review only)', () => {
  it('Indonesian dari Rp400 miliar menjadi Rp500 miliar ↔ English "rose 25 percent to Rp500 billion": the percentage is no drift', () => {
    const c = checkLine('Penjualan naik menjadi Rp500 miliar dari Rp400 miliar.', 'Sales rose 25 percent to Rp500 billion.');
    expect(c.mismatches.filter((m) => m.bFigure?.text === '25 percent').map((m) => m.level)).toEqual(['review']);
  });
  it('English from 80 to 92 tonnes ↔ Indonesian naik 15 persen: review; a percentage the levels do not give stays a drift', () => {
    const c = checkLine('Output rose from 80 tonnes to 92 tonnes.', 'Produksi naik 15 persen menjadi 92 ton.', 'en', 'id');
    expect(c.mismatches.filter((m) => m.bFigure?.text === '15 persen').map((m) => m.level)).toEqual(['review']);
    expect(drifts('Output rose from 80 tonnes to 92 tonnes.', 'Produksi naik 20 persen menjadi 92 ton.', 'en', 'id')).toContain('added:20 persen');
  });
});

describe('double-digit growth on both sides is one figure; added on one side it is found', () => {
  it('Indonesian dua digit ↔ English double-digit: no mismatch', () => {
    expect(allLevels('Ekspor mebel tumbuh dua digit tahun ini.', 'Furniture exports posted double-digit growth this year.')).toEqual([]);
  });
  it('English double-digit increases added to an Indonesian source without them: found', () => {
    const c = checkLine('Anggaran kesehatan naik 12 persen pada 2009.', 'The health budget rose 12 percent in 2009, extending a run of double-digit increases.');
    expect(c.mismatches.map((m) => `${m.kind}:${m.bFigure?.text}`)).toEqual(['added:double-digit']);
  });
});

describe('a figure in words the other version keeps word for word in the first language is unread, not added', () => {
  it('Indonesian text quoting "second round" in English ↔ English "second round": review only, confidence at most 0.3', () => {
    const c = checkLine('Dampaknya bergantung pada second round effect dari kenaikan harga.', 'The impact depends on the second round effect of the price rise.');
    expect(c.mismatches.map((m) => [m.kind, m.bFigure?.text, m.level, (m.confidence ?? 1) <= 0.3])).toEqual([['added', 'second', 'review', true]]);
  });
  it('English text quoting Indonesian "tiga serangkai" ↔ Indonesian tiga serangkai: not a drift; other words stay', () => {
    expect(drifts('The so-called tiga serangkai led the movement.', 'Tiga serangkai memimpin gerakan itu.', 'en', 'id')).toEqual([]);
    // not quoted: the ordinal keeps its own (weak) evidence, above the unread cap
    const c = checkLine('Dampaknya bergantung pada efek lanjutan kenaikan 5 persen.', 'The impact depends on the third effect of the 5 percent rise.');
    expect(c.mismatches.map((m) => [m.bFigure?.text, (m.confidence ?? 0) > 0.3])).toEqual([['third', true]]);
  });
  it('the words inside a longer word of the other text are not kept word for word (thirdly, "Thirds"), in either case', () => {
    for (const a of ['Dampaknya bergantung pada efek thirdly kenaikan 5 persen.', 'Dampaknya bergantung pada efek THIRDS kenaikan 5 persen.', 'Dampaknya bergantung pada efek kenaikan 5 persen, Thirdparty.']) {
      const c = checkLine(a, 'The impact depends on the third effect of the 5 percent rise.');
      expect(c.mismatches.map((m) => [m.bFigure?.text, (m.confidence ?? 0) > 0.3])).toEqual([['third', true]]);
    }
    // whole words, in any case, still are
    const c = checkLine('Dampaknya bergantung pada efek THIRD kenaikan 5 persen.', 'The impact depends on the third effect of the 5 percent rise.');
    expect(c.mismatches.map((m) => [m.bFigure?.text, (m.confidence ?? 1) <= 0.3])).toEqual([['third', true]]);
  });
});

describe('two listed days of one month on both sides', () => {
  it('Indonesian 12 dan 13 Mei ↔ English May 12 and 13, and the reverse: no mismatch', () => {
    expect(allLevels('Pameran digelar pada 12 dan 13 Mei.', 'The fair is held on May 12 and 13.')).toEqual([]);
    expect(allLevels('The fair is held on 12 and 13 May.', 'Pameran digelar pada 12 dan 13 Mei.', 'en', 'id')).toEqual([]);
  });
});

describe('one of a measure the other side says with an article is accounted for (review only)', () => {
  it('Indonesian 1 kg ↔ English "a kilogram", 1 ton ↔ "per tonne": not a drift', () => {
    expect(drifts('Harga 1 kg gula pasir Rp12.000.', 'A kilogram of sugar costs Rp12,000.')).toEqual([]);
    expect(drifts('Harga 1 ton batu bara 90 dolar AS.', 'Coal sells at US$90 per tonne.')).toEqual([]);
  });
  it('English 1 kg ↔ Indonesian "per kg": not a drift; 2 kg against "a kilogram" stays a drift', () => {
    expect(drifts('Sugar sells at Rp12,000 for 1 kg.', 'Gula dijual Rp12.000 per kg.', 'en', 'id')).toEqual([]);
    expect(drifts('Harga 2 kg gula pasir Rp24.000.', 'A kilogram of sugar costs Rp24,000.')).toEqual(['missing:2 kg']);
  });
});

describe('ratusan ribu against several hundred thousand', () => {
  it('Indonesian ratusan ribu ↔ English several hundred thousand, and the reverse with beberapa ratus ribu: no mismatch', () => {
    expect(allLevels('Ratusan ribu jemaah berkumpul di lapangan.', 'Several hundred thousand pilgrims gathered on the field.')).toEqual([]);
    expect(allLevels('Hundreds of thousands of pilgrims gathered on the field.', 'Beberapa ratus ribu jemaah berkumpul di lapangan.', 'en', 'id')).toEqual([]);
  });
});

describe('a fraction in words against the same share as a percentage is one figure', () => {
  it('Indonesian setengah dari, dua pertiga ↔ English 50 percent, 67 percent: no mismatch', () => {
    expect(allLevels('Setengah dari nelayan desa itu beralih profesi.', '50 percent of the village fishermen changed jobs.')).toEqual([]);
    expect(allLevels('Dua pertiga pemilih mendukung usul itu.', '67 percent of voters backed the proposal.')).toEqual([]);
  });
  it('English about a quarter ↔ Indonesian sekitar 25 persen: no mismatch; another share stays a drift', () => {
    expect(allLevels('About a quarter of the harvest was lost.', 'Sekitar 25 persen panen hilang.', 'en', 'id')).toEqual([]);
    expect(drifts('Seperempat panen hilang akibat banjir dan 4 desa terendam.', 'Floods destroyed 30 percent of the harvest and submerged 4 villages.')).toContain('added:30 percent');
  });
});

describe('an age of a decade on both sides', () => {
  it('Indonesian berusia 60-an ↔ English "in his sixties": no mismatch; another decade is a value drift', () => {
    expect(allLevels('Sopir berusia 60-an itu selamat.', 'The driver, in his sixties, survived.')).toEqual([]);
    expect(drifts('Sopir berusia 60-an itu selamat.', 'The driver, in his fifties, survived.')).toEqual(['value:60-an']);
  });
  it('English "in her thirties" ↔ Indonesian berusia 30-an: no mismatch', () => {
    expect(allLevels('A nurse in her thirties was hurt.', 'Seorang perawat berusia 30-an terluka.', 'en', 'id')).toEqual([]);
  });
});
