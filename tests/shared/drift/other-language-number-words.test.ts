/**
 * Cardinals in words in languages read by their digits (German, French, Spanish, Italian, Portuguese,
 * Dutch, Swedish, Danish, Norwegian): `zwei`, `trois`, `doce`, with a scale word (`zwei Millionen`) or French
 * hundreds (`cinq cents`); German compounds (`einundzwanzig`, `dreihundert`) and French ones (`quarante-cinq`,
 * `vingt et un`, `quatre-vingt-dix`); words for both (`beide`, `ambos`); units of time (`zwei Wochen` ↔ `14 days`).
 * Our own sentence pairs (tests/fixtures/other-languages/number-word-pairs.json): the correct ones give no
 * drift, the ones with a number changed on the English side give one. Never read: the word for one alone (the
 * article), other compounds (Spanish `veintidós`), words with an everyday second meaning alone (`neuf` but before a plural word, `sei`,
 * `venti`), an hour in words before a clock word (`fünf Uhr`, `à dix-huit heures`: a clock time, no count).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { mismatchesByTag } from './helpers';

interface Pair {
  a: string;
  tagA: string;
  b: string;
  tagB: string;
  changed?: string;
}
const pairs = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/other-languages/number-word-pairs.json'), 'utf8')) as Pair[];
const drifts = (a: string, tagA: string, b: string, tagB: string) =>
  mismatchesByTag(a, tagA, b, tagB)
    .filter((m) => m.level === 'drift')
    .map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);
const read = (s: string, tag: string) => extractFromSentence(s, 'en', tag).map((f) => [f.text, f.value]);

describe('number words of other languages', () => {
  it('the fixture covers seven languages, with changed counterparts', () => {
    expect(new Set(pairs.map((p) => p.tagA))).toEqual(new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'sv']));
    expect(pairs.filter((p) => p.changed).length).toBeGreaterThan(20);
  });
  it('correct renderings give no drift', () => {
    expect(pairs.map((p) => ({ a: p.a, d: drifts(p.a, p.tagA, p.b, p.tagB) })).filter((x) => x.d.length)).toEqual([]);
  });
  it('a number changed on the English side gives a drift, every one', () => {
    expect(pairs.filter((p) => p.changed && drifts(p.a, p.tagA, p.changed, p.tagB).length === 0).map((p) => p.a)).toEqual([]);
  });
  it('readings: scale words, French hundreds, both, compounds; not the article, second meanings or clock hours', () => {
    expect(read('Die Stadt erhält zwei Millionen Euro.', 'de')).toEqual([['zwei Millionen Euro', 2e6]]);
    expect(read('Il a payé cinq cents euros.', 'fr')).toEqual([['cinq cents euros', 500]]);
    expect(read('Beide Seiten stimmten zu.', 'de').map((r) => r[1])).toEqual([2]);
    expect(read('Ein Mann kam.', 'de')).toEqual([]);
    expect(read('Le vol a duré vingt-quatre heures.', 'fr')).toEqual([['vingt-quatre heures', 24]]);
    expect(read('Nach einundzwanzig Tagen und zweitausendfünfhundert Euro.', 'de')).toEqual([['einundzwanzig Tagen', 21], ['zweitausendfünfhundert Euro', 2500]]);
    expect(read('Quatre-vingts pays, soixante-dix ans, dix-neuf personnes.', 'fr').map((r) => r[1])).toEqual([80, 70, 19]);
    // (French `neuf` is nine before a plural word, as a cardinal stands; "new" after its noun or in its idioms)
    expect(read('Un vélo neuf et neuf nouveaux cas.', 'fr')).toEqual([['neuf nouveaux', 9]]);
    expect(read('Neuf villages ont été évacués.', 'fr')).toEqual([['Neuf villages', 9]]);
    expect(read('La maison a été remise à neuf. Quoi de neuf ? Un manteau tout neuf.', 'fr')).toEqual([]);
    expect(read('Il est parti à neuf heures.', 'fr')).toEqual([['neuf heures', '09:00']]);
    expect(read('Tu sei bravo e i venti soffiano.', 'it')).toEqual([]);
    // (German compounds of a number and times or a length of time; `einmal`, "once", is an idiom as often as a count)
    expect(read('Zwanzigmal stiegen wir auf, nach einem zweistündigen Marsch und einer dreifachen Probe.', 'de').map((r) => r[1])).toEqual([20, 2, 3]);
    expect(read('Noch einmal, dann vielfach.', 'de')).toEqual([]);
    // (an hour in words before a clock word is a clock time, no count: other-language-counts.test.ts)
    expect(read('Um fünf Uhr.', 'de')).toEqual([['fünf Uhr', '05:00']]);
    expect(read('Il part à dix-huit heures.', 'fr')).toEqual([['dix-huit heures', '18:00']]);
    expect(read('In Stunden und Grundsätzen.', 'de')).toEqual([]);
  });
  it('guards: fractions are shares, not counts of their numbers; longer numbers the reader does not build, nouns and idioms stay unread (no count of their parts)', () => {
    expect(read('Zwei Drittel der Befragten und drei Viertel der Firmen.', 'de')).toEqual([
      ['Zwei Drittel', 2 * (1 / 3)],
      ['drei Viertel', 0.75],
    ]);
    expect(read('Deux tiers des élèves.', 'fr')).toEqual([['Deux tiers', 2 * (1 / 3)]]);
    expect(read('Dos tercios de los votos.', 'es')).toEqual([['Dos tercios', 2 * (1 / 3)]]);
    expect(read('Tiene treinta y cinco años; ciento veinte personas; doscientos cincuenta; dos mil quinientos euros.', 'es')).toEqual([]);
    expect(read('Vinte e dois dias; cento e vinte pessoas; duzentos e cinquenta mil.', 'pt')).toEqual([]);
    // (`cent vingt` is read whole, as a hundred alone is; `mille deux cents` is not built, and none of its parts read)
    expect(read('Cent vingt participants et mille deux cents euros.', 'fr')).toEqual([['Cent vingt participants', 120]]);
    expect(read('Tre hundra tusen kronor.', 'sv')).toEqual([]);
    expect(read('Sie kamen zwei hundert Mal.', 'de')).toEqual([]);
    expect(read('Wir dürfen das nicht außer Acht lassen; die Elf gewann.', 'de')).toEqual([]);
    // (`acht` "deems" is no count; `om negen uur` is nine o'clock)
    expect(read('Het kabinet acht het nodig; om negen uur begint het.', 'nl')).toEqual([['negen uur', '09:00']]);
    expect(read('Estoy cien por cien seguro.', 'es')).toEqual([]);
    expect(read('Il revient dans huit jours, pas dans quinze jours.', 'fr')).toEqual([]);
    expect(read('Der Constructor wird aufgerufen.', 'de')).toEqual([]);
    // and so no false drift against English
    expect(drifts('Zwei Drittel der Befragten stimmten zu.', 'de', 'Two thirds of respondents agreed.', 'en')).toEqual([]);
    expect(drifts('Tiene treinta y cinco años.', 'es', 'He is 35 years old.', 'en')).toEqual([]);
  });
  it('guard: a count in words is no value drift of a measure in a known unit (two figures, not one changed)', () => {
    expect(drifts('Deux cordées ont réussi.', 'fr', 'The route is about 8510 m high.', 'en').filter((d) => d.startsWith('value'))).toEqual([]);
  });
});

describe('Russian cardinals from eleven to a hundred, in their oblique forms too', () => {
  it('*около пятнадцати процентов* is 15 percent: "about 15 percent" matches, "about fifty percent" drifts', () => {
    expect(read('Около пятнадцати процентов жителей уехали.', 'ru')).toEqual([['Около пятнадцати процентов', 15]]);
    expect(drifts('Около пятнадцати процентов жителей уехали.', 'ru', 'About 15 percent of residents left.', 'en')).toEqual([]);
    expect(drifts('Около пятнадцати процентов жителей уехали.', 'ru', 'About fifty percent of residents left.', 'en')).toEqual(['value:Около пятнадцати процентов|About fifty percent']);
    expect(read('Пришли восемнадцать и девяноста гостей.', 'ru').map((r) => r[1])).toEqual([18, 90]);
  });
});
