/** Files the command line reads from the app's resources folder (the bilingual lexicon). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

let cached: Lexicon | null | undefined;

/** The Indonesian–English lexicon when the pair is id/en, else null (the aligner then needs none). */
export async function loadLexiconFor(a: Lang, b: Lang): Promise<Lexicon | null> {
  if (a === b) return null;
  if (cached !== undefined) return cached;
  try {
    cached = parseLexicon(await readFile(path.join(resourcesDir(), 'lexicon', 'id-en.tsv'), 'utf8'));
  } catch {
    cached = null;
  }
  return cached;
}
