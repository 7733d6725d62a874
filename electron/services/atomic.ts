/**
 * Crash-safe file replacement: write a temporary file next to the target, flush it to disk,
 * rename it over the target, then flush the directory entry. A crash at any moment leaves
 * either the old file or the new one, never a mix; on an error the old file is untouched and
 * the temporary file removed.
 */
import { open, rename, rm, stat, chmod } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The prefix/suffix of temporary files, so stale ones (after a kill) can be recognised. */
export function tempNameFor(target: string): string {
  const dir = path.dirname(target);
  const base = path.basename(target);
  return path.join(dir, `.${base}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True when `name` (a bare file name) is one of our temporary files for `targetBase`. */
export function isTempFor(name: string, targetBase: string): boolean {
  return name.startsWith(`.${targetBase}.`) && name.endsWith('.tmp');
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

/**
 * Atomically replaces `file` with `data` (a string is written as UTF-8). Keeps the permission
 * bits of an existing file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const temp = tempNameFor(target);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let handle;
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode).catch(() => undefined);
    await rename(temp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDirectory(path.dirname(target));
}
