import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { align, alignToPivot } from '../../../shared/align';
import type { Bead } from '../../../shared/align/types';
import { expectValidComparable, expectValidParallel } from './helpers';

const WORDS = ['Kursk', 'Shoigu', 'river', 'sungai', 'tentara', 'troops', 'harga', 'price', 'Jakarta', 'desa', 'village', 'banjir', 'flood', 'the', 'yang', 'dan', 'and'];

const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 20000 }), { nil: undefined }))
  .map(([ws, n]) => `${ws.join(' ')}${n === undefined ? '' : ` ${n.toLocaleString('en-US')}`}.`);

const side = fc.array(sentence, { minLength: 0, maxLength: 25 });

/** Two sides derived from one list of sentences with random drops, merges and splits. */
const related = fc.array(sentence, { minLength: 1, maxLength: 25 }).chain((base) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: base.length, maxLength: base.length }).map((ops) => {
    const a: string[] = [];
    const b: string[] = [];
    base.forEach((s, k) => {
      const op = ops[k];
      if (op === 0) a.push(s);
      else if (op === 1) b.push(s);
      else if (op === 2 && s.length > 6) {
        a.push(s);
        const cut = Math.floor(s.length / 2);
        b.push(s.slice(0, cut), s.slice(cut));
      } else {
        a.push(s);
        b.push(s);
      }
    });
    return { a, b };
  }),
);

describe('parallel alignment invariants', () => {
  it('covers each side once, in order, with allowed bead shapes (random sides)', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const al = align({ sentences: a }, { sentences: b });
        expectValidParallel(al, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });

  it('covers each side once, in order (related sides, with lexicon-free evidence)', () => {
    fc.assert(
      fc.property(related, ({ a, b }) => {
        const al = align({ lang: 'en', sentences: a }, { lang: 'en', sentences: b });
        expectValidParallel(al, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps locked beads unchanged and re-aligns around them', () => {
    fc.assert(
      fc.property(related, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), ({ a, b }, picks) => {
        const first = align({ sentences: a }, { sentences: b });
        // Lock a few beads of the first alignment, marked so we can recognise them.
        const locked: Bead[] = [];
        const used = new Set<number>();
        for (const p of picks) {
          const k = p % first.beads.length;
          if (used.has(k)) continue;
          used.add(k);
          locked.push({ ...first.beads[k], score: 0.123, locked: true });
        }
        const second = align({ sentences: a }, { sentences: b }, { locked });
        expectValidParallel(second, a.length, b.length);
        for (const l of locked) {
          const found = second.beads.find((x) => x.a.join() === l.a.join() && x.b.join() === l.b.join());
          expect(found).toBeDefined();
          expect(found?.locked).toBe(true);
          expect(found?.score).toBe(0.123);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('aligns identical texts one to one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(sentence, { minLength: 1, maxLength: 25 }), (a) => {
        const al = align({ sentences: a }, { sentences: [...a] });
        expectValidParallel(al, a.length, a.length);
        for (const b of al.beads) {
          expect(b.a.length).toBe(1);
          expect(b.b).toEqual(b.a);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('comparable alignment invariants', () => {
  it('puts every sentence in exactly one bead, ordered by A then B index', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const al = align({ sentences: a }, { sentences: b }, { mode: 'comparable' });
        expectValidComparable(al, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('alignToPivot', () => {
  it('returns one valid alignment per other version', () => {
    fc.assert(
      fc.property(side, fc.array(side, { minLength: 0, maxLength: 3 }), (p, others) => {
        const res = alignToPivot({ sentences: p }, others.map((o) => ({ sentences: o })));
        expect(res).toHaveLength(others.length);
        res.forEach((al, k) => expectValidParallel(al, p.length, others[k].length));
      }),
      { numRuns: 25 },
    );
  });
});
