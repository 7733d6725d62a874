import { describe, it, expect } from 'vitest';
import { parseEnglishCardinal, parseEnglishMagnitude, parseEnglishOrdinal } from '../../../shared/figures/english';
import { extractFromSentence } from '../../../shared/figures';

const words = (s: string) => s.split(/[ -]/);
const card = (s: string) => parseEnglishCardinal(words(s), 0);

describe('English cardinal words', () => {
  it.each([
    ['one', 1], ['nine', 9], ['ten', 10], ['eleven', 11], ['nineteen', 19], ['twenty', 20], ['twenty-one', 21],
    ['ninety nine', 99], ['a hundred', 100], ['one hundred and one', 101], ['two thousand five hundred', 2500],
    ['a thousand', 1000], ['a dozen', 12], ['two dozen', 24], ['one and a half', 1.5], ['two and a half', 2.5],
    ['twelve thousand three hundred and forty-five', 12345], ['a million', 1e6], ['zero', 0],
    ['two point five', 2.5], ['nineteen hundred', 1900],
  ])('%s = %d', (s, v) => {
    const r = card(s);
    expect(r?.value).toBe(v);
    expect(r?.used).toBe(words(s).length);
  });

  it('reads fractions and halves', () => {
    expect(card('one third')?.value).toBeCloseTo(1 / 3, 12);
    expect(card('two thirds')?.value).toBeCloseTo(2 / 3, 12);
    expect(card('three quarters')?.value).toBe(0.75);
    expect(card('a quarter of')).toMatchObject({ value: 0.25, used: 2 });
    expect(card('a third of')?.value).toBeCloseTo(1 / 3, 12);
    expect(card('half of')).toMatchObject({ value: 0.5, used: 1 });
    expect(card('half a million')).toMatchObject({ value: 500000, used: 3, scale: 1e6 });
    expect(card('two and a half million')).toMatchObject({ value: 2500000, scale: 1e6 });
  });

  it('does not swallow the start of a second number', () => {
    expect(card('five hundred and six hundred')).toMatchObject({ value: 500, used: 2 });
    expect(card('one thousand and two thousand')).toMatchObject({ value: 1000, used: 2 });
    expect(card('one hundred and twenty thousand')).toMatchObject({ value: 120000, used: 5 });
  });

  it('refuses what is not a number', () => {
    expect(card('a man')).toBeNull();
    expect(card('troops')).toBeNull();
    expect(card('half hearted')).toBeNull();
    expect(card('and one')).toBeNull();
  });
});

describe('English magnitudes and ordinals', () => {
  it('reads magnitude plurals', () => {
    expect(parseEnglishMagnitude(['thousands', 'of', 'troops'], 0)).toMatchObject({ value: 1000, used: 1 });
    expect(parseEnglishMagnitude(['tens', 'of', 'thousands'], 0)).toMatchObject({ value: 10000, used: 3 });
    expect(parseEnglishMagnitude(['hundreds', 'of', 'thousands'], 0)?.value).toBe(100000);
    expect(parseEnglishMagnitude(['dozens'], 0)?.value).toBe(10);
    expect(parseEnglishMagnitude(['hundreds'], 0)?.value).toBe(100);
    expect(parseEnglishMagnitude(['millions'], 0)?.value).toBe(1e6);
    expect(parseEnglishMagnitude(['several', 'thousand'], 0)?.value).toBe(1000);
    expect(parseEnglishMagnitude(['tens'], 0)).toBeNull();
  });
  it('reads ordinal words', () => {
    expect(parseEnglishOrdinal(['second'], 0)?.value).toBe(2);
    expect(parseEnglishOrdinal(['third'], 0)?.value).toBe(3);
    expect(parseEnglishOrdinal(['twenty', 'first'], 0)).toMatchObject({ value: 21, used: 2 });
    expect(parseEnglishOrdinal(['hundredth'], 0)?.value).toBe(100);
    expect(parseEnglishOrdinal(['twenty'], 0)).toBeNull();
  });
});

describe('English sentences', () => {
  const first = (s: string) => extractFromSentence(s, 'en')[0];

  it('reads scales and abbreviations', () => {
    expect(first('some 2.5 million people')).toMatchObject({ value: 2500000, scale: 1e6, qualifier: 'about', unit: 'people' });
    expect(first('a $3bn deal')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD' });
    expect(first('a $5m fine')).toMatchObject({ kind: 'money', value: 5e6 });
    expect(first('about 10k runners')).toMatchObject({ value: 10000 });
    expect(first('a 100m sprint')).toMatchObject({ value: 100, unit: 'm' });
  });

  it('reads every qualifier', () => {
    const cases: [string, string][] = [
      ['more than', 'more-than'], ['over', 'more-than'], ['about', 'about'], ['around', 'about'], ['approximately', 'about'],
      ['roughly', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'], ['at least', 'at-least'],
      ['up to', 'up-to'], ['as many as', 'up-to'], ['fewer than', 'less-than'], ['less than', 'less-than'],
      ['under', 'less-than'], ['at most', 'at-most'],
    ];
    for (const [q, expected] of cases) {
      const f = first(`They sent ${q} 6,000 troops.`);
      expect(f, q).toMatchObject({ value: 6000, qualifier: expected, unit: 'troops', text: `${q} 6,000 troops` });
    }
  });

  it('reads percents, money and multipliers', () => {
    expect(first('up 45 percent')).toMatchObject({ kind: 'percent', value: 45, qualifier: 'exact' });
    expect(first('up 45 per cent')).toMatchObject({ kind: 'percent', value: 45 });
    expect(first('up 45%')).toMatchObject({ kind: 'percent', value: 45 });
    expect(first('worth $3 billion')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD', scale: 1e9 });
    expect(first('worth 3 billion dollars')).toMatchObject({ kind: 'money', value: 3e9, currency: 'USD' });
    expect(first('worth €2 million')).toMatchObject({ currency: 'EUR', value: 2e6 });
    expect(first('worth £40')).toMatchObject({ currency: 'GBP', value: 40 });
    expect(first('worth 50 billion roubles')).toMatchObject({ currency: 'RUB' });
    expect(first('worth 3 billion US dollars')).toMatchObject({ currency: 'USD', text: '3 billion US dollars' });
    expect(first('worth 5 million Australian dollars')).toMatchObject({ currency: 'AUD' });
    expect(first('prices doubled last year')).toMatchObject({ kind: 'other', value: 2 });
    expect(first('it could triple by 2030')).toMatchObject({ kind: 'other', value: 3 });
    expect(first('twice as many')).toMatchObject({ kind: 'other', value: 2 });
    expect(first('a threefold rise')).toMatchObject({ kind: 'other', value: 3 });
    expect(first('a 2-fold rise')).toMatchObject({ kind: 'other', value: 2 });
    expect(extractFromSentence('a double bombing and double standards', 'en')).toEqual([]);
  });

  it('reads ordinals but not other uses of the words', () => {
    expect(first('the second round')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(first('the 2nd round')).toMatchObject({ kind: 'ordinal', value: 2, text: '2nd' });
    expect(first('the 21st century')).toMatchObject({ kind: 'ordinal', value: 21 });
    expect(first('the twenty-first century')).toMatchObject({ kind: 'ordinal', value: 21 });
    expect(first('a third term')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(extractFromSentence('wait a second.', 'en')).toEqual([]);
    expect(extractFromSentence('At first, nobody came.', 'en')).toEqual([]);
    expect(extractFromSentence('One of the allies refused.', 'en')).toEqual([]);
    expect(extractFromSentence('They helped one another.', 'en')).toEqual([]);
  });

  it('finds the head noun after modifiers', () => {
    expect(first('6,000 North Korean troops were killed')).toMatchObject({ unit: 'troops', text: '6,000 North Korean troops' });
    expect(first('5,000 military construction personnel')).toMatchObject({ unit: 'personnel' });
    expect(first('two missing climbers')).toMatchObject({ unit: 'climbers' });
    expect(first('20 were killed')?.unit).toBeUndefined();
    expect(first('3 killed')).toMatchObject({ unit: 'killed' });
    expect(first('thousands of soldiers')).toMatchObject({ qualifier: 'magnitude', value: 1000, unit: 'soldiers' });
    const two = extractFromSentence('37 of 64 settlements remain closed', 'en');
    expect(two.map((f) => [f.value, f.unit])).toEqual([[37, 'settlements'], [64, 'settlements']]);
  });

  it('reads durations', () => {
    expect(first('for three days')).toMatchObject({ kind: 'duration', value: 3, durationUnit: 'day' });
    expect(first('two years ago')).toMatchObject({ kind: 'duration', value: 2, durationUnit: 'year' });
    expect(first('a 48-hour strike')).toMatchObject({ kind: 'duration', value: 48, durationUnit: 'hour', text: '48-hour' });
    expect(first('half an hour')).toMatchObject({ kind: 'duration', value: 0.5 });
  });
});
