import { describe, expect, it } from 'vitest';
import { glossaryPairs, parseTermbase } from '../../../shared/termbase';

const TBX_2008 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="id"><text><body>
  <termEntry id="t1">
    <langSet xml:lang="id"><tig><term>Badan Siber dan Sandi Negara</term></tig><tig><term>BSSN</term></tig></langSet>
    <langSet xml:lang="en-GB"><tig><term>National Cyber and Crypto Agency</term></tig></langSet>
  </termEntry>
  <termEntry id="t2">
    <langSet xml:lang="id"><tig><term>juru sita</term></tig></langSet>
  </termEntry>
</body></text></martif>`;

const TBX_2019 = `<?xml version="1.0"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="c1">
    <langSec xml:lang="en"><termSec><term>Cipher Office</term></termSec></langSec>
    <langSec xml:lang="id"><termSec><term>Lembaga Sandi Negara</term></termSec></langSec>
  </conceptEntry>
</body></text></tbx>`;

describe('termbase parsing', () => {
  it('reads TBX 2008 entries with terms in two languages, skipping one-language entries', () => {
    const r = parseTermbase(TBX_2008, 'lembaga.tbx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.termbase.entries).toHaveLength(1);
    expect(glossaryPairs(r.termbase, 'id', 'en')).toEqual([
      ['Badan Siber dan Sandi Negara', 'National Cyber and Crypto Agency'],
      ['BSSN', 'National Cyber and Crypto Agency'],
    ]);
    // The other direction, and two Indonesian versions (synonyms).
    expect(glossaryPairs(r.termbase, 'en', 'id')[0]).toEqual(['National Cyber and Crypto Agency', 'Badan Siber dan Sandi Negara']);
    expect(glossaryPairs(r.termbase, 'id', 'id')).toContainEqual(['Badan Siber dan Sandi Negara', 'BSSN']);
  });

  it('reads TBX 2019 concept entries', () => {
    const r = parseTermbase(TBX_2019, 'x.tbx');
    expect(r.ok && glossaryPairs(r.termbase, 'id', 'en')).toEqual([['Lembaga Sandi Negara', 'Cipher Office']]);
  });

  it('reads CSV with a language header, quotes and a BOM, and TSV without a header', () => {
    const csv = '\uFEFFen,id\n"Cipher Office","Lembaga Sandi Negara"\n"Ministry of Villages, Development","Kementerian Desa"\n';
    const r = parseTermbase(csv, 'terms.csv');
    expect(r.ok && glossaryPairs(r.termbase, 'id', 'en')).toEqual([
      ['Lembaga Sandi Negara', 'Cipher Office'],
      ['Kementerian Desa', 'Ministry of Villages, Development'],
    ]);
    const tsv = parseTermbase('Lembaga Sandi Negara\tCipher Office\n# a comment\n\nBSSN\tNational Cyber and Crypto Agency\n', 'terms.tsv');
    expect(tsv.ok && tsv.termbase.format).toBe('tsv');
    expect(tsv.ok && glossaryPairs(tsv.termbase, 'id', 'en')).toHaveLength(2);
  });

  it('refuses bad input with a translatable error, never throwing', () => {
    const cases: Array<[string, string, string]> = [
      ['', 'a.csv', 'empty'],
      ['just one column\n', 'a.csv', 'no-terms'],
      ['<martif><text><body></body></text></martif>', 'a.tbx', 'no-terms'],
      ['<martif><unclosed>', 'a.tbx', 'malformed'],
      ['<!DOCTYPE x [<!ENTITY e "boom">]><martif>&e;</martif>', 'a.tbx', 'unsafe'],
    ];
    for (const [text, name, code] of cases) {
      const r = parseTermbase(text, name);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.messageKey).toBe(`termbase.errors.${code}`);
        expect(r.error.message).toContain(name);
      }
    }
    expect(parseTermbase(null as unknown as string).ok).toBe(false);
  });
});
