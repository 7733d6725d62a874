/**
 * Crash safety of project saves: a child process saves a project in a loop with changing
 * content and is killed with SIGKILL at random moments, 200 times. After every kill the file
 * must load and hold either the last state the child reported as saved or the one it was
 * writing — never a mix, never a broken file.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { loadProject, saveProject, cleanStaleTemps } from '../../../electron/services/project-io';
import { createProject } from '../../../shared/project/create';

const ROOT = path.resolve(__dirname, '../../..');
const CHILD = path.join(ROOT, 'tests/fixtures/project/crash-child.mjs');
const KILLS = 200;

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'selaras-crash-'));
  bundle = path.join(dir, 'io.mjs');
  const entry = path.join(dir, 'entry.ts');
  await writeFile(
    entry,
    `export { saveProject } from ${JSON.stringify(path.join(ROOT, 'electron/services/project-io.ts'))};\n`,
  );
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runAndKill(file: string, start: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, bundle, file, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!killed && out.includes('ready\n')) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended without being killed: ${err}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(saved);
    });
  });
}

describe('project save under SIGKILL', () => {
  it(`the file is always the previous or the new state (${KILLS} kills)`, async () => {
    const file = path.join(dir, 'crash.selaras');
    await saveProject(file, createProject([{ name: 'state-0', text: 'x', lang: 'id' }, { name: 'state-0', text: 'y', lang: 'en' }]));
    let state = 0;
    let midWrite = 0;
    let withSaves = 0;
    const started = Date.now();
    for (let i = 0; i < KILLS; i++) {
      const delay = Math.floor(Math.random() * 70);
      const saved = await runAndKill(file, state, delay);
      const lastSaved = saved.length ? saved[saved.length - 1] : state;
      if (saved.length) withSaves++;
      const r = await loadProject(file);
      expect(r.ok, `kill ${i}: ${!r.ok ? r.error.message : ''}`).toBe(true);
      if (!r.ok) return;
      const onDisk = Number(r.project.settings.author ?? r.project.versions[0].name.replace('state-', ''));
      expect(r.project.versions[0].name).toBe(`state-${onDisk}`);
      expect(r.project.versions[0].text.startsWith(`Keadaan ${onDisk}.`) || onDisk === 0).toBe(true);
      expect([lastSaved, lastSaved + 1]).toContain(onDisk);
      if (onDisk === lastSaved + 1) midWrite++;
      state = onDisk;
    }
    // The kills really interrupted saving (not only before the first save).
    expect(withSaves).toBeGreaterThan(KILLS / 4);
    const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(await cleanStaleTemps(file, 0)).toBe(leftovers.length);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    console.info(
      `crash test: ${KILLS} kills in ${((Date.now() - started) / 1000).toFixed(1)} s, ${withSaves} after ≥1 save, ` +
        `${midWrite} landed between rename and report, ${leftovers.length} temp files left by kills, final state ${state}`,
    );
  }, 120_000);
});
