/** Exports carry the level of each mismatch (issue 10): JSON issues and the HTML report. */
import { describe, it, expect } from 'vitest';
import { exportJson } from '../../../shared/formats/json';
import { exportHtml } from '../../../shared/formats/html';
import { inputFrom } from './helpers';
import { sample } from '../../fixtures/project/sample';

function withLevels() {
  const s = sample();
  const [first, ...rest] = s.comparison.mismatches;
  s.comparison = { ...s.comparison, mismatches: [{ ...first, level: 'review', confidence: 0.3 }, ...rest] };
  return inputFrom(s);
}

describe('exports carry the level', () => {
  it('JSON: every issue has a level and a confidence; one saved without them reads as a certain drift', () => {
    const doc = JSON.parse(exportJson(withLevels()));
    const issues = doc.beads.flatMap((b: { issues: Array<{ level: string; confidence: number }> }) => b.issues);
    expect(issues[0]).toMatchObject({ level: 'review', confidence: 0.3 });
    expect(issues.slice(1).every((i: { level: string; confidence: number }) => i.level === 'drift' && i.confidence === 1)).toBe(true);
  });

  it('HTML: the heading of each mismatch names its level', () => {
    const html = exportHtml(withLevels());
    expect(html).toMatch(/m1 · \p{L}+ · Review/u);
    expect(html).toMatch(/m2 · \p{L}+ · Drift/u);
  });
});
