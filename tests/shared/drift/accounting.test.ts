import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareBeads } from '../../../shared/drift';
import type { Bead } from '../../../shared/align/types';
import type { Figure } from '../../../shared/figures/types';

const UNITS_ID = ['tentara', 'relawan', 'rumah', 'kompi', 'ton', 'desa', undefined];
const UNITS_EN = ['troops', 'volunteers', 'houses', 'battalions', 'tons', 'villages', undefined];

/** A random figure of any kind, ambiguous now and then. */
function figureArb(lang: 'id' | 'en', sentences: number): fc.Arbitrary<Omit<Figure, 'start' | 'end'>> {
  const units = lang === 'id' ? UNITS_ID : UNITS_EN;
  const sentence = fc.integer({ min: 0, max: sentences + 1 }); // sometimes outside every bead
  const qualifier = fc.constantFrom('exact', 'about', 'more-than', 'magnitude', 'up-to') as fc.Arbitrary<Figure['qualifier']>;
  const count = fc.record({
    sentence,
    kind: fc.constantFrom('count', 'ordinal', 'duration', 'percent') as fc.Arbitrary<Figure['kind']>,
    value: fc.constantFrom(2, 3, 87, 1000, 1200, 1500, 2480000, 2500000, 1.5, 2.5e9, 2.5e12),
    qualifier,
    unit: fc.constantFrom(...units),
    ambiguous: fc.boolean(),
    alternatives: fc.constant([1.5, 1500]),
  }).map((f) => ({ ...f, text: `${f.value} ${f.unit ?? ''}`.trim() }));
  const money = fc.record({
    sentence,
    kind: fc.constant('money' as const),
    value: fc.constantFrom(7.5e8, 2.5e9, 2.5e12, 3e6),
    qualifier,
    currency: fc.constantFrom('IDR', 'USD'),
    scale: fc.constantFrom(1e6, 1e9, 1e12),
  }).map((f) => ({ ...f, text: `Rp ${f.value}` }));
  const date = fc.record({
    sentence,
    kind: fc.constant('date' as const),
    value: fc.constantFrom('--06-04', '2024-06-14', '2024-10-23', '2024', '--11-04', 'junk'),
    qualifier: fc.constant('exact' as const),
  }).map((f) => ({ ...f, text: f.value }));
  const time = fc.record({
    sentence,
    kind: fc.constant('time' as const),
    value: fc.constantFrom('14:30', '15:30', '??'),
    qualifier: fc.constant('exact' as const),
  }).map((f) => ({ ...f, text: f.value }));
  const range = fc.record({
    sentence,
    kind: fc.constant('range' as const),
    low: fc.constantFrom(60, 5),
    high: fc.constantFrom(75, 10),
    qualifier: fc.constant('exact' as const),
    unit: fc.constantFrom(...units),
  }).map((f) => ({ ...f, value: `${f.low}..${f.high}`, text: `${f.low}-${f.high}` }));
  return fc.oneof(count, money, date, time, range) as fc.Arbitrary<Omit<Figure, 'start' | 'end'>>;
}

/** Beads covering `nA` and `nB` sentences in order, with merges, splits and empty sides. */
function beadsArb(nA: number, nB: number): fc.Arbitrary<Bead[]> {
  return fc.array(fc.constantFrom<[number, number]>([1, 1], [1, 1], [2, 1], [1, 2], [1, 0], [0, 1], [2, 2]), { maxLength: 40 }).map((shapes) => {
    const beads: Bead[] = [];
    let i = 0;
    let j = 0;
    for (const [da, db] of shapes) {
      const a = Array.from({ length: Math.min(da, nA - i) }, (_, k) => i + k);
      const b = Array.from({ length: Math.min(db, nB - j) }, (_, k) => j + k);
      if (a.length === 0 && b.length === 0) continue;
      beads.push({ a, b, score: 1 });
      i += a.length;
      j += b.length;
    }
    while (i < nA || j < nB) {
      beads.push({ a: i < nA ? [i++] : [], b: j < nB ? [j++] : [], score: 1 });
    }
    return beads;
  });
}

function place(figs: Array<Omit<Figure, 'start' | 'end'>>): Figure[] {
  return figs.map((f, k) => ({ ...f, start: k * 50, end: k * 50 + f.text.length }) as Figure);
}

describe('compareBeads accounting (property)', () => {
  it('accounts for every figure of both sides exactly once', () => {
    const scenario = fc
      .record({ nA: fc.integer({ min: 1, max: 8 }), nB: fc.integer({ min: 1, max: 8 }) })
      .chain(({ nA, nB }) =>
        fc.record({
          beads: beadsArb(nA, nB),
          a: fc.array(figureArb('id', nA), { maxLength: 14 }),
          b: fc.array(figureArb('en', nB), { maxLength: 14 }),
          langB: fc.constantFrom<'id' | 'en'>('id', 'en'),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ beads, a, b, langB }) => {
        const figA = place(a);
        const figB = place(b);
        const r = compareBeads(beads, figA, figB, 'id', langB);
        const seenA = new Map<Figure, number>();
        const seenB = new Map<Figure, number>();
        const see = (m: Map<Figure, number>, f: Figure | null) => {
          if (f) m.set(f, (m.get(f) ?? 0) + 1);
        };
        for (const m of r.matches) {
          see(seenA, m.aFigure);
          see(seenB, m.bFigure);
        }
        for (const m of r.mismatches) {
          see(seenA, m.aFigure);
          see(seenB, m.bFigure);
          expect(m.kind === 'missing').toBe(m.bFigure === null);
          expect(m.kind === 'added').toBe(m.aFigure === null);
          expect(m.note.length).toBeGreaterThan(0);
          expect(m.messageKey).toBe(`drift.${m.kind}`);
        }
        expect(r.mismatches.map((m) => m.id)).toEqual(r.mismatches.map((_, i) => `m${i + 1}`));
        expect(new Set(r.mismatches.map((m) => m.key)).size).toBe(r.mismatches.length);
        for (const f of figA) expect(seenA.get(f)).toBe(1);
        for (const f of figB) expect(seenB.get(f)).toBe(1);
        expect(seenA.size).toBe(figA.length);
        expect(seenB.size).toBe(figB.length);
      }),
      { numRuns: 300 },
    );
  });
});
