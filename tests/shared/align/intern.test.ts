import { describe, expect, it } from 'vitest';
import { TokenTable, tokenize } from '../../../shared/align/intern';
import { MAX_TOKENS, rawWords } from '../../../shared/align/normalize';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** The tokens of sentence s as text, read back from the stream. */
function tokensOf(sentences: string[]): string[][] {
  const table = new TokenTable();
  const st = tokenize(sentences, table);
  return sentences.map((_, s) => Array.from(st.ids.subarray(st.start[s], st.start[s + 1]), (id) => table.text[id]));
}

describe('tokenize (interned word tokens)', () => {
  it('reads the same tokens as rawWords, diacritics, combining marks and astral letters included', () => {
    const sentences = [
      'Harga beras naik 12,5% di Jakarta pada 3 Maret.',
      'The café’s “crème brûlée” costs €4.50 — naïve, isn’t it?',
      'Cafe\u0301 and e\u0301te\u0301: marks after letters stay in the word; \u0301alone does not start one.',
      'Ελληνικά και русский текст, 中文字符 and 𝒜𝒷𝒸 math letters, 😀 emoji.',
      '',
      '12 345 678 — only digits.',
      'x',
    ];
    expect(tokensOf(sentences)).toEqual(sentences.map((s) => rawWords(s)));
  });

  it('gives one id per distinct token, the same id to every occurrence, across many distinct tokens', () => {
    const r = rng(3);
    const letters = 'abcdefghijklmnopqrstuvwxyzéüAZ';
    const sentences: string[] = [];
    for (let s = 0; s < 150; s++) {
      const words: string[] = [];
      for (let k = 0; k < 30; k++) {
        let w = '';
        const len = 1 + Math.floor(r() * 6);
        for (let c = 0; c < len; c++) w += letters[Math.floor(r() * letters.length)];
        words.push(w);
      }
      sentences.push(words.join(r() < 0.5 ? ' ' : ', '));
    }
    const table = new TokenTable();
    const st = tokenize(sentences, table);
    const byText = new Map<string, number>();
    sentences.forEach((sent, s) => {
      const raw = rawWords(sent);
      expect(st.start[s + 1] - st.start[s]).toBe(raw.length);
      raw.forEach((w, k) => {
        const id = st.ids[st.start[s] + k];
        expect(table.text[id]).toBe(w);
        const known = byText.get(w);
        if (known === undefined) byText.set(w, id);
        else expect(id).toBe(known);
      });
    });
    expect(table.size).toBe(byText.size);
    expect(table.size).toBeGreaterThan(2048); // the hash table grew past its first size (4096 slots, half full)
  });

  it('marks sentences with digits and records lengths', () => {
    const st = tokenize(['no figures here', 'rose 5 percent', 'Ⅻ is not an ASCII digit'], new TokenTable());
    expect(Array.from(st.hasDigit)).toEqual([0, 1, 0]);
    expect(Array.from(st.length)).toEqual([15, 14, 23]);
  });

  it('reads at most MAX_TOKENS tokens of a sentence but still sees a digit after them', () => {
    const long = `${'kata '.repeat(MAX_TOKENS + 50)} 42`;
    const st = tokenize([long, 'pendek'], new TokenTable());
    expect(st.start[1] - st.start[0]).toBe(MAX_TOKENS);
    expect(st.hasDigit[0]).toBe(1);
    expect(st.start[2] - st.start[1]).toBe(1);
  });

  it('takes non-string sentences as their text', () => {
    const st = tokenize([42 as unknown as string, null as unknown as string, 'ok'], new TokenTable());
    expect(Array.from(st.hasDigit)).toEqual([1, 0, 0]);
    expect(st.start[3] - st.start[2]).toBe(1);
  });
});
