/**
 * Loads a CommonJS script of the bundle with V8's code cache: the bytecode of its functions,
 * saved by an earlier run, so that they are not compiled again (Node 20 offers no code cache for
 * ES modules; `vm.Script` takes one).
 *
 * The cache file is `stamp\n` + the cached data, the stamp naming the size and modification time of
 * the script it was made for ({@link scriptStamp}): V8 itself checks only the script's length, its
 * own version and its flags (it refuses a cache made under other flags, e.g. another `--max-opt`:
 * see ./jit), so a cache of another build of the script is never handed to it. A missing, stale or
 * refused cache only costs the compilation.
 *
 * With SELARAS_CODE_CACHE=write in the environment the cache is (re)written when the process
 * exits, from everything the run compiled (the build runs a check so; scripts/build-node.mjs).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/** What identifies a build of a script for its cache: size and modification time. */
export function scriptStamp(info: { size: number; mtimeMs: number }): string {
  return `${info.size}@${info.mtimeMs}`;
}

/** The cached data of a cache file's bytes when it was made for `stamp`, else null. */
export function cachedDataFor(bytes: Buffer, stamp: string): Buffer | null {
  const br = bytes.indexOf(10);
  if (br < 0 || bytes.toString('latin1', 0, br) !== stamp) return null;
  return bytes.subarray(br + 1);
}

/** A cache file's bytes: the stamp line, then V8's data. */
export function cacheFileBytes(stamp: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), data]);
}

/** A script loaded by {@link loadCachedScript}. */
export interface CachedScript<T> {
  exports: T;
  /** true: compiled from the cache; false: no usable cache (compiled from the source). */
  fromCache: boolean;
  /** Writes the cache file from everything compiled of the script so far. */
  save(): void;
}

/**
 * Runs the CommonJS script `file` (its `require` resolves from its own folder) and returns its
 * exports, with the code cache `cacheFile` when it was made for this build of the script.
 */
export function loadCachedScript<T>(file: string, cacheFile: string, env: Record<string, string | undefined> = process.env): CachedScript<T> {
  const source = readFileSync(file, 'utf8');
  const stamp = scriptStamp(statSync(file));
  const cachedData = existsSync(cacheFile) ? (cachedDataFor(readFileSync(cacheFile), stamp) ?? undefined) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
  );
  const save = () => writeFileSync(cacheFile, cacheFileBytes(stamp, script.createCachedData()));
  if (env.SELARAS_CODE_CACHE === 'write') process.once('exit', save);
  return { exports: module.exports, fromCache: cachedData !== undefined && !script.cachedDataRejected, save };
}
