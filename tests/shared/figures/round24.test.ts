/**
 * Reader rules of the twenty-fourth round, from an adversarial QA round (its own files, no corpus text): a
 * number in the years' range an Indonesian verb takes as its object counts the noun after it. The sentences
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string) => extractFromSentence(s, 'id').map((f) => [f.text, f.kind, f.value]);

describe('a number 1900–2100 an active verb takes as its object, a noun after it', () => {
  it('counts the noun: *menyimpan 1904 karung beras*, *mengirim 2050 paket*', () => {
    expect(read('Gudang itu menyimpan 1904 karung beras.')).toEqual([['1904 karung', 'count', 1904]]);
    expect(read('Kantor pos mengirim 2050 paket kemarin.')[0]).toEqual(['2050 paket', 'count', 2050]);
  });
  it('guard: a year still where a function word, punctuation, a verb or a name follows, or no active verb comes before', () => {
    expect(read('Ia meninggal 1904 di Batavia.')[0]?.[1]).toBe('date');
    expect(read('Memasuki 2008, harga beras naik.')[0]?.[1]).toBe('date');
    expect(read('Pada 2007 pemerintah menaikkan harga.')[0]?.[1]).toBe('date');
    expect(read('Gedung itu dibangun 1904 oleh Belanda.')[0]?.[1]).toBe('date');
    expect(read('Perusahaan itu mendirikan 1995 Jakarta Office.')[0]?.[1]).toBe('date');
  });
});
