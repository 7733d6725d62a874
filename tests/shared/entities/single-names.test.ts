/**
 * A person named by one word on each side: Indonesian copy names people by the first name, English
 * copy by the surname (*kata Darmin* ↔ "Nasution said" is one person), so two different single names
 * credited with the same claim are a `review`, not a `drift`. Two different full names stay `drift`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../shared/align';
import { analyse, checkVersions } from '../../../shared/pipeline';

const lexicon = parseLexicon(readFileSync(fileURLToPath(new URL('../../../resources/lexicon/id-en.tsv', import.meta.url)), 'utf8'));

function sources(a: string, b: string) {
  const A = analyse(a, { lines: true });
  const B = analyse(b, { lines: true });
  return checkVersions(A, B, A.lang !== B.lang ? { lexicon } : {})
    .comparison.mismatches.filter((m) => m.kind === 'entity')
    .map((m) => [m.level, m.note]);
}

describe('a claim credited to a one-word name on each side', () => {
  it('Indonesian → English: first name against surname is a review', () => {
    expect(sources('Kami akan memeriksa data itu lagi, kata Hendra.', 'We will check the data again, Wijaya said.')).toEqual([['review', 'credited to Hendra in A but to Wijaya in B']]);
  });
  it('English → Indonesian, the same', () => {
    expect(sources('We will check the data again, Wijaya said.', 'Kami akan memeriksa data itu lagi, kata Hendra.')).toEqual([['review', 'credited to Wijaya in A but to Hendra in B']]);
  });
  it('guard: two different full names stay a drift', () => {
    expect(sources('Kami akan memeriksa data itu lagi, kata Hendra Wijaya.', 'We will check the data again, Budi Santoso said.')).toEqual([
      ['drift', 'credited to Hendra Wijaya in A but to Budi Santoso in B'],
    ]);
  });
});

describe('an acronym in brackets names the party the other version spells out', () => {
  it('*Badan ... AS (DEA)* against "the U.S. Drug Enforcement Administration": the same party, both ways', () => {
    const a = 'Kasus itu masih diselidiki, kata Badan Pengawasan Obat AS (DEA).';
    const b = 'The case is still under investigation, the U.S. Drug Enforcement Administration said.';
    expect(sources(a, b)).toEqual([]);
    expect(sources(b, a)).toEqual([]);
  });
  it('guard: another agency\'s acronym is another party', () => {
    const a = 'Kasus itu masih diselidiki, kata Biro Penyelidik Federal (FBI).';
    const b = 'The case is still under investigation, the U.S. Drug Enforcement Administration said.';
    expect(sources(a, b)).toEqual([['drift', 'credited to Biro Penyelidik Federal in A but to U.S. Drug Enforcement Administration in B']]);
  });
});
