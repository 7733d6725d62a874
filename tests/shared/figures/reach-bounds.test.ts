/**
 * *hingga mencapai N*, *sampai mencapai angka N*: the verb of reaching after the bound word leaves it the
 * bound of *hingga N*: "up to N" agrees; "to N" after a change is the loose reading of *hingga* (a review
 * item at most, as for *hingga N*). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts, reviews } from '../drift/helpers';

const first = (s: string, lang: 'id' | 'en') => {
  const f = extractFromSentence(s, lang)[0];
  return [f.text, f.value, f.qualifier];
};

describe('*hingga mencapai* before an amount', () => {
  it('Indonesian: read as the bound of *hingga*, also with *angka* between', () => {
    expect(first('Harga cabai bisa naik hingga mencapai Rp80.000 per kilogram.', 'id')).toEqual(['hingga mencapai Rp80.000', 80000, 'up-to']);
    expect(first('Antrean bisa bertambah sampai mencapai angka 300 truk.', 'id')).toEqual(['sampai mencapai angka 300 truk', 300, 'up-to']);
  });
  it('English: `up to` is the same bound and agrees', () => {
    expect(first('Chili prices could rise to up to Rp80,000 per kilogram.', 'en')).toEqual(['up to Rp80,000', 80000, 'up-to']);
    expect(drifts('Harga cabai bisa naik hingga mencapai Rp80.000 per kilogram.', 'Chili prices could rise to up to Rp80,000 per kilogram.')).toEqual([]);
  });
  it('"to N" after a change stays no drift (a review item, as for *hingga N*)', () => {
    expect(drifts('Harga cabai naik hingga mencapai Rp80.000 per kilogram.', 'Chili prices rose to Rp80,000 per kilogram.')).toEqual([]);
    expect(reviews('Harga cabai naik hingga mencapai Rp80.000 per kilogram.', 'Chili prices rose to Rp80,000 per kilogram.')).toEqual(['qualifier:hingga mencapai Rp80.000']);
  });
  it('guards: a changed amount and another bound still drift; *mencapai* alone stays exact', () => {
    expect(drifts('Harga cabai bisa naik hingga mencapai Rp80.000 per kilogram.', 'Chili prices could rise to up to Rp90,000 per kilogram.')).toEqual(['value:hingga mencapai Rp80.000']);
    expect(drifts('Harga cabai bisa naik hingga mencapai Rp80.000 per kilogram.', 'Chili prices could rise to about Rp80,000 per kilogram.')).toEqual(['qualifier:hingga mencapai Rp80.000']);
    expect(first('Harga cabai mencapai Rp80.000 per kilogram.', 'id')).toEqual(['Rp80.000', 80000, 'exact']);
  });
});
