import { describe, it, expect } from 'vitest';
import { tokenize, wordRun } from '../../../shared/figures/tokens';

describe('tokenize', () => {
  it('cuts words, digit runs with separators, and symbols with offsets', () => {
    const text = 'Rp5.000.000,00 dan COVID-19 (23/10).';
    const toks = tokenize(text);
    expect(toks.map((t) => t.raw)).toEqual(['Rp', '5.000.000,00', 'dan', 'COVID', '-', '19', '(', '23', '/', '10', ')', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(toks[1].space).toBe(false);
    expect(toks[2].space).toBe(true);
    expect(toks[0].line).toBe(true);
  });
  it('keeps a trailing separator out of the number', () => {
    expect(tokenize('naik 2024.').map((t) => t.raw)).toEqual(['naik', '2024', '.']);
    expect(tokenize('1,000, 2').map((t) => t.raw)).toEqual(['1,000', ',', '2']);
  });
  it('treats non-ASCII letters as letters and NBSP as space', () => {
    const toks = tokenize('Jakarta–Tokyo\u00a0café');
    expect(toks.map((t) => t.kind)).toEqual(['word', 'sym', 'word', 'word']);
    expect(toks[3].space).toBe(true);
  });
  it('marks line starts', () => {
    const toks = tokenize('a\nb c');
    expect(toks.map((t) => t.line)).toEqual([true, true, false]);
  });
});

describe('wordRun', () => {
  it('joins hyphenated words and stops at punctuation', () => {
    const toks = tokenize('twenty-one troops, two');
    const run = wordRun(toks, 0, 10);
    expect(run.words).toEqual(['twenty', 'one', 'troops']);
    expect(run.joined).toEqual([false, true, false]);
  });
  it('respects the maximum', () => {
    expect(wordRun(tokenize('satu dua tiga empat'), 0, 2).words).toEqual(['satu', 'dua']);
  });
});
