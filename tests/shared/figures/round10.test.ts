/**
 * Reader rules of the tenth round on real translations (issue 10). The sentences are our own; none is
 * copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');

describe('"up to" after a verb whose particle is "up" names the level reached, no bound', () => {
  it('English: "edged up to", "moved up to", "strengthened up to" are exact; "rise up to", "by up to" keep their bound', () => {
    expect(en('The rupiah edged up to Rp9,100 per dollar.')[0]).toMatchObject({ value: 9100, qualifier: 'exact' });
    expect(en('Crude moved up to $71 a barrel.')[0]).toMatchObject({ value: 71, qualifier: 'exact' });
    expect(en('The currency strengthened up to 9,050 against the dollar.')[0]).toMatchObject({ value: 9050, qualifier: 'exact' });
    expect(en('Growth was revised up to 6.1 percent.')[0]).toMatchObject({ value: 6.1, qualifier: 'exact' });
    expect(en('Prices may rise up to 5 percent.')[0]).toMatchObject({ value: 5, qualifier: 'up-to' });
    expect(en('Fares will climb by up to 8 percent.')[0]).toMatchObject({ value: 8, qualifier: 'up-to' });
    expect(en('Farmers can borrow up to Rp5 million.')[0]).toMatchObject({ value: 5e6, qualifier: 'up-to' });
  });
  it('Indonesian: the level reached (*naik menjadi*) is exact, *hingga* before an amount stays a bound', () => {
    expect(id('Rupiah naik menjadi Rp9.100 per dolar.')[0]).toMatchObject({ value: 9100, qualifier: 'exact' });
    expect(id('Petani dapat meminjam hingga Rp5 juta.')[0]).toMatchObject({ value: 5e6, qualifier: 'up-to' });
  });
});

describe('a hedge before a clock time makes it approximate', () => {
  it('Indonesian: *sekitar pukul 07.00* and *kira-kira jam 21.30* are about; *pukul 07.00*, *hingga pukul 07.00* exact', () => {
    expect(id('Kapal itu berangkat sekitar pukul 07.00 pagi.')[0]).toMatchObject({ kind: 'time', value: '07:00', qualifier: 'about', text: 'sekitar pukul 07.00 pagi' });
    expect(id('Rapat selesai kira-kira jam 21.30 malam.')[0]).toMatchObject({ kind: 'time', value: '21:30', qualifier: 'about' });
    expect(id('Kapal itu berangkat pukul 07.00 pagi.')[0]).toMatchObject({ kind: 'time', value: '07:00', qualifier: 'exact' });
    expect(id('Jalan ditutup hingga pukul 07.00 pagi.')[0]).toMatchObject({ kind: 'time', value: '07:00', qualifier: 'exact' });
  });
  it('English: "at about 7 am", "around 0500 GMT" are about; "at 7 am" exact', () => {
    expect(en('The ferry left at about 7 am.')[0]).toMatchObject({ kind: 'time', value: '07:00', qualifier: 'about' });
    expect(en('The ferry left around 0500 GMT.')[0]).toMatchObject({ kind: 'time', value: '05:00', qualifier: 'about' });
    expect(en('The ferry left at 7 am.')[0]).toMatchObject({ kind: 'time', value: '07:00', qualifier: 'exact' });
  });
});

describe('"multi-billion", "multimillion" are magnitudes, as *miliaran*, *jutaan*', () => {
  it('English: "a multi-billion dollar trade", "multimillion-dollar deals" are money of a magnitude', () => {
    expect(en('It is a multi-billion dollar trade.')[0]).toMatchObject({ kind: 'money', value: 1e9, qualifier: 'magnitude', currency: 'USD' });
    expect(en('They signed multimillion-dollar deals.')[0]).toMatchObject({ kind: 'money', value: 1e6, qualifier: 'magnitude', currency: 'USD' });
    expect(en('They built a multi-purpose hall.')).toEqual([]);
  });
  it('Indonesian: *miliaran dolar*, *jutaan dolar* are money of a magnitude', () => {
    expect(id('Perdagangan itu bernilai miliaran dolar.')[0]).toMatchObject({ kind: 'money', value: 1e9, qualifier: 'magnitude' });
    expect(id('Mereka meneken kontrak jutaan dolar.')[0]).toMatchObject({ kind: 'money', value: 1e6, qualifier: 'magnitude' });
  });
});

describe('hours with minutes before a day part or the local time are a clock time without a clock word', () => {
  it('Indonesian: *pada 09.03 pagi*, *pada 21.15 waktu setempat* are times; *2.50 persen* stays a percent', () => {
    expect(id('Gempa itu terjadi pada 09.03 pagi, Sabtu.')[0]).toMatchObject({ kind: 'time', value: '09:03' });
    expect(id('Gempa itu terjadi pada 09.03 malam, Sabtu.')[0]).toMatchObject({ kind: 'time', value: '21:03' });
    expect(id('Gempa itu terjadi pada 21.15 waktu setempat.')[0]).toMatchObject({ kind: 'time', value: '21:15' });
    expect(id('Harga naik 2.50 persen pagi itu.')[0]).toMatchObject({ kind: 'percent', value: 2.5 });
  });
  it('English: "21.15 local time" is a time, "9.03 tonnes" a count', () => {
    expect(en('The quake struck at 21.15 local time.')[0]).toMatchObject({ kind: 'time', value: '21:15' });
    expect(en('The ship carried 9.03 tonnes of rice.')[0]).toMatchObject({ kind: 'count', value: 9.03 });
  });
});

describe('a year that closes a quoted title of capitalised words is part of the name', () => {
  it('Indonesian: *\'Penghargaan Efisiensi Bank 2007\'* holds no date; a quoted sentence keeps its year', () => {
    expect(id("Dalam acara 'Penghargaan Efisiensi Bank 2007' di Jakarta, bank itu menang.").filter((f) => f.kind === 'date')).toEqual([]);
    expect(id("Ia berkata, 'ekonomi akan tumbuh pada 2007'.")[0]).toMatchObject({ kind: 'date', value: '2007' });
    expect(id('Pameran Pekan Raya Jakarta 2008 dibuka.')[0]).toMatchObject({ kind: 'date', value: '2008' });
  });
  it('English: "the \\"Festival of Lights 2008\\"" holds no date; "in 2008" after a quote keeps it', () => {
    expect(en('Crowds came to the "Festival of Lights 2008" on Monday.').filter((f) => f.kind === 'date')).toEqual([]);
    expect(en('He said "growth will slow in 2008" on Monday.')[0]).toMatchObject({ kind: 'date', value: '2008' });
  });
});
