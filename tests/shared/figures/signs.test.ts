/**
 * A sign written before the digits: a minus makes the figure negative (`-0.3%`, *−1,5 persen*, `(-5 °C)`),
 * a plus before a percentage is a signed change, not a phone number. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en', tag?: string) => extractFromSentence(s, lang, tag).map((f) => [f.text, f.kind, f.value]);

describe('a minus sign before the digits', () => {
  it('English and Indonesian: hyphen-minus, minus sign and en dash, spaced from the word before or after a bracket', () => {
    expect(read('Growth was -0.3% in the quarter and (-1.5%) a year before.', 'en')).toEqual([
      ['-0.3%', 'percent', -0.3],
      ['-1.5%', 'percent', -1.5],
    ]);
    expect(read('Sumbangan ke inflasi −0,14 persen, suhu –2 derajat.', 'id')).toEqual([
      ['−0,14 persen', 'percent', -0.14],
      ['–2 derajat', 'count', -2],
    ]);
  });
  it('other languages too: `-5 °C`, `–3 %`', () => {
    expect(read('Il faisait -5 °C et les prix ont baissé de –3 %.', 'en', 'fr').map((x) => x[2])).toEqual([-5, -3]);
  });
  it('guard: a dash glued to a word, or after a number, is no sign (`Covid-19`, `10-15`, `14,0 -15 persen`, `2006–2007`)', () => {
    expect(read('Pasien Covid-19 bertambah; ekspor 14,0 -15 persen pada 2006–2007.', 'id')).toEqual([
      ['14,0 -15 persen', 'range', '14..15'],
      ['2006–2007', 'range', '2006..2007'],
    ]);
    expect(read('Some said 10-15 people came.', 'en')).toEqual([['10-15 people', 'range', '10..15']]);
  });
  it('guard: a dash glued after a unit, a currency, a closing bracket or a plus-minus is no sign (`20°-25°C`, `5€-10€`, `(5%)-6%`, `+/-3%`)', () => {
    for (const s of ['Temperatures of 20°-25°C.', 'Rates of (5%)-6% and a margin of +/-3%.', "Boards 5'-10' long."]) {
      expect(read(s, 'en').every((f) => typeof f[2] !== 'number' || f[2] >= 0)).toBe(true);
    }
    expect(read('Preise von 5€-10€.', 'en', 'de')).toEqual([['5€-10€', 'range', '5..10']]);
  });
});

describe('a plus sign before the digits', () => {
  it('before a percentage it is a signed change (`+1.2%`, `+5 percent`); before other digits a phone number as before', () => {
    expect(read('Sales were +1.2% and exports +5 percent.', 'en')).toEqual([
      ['1.2%', 'percent', 1.2],
      ['5 percent', 'percent', 5],
    ]);
    expect(read('Call +62 21 555 1234 for 3 tickets.', 'en')).toEqual([['3 tickets', 'count', 3]]);
  });
});

describe('a temperature with its scale glued to the digits', () => {
  it('`30C`, `-5C`, `86F` are read (they were dropped as codes); `5G`, `3CD`, `4C2` stay codes', () => {
    expect(read('Temperatures hit 30C by day, -5C at night and 86F in Florida.', 'en').map((x) => [x[0], x[2]])).toEqual([
      ['30C', 30],
      ['-5C', -5],
      ['86F', 86],
    ]);
    expect(read('A 5G network, a 3CD box and code 4C2.', 'en')).toEqual([]);
  });
});
