import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { align, parseLexicon } from '../../../shared/align';
import { strictCounts, strictPRF, type StrictCounts } from '../../../shared/align/gold';
import { expectValidParallel, parseGold, readLines, strictF1 } from './helpers';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'tests/fixtures/align/id-en');
const lexicon = parseLexicon(readFileSync(path.join(root, 'resources/lexicon/id-en.tsv'), 'utf8'));
const textBerg = path.resolve(root, '..', 'shared', 'benchmarks', 'text-berg');

describe('id–en gold stories', () => {
  const names = readdirSync(fixtures)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -5));

  it('has at least three stories of 25+ sentences a side with every sentence in the gold', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const n of names) {
      const a = readLines(path.join(fixtures, `${n}.id.txt`));
      const b = readLines(path.join(fixtures, `${n}.en.txt`));
      expect(a.length).toBeGreaterThanOrEqual(25);
      expect(b.length).toBeGreaterThanOrEqual(25);
      const gold = parseGold(readFileSync(path.join(fixtures, `${n}.gold`), 'utf8'));
      expect(gold.flatMap((g) => g.a)).toEqual(a.map((_, i) => i));
      expect(gold.flatMap((g) => g.b)).toEqual(b.map((_, i) => i));
    }
  });

  it('aligns them at strict F1 ≥ 0.97 overall', () => {
    let total: StrictCounts = { tp: 0, test: 0, gold: 0 };
    for (const n of names) {
      const a = readLines(path.join(fixtures, `${n}.id.txt`));
      const b = readLines(path.join(fixtures, `${n}.en.txt`));
      const gold = parseGold(readFileSync(path.join(fixtures, `${n}.gold`), 'utf8'));
      const al = align({ lang: 'id', sentences: a }, { lang: 'en', sentences: b }, { lexicon });
      expectValidParallel(al, a.length, b.length);
      const c = strictCounts(gold, al.beads);
      total = { tp: total.tp + c.tp, test: total.test + c.test, gold: total.gold + c.gold };
      expect(strictF1(gold, al.beads), n).toBeGreaterThan(0.9);
    }
    expect(strictPRF(total)[2]).toBeGreaterThanOrEqual(0.97);
  });
});

describe.skipIf(!existsSync(textBerg))('Text+Berg de–fr (../shared present)', () => {
  it('reaches strict F1 ≥ 0.85 on the test documents without a lexicon', () => {
    let total: StrictCounts = { tp: 0, test: 0, gold: 0 };
    for (const n of readdirSync(path.join(textBerg, 'gold')).sort()) {
      const a = readLines(path.join(textBerg, 'de', n));
      const b = readLines(path.join(textBerg, 'fr', n));
      const gold = parseGold(readFileSync(path.join(textBerg, 'gold', n), 'utf8'));
      const al = align({ sentences: a }, { sentences: b });
      expectValidParallel(al, a.length, b.length);
      const c = strictCounts(gold, al.beads);
      total = { tp: total.tp + c.tp, test: total.test + c.test, gold: total.gold + c.gold };
    }
    expect(strictPRF(total)[2]).toBeGreaterThanOrEqual(0.85);
  });
});
