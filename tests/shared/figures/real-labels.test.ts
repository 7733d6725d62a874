/**
 * The figures hand-labelled in real sentences (tests/fixtures/real-figures) are well formed: every
 * line parses, ids are unique and name their place, kinds and qualifiers are valid, each surface is
 * a short figure (no sentence copied) and occurs in its PANL line when ../shared exists.
 */
import { describe, expect, it } from 'vitest';
import { panlLines, readFigureLabels } from '../../../scripts/real-figure-labels';

const { lines, errors } = readFigureLabels();

describe('real-sentence figure labels', () => {
  it('parse, with valid kinds, qualifiers, ids and short surfaces', () => {
    expect(errors).toEqual([]);
  });

  it('name each line of each side once', () => {
    const ids = lines.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quote surfaces that occur in the labelled line (when ../shared is present)', () => {
    const missing: string[] = [];
    // (each corpus file read once, not once a labelled line)
    const files = new Map<string, string[] | null>();
    const corpus = (part: Parameters<typeof panlLines>[0], lang: 'id' | 'en') => {
      const key = `${part}.${lang}`;
      if (!files.has(key)) files.set(key, panlLines(part, lang));
      return files.get(key);
    };
    for (const l of lines) {
      const text = corpus(l.part, l.lang)?.[l.line];
      if (text === undefined) continue;
      for (const f of l.figures) if (!text.includes(f.text)) missing.push(`${l.id}: "${f.text}"`);
    }
    expect(missing).toEqual([]);
  });
});
