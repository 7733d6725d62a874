import { describe, it, expect } from 'vitest';
import { extractFigures, extractFromSentence } from '../../../shared/figures';
import type { Sentence } from '../../../shared/text/types';

/** Builds sentences from pieces joined by a space (the segmenter is another module). */
function doc(pieces: string[]): { text: string; sentences: Sentence[] } {
  let text = '';
  const sentences: Sentence[] = [];
  for (const p of pieces) {
    if (text) text += ' ';
    sentences.push({ text: p, start: text.length, end: text.length + p.length, paragraph: 0 });
    text += p;
  }
  return { text, sentences };
}

describe('extractFigures', () => {
  it('returns document offsets, sentence indices and document order', () => {
    const { text, sentences } = doc([
      'Korea Utara mengirim sekitar 10.000 tentara ke Rusia.',
      'Belakangan jumlahnya disebut 12.000 tentara.',
      'Sebelumnya ada lebih dari 6.000 orang tewas pada 4 Juni 2024.',
    ]);
    const figs = extractFigures(text, sentences, 'id');
    expect(figs.map((f) => [f.sentence, f.text, f.value])).toEqual([
      [0, 'sekitar 10.000 tentara', 10000],
      [1, '12.000 tentara', 12000],
      [2, 'lebih dari 6.000 orang', 6000],
      [2, '4 Juni 2024', '2024-06-04'],
    ]);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < figs.length; i++) expect(figs[i].start).toBeGreaterThanOrEqual(figs[i - 1].end);
  });

  it('covers qualifier, number and unit in text and offsets', () => {
    const [f] = extractFromSentence('Lebih dari 6.000 tentara Korea Utara tewas.', 'id');
    expect(f).toMatchObject({ text: 'Lebih dari 6.000 tentara', start: 0, end: 24, qualifier: 'more-than', unit: 'tentara', kind: 'count', value: 6000 });
  });

  it('keeps the document order when sentences come out of order and ignores text outside them', () => {
    const text = 'Ada 5 orang. Lalu 7 orang. Juga 9 orang.';
    const sentences: Sentence[] = [
      { text: 'Lalu 7 orang.', start: 13, end: 26, paragraph: 0 },
      { text: 'Ada 5 orang.', start: 0, end: 12, paragraph: 0 },
    ];
    const figs = extractFigures(text, sentences, 'id');
    expect(figs.map((f) => [f.sentence, f.value])).toEqual([[1, 5], [0, 7]]);
  });

  it('never lets a figure span two sentences', () => {
    const { text, sentences } = doc(['Harganya 5', 'juta orang datang.']);
    const figs = extractFigures(text, sentences, 'id');
    expect(figs.every((f) => f.start >= sentences[f.sentence].start && f.end <= sentences[f.sentence].end)).toBe(true);
    expect(figs.find((f) => f.value === 5000000)).toBeUndefined();
  });

  it('survives bad input', () => {
    expect(extractFigures('', [], 'id')).toEqual([]);
    expect(extractFigures('abc 5', [{ text: 'x', start: 10, end: 99, paragraph: 0 }], 'en')).toEqual([]);
    expect(extractFigures('abc 5 people', [{ text: 'abc 5 people', start: -3, end: 99, paragraph: 0 }], 'en')).toMatchObject([{ value: 5, start: 4 }]);
    expect(extractFigures(null as unknown as string, [], 'id')).toEqual([]);
    expect(extractFromSentence(undefined as unknown as string, 'en')).toEqual([]);
    expect(extractFromSentence('5 orang', 'fr' as never)).toMatchObject([{ value: 5 }]);
  });

  it('marks ambiguous separators with the other reading', () => {
    expect(extractFromSentence('It cost 1.000 dollars.', 'en')[0]).toMatchObject({ value: 1, ambiguous: true, alternatives: [1000] });
    expect(extractFromSentence('Sebanyak 1,500 orang.', 'id')[0]).toMatchObject({ value: 1.5, ambiguous: true, alternatives: [1500] });
    expect(extractFromSentence('Sebanyak 1.500 orang.', 'id')[0].ambiguous).toBeUndefined();
    expect(extractFromSentence('It rose 2,5 percent.', 'en')[0]).toMatchObject({ value: 2.5 });
    expect(extractFromSentence('It rose 2,5 percent.', 'en')[0].ambiguous).toBeUndefined();
  });

  it('reads ranges in both languages', () => {
    const ranges: [string, 'id' | 'en'][] = [
      ['5-10 orang', 'id'], ['5–10 orang', 'id'], ['antara 5 dan 10 orang', 'id'], ['5 hingga 10 orang', 'id'],
      ['5 sampai 10 orang', 'id'], ['between 5 and 10 people', 'en'], ['5 to 10 people', 'en'], ['from 5 to 10 people', 'en'],
      ['5-10 people', 'en'],
    ];
    for (const [s, lang] of ranges) {
      const f = extractFromSentence(s, lang);
      expect(f, s).toHaveLength(1);
      expect(f[0], s).toMatchObject({ kind: 'range', value: '5..10', low: 5, high: 10, text: s });
      expect(f[0].unit, s).toBeDefined();
    }
    expect(extractFromSentence('antara 5 dan 10 juta', 'id')[0]).toMatchObject({ value: '5000000..10000000', scale: 1e6 });
    expect(extractFromSentence('naik dari 5 menjadi 10', 'id').map((f) => f.kind)).toEqual(['count', 'count']);
    expect(extractFromSentence('prices fell 1.5% to $78', 'en').map((f) => f.kind)).toEqual(['percent', 'money']);
    expect(extractFromSentence('skornya 3-1', 'id').some((f) => f.kind === 'range')).toBe(false);
  });

  it('reads fractions as counts with a fractional value', () => {
    expect(extractFromSentence('1/3 warga', 'id')[0]).toMatchObject({ kind: 'count', value: 1 / 3 });
    expect(extractFromSentence('sepertiga warga', 'id')[0].value).toBeCloseTo(1 / 3, 12);
    expect(extractFromSentence('dua pertiga warga', 'id')[0].value).toBeCloseTo(2 / 3, 12);
    expect(extractFromSentence('one third of voters', 'en')[0].value).toBeCloseTo(1 / 3, 12);
    expect(extractFromSentence('two-thirds of voters', 'en')[0].value).toBeCloseTo(2 / 3, 12);
  });

  it('reads magnitudes with the magnitude qualifier', () => {
    const mag = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.value, f.qualifier]);
    expect(mag('ribuan tentara', 'id')).toEqual([[1000, 'magnitude']]);
    expect(mag('puluhan warga', 'id')).toEqual([[10, 'magnitude']]);
    expect(mag('ratusan ribu pengungsi', 'id')).toEqual([[100000, 'magnitude']]);
    expect(mag('jutaan orang', 'id')).toEqual([[1e6, 'magnitude']]);
    expect(mag('thousands of troops', 'en')).toEqual([[1000, 'magnitude']]);
    expect(mag('dozens of people', 'en')).toEqual([[10, 'magnitude']]);
    expect(mag('hundreds of thousands of people', 'en')).toEqual([[1e5, 'magnitude']]);
    expect(mag('millions of dollars', 'en')).toEqual([[1e6, 'magnitude']]);
    expect(extractFromSentence('millions of dollars', 'en')[0]).toMatchObject({ kind: 'money', currency: 'USD' });
  });

  it('finds nothing in text without figures', () => {
    for (const s of ['Kedua pemimpin bertemu di Istana.', 'The talks ended without a deal.', 'Rabu malam hujan turun.', '']) {
      expect(extractFromSentence(s, 'id')).toEqual([]);
      expect(extractFromSentence(s, 'en')).toEqual([]);
    }
  });
});
