import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEntities, extractEntities, extractEntitiesFromSentence, type EntityAnalysis } from '../../../shared/entities';
import { segment } from '../../../shared/text';
import type { Lang } from '../../../shared/text/types';

/** Words that exercise names, titles, cues, gazetteer entries and odd characters. */
const WORDS = [
  'Menurut', 'menurut', 'kata', 'said', 'According', 'to', 'Pyongyang', 'Seoul', 'Korea', 'Utara', 'North', 'South',
  'Presiden', 'Dr.', 'Putin', 'Kyrilo', 'Budanov', 'PBB', 'UN', 'U.N.', 'BNPB', 'the', 'agency', 'dia', 'katanya', 'he',
  'di', 'in', 'Rusia-Korea', 'Bangsa-Bangsa', "Russia's", 'al-Assad', 'dolar', 'AS', '"', ',', '.', '—', '’s', '-', '\u200b',
  '😀', 'e\u0301', 'İ', 'ß', '\n', '  ', '12.000', 'Rp4', 'Kim', 'Jong', 'Un', 'mengatakan', 'membantah', 'told', 'Moskow',
];

function spansExact(text: string, r: EntityAnalysis): boolean {
  for (const e of r.entities) if (text.slice(e.start, e.end) !== e.text || e.end <= e.start) return false;
  for (const a of r.anonymous) if (text.slice(a.start, a.end) !== a.text) return false;
  return true;
}

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' '));
const anyText = fc.oneof(sentence, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('entity extraction never throws and keeps spans exact', () => {
  it('on generated sentences and arbitrary strings, in both languages', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Lang>('id', 'en'), (text, lang) => {
        const one = extractEntitiesFromSentence(text, lang);
        expect(spansExact(text, one)).toBe(true);
        const doc = extractEntities(text, segment(text, lang), lang);
        expect(spansExact(text, doc)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('on bad input', () => {
    expect(extractEntities(undefined as unknown as string, [], 'id')).toEqual({ entities: [], anonymous: [] });
    expect(extractEntities('abc', null as unknown as [], 'en')).toEqual({ entities: [], anonymous: [] });
    expect(extractEntities('Menurut Seoul.', [{ text: 'x', start: -5, end: 900, paragraph: 0 }], 'id').entities.length).toBeGreaterThan(0);
    expect(extractEntitiesFromSentence('Menurut Seoul.', 'xx' as Lang).entities).toHaveLength(1);
  });

  it('the comparison never throws on generated pairs and beads', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.array(fc.record({ a: fc.array(fc.nat(3), { maxLength: 2 }), b: fc.array(fc.nat(3), { maxLength: 2 }), score: fc.double() }), { maxLength: 5 }), (ta, tb, beads) => {
        const sa = segment(ta, 'id');
        const sb = segment(tb, 'en');
        const out = compareEntities(beads, { lang: 'id', text: ta, sentences: sa, entities: extractEntities(ta, sa, 'id') }, { lang: 'en', text: tb, sentences: sb, entities: extractEntities(tb, sb, 'en') }, { glossary: [['Putin', 'Budanov'], ['', '']] });
        for (const m of out) expect(m.kind).toBe('entity');
      }),
      { numRuns: 300 },
    );
  });
});
