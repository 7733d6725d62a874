/** Files the command line reads from the app's resources folder (the bilingual lexicon). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon, type Lexicon } from '../shared/align';
import type { Lang } from '../shared/text/types';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** resources/ beside the repository root: this module's bundled chunk (dist/cli/chunks/*.mjs) is
 * three levels below it, dist/cli/*.mjs two, cli/*.ts one. */
function resourcesDir(): string {
  if (process.env.SELARAS_RESOURCES) return process.env.SELARAS_RESOURCES;
  const candidates = [path.join(HERE, '..', '..', '..', 'resources'), path.join(HERE, '..', '..', 'resources'), path.join(HERE, '..', 'resources')];
  return candidates.find((dir) => existsSync(path.join(dir, 'lexicon'))) ?? candidates[0];
}

/**
 * The parsed lexicon, written by the build (scripts/build-node.mjs) beside the bundle
 * (dist/cli/): reading it takes a third of the time of parsing the TSV, which counts for a
 * one-off `selaras check`. It names the digest of the TSV it was parsed from and is used only
 * when that matches the TSV read now; under tsx (no bundle) the TSV is parsed.
 */
export const LEXICON_CACHE_NAME = 'lexicon-id-en.json';

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

type Packed = { map: Array<[unknown, unknown]> } | { set: unknown[] } | { value: unknown };

/** The cache file's text: every field of the parsed lexicon (Maps and Sets as lists), and the TSV's digest. */
export function lexiconCacheText(lexicon: Lexicon, tsv: string): string {
  const fields: Record<string, Packed> = {};
  for (const [key, value] of Object.entries(lexicon)) {
    if (value instanceof Map) fields[key] = { map: [...value] };
    else if (value instanceof Set) fields[key] = { set: [...value] };
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = { value };
    else throw new Error(`lexicon field "${key}" cannot be cached`);
  }
  return JSON.stringify({ tsv: digest(tsv), fields });
}

/** The lexicon of a cache file, or null when it was not made from this TSV (or is unreadable). */
export function lexiconFromCache(text: string, tsv: string): Lexicon | null {
  try {
    const cache = JSON.parse(text) as { tsv?: unknown; fields?: Record<string, Packed> };
    if (cache.tsv !== digest(tsv) || !cache.fields) return null;
    const out: Record<string, unknown> = {};
    for (const [key, packed] of Object.entries(cache.fields)) {
      if ('map' in packed) out[key] = new Map(packed.map);
      else if ('set' in packed) out[key] = new Set(packed.set);
      else out[key] = packed.value;
    }
    return out as unknown as Lexicon;
  } catch {
    return null;
  }
}

/** Build step: parses the TSV and writes the cache file (see LEXICON_CACHE_NAME). */
export async function writeLexiconCache(tsvFile: string, outFile: string): Promise<void> {
  const tsv = await readFile(tsvFile, 'utf8');
  await writeFile(outFile, lexiconCacheText(parseLexicon(tsv), tsv));
}

async function cachedLexicon(tsv: string): Promise<Lexicon | null> {
  for (const dir of [path.join(HERE, '..'), HERE]) {
    const file = path.join(dir, LEXICON_CACHE_NAME);
    if (!existsSync(file)) continue;
    try {
      return lexiconFromCache(await readFile(file, 'utf8'), tsv);
    } catch {
      return null;
    }
  }
  return null;
}

let cached: Lexicon | null | undefined;

/** The Indonesian–English lexicon when the pair is id/en, else null (the aligner then needs none). */
export async function loadLexiconFor(a: Lang, b: Lang): Promise<Lexicon | null> {
  if (a === b) return null;
  if (cached !== undefined) return cached;
  try {
    const tsv = await readFile(path.join(resourcesDir(), 'lexicon', 'id-en.tsv'), 'utf8');
    cached = (await cachedLexicon(tsv)) ?? parseLexicon(tsv);
  } catch {
    cached = null;
  }
  return cached;
}
