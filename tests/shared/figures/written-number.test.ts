import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import writtenNumber from 'written-number';
import { extractFromSentence } from '../../../shared/figures';

// written-number spells 1234 as "seribu dua ratus tiga puluh empat" (id) and
// "one thousand two hundred and thirty-four" (en): hyphens in English tens, "and" before the last group.
const DIGIT_WORDS = {
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

function readBack(words: string, lang: 'id' | 'en'): (number | string)[] {
  const sentence = lang === 'id' ? `Tercatat ${words} relawan di sana.` : `They counted ${words} volunteers there.`;
  return extractFromSentence(sentence, lang).map((f) => f.value);
}

describe('number words written by written-number read back to the same value', () => {
  it('checks the spelling format this test relies on', () => {
    expect(writtenNumber(1234, { lang: 'id' })).toBe('seribu dua ratus tiga puluh empat');
    expect(writtenNumber(1234, { lang: 'en' })).toBe('one thousand two hundred and thirty-four');
    expect(writtenNumber(21, { lang: 'en' })).toBe('twenty-one');
  });

  it('Indonesian integers 0 … 999,999,999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(readBack(writtenNumber(n, { lang: 'id' }), 'id')).toEqual([n]);
      }),
      { numRuns: 1500 },
    );
  });

  it('English integers 0 … 999,999,999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(readBack(writtenNumber(n, { lang: 'en' }), 'en')).toEqual([n]);
      }),
      { numRuns: 1500 },
    );
  });

  it('small numbers, where the grammar has most of its special cases', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2100 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (n, lang) => {
        expect(readBack(writtenNumber(n, { lang }), lang)).toEqual([n]);
      }),
      { numRuns: 1500 },
    );
  });

  it('a few decimals: "koma" and "point" followed by digit words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (n, digits, lang) => {
        const words = `${writtenNumber(n, { lang })} ${lang === 'id' ? 'koma' : 'point'} ${digits.map((d) => DIGIT_WORDS[lang][d]).join(' ')}`;
        const expected = Number(`${n}.${digits.join('')}`);
        const got = readBack(words, lang);
        expect(got).toHaveLength(1);
        expect(got[0] as number).toBeCloseTo(expected, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('the same numbers written with digits read back too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (n, lang) => {
        const grouped = n.toLocaleString('en-US').replace(/,/g, lang === 'id' ? '.' : ',');
        const sentence = lang === 'id' ? `Tercatat ${grouped} relawan.` : `They counted ${grouped} volunteers.`;
        const figs = extractFromSentence(sentence, lang);
        expect(figs).toHaveLength(1);
        // a four-digit grouped number like 1.000 is unambiguous in Indonesian and English alike only
        // when the separator is the language's grouping mark, which it is here
        expect(figs[0]).toMatchObject({ kind: 'count', value: n });
      }),
      { numRuns: 1500 },
    );
  });
});
