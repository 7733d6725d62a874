import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/text';
import type { Lang, Sentence } from '../../../shared/text';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces a sentence splitter trips over, glued in any order. */
const tricky = fc.constantFrom(
  '.', '...', '…', '?', '!', '?!', '“', '”', '"', "'", '’', '«', '»', '(', ')', '[', ']',
  ' ', '  ', '\t', '\u00a0', '\n', '\r\n', '\r', '\n\n', '\u2028', '1', '10.000', '2,5', '14.30',
  'Dr.', 'U.S.', 'A.', 'J. K.', 'dll.', 'Tbk.', 'e.g.', 'The', 'Namun', 'yang', 'kata', 'said',
  '😀', '\ud800', '\udc00', '- ', '1. ', 'a) ', 'http://x.id/a?b=1.', 'a@b.co', ',', ':', '—',
);

const arbitraryText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(tricky, { maxLength: 120 }).map((parts) => parts.join('')),
);

const lang = fc.constantFrom<Lang>('id', 'en');

/** The invariants every segmentation must keep. */
function checkInvariants(text: string, sentences: Sentence[]): void {
  let previousEnd = 0;
  let previousParagraph = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.trim()).toBe(s.text);
    expect(s.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    previousEnd = s.end;
    previousParagraph = s.paragraph;
  }
  // Nothing but whitespace is left out.
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  expect(sentences.map((s) => squeeze(s.text)).join('')).toBe(squeeze(text));
}

describe('segment: properties', () => {
  it('never throws; sentences are ordered, disjoint, trimmed slices that cover all non-space text', () => {
    fc.assert(
      fc.property(arbitraryText, lang, (text, l) => {
        checkInvariants(text, segment(text, l));
      }),
      { numRuns: 1500 },
    );
  });

  it('numbers paragraphs from 0 without gaps', () => {
    fc.assert(
      fc.property(arbitraryText, lang, (text, l) => {
        const seen = [...new Set(segment(text, l).map((s) => s.paragraph))];
        expect(seen).toEqual(seen.map((_, i) => i));
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long adversarial runs', () => {
    const runs = [
      'a'.repeat(100_000),
      '.'.repeat(100_000),
      '. '.repeat(50_000),
      'a.'.repeat(50_000),
      'A. '.repeat(34_000),
      '1'.repeat(100_000),
      '“'.repeat(100_000),
      '"a" '.repeat(25_000),
      'word\n'.repeat(20_000),
      '- x\n'.repeat(25_000),
      '😀'.repeat(50_000),
      '\ud800'.repeat(100_000),
      '?!'.repeat(50_000),
    ];
    for (const text of runs) {
      const t0 = performance.now();
      const sentences = segment(text, 'en');
      const ms = performance.now() - t0;
      checkInvariants(text, sentences);
      // Generous bound for a shared machine: quadratic work on 100,000 characters takes seconds.
      expect(ms).toBeLessThan(1500);
    }
  });
});
