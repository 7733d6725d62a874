/**
 * Counts take their plural forms (no more "1 mismatches"), in both interface languages: through
 * i18next as the app renders them, and through `translate` as code outside React does.
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources, translate } from '../../../shared/i18n';
import { countsLine } from '../../../shared/workbench';

async function tOf(lng: 'en' | 'id') {
  const i = i18next.createInstance();
  await i.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return (key: string, params: Record<string, string | number>) => i.t(key, params) as string;
}

const one = { total: 1, open: 1, confirmed: 0, dismissed: 0, matches: 1 };
const many = { total: 1200, open: 1198, confirmed: 1, dismissed: 1, matches: 2 };

describe('counts in plural forms', () => {
  /** What each language says for one and for many, and a few single counts. */
  const cases = {
    en: {
      one: '1 mismatch: 1 open, 0 confirmed, 0 dismissed · 1 match',
      many: '1,200 mismatches: 1,198 open, 1 confirmed, 1 dismissed · 2 matches',
      words: [
        ['workbench.counted.rows', { count: 1 }, '1 row'],
        ['workbench.counted.sentences', { count: 0 }, '0 sentences'],
        ['termbase.loaded', { name: 'g.tbx', count: 1 }, 'Termbase “g.tbx”: 1 entry'],
      ],
    },
    id: {
      one: '1 ketidakcocokan: 1 terbuka, 0 dikonfirmasi, 0 diabaikan · 1 kecocokan',
      many: '1.200 ketidakcocokan: 1.198 terbuka, 1 dikonfirmasi, 1 diabaikan · 2 kecocokan',
      words: [
        ['workbench.counted.rows', { count: 1 }, '1 baris'],
        ['termbase.loaded', { name: 'g.tbx', count: 1 }, 'Termbase “g.tbx”: 1 entri'],
      ],
    },
  } as const;

  for (const lng of ['en', 'id'] as const) {
    it(`${lng}: the singular where the language has one, digits in the language's format`, async () => {
      const t = await tOf(lng);
      expect(countsLine(one, t, lng)).toBe(cases[lng].one);
      expect(countsLine(many, t, lng)).toBe(cases[lng].many);
      for (const [key, params, text] of cases[lng].words) expect(t(key, params)).toBe(text);
    });
  }

  it('the weaker findings (level review) are said apart, in both languages', async () => {
    const some = { total: 5, open: 5, confirmed: 0, dismissed: 0, matches: 3, reviews: 2 };
    expect(countsLine(some, await tOf('en'), 'en')).toBe('5 mismatches (2 weaker, to review): 5 open, 0 confirmed, 0 dismissed · 3 matches');
    expect(countsLine(some, await tOf('id'), 'id')).toBe('5 ketidakcocokan (2 temuan lemah untuk ditinjau): 5 terbuka, 0 dikonfirmasi, 0 diabaikan · 3 kecocokan');
    expect(countsLine({ ...some, total: 1, open: 1, reviews: 1 }, await tOf('en'), 'en')).toBe('1 mismatch (1 weaker, to review): 1 open, 0 confirmed, 0 dismissed · 3 matches');
  });

  it('translate (outside React) words them the same way', async () => {
    for (const lng of ['en', 'id'] as const) {
      const t = await tOf(lng);
      const tr = (key: string, params: Record<string, string | number>) => translate(lng, key, params);
      for (const c of [one, many, { ...many, reviews: 3 }]) expect(countsLine(c, tr, lng)).toBe(countsLine(c, t, lng));
      for (const count of [0, 1, 2, 1200]) expect(tr('workbench.counted.sentences', { count })).toBe(t('workbench.counted.sentences', { count }));
    }
  });
});
