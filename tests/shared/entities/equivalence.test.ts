import { describe, expect, it } from 'vitest';
import { extractEntitiesFromSentence, type Entity } from '../../../shared/entities';
import { equivalentEntities, prepareEquivalence } from '../../../shared/entities/equivalence';

function one(sentence: string, lang: 'id' | 'en', text: string): Entity {
  const e = extractEntitiesFromSentence(sentence, lang).entities.find((x) => x.text === text);
  if (!e) throw new Error(`no entity "${text}" in: ${sentence}`);
  return e;
}
const same = (a: Entity, b: Entity, glossary: Array<[string, string]> = [], langs: ['id' | 'en', 'id' | 'en'] = ['id', 'en']) =>
  equivalentEntities(a, b, prepareEquivalence({ langA: langs[0], langB: langs[1], glossary }));

describe('entity equivalence across languages and spellings', () => {
  it('pairs Indonesian and English country names (i18n-iso-countries data)', () => {
    expect(same(one('Korea Utara membantah.', 'id', 'Korea Utara'), one('North Korea denied it.', 'en', 'North Korea'))).toBe(true);
    expect(same(one('Rusia membantah.', 'id', 'Rusia'), one('Russia denied it.', 'en', 'Russia'))).toBe(true);
    expect(same(one('Korea Utara membantah.', 'id', 'Korea Utara'), one('South Korea denied it.', 'en', 'South Korea'))).toBe(false);
  });

  it('lets a credited capital stand for its government, and tells two governments apart', () => {
    const pyongyang = one('Menurut Pyongyang, rumor itu tidak berdasar.', 'id', 'Pyongyang');
    expect(same(pyongyang, one('According to North Korea, the rumour was baseless.', 'en', 'North Korea'))).toBe(true);
    expect(same(pyongyang, one('According to Seoul, the rumour was baseless.', 'en', 'Seoul'))).toBe(false);
    expect(same(one('Menurut Moskow, latihan selesai.', 'id', 'Moskow'), one('According to Moscow, the drills ended.', 'en', 'Moscow'))).toBe(true);
  });

  it('matches shortened and transliterated names of people, titles aside', () => {
    expect(same(one('Kepala intelijen Kyrilo Budanov mengatakan itu.', 'id', 'Kyrilo Budanov'), one('Intelligence chief Kyrylo Budanov said so.', 'en', 'Kyrylo Budanov'))).toBe(true);
    expect(same(one('Presiden Vladimir Putin mengatakan itu.', 'id', 'Vladimir Putin'), one('"No," Putin said.', 'en', 'Putin'))).toBe(true);
    expect(same(one('Dokter Soekarno mengatakan itu.', 'id', 'Soekarno'), one('Sukarno said so.', 'en', 'Sukarno'))).toBe(true);
    expect(same(one('Budanov mengatakan itu.', 'id', 'Budanov'), one('Zelensky said so.', 'en', 'Zelensky'))).toBe(false);
  });

  it('pairs abbreviations with their full names in both languages', () => {
    expect(same(one('Menurut PBB, bantuan tiba.', 'id', 'PBB'), one('According to the United Nations, aid arrived.', 'en', 'United Nations'))).toBe(true);
    expect(
      same(one('Menurut PBB, bantuan tiba.', 'id', 'PBB'), one('Menurut Perserikatan Bangsa-Bangsa, bantuan tiba.', 'id', 'Perserikatan Bangsa-Bangsa'), [], ['id', 'id']),
    ).toBe(true);
    expect(same(one('Menurut BNPB, 12 desa terendam.', 'id', 'BNPB'), one('According to BMKG, 12 villages were flooded.', 'en', 'BMKG'))).toBe(false);
    // Indonesian syllable abbreviations of institutions not in the gazetteer.
    const full = one('Menurut Kementerian Perdagangan, ekspor naik.', 'id', 'Kementerian Perdagangan');
    expect(same(full, one('Menurut Kemendag, ekspor naik.', 'id', 'Kemendag'), [], ['id', 'id'])).toBe(true);
    expect(same(full, one('Menurut Kemenhub, ekspor naik.', 'id', 'Kemenhub'), [], ['id', 'id'])).toBe(false);
    // the head word kept and the rest abbreviated: *Kementerian PU* = *Kementerian Pekerjaan Umum*, *Dinas PU*
    const works = one('Menurut Kementerian Pekerjaan Umum, proyek selesai.', 'id', 'Kementerian Pekerjaan Umum');
    expect(same(works, one('Menurut Kementerian PU, proyek selesai.', 'id', 'Kementerian PU'), [], ['id', 'id'])).toBe(true);
    expect(same(works, one('Menurut Kementerian ESDM, proyek selesai.', 'id', 'Kementerian ESDM'), [], ['id', 'id'])).toBe(false);
    expect(same(one('Menurut Dinas Pekerjaan Umum, jalan dibuka.', 'id', 'Dinas Pekerjaan Umum'), one('Menurut Dinas PU, jalan dibuka.', 'id', 'Dinas PU'), [], ['id', 'id'])).toBe(true);
  });

  it('takes the termbase pairs as the same name', () => {
    const a = one('Menurut Lembaga Sandi Negara, serangan itu gagal.', 'id', 'Lembaga Sandi Negara');
    const b = one('According to the Cipher Office, the attack failed.', 'en', 'Cipher Office');
    expect(same(a, b)).toBe(false);
    expect(same(a, b, [['Lembaga Sandi Negara', 'Cipher Office']])).toBe(true);
  });

  it('reads a name of capitals joined by an ampersand as one name, and one name typed two ways as one party', () => {
    const sp = one('S&P mengatakan penjualan itu mengakhiri ketidakpastian.', 'id', 'S&P');
    expect(sp.text).toBe('S&P');
    expect(same(sp, one('S&P said the sale ends the uncertainty.', 'en', 'S&P'))).toBe(true);
    expect(same(sp, one('Fitch said the sale ends the uncertainty.', 'en', 'Fitch'))).toBe(false);
    expect(one('AT&T said the deal was closed.', 'en', 'AT&T').text).toBe('AT&T');
  });

  it("pairs a company's initials with its full name when the initials leave out the legal form (PT ... Tbk)", () => {
    const full = one('Sebelumnya, PT Arpeni Pratama Ocean Line Tbk melaporkan pembelian dua kapal.', 'id', 'PT Arpeni Pratama Ocean Line Tbk');
    expect(same(full, one('APOL also reported it would buy two tankers.', 'en', 'APOL'))).toBe(true);
    expect(same(full, one('APL also reported it would buy two tankers.', 'en', 'APL'))).toBe(false);
  });
});
