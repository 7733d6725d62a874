/**
 * A place on the globe (an epicentre's, a wreck's): degrees and the side they lie on, *6,84 LS*, `107.05°E`,
 * `6.84 degrees south latitude`, `05 46.15 S`. No quantity (four counts and times were read out of one pair of
 * coordinates on a real republication), but a labelled number: the same place in other notations is no flag, a
 * changed one a value drift. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts } from './helpers';
import { extractFromSentence } from '../../../shared/figures';
import { labelledNumbersIn } from '../../../shared/figures/labelled-numbers';

const texts = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.text);
const places = (s: string) => labelledNumbersIn(s).map((x) => [x.concept, x.value]);

describe('a coordinate is no figure, in either language', () => {
  it('*6,84 LS dan 107,05 BT*, *05 46.15 S - 107 07.16 E*, `6.84 degrees south latitude`, `6.84°S`', () => {
    expect(texts('Pusat gempa berada di 6,84 LS dan 107,05 BT pada kedalaman 10 km.', 'id')).toEqual(['10 km']);
    expect(places('Pusat gempa berada di 6,84 LS dan 107,05 BT pada kedalaman 10 km.')).toEqual([
      ['latitude S', '6.84'],
      ['longitude E', '107.05'],
    ]);
    expect(texts('Pesawat terakhir terpantau di koordinat 05 46.15 S - 107 07.16 E pukul 06.33 WIB.', 'id')).toEqual(['06.33 WIB']);
    expect(places('Pesawat terakhir terpantau di koordinat 05 46.15 S - 107 07.16 E.')).toEqual([
      ['latitude S', '5 46.15'],
      ['longitude E', '107 7.16'],
    ]);
    expect(places('Titiknya 2,5 derajat lintang utara dan 98,4 derajat bujur timur.')).toEqual([
      ['latitude N', '2.5'],
      ['longitude E', '98.4'],
    ]);
    expect(texts('The epicentre was at 6.84 degrees south latitude and 107.05 degrees east longitude, 10 km deep.', 'en')).toEqual(['10 km']);
    expect(places('It struck at 6.84°S, 107.05°E.')).toEqual([
      ['latitude S', '6.84'],
      ['longitude E', '107.05'],
    ]);
  });
  it('guard: a whole number before a capital letter is no coordinate (`5 S1`, a grade `2 E`, a count of `46 N`)', () => {
    expect(places('Sebanyak 5 S1 lulus, 3 E dan 46 N.')).toEqual([]);
    expect(texts('Sebanyak 5 S1 lulus.', 'id')).not.toEqual([]);
  });
});

describe('a coordinate compared across versions', () => {
  it('the same place in other notations is no flag; another place is a value drift', () => {
    const id = 'Pusat gempa berada di 6,84 LS dan 107,05 BT dengan kedalaman 10 km.';
    expect(allLevels(id, 'The epicentre was at 6.84 degrees south latitude and 107.05 degrees east longitude, at a depth of 10 km.')).toEqual([]);
    expect(allLevels(id, 'Pusat gempa di 6.84 LS - 107.05 BT, kedalaman 10 km.', 'id', 'id')).toEqual([]);
    expect(drifts(id, 'The epicentre was at 6.94 degrees south latitude and 107.05 degrees east longitude, at a depth of 10 km.')).toEqual(['value:6,84 LS']);
  });
});
