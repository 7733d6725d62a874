/**
 * A five-letter month name typed with one slip (*28 Aprip*, `3 Marhc`): a real republication dated a one-way traffic
 * scheme *Kamis, 28 Aprip, pukul 17.28 WIB* where the other outlet wrote *28 April 2022*; read as a count of 28
 * "Aprip", it was an added figure, a drift. Longer names were read with a slip already (misspeltMonth); a name this
 * short is read so only right after a day and before a comma, a full stop or a year. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.text, f.value]);

describe('a five-letter month name with one slip, right after a day', () => {
  it('is the month before a comma, a full stop or a year (both languages)', () => {
    expect(read('Jalur satu arah berlaku sejak Kamis, 28 Aprip, pukul 17.28 WIB.', 'id')[0]).toEqual(['date', '28 Aprip', '--04-28']);
    expect(read('Rapat digelar pada 3 Marte 2024.', 'id')).toEqual([['date', '3 Marte 2024', '2024-03-03']]);
    expect(read('The one-way scheme ran from Thursday, 28 Aprli, at 5:28 pm.', 'en')[0]).toEqual(['date', '28 Aprli', '--04-28']);
    expect(read('The vote was held on 3 Marhc.', 'en')).toEqual([['date', '3 Marhc', '--03-03']]);
  });
  it('guard: elsewhere, or before another word, such a word stays what it is (a name, a counted thing)', () => {
    expect(read('Ia mengutip 12 Aprip lain dari daftar.', 'id').some((r) => r[0] === 'date')).toBe(false);
    expect(read('Tim itu mengirim 5 Apriyanto ke lapangan.', 'id').some((r) => r[0] === 'date')).toBe(false);
    expect(read('She met 3 Marys, 2 Aprils and a Marsh.', 'en').some((r) => r[0] === 'date')).toBe(false);
  });
});
