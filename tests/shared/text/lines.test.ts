import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../shared/text';

describe('splitLines', () => {
  it('makes every line a sentence, empty lines included', () => {
    const text = 'Satu.\n  Dua  \n\nTiga';
    expect(splitLines(text)).toEqual([
      { text: 'Satu.', start: 0, end: 5, paragraph: 0 },
      { text: 'Dua', start: 8, end: 11, paragraph: 0 },
      { text: '', start: 14, end: 14, paragraph: 0 },
      { text: 'Tiga', start: 15, end: 19, paragraph: 1 },
    ]);
  });

  it('treats CRLF, CR and LF alike', () => {
    const shape = (t: string) => splitLines(t).map((s) => [s.text, s.paragraph]);
    expect(shape('a\r\nb\r\n\r\nc')).toEqual(shape('a\nb\n\nc'));
    expect(shape('a\rb\r\rc')).toEqual(shape('a\nb\n\nc'));
    expect(splitLines('a\r\nb').map((s) => s.start)).toEqual([0, 3]);
  });

  it('does not add an empty line for a final terminator, but keeps a final blank line', () => {
    expect(splitLines('a\nb\n')).toHaveLength(2);
    expect(splitLines('a\nb\n\n')).toHaveLength(3);
    expect(splitLines('\n')).toEqual([{ text: '', start: 0, end: 0, paragraph: 0 }]);
    expect(splitLines('')).toEqual([]);
  });

  it('keeps several sentences of one line together', () => {
    expect(splitLines('Hujan turun. Jalan banjir.\nSelesai.').map((s) => s.text)).toEqual(['Hujan turun. Jalan banjir.', 'Selesai.']);
  });

  it('gives one trimmed slice per line for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '.', '\t', 'é', '\u2028') }), (text) => {
        const lines = splitLines(text);
        const expected = text === '' ? 0 : text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
        expect(lines).toHaveLength(expected);
        let previous = 0;
        for (const s of lines) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(previous);
          previous = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
