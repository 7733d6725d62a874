/**
 * Equivalences across versions and the confidence / level of every mismatch (issue 10), on our own
 * sentence pairs: Indonesian against English (a translation) and Indonesian against Indonesian
 * (a republication).
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { assessMismatch, compareBeads, confidenceOf, DRIFT_THRESHOLD, levelOf } from '../../../shared/drift';
import type { Lang } from '../../../shared/text/types';
import { fig } from './helpers';

function compare(a: string, b: string, langB: Lang = 'en') {
  const fa = extractFromSentence(a, 'id');
  const fb = extractFromSentence(b, langB);
  return compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'id', langB);
}
const texts = (r: ReturnType<typeof compare>) => r.mismatches.map((m) => [m.kind, m.aFigure?.text ?? null, m.bFigure?.text ?? null, m.level]);

describe('every mismatch has a confidence and a level', () => {
  it('a plain value change is a drift with high confidence', () => {
    const r = compare('Sebanyak 10.000 tentara dikirim.', 'Some 12,000 troops were sent.');
    expect(r.mismatches).toHaveLength(1);
    const m = r.mismatches[0];
    expect(m.kind).toBe('value');
    expect(m.level).toBe('drift');
    expect(m.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('levels follow the threshold, and old mismatches without fields read as certain drifts', () => {
    const r = compare('Satu pejabat dan 40 warga hadir.', 'An official and 45 residents came.');
    for (const m of r.mismatches) expect(m.level).toBe(m.confidence! >= DRIFT_THRESHOLD ? 'drift' : 'review');
    expect(levelOf({})).toBe('drift');
    expect(confidenceOf({})).toBe(1);
  });
});

describe('weak evidence is reported for review', () => {
  it('Indonesian satu as an article facing English "an"', () => {
    expect(texts(compare('Satu pejabat membantah kabar itu.', 'An official denied the report.'))).toEqual([['missing', 'Satu pejabat', null, 'review']]);
  });

  it('English "one" facing an Indonesian article (seorang)', () => {
    expect(texts(compare('Seorang saksi melihatnya.', 'One witness saw it.'))).toEqual([['added', null, 'One witness', 'review']]);
  });

  it('a collective numeral on one side only, in both directions', () => {
    expect(texts(compare('Kedua tim itu bertanding lagi.', 'Both teams met again.'))).toEqual([['missing', 'Kedua tim', null, 'review']]);
    expect(texts(compare('Kedua tim bertanding lagi.', 'The two teams met again.'))).toEqual([['added', null, 'two teams', 'review']]);
    expect(compare('Kedua tim itu bertanding lagi.', 'The two teams met again.').mismatches).toEqual([]);
    expect(texts(compare('Polisi menahan ketiganya.', 'Police detained them all.'))).toEqual([['missing', 'ketiganya', null, 'review']]);
  });

  it('a conversion the translator added, or kept beside the original, that restates its measure: a converted match, in both directions', () => {
    const added = compare('Desa itu berjarak 80 kilometer dari kota.', 'The village is 80 kilometres (50 miles) from the city.');
    expect(added.mismatches).toEqual([]);
    expect(added.matches.map((m) => [m.aFigure.text, m.bFigure.text, m.status])).toContainEqual(['80 kilometer', '50 miles', 'converted']);
    expect(compare('Suhu mencapai 40 derajat Celsius (104 F).', 'It reached 40 degrees Celsius.').mismatches).toEqual([]);
  });
  it('a conversion that cannot be checked stays weak, one that is off stays weak or drifts', () => {
    expect(texts(compare('Desa itu berjarak 80 kilometer dari kota.', 'The village is 80 kilometres (60 miles) from the city.'))).toEqual([['added', null, '60 miles', 'review']]);
    expect(texts(compare('Desa itu berjarak 80 kilometer dari kota.', 'The village is 80 kilometres (80 miles) from the city.')).map((m) => [m[0], m[3]])).toEqual([['value', 'drift']]);
  });

  it('a year the translation drops is weak, a year it adds is not', () => {
    expect(texts(compare('Pada 2009 ekspor naik 5 persen.', 'Exports rose 5 percent this year.'))).toEqual([['missing', '2009', null, 'review']]);
    expect(texts(compare('Ekspor naik 5 persen.', 'Exports rose 5 percent in 2009.'))).toEqual([['added', null, '2009', 'drift']]);
  });

  it('an ordinal word alone and a sign said differently', () => {
    expect(texts(compare('Ini upaya kami.', 'This is our second attempt.'))).toEqual([['added', null, 'second', 'review']]);
    const sign = compare('Ekonomi tumbuh minus 1,5 persen.', 'The economy grew 1.5 percent.');
    expect(texts(sign)).toEqual([['value', 'minus 1,5 persen', '1.5 percent', 'review']]);
  });

  it('a figure the other side states in a form that did not pair (a count against a percent)', () => {
    expect(texts(compare('Cadangannya masih 2,40.', 'The reserve is still 2.4 percent.')).map((t) => t[3])).toEqual(['review', 'review']);
  });

  it('nothing agrees in a bead of a translation: the lines may not be translations', () => {
    const r = compare('Harga naik 7 persen pada Maret.', 'Officials said 14 people were hurt.');
    expect(r.mismatches.every((m) => m.level === 'review')).toBe(true);
  });

  it('figures a translation adds to a source sentence without any are reviews; a republication keeps them as drifts', () => {
    expect(texts(compare('Pejabat itu membantah kabar tersebut.', 'The official denied reports that 30 people had died.'))).toEqual([['added', null, '30 people', 'review']]);
    expect(texts(compare('Pejabat itu membantah kabar tersebut.', 'Pejabat itu membantah kabar 30 orang tewas.', 'id'))).toEqual([['added', null, '30 orang', 'drift']]);
    expect(texts(compare('Pejabat itu membantah kabar 30 orang tewas.', 'The official denied the reports.'))).toEqual([['missing', '30 orang', null, 'drift']]);
  });

  it('but a republication that replaces a figure in a rewritten sentence keeps its drifts', () => {
    const r = compare('Polisi mencatat 17 kasus pencurian.', 'Panitia menyiagakan 60 tenaga medis.', 'id');
    expect(r.mismatches.map((m) => m.level)).toEqual(['drift', 'drift']);
  });

  it('a unit swap between measures is a drift, between loose words of people a review', () => {
    const measure = compare('Bantuan 5 ton beras tiba.', 'Aid of 5 kilograms of rice arrived.');
    expect(measure.mismatches.map((m) => [m.kind, m.level])).toEqual([['unit', 'drift']]);
    const loose = assessMismatch('unit', fig(0, '5 anggota', 5, { unit: 'anggota' }), fig(0, '5 crew', 5, { unit: 'crew' }), undefined, {
      unpairedA: [],
      unpairedB: [],
      familyA: 'people',
      familyB: 'other',
    });
    expect(loose.level).toBe('review');
  });
});

describe('equivalences across versions (no mismatch at all)', () => {
  it('ordinal and cardinal of one designator', () => {
    expect(compare('Murid kelas lima itu menang.', 'The fifth grade pupil won.').mismatches).toEqual([]);
    expect(compare('Brigade 7 tiba kemarin.', 'The 7th Brigade arrived yesterday.').mismatches).toEqual([]);
  });

  it('durations across units', () => {
    expect(compare('Proyek itu selesai dalam dua pekan.', 'The project took 14 days.').mismatches).toEqual([]);
    expect(compare('Ia bekerja seperempat abad di sana.', 'He worked there for 25 years.').mismatches).toEqual([]);
    expect(compare('Ia dihukum 1 tahun 6 bulan.', 'He was sentenced to 18 months.').mismatches).toEqual([]);
    expect(compare('Ia dihukum 1 tahun 6 bulan.', 'He was sentenced to 20 months.').mismatches.map((m) => m.kind)).toEqual(['value']);
  });

  it('clock times in two zones', () => {
    expect(compare('Gempa terjadi pukul 08.15 WIB.', 'The quake struck at 0115 GMT.').mismatches).toEqual([]);
    expect(compare('Gempa terjadi pukul 08.15 WIB.', 'The quake struck at 0215 GMT.').mismatches.map((m) => m.kind)).toEqual(['value']);
  });

  it('a neutral introducer against an approximation, and a first quarter said as months', () => {
    expect(compare('Sebanyak 70 orang tewas.', 'Some 70 people died.').mismatches).toEqual([]);
    expect(compare('Sebanyak 70 orang tewas.', 'More than 70 people died.').mismatches.map((m) => m.kind)).toEqual(['qualifier']);
    expect(compare('Laba kuartal pertama 2009 naik.', 'Profit rose in the first three months of 2009.').mismatches).toEqual([]);
  });

  it('month spans and compound adjectives', () => {
    expect(compare('Hujan turun dari Oktober hingga Maret.', 'Rain fell from October to March.').mismatches).toEqual([]);
    expect(compare('KTT sembilan negara dibuka.', 'The nine-nation summit opened.').mismatches).toEqual([]);
  });
});

describe('a date that drops its year', () => {
  it('is a date drift when a translation drops it; between two republications in one language a review (house style: the current year)', () => {
    expect(texts(compare('Harga naik pada Februari 2009.', 'Prices rose in February.'))).toEqual([['date', 'Februari 2009', 'February', 'drift']]);
    expect(texts(compare('Harga naik pada Februari 2009.', 'Harga naik pada Februari.', 'id'))).toEqual([['date', 'Februari 2009', 'Februari', 'review']]);
  });

  it('a year version B adds is a date drift too (new to its reader, guideline sections 18 and 21; round 12)', () => {
    expect(texts(compare('Harga naik pada Februari.', 'Prices rose in February 2009.'))).toEqual([['date', 'Februari', 'February 2009', 'drift']]);
  });

  it('is no drift when version B says the year in words (this year, last year, tahun lalu), in both languages', () => {
    expect(compare('Kenaikan itu yang kelima sejak Mei 2008.', 'The rise was the fifth since May this year.').mismatches).toEqual([]);
    expect(compare('Penerimaan hingga 31 Juli 2008 naik.', 'Receipts up to last July 31 rose.').mismatches).toEqual([]);
    expect(compare('Harga naik pada Februari 2009.', 'Harga naik pada Februari tahun lalu.', 'id').mismatches).toEqual([]);
    expect(compare('Rapat digelar 4 Juni 2009.', 'Rapat digelar 4 Juni tahun ini.', 'id').mismatches).toEqual([]);
    // a month said with a year word that is not the year of that date still drops it
    expect(texts(compare('Harga naik pada Februari 2009.', 'Prices rose in February, a rise of 5 percent a year.'))[0]).toEqual(['date', 'Februari 2009', 'February', 'drift']);
  });

  it('is no drift when that version states the year on another date of the same sentence', () => {
    expect(compare('Rapat 7 September 2009 membahas surat 5 September 2009.', 'The September 7, 2009 meeting discussed the letter of September 5.').mismatches).toEqual([]);
    expect(compare('Rapat 7 September membahas surat 5 September 2009.', 'The September 7, 2009 meeting discussed the letter of September 5, 2009.').mismatches).toEqual([]);
  });
});

describe('ranges and dates paired by what they say', () => {
  it('an approximation on one side of a range is a qualifier drift, in both directions', () => {
    expect(texts(compare('Belanja mencapai 30-35 juta dolar AS.', 'Spending reached about 30 to 35 million US dollars.')).map((t) => t[0])).toEqual(['qualifier']);
    expect(texts(compare('Belanja sekitar 30-35 juta dolar AS.', 'Spending reached 30 to 35 million US dollars.')).map((t) => t[0])).toEqual(['qualifier']);
    expect(compare('Kenaikan berkisar 6 sampai 8 persen.', 'The increase is between 6 and 8 percent.').mismatches).toEqual([]);
  });

  it('a year pairs with the same year before a month of that year, so the dropped month is what is reported', () => {
    const r = compare('Hingga Mei 2010, defisit tahun 2010 mencapai Rp80 triliun.', 'The 2010 deficit reached Rp80 trillion.');
    expect(texts(r)).toEqual([['missing', 'Mei 2010', null, 'drift']]);
    const same = compare('Hingga Mei 2010, defisit tahun 2010 mencapai Rp80 triliun.', 'Hingga Mei, defisit tahun 2010 mencapai Rp80 triliun.', 'id');
    expect(same.mismatches).toEqual([]);
  });
});

describe('parts of a year are periods, not loose ordinals', () => {
  it('a half-year or quarter one version adds is a drift, in both directions', () => {
    expect(texts(compare('Laba naik 5 persen.', 'Profit rose 5 percent in the first-semester.'))).toEqual([['added', null, 'first-semester', 'drift']]);
    expect(texts(compare('Laba kuartal III naik 5 persen.', 'Profit rose 5 percent.'))).toEqual([['missing', 'kuartal III', null, 'drift']]);
    expect(compare('Laba semester I naik.', 'Profit rose in the first half.').mismatches).toEqual([]);
  });
});

describe('a date rendered by its weekday', () => {
  const sentence = (text: string) => [{ text, start: 0, end: text.length, paragraph: 0 }];
  function withWeekdays(a: string, b: string, langB: Lang = 'en') {
    const fa = extractFromSentence(a, 'id');
    const fb = extractFromSentence(b, langB);
    return compareBeads([{ a: [0], b: [0], score: 1 }], fa, fb, 'id', langB, { sentencesA: sentence(a), sentencesB: sentence(b) });
  }
  it('a full date whose weekday the translation names is for review, Indonesian to English and back', () => {
    expect(texts(withWeekdays('Rapat dijadwalkan pada 18 September 2007.', 'The meeting is set for Tuesday.'))).toEqual([['missing', '18 September 2007', null, 'review']]);
    expect(texts(withWeekdays('Rapat dijadwalkan pada 18 September 2007.', 'Rapat dijadwalkan hari Selasa.', 'id'))).toEqual([['missing', '18 September 2007', null, 'review']]);
  });
  it('a date beside a weekday (Senin (12/5)) rendered as that weekday is for review', () => {
    expect(texts(withWeekdays('kata dia di Jakarta, Senin (12/5).', 'he said in Jakarta on Monday.'))).toEqual([['missing', '12/5', null, 'review']]);
  });
  it('a count of days the other version names day by day is for review, both directions', () => {
    expect(texts(withWeekdays('Koreksi berlangsung dua hari, Jumat dan Senin.', 'The correction on Friday and Monday was normal.'))).toEqual([['missing', 'dua hari', null, 'review']]);
    expect(texts(withWeekdays('Rapat hari Senin dan Selasa.', 'The meeting lasted two days.')).map((m) => m[3])).toEqual(['review']);
    // one day named for a count of three: still a drift
    expect(texts(withWeekdays('Rapat berlangsung tiga hari.', 'The meeting ended on Friday.'))).toEqual([['missing', 'tiga hari', null, 'drift']]);
  });

  it('another weekday, or none, leaves the date a drift', () => {
    expect(texts(withWeekdays('Rapat dijadwalkan pada 18 September 2007.', 'The meeting is set for Wednesday.'))).toEqual([['missing', '18 September 2007', null, 'drift']]);
    expect(texts(withWeekdays('Rapat dijadwalkan pada 18 September 2007.', 'The meeting is set.'))).toEqual([['missing', '18 September 2007', null, 'drift']]);
    expect(texts(withWeekdays('Senin kemarin ia mengatakan rapat pada 1 Juni.', 'On Monday he spoke of the meeting.'))).toEqual([['missing', '1 Juni', null, 'drift']]);
  });
});

describe('basis points against percentage points', () => {
  it('the same change is no mismatch, Indonesian bp to English points and Indonesian points to English bp', () => {
    expect(compare('BI rate naik 25 basis poin menjadi 8,5 persen.', 'The BI rate rose 0.25 percentage points to 8.5 percent.').mismatches).toEqual([]);
    expect(compare('BI rate naik 0,5 poin persentase.', 'The BI rate rose 50 basis points.').mismatches).toEqual([]);
    // `base points`, a frequent English rendering of `basis poin`, names basis points too
    expect(compare('BI rate naik 25 basis poin.', 'The BI rate rose 25 base points.').mismatches).toEqual([]);
    expect(compare('BI rate naik 25 basis point.', 'The BI rate rose 25 bps.').mismatches).toEqual([]);
  });
  it('another change is a value drift; the same number in points is a unit mismatch', () => {
    expect(texts(compare('BI rate naik 50 basis poin.', 'The BI rate rose 0.25 percentage points.'))).toEqual([['value', '50 basis poin', '0.25 percentage points', 'drift']]);
    expect(texts(compare('BI rate naik 25 basis poin.', 'The BI rate rose 25 points.'))[0].slice(0, 1)).toEqual(['unit']);
  });
  it('basis points said as bare points with the same number (newsroom shorthand) are for review, either way', () => {
    expect(texts(compare('BI rate naik 25 basis poin menjadi 9,25 persen.', 'The key rate rose by 25 points to 9.25 percent.'))).toEqual([['unit', '25 basis poin', '25 points', 'review']]);
    expect(texts(compare('BI rate naik 25 poin menjadi 9,25 persen.', 'The key rate rose by 25 basis points to 9.25 percent.'))).toEqual([['unit', '25 poin', '25 basis points', 'review']]);
    // a hedge added on the way is a change of its own: a drift
    expect(texts(compare('BI rate naik 25 basis poin.', 'The BI rate rose about 25 points.')).map((m) => m[3])).toEqual(['drift']);
    // another number in points stays a value drift
    expect(texts(compare('BI rate naik 25 basis poin.', 'The BI rate rose 50 points.')).map((m) => m[3])).toEqual(['drift']);
  });
});

describe('multipliers written as a count of times', () => {
  it('1,5 kali and 1.5 times are one multiplier, in both directions', () => {
    expect(compare('Ekspor naik sebesar 1,5 kali.', 'Exports rose 1.5 times.').mismatches).toEqual([]);
    expect(compare('Ekspor naik 3 kali lipat.', 'Exports rose 3 times.').mismatches).toEqual([]);
    expect(compare('Harga naik 3 kali dalam setahun.', 'Prices rose three times in a year.').mismatches).toEqual([]);
  });
  it('another multiplier is a value drift; a multiplier never pairs with a count of things', () => {
    expect(texts(compare('Harga naik 3 kali.', 'Prices rose 4 times.'))).toEqual([['value', '3 kali', '4 times', 'drift']]);
    expect(texts(compare('Harga naik 3 kali.', 'Prices hit 3 people.')).map((m) => m[0])).toEqual(['missing', 'added']);
  });
});

describe('a measure converted into another unit', () => {
  it('the same size in another unit is no mismatch, Indonesian metric to English imperial and metric', () => {
    expect(compare('Jaraknya sekitar 100 km dari ibu kota.', 'It lies about 60 miles from the capital.').mismatches).toEqual([]);
    expect(compare('Lahan seluas 5 hektare dibuka.', 'Some 12 acres were cleared.').mismatches.map((m) => m.kind)).not.toContain('value');
    expect(compare('Bantuan 2 ton beras tiba.', 'Aid of 2,000 kilograms of rice arrived.').mismatches).toEqual([]);
    expect(compare('Ombak setinggi 10 kaki.', 'Waves 3 metres high.', 'en').mismatches).toEqual([]);
  });
  it('the same number in another unit of the same dimension is a unit drift, another size a value drift', () => {
    expect(texts(compare('Jaraknya 100 km.', 'It is 100 miles away.'))).toEqual([['unit', '100 km', '100 miles', 'drift']]);
    // another size in another unit: not counterparts at all
    expect(texts(compare('Jaraknya 100 km.', 'It is 20 miles away.')).map((m) => m[0])).toEqual(['missing', 'added']);
    // the conversion written beside the figure is matched with it, not the figure with its conversion
    const kept = compare('Jaraknya 270 km.', 'It is 270 km (170 miles) away.');
    expect(kept.mismatches).toEqual([]);
    expect(kept.matches.map((m) => [m.aFigure.text, m.bFigure.text])).toEqual([
      ['270 km', '270 km'],
      ['270 km', '170 miles'],
    ]);
  });
  it('power and electric energy: megawatts against kilowatts is a unit drift, the same size in another unit none', () => {
    expect(texts(compare('Program listrik 10.000 MW.', 'The 10,000 KW power programme.'))).toEqual([['unit', '10.000 MW', '10,000 KW', 'drift']]);
    expect(texts(compare('Konsumsi 500 kWh.', 'Consumption of 500 megawatt-hours.'))).toEqual([['unit', '500 kWh', '500 megawatt-hours', 'drift']]);
    expect(compare('Pembangkit 1.000 MW.', 'A 1 GW plant.').mismatches).toEqual([]);
    expect(compare('Konsumsi 1,5 juta kilowatt jam.', 'Consumption of 1.5 million KWh.').mismatches).toEqual([]);
    expect(compare('Daya 900 watt.', 'A 900-watt connection.').mismatches).toEqual([]);
    // Indonesian against Indonesian (a republication)
    expect(texts(compare('Pembangkit 600 MW.', 'Pembangkit 600 kW.', 'id'))).toEqual([['unit', '600 MW', '600 kW', 'drift']]);
    expect(compare('Pembangkit 2 gigawatt.', 'Pembangkit 2.000 megawatt.', 'id').mismatches).toEqual([]);
  });
});

describe('a unit change on both ends of one quote is one change', () => {
  it('*Rp9.465/9.470* ↔ `US$9,465/9,470`: a drift on the first end, the second for review (and from an Indonesian-sign copy into Indonesian)', () => {
    expect(texts(compare('Rupiah melemah menjadi Rp9.465/9.470 per dolar AS.', 'The rupiah fell to US$9,465/9,470 per dollar.'))).toEqual([
      ['unit', 'Rp9.465', 'US$9,465', 'drift'],
      ['unit', '9.470', '9,470', 'review'],
    ]);
    expect(texts(compare('Rupiah melemah menjadi Rp9.465/9.470 per dolar AS.', 'Rupiah melemah menjadi US$9.465/9.470 per dolar AS.', 'id'))).toEqual([
      ['unit', 'Rp9.465', 'US$9.465', 'drift'],
      ['unit', '9.470', '9.470', 'review'],
    ]);
  });
  it('guard: a unit changed on the second end alone stays a drift', () => {
    expect(texts(compare('Rupiah melemah menjadi Rp9.465/9.470 per dolar AS.', 'The rupiah fell to Rp9,465/US$9,470 per dollar.')).map((m) => m[3])).toEqual(['drift']);
  });
});
