/** Files the command line reads from the app's resources folder (the bilingual lexicon). */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
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
 * (dist/cli/): reading it takes a fraction of the time of parsing the TSV, which counts for a
 * one-off `selaras check`. It names the size and modification time of the TSV it was parsed
 * from ({@link tsvStamp}) and is used only when they match the TSV's now, so that nothing but a
 * `stat` is spent on checking it (no read, no digest, no node:crypto); under tsx (no bundle), or
 * when the TSV changed since the build, the TSV is parsed.
 */
export const LEXICON_CACHE_NAME = 'lexicon-id-en.json';

/** What identifies a version of the TSV file for the cache: its size and modification time. */
export function tsvStamp(info: { size: number; mtimeMs: number }): string {
  return `${info.size}@${info.mtimeMs}`;
}

type Packed = { map: Array<[unknown, unknown]> } | { set: unknown[] } | { value: unknown };

/** The cache file's text: every field of the parsed lexicon (Maps and Sets as lists), and the TSV's stamp. */
export function lexiconCacheText(lexicon: Lexicon, stamp: string): string {
  const fields: Record<string, Packed> = {};
  for (const [key, value] of Object.entries(lexicon)) {
    if (value instanceof Map) fields[key] = { map: [...value] };
    else if (value instanceof Set) fields[key] = { set: [...value] };
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = { value };
    else throw new Error(`lexicon field "${key}" cannot be cached`);
  }
  return JSON.stringify({ tsv: stamp, fields });
}

/** The lexicon of a cache file, or null when it was not made from the TSV of this stamp (or is unreadable). */
export function lexiconFromCache(text: string, stamp: string): Lexicon | null {
  try {
    const cache = JSON.parse(text) as { tsv?: unknown; fields?: Record<string, Packed> };
    if (cache.tsv !== stamp || !cache.fields) return null;
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
  await writeFile(outFile, lexiconCacheText(parseLexicon(tsv), tsvStamp(await stat(tsvFile))));
}

async function cachedLexicon(stamp: string): Promise<Lexicon | null> {
  for (const dir of [path.join(HERE, '..'), HERE]) {
    const file = path.join(dir, LEXICON_CACHE_NAME);
    if (!existsSync(file)) continue;
    try {
      return lexiconFromCache(await readFile(file, 'utf8'), stamp);
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
    const file = path.join(resourcesDir(), 'lexicon', 'id-en.tsv');
    cached = (await cachedLexicon(tsvStamp(await stat(file)))) ?? parseLexicon(await readFile(file, 'utf8'));
  } catch {
    cached = null;
  }
  return cached;
}
