import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon } from '../../shared/align';
import { lexiconCacheText, lexiconFromCache, tsvStamp } from '../../cli/resources';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsv = readFileSync(path.join(root, 'resources/lexicon/id-en.tsv'), 'utf8');

describe('the parsed-lexicon cache of the command line', () => {
  it('answers every lookup as the lexicon parseLexicon makes of the same TSV', () => {
    const parsed = parseLexicon(tsv);
    const stamp = tsvStamp({ size: tsv.length, mtimeMs: 1 });
    const back = lexiconFromCache(lexiconCacheText(parsed, stamp), stamp);
    expect(back).not.toBeNull();
    expect(back!.from).toBe(parsed.from);
    expect(back!.to).toBe(parsed.to);
    for (const [word, keys] of parsed.entries) expect(back!.entries.get(word)).toEqual(keys);
    for (const key of parsed.targets) expect(back!.targets.has(key)).toBe(true);
    // Words that are not there, including prefixes and extensions of words that are.
    for (const word of ['', 'zzzzzz', 'aaaaa', 'rumahx', 'ruma', 'house ', '\t']) {
      expect(back!.entries.get(word)).toBe(parsed.entries.get(word));
      expect(back!.targets.has(word)).toBe(parsed.targets.has(word));
    }
    for (const word of parsed.entries.keys()) {
      expect(back!.entries.get(`${word}q`)).toBe(parsed.entries.get(`${word}q`));
      expect(back!.entries.get(word.slice(0, -1))).toEqual(parsed.entries.get(word.slice(0, -1)));
    }
  });

  it('is not used for another version of the TSV (another size or time), nor when it is damaged', () => {
    const small = '# from=id to=en\nrumah\thouse\nbuku\tbook\n';
    const stamp = tsvStamp({ size: small.length, mtimeMs: 1_700_000_000_000.5 });
    const text = lexiconCacheText(parseLexicon(small), stamp);
    expect(lexiconFromCache(text, tsvStamp({ size: small.length + 12, mtimeMs: 1_700_000_000_000.5 }))).toBeNull();
    expect(lexiconFromCache(text, tsvStamp({ size: small.length, mtimeMs: 1_700_000_000_001 }))).toBeNull();
    expect(lexiconFromCache(text.slice(0, 40), stamp)).toBeNull();
    expect(lexiconFromCache(text, stamp)!.entries.get('rumah')).toEqual(parseLexicon(small).entries.get('rumah'));
  });
});
