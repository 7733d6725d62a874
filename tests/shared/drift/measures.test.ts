/**
 * Units of measure across versions: a length in feet for one in metres, a temperature in Fahrenheit for one in
 * Celsius, a speed per hour; the conversion a translator adds beside a figure, right or wrong. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { allLevels, drifts, reviews } from './helpers';

const units = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => f.unit);

describe('the unit of a measure is read', () => {
  it('feet and miles are the counted thing, not the word after them', () => {
    expect(units('The plume rose 3,000 feet above the summit.', 'en')).toEqual(['feet']);
    expect(units('The convoy was 2 miles long.', 'en')).toEqual(['miles']);
  });
  it('a temperature scale and a speed per hour are part of the unit, in both languages', () => {
    expect(units('Suhu mencapai 36,5 derajat Celsius.', 'id')).toEqual(['derajat Celsius']);
    expect(units('It reached 36.5 degrees Fahrenheit.', 'en')).toEqual(['Fahrenheit']);
    expect(units('Angin bertiup 60 kilometer per jam.', 'id')).toEqual(['kilometer per jam']);
    expect(units('Angin bertiup 60 km/jam.', 'id')).toEqual(['km/jam']);
    expect(units('Winds blew at 60 km/h and gusted to 40 miles an hour.', 'en')).toEqual(['km/h', 'miles an hour']);
    // guard: a distance stays a distance
    expect(units('Mereka berjalan 60 kilometer ke utara.', 'id')).toEqual(['kilometer']);
  });
});

describe('a measure in another unit', () => {
  it('metres rendered as feet, Celsius as Fahrenheit, with the number kept: a unit drift', () => {
    expect(drifts('Asap membubung setinggi 3.000 meter.', 'The smoke rose 3,000 feet.')).toEqual(['unit:3.000 meter']);
    expect(drifts('Suhu mencapai 36,5 derajat Celsius kemarin.', 'The temperature reached 36.5 degrees Fahrenheit yesterday.')).toEqual(['unit:36,5 derajat Celsius']);
  });
  it('a temperature converted to the other scale matches, as a reading or as a warming', () => {
    expect(allLevels('Suhu mencapai 35 derajat Celsius kemarin.', 'The temperature reached 95 degrees Fahrenheit yesterday.')).toEqual([]);
    expect(allLevels('Suhu global naik 1,5 derajat Celsius.', 'Global temperatures rose 2.7 degrees Fahrenheit.')).toEqual([]);
  });
  it('a speed per hour against the same speed per hour is no change of its period', () => {
    expect(allLevels('Angin bertiup 60 kilometer per jam.', 'Winds blew at 60 kph.')).toEqual([]);
    expect(allLevels('Angin bertiup 60 km/jam.', 'Winds blew at 60 kilometres per hour.')).toEqual([]);
  });
  it('a temperature below zero that loses its minus is a drift; another figure that does stays a review where its sentence says a fall elsewhere', () => {
    expect(drifts('Suhu di puncak tercatat -5 derajat Celsius.', 'The temperature at the peak was 5 degrees Celsius.')).toEqual(['value:-5 derajat Celsius']);
    // (the fall said in words, but not right before the figure: the minus may be it)
    expect(drifts('Ekonomi tumbuh minus 2,1 persen.', 'Output fell in the year, by 2.1 percent.')).toEqual([]);
    expect(reviews('Ekonomi tumbuh minus 2,1 persen.', 'Output fell in the year, by 2.1 percent.')).toEqual(['value:minus 2,1 persen']);
  });
  it('a minus lost where nothing says a fall is a changed sign, a drift (*minus 2,1 persen* ↔ "grew 2.1 percent"), either way round', () => {
    expect(drifts('Ekonomi tumbuh minus 2,1 persen.', 'The economy grew 2.1 percent.')).toEqual(['value:minus 2,1 persen']);
    expect(drifts('Growth was 0.2% in the first quarter.', 'Pertumbuhan minus 0,2 persen pada kuartal pertama.', 'en', 'id')).toEqual(['value:0.2%']);
    // guard: the fall said right before the figure is the minus, no mismatch
    expect(drifts('Ekonomi tumbuh minus 2,1 persen.', 'The economy contracted 2.1 percent.')).toEqual([]);
    // (and deflation is a fall of prices, said anywhere in the sentence: *secara bulanan terjadi deflasi 0,37%*)
    expect(drifts('Secara bulanan inflasi minus 0,37 persen.', 'Secara bulanan terjadi deflasi sebesar 0,37%.', 'id', 'id')).toEqual([]);
  });
});

describe('a conversion the translator adds beside a figure', () => {
  it('right: no drift', () => {
    expect(drifts('Jarak kedua kota sekitar 450 km.', 'The two cities are about 450 km (280 miles) apart.')).toEqual([]);
    expect(drifts('Suhu mencapai 30 derajat Celsius.', 'The temperature reached 30 degrees Celsius (86 degrees Fahrenheit).')).toEqual([]);
    expect(drifts('Angin bertiup 40 kilometer per jam.', 'Winds blew at 40 kph (25 mph).')).toEqual([]);
    // (wire copy rounds a conversion: 48 C is 118 F)
    expect(drifts('Suhu mencapai 48 derajat Celsius.', 'The temperature reached 48 degrees Celsius (120 degrees Fahrenheit).')).toEqual([]);
  });
  it('wrong: a value drift of the conversion, either version', () => {
    expect(drifts('Jarak kedua kota sekitar 450 km.', 'The two cities are about 450 km (380 miles) apart.')).toEqual(['value:sekitar 450 km']);
    expect(drifts('Suhu mencapai 30 derajat Celsius.', 'The temperature reached 30 degrees Celsius (96 degrees Fahrenheit).')).toEqual(['value:30 derajat Celsius']);
    expect(drifts('Jarak kedua kota sekitar 450 km (380 mil).', 'The two cities are about 450 km apart.')).toEqual(['value:380 mil']);
  });
});

describe('the explanation of a unit mismatch names what each side counts', () => {
  it('a percent against a bare number says so, in English and Indonesian (not "? vs ?")', async () => {
    const { checkLine } = await import('./helpers');
    const { wordExplanation } = await import('../../../shared/drift/explain');
    const m = checkLine('Inflasi bulan lalu tercatat 1,04 persen.', 'Inflation last month was 1.04.').mismatches.find((x) => x.kind === 'unit');
    expect(m).toBeDefined();
    expect(wordExplanation(m!, 'en')).toContain('(percent vs no unit)');
    expect(wordExplanation(m!, 'id')).toContain('(persen vs tanpa satuan)');
  });
});
