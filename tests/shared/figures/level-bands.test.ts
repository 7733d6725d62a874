/**
 * `the upper 121 yen level`, *kisaran atas level 121 yen*: a quote somewhere in the upper or lower band of a
 * level is approximate (`about`), as *di kisaran level 121 yen* is. Only before a noun of level in English
 * (`the lower 48 states` is a count). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const first = (s: string, lang: 'id' | 'en') => {
  const f = extractFromSentence(s, lang)[0];
  return [f.text, f.value, f.qualifier];
};

describe('a quote in the band of a level', () => {
  it('English: `upper` / `lower` before an amount and a noun of level', () => {
    expect(first('The euro traded in the upper 140 yen level on Friday.', 'en')).toEqual(['upper 140 yen', 140, 'about']);
    expect(first('The euro slid to the lower 140 yen range on Friday.', 'en')).toEqual(['lower 140 yen', 140, 'about']);
  });
  it('Indonesian: *kisaran atas* / *kisaran bawah* before the level', () => {
    expect(first('Euro diperdagangkan di kisaran atas level 140 yen pada Jumat.', 'id')).toEqual(['kisaran atas level 140 yen', 140, 'about']);
    expect(first('Euro turun ke kisaran bawah level 140 yen pada Jumat.', 'id')).toEqual(['kisaran bawah level 140 yen', 140, 'about']);
  });
  it('the band on one side and *kisaran* on the other agree', () => {
    expect(drifts('Euro diperdagangkan di atas kisaran level 140 yen pada Jumat.', 'The euro traded in the upper 140 yen level on Friday.')).toEqual([]);
    expect(drifts('Euro diperdagangkan di kisaran atas level 140 yen pada Jumat.', 'The euro traded in the upper 140 yen level on Friday.')).toEqual([]);
  });
  it('guards: no noun of level keeps a count exact; another level or an exact quote still drifts', () => {
    expect(first('Flights to the lower 48 states resumed.', 'en')).toEqual(['48 states', 48, 'exact']);
    expect(drifts('Euro diperdagangkan di kisaran atas level 140 yen pada Jumat.', 'The euro traded in the upper 150 yen level on Friday.')).toEqual(['value:kisaran atas level 140 yen']);
    expect(drifts('Euro diperdagangkan di kisaran atas level 140 yen pada Jumat.', 'The euro traded at 140 yen on Friday.')).toEqual(['qualifier:kisaran atas level 140 yen']);
  });
});
