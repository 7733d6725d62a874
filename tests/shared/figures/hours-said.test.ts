/**
 * Lengths of time written with abbreviations, halves and quarters, in every reader: `1 Std. 30 Min.`, `1 hr 30 min`,
 * `zweieinhalb`, `une heure et demie`, `mezz'ora`, `een kwartier`, `en 1 h 30`. Found on the German–French Text+Berg
 * gold, where `1 Std. 30 Min.` ↔ `1 h 30` and `mindestens eine Viertelstunde` ↔ `au moins un quart d'heure` were
 * flagged; the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { mismatchesByTag } from '../drift/helpers';

const read = (s: string, tag: string) => extractFromSentence(s, tag === 'id' ? 'id' : 'en', tag).map((f) => [f.text, f.kind, f.value, f.durationUnit ?? f.unit ?? '']);
const flags = (a: string, ta: string, b: string, tb: string) => mismatchesByTag(a, ta, b, tb).map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);

describe('abbreviated units of time', () => {
  it('English: hr, hrs, min, mins, sec, secs, and two of them together', () => {
    expect(read('The walk takes 1 hr 30 min, the return 45 mins.', 'en')).toEqual([
      ['1 hr 30 min', 'duration', 90, 'minute'],
      ['45 mins', 'duration', 45, 'minute'],
    ]);
    expect(read('He led by 12 secs after 2 hrs.', 'en')).toEqual([
      ['12 secs', 'duration', 12, 'second'],
      ['2 hrs', 'duration', 2, 'hour'],
    ]);
  });
  it('German: Std., Min., Sek., the full stop between two parts', () => {
    expect(read('Aufstieg in 1 Std. 30 Min., von der Hütte 40 Min. bis zum Gipfel.', 'de')).toEqual([
      ['1 Std. 30 Min', 'duration', 90, 'minute'],
      ['40 Min', 'duration', 40, 'minute'],
    ]);
  });
  it('French, Spanish: a clock notation after "in" or before min is a length of time; after "at" a time of day', () => {
    expect(read('Montée en 1 h 30, puis 2 h 15 min ; départ à 6 h 30.', 'fr')).toEqual([
      ['1 h 30', 'duration', 90, 'minute'],
      ['2 h 15 min', 'duration', 135, 'minute'],
      ['6 h 30', 'time', '06:30', ''],
    ]);
    // (the start of a span of clock times, after `de`, "from", stays a time)
    expect(read('Ouvert de 9 h 30 à 17 h 30.', 'fr').map((f) => f[1])).toEqual(['time', 'time']);
    expect(read('Aberto de 9h30 às 18h30.', 'pt').map((f) => f[1])).not.toContain('duration');
    expect(read('La subida dura 1 h 30 min; salimos a las 8 h 30.', 'es')).toEqual([
      ['1 h 30 min', 'duration', 90, 'minute'],
      ['8 h 30', 'time', '08:30', ''],
    ]);
  });
  it('a pair: `1 Std. 30 Min.` ↔ `1 h 30` and ↔ `1 hr 30 min` and ↔ *1 jam 30 menit* match; another length does not', () => {
    expect(flags('Aufstieg in 1 Std. 30 Min.', 'de', 'Montée en 1 h 30.', 'fr')).toEqual([]);
    expect(flags('Aufstieg in 1 Std. 30 Min.', 'de', 'The climb takes 1 hr 30 min.', 'en')).toEqual([]);
    expect(flags('The climb takes 1 hr 30 min.', 'en', 'Pendakian memakan waktu 1 jam 30 menit.', 'id')).toEqual([]);
    expect(flags('Pendakian memakan waktu 1 jam 30 menit.', 'id', 'The climb takes 90 mins.', 'en')).toEqual([]);
    expect(flags('Aufstieg in 1 Std. 45 Min.', 'de', 'Montée en 1 h 30.', 'fr')).not.toEqual([]);
    expect(flags('The climb takes 1 hr 30 min.', 'en', 'Pendakian memakan waktu 2 jam.', 'id')).not.toEqual([]);
  });
});

describe('a half and a quarter', () => {
  it('German: zweieinhalb, eineinhalb, anderthalb; halbe Stunde, Viertelstunde, Dreiviertelstunde', () => {
    expect(read('Wir kletterten zweieinhalb Seillängen in anderthalb Stunden, dann eineinhalb Tage.', 'de')).toEqual([
      ['zweieinhalb Seillängen', 'count', 2.5, 'Seillängen'],
      ['anderthalb Stunden', 'duration', 1.5, 'hour'],
      ['eineinhalb Tage', 'duration', 1.5, 'day'],
    ]);
    expect(read('Er hat mindestens eine Viertelstunde Vorsprung, eine halbe Stunde, eine Dreiviertelstunde.', 'de')).toEqual([
      ['mindestens eine Viertelstunde', 'duration', 0.25, 'hour'],
      ['eine halbe Stunde', 'duration', 0.5, 'hour'],
      ['eine Dreiviertelstunde', 'duration', 0.75, 'hour'],
    ]);
    // (einhalb alone, and a word ending so with no number before it, are no number; nor a compound ending in a phrase)
    expect(read('Das war einhalb so schön.', 'de')).toEqual([]);
    expect(read('Die Bußviertelstunde dauert.', 'de')).toEqual([]);
  });
  it('French: a half after a count of a unit, une demi-heure, une heure et demie, un quart d’heure', () => {
    expect(read('Après deux longueurs et demie et trois kilomètres et demi.', 'fr')).toEqual([
      ['deux longueurs et demie', 'count', 2.5, 'longueurs'],
      ['trois kilomètres et demi', 'count', 3.5, 'kilomètres'],
    ]);
    expect(read("Il faut au moins une demi-heure, puis une heure et demie, puis trois quarts d'heure.", 'fr')).toEqual([
      ['au moins une demi-heure', 'duration', 0.5, 'hour'],
      ['une heure et demie', 'duration', 1.5, 'hour'],
      ["trois quarts d'heure", 'duration', 0.75, 'hour'],
    ]);
  });
  it('Spanish, Italian, Portuguese, Dutch', () => {
    expect(read('Tardó media hora, luego una hora y media y un cuarto de hora.', 'es').map((f) => f[2])).toEqual([0.5, 1.5, 0.25]);
    expect(read("Ci vuole mezz'ora, poi un'ora e mezza.", 'it').map((f) => f[2])).toEqual([0.5, 1.5]);
    expect(read('Demora meia hora, depois uma hora e meia.', 'pt').map((f) => f[2])).toEqual([0.5, 1.5]);
    expect(read('Het duurde een half uur, een kwartier, anderhalf uur en driekwartier.', 'nl').map((f) => f[2])).toEqual([0.5, 0.25, 1.5, 0.75]);
  });
  it('a pair: *mindestens eine Viertelstunde* ↔ `au moins un quart d’heure` ↔ `at least a quarter of an hour` match', () => {
    expect(flags('Er hat mindestens eine Viertelstunde Vorsprung.', 'de', "Il a au moins un quart d'heure d'avance.", 'fr')).toEqual([]);
    expect(flags('Er hat mindestens eine Viertelstunde Vorsprung.', 'de', 'He is at least a quarter of an hour ahead.', 'en')).toEqual([]);
    expect(flags('Nach zweieinhalb Seillängen.', 'de', 'Après deux longueurs et demie.', 'fr')).toEqual([]);
    expect(flags('Es dauerte anderthalb Stunden.', 'de', 'It took 90 minutes.', 'en')).toEqual([]);
    expect(flags('Es dauerte eine halbe Stunde.', 'de', 'Butuh setengah jam.', 'id')).toEqual([]);
    expect(flags('Tardó media hora.', 'es', 'It took half an hour.', 'en')).toEqual([]);
    // guards: another length is flagged
    expect(flags('Es dauerte eine halbe Stunde.', 'de', 'It took an hour and a half.', 'en')).not.toEqual([]);
    expect(flags('Nach zweieinhalb Seillängen.', 'de', 'Après trois longueurs.', 'fr')).not.toEqual([]);
  });
});
