/**
 * Crash-safe file replacement: write a temporary file next to the target, flush it to disk,
 * rename it over the target, then flush the directory entry. A crash at any moment leaves
 * either the old file or the new one, never a mix; on an error the old file is untouched and
 * the temporary file removed.
 *
 * Only regular files are replaced: a target that exists and is something else (a device, a
 * FIFO, a directory, a socket) is refused before anything is written. A symbolic link is
 * followed and the file it names is replaced (the link stays a link), as careful editors do.
 */
import { open, rename, rm, stat, lstat, chmod, readlink, readdir, access, constants } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';

/** Why an output target cannot be written. */
export type WriteTargetProblem = 'not-regular' | 'no-directory' | 'not-writable' | 'link-loop';

/** A target that cannot be written; nothing was written when this is thrown. */
export class WriteTargetError extends Error {
  constructor(
    readonly problem: WriteTargetProblem,
    readonly target: string,
    message: string,
  ) {
    super(message);
    this.name = 'WriteTargetError';
  }
}

/** How many symbolic links a target may go through (as the kernel's ELOOP limit). */
const MAX_LINK_HOPS = 40;

/** The temporary files being written right now (so a signal handler can remove them). */
const inFlight = new Set<string>();

/** The prefix/suffix of temporary files, so stale ones (after a kill) can be recognised. */
export function tempNameFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}.${process.pid}.${randomHex(6)}.tmp`);
}

/** `bytes` random bytes in hex, from the global Web Crypto (node:crypto is not loaded at start-up for it). */
function randomHex(bytes: number): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when `name` (a bare file name) is one of our temporary files for `targetBase`. */
export function isTempFor(name: string, targetBase: string): boolean {
  return name.startsWith(`.${targetBase}.`) && name.endsWith('.tmp');
}

/** The process id written into a temporary file's name, if it is one of ours. */
function ownerOf(name: string, targetBase: string): number | undefined {
  const m = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(targetBase.length + 2));
  return m ? Number(m[1]) : undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes temporary files that a killed write left next to `file`: those older than
 * `olderThanMs` (so a write in progress in another process is not disturbed) and, with
 * `deadOwners`, also those whose writing process no longer runs. Returns how many were removed.
 */
export async function removeStaleTemps(file: string, options: { olderThanMs?: number; deadOwners?: boolean } = {}): Promise<number> {
  const olderThanMs = options.olderThanMs ?? 60_000;
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  const now = Date.now();
  for (const n of names) {
    if (!isTempFor(n, base)) continue;
    const full = path.join(dir, n);
    try {
      const st = await lstat(full);
      if (!st.isFile()) continue;
      const owner = ownerOf(n, base);
      const orphaned = options.deadOwners === true && owner !== undefined && !isAlive(owner);
      if (!orphaned && now - st.mtimeMs < olderThanMs) continue;
      await rm(full, { force: true });
      removed++;
    } catch {
      // Gone already, or not ours to delete.
    }
  }
  return removed;
}

/** Removes, synchronously, the temporary files of writes still in progress (for signal handlers). */
export function removeTempsInFlight(): void {
  for (const temp of inFlight) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  inFlight.clear();
}

function codeOf(err: unknown): string | undefined {
  return (err as { code?: string }).code;
}

/**
 * The real file a write to `file` replaces: symbolic links are followed (a dangling link names
 * the file to create). Refuses, with {@link WriteTargetError}, a target that exists and is not a
 * regular file, a link loop, a missing directory and a directory this process cannot write in.
 * Writes nothing.
 */
export async function resolveWriteTarget(file: string): Promise<string> {
  let target = path.resolve(file);
  for (let hop = 0; ; hop++) {
    let info;
    try {
      info = await lstat(target);
    } catch (err) {
      if (codeOf(err) !== 'ENOENT') throw err;
      info = undefined;
    }
    if (info?.isSymbolicLink()) {
      if (hop >= MAX_LINK_HOPS) throw new WriteTargetError('link-loop', file, `${file}: too many symbolic links`);
      target = path.resolve(path.dirname(target), await readlink(target));
      continue;
    }
    if (info && !info.isFile()) {
      const what = info.isDirectory()
        ? 'a directory'
        : info.isFIFO()
          ? 'a FIFO'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'a device'
            : info.isSocket()
              ? 'a socket'
              : 'not a regular file';
      throw new WriteTargetError('not-regular', file, `${file}: ${what}, not a regular file; nothing was written`);
    }
    break;
  }
  const dir = path.dirname(target);
  try {
    if (!(await stat(dir)).isDirectory()) throw new WriteTargetError('no-directory', file, `${file}: ${dir} is not a directory`);
  } catch (err) {
    if (err instanceof WriteTargetError) throw err;
    throw new WriteTargetError('no-directory', file, `${file}: the directory ${dir} does not exist`);
  }
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new WriteTargetError('not-writable', file, `${file}: cannot write in ${dir}`);
  }
  return target;
}

async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; rename is durable enough there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A written, flushed temporary file waiting to be renamed over its target. */
interface Staged {
  target: string;
  temp: string;
}

async function stage(target: string, data: string | Uint8Array): Promise<Staged> {
  const temp = tempNameFor(target);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let handle;
  inFlight.add(temp);
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode).catch(() => undefined);
    return { target, temp };
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await discard({ target, temp });
    throw err;
  }
}

async function discard(s: Staged): Promise<void> {
  await rm(s.temp, { force: true }).catch(() => undefined);
  inFlight.delete(s.temp);
}

/**
 * Atomically replaces `file` with `data` (a string is written as UTF-8). Keeps the permission
 * bits of an existing file; follows a symbolic link and replaces the file it names; refuses
 * (nothing written) a target that is not a regular file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic([{ file, data }]);
}

/**
 * Writes several files, all or none as far as the file system allows: every target is checked
 * first ({@link resolveWriteTarget}), then every file is written and flushed beside its target,
 * and only when all are on disk are they renamed into place. Any failure before the renames
 * leaves every target untouched and no temporary file behind.
 */
export async function writeFilesAtomic(outputs: Array<{ file: string; data: string | Uint8Array }>): Promise<void> {
  const targets: string[] = [];
  for (const o of outputs) targets.push(await resolveWriteTarget(o.file));
  const staged: Staged[] = [];
  try {
    for (let k = 0; k < outputs.length; k++) staged.push(await stage(targets[k], outputs[k].data));
    for (const s of staged) {
      await rename(s.temp, s.target);
      inFlight.delete(s.temp);
    }
  } catch (err) {
    for (const s of staged) await discard(s);
    throw err;
  }
  for (const dir of new Set(targets.map((t) => path.dirname(t)))) await fsyncDirectory(dir);
}
