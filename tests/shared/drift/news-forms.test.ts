/**
 * Comparing news forms across versions (classes met on the invented news pairs of tests/fixtures/news-pairs;
 * the sentences here are our own).
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, mismatchesByTag, reviews } from './helpers';

describe('news forms across versions', () => {
  it('a toll-road post changed is a value drift; the same post in other words matches', () => {
    expect(drifts('Kemacetan terjadi mulai KM 48 Tol Cikampek.', 'Traffic jammed from KM 84 of the Cikampek toll road.')).toEqual(['value:KM 48']);
    expect(allLevels('Kecelakaan terjadi di Tol Cipali KM 102.', 'The crash happened at kilometer 102 of the Cipali toll road.')).toEqual([]);
  });
  it('days before a holiday match the days said in words, and drift from others', () => {
    expect(allLevels('Puncak arus mudik terjadi pada H-4 Lebaran.', 'The exodus peaks four days before Lebaran.')).toEqual([]);
    expect(drifts('Puncak arus mudik terjadi pada H-4 Lebaran.', 'The exodus peaks three days before Lebaran.')).toEqual(['value:H-4']);
  });
  it('year spans written short match the long form', () => {
    expect(allLevels('Perang Padri (1803-1837) memecah wilayah itu.', 'The Padri War (1803-37) divided the region.')).toEqual([]);
    expect(allLevels('Tahun ajaran 2023/2024 dimulai Senin.', 'The 2023-2024 school year starts on Monday.')).toEqual([]);
  });
  it('a year written before its month (`the 2005 November campaign`) matches the month of that year, and drifts from another', () => {
    expect(allLevels('Ia sekutu presiden dalam kampanye pemilihan November 2005.', 'He was an ally of the president in the 2005 November election campaign.')).toEqual([]);
    expect(drifts('Ia sekutu presiden dalam kampanye pemilihan Oktober 2005.', 'He was an ally of the president in the 2005 November election campaign.')).toEqual(['date:Oktober 2005']);
    expect(mismatchesByTag('He was an ally of the president in the 2005 November election campaign.', 'en', 'Ia sekutu presiden dalam kampanye pemilihan November 2005.', 'id')).toEqual([]);
  });
  it('a clock time listed after the first matches its rendering', () => {
    expect(allLevels('Misa digelar pukul 07.00, 09.30, dan 18.00 WIB.', 'Mass is held at 7 a.m., 9:30 a.m. and 6 p.m.')).toEqual([]);
  });
  it('a weekday changed beside the same date is a date drift; with another date, the date is compared', () => {
    expect(drifts('Laga digelar pada Kamis (14/3).', 'The match is played on Wednesday (March 14).')).toEqual(['date:Kamis']);
    expect(drifts('Laga digelar pada Kamis (14/3).', 'The match is played on Thursday (March 15).')).toEqual(['date:14/3']);
  });
  it('figures miscopied (transposed digits, a day off) do not make a translation look like another sentence', () => {
    expect(drifts('Pemungutan suara ulang digelar di 473 TPS pada Sabtu, 17 Februari.', 'Revotes were held at 437 polling stations on Saturday, Feb. 18.')).toEqual([
      'value:473 TPS',
      'date:17 Februari',
    ]);
  });
  it('midnight said in a word against the clock time: for review only', () => {
    expect(drifts('Status dinaikkan pada Minggu pukul 24.00 WIB.', 'The status was raised at midnight on Sunday.')).toEqual([]);
    expect(reviews('Status dinaikkan pada Minggu pukul 24.00 WIB.', 'The status was raised at midnight on Sunday.')).toEqual(['missing:24.00 WIB']);
  });
  it('the same clock reading in another time zone is a value drift; the same moment in two zones matches', () => {
    expect(drifts('Gempa terjadi pukul 09.15 WITA.', 'The quake struck at 9:15 a.m. Jakarta time.')).toEqual(['value:09.15 WITA']);
    expect(allLevels('Gempa terjadi pukul 09.15 WITA.', 'The quake struck at 8:15 a.m. Jakarta time.')).toEqual([]);
    expect(allLevels('Gempa terjadi pukul 09.15 WITA.', 'The quake struck at 0115 GMT.')).toEqual([]);
  });
  it('one thing counted against two or more of it, beside a figure that agrees: a value drift, not the article', () => {
    expect(drifts('Satu nelayan selamat, sementara satu nelayan lain hilang.', 'One fisherman survived, while three other fishermen are missing.')).toEqual(['value:satu nelayan']);
    // guard: `another` renders satu … lain, no figure to compare
    expect(drifts('Satu nelayan selamat, sementara satu nelayan lain hilang.', 'One fisherman survived, while another is missing.')).toEqual([]);
  });
  it("a quake's magnitude hyphenated before its value is read in both languages (`magnitude-6.1`), an approximate scale (*Rp 299 jutaan*) meets `around Rp299 million`", () => {
    expect(allLevels('Gempa bermagnitudo 6,1 mengguncang Garut.', 'A magnitude-6.1 earthquake rocked Garut.')).toEqual([]);
    expect(allLevels('Gempa magnitudo-5,2 mengguncang Garut.', 'A magnitude 5.2 quake rocked Garut.')).toEqual([]);
    expect(drifts('Gempa bermagnitudo 6,1 mengguncang Garut.', 'A magnitude-6.4 earthquake rocked Garut.')).toEqual(['value:6,1']);
    // a code stays a code: COVID-19, F-16
    expect(allLevels('Pandemi COVID-19 melanda.', 'The COVID-19 pandemic struck.')).toEqual([]);
    expect(allLevels('Mobil itu dibanderol mulai Rp 299 jutaan.', 'The car is priced from around Rp299 million.')).toEqual([]);
    expect(drifts('Mobil itu dibanderol mulai Rp 299 jutaan.', 'The car is priced from around Rp399 million.')).toEqual(['value:Rp 299 jutaan']);
  });
  it('zero in a set phrase (net zero, zero tolerance, emisi nol bersih, toleransi nol) is no count; zero deaths is one', () => {
    expect(allLevels('Indonesia menargetkan net zero emission pada 2060.', 'Indonesia targets net zero emissions by 2060.')).toEqual([]);
    expect(allLevels('Indonesia menargetkan emisi nol bersih pada 2060.', 'Indonesia targets net-zero emissions by 2060.')).toEqual([]);
    expect(allLevels('Polisi menerapkan kebijakan toleransi nol terhadap narkoba.', 'Police apply a zero-tolerance policy on drugs.')).toEqual([]);
    expect(allLevels('Tidak ada korban jiwa, nol kematian.', 'There were no casualties, zero deaths.')).toEqual([]);
    expect(drifts('Tercatat nol kematian pekan ini.', 'Two deaths were recorded this week.')).toEqual(['value:nol kematian']);
    // zero said by a word of none on the other side: for review at most
    expect(drifts('Kebijakannya toleransi nol, yang berarti tak ada kelengahan dan tak ada kekebalan hukum.', 'The policy is zero tolerance, meaning zero complacency and zero impunity.')).toEqual([]);
    expect(drifts('Tercatat nol kematian pekan ini.', 'No deaths were recorded this week.')).toEqual([]);
    expect(drifts('No deaths were recorded this week.', 'Tercatat nol kematian pekan ini.', 'en', 'id')).toEqual([]);
  });
  it('a year in the name of an event (the Paris 2024 Olympics) is a year, as *Olimpiade Paris 2024* reads; 2024 tickets stay a count', () => {
    expect(allLevels('Ia meraih medali emas di Olimpiade Paris 2024.', 'He won a gold medal at the Paris 2024 Olympics.')).toEqual([]);
    expect(allLevels('Panitia menjual 2024 tiket.', 'The organisers sold 2024 tickets.')).toEqual([]);
    expect(drifts('Ia meraih medali emas di Olimpiade Paris 2024.', 'He won a gold medal at the Paris 2020 Olympics.')).toEqual(['date:2024']);
  });
  it('a number of days dropped beside the span of two dates that gives it is accounted for (review at most), in both languages and in a republication; another number of days drifts', () => {
    expect(drifts('Pertemuan digelar selama tiga hari, 4-6 Juni.', 'Pertemuan berlangsung pada 4 hingga 6 Juni.', 'id', 'id')).toEqual([]);
    expect(drifts('Pertemuan digelar selama empat hari, 4-6 Juni.', 'Pertemuan berlangsung pada 4 hingga 6 Juni.', 'id', 'id')).toEqual(['missing:empat hari']);
    expect(drifts('KTT digelar selama empat hari, 30 Mei hingga 2 Juni.', 'The summit ran from May 30 to June 2.')).toEqual([]);
    expect(drifts('The fair ran for two weeks, from March 1 to 14.', 'Pameran berlangsung 1-14 Maret.', 'en', 'id')).toEqual([]);
    expect(drifts('The fair ran for two weeks, from March 1 to 10.', 'Pameran berlangsung 1-10 Maret.', 'en', 'id')).toEqual(['missing:two weeks']);
  });
  it('`2.3m copies` is 2.3 million copies (a 100m sprint, the 400m hurdles and a 2.5m wall stay metres); `halved` is a fall of half; three months are a quarter', () => {
    expect(allLevels('Novel itu terjual 2,3 juta eksemplar.', 'The novel sold 2.3m copies.')).toEqual([]);
    expect(drifts('Novel itu terjual 2,3 juta eksemplar.', 'The novel sold 3.2m copies.')).toEqual(['value:2,3 juta eksemplar']);
    expect(allLevels('Ia menjuarai lari 100 meter.', 'He won the 100m sprint.')).toEqual([]);
    expect(allLevels('Ia menjuarai lari gawang 400 meter.', 'He won the 400m hurdles.')).toEqual([]);
    expect(allLevels('Harga turun 50 persen.', 'Prices halved.')).toEqual([]);
    expect(allLevels('Pangsa pasarnya turun separuh menjadi 12 persen.', 'Its market share halved to 12%.')).toEqual([]);
    expect(drifts('Dana itu cair dalam tiga bulan.', 'The funds will be disbursed within a quarter.')).toEqual([]);
    expect(drifts('Dana itu cair dalam lima bulan.', 'The funds will be disbursed within a quarter.')).toEqual(['missing:lima bulan']);
  });
  it('a fraction of a percentage point (a quarter point, half a percentage point, a half-point) meets the basis points and points it is', () => {
    expect(allLevels('The Fed menaikkan suku bunga sebesar 25 basis poin.', 'The Fed raised rates by a quarter point.')).toEqual([]);
    expect(allLevels('Bank itu memangkas suku bunga 0,5 poin persentase menjadi 5,75 persen.', 'It cut rates by half a percentage point to 5.75%.')).toEqual([]);
    expect(allLevels('Bank itu menaikkan suku bunga 75 basis poin.', 'It made a three-quarters of a point hike.')).toEqual([]);
    expect(drifts('Bank itu memangkas suku bunga 25 basis poin.', 'It cut rates by half a percentage point.')).toEqual(['value:25 basis poin']);
    // a quarter of something else stays a share
    expect(allLevels('Seperempat pemilih abstain.', 'A quarter of voters abstained.')).toEqual([]);
  });
});

describe('the games or sets of a match counted by their scores', () => {
  it('*dua gim* ↔ `straight games, 21-15, 21-18`, `three sets` ↔ *6-4, 3-6, 6-3*: the scores count them (review, not drift)', () => {
    const id2en = mismatchesByTag('Ia menang dua gim langsung, 21-15 dan 21-18.', 'id', 'She won in straight games, 21-15, 21-18.', 'en');
    expect(id2en.filter((m) => m.level === 'drift')).toEqual([]);
    const en2id = mismatchesByTag('She won the final in three sets, 6-4, 3-6, 6-3.', 'en', 'Ia memenangi final 6-4, 3-6, 6-3.', 'id');
    expect(en2id.filter((m) => m.level === 'drift')).toEqual([]);
  });
  it('guard: as many scores as another number of games leaves the count a drift', () => {
    const drifts = mismatchesByTag('Ia menang tiga gim, 21-15 dan 21-18.', 'id', 'She won in straight games, 21-15, 21-18.', 'en').filter((m) => m.level === 'drift');
    expect(drifts.map((m) => m.aFigure?.text)).toEqual(['tiga gim']);
  });
});

describe('an age said as a count on one side and in years on the other', () => {
  it('`aged 65 and over` ↔ *berusia 60 tahun ke atas*, `The victim, 33,` ↔ *berusia 35 tahun*: one value drift, not a figure missing and another added', () => {
    const aged = mismatchesByTag('Citizens aged 65 and over will get a third dose.', 'en', 'Warga berusia 60 tahun ke atas akan mendapat dosis ketiga.', 'id');
    expect(aged.map((m) => `${m.level} ${m.kind}`)).toEqual(['drift value']);
    const apposed = mismatchesByTag('Korban berusia 35 tahun dibawa ke rumah sakit.', 'id', 'The victim, 33, was taken to hospital.', 'en');
    expect(apposed.map((m) => `${m.level} ${m.kind}`)).toEqual(['drift value']);
    expect(mismatchesByTag('The victim, 33, was taken to hospital.', 'en', 'Korban berusia 33 tahun dibawa ke rumah sakit.', 'id')).toEqual([]);
  });
  it('guard: a count that states no age against a span of years stays two figures', () => {
    const two = mismatchesByTag('The company hired 33 people.', 'en', 'Perusahaan itu merekrut karyawan selama 35 tahun.', 'id');
    expect(two.map((m) => m.kind).sort()).toEqual(['added', 'missing']);
  });
});

describe('a bound at the other figure rounded toward it', () => {
  it('*lebih dari 600* ↔ `some 637`, `more than two dozen` ↔ *26*, *kurang dari 1.000* ↔ `about 960`: the bound changed (a qualifier), not the number', () => {
    const kinds = (a: string, ta: string, b: string, tb: string) => mismatchesByTag(a, ta, b, tb).map((m) => m.kind);
    expect(kinds('Lebih dari 600 orang terluka.', 'id', 'Some 637 people were injured.', 'en')).toEqual(['qualifier']);
    expect(kinds('Tercatat 26 gempa susulan.', 'id', 'There were more than two dozen aftershocks.', 'en')).toEqual(['qualifier']);
    expect(kinds('About 960 people attended.', 'en', 'Kurang dari 1.000 orang hadir.', 'id')).toEqual(['qualifier']);
    expect(kinds('Inflasi di atas 5 persen.', 'id', 'Inflation was 5.37 percent.', 'en')).toEqual(['qualifier']);
  });
  it('guard: a bound the other figure breaks, or not its rounding, is a value drift', () => {
    const kinds = (a: string, ta: string, b: string, tb: string) => mismatchesByTag(a, ta, b, tb).map((m) => m.kind);
    expect(kinds('Lebih dari 600 orang terluka.', 'id', 'Some 537 people were injured.', 'en')).toEqual(['value']);
    expect(kinds('Lebih dari 600 orang terluka.', 'id', 'Some 737 people were injured.', 'en')).toEqual(['value']);
  });
});
