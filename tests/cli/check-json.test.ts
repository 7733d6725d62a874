/**
 * `selaras check --json` (cli/check-json.ts): a line pair that is not a translation (issue 10). Its bead
 * carries `translation: false` and the cues; its mismatches are reviews flagged `notTranslation` whose
 * note says why; a real drift on a translated line keeps its level and the exit code.
 */
import { describe, expect, it } from 'vitest';
import { fx, selaras } from './run';

interface BeadOut {
  a: number[];
  b: number[];
  score: number;
  translation?: boolean;
  notTranslationCues?: string[];
}
interface MismatchOut {
  a: number[];
  kind: string;
  level: string;
  notTranslation?: boolean;
  note: string;
}

describe('selaras check: a line pair that is not a translation', () => {
  it('flags the bead and reviews its mismatches; the drift of a translated line stays a drift (exit 1)', () => {
    const r = selaras('check', fx('unrelated.id.txt'), fx('unrelated.en.txt'), '--lines', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { beads: BeadOut[]; mismatches: MismatchOut[] };
    // line 2 of each file: two unrelated news sentences, each with its figures
    expect(out.beads.map((b) => b.translation)).toEqual([undefined, false, undefined]);
    expect(out.beads[1].notTranslationCues).toEqual(expect.arrayContaining(['nothing-shared', 'few-words-linked']));
    const onLine2 = out.mismatches.filter((m) => m.a[0] === 1);
    expect(onLine2.length).toBeGreaterThan(0);
    for (const m of onLine2) {
      expect(m).toMatchObject({ level: 'review', notTranslation: true });
      expect(m.note).toMatch(/do not read as translations of each other/);
    }
    // line 3: a translation whose length changed (120 vs 150 metres)
    const onLine3 = out.mismatches.filter((m) => m.a[0] === 2);
    expect(onLine3).toHaveLength(1);
    expect(onLine3[0]).toMatchObject({ kind: 'value', level: 'drift' });
    expect(onLine3[0].notTranslation).toBeUndefined();
  });

  it('the same files the other way round (English as A): the same verdicts', () => {
    const r = selaras('check', fx('unrelated.en.txt'), fx('unrelated.id.txt'), '--lines', '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { beads: BeadOut[]; mismatches: MismatchOut[] };
    expect(out.beads.map((b) => b.translation)).toEqual([undefined, false, undefined]);
    expect(out.mismatches.filter((m) => m.a[0] === 1).every((m) => m.level === 'review' && m.notTranslation === true)).toBe(true);
    expect(out.mismatches.filter((m) => m.level === 'drift').map((m) => m.a[0])).toEqual([2]);
  });
});
