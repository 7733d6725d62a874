/** Files the command line reads from the app's resources folder (the bilingual lexicon). */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon, type Lexicon, type ParsedLexicon } from '../shared/align';
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
 * (dist/cli/), for a one-off `selaras check` that looks up a few hundred words: its entries are
 * read on demand from the file's text ({@link lexiconFromCache}), so loading it allocates
 * nothing per entry (parsing the TSV, or a JSON of every entry, costs tens of milliseconds of
 * allocation and garbage collection). It names the size and modification time of the TSV it
 * was parsed from ({@link tsvStamp}) and is used only when they match the TSV's now, so that a
 * `stat` is all that checking it costs; under tsx (no bundle), or when the TSV changed since the
 * build, the TSV is parsed.
 *
 * The text: a header line `selaras-lexicon 2<TAB>stamp<TAB>from<TAB>to<TAB>entries<TAB>targets`,
 * then one line per entry `source<TAB>target<TAB>target…` sorted by source, then one line per
 * target key, sorted (UTF-16 code unit order; words hold no tab or line break).
 */
export const LEXICON_CACHE_NAME = 'lexicon-id-en.txt';

const CACHE_MAGIC = 'selaras-lexicon 2';

/** What identifies a version of the TSV file for the cache: its size and modification time. */
export function tsvStamp(info: { size: number; mtimeMs: number }): string {
  return `${info.size}@${info.mtimeMs}`;
}

const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The cache file's text for a parsed lexicon and the stamp of its TSV (see LEXICON_CACHE_NAME). */
export function lexiconCacheText(lexicon: ParsedLexicon, stamp: string): string {
  const sources = [...lexicon.entries.keys()].sort(byCodeUnit);
  const targets = [...lexicon.targets].sort(byCodeUnit);
  const header = [CACHE_MAGIC, stamp, lexicon.from, lexicon.to, sources.length, targets.length].join('\t');
  const entryLines = sources.map((w) => `${w}\t${lexicon.entries.get(w)!.join('\t')}`);
  return `${[header, ...entryLines, ...targets].join('\n')}\n`;
}

/**
 * Sorted lines of a text, looked up by their first field with a binary search over the line
 * starts: nothing is split until a line is asked for.
 */
class SortedLines {
  constructor(
    private readonly text: string,
    /** Start offset of each line; the line `i` ends before `starts[i + 1] - 1`. */
    private readonly starts: Int32Array,
    private readonly first: number,
    private readonly end: number,
    /** Whether the lines hold more than one field (else a line is its own first field). */
    private readonly fields: boolean,
  ) {}

  /** The first field of line `i` (native slicing and comparison: no per-character loop to warm up). */
  private field(i: number): string {
    const at = this.starts[i];
    const lineEnd = this.starts[i + 1] - 1;
    const tab = this.fields ? this.text.indexOf('\t', at) : -1;
    return this.text.slice(at, tab >= 0 && tab < lineEnd ? tab : lineEnd);
  }

  /** The index of the line whose first field is `key`, or -1. */
  find(key: string): number {
    let lo = this.first;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const f = this.field(mid);
      if (key === f) return mid;
      if (key < f) hi = mid;
      else lo = mid + 1;
    }
    return -1;
  }

  /** The fields of line `i` after the first. */
  rest(i: number, key: string): string[] {
    return this.text.slice(this.starts[i] + key.length + 1, this.starts[i + 1] - 1).split('\t');
  }
}

/** Source word → target keys, read from the cache text on demand (each answer kept). */
class CachedEntries {
  private readonly seen = new Map<string, string[] | undefined>();
  constructor(private readonly lines: SortedLines) {}

  get(word: string): string[] | undefined {
    if (this.seen.has(word)) return this.seen.get(word);
    const i = this.lines.find(word);
    const out = i < 0 ? undefined : this.lines.rest(i, word);
    this.seen.set(word, out);
    return out;
  }
}

/** The target keys, read from the cache text on demand (each answer kept). */
class CachedTargets {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly lines: SortedLines) {}

  has(key: string): boolean {
    let out = this.seen.get(key);
    if (out === undefined) this.seen.set(key, (out = this.lines.find(key) >= 0));
    return out;
  }
}

/**
 * The lexicon of a cache file's text, or null when it was not made from the TSV of this stamp,
 * or is damaged (another format, a line count that does not match the header's).
 */
export function lexiconFromCache(text: string, stamp: string): Lexicon | null {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return null;
  const [magic, madeFrom, from, to, entryCount, targetCount] = text.slice(0, firstBreak).split('\t');
  if (magic !== CACHE_MAGIC || madeFrom !== stamp || !from || !to) return null;
  const entries = Number(entryCount);
  const targets = Number(targetCount);
  if (!Number.isInteger(entries) || !Number.isInteger(targets) || entries < 0 || targets < 0) return null;
  // Line starts: the header is line 0; the entries follow, then the targets; one more start marks the end.
  const starts = new Int32Array(entries + targets + 2);
  let at = 0;
  for (let i = 0; i <= entries + targets; i++) {
    starts[i] = at;
    const br = text.indexOf('\n', at);
    if (br < 0) return null;
    at = br + 1;
  }
  if (at !== text.length) return null;
  starts[entries + targets + 1] = at;
  const lines = new SortedLines(text, starts, 1, entries + 1, true);
  const targetLines = new SortedLines(text, starts, entries + 1, entries + targets + 1, false);
  return { from, to, entries: new CachedEntries(lines), targets: new CachedTargets(targetLines) };
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
