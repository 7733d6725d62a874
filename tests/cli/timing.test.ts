import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fx, root } from './run';
import { StageTimer } from '../../cli/timing';

describe('SELARAS_TIMING', () => {
  it('makes check print its start-up and the time of each stage on stderr, and leaves stdout alone', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'check', '--json', fx('short.id.txt'), fx('short.en.txt')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SELARAS_TIMING: '1' },
    });
    expect([0, 1]).toContain(r.status);
    expect(JSON.parse(r.stdout).beads.length).toBeGreaterThan(0);
    const line = /^timing (\{.*\})$/m.exec(r.stderr);
    expect(line).not.toBeNull();
    const t = JSON.parse(line![1]);
    expect(Object.keys(t.stages)).toEqual(['read', 'load code', 'segment', 'figures', 'entities', 'lexicon', 'align', 'compare figures', 'compare names', 'project and outputs', 'result']);
    expect(t.startup.wall).toBeGreaterThan(0);
    const sum = Object.values(t.stages as Record<string, { wall: number }>).reduce((s, x) => s + x.wall, 0);
    expect(t.work.wall).toBeGreaterThanOrEqual(sum - 1);
  });

  it('a stage that recurs is summed', () => {
    const timer = new StageTimer();
    timer.mark('a');
    timer.mark('b');
    timer.mark('a');
    expect(Object.keys(timer.stages)).toEqual(['a', 'b']);
    expect(timer.stages.a.wall).toBeGreaterThanOrEqual(0);
  });
});
