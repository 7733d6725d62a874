import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, segment } from '../../../shared/text';
import type { Lang } from '../../../shared/text';
import { buildText, compareBoundaries, loadCorpus, prf } from '../../fixtures/segment/corpus';

const corpus = loadCorpus();

describe('segmentation corpus', () => {
  it('holds at least 60 paragraphs, about half in each language', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    const id = corpus.filter((p) => p.lang === 'id').length;
    expect(id / corpus.length).toBeGreaterThan(0.4);
    expect(id / corpus.length).toBeLessThan(0.6);
  });

  for (const lang of ['id', 'en'] as const satisfies readonly Lang[]) {
    it(`reaches boundary F1 >= 0.98 in ${lang}`, () => {
      const counts = { tp: 0, fp: 0, fn: 0 };
      for (const p of corpus.filter((q) => q.lang === lang)) {
        const { text, gold } = buildText(p);
        const { tp, missed, extra } = compareBoundaries(gold, segment(text, lang));
        counts.tp += tp;
        counts.fn += missed.length;
        counts.fp += extra.length;
      }
      expect(prf(counts).f1).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('labels each paragraph with the language detectLang finds', () => {
    const wrong = corpus.filter((p) => detectLang(buildText(p).text) !== p.lang).map((p) => p.sentences[0]);
    expect(wrong).toEqual([]);
  });
});

describe('built-in sample story', () => {
  const dir = path.resolve(__dirname, '../../../resources/samples');
  for (const file of ['sample.id.txt', 'sample.en.txt']) {
    it(`${file}: a headline paragraph, then sentences that open with a capital or quote and close with final punctuation`, () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const sentences = segment(text, detectLang(text));
      expect(sentences[0].paragraph).toBe(0);
      expect(sentences[1].paragraph).toBe(1);
      for (const s of sentences.slice(1)) {
        expect(s.text).toMatch(/^["“(\p{Lu}\d]/u);
        expect(s.text).toMatch(/[.?!…]["”’)]?$/u);
      }
    });
  }
});
