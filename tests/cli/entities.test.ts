import { describe, expect, it } from 'vitest';
import { root, selaras } from './run';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const fx = (dir: string, name: string) => path.join(root, 'tests/fixtures', dir, name);
const seeds = path.join(root, '../shared/seeds');

interface EntityJson {
  kind: string;
  level?: string;
  aEntity?: { text: string; start: number; end: number } | null;
  bEntity?: { text: string; start: number; end: number } | null;
}

const seedFile = (prefix: string) => (existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith(prefix)) : undefined);

describe('selaras check: entity drift', () => {
  it.skipIf(!seedFile('003_') || !seedFile('004_'))('reports the Pyongyang/Seoul attribution of seeds 003 vs 004 with both spans', () => {
    const r = selaras('check', path.join(seeds, seedFile('003_')!), path.join(seeds, seedFile('004_')!), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const m = (out.mismatches as EntityJson[]).find((x) => x.kind === 'entity' && x.aEntity?.text === 'Pyongyang');
    expect(m).toBeDefined();
    expect(m!.level).toBe('drift');
    expect(m!.bEntity?.text).toBe('Seoul');
    // Spans are offsets into each file's text.
    expect(m!.aEntity!.end - m!.aEntity!.start).toBe('Pyongyang'.length);
    expect(m!.bEntity!.end - m!.bEntity!.start).toBe('Seoul'.length);
    expect(out.claims.some((c: { drift: string[] }) => c.drift.length > 0)).toBe(true);
  }, 60_000);

  it('reads --glossary as TBX or CSV: the alignment changes and the paired names are silent', () => {
    const a = fx('termbase', 'flood.a.txt');
    const b = fx('termbase', 'flood.b.txt');
    const shape = (out: { beads: Array<{ a: number[]; b: number[] }> }) => out.beads.map((x) => `${x.a}:${x.b}`);
    const entities = (out: { mismatches: EntityJson[] }) => out.mismatches.filter((m) => m.kind === 'entity');
    const before = JSON.parse(selaras('check', a, b, '--lines', '--json').stdout);
    expect(shape(before)).toContain('1,2:1');
    expect(entities(before).some((m) => m.bEntity?.text === 'Cipher Office')).toBe(true);
    for (const tb of ['agencies.tbx', 'agencies.csv']) {
      const checked = JSON.parse(selaras('check', a, b, '--lines', '--json', '--glossary', fx('termbase', tb)).stdout);
      expect(shape(checked)).toContain('2,3:2');
      expect(entities(checked)).toEqual([]);
    }
    const aligned = selaras('align', a, b, '--lines', '--json', '--glossary', fx('termbase', 'agencies.tbx'));
    expect(aligned.code).toBe(0);
    expect(shape(JSON.parse(aligned.stdout))).toContain('2,3:2');
  }, 120_000);

  it('refuses a bad termbase with exit 2 and a one-line message naming the file', () => {
    const r = selaras('check', fx('termbase', 'flood.a.txt'), fx('termbase', 'flood.b.txt'), '--glossary', fx('termbase', 'broken.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.csv: no term pairs found/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(selaras('align', fx('termbase', 'flood.a.txt'), fx('termbase', 'flood.b.txt'), '--glossary', fx('termbase', 'missing.tbx')).code).toBe(2);
  }, 60_000);
});
