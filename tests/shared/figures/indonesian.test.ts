import { describe, it, expect } from 'vitest';
import { parseIndonesianCardinal, parseIndonesianMagnitude, parseIndonesianOrdinal } from '../../../shared/figures/indonesian';
import { extractFromSentence } from '../../../shared/figures';

const words = (s: string) => s.split(' ');
const card = (s: string) => parseIndonesianCardinal(words(s), 0);

describe('Indonesian cardinal words', () => {
  it.each([
    ['satu', 1], ['dua', 2], ['tiga', 3], ['sembilan', 9], ['sepuluh', 10], ['sebelas', 11],
    ['dua belas', 12], ['sembilan belas', 19], ['dua puluh', 20], ['tiga puluh lima', 35],
    ['seratus', 100], ['dua ratus', 200], ['seratus sepuluh', 110], ['seratus dua belas', 112],
    ['seribu', 1000], ['seribu satu', 1001], ['dua ribu lima ratus', 2500], ['sejuta', 1e6],
    ['dua belas ribu tiga ratus empat puluh lima', 12345], ['satu juta dua ratus ribu', 1200000],
    ['sembilan ratus sembilan puluh sembilan miliar', 999e9], ['nol', 0],
  ])('%s = %d', (s, v) => {
    const r = card(s);
    expect(r?.value).toBe(v);
    expect(r?.used).toBe(words(s).length);
  });

  it('reads decimals, halves and fractions', () => {
    expect(card('dua koma lima')?.value).toBe(2.5);
    expect(card('dua koma lima juta')).toMatchObject({ value: 2500000, scale: 1e6, used: 4 });
    expect(card('nol koma dua lima')?.value).toBe(0.25);
    expect(card('setengah')).toMatchObject({ value: 0.5, fraction: true });
    expect(card('seperempat')).toMatchObject({ value: 0.25, fraction: true });
    expect(card('satu setengah')?.value).toBe(1.5);
    expect(card('satu setengah juta')).toMatchObject({ value: 1500000, scale: 1e6 });
    expect(card('setengah juta')?.value).toBe(500000);
    expect(card('dua pertiga')?.value).toBeCloseTo(2 / 3, 12);
    expect(card('sepertiga')?.value).toBeCloseTo(1 / 3, 12);
    expect(card('tiga perempat')?.value).toBe(0.75);
  });

  it('reports the scale only when the number ends with it', () => {
    expect(card('dua juta')?.scale).toBe(1e6);
    expect(card('dua ribu lima ratus')?.scale).toBeUndefined();
  });

  it('stops before words that do not continue the number', () => {
    expect(card('dua tiga hari')).toMatchObject({ value: 2, used: 1 });
    expect(card('dua belas tiga')).toMatchObject({ value: 12, used: 2 });
    expect(card('lima orang')).toMatchObject({ value: 5, used: 1 });
    expect(card('ribu orang')).toBeNull();
    expect(card('belas')).toBeNull();
    expect(card('tentara')).toBeNull();
  });
});

describe('Indonesian magnitudes and ordinals', () => {
  it('reads magnitude plurals', () => {
    expect(parseIndonesianMagnitude(words('ribuan tentara'), 0)).toMatchObject({ value: 1000, used: 1, magnitude: true });
    expect(parseIndonesianMagnitude(words('puluhan ribu warga'), 0)).toMatchObject({ value: 10000, used: 2 });
    expect(parseIndonesianMagnitude(words('ratusan ribu'), 0)?.value).toBe(100000);
    expect(parseIndonesianMagnitude(words('puluhan'), 0)?.value).toBe(10);
    expect(parseIndonesianMagnitude(words('belasan'), 0)?.value).toBe(10);
    expect(parseIndonesianMagnitude(words('jutaan'), 0)?.value).toBe(1e6);
    expect(parseIndonesianMagnitude(words('beberapa ribu'), 0)?.value).toBe(1000);
    expect(parseIndonesianMagnitude(words('beberapa hari'), 0)).toBeNull();
  });
  it('reads ordinal words', () => {
    expect(parseIndonesianOrdinal(['pertama'], 0)?.value).toBe(1);
    expect(parseIndonesianOrdinal(['kedua'], 0)?.value).toBe(2);
    expect(parseIndonesianOrdinal(['ketiga'], 0)?.value).toBe(3);
    expect(parseIndonesianOrdinal(['keseratus'], 0)?.value).toBe(100);
    expect(parseIndonesianOrdinal(words('kedua belas'), 0)).toMatchObject({ value: 12, used: 2 });
    expect(parseIndonesianOrdinal(words('kedua puluh satu'), 0)).toMatchObject({ value: 21, used: 3 });
    expect(parseIndonesianOrdinal(['keduanya'], 0)).toBeNull();
    expect(parseIndonesianOrdinal(['kemudian'], 0)).toBeNull();
  });
});

describe('Indonesian sentences', () => {
  const first = (s: string) => extractFromSentence(s, 'id')[0];

  it('reads scales, M and T after Rp, rb and jt', () => {
    expect(first('naik menjadi 2,5 juta orang')).toMatchObject({ kind: 'count', value: 2500000, scale: 1e6, unit: 'orang', form: 'mixed' });
    expect(first('senilai Rp 5 T')).toMatchObject({ kind: 'money', value: 5e12, currency: 'IDR', scale: 1e12 });
    expect(first('senilai Rp 2,5 M')).toMatchObject({ kind: 'money', value: 2.5e9, currency: 'IDR' });
    expect(first('harganya Rp 50 rb')).toMatchObject({ kind: 'money', value: 50000 });
    expect(first('gajinya Rp 4 jt')).toMatchObject({ kind: 'money', value: 4e6 });
    expect(first('sebanyak 3 milyar')).toMatchObject({ value: 3e9, scale: 1e9 });
  });

  it('reads every qualifier', () => {
    const cases: [string, string][] = [
      ['lebih dari', 'more-than'], ['sekitar', 'about'], ['kira-kira', 'about'], ['kurang lebih', 'about'],
      ['hampir', 'about'], ['nyaris', 'about'], ['setidaknya', 'at-least'], ['sedikitnya', 'at-least'],
      ['paling sedikit', 'at-least'], ['minimal', 'at-least'], ['hingga', 'up-to'], ['sampai', 'up-to'],
      ['maksimal', 'at-most'], ['paling banyak', 'at-most'], ['kurang dari', 'less-than'], ['di bawah', 'less-than'],
      ['di atas', 'more-than'],
    ];
    for (const [q, expected] of cases) {
      const f = first(`Jumlahnya ${q} 6.000 tentara.`);
      expect(f, q).toMatchObject({ value: 6000, qualifier: expected, unit: 'tentara', text: `${q} 6.000 tentara` });
    }
  });

  it('reads percents, money and multipliers', () => {
    expect(first('naik 45 persen')).toMatchObject({ kind: 'percent', value: 45 });
    expect(first('naik 12,5%')).toMatchObject({ kind: 'percent', value: 12.5 });
    expect(first('sebanyak empat puluh lima persen')).toMatchObject({ kind: 'percent', value: 45, form: 'words' });
    expect(first('dana US$3 miliar')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD' });
    expect(first('dana 3 miliar dolar AS')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD', text: '3 miliar dolar AS' });
    expect(first('dana 2 juta euro')).toMatchObject({ kind: 'money', value: 2e6, currency: 'EUR' });
    expect(first('dana 5 miliar won')).toMatchObject({ currency: 'KRW' });
    expect(first('dana 5 miliar rubel')).toMatchObject({ currency: 'RUB' });
    expect(first('dana 5 miliar yuan')).toMatchObject({ currency: 'CNY' });
    expect(first('dana 100 ribu rupiah')).toMatchObject({ kind: 'money', value: 100000, currency: 'IDR' });
    expect(first('naik dua kali lipat')).toMatchObject({ kind: 'other', value: 2 });
    expect(first('naik tiga kali lipat')).toMatchObject({ kind: 'other', value: 3 });
  });

  it('tells ordinals from "both"', () => {
    expect(first('kunjungan kedua presiden')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(first('pada hari ketiga.')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(first('untuk pertama kalinya')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(first('HUT ke-2 kota itu')).toMatchObject({ kind: 'ordinal', value: 2, text: 'ke-2' });
    expect(first('untuk kedua kalinya')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(extractFromSentence('Kedua negara sepakat.', 'id')).toEqual([]);
    expect(extractFromSentence('Ia bertemu kedua belah pihak.', 'id')).toEqual([]);
    expect(extractFromSentence('Keduanya sepakat.', 'id')).toEqual([]);
    expect(extractFromSentence('Ia menyebut kedua pemimpin itu.', 'id')).toEqual([]);
    expect(extractFromSentence('Ia salah satu pemimpin.', 'id')).toEqual([]);
    expect(extractFromSentence('Ia satu-satunya saksi.', 'id')).toEqual([]);
  });

  it('reads durations with their time unit', () => {
    expect(first('selama tiga hari')).toMatchObject({ kind: 'duration', value: 3, durationUnit: 'day' });
    expect(first('dua tahun lalu')).toMatchObject({ kind: 'duration', value: 2, durationUnit: 'year' });
    expect(first('selama 48 jam')).toMatchObject({ kind: 'duration', value: 48, durationUnit: 'hour', text: '48 jam' });
    expect(first('sudah dua pekan')).toMatchObject({ durationUnit: 'week' });
  });

  it('finds the counted thing', () => {
    expect(first('mengirim 10.000 tentara Korea Utara')).toMatchObject({ unit: 'tentara', text: '10.000 tentara' });
    expect(first('lebih dari 6.000 orang tewas')).toMatchObject({ unit: 'orang', qualifier: 'more-than' });
    expect(first('menewaskan 5 warga sipil')).toMatchObject({ unit: 'warga sipil' });
    expect(first('ada 5 buah rumah')).toMatchObject({ unit: 'rumah' });
    expect(first('sebanyak 12 yang hilang')).toMatchObject({ value: 12 });
    expect(first('sebanyak 12 yang hilang')?.unit).toBeUndefined();
    const two = extractFromSentence('37 dari 64 permukiman tertutup', 'id');
    expect(two.map((f) => [f.value, f.unit])).toEqual([[37, 'permukiman'], [64, 'permukiman']]);
  });
});
