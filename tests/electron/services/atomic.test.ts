import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile, chmod, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic, writeFilesAtomic, resolveWriteTarget, WriteTargetError } from '../../../electron/services/atomic';
import { saveProject } from '../../../electron/services/project-io';
import { createProject } from '../../../shared/project/create';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'selaras-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const temps = async () => (await readdir(dir)).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic: what it replaces', () => {
  it('refuses a FIFO and leaves it a FIFO', async () => {
    const fifo = path.join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const err = await writeFileAtomic(fifo, 'data').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteTargetError);
    expect((err as WriteTargetError).problem).toBe('not-regular');
    expect((err as Error).message).toMatch(/a FIFO/);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await temps()).toEqual([]);
  });

  it('refuses a device node', async () => {
    const dev = path.join(dir, 'null');
    if (spawnSync('mknod', [dev, 'c', '1', '3']).status !== 0) return;
    await expect(writeFileAtomic(dev, 'data')).rejects.toThrow(/a device/);
    expect((await lstat(dev)).isCharacterDevice()).toBe(true);
  });

  it('refuses a directory and a missing directory', async () => {
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(/a directory/);
    await expect(writeFileAtomic(path.join(dir, 'no', 'x.txt'), 'x')).rejects.toMatchObject({ problem: 'no-directory' });
  });

  it('follows a chain of links, replaces the real file (keeping its mode) and keeps the links', async () => {
    const sub = path.join(dir, 'sub');
    await mkdir(sub);
    const real = path.join(sub, 'real.txt');
    await writeFile(real, 'old');
    await chmod(real, 0o600);
    await symlink('sub/real.txt', path.join(dir, 'one'));
    await symlink(path.join(dir, 'one'), path.join(dir, 'two'));
    await writeFileAtomic(path.join(dir, 'two'), 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await stat(real)).mode & 0o777).toBe(0o600);
    expect(await readlink(path.join(dir, 'two'))).toBe(path.join(dir, 'one'));
    expect(await readlink(path.join(dir, 'one'))).toBe('sub/real.txt');
    expect((await readdir(sub)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a link loop', async () => {
    await symlink('b', path.join(dir, 'a'));
    await symlink('a', path.join(dir, 'b'));
    await expect(resolveWriteTarget(path.join(dir, 'a'))).rejects.toMatchObject({ problem: 'link-loop' });
  });

  it('a project save through a link updates the linked file', async () => {
    const real = path.join(dir, 'work.selaras');
    const link = path.join(dir, 'shortcut.selaras');
    await writeFile(real, '{}');
    await symlink(real, link);
    await saveProject(link, createProject([{ name: 'a', text: 'Satu.', lang: 'id' }, { name: 'b', text: 'One.', lang: 'en' }]));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(real, 'utf8')).project.versions[0].name).toBe('a');
  });
});

describe('writeFilesAtomic: all or none', () => {
  it('writes nothing when one target cannot be written', async () => {
    const first = path.join(dir, 'first.txt');
    await writeFile(first, 'before');
    await expect(
      writeFilesAtomic([
        { file: first, data: 'after' },
        { file: path.join(dir, 'missing', 'second.txt'), data: 'x' },
      ]),
    ).rejects.toThrow(/does not exist/);
    expect(await readFile(first, 'utf8')).toBe('before');
    expect(await temps()).toEqual([]);
  });

  it('writes every file when all can be written', async () => {
    await writeFilesAtomic([
      { file: path.join(dir, 'a.txt'), data: 'A' },
      { file: path.join(dir, 'b.txt'), data: new TextEncoder().encode('B') },
    ]);
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('A');
    expect(await readFile(path.join(dir, 'b.txt'), 'utf8')).toBe('B');
    expect(await temps()).toEqual([]);
  });
});
