import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selaras } from './run';

describe('selaras check on one sentence crowded with numbers', () => {
  it('compares 2,000 numbers with themselves in seconds, not minutes', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'selaras-crowded-')), 'tabel.txt');
    const numbers = Array.from({ length: 2000 }, (_, i) => String(((i * 37) % 9973) + 1));
    writeFileSync(file, `Angka ${numbers.join(', ')} tercatat.\n`);
    const started = Date.now();
    const r = selaras('check', file, file, '--json');
    const seconds = (Date.now() - started) / 1000;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.matches).toHaveLength(2000);
    expect(out.mismatches).toEqual([]);
    // About 1.5 s here, including starting tsx; the full assignment took 110 s.
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});
