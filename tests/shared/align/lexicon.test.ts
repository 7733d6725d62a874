import { describe, it, expect } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLexicon } from '../../../shared/align';
import { translate } from '../../../shared/align/lexicon';
import { findIdCandidate, idCandidates, stemEn } from '../../../shared/align/stem';

const file = path.resolve(__dirname, '../../../resources/lexicon/id-en.tsv');

describe('parseLexicon', () => {
  it('reads pairs, the language directive and skips comments and multi-word sides', () => {
    const lex = parseLexicon('# a comment\n# from=id to=en\ntentara\ttroops\ntentara\tsoldier\nkata\tsaid\nrumah sakit\thospital\n\nbanjir\tflood\textra column\n');
    expect(lex.from).toBe('id');
    expect(lex.to).toBe('en');
    expect(lex.entries.get('tentara')).toEqual([stemEn('troops'), stemEn('soldier')]);
    expect(lex.entries.has('rumah sakit')).toBe(false);
    expect(lex.entries.get('banjir')).toEqual([stemEn('flood')]);
    expect(lex.targets.has(stemEn('said'))).toBe(true);
  });

  it('finds affixed Indonesian words through their base forms', () => {
    const lex = parseLexicon('kata\tsay\nbunuh\tkill\ntulis\twrite\nserang\tattack\n');
    expect(translate(lex, 'mengatakan')).toEqual([stemEn('say')]);
    expect(translate(lex, 'dibunuh')).toEqual([stemEn('kill')]);
    expect(translate(lex, 'menulis')).toEqual([stemEn('write')]);
    expect(translate(lex, 'menyerang')).toEqual([stemEn('attack')]);
    expect(translate(lex, 'tidakada')).toEqual([]);
    expect(idCandidates('memukul')).toContain('pukul');
  });

  it('findIdCandidate offers the base forms in idCandidates order and stops at the first accepted', () => {
    for (const w of ['mempertahankannya', 'dikerjakan', 'menyerangnya', 'pengiriman', 'berlari', 'rumah', 'me']) {
      const offered: string[] = [];
      expect(findIdCandidate(w, (s) => (offered.push(s), false))).toBeUndefined();
      expect([...new Set(offered)]).toEqual(idCandidates(w));
      const want = idCandidates(w)[2];
      if (want === undefined) continue;
      const seen: string[] = [];
      expect(findIdCandidate(w, (s) => (seen.push(s), s === want))).toBe(want);
      expect(seen[seen.length - 1]).toBe(want);
      expect(seen.filter((s) => s === want)).toHaveLength(1);
    }
  });

  it('stems English inflections consistently', () => {
    expect(stemEn('troops')).toBe(stemEn('troop'));
    expect(stemEn('killed')).toBe(stemEn('kill'));
    expect(stemEn('killing')).toBe(stemEn('kills'));
    expect(stemEn('casualties')).toBe(stemEn('casualty'));
  });

  it('the committed id–en lexicon parses, is modest in size and knows news words', () => {
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    const lex = parseLexicon(readFileSync(file, 'utf8'));
    expect(lex.entries.size).toBeGreaterThan(5000);
    expect(translate(lex, 'tentara')).toContain(stemEn('troops'));
    expect(translate(lex, 'mengatakan')).toContain(stemEn('said'));
    expect(translate(lex, 'banjir')).toContain(stemEn('flood'));
  });
});
