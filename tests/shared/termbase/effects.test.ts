import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse, alignVersions, checkVersions } from '../../../shared/pipeline';
import { glossaryPairs, parseTermbase } from '../../../shared/termbase';

const fx = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/termbase/${name}`, import.meta.url)), 'utf8');
const a = analyse(fx('flood.a.txt'), { lang: 'id', lines: true });
const b = analyse(fx('flood.b.txt'), { lang: 'en', lines: true });

function glossaryOf(name: string): Array<[string, string]> {
  const r = parseTermbase(fx(name), name);
  if (!r.ok) throw new Error(r.error.message);
  return glossaryPairs(r.termbase, 'id', 'en');
}

const shape = (beads: Array<{ a: number[]; b: number[] }>) => beads.map((x) => `${x.a.join(',')}:${x.b.join(',')}`);

describe('a termbase guides the alignment and pairs names', () => {
  it('gets a bead right that the aligner alone gets wrong (TBX and CSV alike)', () => {
    const plain = shape(alignVersions(a, b).beads);
    // Without the termbase, "Warga bertahan di rumah." is merged with the agency's sentence.
    expect(plain).toContain('1,2:1');
    for (const file of ['agencies.tbx', 'agencies.csv']) {
      const withTerms = shape(alignVersions(a, b, { glossary: glossaryOf(file) }).beads);
      expect(withTerms).toContain('1:1');
      expect(withTerms).toContain('2,3:2');
    }
  });

  it('silences an entity mismatch between two names the termbase pairs', () => {
    const glossary = glossaryOf('agencies.tbx');
    const beads = alignVersions(a, b, { glossary }).beads;
    const entity = (g: Array<[string, string]>) => checkVersions(a, b, { beads, glossary: g }).comparison.mismatches.filter((m) => m.kind === 'entity');
    const without = entity([]);
    expect(without.map((m) => [m.aEntity?.text, m.bEntity?.text])).toContainEqual(['Lembaga Sandi Negara', 'Cipher Office']);
    expect(entity(glossary)).toEqual([]);
  });
});
