import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon } from '../../shared/align';
import { lexiconCacheText, lexiconFromCache, tsvStamp } from '../../cli/resources';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsv = readFileSync(path.join(root, 'resources/lexicon/id-en.tsv'), 'utf8');

describe('the parsed-lexicon cache of the command line', () => {
  it('gives back the lexicon parseLexicon makes of the same TSV, field by field', () => {
    const parsed = parseLexicon(tsv);
    const stamp = tsvStamp({ size: tsv.length, mtimeMs: 1 });
    const back = lexiconFromCache(lexiconCacheText(parsed, stamp), stamp);
    expect(back).not.toBeNull();
    expect(Object.keys(back!).sort()).toEqual(Object.keys(parsed).sort());
    expect(back!.from).toBe(parsed.from);
    expect(back!.to).toBe(parsed.to);
    expect([...back!.entries]).toEqual([...parsed.entries]);
    expect([...back!.targets]).toEqual([...parsed.targets]);
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
