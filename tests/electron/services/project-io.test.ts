import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat, writeFile, chmod, mkdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { writeFileAtomic } from '../../../electron/services/atomic';
import {
  saveProject,
  loadProject,
  writeRecovery,
  readRecovery,
  clearRecovery,
  checkSources,
  recordSource,
  cleanStaleTemps,
  recoveryPath,
  ProjectSaveError,
} from '../../../electron/services/project-io';
import { serializeProject } from '../../../shared/project/schema';
import { sample } from '../../fixtures/project/sample';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'selaras-io-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes, replaces and leaves no temporary file', async () => {
    const f = path.join(dir, 'a.txt');
    await writeFileAtomic(f, 'one');
    await writeFileAtomic(f, new TextEncoder().encode('two ✓'));
    expect(await readFile(f, 'utf8')).toBe('two ✓');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const f = path.join(dir, 'p.txt');
    await writeFile(f, 'x');
    await chmod(f, 0o600);
    await writeFileAtomic(f, 'y');
    expect((await stat(f)).mode & 0o777).toBe(0o600);
  });

  it('on a failed write leaves the original untouched and removes the temp file', async () => {
    const f = path.join(dir, 'keep.txt');
    await writeFile(f, 'original');
    await expect(writeFileAtomic(f, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(f, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['keep.txt']);
  });

  it('on a failed rename (target is a non-empty directory) removes the temp file', async () => {
    const target = path.join(dir, 'occupied');
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['occupied']);
  });
});

describe('saveProject / loadProject', () => {
  it('round-trips a project, with a bare Comparison taken for the first pair', async () => {
    const s = sample();
    const f = path.join(dir, 'story.selaras');
    await saveProject(f, s.project, { comparison: s.comparison, app: { name: 'Selaras', version: '9.9.9' } });
    const r = await loadProject(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project).toEqual(s.project);
    expect(r.doc.app.version).toBe('9.9.9');
    expect(r.doc.comparison?.pairs).toEqual([{ a: 0, b: 1, ...s.comparison }]);
  });

  it('refuses to save a project that would not load back, leaving the old file', async () => {
    const s = sample();
    const f = path.join(dir, 'keep.selaras');
    await saveProject(f, s.project);
    const before = await readFile(f, 'utf8');
    const broken = { ...s.project, pivot: 5 };
    await expect(saveProject(f, broken)).rejects.toBeInstanceOf(ProjectSaveError);
    await expect(saveProject(f, broken)).rejects.toMatchObject({ messageKey: 'errors.project.cannotSave' });
    expect(await readFile(f, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['keep.selaras']);
  });

  it('reports a missing file and a directory clearly', async () => {
    const r = await loadProject(path.join(dir, 'nope.selaras'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'not-found', messageKey: 'errors.project.notFound', params: { name: 'nope.selaras' } });
    const d = await loadProject(dir);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error.code).toBe('unreadable');
  });

  it('refuses files above the size limit without reading them', async () => {
    const f = path.join(dir, 'big.selaras');
    await saveProject(f, sample().project);
    const r = await loadProject(f, { maxBytes: 1000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'too-large', messageKey: 'errors.project.tooLarge' });
  });

  it('refuses binary content and never modifies a file it cannot read', async () => {
    const f = path.join(dir, 'junk.selaras');
    const junk = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x80, 0x22]);
    await writeFile(f, junk);
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(f, old, old);
    const r = await loadProject(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('malformed');
    expect(new Uint8Array(await readFile(f))).toEqual(junk);
    expect((await stat(f)).mtimeMs).toBe(old.getTime());
    expect(await readdir(dir)).toEqual(['junk.selaras']);
  });

  it('fuzz: corrupted project files give a clear error, never a throw', async () => {
    const text = serializeProject(sample().project, { app: { name: 'Selaras', version: '1' } });
    const bytes = new TextEncoder().encode(text);
    const f = path.join(dir, 'fuzz.selaras');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length }),
        fc.uint8Array({ maxLength: 16 }),
        fc.nat({ max: 64 }),
        async (at, insert, del) => {
          const mutated = new Uint8Array([...bytes.subarray(0, at), ...insert, ...bytes.subarray(at + del)]);
          await writeFile(f, mutated);
          const r = await loadProject(f);
          if (!r.ok) {
            expect(['malformed', 'truncated', 'invalid', 'newer-version', 'too-large', 'not-project', 'is-export']).toContain(r.error.code);
            expect(r.error.messageKey).toMatch(/^errors\.project\.[a-zA-Z]+$/);
            expect(r.error.message).not.toBe('');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('recovery', () => {
  it('writes, reads and clears the autosave copy', async () => {
    const s = sample();
    expect(await readRecovery(dir)).toBeNull();
    const file = await writeRecovery(dir, s.project, { projectPath: '/home/dewi/banjir.selaras', key: 'win 1/..' });
    expect(path.dirname(file)).toBe(dir);
    expect(file).toBe(recoveryPath(dir, 'win 1/..'));
    const r = await readRecovery(dir, 'win 1/..');
    expect(r?.ok).toBe(true);
    if (r?.ok) {
      expect(r.project).toEqual(s.project);
      expect(r.doc.recovery?.projectPath).toBe('/home/dewi/banjir.selaras');
    }
    expect(await readRecovery(dir)).toBeNull(); // another key
    await clearRecovery(dir, 'win 1/..');
    expect(await readRecovery(dir, 'win 1/..')).toBeNull();
    await clearRecovery(dir, 'win 1/..'); // idempotent
  });

  it('a broken recovery file is reported, not thrown', async () => {
    await writeFile(recoveryPath(dir), '{"format": "selaras-pro');
    const r = await readRecovery(dir);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.error.code).toBe('truncated');
  });
});

describe('checkSources', () => {
  it('reports changed and vanished source files, not unchanged ones', async () => {
    const s = sample();
    const pa = path.join(dir, 'banjir.txt');
    const pb = path.join(dir, 'flood.txt');
    await writeFile(pa, s.project.versions[0].text);
    await writeFile(pb, s.project.versions[1].text);
    const sources = [await recordSource('v-id', pa), await recordSource('v-en', pb)];
    const doc = { project: s.project, sources };
    expect(await checkSources(doc)).toEqual([]);
    await writeFile(pa, s.project.versions[0].text.replace('1.250', '1.260'));
    await rm(pb);
    expect(await checkSources(doc)).toEqual([
      { versionId: 'v-id', path: pa, status: 'changed' },
      { versionId: 'v-en', path: pb, status: 'missing' },
    ]);
  });

  it('falls back to the text hash for versions with a sourcePath but no record', async () => {
    const s = sample();
    const pa = path.join(dir, 'a.txt');
    // Same text, different encoding on disk (BOM): the decoded text hash still matches.
    await writeFile(pa, '\ufeff' + s.project.versions[0].text);
    const project = { ...s.project, versions: [{ ...s.project.versions[0], sourcePath: pa }, s.project.versions[1]] };
    expect(await checkSources({ project })).toEqual([]);
    await writeFile(pa, 'Teks lain sama sekali.');
    expect(await checkSources({ project })).toEqual([{ versionId: 'v-id', path: pa, status: 'changed' }]);
  });
});

describe('cleanStaleTemps', () => {
  it('removes only old temporary files of that project', async () => {
    const f = path.join(dir, 'p.selaras');
    await writeFile(f, 'x');
    const stale = path.join(dir, '.p.selaras.123.abc.tmp');
    const fresh = path.join(dir, '.p.selaras.124.abd.tmp');
    const other = path.join(dir, '.q.selaras.1.a.tmp');
    for (const t of [stale, fresh, other]) await writeFile(t, 'partial');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(stale, old, old);
    await utimes(other, old, old);
    expect(await cleanStaleTemps(f)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.p.selaras.124.abd.tmp', '.q.selaras.1.a.tmp', 'p.selaras']);
  });
});
