import { describe, it, expect } from 'vitest';
import { compareBeads } from '../../../shared/drift';
import type { Bead } from '../../../shared/align/types';
import { fig, oneToOne } from './helpers';

describe('compareBeads: matches', () => {
  it('calls the same count in the other convention converted', () => {
    const a = [fig(0, '10.000 relawan', 10000, { unit: 'relawan' })];
    const b = [fig(0, '10,000 volunteers', 10000, { unit: 'volunteers' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0].status).toBe('converted');
    expect(r.matches[0].messageKey).toBe('drift.match.converted');
    expect(r.matches[0].params).toMatchObject({ a: '10.000 relawan', b: '10,000 volunteers' });
    expect(r.matches[0].note).toContain('10,000');
  });

  it('calls the same notation in the same language exact', () => {
    const a = [fig(0, '10.000 paket', 10000, { unit: 'paket' })];
    const b = [fig(0, '10.000 paket', 10000, { unit: 'paket' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'id');
    expect(r.matches.map((m) => m.status)).toEqual(['exact']);
    expect(r.matches[0].messageKey).toBe('drift.match.exact');
  });

  it('calls the same characters for the same value exact across languages too (a year, an age): no "different notations"', () => {
    const a = [fig(0, '2007', '2007', { kind: 'date' }), fig(0, '93', 93, { kind: 'duration', durationUnit: 'year' })];
    const b = [fig(0, '2007', '2007', { kind: 'date' }), fig(0, '93', 93, { kind: 'duration', durationUnit: 'year' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.matches.map((m) => [m.status, m.messageKey])).toEqual([
      ['exact', 'drift.match.exact'],
      ['exact', 'drift.match.exact'],
    ]);
    expect(r.matches[0].note).not.toContain('notation');
  });

  it('matches number words with digits and across languages', () => {
    const a = [fig(0, 'dua jembatan', 2, { unit: 'jembatan', form: 'words' }), fig(0, 'tiga puluh truk', 30, { unit: 'truk', form: 'words' })];
    const b = [fig(0, '2 bridges', 2, { unit: 'bridges' }), fig(0, 'thirty trucks', 30, { unit: 'trucks', form: 'words' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches.map((m) => m.status)).toEqual(['converted', 'converted']);
  });

  it('matches percent, dates, times and ordinals in the other convention', () => {
    const a = [
      fig(0, '45 persen', 45, { kind: 'percent' }),
      fig(0, '4 Juni', '--06-04', { kind: 'date' }),
      fig(0, 'pukul 14.30 WIB', '14:30', { kind: 'time' }),
      fig(0, 'ke-3', 3, { kind: 'ordinal' }),
    ];
    const b = [
      fig(0, '45%', 45, { kind: 'percent' }),
      fig(0, 'June 4', '--06-04', { kind: 'date' }),
      fig(0, '2:30 p.m.', '14:30', { kind: 'time' }),
      fig(0, 'third', 3, { kind: 'ordinal', form: 'words' }),
    ];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches).toHaveLength(4);
  });

  it('calls 2,48 juta vs 2.5 million rounded, and explains it', () => {
    const a = [fig(0, '2,48 juta warga', 2_480_000, { unit: 'warga', scale: 1e6 })];
    const b = [fig(0, '2.5 million residents', 2_500_000, { unit: 'residents', scale: 1e6 })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches[0].status).toBe('rounded');
    expect(r.matches[0].messageKey).toBe('drift.match.rounded');
    expect(r.matches[0].note).toMatch(/rounded/);
  });

  it('rounds only within the precision of the less precise figure', () => {
    // 2.6 million is not 2,48 juta rounded.
    const a = [fig(0, '2,48 juta warga', 2_480_000, { unit: 'warga', scale: 1e6 })];
    const b = [fig(0, '2.6 million residents', 2_600_000, { unit: 'residents', scale: 1e6 })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches.map((m) => m.kind)).toEqual(['value']);
  });

  it('takes a unit the other figure names in its text as the same thing (650-meter wharf)', () => {
    const a = [fig(0, '650 meter', 650, { unit: 'meter' })];
    const b = [fig(0, '650-meter wharf', 650, { unit: 'wharf' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches).toEqual([]);
  });

  it('treats soldier synonyms as the same thing', () => {
    const a = [fig(0, '500 prajurit', 500, { unit: 'prajurit' }), fig(0, '200 pasukan', 200, { unit: 'pasukan' })];
    const b = [fig(0, '500 soldiers', 500, { unit: 'soldiers' }), fig(0, '200 troops', 200, { unit: 'troops' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches).toHaveLength(2);
  });

  it('matches magnitude words with magnitude words', () => {
    const a = [fig(0, 'ribuan warga', 1000, { unit: 'warga', qualifier: 'magnitude', form: 'words' })];
    const b = [fig(0, 'thousands of residents', 1000, { unit: 'residents', qualifier: 'magnitude', form: 'words' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').matches.map((m) => m.status)).toEqual(['converted']);
  });
});

describe('compareBeads: mismatches', () => {
  it('reports a changed value with its note and params', () => {
    const a = [fig(0, '10.000 relawan', 10000, { unit: 'relawan' })];
    const b = [fig(0, '12,000 volunteers', 12000, { unit: 'volunteers' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.matches).toEqual([]);
    expect(r.mismatches).toHaveLength(1);
    const m = r.mismatches[0];
    expect(m.kind).toBe('value');
    expect(m.id).toBe('m1');
    expect(m.messageKey).toBe('drift.value');
    expect(m.params).toMatchObject({ a: '10.000 relawan', b: '12,000 volunteers', valueA: '10,000', valueB: '12,000' });
    expect(m.note).toBe('"10.000 relawan" and "12,000 volunteers" give different values (10,000 vs 12,000).');
    expect(m.a).toEqual([0]);
    expect(m.b).toEqual([0]);
  });

  it('reports a dropped qualifier', () => {
    const a = [fig(0, 'lebih dari 6.000 tentara', 6000, { unit: 'tentara', qualifier: 'more-than' })];
    const b = [fig(0, '6,000 troops', 6000, { unit: 'troops' })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['qualifier']);
    expect(m[0].messageKey).toBe('drift.qualifier');
    expect(m[0].params).toMatchObject({ qualifierA: 'more than', qualifierB: 'exact' });
    expect(m[0].note).toContain('more than');
  });

  it('does not flag more-than against at-least', () => {
    const a = [fig(0, 'lebih dari 50 orang', 50, { unit: 'orang', qualifier: 'more-than' })];
    const b = [fig(0, 'at least 50 people', 50, { unit: 'people', qualifier: 'at-least' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches).toEqual([]);
  });

  it('reports a magnitude word against a precise value as a qualifier drift', () => {
    const a = [fig(0, 'ribuan relawan', 1000, { unit: 'relawan', qualifier: 'magnitude' })];
    const b = [fig(0, '1,200 volunteers', 1200, { unit: 'volunteers' })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['qualifier']);
  });

  it('reports a changed unit concept for the same value', () => {
    const a = [fig(0, '3 kompi', 3, { unit: 'kompi' })];
    const b = [fig(0, '3 battalions', 3, { unit: 'battalions' })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['unit']);
    expect(m[0].messageKey).toBe('drift.unit');
    expect(m[0].params).toMatchObject({ unitA: 'companies', unitB: 'battalions' });
  });

  it('reports a changed currency for the same amount as a unit drift', () => {
    const a = [fig(0, 'Rp 3 juta', 3e6, { kind: 'money', currency: 'IDR', scale: 1e6 })];
    const b = [fig(0, 'US$3 million', 3e6, { kind: 'money', currency: 'USD', scale: 1e6 })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['unit']);
  });

  it('reports a scale slip (miliar vs trillion)', () => {
    const a = [fig(0, 'Rp 2,5 miliar', 2.5e9, { kind: 'money', currency: 'IDR', scale: 1e9 })];
    const b = [fig(0, 'Rp 2.5 trillion', 2.5e12, { kind: 'money', currency: 'IDR', scale: 1e12 })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['scale']);
    expect(m[0].params).toMatchObject({ factor: 'a thousand' });
    expect(m[0].note).toContain('a factor of a thousand');
  });

  it('reads the scale word from the text when the extractor left scale out', () => {
    const a = [fig(0, '2,5 juta warga', 2.5e6, { unit: 'warga' })];
    const b = [fig(0, '2.5 billion residents', 2.5e9, { unit: 'residents' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['scale']);
  });

  it('calls a factor of a thousand without a changed scale word a value drift', () => {
    const a = [fig(0, '2.500 warga', 2500, { unit: 'warga' })];
    const b = [fig(0, '2,500,000 residents', 2.5e6, { unit: 'residents' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['value']);
  });

  it('reports a date that disagrees on a component both sides know', () => {
    const a = [fig(0, '4 Juni', '--06-04', { kind: 'date' })];
    const b = [fig(0, 'June 14, 2024', '2024-06-14', { kind: 'date' })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['date']);
    expect(m[0].params).toMatchObject({ parts: 'day' });
    expect(m[0].note).toContain('disagree on the day');
  });

  it('does not pair dates that share no component', () => {
    const a = [fig(0, '2024', '2024', { kind: 'date' })];
    const b = [fig(0, 'June 4', '--06-04', { kind: 'date' })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['missing', 'added']);
  });

  it('reports a changed time as a value drift', () => {
    const a = [fig(0, 'pukul 14.30 WIB', '14:30', { kind: 'time' })];
    const b = [fig(0, '3:30 p.m.', '15:30', { kind: 'time' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['value']);
  });

  it('reports an ambiguous figure whose reading decides', () => {
    const a = [fig(0, '1.500 tentara', 1500, { unit: 'tentara' })];
    const b = [fig(0, '1.500 troops', 1.5, { unit: 'troops', ambiguous: true, alternatives: [1500] })];
    const m = compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches;
    expect(m.map((x) => x.kind)).toEqual(['ambiguous']);
    expect(m[0].messageKey).toBe('drift.ambiguous');
    expect(m[0].params).toMatchObject({ figure: '1.500 troops', other: '1.500 tentara', readings: '1.5 or 1,500' });
  });

  it('reads an ambiguous figure in its document convention first (Rp 5,800 in English)', () => {
    const a = [fig(0, 'Rp 5.800', 5800, { kind: 'money', currency: 'IDR' })];
    const b = [fig(0, 'Rp 5,800', 5.8, { kind: 'money', currency: 'IDR', ambiguous: true, alternatives: [5800] })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches.map((m) => m.status)).toEqual(['converted']);
  });

  it('does not call an ambiguous figure ambiguous when no reading agrees', () => {
    const a = [fig(0, '2.000 tentara', 2000, { unit: 'tentara' })];
    const b = [fig(0, '1.500 troops', 1.5, { unit: 'troops', ambiguous: true, alternatives: [1500] })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['value']);
  });

  it('reports a ranges whose ends differ', () => {
    const a = [fig(0, '60 hingga 75 tenaga medis', '60..75', { kind: 'range', low: 60, high: 75, unit: 'tenaga medis' })];
    const ok = [fig(0, '60 to 75 medical workers', '60..75', { kind: 'range', low: 60, high: 75, unit: 'medical workers' })];
    const bad = [fig(0, '60 to 95 medical workers', '60..95', { kind: 'range', low: 60, high: 95, unit: 'medical workers' })];
    expect(compareBeads(oneToOne(1), a, ok, 'id', 'en').mismatches).toEqual([]);
    expect(compareBeads(oneToOne(1), a, bad, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['value']);
  });

  it('reports missing and added figures, and every figure of a bead with an empty side', () => {
    const beads: Bead[] = [
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [], score: 0.4 },
      { a: [], b: [1], score: 0.4 },
    ];
    const a = [
      fig(0, '212 anak-anak', 212, { unit: 'anak-anak' }),
      fig(0, '87 lansia', 87, { unit: 'lansia' }),
      fig(1, '40 ton', 40, { unit: 'ton' }),
      fig(1, '9 posko', 9, { unit: 'posko' }),
    ];
    const b = [fig(0, '212 children', 212, { unit: 'children' }), fig(1, '17 schools', 17, { unit: 'schools' })];
    const r = compareBeads(beads, a, b, 'id', 'en');
    expect(r.matches).toHaveLength(1);
    expect(r.mismatches.map((m) => [m.kind, m.aFigure?.text ?? m.bFigure?.text])).toEqual([
      ['missing', '87 lansia'],
      ['missing', '40 ton'],
      ['missing', '9 posko'],
      ['added', '17 schools'],
    ]);
    expect(r.mismatches.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(r.mismatches[0].messageKey).toBe('drift.missing');
    expect(r.mismatches[0].bFigure).toBeNull();
    expect(r.mismatches[3].messageKey).toBe('drift.added');
    expect(r.mismatches[3].note).toContain('"17 schools"');
    expect(r.mismatches[1].a).toEqual([1]);
    expect(r.mismatches[1].b).toEqual([]);
  });

  it('does not pair different values of different things', () => {
    const a = [fig(0, '87 lansia', 87, { unit: 'lansia' })];
    const b = [fig(0, '25 boats', 25, { unit: 'boats' })];
    expect(compareBeads(oneToOne(1), a, b, 'id', 'en').mismatches.map((x) => x.kind)).toEqual(['missing', 'added']);
  });
});

describe('compareBeads: pairing', () => {
  it('pairs by value and concept, not by order (an assignment, not greedy)', () => {
    const a = [fig(0, '3 kompi', 3, { unit: 'kompi' }), fig(0, '25 perahu karet', 25, { unit: 'perahu karet' })];
    const b = [fig(0, '25 rubber boats', 25, { unit: 'rubber boats' }), fig(0, '3 companies', 3, { unit: 'companies' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    expect(r.mismatches).toEqual([]);
    expect(r.matches.map((m) => [m.aFigure.text, m.bFigure.text])).toEqual([
      ['3 kompi', '3 companies'],
      ['25 perahu karet', '25 rubber boats'],
    ]);
  });

  it('finds the globally best pairing where greedy choice would fail', () => {
    // Greedy (first A to its best B) would pair 1,000 with 1,000 and leave 1.200 to mismatch 1,050.
    const a = [fig(0, '1.000 orang', 1000, { unit: 'orang' }), fig(0, '1.200 rumah', 1200, { unit: 'rumah' })];
    const b = [fig(0, '1,000 houses', 1000, { unit: 'houses' }), fig(0, '1,000 people', 1000, { unit: 'people' })];
    const r = compareBeads(oneToOne(1), a, b, 'id', 'en');
    const pairs = [...r.matches.map((m) => [m.aFigure.text, m.bFigure.text]), ...r.mismatches.map((m) => [m.aFigure?.text, m.bFigure?.text])];
    expect(pairs).toContainEqual(['1.000 orang', '1,000 people']);
    expect(pairs).toContainEqual(['1.200 rumah', '1,000 houses']);
    expect(r.mismatches.map((m) => m.kind)).toEqual(['value']);
  });

  it('pools the figures of merged and split beads', () => {
    const beads: Bead[] = [{ a: [0, 1], b: [0], score: 0.9 }, { a: [2], b: [1, 2], score: 0.9 }];
    const a = [fig(0, '2,5 meter', 2.5, { unit: 'meter' }), fig(1, '180 milimeter', 180, { unit: 'milimeter' }), fig(2, '40 ton', 40, { unit: 'ton' }), fig(2, '10.000 paket', 10000, { unit: 'paket' })];
    const b = [fig(0, '2.5 meters', 2.5, { unit: 'meters' }), fig(0, '180 millimeters', 180, { unit: 'millimeters' }), fig(2, '40 tons', 40, { unit: 'tons' }), fig(2, '12,000 meal packs', 12000, { unit: 'meal packs' })];
    const r = compareBeads(beads, a, b, 'id', 'en');
    expect(r.matches).toHaveLength(3);
    expect(r.mismatches.map((m) => [m.kind, m.a, m.b])).toEqual([['value', [2], [1, 2]]]);
  });

  it('numbers mismatches in document order and keeps keys across re-alignment', () => {
    const a = [fig(0, '4 November', '--11-04', { kind: 'date' }), fig(1, '10.000 paket', 10000, { unit: 'paket' })];
    const b = [fig(0, 'November 14', '--11-14', { kind: 'date' }), fig(1, '12,000 packs', 12000, { unit: 'packs' })];
    const r1 = compareBeads(oneToOne(2), a, b, 'id', 'en');
    const r2 = compareBeads([{ a: [0, 1], b: [0, 1], score: 0.8 }], a, b, 'id', 'en');
    expect(r1.mismatches.map((m) => [m.id, m.kind])).toEqual([['m1', 'date'], ['m2', 'value']]);
    expect(r2.mismatches.map((m) => m.key)).toEqual(r1.mismatches.map((m) => m.key));
    expect(r1.mismatches[0].key).toContain('4 November');
    expect(r1.mismatches[0].key).toContain('November 14');
    expect(new Set(r1.mismatches.map((m) => m.key)).size).toBe(2);
  });

  it('counts a figure outside every bead as missing', () => {
    const a = [fig(3, '7 desa', 7, { unit: 'desa' })];
    const r = compareBeads(oneToOne(1), a, [], 'id', 'en');
    expect(r.mismatches.map((m) => [m.kind, m.a])).toEqual([['missing', [3]]]);
  });
});

describe('the values an explanation shows', () => {
  it('a span of years is written as years are (it read 2,026–2,028), a span of counts with its separators', () => {
    const years = compareBeads(oneToOne(1), [fig(0, 'antara 2026 dan 2028', '2026..2028', { kind: 'range', low: 2026, high: 2028 })], [fig(0, 'between 2026 and 2029', '2026..2029', { kind: 'range', low: 2026, high: 2029 })], 'id', 'en');
    expect(years.mismatches[0].note).toContain('(2026–2028 vs 2026–2029)');
    const counts = compareBeads(oneToOne(1), [fig(0, '15.000 hingga 20.000 orang', '15000..20000', { kind: 'range', low: 15000, high: 20000, unit: 'orang' })], [fig(0, '15,000 to 25,000 people', '15000..25000', { kind: 'range', low: 15000, high: 25000, unit: 'people' })], 'id', 'en');
    expect(counts.mismatches[0].note).toContain('(15,000–20,000 vs 15,000–25,000)');
  });
});
