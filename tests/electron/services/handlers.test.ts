import { beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers, safeFileName, type HandlerDeps } from '../../../electron/services/handlers';
import { importFile } from '../../../electron/services/import';
import { exportProject } from '../../../electron/services/exporter';
import type { Handlers } from '../../../shared/api';
import { createProject } from '../../../shared/project/create';
import { serializeProject } from '../../../shared/project/schema';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let chosen: string | null;
let shown: string[];
let h: Handlers;

function make(overrides: Partial<HandlerDeps> = {}): Handlers {
  return createHandlers({
    fs: { readFile, writeFile: (f, d) => writeFile(f, d, 'utf8'), mkdir, stat },
    importer: importFile,
    dialog: { openFile: async () => chosen, saveFile: async () => chosen },
    dataDir: path.join(dir, 'data'),
    resourcesDir: path.join(root, 'resources'),
    app: { name: 'Selaras', version: 'test', edition: 'desktop', platform: 'linux' },
    exporter: (p, pair, format, scope) => exportProject(p, pair, format, scope, 'test'),
    showItemInFolder: (f) => shown.push(f),
    now: () => new Date('2026-01-02T03:04:05Z'),
    ...overrides,
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-handlers-'));
  chosen = null;
  shown = [];
  h = make();
});

const json = (versions: Array<{ name: string; text: string; lang: 'id' | 'en' }>) =>
  serializeProject(createProject(versions, versions.length > 1 ? [{ mode: 'parallel', beads: [{ a: [0], b: [0], score: 0.9 }] }] : []), { app: { name: 'Selaras', version: 'test' } });

describe('handler table (real temporary files)', () => {
  it('opens a chosen text file, detects its language and remembers it', async () => {
    const file = path.join(dir, 'berita.txt');
    writeFileSync(file, '\uFEFFPemerintah mengatakan bahwa 1.200 relawan telah dikirim ke lokasi banjir.');
    chosen = file;
    const r = await h.openTextFile({ slot: 'a' });
    expect(r).toMatchObject({ ok: true, value: { name: 'berita.txt', path: file, lang: 'id', encoding: 'utf-8', format: 'text' } });
    expect(r.ok && r.value!.text.startsWith('Pemerintah')).toBe(true);
    expect(await h.listRecent(null)).toEqual([{ name: 'berita.txt', path: file, openedAt: '2026-01-02T03:04:05.000Z' }]);
    expect((await h.openRecent({ path: file })).ok).toBe(true);
  });

  it('a cancelled dialog changes nothing; a missing or binary file is a translated error', async () => {
    expect(await h.openTextFile({ slot: 'b' })).toEqual({ ok: true, value: null });
    chosen = path.join(dir, 'gone.txt');
    expect(await h.openTextFile({ slot: 'b' })).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'errors.notFound', params: { name: 'gone.txt' } } });
    const bin = await h.readDroppedFile({ name: 'x.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]) });
    expect(bin).toMatchObject({ ok: false, error: { messageKey: 'errors.binary' } });
    expect(await h.listRecent(null)).toEqual([]);
  });

  it('refuses files over 50 MB before reading them', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    chosen = big;
    expect(await h.openTextFile({ slot: 'a' })).toMatchObject({ ok: false, error: { code: 'too-large', messageKey: 'errors.tooLarge' } });
  });

  it('only reopens files from the recent list', async () => {
    expect(await h.openRecent({ path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('loads the built-in sample: three versions in two languages', async () => {
    const r = await h.loadSample(null);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.versions.map((v) => [v.name, v.lang])).toEqual([['sample.id.txt', 'id'], ['sample.en.txt', 'en'], ['sample.id-b.txt', 'id']]);
  });

  it('saves a project atomically where the user chose, reopens it, and refuses other paths', async () => {
    const file = path.join(dir, 'story.selaras');
    chosen = file;
    const body = json([{ name: 'a.txt', text: 'Satu dua tiga.', lang: 'id' }, { name: 'b.txt', text: 'One two three.', lang: 'en' }]);
    expect(await h.saveProject({ json: body, name: 'story' })).toEqual({ ok: true, value: { path: file, name: 'story.selaras' } });
    const opened = await h.openRecentProject({ path: file });
    expect(opened.ok && opened.value.project.versions.map((v) => v.text)).toEqual(['Satu dua tiga.', 'One two three.']);
    // (the file records the app that saved it, as the page gave it: it said version "unknown")
    expect(JSON.parse(readFileSync(file, 'utf8')).app).toEqual({ name: 'Selaras', version: 'test' });
    // Save to the same path again (granted), but never to a path the user did not choose.
    expect((await h.saveProject({ json: body, name: 'story', path: file })).ok).toBe(true);
    const elsewhere = path.join(dir, 'elsewhere.selaras');
    expect(await h.saveProject({ json: body, name: 'x', path: elsewhere })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses to save or export over a FIFO, with its own message, and leaves it a FIFO', async () => {
    const fifo = path.join(dir, 'pipe.selaras');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    chosen = fifo;
    const body = json([{ name: 'a.txt', text: 'Satu.', lang: 'id' }, { name: 'b.txt', text: 'One.', lang: 'en' }]);
    const saved = await h.saveProject({ json: body, name: 'pipe' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'not-regular', messageKey: 'limits.notRegularFile', params: { name: 'pipe.selaras' } } });
    const exported = await h.exportProject({ json: body, pair: 0, format: 'csv', scope: 'all', name: 'pipe' });
    expect(exported).toMatchObject({ ok: false, error: { code: 'not-regular' } });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('never writes a malformed project and leaves the old file as it was', async () => {
    const file = path.join(dir, 'keep.selaras');
    chosen = file;
    const good = json([{ name: 'a.txt', text: 'Satu.', lang: 'id' }]);
    await h.saveProject({ json: good, name: 'keep' });
    const before = readFileSync(file, 'utf8');
    const r = await h.saveProject({ json: good.slice(0, 40), name: 'keep', path: file });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'errors.project.truncated' } });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports a project whose file is broken with a clear error', async () => {
    const r = await h.openProjectBytes({ name: 'broken.selaras', bytes: new TextEncoder().encode('{"format":"selaras-project","schemaVersion":99}') });
    expect(r).toMatchObject({ ok: false, error: { messageKey: 'errors.project.newerVersion' } });
  });

  it('keeps and restores an autosave recovery copy', async () => {
    expect(await h.readRecovery(null)).toEqual({ ok: true, value: null });
    const body = json([{ name: 'a.txt', text: 'Belum disimpan.', lang: 'id' }]);
    expect(await h.writeRecovery({ json: body })).toEqual({ ok: true, value: null });
    const r = await h.readRecovery(null);
    expect(r.ok && r.value?.recovered).toBe(true);
    expect(r.ok && r.value?.project.versions[0].text).toBe('Belum disimpan.');
    await h.clearRecovery(null);
    expect(await h.readRecovery(null)).toEqual({ ok: true, value: null });
  });

  it('a recovery copy of a project never saved comes back with the name the work had (it came back unnamed)', async () => {
    const body = json([{ name: 'a.txt', text: 'Belum disimpan.', lang: 'id' }]);
    expect(await h.writeRecovery({ json: body, name: 'banjir.selaras' })).toEqual({ ok: true, value: null });
    const r = await h.readRecovery(null);
    expect(r.ok && [r.value?.name, r.value?.path, r.value?.recovered]).toEqual(['banjir.selaras', undefined, true]);
    await h.clearRecovery(null);
    // (with no name given it has none: the workbench says Untitled)
    await h.writeRecovery({ json: body });
    const none = await h.readRecovery(null);
    expect(none.ok && none.value?.name).toBe('');
    await h.clearRecovery(null);
  });

  it('work done while the copy found at start is offered goes beside it, never over it', async () => {
    const then = json([{ name: 'a.txt', text: 'Kerja sebelum mogok.', lang: 'id' }]);
    const now = json([{ name: 'a.txt', text: 'Kerja sesudahnya.', lang: 'id' }]);
    await h.writeRecovery({ json: then });
    expect(await h.writeRecovery({ json: now, aside: true })).toEqual({ ok: true, value: null });
    // the copy of then is still the one offered
    const r = await h.readRecovery(null);
    expect(r.ok && r.value?.project.versions[0].text).toBe('Kerja sebelum mogok.');
    // closed before the offer was taken up and the copy of then gone: the work of now is offered
    const offeredFile = path.join(dir, 'data', 'recovery-default.selaras');
    expect(existsSync(offeredFile)).toBe(true);
    await rm(offeredFile);
    const next = await h.readRecovery(null);
    expect(next.ok && next.value?.project.versions[0].text).toBe('Kerja sesudahnya.');
    // clearing clears both
    await h.clearRecovery(null);
    expect(await h.readRecovery(null)).toEqual({ ok: true, value: null });
  });

  it('exports where the user chose and can show it in the folder; the browser edition returns the bytes', async () => {
    const body = json([{ name: 'a.txt', text: 'Sebanyak 1.200 relawan dikirim.', lang: 'id' }, { name: 'b.txt', text: 'As many as 1,200 volunteers were sent.', lang: 'en' }]);
    chosen = path.join(dir, 'out.tmx');
    const r = await h.exportProject({ json: body, pair: 0, format: 'tmx', scope: 'all', name: 'story' });
    expect(r).toEqual({ ok: true, value: { path: chosen, name: 'out.tmx' } });
    expect(readFileSync(chosen, 'utf8')).toContain('<tmx version="1.4">');
    await h.showInFolder({ path: chosen });
    await h.showInFolder({ path: '/etc/passwd' });
    expect(shown).toEqual([chosen]);
    const web = make({ dialog: undefined });
    const w = await web.exportProject({ json: body, pair: 0, format: 'csv', scope: 'all', name: 'story' });
    expect(w.ok && w.value?.name).toBe('story.csv');
    expect(w.ok && w.value?.bytes?.[0]).toBe(0xef); // UTF-8 BOM for Excel
  });

  it('opens an aligned TMX file as a new project', async () => {
    const body = json([{ name: 'a.txt', text: 'Sebanyak 1.200 relawan dikirim.', lang: 'id' }, { name: 'b.txt', text: 'As many as 1,200 volunteers were sent.', lang: 'en' }]);
    chosen = path.join(dir, 'pair.tmx');
    await h.exportProject({ json: body, pair: 0, format: 'tmx', scope: 'all', name: 'pair' });
    const r = await h.openProjectBytes({ name: 'pair.tmx', bytes: readFileSync(chosen) });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.project.versions.map((v) => [v.text, v.lang, v.segmentation])).toEqual([
        ['Sebanyak 1.200 relawan dikirim.', 'id', 'lines'],
        ['As many as 1,200 volunteers were sent.', 'en', 'lines'],
      ]);
      expect(r.value.project.alignments[0].beads.map((b) => [b.a, b.b])).toEqual([[[0], [0]]]);
      // the file the user chose is said on opening; the project keeps a name of its own to be saved under
      expect([r.value.from, r.value.name, r.value.path]).toEqual(['pair.tmx', 'pair.selaras', undefined]);
    }
    const project = await h.openProjectBytes({ name: 'pair.selaras', bytes: new TextEncoder().encode(body) });
    expect(project.ok && project.value.from).toBe(undefined);
  });

  it('the browser edition never overwrites a project of the same name', async () => {
    const web = make({ dialog: undefined });
    const body = json([{ name: 'a.txt', text: 'Satu.', lang: 'id' }]);
    const first = await web.saveProject({ json: body, name: 'story' });
    const second = await web.saveProject({ json: body, name: 'story' });
    expect(first.ok && first.value?.name).toBe('story.selaras');
    expect(second.ok && second.value?.name).toBe('story (2).selaras');
    // (a name numbered already counts on, never `story (2) (2)`)
    const third = await web.saveProject({ json: body, name: 'story (2)' });
    expect(third.ok && third.value?.name).toBe('story (3).selaras');
  });

  it('a project file cannot make the app read devices or network shares', async () => {
    const project = createProject([{ name: 'a.txt', text: 'Satu.', lang: 'id', sourcePath: '/dev/zero' }, { name: 'b.txt', text: 'One.', lang: 'en', sourcePath: '//evil/share/x.txt' }], [{ mode: 'parallel', beads: [{ a: [0], b: [0], score: 1 }] }]);
    const file = path.join(dir, 'hostile.selaras');
    writeFileSync(file, serializeProject(project, { app: { name: 'Selaras', version: 'test' } }));
    chosen = file;
    const r = await h.openProject(null);
    expect(r.ok && r.value?.sourceChanges.map((c) => c.status)).toEqual(['missing', 'missing']);
  });

  it('file names from the renderer cannot escape their folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('..')).toBe('untitled');
    expect(safeFileName('a:b*c?.txt')).toBe('a_b_c_.txt');
  });
});
