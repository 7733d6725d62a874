/**
 * One long segment listing hundreds of figures (a price table pasted as one paragraph, a TMX unit of a
 * whole page): every figure is paired and the one changed is found; a figure without a counterpart is a
 * finding of its own. (The command-line test `one long unit of many figures` checks that such a unit is quick.)
 */
import { describe, expect, it } from 'vitest';
import { drifts, mismatchesByTag } from './helpers';

const items = (n: number, lang: 'id' | 'en', changed = -1) =>
  Array.from({ length: n }, (_, k) => {
    const price = (k + 1) * 3 + (k === changed ? 1 : 0);
    return lang === 'en' ? `item ${k + 1} costs ${price} dollars and weighs ${k + 1}.5 kg` : `barang ${k + 1} seharga ${price} dolar dan beratnya ${k + 1},5 kg`;
  }).join('; ') + '.';

describe('a long segment of many figures', () => {
  it('300 items a side: no drift when all agree, the one changed price found, both ways', () => {
    expect(drifts(items(300, 'id'), items(300, 'en'))).toEqual([]);
    expect(drifts(items(300, 'id'), items(300, 'en', 150))).toEqual(['value:453 dolar']);
    expect(drifts(items(300, 'en', 150), items(300, 'id'), 'en', 'id')).toEqual(['value:454 dollars']);
  }, 30_000);
  it('a figure without a counterpart among hundreds of others is one finding of its own, found quickly', () => {
    // English `Item 7` reads as a count, German `Artikel 7` as a label: 300 counts without a counterpart
    const en = Array.from({ length: 300 }, (_, k) => `Item ${k + 1} costs ${(k + 1) * 3} dollars and weighs ${k + 1}.5 kg`).join('; ') + '.';
    const de = Array.from({ length: 300 }, (_, k) => `Artikel ${k + 1} kostet ${(k + 1) * 3} Dollar und wiegt ${k + 1},5 kg`).join('; ') + '.';
    const found = mismatchesByTag(en, 'en', de, 'de');
    expect(found.filter((m) => m.kind === 'missing').length).toBe(300);
    expect(found.filter((m) => m.kind !== 'missing')).toEqual([]);
  }, 30_000);
});
