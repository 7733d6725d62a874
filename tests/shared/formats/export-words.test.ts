/** The words of exports and reports in the user's language: figure kinds and what a ledger group counts. */
import { describe, expect, it } from 'vitest';
import { exportWords } from '../../../shared/formats/export-words';

describe('exportWords', () => {
  it('names a ledger group in Indonesian or English: a percent, a percent of a concept, money, a concept, a currency code', () => {
    const id = exportWords('id');
    const en = exportWords('en');
    expect([id.ledgerWhat('percent'), en.ledgerWhat('percent')]).toEqual(['persen', 'percent']);
    expect(en.ledgerWhat('percent of troops')).toBe('percent of troops');
    expect(id.ledgerWhat('percent of troops')).toBe(`persen ${id.ledgerWhat('troops')}`);
    expect(id.ledgerWhat('troops')).not.toBe('troops');
    expect([id.ledgerWhat('money'), id.ledgerWhat('USD')]).toEqual(['uang', 'USD']);
    expect([id.ledgerWhat('percentage points'), en.ledgerWhat('percentage points of inflation')]).toEqual(['poin persentase', 'percentage points of inflation']);
    expect([id.figureKind('percent'), en.figureKind('count'), id.figureKind('unknown-kind')]).toEqual(['persen', 'count', 'unknown-kind']);
  });

  it('heads a ledger group of a word it does not know with the counted word of a version in its language', () => {
    const fig = (text: string, unit: string) => ({ sentence: 0, text, start: 0, end: text.length, kind: 'count' as const, value: 15, qualifier: 'exact' as const, unit });
    const group = { what: 'pelaut', kind: 'count' as const, entries: [{ version: 0, sentence: 0, figure: fig('15 pelaut', 'pelaut') }, { version: 1, sentence: 0, figure: fig('15 sailors', 'sailors') }] };
    expect(exportWords('en').ledgerHeading(group, ['id', 'en'])).toBe('sailors');
    expect(exportWords('id').ledgerHeading(group, ['id', 'en'])).toBe('pelaut');
    // (no version in the language: the word as the group has it; a concept the table knows: its own word)
    expect(exportWords('en').ledgerHeading(group, ['id', 'id'])).toBe('pelaut');
    const troops = { ...group, what: 'troops', entries: [{ version: 0, sentence: 0, figure: fig('15 tentara', 'tentara') }] };
    expect(exportWords('id').ledgerHeading(troops, ['id', 'en'])).toBe(exportWords('id').ledgerWhat('troops'));
  });

  it("names a ledger note's group and its first value in the export's language", () => {
    const id = exportWords('id');
    expect(id.ledgerWhat('percent · 15.5%')).toBe('persen · 15,5%');
    // (its words too: `thousands` was left in English in the Indonesian Notes tab)
    expect(id.ledgerWhat('money · IDR 2.5 trillion')).toBe('uang · IDR 2,5 triliun');
    expect(id.ledgerWhat(`troops · thousands`)).toBe(`${id.ledgerWhat('troops')} · ribuan`);
    expect(id.ledgerWhat(`troops · tens of thousands`)).toBe(`${id.ledgerWhat('troops')} · puluhan ribu`);
    expect(exportWords('en').ledgerWhat('troops · thousands')).toBe('troops · thousands');
    expect(id.ledgerWhat('percent of troops · 40%')).toBe(`${id.ledgerWhat('percent of troops')} · 40%`);
    expect(id.ledgerWhat('troops · 12,000')).toBe(`${id.ledgerWhat('troops')} · 12.000`);
    expect(exportWords('en').ledgerWhat('troops · 12,000')).toBe('troops · 12,000');
    expect(exportWords('en').ledgerWhat('money · USD 5 million')).toBe('money · USD 5 million');
  });
});
