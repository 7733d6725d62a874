/**
 * A year alone on one side and the same four digits read as a bare count on the other: whether four digits are a
 * year is the readers' guess (`built 1750`, *Gründung 1863*), and the digits agree, so the two are one figure.
 * Found on the German–French Text+Berg gold; the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { mismatchesByTag } from './helpers';

const flags = (a: string, ta: string, b: string, tb: string) => mismatchesByTag(a, ta, b, tb).map((m) => `${m.kind}:${m.aFigure?.text ?? ''}|${m.bFigure?.text ?? ''}`);

describe('a year against the same four digits read as a count', () => {
  it('English and Indonesian: `built 1750` (a count) ↔ *pada 1750* (a year) match', () => {
    expect(flags('The fort, built 1750, still stands.', 'en', 'Benteng yang dibangun pada 1750 itu masih berdiri.', 'id')).toEqual([]);
    expect(flags('Benteng yang dibangun pada 1750 itu masih berdiri.', 'id', 'The fort, built 1750, still stands.', 'en')).toEqual([]);
  });
  it('German and French: *Gründung 1863* ↔ *fondé en 1863* match', () => {
    expect(flags('Der Verein (Gründung 1863) feiert heute.', 'de', 'Le club, fondé en 1863, fête aujourd’hui.', 'fr')).toEqual([]);
  });
  it('guard: other digits are still flagged, and a count of a thing is no year', () => {
    expect(flags('The fort, built 1750, still stands.', 'en', 'Benteng yang dibangun pada 1751 itu masih berdiri.', 'id')).not.toEqual([]);
    expect(flags('They hired 1750 workers.', 'en', 'Pada 1750 mereka mempekerjakan buruh.', 'id')).not.toEqual([]);
  });
});
