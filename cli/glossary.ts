/** `--glossary FILE` (and a batch job's "glossary"): the term pairs of the user's termbase for one language pair. */
import path from 'node:path';
import { CliError, readTextFile } from './io';

/** The term pairs of a termbase (TBX, CSV or TSV) for versions in langA and langB; a bad file is a CliError (exit 2). */
export async function loadGlossary(file: string, langA: string, langB: string): Promise<Array<[string, string]>> {
  const { glossaryPairs, parseTermbase } = await import('../shared/termbase');
  const parsed = parseTermbase(await readTextFile(file), path.basename(file));
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.error.message.replace(/^[^:]*: /, '')}`);
  return glossaryPairs(parsed.termbase, langA, langB);
}

