/**
 * Two items of a list paired by their places (shared/drift/list-labels.ts): a real pair of republications of an
 * inflation release listed cities and contributions in one outlet and expenditure groups in the other, and five
 * value drifts paired a city's rate with a group's. The sentences here are our own.
 */
import { describe, expect, it } from 'vitest';
import { checkLine, drifts } from './helpers';

const level = (a: string, b: string, lang: 'id' | 'en') =>
  checkLine(a, b, lang, lang)
    .mismatches.filter((m) => m.kind === 'value')
    .map((m) => `${m.level}:${m.aFigure?.text}`);

describe('a value mismatch between two items of a list with other labels (one language)', () => {
  const lists = {
    id: {
      a: 'Inflasi tertinggi di Tanjung Pandan sebesar 1,28 persen, deflasi terdalam di Kupang sebesar 0,79 persen, dan kelompok transportasi sebesar 10,62 persen.',
      b: 'Kenaikan terjadi pada kelompok makanan sebesar 4,27 persen; kelompok pakaian sebesar 1,54 persen; kelompok transportasi sebesar 10,62 persen.',
      changed: 'Inflasi di Tanjung Pandan sebesar 1,82 persen; kelompok makanan sebesar 4,27 persen; kelompok transportasi sebesar 10,62 persen.',
    },
    en: {
      a: 'The highest rate was in Tanjung Pandan at 1.28 percent, the deepest deflation in Kupang at 0.79 percent, and transport rose 10.62 percent.',
      b: 'Prices rose for food at 4.27 percent, for clothing at 1.54 percent and for transport at 10.62 percent.',
      changed: 'Prices rose in Tanjung Pandan by 1.82 percent, for food by 4.27 percent and for transport by 10.62 percent.',
    },
  };
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: is for review: a city's rate against a group's`, () => {
      const levels = level(lists[lang].a, lists[lang].b, lang);
      expect(levels.length).toBeGreaterThan(0);
      expect(levels.every((x) => x.startsWith('review:'))).toBe(true);
    });
    it(`${lang}: guard: an item both lists label alike keeps its changed figure a drift`, () => {
      expect(level(lists[lang].a, lists[lang].changed, lang)).toContain(`drift:${lang === 'id' ? '1,28 persen' : '1.28 percent'}`);
    });
  }
  it('guard: two figures, no list, keep a value drift under other words (*hukuman 15 tahun* ↔ *dituntut 18 tahun*)', () => {
    expect(drifts('Jaksa menuntut hukuman 15 tahun penjara.', 'Terdakwa dituntut 18 tahun penjara oleh jaksa.', 'id', 'id')).toEqual(['value:15 tahun']);
  });
  it('guard: a translation is not weighed by its labels (they are in two languages)', () => {
    expect(drifts(lists.id.a, lists.en.b, 'id', 'en').some((x) => x.startsWith('value:'))).toBe(true);
  });
});
