import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractFigures, extractFromSentence } from '../../../shared/figures';
import type { Lang, Sentence } from '../../../shared/text/types';

interface GoldSentence {
  lang: Lang;
  text: string;
  figures: { text: string; kind: string; value: number | string; qualifier?: string; unit?: string }[];
}

const root = path.resolve(__dirname, '../../..');
const corpus = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/figures/corpus.json'), 'utf8')) as GoldSentence[];

const same = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

describe('labelled corpus', () => {
  it('is big enough and balanced as the brief asks', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const id = corpus.filter((s) => s.lang === 'id').length;
    expect(id / corpus.length).toBeGreaterThan(0.4);
    expect(id / corpus.length).toBeLessThan(0.6);
    expect(corpus.filter((s) => s.figures.length === 0).length).toBeGreaterThanOrEqual(25);
    for (const s of corpus) for (const f of s.figures) expect(s.text.includes(f.text), f.text).toBe(true);
  });

  for (const lang of ['id', 'en'] as Lang[]) {
    it(`precision and recall by value are at least 0.97 (${lang})`, () => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const s of corpus.filter((c) => c.lang === lang)) {
        const used = new Set<number>();
        for (const p of extractFromSentence(s.text, lang)) {
          const g = s.figures.findIndex((gf, gi) => !used.has(gi) && gf.kind === p.kind && same(gf.value, p.value));
          if (g >= 0) {
            used.add(g);
            tp++;
          } else fp++;
        }
        fn += s.figures.length - used.size;
      }
      expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.97);
      expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.97);
    });
  }
});

const seeds = path.resolve(root, '..', 'shared', 'seeds');

describe.skipIf(!existsSync(seeds))('seed articles 003 and 004 (needs ../shared)', () => {
  function figuresOf(prefix: string) {
    const file = readdirSync(seeds).find((n) => n.startsWith(prefix));
    expect(file).toBeDefined();
    const text = readFileSync(path.join(seeds, file!), 'utf8');
    const sentences: Sentence[] = [];
    let pos = 0;
    for (const line of text.split('\n')) {
      sentences.push({ text: line, start: pos, end: pos + line.length, paragraph: 0 });
      pos += line.length + 1;
    }
    return extractFigures(text, sentences, 'id');
  }

  it('reads the troop counts of 004, qualifiers and units included', () => {
    const figs = figuresOf('004_');
    expect(figs.find((f) => f.value === 10000)).toMatchObject({ kind: 'count', qualifier: 'about', unit: 'tentara' });
    expect(figs.find((f) => f.value === 12000)).toMatchObject({ kind: 'count', qualifier: 'exact', unit: 'tentara' });
    expect(figs.find((f) => f.value === '2024-10-23')).toMatchObject({ kind: 'date' });
  });

  it('reads 11,000 and 2,600 in both 003 and 004', () => {
    for (const prefix of ['003_', '004_']) {
      const figs = figuresOf(prefix);
      expect(figs.find((f) => f.value === 11000), prefix).toMatchObject({ kind: 'count', qualifier: 'about' });
      expect(figs.find((f) => f.value === 2600), prefix).toMatchObject({ kind: 'count', qualifier: 'about', unit: 'tentara' });
      // no identifier (Pasal 4) and no stray counts
      expect(figs.filter((f) => f.kind === 'count' && f.value === 4 && f.unit !== 'brigade'), prefix).toEqual([]);
    }
  });
});
