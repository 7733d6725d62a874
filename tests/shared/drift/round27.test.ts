/**
 * Drift rules of the twenty-seventh round (issue 10), end to end on one bead. The sentences are our own,
 * written for these tests; none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { analyse, checkVersions } from '../../../shared/pipeline';
import { sameFigureValue } from '../../../shared/drift/neighbours';
import { drifts, fig, reviews } from './helpers';

describe('a date one republication gives without its year, the other with it', () => {
  it('*Selasa (4/6)* in one outlet, *4 Juni 2024* in the other: house style, a review, no drift (either way round)', () => {
    const a = 'Indeks saham turun 1,2 persen pada Selasa (4/6).';
    const b = 'Indeks saham turun 1,2 persen pada 4 Juni 2024.';
    expect(drifts(a, b, 'id', 'id')).toEqual([]);
    expect(reviews(a, b, 'id', 'id')).toEqual(['date:4/6']);
    expect(drifts(b, a, 'id', 'id')).toEqual([]);
  });
  it('two English republications likewise ("on Tuesday (6/4)" against "on June 4, 2024")', () => {
    expect(drifts('Shares fell 1.2 percent on June 4, 2024.', 'Shares fell 1.2 percent on Tuesday (4/6).', 'en', 'en')).toEqual([]);
  });
  it('a month named without its year in one outlet, with it in the other (*awal Agustus* / *awal Agustus 2025*), likewise', () => {
    expect(drifts('Api menghanguskan 1.340 hektare lahan sejak awal Agustus.', 'Api menghanguskan 1.340 hektare lahan sejak awal Agustus 2025.', 'id', 'id')).toEqual([]);
    expect(reviews('Indeks saham turun 1,2 persen pada 4 Juni.', 'Indeks saham turun 1,2 persen pada 4 Juni 2024.', 'id', 'id')).toEqual(['date:4 Juni']);
  });
  it('guard: a translation that adds the year still drifts (guideline section 18), as does another year in a republication', () => {
    expect(drifts('Indeks saham turun 1,2 persen pada Selasa (4/6).', 'Shares fell 1.2 percent on June 4, 2024.')).toEqual(['date:4/6']);
    expect(drifts('Indeks saham turun 1,2 persen pada 4 Juni 2023.', 'Indeks saham turun 1,2 persen pada 4 Juni 2024.', 'id', 'id')).toHaveLength(1);
  });
  it('guard: another day in the dateline is a changed date, a drift', () => {
    expect(drifts('Indeks saham turun 1,2 persen pada Selasa (4/6).', 'Indeks saham turun 1,2 persen pada 5 Juni 2024.', 'id', 'id')).toHaveLength(1);
  });
});

describe('a date moved to another sentence, its year said on one side only', () => {
  it('*Jumat (14/6)* and *14 Juni 2024* (or "June 14" and "June 14, 2024") state one day: the same figure when moved', () => {
    const day = (text: string, value: string) => fig(0, text, value, { kind: 'date' });
    expect(sameFigureValue(day('14/6', '--06-14'), day('14 Juni 2024', '2024-06-14'))).toBe(true);
    expect(sameFigureValue(day('June 14, 2024', '2024-06-14'), day('June 14', '--06-14'))).toBe(true);
    // guard: another day, or a month without its day, is not that day
    expect(sameFigureValue(day('14/6', '--06-14'), day('15 Juni 2024', '2024-06-15'))).toBe(false);
    expect(sameFigureValue(day('Juni', '--06'), day('14 Juni 2024', '2024-06-14'))).toBe(false);
  });
  it('end to end: the day dated in the next sentence of the other outlet is no missing and added pair of drifts', () => {
    const a = analyse('Lomba dibuka Senin (3/6) dan pemenangnya diumumkan Jumat (14/6) pukul 10.00 WIB.\nTahun ini ada 420 peserta dari 35 sekolah.', { lang: 'id', lines: true });
    const b = analyse('Peserta lomba yang dibuka Senin (3/6) tahun ini mencapai 420 orang dari 35 sekolah.\nPemenangnya diumumkan 14 Juni 2024 pukul 10.00.', { lang: 'id', lines: true });
    const beads = [0, 1].map((k) => ({ a: [k], b: [k], score: 1 }));
    const drift = checkVersions(a, b, { beads }).comparison.mismatches.filter((m) => m.kind !== 'entity' && m.level === 'drift');
    expect(drift.map((m) => m.aFigure?.text ?? m.bFigure?.text)).toEqual([]);
  });
});

describe('a plain percent rendered as percentage points', () => {
  it('English "rose 1.8%" made *naik 1,8 poin persentase* is a unit drift, as the reverse is', () => {
    expect(drifts('Average wages rose 1.8% this year.', 'Upah rata-rata naik 1,8 poin persentase tahun ini.', 'en', 'id')).toEqual(['unit:1.8%']);
    expect(drifts('Upah rata-rata naik 1,8 poin persentase tahun ini.', 'Average wages rose 1.8% this year.')).toEqual(['unit:1,8 poin persentase']);
  });
  it('an Indonesian *persen* made "percentage points" is a review (Indonesian copy often writes persen for points)', () => {
    const a = 'Upah rata-rata naik 1,8 persen tahun ini.';
    const b = 'Average wages rose 1.8 percentage points this year.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['unit:1,8 persen']);
  });
  it('two republications: either change of the word is a drift', () => {
    expect(drifts('Upah naik 1,8 persen.', 'Upah naik 1,8 poin persentase.', 'id', 'id')).toEqual(['unit:1,8 persen']);
  });
});

describe('a capitalised number word alone in running text is a name', () => {
  const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.text);
  it('*dari Lima menuju Ayacucho*, *rumah sakit di Lima*: the city, no count of five (so no added or missing figure)', () => {
    expect(read('Bus itu membawa 61 penumpang dari Lima menuju Ayacucho.', 'id')).toEqual(['61 penumpang']);
    expect(read('Korban dibawa ke rumah sakit di Lima.', 'id')).toEqual([]);
    expect(drifts('Bus itu membawa 61 penumpang dari Lima menuju Ayacucho.', 'The bus carried 61 passengers from Lima to Ayacucho.')).toEqual([]);
    expect(drifts('The bus carried 61 passengers from Lima to Ayacucho.', 'Bus itu membawa 61 penumpang dari Lima menuju Ayacucho.', 'en', 'id')).toEqual([]);
  });
  it('guard: a count in lower case, one opening a sentence, and a headline in capitals stay counts', () => {
    expect(read('Bantuan dikirim ke lima provinsi.', 'id')).toEqual(['lima provinsi']);
    expect(read('Lima provinsi menerima bantuan.', 'id')).toEqual(['Lima provinsi']);
    expect(read('Five provinces received aid.', 'en')).toEqual(['Five provinces']);
  });
});

describe('cents a translator adds as a conversion', () => {
  it('"Rp 6,500 (about 40 U.S. cents)": US cents, a conversion beside the rupiah, no added figure', () => {
    const cents = extractFromSentence('The price was set at Rp 6,500 (about 40 U.S. cents) per kilogram.', 'en')[1];
    expect(cents).toMatchObject({ kind: 'money', value: 0.4, currency: 'USD', conversion: true });
    expect(drifts('Harga ditetapkan Rp 6.500 per kilogram.', 'The price was set at Rp 6,500 (about 40 U.S. cents) per kilogram.')).toEqual([]);
    // (cents without a country beside a rupiah amount are not the rupiah's: it has none in use)
    expect(extractFromSentence('The price was Rp 6,500 (about 40 cents) a kilogram.', 'en')[1]).toMatchObject({ currency: 'USD' });
  });
  it('guard: Indonesian *sen* beside a dollar amount are its cents; a changed amount in cents still drifts', () => {
    expect(extractFromSentence('Saham itu naik 5 sen menjadi 1,20 dolar AS.', 'id')[0]).toMatchObject({ kind: 'money', value: 0.05, currency: 'USD' });
    expect(drifts('Saham itu naik 5 sen menjadi 1,20 dolar AS.', 'The shares rose 7 cents to $1.20.')).toHaveLength(1);
  });
});

describe('a comparison with a named target', () => {
  it('"well below the 95% target" states the target (95 percent, exact), as *jauh di bawah target 95 persen* does', () => {
    const en = extractFromSentence('Coverage was only 78% last year, well below the 95% target.', 'en');
    expect(en.map((f) => [f.text, f.qualifier])).toEqual([['78%', 'exact'], ['95%', 'exact']]);
    expect(drifts('Cakupan imunisasi hanya 78 persen, jauh di bawah target 95 persen.', 'Coverage was only 78% last year, well below the 95% target.')).toEqual([]);
  });
  it('guard: below a level, or below a figure with no target named, is still a bound', () => {
    expect(extractFromSentence('The index closed below the 7,000 level.', 'en')[0].qualifier).toBe('less-than');
    expect(extractFromSentence('Coverage fell below 95% last year.', 'en')[0].qualifier).toBe('less-than');
  });
});

describe('one unit of time under an upper bound, said with an article-like prefix', () => {
  it('*hingga sepekan ke depan* against "for a week" (no figure read): a review, no missing drift', () => {
    const a = 'Hujan lebat masih berpotensi terjadi hingga sepekan ke depan.';
    const b = 'Heavy rain could continue for a week.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:hingga sepekan']);
  });
  it('guard: an explicit "up to one year" left out, and *hingga tiga pekan*, still drift', () => {
    expect(drifts('The shares are held for a period.', 'The shares are held for up to one year.', 'en', 'en')).toEqual(['added:up to one year']);
    expect(drifts('Hujan lebat masih berpotensi terjadi hingga tiga pekan ke depan.', 'Heavy rain could continue.')).toEqual(['missing:hingga tiga pekan']);
  });
});

describe('a year moved with its sentence', () => {
  it('*Untuk 2025, … 735 juta ton* moved to open the other outlet\'s story: the year moved with the tonnage, reviews only', () => {
    const a = analyse('Produksi batu bara sepanjang 2024 mencapai 836 juta ton.\nEkspor menyerap 555 juta ton.\nUntuk 2025, pemerintah menetapkan target produksi 735 juta ton.', { lang: 'id', lines: true });
    const b = analyse('Pemerintah mematok produksi batu bara 2025 sebesar 735 juta ton, setelah tahun lalu mencapai 836 juta ton pada 2024.\nEkspor menyerap 555 juta ton.', { lang: 'id', lines: true });
    const beads = [{ a: [0], b: [0], score: 1 }, { a: [1], b: [1], score: 1 }, { a: [2], b: [], score: 1 }];
    const ms = checkVersions(a, b, { beads }).comparison.mismatches.filter((m) => m.kind !== 'entity');
    expect(ms.filter((m) => m.level === 'drift').map((m) => m.aFigure?.text ?? m.bFigure?.text)).toEqual([]);
    expect(ms.map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`).sort()).toEqual(['added:2025', 'added:735 juta ton', 'missing:2025', 'missing:735 juta ton']);
  });
  it('guard: a year alone dropped while its sentence\'s other figure stays is still a drift', () => {
    const a = analyse('Produksi batu bara pada 2025 ditargetkan 735 juta ton.\nEkspor menyerap 555 juta ton pada 2024.', { lang: 'id', lines: true });
    const b = analyse('Produksi batu bara ditargetkan 735 juta ton.\nEkspor menyerap 555 juta ton pada 2024.', { lang: 'id', lines: true });
    const beads = [0, 1].map((k) => ({ a: [k], b: [k], score: 1 }));
    const ms = checkVersions(a, b, { beads }).comparison.mismatches.filter((m) => m.kind !== 'entity' && m.level === 'drift');
    expect(ms.map((m) => `${m.kind}:${m.aFigure?.text ?? m.bFigure?.text}`)).toEqual(['missing:2025']);
  });
});

describe('a dated year changed beside the same relative year on both sides', () => {
  it('"a year earlier … since November 2022" against *setahun sebelumnya … sejak November 2021* is a date drift', () => {
    expect(drifts('Prices were 3.9% higher than a year earlier, the fastest since November 2022.', 'Harga 3,9 persen lebih tinggi dibandingkan setahun sebelumnya, tercepat sejak November 2021.', 'en', 'id')).toEqual(['date:November 2022']);
  });
  it('guard: the year before said relatively on one side only still accounts for the earlier date (the same period last year)', () => {
    expect(drifts('Ekspor Januari-Oktober 2006 naik 5 persen.', 'Exports in the January-October 2007 period rose 5 percent from the same period last year.')).toEqual([]);
  });
});

describe('a count of semesters is a length of time', () => {
  it('*satu semester* is *enam bulan*, "two semesters" twelve months; a changed length still drifts', () => {
    expect(extractFromSentence('Kontraktor wajib memelihara jembatan selama satu semester.', 'id')[0]).toMatchObject({ kind: 'duration', value: 1, durationUnit: 'semester' });
    expect(drifts('Kontraktor diberi masa pemeliharaan enam bulan.', 'Kontraktor wajib memelihara jembatan selama satu semester.', 'id', 'id')).toEqual([]);
    expect(drifts('Mahasiswa belajar selama 12 bulan.', 'Students study for two semesters.')).toEqual([]);
    expect(drifts('Kontraktor diberi masa pemeliharaan tiga bulan.', 'Kontraktor wajib memelihara jembatan selama dua semester.', 'id', 'id')).toHaveLength(1);
  });
  it('guard: the half-year by its number, or one of a named year, is a part of that year', () => {
    expect(extractFromSentence('Laba semester I naik 5 persen.', 'id')[0]).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(extractFromSentence('Pemerintah melihat perkembangan dalam satu semester tahun 2007.', 'id')[0]).toMatchObject({ kind: 'count', unit: 'semester' });
  });
});

describe('hedges between two republications', () => {
  it('*Sekitar 2.300 sopir* made *Sebanyak 2.300 sopir* drops the hedge (a drift); in a translation *sebanyak* faces "about" as before', () => {
    expect(drifts('Sekitar 2.300 sopir angkot mogok pada Kamis.', 'Sebanyak 2.300 sopir angkot mogok pada Kamis.', 'id', 'id')).toEqual(['qualifier:Sekitar 2.300 sopir']);
    expect(drifts('Sebanyak 2.300 sopir angkot mogok pada Kamis.', 'About 2,300 minibus drivers went on strike on Thursday.')).toEqual([]);
    expect(drifts('Sebanyak 2.300 sopir angkot mogok pada Kamis.', 'Hingga 2.300 sopir angkot mogok pada Kamis.', 'id', 'id')).toEqual([]);
  });
  it('*suhu maksimum 38,4 derajat* is the highest temperature read, no upper bound against *suhu tertinggi 38,4 derajat*', () => {
    expect(extractFromSentence('BMKG mencatat suhu maksimum 38,4 derajat Celsius di Semarang.', 'id')[0].qualifier).toBe('exact');
    expect(drifts('BMKG mencatat suhu maksimum 38,4 derajat Celsius.', 'BMKG mencatat suhu tertinggi 38,4 derajat Celsius.', 'id', 'id')).toEqual([]);
  });
});

describe('so many days said as multiples of 24 hours', () => {
  it('*2 x 24 jam* (and *1x24 jam*) is one length of time, 48 hours, as "48 hours" or "two days" say it', () => {
    expect(extractFromSentence('Warga diminta menunggu 2 x 24 jam sebelum melapor.', 'id').map((f) => [f.text, f.kind, f.value, f.durationUnit])).toEqual([['2 x 24 jam', 'duration', 48, 'hour']]);
    expect(extractFromSentence('Polisi memberi waktu 1x24 jam.', 'id')[0]).toMatchObject({ kind: 'duration', value: 24 });
    expect(drifts('Warga diminta menunggu 2 x 24 jam sebelum melapor.', 'Residents were asked to wait 48 hours before filing a report.')).toEqual([]);
    expect(drifts('Warga diminta menunggu 2 x 24 jam sebelum melapor.', 'Residents were asked to wait two days before filing a report.')).toEqual([]);
    expect(extractFromSentence('Pelaku diberi waktu maksimal 2 x 24 jam.', 'id')[0]).toMatchObject({ value: 48, qualifier: 'at-most' });
  });
  it('guard: 3 x 24 jam against "48 hours" is a changed length; *2 x 3 meter* stays two figures', () => {
    expect(drifts('Warga diminta menunggu 3 x 24 jam sebelum melapor.', 'Residents were asked to wait 48 hours before filing a report.')).toHaveLength(1);
    expect(extractFromSentence('Kolam itu berukuran 2 x 3 meter.', 'id').some((f) => f.kind === 'duration')).toBe(false);
  });
});

describe('particulate matter named by its size', () => {
  it('`PM 2.5`, `PM 10` name a pollutant, no figure (as *PM2,5* glued is none): no added 2.5', () => {
    expect(extractFromSentence('Konsentrasi PM 2.5 mencapai 168 mikrogram per meter kubik.', 'id').map((f) => f.text)).toEqual(['168 mikrogram']);
    expect(extractFromSentence('PM 10 levels hit 300 at 5 PM on Friday.', 'en').map((f) => f.text)).toEqual(['300', '5 PM']);
    expect(drifts('Konsentrasi PM2,5 mencapai 168 mikrogram per meter kubik.', 'Konsentrasi PM 2.5 tercatat 168 mikrogram per meter kubik.', 'id', 'id')).toEqual([]);
  });
});

describe('a fraction of one unit of time', () => {
  it('"three-quarters of an hour" is 45 minutes, "a quarter of a century" 25 years; a fraction of people stays a share', () => {
    expect(extractFromSentence('The meeting lasted three-quarters of an hour.', 'en')[0]).toMatchObject({ kind: 'duration', value: 0.75, durationUnit: 'hour' });
    expect(drifts('Rapat berlangsung 45 menit.', 'The meeting lasted three-quarters of an hour.')).toEqual([]);
    expect(drifts('Pembangunan itu memakan waktu 25 tahun.', 'The construction took a quarter of a century.')).toEqual([]);
    expect(drifts('Rapat berlangsung 30 menit.', 'The meeting lasted three-quarters of an hour.')).toHaveLength(1);
    expect(extractFromSentence('Three-quarters of the voters agreed.', 'en')[0].kind).toBe('count');
  });
});
