/** `selaras check`: confidence and level on every mismatch, --min-confidence, exit 1 only on drifts (issue 10). */
import { describe, expect, it } from 'vitest';
import { fx, selaras } from './run';

describe('selaras check levels', () => {
  it('lists a review-level mismatch with its confidence and exits 0 when nothing drifts', () => {
    const r = selaras('check', fx('review.id.txt'), fx('review.en.txt'), '--lines', '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.mismatches).toHaveLength(1);
    expect(out.mismatches[0]).toMatchObject({ kind: 'missing', level: 'review' });
    expect(out.mismatches[0].confidence).toBeGreaterThan(0);
    expect(out.mismatches[0].confidence).toBeLessThan(0.5);
    expect(r.code).toBe(0);
  });

  it('exits 1 when a drift is found, every mismatch carrying confidence and level', () => {
    const r = selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    for (const m of out.mismatches) {
      expect(['drift', 'review']).toContain(m.level);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    expect(out.mismatches.some((m: { level: string }) => m.level === 'drift')).toBe(true);
  });

  it('--min-confidence hides weaker mismatches, and the human view names the level', () => {
    const r = selaras('check', fx('review.id.txt'), fx('review.en.txt'), '--lines', '--json', '--min-confidence', '0.5');
    expect(JSON.parse(r.stdout).mismatches).toEqual([]);
    expect(r.code).toBe(0);
    const human = selaras('check', fx('review.id.txt'), fx('review.en.txt'), '--lines', '--reviews');
    expect(human.stdout).toMatch(/1 mismatch \(0 drift, 1 review\)/);
    expect(human.stdout).toMatch(/\treview 0\.\d\d\t/);
  });

  it('the human view lists drifts and folds reviews into one line unless --reviews', () => {
    const folded = selaras('check', fx('review.id.txt'), fx('review.en.txt'), '--lines');
    expect(folded.stdout).toMatch(/1 mismatch \(0 drift, 1 review\)/);
    expect(folded.stdout).not.toMatch(/\treview 0\.\d\d\t/);
    expect(folded.stdout).toMatch(/^\+ 1 review item not listed \(weak evidence; --reviews lists them\)$/m);
    const drifted = selaras('check', fx('short.id.txt'), fx('drifted.en.txt'));
    const lines = drifted.stdout.trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/\tdrift 0\.\d\d\t|^\+ \d+ review items? not listed|^  m\d+ /);
  });

  it('refuses a confidence outside 0–1 with exit 2 and one line on stderr', () => {
    for (const bad of ['2', 'abc', '-0.1']) {
      const r = selaras('check', fx('review.id.txt'), fx('review.en.txt'), '--min-confidence', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--min-confidence/);
      expect(r.stdout).toBe('');
    }
  });
});
