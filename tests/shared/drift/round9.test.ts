/**
 * Drift rules of the ninth round on real translations (issue 10, the dev6 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';
import { slipOfMonthName } from '../../../shared/drift/unread-renderings';

describe('a day whose short month name is typed with one slip pairs with the date, for review', () => {
  it('Indonesian *7 Aprol* against "April 7": both stay for review, no drift', () => {
    const a = 'Empat pekerja tewas dalam kebakaran gudang pada 7 Aprol lalu, kata polisi.';
    const b = 'Four workers died in the warehouse fire on April 7, police said.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b).sort()).toEqual(['added:April 7', 'missing:7 Aprol']);
  });
  it('English "Mrach 12" against *12 Maret*: for review', () => {
    const a = 'Three traders were hurt when the council shut the market on Mrach 12.';
    const b = 'Tiga pedagang terluka ketika dewan menutup pasar pada 12 Maret.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id').sort()).toEqual(['added:12 Maret', 'missing:12']);
    expect(drifts(a, b.replace('12 Maret', '15 Maret'), 'en', 'id').sort()).toEqual(['added:15 Maret', 'missing:12']);
  });
  it('another day under the slipped month stays a drift', () => {
    const a = 'Empat pekerja tewas dalam kebakaran gudang pada 7 Aprol lalu, kata polisi.';
    const b = 'Four workers died in the warehouse fire on April 9, police said.';
    expect(drifts(a, b).sort()).toEqual(['added:April 9', 'missing:7 Aprol']);
  });
  it('reads a slipped month only from a capitalised word one slip after its first letter, not a month itself', () => {
    expect(slipOfMonthName('Aprol', 'id')).toBe(4);
    expect(slipOfMonthName('Mrach', 'en')).toBe(3);
    expect(slipOfMonthName('Agustsu', 'id')).toBe(8);
    expect(slipOfMonthName('April', 'en')).toBeUndefined();
    expect(slipOfMonthName('aprol', 'id')).toBeUndefined();
    expect(slipOfMonthName('Bpril', 'en')).toBeUndefined();
    expect(slipOfMonthName('Mei', 'id')).toBeUndefined();
  });
});

describe('a military-style clock time after a clock word pairs with the same time written with a separator, for review', () => {
  it('Indonesian *pukul 19.30* against "at 1930": both stay for review, no drift', () => {
    const a = 'Dua sandera dilepas pada pukul 19.30 waktu Jakarta (pukul 12.30 GMT), kata polisi.';
    const b = 'The two hostages were let go at 1930 (Jakarta time, 1230 GMT), police said.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b).sort()).toEqual(['added:1930', 'missing:19.30']);
  });
  it('another time stays a drift', () => {
    const a = 'Dua sandera dilepas pada pukul 19.30 waktu Jakarta (pukul 12.30 GMT), kata polisi.';
    const b = 'The two hostages were let go at 1945 (Jakarta time, 1230 GMT), police said.';
    expect(drifts(a, b).sort()).toEqual(['added:1945', 'missing:19.30']);
  });
  it('English "at 2115" against *pukul 21.15*: no drift; against *pukul 21.45*: a drift', () => {
    const a = 'The two hostages were freed at 2115, three hours after the raid.';
    const b = 'Kedua sandera dibebaskan pukul 21.15, tiga jam setelah penggerebekan.';
    expect(drifts(a, b, 'en', 'id')).toEqual([]);
    expect(reviews(a, b, 'en', 'id')).toContain('missing:2115');
    expect(drifts(a, b.replace('21.15', '21.45'), 'en', 'id').sort()).toEqual(['added:21.45', 'missing:2115']);
  });
  it('a year after *pada* / "in" stays a year', () => {
    expect(drifts('Harga pada 1930 lebih rendah, kata dua pedagang pada pukul 10.30.', 'Prices in 1930 were lower, two traders said at 1030.')).toEqual([]);
  });
});

describe('a bound before "another", "a further" or "an additional" keeps its hedge', () => {
  it('Indonesian *sedikitnya dua ... lagi* against "at least another two": no qualifier drift', () => {
    expect(allLevels('Tiga pekerja hilang dan sedikitnya dua pekerja lagi terluka.', 'Three workers are missing and at least another two workers were hurt.')).toEqual([]);
  });
  it('English "at least another four" against *sedikitnya empat*: agrees', () => {
    expect(allLevels('At least another four farmers lost their crops.', 'Sedikitnya empat petani lain kehilangan panen.', 'en', 'id')).toEqual([]);
  });
  it('"up to a further 300" against *hingga 300 ... lagi*: agrees', () => {
    expect(allLevels('Up to a further 300 houses may be flooded, officials said.', 'Hingga 300 rumah lagi bisa terendam, kata pejabat.', 'en', 'id')).toEqual([]);
  });
  it('the hedge dropped on the Indonesian side stays a qualifier drift', () => {
    expect(drifts('Tiga pekerja hilang dan dua pekerja lagi terluka.', 'Three workers are missing and at least another two workers were hurt.')).toEqual(['qualifier:dua pekerja']);
  });
});
