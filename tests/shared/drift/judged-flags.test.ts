/**
 * The judged flags of whole-file checks (tests/fixtures/judged-flags, read by scripts/eval-judged-flags.ts)
 * are well formed: valid splits, parts, kinds and verdicts; surfaces that occur in the flagged PANL lines
 * (when ../shared exists); no corpus sentence copied into a note. No precision threshold here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_DIR, PARTS, readPanl, sixGrams, type Part } from '../../../scripts/real-drift-labels';

const DIR = path.join(path.dirname(LABEL_DIR), 'judged-flags');
const KINDS = ['value', 'qualifier', 'unit', 'scale', 'date', 'missing', 'added', 'entity', 'ambiguous'];
const rows = ['dev', 'heldout'].flatMap((split) =>
  fs
    .readFileSync(path.join(DIR, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ file: split, row: JSON.parse(l) as Record<string, unknown> })),
);

describe('judged flags', () => {
  it('every row has a valid split, part, kind, verdict and line lists', () => {
    expect(rows.length).toBeGreaterThan(100);
    const bad = rows.filter(({ file, row }) => {
      const lines = (x: unknown) => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0);
      return (
        row.split !== file ||
        !PARTS.includes(row.part as Part) ||
        !KINDS.includes(row.kind as string) ||
        !['real', 'false', 'nottrans'].includes(row.verdict as string) ||
        !lines(row.linesA) ||
        !lines(row.linesB) ||
        typeof row.note !== 'string' ||
        (row.verdict === 'real') !== (row.cause === '')
      );
    });
    expect(bad).toEqual([]);
  });
  const corpus = Object.fromEntries(PARTS.map((p) => [p, readPanl(p)]));
  it.skipIf(!corpus.ECO)('surfaces occur in the flagged lines, and no note copies six words of them', () => {
    const problems: string[] = [];
    for (const { row } of rows) {
      const c = corpus[row.part as Part]!;
      const textA = (row.linesA as number[]).map((l) => c.a[l]).join(' ');
      const textB = (row.linesB as number[]).map((l) => c.b[l]).join(' ');
      if (typeof row.a === 'string' && !textA.includes(row.a)) problems.push(`${row.part} ${row.linesA}: a ${row.a}`);
      if (typeof row.b === 'string' && !textB.includes(row.b)) problems.push(`${row.part} ${row.linesB}: b ${row.b}`);
      const grams = new Set([...sixGrams(textA), ...sixGrams(textB)]);
      for (const g of sixGrams(row.note as string)) if (grams.has(g)) problems.push(`${row.part} ${row.linesA}: note copies "${g}"`);
    }
    expect(problems).toEqual([]);
  });
});
