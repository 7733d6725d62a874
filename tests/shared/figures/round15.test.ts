/**
 * Reader rules of the fifteenth round on real translations (issue 10, the dev11 classes). The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a number after a label word that a percent word follows is a share, not a label', () => {
  it('English: `the fishing sector 2.7 percent`, `zone 3%`', () => {
    expect(read(en('Mining grew 6.2 percent and the fishing sector 2.7 percent.'))).toEqual([
      ['6.2 percent', 'percent', 6.2],
      ['2.7 percent', 'percent', 2.7],
    ]);
    expect(read(en('Prices rose in zone 3% faster than elsewhere.'))).toEqual([['3%', 'percent', 3]]);
  });
  it('Indonesian: *sektor 2,7 persen*', () => {
    expect(read(id('Sumbangan terbesar dari sektor 2,7 persen itu datang dari perikanan.'))).toEqual([['2,7 persen', 'percent', 2.7]]);
  });
  it('guard: a label with no percent word after it still names (`sector 4`, *sektor 7*)', () => {
    expect(read(en('Troops moved into sector 4 overnight.'))).toEqual([]);
    expect(read(id('Pasukan bergerak ke sektor 7 pada malam hari.'))).toEqual([]);
  });
});

describe('an English month, day and year with no space after the comma (`May 3,2004`)', () => {
  it('is one date', () => {
    expect(read(en('The plant opened on May 3,2004, after long delays.'))).toEqual([['May 3,2004', 'date', '2004-05-03']]);
    expect(read(en('Talks resumed on October 21,1998 in Geneva.'))).toEqual([['October 21,1998', 'date', '1998-10-21']]);
  });
  it('guard: a thousands group after a month stays a count (`June 4,500 tonnes`), an impossible day stays no date', () => {
    expect(read(en('Exports in June 4,500 tonnes higher.'))).toEqual([
      ['June', 'date', '--06'],
      ['4,500 tonnes', 'count', 4500],
    ]);
    expect(en('It rained in February 30,2004 style.').some((f) => f.kind === 'date' && f.text.includes('30,2004'))).toBe(false);
  });
});

describe('an Indonesian bound run into one word, or said on *ada*/*terdapat* before the count', () => {
  it('*lebihdari*, *kurangdari* bound the number after them', () => {
    expect(id('Polisi mengerahkan lebihdari 3.000 petugas.').map((f) => [f.text, f.qualifier])).toEqual([['lebihdari 3.000 petugas', 'more-than']]);
    expect(id('Inflasi kurangdari 4 persen.').map((f) => [f.text, f.qualifier])).toEqual([['kurangdari 4 persen', 'less-than']]);
  });
  it('*setidaknya ada*, *sedikitnya terdapat* bound the count', () => {
    expect(id('Ia menyebut setidaknya ada empat hambatan.').map((f) => [f.text, f.qualifier])).toEqual([['setidaknya ada empat hambatan', 'at-least']]);
    expect(id('Di desa itu sedikitnya terdapat 40 rumah rusak.').map((f) => [f.text, f.qualifier])).toEqual([['sedikitnya terdapat 40 rumah', 'at-least']]);
  });
  it('guard: *ada* with no bound word before it adds no bound', () => {
    expect(id('Menurut dia, ada empat hambatan.').map((f) => f.qualifier)).toEqual(['exact']);
  });
});

describe('`over` as the particle of a verb (`took over`, `handed over`) bounds nothing', () => {
  it('`has taken over a 40 percent stake`, `handed over 12 rifles`: exact', () => {
    expect(en('The bank has taken over a 40 percent stake in the insurer.').map((f) => [f.text, f.qualifier])).toEqual([['40 percent', 'exact']]);
    expect(en('The rebels handed over 12 rifles to the army.').map((f) => [f.text, f.qualifier])).toEqual([['12 rifles', 'exact']]);
    expect(en('The stock includes last season’s carry over of 200,000 tonnes.').map((f) => [f.text, f.qualifier])).toEqual([['200,000 tonnes', 'exact']]);
    expect(en('The treasury rolled over 4 billion dollars of bills.').map((f) => [f.text, f.qualifier])).toEqual([['4 billion dollars', 'exact']]);
  });
  it('guard: `over` after another verb is still a bound (`sold over 20 units`)', () => {
    expect(en('The dealer sold over 20 units last week.').map((f) => [f.text, f.qualifier])).toEqual([['over 20 units', 'more-than']]);
  });
});

describe('conversions in brackets', () => {
  it('`lose 20 pounds (9 kg)`: the pounds are a weight, the kilograms convert them', () => {
    const fs = en('Doctors told him to lose 30 pounds (14 kg) before surgery.');
    expect(fs.map((f) => [f.text, f.kind, f.unit, f.conversion ?? false])).toEqual([
      ['30 pounds', 'count', 'pounds', false],
      ['14 kg', 'count', 'kg', true],
    ]);
  });
  it('`45 kilograms (99 pounds)` and `250 grams (9 ounces)`: the bracket converts the mass', () => {
    expect(en('The bag weighed 45 kilograms (99 pounds) at the border.').map((f) => [f.text, f.kind, f.unit, f.conversion ?? false])).toEqual([
      ['45 kilograms', 'count', 'kilograms', false],
      ['99 pounds', 'count', 'pounds', true],
    ]);
    expect(en('Each packet held 250 grams (9 ounces) of resin.').map((f) => [f.text, f.conversion ?? false])).toEqual([
      ['250 grams', false],
      ['9 ounces', true],
    ]);
  });
  it('guard: pounds beside no mass stay money (`30 pounds (US$40)`)', () => {
    expect(en('The ticket costs 30 pounds (US$40) online.').map((f) => [f.text, f.kind])).toEqual([
      ['30 pounds', 'money'],
      ['US$40', 'money'],
    ]);
  });
  it('a bare amount alone in the bracket after money converts it (`500,000 dollars (640,000 US)`)', () => {
    const fs = en('Police seized 500,000 dollars (640,000 US) in fake notes.');
    expect(fs.map((f) => [f.text, f.conversion ?? false])).toEqual([
      ['500,000 dollars', false],
      ['640,000', true],
    ]);
  });
  it('guard: a bracket that goes on after the number is no conversion (`(640,000 notes)`)', () => {
    const fs = en('Police seized 500,000 dollars (640,000 notes) in fakes.');
    expect(fs.map((f) => f.conversion ?? false)).toEqual([false, false]);
  });
  it('a time in another zone after *pukul* inside the bracket: *05.00 GMT (pukul 12.00 WIB)*', () => {
    const fs = id('Batas waktu berakhir pukul 05.00 GMT (pukul 12.00 WIB) kemarin.');
    expect(fs.map((f) => [f.text, f.conversion ?? false])).toEqual([
      ['05.00 GMT', false],
      ['12.00 WIB', true],
    ]);
  });
});

describe('an Indonesian `9/11` that names the attacks', () => {
  it('after a word for the event typed with a slip (*peritiwa 9/11*)', () => {
    expect(read(id('Sejak peritiwa 9/11 keamanan bandara diperketat.'))).toEqual([['9/11', 'date', '2001-09-11']]);
  });
  it('beside another `9/11` of the sentence that names the attacks', () => {
    expect(read(id('Dunia berubah sejak 9/11, kata dia, merujuk pada serangan 9/11.'))).toEqual([
      ['9/11', 'date', '2001-09-11'],
      ['9/11', 'date', '2001-09-11'],
    ]);
  });
  it('guard: alone, or after a weekday, it is still 9 November', () => {
    expect(read(id('Rapat digelar pada 9/11 di Jakarta.'))).toEqual([['9/11', 'date', '--11-09']]);
    expect(read(id('Sejak serangan 9/11 rapat rutin digelar, terakhir Senin (9/11).'))).toEqual([
      ['9/11', 'date', '2001-09-11'],
      ['9/11', 'date', '--11-09'],
    ]);
  });
});

describe('a control character between digits where only a decimal mark fits', () => {
  it('English: `Rp512\\u001b47 billion` reads 512.47 billion', () => {
    expect(read(en('Banks lent Rp512\u001b47 billion to small firms.'))).toEqual([['Rp512\u001b47 billion', 'money', 512470000000]]);
  });
  it('Indonesian: *Rp512\\u001b47 miliar* reads 512,47 miliar', () => {
    expect(read(id('Bank menyalurkan Rp512\u001b47 miliar kepada usaha kecil.'))).toEqual([['Rp512\u001b47 miliar', 'money', 512470000000]]);
  });
  it('guard: before three digits (a thousands group or a decimal) it is left alone', () => {
    expect(read(en('Banks lent Rp512\u001b470 billion to small firms.'))).toEqual([
      ['Rp512', 'money', 512],
      ['470 billion', 'count', 470e9],
    ]);
  });
});

describe('an amount restated as a share of a whole (`Rp80 trillion or 1.6 percent of GDP`)', () => {
  it('the share converts the amount, in both languages', () => {
    expect(en('The deficit is set at Rp80 trillion or 1.6 percent of GDP.').map((f) => [f.text, f.conversion ?? false])).toEqual([
      ['Rp80 trillion', false],
      ['1.6 percent', true],
    ]);
    expect(id('Defisit ditetapkan Rp80 triliun atau 1,6 persen dari PDB.').map((f) => [f.text, f.conversion ?? false])).toEqual([
      ['Rp80 triliun', false],
      ['1,6 persen', true],
    ]);
  });
  it('guard: a percentage with no `of` after it is no share restated (`rose by Rp80 trillion or 1.6 percent`)', () => {
    expect(en('Spending rose by Rp80 trillion or 1.6 percent last year.').map((f) => f.conversion ?? false)).toEqual([false, false]);
  });
});

describe('an Indonesian small count whose noun a demonstrative follows is a reference back (collective)', () => {
  it('*tiga kapal tersebut*, *dua kelompok itu*', () => {
    expect(id('Selain tiga kapal tersebut, polisi menahan nelayan.').map((f) => [f.text, f.collective ?? false])).toEqual([['tiga kapal', true]]);
    expect(id('Menurut dia, dua kelompok itu berdamai.').map((f) => [f.text, f.collective ?? false])).toEqual([['dua kelompok', true]]);
  });
  it('guard: no demonstrative, digits, or a hedge: not collective', () => {
    expect(id('Polisi menahan tiga kapal asing.').map((f) => f.collective ?? false)).toEqual([false]);
    expect(id('Polisi menahan 30 kapal tersebut.').map((f) => f.collective ?? false)).toEqual([false]);
  });
});
