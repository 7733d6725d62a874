import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fx, selaras } from './run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-out-'));

const oneLine = (s: string) => s.trim().split('\n').length === 1;
const mkfifo = (file: string) => spawnSync('mkfifo', [file]).status === 0;
/** A character device node like /dev/null (needs the right to create device nodes). */
const mknod = (file: string) => spawnSync('mknod', [file, 'c', '1', '3']).status === 0;

/** A saved project to export from. */
function savedProject(): string {
  const project = path.join(tmp, `p-${Math.random().toString(36).slice(2)}.selaras`);
  const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--save', project);
  expect(r.code).toBe(0);
  return project;
}

describe('output targets that are not regular files', () => {
  const fifo = path.join(tmp, 'out.fifo');
  const fifoMade = mkfifo(fifo);

  it.skipIf(!fifoMade)('check --report, check --save and export --out refuse a FIFO (exit 2, FIFO untouched)', () => {
    const project = savedProject();
    const runs = [
      selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', fifo),
      selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--save', fifo),
      selaras('export', project, '--to', 'csv', '--out', fifo),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/out\.fifo: a FIFO, not a regular file/);
      expect(oneLine(r.stderr)).toBe(true);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  const device = path.join(tmp, 'out.dev');
  const deviceMade = mknod(device);
  it.skipIf(!deviceMade)('refuses a device node and leaves it a device', () => {
    const before = lstatSync(device);
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', device);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/out\.dev: a device, not a regular file/);
    const after = lstatSync(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(after.mode).toBe(before.mode);
  });

  it('refuses a directory', () => {
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a directory, not a regular file/);
  });
});

describe('output through a symbolic link', () => {
  it('writes the file the link names and keeps the link', () => {
    const real = path.join(tmp, 'real-report.html');
    writeFileSync(real, 'old');
    const link = path.join(tmp, 'link-report.html');
    symlinkSync('real-report.html', link);
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', link);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real-report.html');
    expect(readFileSync(real, 'utf8')).toMatch(/<!doctype html>/i);
  });

  it('a dangling link creates the file it names', () => {
    const link = path.join(tmp, 'dangling.csv');
    symlinkSync('made-by-link.csv', link);
    const project = savedProject();
    const r = selaras('export', project, '--to', 'csv', '--out', link);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(tmp, 'made-by-link.csv'), 'utf8')).toContain('Anggaran');
  });
});

describe('a failing command writes nothing', () => {
  it('--report is not written when --save cannot be', () => {
    const report = path.join(tmp, 'half.html');
    const r = selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--report', report, '--save', path.join(tmp, 'missing-dir', 'x.selaras'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.selaras: the directory .*missing-dir does not exist/);
    expect(oneLine(r.stderr)).toBe(true);
    expect(existsSync(report)).toBe(false);
  });

  it('--report and --save naming the same file is refused', () => {
    const same = path.join(tmp, 'same.out');
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', same, '--save', same);
    expect(r.code).toBe(2);
    expect(existsSync(same)).toBe(false);
  });
});

describe('temporary files left by a killed run', () => {
  it('are removed by the next run that writes the same output', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const report = path.join(tmp, 'tidy.html');
    const stale = path.join(tmp, `.tidy.html.${deadPid}.0a1b2c3d4e5f.tmp`);
    const old = path.join(tmp, `.tidy.html.1.0a1b2c3d4e60.tmp`);
    writeFileSync(stale, 'half a report');
    writeFileSync(old, 'half a report');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(old, hourAgo, hourAgo);
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--report', report);
    expect(r.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith('.tidy.html.'))).toEqual([]);
  });
});

describe('a project whose beads do not fit its texts', () => {
  it('is refused by export, naming the problem, and nothing is written', () => {
    const project = savedProject();
    const doc = JSON.parse(readFileSync(project, 'utf8'));
    doc.project.alignments[0].beads = [{ a: [999999], b: [5000000], score: 1 }];
    writeFileSync(project, JSON.stringify(doc));
    const out = path.join(tmp, 'tampered.csv');
    const r = selaras('export', project, '--to', 'csv', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/names sentence 1000000 of short\.id\.txt, which has only 3 sentences/);
    expect(oneLine(r.stderr)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
