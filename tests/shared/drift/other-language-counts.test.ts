/**
 * Counts and clock times in words of languages read by their cardinals (German, French, Spanish, Italian,
 * Portuguese), as a German–French memory or a translation into English gives them: nouns of an approximate count
 * (`une trentaine de`), of a dozen and of an order of magnitude (`des milliers`, `Tausende`), a hundred alone
 * (`cent mètres`), an hour in words before a clock word (`fünf Uhr`, `à dix-huit heures`, `um halb fünf Uhr`),
 * a month alone after its preposition (`en octobre`), and a bound said with an elided word (`plus d'une`).
 * Each was a false `missing`/`added` (or a false drift) between two correct versions. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { mismatchesByTag } from './helpers';

const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.kind, f.value, f.qualifier]);
const flags = (a: string, tagA: string, b: string, tagB: string) => mismatchesByTag(a, tagA, b, tagB).map((m) => `${m.level}:${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);

describe('nouns of a count in other languages', () => {
  it('an approximate count after its article is about that many; a dozen is twelve; a plural is an order of magnitude', () => {
    expect(read('Il reste une trentaine de pitons.', 'fr')).toEqual([['une trentaine de pitons', 'count', 30, 'about']]);
    expect(read('Había una decena de barcos.', 'es')).toEqual([['una decena de barcos', 'count', 10, 'about']]);
    expect(read('Sono arrivate un centinaio di persone.', 'it')).toEqual([['un centinaio di persone', 'count', 100, 'about']]);
    expect(read('Ficaram uma dezena de casas.', 'pt')).toEqual([['uma dezena de casas', 'count', 10, 'about']]);
    expect(read('Une douzaine de bateaux.', 'fr')).toEqual([['Une douzaine de bateaux', 'count', 12, 'exact']]);
    expect(read('Ein Dutzend Boote lag im Hafen.', 'de')).toEqual([['Ein Dutzend Boote', 'count', 12, 'exact']]);
    expect(read('Des milliers de personnes sont venues.', 'fr').map((f) => [f[2], f[3]])).toEqual([[1000, 'magnitude']]);
    expect(read('Es kamen Tausende Menschen.', 'de').map((f) => [f[2], f[3]])).toEqual([[1000, 'magnitude']]);
  });
  it('guard: an age (`la trentaine passée`) and a quarantine are no counts', () => {
    expect(read('Il avait la trentaine passée.', 'fr')).toEqual([]);
    expect(read('Le navire est resté en quarantaine.', 'fr')).toEqual([]);
  });
  it('a bound said with an elided word (`plus d’une dizaine`) bounds the count, as `mehr als zehn` does', () => {
    expect(read("Il y avait plus d'une dizaine de cordées.", 'fr').map((f) => [f[2], f[3]])).toEqual([[10, 'more-than']]);
    expect(read('Il y avait plus d’une dizaine de cordées.', 'fr').map((f) => [f[2], f[3]])).toEqual([[10, 'more-than']]);
    expect(flags('Es waren mehr als zehn Seilschaften.', 'de', "Il y avait plus d'une dizaine de cordées.", 'fr')).toEqual([]);
  });
  it('French `cent` alone is a hundred, as German `hundert`; not the start of an ordinal (`cent unième`)', () => {
    expect(flags('Wir brauchten hundert Meter Seil.', 'de', 'Il nous fallait cent mètres de corde.', 'fr')).toEqual([]);
    expect(read('Il nous fallait cent mètres de corde.', 'fr').map((f) => f[2])).toEqual([100]);
    expect(read('Pour la cent unième fois.', 'fr')).toEqual([]);
  });
  it('correct renderings across languages match', () => {
    expect(flags('Es waren etwa dreissig Haken.', 'de', 'Il y avait une trentaine de pitons.', 'fr')).toEqual([]);
    expect(flags('Había una veintena de heridos.', 'es', 'About twenty were injured.', 'en')).toEqual([]);
    expect(flags('Une douzaine de bateaux.', 'fr', 'A dozen boats.', 'en')).toEqual([]);
    expect(flags('Es kamen Tausende Menschen.', 'de', 'Thousands of people came.', 'en')).toEqual([]);
  });
  it('guard: a changed count still differs (`une trentaine` against forty)', () => {
    expect(flags('Il y avait une trentaine de pitons.', 'fr', 'There were about 40 pitons.', 'en').map((f) => f.split(':')[1])).toEqual(['value']);
  });
});

describe('clock times and months in words of other languages', () => {
  it('an hour in words before a clock word is a clock time (`um halb fünf Uhr` is 4.30)', () => {
    expect(read('Um fünf Uhr standen wir auf.', 'de')).toEqual([['fünf Uhr', 'time', '05:00', 'exact']]);
    expect(read('Die letzte Gondel fährt um halb fünf Uhr.', 'de')).toEqual([['halb fünf Uhr', 'time', '04:30', 'exact']]);
    expect(read("J'ouvre la cuisine à dix-huit heures.", 'fr')).toEqual([['dix-huit heures', 'time', '18:00', 'exact']]);
    expect(read('Il est onze heures.', 'fr')).toEqual([['onze heures', 'time', '11:00', 'exact']]);
    expect(flags('Um fünf Uhr standen wir auf.', 'de', 'A 5 heures, nous nous sommes levés.', 'fr')).toEqual([]);
    expect(flags('Es ist 11 Uhr.', 'de', 'Il est 11 heures.', 'fr')).toEqual([]);
  });
  it('guard: a span of hours in words stays a duration (`vingt-quatre heures`)', () => {
    expect(read('Cela a duré vingt-quatre heures.', 'fr').map((f) => [f[1], f[2]])).toEqual([['duration', 24]]);
  });
  it('a month alone after its preposition is a date in French, Spanish, Italian and Portuguese, as a capitalised German one', () => {
    expect(flags('Die Route wurde im Oktober eröffnet.', 'de', 'La voie a été ouverte en octobre.', 'fr')).toEqual([]);
    expect(read('Llegaron en mayo.', 'es').map((f) => [f[1], f[2]])).toEqual([['date', '--05']]);
    expect(read('Sono partiti a maggio.', 'it').map((f) => [f[1], f[2]])).toEqual([['date', '--05']]);
    expect(read('Chegaram em maio.', 'pt').map((f) => [f[1], f[2]])).toEqual([['date', '--05']]);
    expect(read('Ils sont venus fin mai.', 'fr').map((f) => [f[1], f[2]])).toEqual([['date', '--05']]);
  });
});
