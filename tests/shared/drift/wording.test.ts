import { describe, it, expect } from 'vitest';
import { analyse, alignVersions, checkVersions } from '../../../shared/pipeline';
import { formatNumberId, wordEn, wordExplanation, wordId } from '../../../shared/drift/explain';

function mismatches(a: string, b: string) {
  const va = analyse(a, { lang: 'id' });
  const vb = analyse(b, { lang: 'en' });
  return checkVersions(va, vb, { beads: alignVersions(va, vb, { mode: 'parallel' }).beads }).comparison.mismatches;
}

describe('explanations as facts, worded per language', () => {
  it('Indonesian numbers: 11.000 and 2,5', () => {
    expect(formatNumberId(11000)).toBe('11.000');
    expect(formatNumberId(2.5)).toBe('2,5');
    expect(formatNumberId(-1480000)).toBe('-1.480.000');
  });

  it('a value drift from the pipeline, in both languages; English is the note', () => {
    const [m] = mismatches('Sebanyak 10.000 tentara dikirim ke perbatasan.', 'Some 12,000 troops were sent to the border.');
    expect(m.kind).toBe('value');
    expect(m.facts).toMatchObject({ messageKey: 'drift.value', valueA: 10000, valueB: 12000 });
    expect(wordEn(m.facts!)).toBe(m.note);
    expect(wordExplanation(m, 'en')).toContain('(10,000 vs 12,000)');
    expect(wordExplanation(m, 'id')).toBe('“10.000 tentara” dan “Some 12,000 troops” memberi nilai berbeda (10.000 vs 12.000).');
  });

  it('dates are said as dates in English too, never as ISO codes', () => {
    const date = (valueA: string, valueB: string) => wordEn({ messageKey: 'drift.date', a: 'A', b: 'B', dateParts: ['day'], valueA, valueB });
    expect(date('--11-04', '--11-14')).toBe('"A" and "B" disagree on the day (November 4 vs November 14).');
    expect(date('2024-03-12', '2024-03-13')).toContain('(March 12, 2024 vs March 13, 2024)');
    expect(date('2024-03', '2025-03')).toContain('(March 2024 vs March 2025)');
    expect(date('2024', '2025')).toContain('(2024 vs 2025)');
    expect(wordId({ messageKey: 'drift.date', a: 'A', b: 'B', dateParts: ['day'], valueA: '--11-04', valueB: '--11-14' })).toContain('(4 November vs 14 November)');
  });

  it('units, qualifiers, dates, scale and ambiguity are said in Indonesian', () => {
    expect(wordId({ messageKey: 'drift.unit', a: '3 kompi', b: '3 battalions', unitA: 'troops', unitB: 'residents' })).toBe(
      '“3 kompi” dan “3 battalions” berangka sama tetapi menghitung hal berbeda (tentara vs warga).',
    );
    expect(wordId({ messageKey: 'drift.qualifier', a: 'lebih dari 5', b: 'about 5', qualifierA: 'more-than', qualifierB: 'about' })).toContain(
      'bermakna lebih dari, tetapi “about 5” bermakna perkiraan',
    );
    expect(wordId({ messageKey: 'drift.date', a: '12 Maret', b: 'March 13', dateParts: ['day'], valueA: '2024-03-12', valueB: '2024-03-13' })).toBe(
      '“12 Maret” dan “March 13” tidak sepakat tentang tanggal (12 Maret 2024 vs 13 Maret 2024).',
    );
    expect(wordId({ messageKey: 'drift.scale', a: '2 juta', b: '2 billion', factor: 1000 })).toContain('faktor seribu');
    expect(wordId({ messageKey: 'drift.ambiguous', a: '1.250', b: '1,250', side: 'a', readings: [1.25, 1250] })).toContain('1,25 atau 1.250');
  });

  it('an explanation without facts (older data) falls back to its note', () => {
    expect(wordExplanation({ note: 'old note' }, 'id')).toBe('old note');
  });
});
