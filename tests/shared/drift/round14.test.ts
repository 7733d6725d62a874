/**
 * Drift rules of the fourteenth round (issue 10): classes the issue names that the reader still
 * missed (carrier codes, match scores and vote tallies), end to end on one bead, in both directions.
 * The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, checkLine, drifts } from './helpers';
import { extractFromSentence } from '../../../shared/figures';
import { labelledNumbersIn } from '../../../shared/figures/labelled-numbers';

describe('a carrier code and number name a flight, not a count', () => {
  it('*pesawat GA 404* against "Flight GA 404": nothing to report', () => {
    const a = 'Pesawat GA 404 mendarat di Makassar pukul 10.00 WITA.';
    const b = 'Flight GA 404 landed in Makassar at 10.00 local time.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('"the JT 610 flight" against *penerbangan JT 610*: nothing to report, and the count beside it still pairs', () => {
    const a = 'Sebanyak 189 orang tewas dalam penerbangan JT 610.';
    const b = 'All 189 people died on the JT 610 flight.';
    expect(allLevels(a, b)).toEqual([]);
    expect(drifts(a, 'All 180 people died on the JT 610 flight.')).toEqual(['value:189 orang']);
  });
  it('a country after a craft word owns it: *pesawat AS 10 unit* still counts ten', () => {
    expect(extractFromSentence('Mereka membeli pesawat AS 10 unit.', 'id').map((f) => [f.text, f.value])).toEqual([['10 unit', 10]]);
    expect(extractFromSentence('Pesawat GA 404 dan pesawat QZ 8501 tiba.', 'id')).toEqual([]);
  });
});

describe('a match score or a vote tally is compared whole', () => {
  it('the same score on both sides, or told from the other side: nothing to report', () => {
    expect(allLevels('Persija menang 3-1 atas Persib.', 'Persija beat Persib 3-1.')).toEqual([]);
    expect(allLevels('Persija kalah 1-3 dari Persib.', 'Persija lost 3-1 to Persib.')).toEqual([]);
    expect(allLevels('Mahkamah memutuskan dengan suara 6 berbanding 3.', 'The court ruled 6-3.')).toEqual([]);
  });
  it('a changed score is a value drift, either way round', () => {
    expect(drifts('Persija menang 3-1 atas Persib.', 'Persija beat Persib 2-1.')).toEqual(['value:3-1']);
    expect(drifts('Persija beat Persib 2-1.', 'Persija menang 3-1 atas Persib.', 'en', 'id')).toEqual(['value:2-1']);
    expect(drifts('Mahkamah memutuskan dengan suara 6 berbanding 3.', 'The court ruled 5-4.')).toEqual(['value:6 berbanding 3']);
  });
  it('a range that goes up is no score: *naik 1-3 persen* ↔ "rose 1-3 percent" agree', () => {
    expect(allLevels('Harga naik 1-3 persen.', 'Prices rose 1-3 percent.')).toEqual([]);
  });
});

describe('a quote without its currency sign is still two numbers', () => {
  it('reads both sides of `8,975/8,980` (English) and `8.975/8.980` (Indonesian)', () => {
    expect(extractFromSentence('The rupiah firmed to 8,975/8,980 per US dollar.', 'en').map((f) => f.value)).toEqual([8975, 8980]);
    expect(extractFromSentence('Rupiah menguat ke 8.975/8.980 per dolar AS.', 'id').map((f) => f.value)).toEqual([8975, 8980]);
  });
  it('a quote left to the reader is no drift; a changed quote still is', () => {
    const a = 'Rupiah menguat menjadi Rp8.975/8.980 per dolar AS dari Rp9.028/9.065.';
    expect(drifts(a, 'The rupiah firmed to 8,975/8,980 per US dollar from 9,028/9,065.')).toEqual([]);
    expect(drifts('Rupiah menguat ke 8.975/8.980 per dolar AS.', 'The rupiah firmed to 8,975/8,990 per US dollar.')).toEqual(['value:8.980']);
  });
  it('a fiscal year pair or a date keeps its reading', () => {
    expect(extractFromSentence('The 2006/2007 budget was approved.', 'en').map((f) => f.kind)).not.toContain('count');
  });
});

describe('hours written with a leading zero are a clock time without a clock word', () => {
  it('"at 02.00 until 04.00" against *pada jam 02.00 sampai 04.00*: nothing to report', () => {
    const a = 'Setiap pagi, pada jam 02.00 sampai 04.00, dia berbelanja sayur di pasar.';
    const b = 'Every morning, at 02.00 until 04.00, she buys vegetables at the market.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('another hour is a value drift of the time; a decimal without the zero (0.50 percent) stays a number', () => {
    expect(drifts('Pasar buka pukul 05.00.', 'The market opens at 06.00.')).toEqual(['value:05.00']);
    expect(extractFromSentence('The rate was cut to 0.50 percent.', 'en').map((f) => f.kind)).toEqual(['percent']);
  });
});

describe('a date made coarser loses the part it leaves out (guideline section 25)', () => {
  it('a month dropped (*Juli 2008* ↔ "in 2008") or a day dropped (*per 28 Februari 2007* ↔ "as of February 2007"): date drifts', () => {
    expect(drifts('Pada Juli 2008 ekspor mencapai 12,5 miliar dolar AS.', 'In 2008 exports reached US$12.5 billion.')).toEqual(['date:Juli 2008']);
    expect(drifts('Data pemegang saham per 28 Februari 2007 dirilis.', 'Shareholder data as of February 2007 were released.')).toEqual(['date:28 Februari 2007']);
  });
  it('a part the translation adds is new to its reader: the same drift the other way', () => {
    expect(drifts('In 2008 exports reached US$12.5 billion.', 'Pada Juli 2008 ekspor mencapai 12,5 miliar dolar AS.', 'en', 'id')).toEqual(['date:2008']);
  });
  it('the end of a reporting period, a part said roughly, or a part of the year: no drift', () => {
    expect(drifts('Laba tahun yang berakhir Desember 2006 turun.', 'Profit in 2006 fell.')).toEqual([]);
    expect(drifts('Harga naik pada 1 Juli 2008.', 'Prices rose early in July, 2008.')).toEqual([]);
    expect(drifts('Penjualan Juli 2008 naik.', 'Sales in the first seven months of 2008 rose.').filter((d) => d.startsWith('date'))).toEqual([]);
  });
  it('a period that ends before the year does (*hingga Oktober 2007* ↔ "in 2007") loses its month, either way', () => {
    expect(drifts('Nasabah bank naik menjadi 1,7 juta hingga Oktober 2007.', "The bank's customers rose to 1.7 million in 2007.")).toEqual(['date:Oktober 2007']);
    expect(drifts("The bank's customers rose to 1.7 million as of October 2007.", 'Nasabah bank naik menjadi 1,7 juta pada 2007.', 'en', 'id')).toEqual(['date:October 2007']);
    // (ending in December, the period is the year: no drift, as above)
    expect(drifts('Nasabah bank naik menjadi 1,7 juta hingga Desember 2007.', "The bank's customers rose to 1.7 million in 2007.")).toEqual([]);
  });
  it('a span counted from the date (`two months after the 2005 deal`, *dua bulan setelah*) names no part of its year: the month is lost', () => {
    expect(drifts('Ia mundur dua bulan setelah kesepakatan September 2005.', 'He walked away two months after the 2005 deal.')).toEqual(['date:September 2005']);
    expect(drifts('He walked away two months after the September 2005 deal.', 'Ia mundur dua bulan setelah kesepakatan 2005.', 'en', 'id')).toEqual(['date:September 2005']);
  });
});

describe('a weekday set off by commas before the subject’s own verb is the event’s day', () => {
  it('*Presiden, Rabu, mengeluarkan keputusan* against "on Tuesday issued a decree": a date drift', () => {
    const a = 'Presiden negara itu, Rabu, mengeluarkan keputusan untuk mendirikan sebuah bank baru.';
    expect(drifts(a, 'The country’s president on Tuesday issued a decree to set up a new bank.')).toEqual(['date:Rabu']);
    expect(drifts(a, 'The country’s president on Wednesday issued a decree to set up a new bank.')).toEqual([]);
  });
  it('the reporting day (a word of saying before it, or the sentence ends) stays apart from the event’s day', () => {
    expect(drifts('Bank itu akan dibuka bulan depan, kata menteri di Jakarta, Rabu.', 'The bank will open next month, the minister said on Tuesday.')).toEqual([]);
    expect(drifts('Menteri mengatakan di Jakarta, Rabu, bahwa bank itu akan dibuka.', 'The bank will open on Tuesday, the minister said.')).toEqual([]);
  });
  it('the dateline "here on Tuesday." at the end of an English sentence is the reporting day too', () => {
    const a = 'Inflasi tahun ini diperkirakan 5,5 persen, kata menteri usai rapat kabinet di Istana, Jakarta, Rabu.';
    const b = "This year's inflation is forecast at 5.5 percent, the minister told reporters after attending a cabinet meeting at the palace here on";
    expect(drifts(a, `${b} Tuesday.`)).toEqual(['date:Rabu']);
    expect(drifts(a, `${b} Wednesday.`)).toEqual([]);
  });
  it('a day said relative to another (`the day before`) lets two weekdays name two days', () => {
    const a = 'Rupiah pagi ini menguat dibanding penutupan, Selasa, karena pelaku pasar membeli.';
    expect(drifts(a, 'The rupiah firmed on Wednesday morning from its close the day before as traders bought.')).toEqual([]);
  });
});

describe('a number under a label that translates is compared whole', () => {
  it('*Komisi XI* ↔ "Commission IX" and *Pasal 33* ↔ "Article 34": value drifts, either way round', () => {
    expect(drifts('Dalam rapat kerja Komisi XI, menteri berbicara.', 'At a working meeting of Commission IX, the minister spoke.')).toEqual(['value:Komisi XI']);
    expect(drifts('Under Article 34 of the constitution, the state controls water.', 'Menurut Pasal 33 konstitusi, negara menguasai air.', 'en', 'id')).toEqual(['value:Article 34']);
  });
  it('the same number, in digits or Roman numerals, or a label only one side gives: nothing to report', () => {
    expect(allLevels('Dalam rapat kerja Komisi XI, menteri berbicara.', 'At a working meeting of Commission XI, the minister spoke.')).toEqual([]);
    expect(allLevels('Kantornya di lantai 9.', 'His office is on floor 9.')).toEqual([]);
    expect(drifts('Menurut Pasal 33 konstitusi, negara menguasai air.', 'Under the constitution, the state controls water.')).toEqual([]);
  });
  it('a label read as a code goes on (`Nomor 33/2007`) and a volume of trade is no label', () => {
    expect(labelledNumbersIn('Sesuai Pasal 33/2007 tentang air.')).toEqual([]);
    expect(labelledNumbersIn('Trading volume 133 billion shares.')).toEqual([]);
    expect(labelledNumbersIn('Komisi XI dan ayat 3.').map((x) => [x.concept, x.value])).toEqual([['commission', '11'], ['paragraph', '3']]);
  });
});

describe('a part of a year the translation refers back to as "the period" is not lost', () => {
  it('*semester I tahun ini* ↔ "in the period": no drift; the same without the reference back is one', () => {
    const a = 'Pendapatan bersih semester I tahun ini naik tiga persen menjadi Rp3,1 triliun.';
    expect(drifts(a, 'Net income in the period rose three percent to Rp3.1 trillion.')).toEqual([]);
    expect(drifts(a, 'Net income rose three percent to Rp3.1 trillion.')).toEqual(['missing:semester I']);
  });
  it('a period the translation spells out where the source refers back stays an addition', () => {
    const a = 'Pada periode itu jumlah pelanggan naik menjadi 5,4 juta.';
    expect(drifts(a, 'The number of customers rose to 5.4 million in the first half of 2008.')).not.toEqual([]);
  });
});

describe('a level before a change is recoverable from the change and the new level', () => {
  it('*turun 0,50 persen menjadi 6,50 persen dari 7,00 persen* ↔ "cut by 0.50 percent to 6.50 percent": nothing dropped', () => {
    const a = 'Bunga deposito satu bulan turun 0,50 persen menjadi 6,50 persen dari 7,00 persen.';
    expect(drifts(a, 'One-month deposit rates were cut by 0.50 percent to 6.50 percent.')).toEqual([]);
  });
  it('an old level that the change and the new level do not give stays a drift', () => {
    const a = 'Bunga deposito satu bulan turun 0,50 persen menjadi 6,50 persen dari 7,25 persen.';
    expect(drifts(a, 'One-month deposit rates were cut by 0.50 percent to 6.50 percent.')).toEqual(['missing:7,25 persen']);
  });
});

describe('a count of dates its own sentence lists, each of which the other side gives', () => {
  it('*obligasi 2007 … tiga kali, yaitu pada 20 Maret, 19 Juni dan 20 November 2007* ↔ "on March 20, June 19 and November 20": nothing dropped', () => {
    const a = 'Obligasi 2007 itu diterbitkan tiga kali, yaitu pada 20 Maret, 19 Juni dan 20 November 2007.';
    expect(drifts(a, 'The 2007 bonds will be issued on March 20, June 19 and November 20.')).toEqual([]);
  });
  it('a list the other side gives only in part leaves the count a drift', () => {
    const a = 'Obligasi 2007 itu diterbitkan tiga kali, yaitu pada 20 Maret, 19 Juni dan 20 November 2007.';
    expect(drifts(a, 'The 2007 bonds will be issued on March 20 and June 19.')).toContain('missing:tiga kali');
  });
});

describe('an amount whose currency one version leaves to the context is one figure', () => {
  it('*Rp8.975 per dolar AS* ↔ "8,975 per US dollar": one unit item for review, not a missing amount and an added number', () => {
    const c = checkLine('Rupiah menguat ke Rp8.975 per dolar AS.', 'The rupiah rose to 8,975 per US dollar.');
    expect(c.mismatches.map((m) => `${m.kind}/${m.level}`)).toEqual(['unit/review']);
    const d = checkLine('The rupiah rose to 8,975 per US dollar.', 'Rupiah menguat ke Rp8.975 per dolar AS.', 'en', 'id');
    expect(d.mismatches.map((m) => `${m.kind}/${m.level}`)).toEqual(['unit/review']);
  });
  it('another number is still a value drift', () => {
    expect(drifts('Rupiah menguat ke Rp8.975 per dolar AS.', 'The rupiah rose to Rp8,995 per US dollar.')).toEqual(['value:Rp8.975']);
  });
});

describe('a flight named by its carrier code after the airline’s name', () => {
  it('`Lion Air JT 742` ↔ `Lion Air flight JT 724`: the flight changed, a value drift (it was missed once the code was no count)', () => {
    expect(labelledNumbersIn('Pesawat Lion Air JT 742 kembali.').map((x) => [x.concept, x.value])).toEqual([['flight', 'JT742']]);
    expect(labelledNumbersIn('Lion Air flight JT724 returned.').map((x) => [x.concept, x.value])).toEqual([['flight', 'JT724']]);
    expect(drifts('Pesawat Lion Air JT 742 kembali 30 menit setelah lepas landas.', 'Lion Air flight JT 724 returned 30 minutes after takeoff.')).toEqual(['value:JT 742']);
    expect(drifts('Lion Air flight JT 724 returned 30 minutes after takeoff.', 'Pesawat Lion Air JT 742 kembali 30 menit setelah lepas landas.', 'en', 'id')).toEqual(['value:JT 724']);
  });
  it('guard: the same flight, spaced or glued, is no flag at any level', () => {
    expect(allLevels('Pesawat Lion Air JT 610 jatuh 13 menit setelah lepas landas.', 'Lion Air flight JT610 crashed 13 minutes after take-off.')).toEqual([]);
  });
});

describe('two days of one month, each with its weekday', () => {
  it('*Selasa, 16 dan Rabu, 17 Juli 2024* ↔ `July 16-17, 2024`: the same two days, no flag at any level (the first day was read as a count, missing)', () => {
    expect(allLevels('Rapat Dewan Gubernur pada Selasa, 16 dan Rabu, 17 Juli 2024 menahan suku bunga di 6,25%.', 'The Board of Governors meeting on July 16-17, 2024 held the rate at 6.25%.')).toEqual([]);
  });
});
