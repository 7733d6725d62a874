/** Approximations written after the number: English `or so` / `or thereabouts`, Indonesian `-an` on tens and hundreds. */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.value, f.qualifier, f.unit ?? null]);

describe('an approximation after the number', () => {
  it('English: 300 or so checkpoints, 70 or thereabouts', () => {
    expect(read('The army removed the 300 or so checkpoints.', 'en')).toEqual([['300 or so checkpoints', 300, 'about', 'checkpoints']]);
    expect(read('Turnout was 70 or thereabouts.', 'en')).toEqual([['70 or thereabouts', 70, 'about', null]]);
    // `or so-called`, `or so that` are no approximations
    expect(read('They counted 12 or so-called cells.', 'en').map((r) => r[2])).toEqual(['exact']);
  });

  it('Indonesian: 60-an warga (sixty-odd residents); 1990-an is a decade (its years) and 17-an a code, no count', () => {
    expect(read('Sebanyak 60-an warga mengungsi.', 'id')).toEqual([['60-an warga', 60, 'about', 'warga']]);
    expect(extractFromSentence('Sejak 1980-an kota itu tumbuh.', 'id').map((f) => [f.kind, f.value])).toEqual([['range', '1980..1989']]);
    expect(read('Kode 17-an itu dipakai lagi.', 'id')).toEqual([]);
  });

  it('Indonesian: Rp 299 jutaan, Rp 1 miliaran, 5 ribuan orang (a scale with the suffix: some 299 million); a scale without it is exact', () => {
    expect(read('Mobil itu dibanderol Rp 299 jutaan.', 'id')).toEqual([['Rp 299 jutaan', 299e6, 'about', null]]);
    expect(read('Harganya Rp 1 miliaran.', 'id')).toEqual([['Rp 1 miliaran', 1e9, 'about', null]]);
    expect(read('Ada 5 ribuan orang.', 'id')).toEqual([['5 ribuan orang', 5000, 'about', 'orang']]);
    expect(read('Harganya Rp 299 juta.', 'id')).toEqual([['Rp 299 juta', 299e6, 'exact', null]]);
    // the English reading it meets: `around Rp299 million`
    expect(read('It is priced from around Rp299 million.', 'en')).toEqual([['around Rp299 million', 299e6, 'about', null]]);
  });
});
