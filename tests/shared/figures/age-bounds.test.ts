/**
 * `60 years of age or older`: an age's bound stands after `of age`; and `orolder`, `ormore`, a two-word
 * bound run into one word by a slip, is the same bound. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const first = (s: string, lang: 'id' | 'en') => {
  const f = extractFromSentence(s, lang)[0];
  return [f.text, f.value, f.qualifier];
};

describe('a bound after an age and a bound run into one word', () => {
  it('English: `of age or older`, `of age or younger`, and a glued `orolder`', () => {
    expect(first('Patients 70 years of age or older need a booster.', 'en')).toEqual(['70 years of age or older', 70, 'at-least']);
    expect(first('Children 12 years of age or younger ride free.', 'en')).toEqual(['12 years of age or younger', 12, 'at-most']);
    expect(first('Patients 70 years of age orolder need a booster.', 'en')).toEqual(['70 years of age orolder', 70, 'at-least']);
    expect(first('Teams of 8 players ormore may enter.', 'en')).toEqual(['8 players ormore', 8, 'at-least']);
  });
  it('Indonesian: the same bound as *tahun ke atas* / *tahun atau lebih* agrees', () => {
    expect(first('Pasien berusia 70 tahun atau lebih perlu vaksin penguat.', 'id')).toEqual(['70 tahun atau lebih', 70, 'at-least']);
    expect(drifts('Pasien berusia 70 tahun atau lebih perlu vaksin penguat.', 'Patients 70 years of age or older need a booster.')).toEqual([]);
  });
  it('guards: an age without a bound stays exact, and a bound one side drops still drifts', () => {
    expect(first('Patients 70 years of age need a booster.', 'en')).toEqual(['70 years', 70, 'exact']);
    expect(first('He moved to Andover 5 miles andover the hill.', 'en')[2]).toBe('exact');
    expect(drifts('Pasien berusia 70 tahun perlu vaksin penguat.', 'Patients 70 years of age or older need a booster.')).toEqual(['qualifier:70 tahun']);
  });
});
