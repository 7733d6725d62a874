import { describe, it, expect } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { analyse, checkVersions } from '../../../shared/pipeline';

const dates = (s: string, lang: 'id' | 'en', tag?: string) => extractFromSentence(s, lang, tag).filter((f) => f.kind === 'date');

/** Line A (tagged) against line B as one bead. */
function check(lineA: string, tagA: string, lineB: string, tagB: string) {
  const lang = (t: string) => (t.startsWith('id') ? 'id' : 'en');
  const a = analyse(lineA, { lang: lang(tagA), langTag: tagA, lines: true });
  const b = analyse(lineB, { lang: lang(tagB), langTag: tagB, lines: true });
  return checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }] }).comparison;
}

describe('numeric dates in English of a region', () => {
  it('en-GB and en-AU put the day first, en-US the month; English of no region keeps both readings', () => {
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en-GB')).toMatchObject([{ value: '2024-06-05' }]);
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en-GB')[0].ambiguous).toBeUndefined();
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en_AU')).toMatchObject([{ value: '2024-06-05' }]);
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en-US')).toMatchObject([{ value: '2024-05-06' }]);
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en-US')[0].ambiguous).toBeUndefined();
    expect(dates('The vote was held on 05/06/2024.', 'en', 'en')).toMatchObject([{ value: '2024-05-06', ambiguous: true, alternatives: ['2024-06-05'] }]);
  });
  it('guard: Indonesian reads the day first, with or without a region', () => {
    expect(dates('Pemungutan suara digelar pada 05/06/2024.', 'id', 'id-ID')).toMatchObject([{ value: '2024-06-05' }]);
    expect(dates('Pemungutan suara digelar pada 05/06/2024.', 'id')).toMatchObject([{ value: '2024-06-05' }]);
  });
});

describe('a numeric date against its rendering', () => {
  it('en-GB 05/06/2024 is 5 Juni, and 6 Mei is a changed date', () => {
    expect(check('The vote was held on 05/06/2024.', 'en-GB', 'Pemungutan suara digelar pada 5 Juni 2024.', 'id-ID').mismatches).toEqual([]);
    expect(check('The vote was held on 05/06/2024.', 'en-GB', 'Pemungutan suara digelar pada 6 Mei 2024.', 'id-ID').mismatches.map((m) => m.kind)).toEqual(['date']);
  });
  it('en-US 05/06/2024 is 6 Mei, and 5 Juni is a changed date (the region says which reading is meant)', () => {
    expect(check('The vote was held on 05/06/2024.', 'en-US', 'Pemungutan suara digelar pada 6 Mei 2024.', 'id-ID').mismatches).toEqual([]);
    expect(check('The vote was held on 05/06/2024.', 'en-US', 'Pemungutan suara digelar pada 5 Juni 2024.', 'id-ID').mismatches.map((m) => m.kind)).toEqual(['date']);
  });
  it('English of no region: the reading that agrees with the other version is the one meant; a third date is a drift', () => {
    expect(check('The vote was held on 05/06/2024.', 'en', 'Pemungutan suara digelar pada 5 Juni 2024.', 'id').mismatches).toEqual([]);
    expect(check('The vote was held on 05/06/2024.', 'en', 'Pemungutan suara digelar pada 6 Mei 2024.', 'id').mismatches).toEqual([]);
    expect(check('The vote was held on 05/06/2024.', 'en', 'Pemungutan suara digelar pada 7 Juni 2024.', 'id').mismatches.map((m) => m.kind)).toEqual(['date']);
  });
});
