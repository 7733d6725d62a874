/**
 * Drift rules of the twenty-eighth round (issue 10), end to end on one bead. The sentences are our own, written for
 * these tests; none is copied from a corpus or from a helper's set.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { checkLine, drifts } from './helpers';

const parts = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).filter((f) => f.kind === 'date').map((f) => `${f.text}=${f.periodPart ?? '-'}`);

describe('a year or a month said in part (early, middle, late)', () => {
  it('is read with its part, the part word in the figure, in both languages', () => {
    expect(parts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'id')).toEqual(['awal 2026=early']);
    expect(parts('Harga naik sejak pertengahan Mei dan turun lagi pada akhir tahun 2025.', 'id')).toEqual(['pertengahan Mei=mid', 'akhir tahun 2025=late']);
    expect(parts('The plant is due to run at full capacity by mid-2026.', 'en')).toEqual(['mid-2026=mid']);
    expect(parts('Prices rose from late May until the end of 2025.', 'en')).toEqual(['late May=late', 'the end of 2025=late']);
  });
  it('guard: a word that only ends in such letters, or a date with its day, says no part', () => {
    expect(parts('Masa jabatannya berakhir 2025.', 'id')).toEqual(['2025=-']);
    expect(parts('Sidang ditunda hingga akhir 12 Mei.', 'id').every((x) => x.endsWith('=-'))).toBe(true);
  });
  it('*awal 2026* ↔ "mid-2026", "since early May" ↔ *sejak pertengahan Mei*: a date drift that says the parts', () => {
    expect(drifts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity by mid-2026.')).toEqual(['date:awal 2026']);
    expect(drifts('Prices have risen since early May.', 'Harga naik sejak pertengahan Mei.', 'en', 'id')).toEqual(['date:early May']);
    const m = checkLine('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity by mid-2026.').mismatches[0];
    expect(m.note).toContain('early 2026 vs mid 2026');
  });
  it('two republications likewise (*awal Agustus* / *akhir Agustus*)', () => {
    expect(drifts('Kemarau diperkirakan berakhir pada awal Agustus.', 'Kemarau diperkirakan berakhir pada akhir Agustus.', 'id', 'id')).toEqual(['date:awal Agustus']);
  });
  it('guard: the same part said two ways, or a part one side leaves unsaid, is no drift', () => {
    expect(drifts('Pabrik ditargetkan beroperasi penuh pada awal 2026.', 'The plant is due to run at full capacity in early 2026.')).toEqual([]);
    expect(drifts('Proyek selesai pada akhir 2025.', 'The project was finished at the end of 2025.')).toEqual([]);
    expect(drifts('Proyek selesai pada akhir 2025.', 'The project was finished in 2025.')).toEqual([]);
  });
});
