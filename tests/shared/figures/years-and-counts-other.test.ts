/**
 * Years and counts in the languages read by their digits (German, French, Spanish…): what follows four digits,
 * and the word before them, tell a year from a count, as the English and Indonesian readers tell them. Found on
 * the German–French Text+Berg gold, where *1988 erstmals* was a count of "erstmals"; the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.kind, f.value]);

describe('German: a counted thing is a noun, and nouns are capitalised', () => {
  it('four digits before a capitalised noun count it; before a lowercase word they are a year', () => {
    expect(read('Zum Fest kamen 2000 Menschen.', 'de')).toEqual([['2000 Menschen', 'count', 2000]]);
    expect(read('Es kamen 2000 Besucher und 1950 Kinder.', 'de')).toEqual([
      ['2000 Besucher', 'count', 2000],
      ['1950 Kinder', 'count', 1950],
    ]);
    expect(read('Die Route wurde 1988 erstmals begangen.', 'de')).toEqual([['1988', 'date', '1988']]);
  });
  it('a lowercase word after a number is not what it counts (an adverb), an adjective counts the noun after it; a short unit is', () => {
    expect(read('Er hatte zwei listige Augen.', 'de')).toEqual([['zwei listige Augen', 'count', 2]]);
    expect(read('Es wurden 2000 neue Wohnungen gebaut.', 'de')).toEqual([['2000 neue Wohnungen', 'count', 2000]]);
    expect(read('Er kam 2005 wieder nach Hause.', 'de')).toEqual([['2005', 'date', '2005']]);
    // (a participle qualifies the noun by the year: the year stays one)
    expect(read('Sie folgten der mit der Route von 1938 zusammenfallenden Seillänge.', 'de')).toEqual([['1938', 'date', '1938']]);
    expect(read('Wir stiegen 30 km und 1200 m auf.', 'de')).toEqual([
      ['30 km', 'count', 30],
      ['1200 m', 'count', 1200],
    ]);
  });
  it('a year after seit or Jahr, whatever follows it', () => {
    expect(read('Der Verein besteht seit 1863.', 'de')).toEqual([['1863', 'date', '1863']]);
    expect(read('Im Jahre 1835 Herausgeber der Zeitung.', 'de')).toEqual([['1835', 'date', '1835']]);
  });
});

describe('French and Spanish: a year after en, depuis, desde', () => {
  it('a year before 1900 is a year after en (it was a count of nothing)', () => {
    expect(read('Le club a été fondé en 1863.', 'fr')).toEqual([['1863', 'date', '1863']]);
    expect(read('Depuis 1988 la voie est libre.', 'fr')).toEqual([['1988', 'date', '1988']]);
    expect(read('El club fue fundado en 1863.', 'es')).toEqual([['1863', 'date', '1863']]);
  });
  it('guard: four digits that count a thing after en stay a count', () => {
    expect(read('En 2000 personnes ont participé.', 'fr')).toEqual([['2000 personnes', 'count', 2000]]);
  });
  it('a pronoun elided onto the next word is not counted (deux s’exécuta)', () => {
    expect(read("Une cordée de deux s'exécuta rapidement.", 'fr')).toEqual([['deux', 'count', 2]]);
    expect(read('Une cordée de deux s’exécuta rapidement.', 'fr')).toEqual([['deux', 'count', 2]]);
  });
});
