import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { align, parseLexicon, suggestMode } from '../../../shared/align';
import { alignParallel, prepare, prepareSample, type Prepared } from '../../../shared/align/engine';
import { DEFAULT_PARAMS } from '../../../shared/align/params';
import { longestIncreasing, MODE_PARAMS } from '../../../shared/align/mode';
import { NOT_PARALLEL_CAP } from '../../../shared/align/index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures/align');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
const lexicon = parseLexicon(readFileSync(path.join(root, 'resources/lexicon/id-en.tsv'), 'utf8'));

const translations = [
  ['id-en', '001'],
  ['id-en', '002'],
  ['id-en', '003'],
  ['id-en-dev', '101'],
  ['id-en-dev', '102'],
].map(([dir, n]) => ({
  name: `${dir}/${n}`,
  a: { lang: 'id', sentences: lines(path.join(fixtures, dir, `${n}.id.txt`)) },
  b: { lang: 'en', sentences: lines(path.join(fixtures, dir, `${n}.en.txt`)) },
}));
const republications = ['201', '202'].map((n) => ({
  name: `mode/${n}`,
  a: { lang: 'id', sentences: lines(path.join(fixtures, 'mode', `${n}.a.id.txt`)) },
  b: { lang: 'id', sentences: lines(path.join(fixtures, 'mode', `${n}.b.id.txt`)) },
}));

describe('suggestMode', () => {
  it.each([...translations, ...republications])('gives the same evidence for $name from the aligner\'s prepared sides', ({ a, b }) => {
    for (const opts of [{ lexicon }, {}]) {
      let prep: Prepared | undefined;
      const al = alignParallel(a, b, opts, { onPrepared: (p) => (prep = p) });
      expect(prep?.A.n).toBe(a.sentences.length);
      // Read before the passes changed the prepared sides, the evidence is that of a fresh read.
      const fresh = suggestMode(a, b, opts);
      expect(suggestMode(a, b, opts, MODE_PARAMS, prepare(a, b, opts))).toEqual(fresh);
      expect(align(a, b, opts).modeSuggested).toBe(fresh.mode);
      expect(align(a, b, opts).beads).toEqual(al.beads.map((bd) => (fresh.mode === 'comparable' && bd.score > NOT_PARALLEL_CAP ? { ...bd, score: NOT_PARALLEL_CAP } : bd)));
    }
  });

  it.each([...translations, ...republications])('reads the first sentences of $name from the sample the prepared sides kept, as reading them alone does', ({ a, b }) => {
    const head = (side: typeof a & { paragraphs?: number[] }, n: number) => ({ ...side, sentences: side.sentences.slice(0, n), paragraphs: side.paragraphs?.slice(0, n) });
    const withParas = (side: typeof a) => ({ ...side, paragraphs: side.sentences.map((_, i) => Math.floor(i / 3)) });
    const glossary: Array<[string, string]> = [[a.sentences[0].split(' ')[0], b.sentences[0].split(' ')[0]]];
    for (const opts of [{ lexicon }, {}, { lexicon, glossary }]) {
      for (const [x, y] of [
        [a, b],
        [withParas(a), withParas(b)],
      ]) {
        for (const [na, nb] of [
          [12, 12],
          [7, 12],
          [12, y.sentences.length],
        ]) {
          const sample = Math.max(na, nb);
          const prep = prepare(x, y, opts, DEFAULT_PARAMS, undefined, sample);
          const cutA = na < x.sentences.length ? head(x, na) : x;
          const cutB = nb < y.sentences.length ? head(y, nb) : y;
          const fresh = prepare(cutA, cutB, opts);
          const got = prepareSample(prep, cutA, cutB, opts);
          if (na > sample || nb > sample) continue;
          if (Math.min(na, x.sentences.length) !== Math.min(sample, x.sentences.length)) {
            // A sample of other lengths than the sides asked for is not used.
            expect(got).toBeNull();
            continue;
          }
          expect(got).not.toBeNull();
          expect(Array.from(got!.space.fam)).toEqual(fresh.space.fam);
          expect(Array.from(got!.space.weight)).toEqual(Array.from(fresh.space.weight));
          expect(got!.len).toEqual(fresh.len);
          for (const side of ['A', 'B'] as const) {
            const g = got![side];
            const f = fresh[side];
            for (const key of ['cumLen', 'fStart', 'fIds', 'nNum', 'punct', 'punctAny', 'rep1Start', 'rep1', 'rep2Start', 'rep2', 'triStart', 'tri', 'sig'] as const) {
              expect(Array.from(g[key]), `${side}.${key}`).toEqual(Array.from(f[key]));
            }
            expect(g.paraStart && Array.from(g.paraStart)).toEqual(f.paraStart && Array.from(f.paraStart));
          }
        }
      }
    }
  });

  it('gives the evidence of a fresh read from the sample when the sides are cut', () => {
    const mp = { ...MODE_PARAMS, maxSentences: 12 };
    for (const { a, b } of [...translations, ...republications]) {
      for (const opts of [{ lexicon }, {}]) {
        expect(suggestMode(a, b, opts, mp, prepare(a, b, opts, DEFAULT_PARAMS, undefined, 12))).toEqual(suggestMode(a, b, opts, mp));
      }
    }
  });

  it.each(translations)('calls the translation $name parallel, with and without the lexicon', ({ a, b }) => {
    const withLex = suggestMode(a, b, { lexicon });
    expect(withLex.mode).toBe('parallel');
    expect(withLex.order).toBeGreaterThanOrEqual(0.9);
    expect(suggestMode(a, b).mode).toBe('parallel');
  });

  it.each(republications)('calls the two articles $name comparable', ({ a, b }) => {
    const ev = suggestMode(a, b, { lexicon });
    expect(ev.mode).toBe('comparable');
    expect(ev.order).toBeLessThan(0.8);
  });

  it('calls two unrelated stories comparable (no evidence of a translation)', () => {
    expect(suggestMode(translations[0].a, translations[1].b, { lexicon }).mode).toBe('comparable');
    expect(suggestMode(republications[0].a, republications[1].b).mode).toBe('comparable');
  });

  it('calls a lightly edited copy parallel, and the same sentences in another order comparable', () => {
    const a = republications[0].a;
    const edited = a.sentences.filter((_, i) => i !== 6).map((s) => s.replace('Selasa', 'Selasa (12/3)').replace('mengatakan', 'menyebutkan'));
    expect(suggestMode(a, { lang: 'id', sentences: edited }).mode).toBe('parallel');
    const t = translations[2];
    // Paragraph blocks moved around, as a desk rewriting the story would.
    const s = t.b.sentences;
    const moved = [...s.slice(18), ...s.slice(9, 18), ...s.slice(0, 9)];
    expect(suggestMode(t.a, { ...t.b, sentences: moved }, { lexicon }).mode).toBe('comparable');
  });

  it('keeps the default (parallel) when the sides are too short to tell', () => {
    expect(suggestMode({ sentences: ['One.', 'Two.'] }, { sentences: ['Satu.'] }).mode).toBe('parallel');
    expect(suggestMode({ sentences: [] }, { sentences: ['Satu.'] }).mode).toBe('parallel');
  });

  const tb = path.resolve(root, '..', 'shared', 'benchmarks', 'text-berg');
  it.skipIf(!existsSync(path.join(tb, 'gold')))('calls every Text+Berg test document (de–fr, no lexicon) parallel', () => {
    const read = (f: string) => readFileSync(f, 'utf8').replace(/\r\n/g, '\n').split('\n').slice(0, -1);
    for (const n of readdirSync(path.join(tb, 'gold'))) {
      const ev = suggestMode({ lang: 'de', sentences: read(path.join(tb, 'de', n)) }, { lang: 'fr', sentences: read(path.join(tb, 'fr', n)) });
      expect(ev.mode, n).toBe('parallel');
    }
  });
});

describe('align: honest confidence on versions that are not translations', () => {
  it('caps parallel-mode scores of two different articles', () => {
    for (const { a, b } of republications) {
      const al = align(a, b, { lexicon });
      expect(al.mode).toBe('parallel');
      expect(al.modeSuggested).toBe('comparable');
      expect(align(a, b, { lexicon, mode: 'comparable' }).modeSuggested).toBe('comparable');
      for (const bd of al.beads) expect(bd.score).toBeLessThanOrEqual(NOT_PARALLEL_CAP);
    }
  });

  it('leaves the scores of a translation alone', () => {
    const { a, b } = translations[0];
    const al = align(a, b, { lexicon });
    expect(al.modeSuggested).toBe('parallel');
    expect(al.beads.filter((bd) => bd.score >= 0.9).length).toBeGreaterThan(10);
  });
});

describe('longestIncreasing', () => {
  it('measures the longest strictly increasing run', () => {
    expect(longestIncreasing([])).toBe(0);
    expect(longestIncreasing([3, 1, 2, 5, 4, 6])).toBe(4);
    expect(longestIncreasing([5, 4, 3])).toBe(1);
  });
});
