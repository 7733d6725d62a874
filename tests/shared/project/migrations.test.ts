import { describe, it, expect } from 'vitest';
import { parseProject } from '../../../shared/project/schema';
import { migrateDocument } from '../../../shared/project/migrations';
import { sha256Hex } from '../../../shared/project/hash';

const v1 = {
  format: 'selaras-project',
  schemaVersion: 1,
  savedAt: '2023-11-02T07:00:00.000Z',
  author: 'Rina',
  a: { name: 'gempa.txt', lang: 'id', text: 'Gempa bermagnitudo 5,6 mengguncang kota.\nSebanyak 12 rumah rusak.', path: '/data/gempa.txt' },
  b: { name: 'quake.txt', lang: 'en', text: 'A magnitude 5.6 quake shook the city.\nTwenty homes were damaged.' },
  mode: 'parallel',
  beads: [
    { a: [0], b: [0], score: 0.93, confirmed: true },
    { a: [1], b: [1], score: 0.88 },
  ],
  notes: [
    { mismatch: 'count:12@1|20@1', status: 'wrong', comment: '12 atau 20?', at: '2023-11-02T06:00:00.000Z' },
    { mismatch: 'x', status: 'noise', comment: '', author: 'Budi' },
  ],
};

describe('schema version 1 → 2', () => {
  it('migrates two versions, the flat bead list and the notes', () => {
    const r = parseProject(JSON.stringify(v1), { name: 'old.selaras' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.doc.schemaVersion).toBe(2);
    const p = r.project;
    expect(p.versions.map((v) => v.lang)).toEqual(['id', 'en']);
    expect(p.versions[0].hash).toBe(sha256Hex(v1.a.text));
    expect(p.versions[0].sourcePath).toBe('/data/gempa.txt');
    expect(p.versions[1].sourcePath).toBeUndefined();
    expect(p.pivot).toBe(0);
    expect(p.alignments).toHaveLength(1);
    expect(p.alignments[0]).toMatchObject({ a: 0, b: 1, mode: 'parallel' });
    expect(p.alignments[0].beads).toEqual([
      { a: [0], b: [0], score: 0.93, confirmed: true },
      { a: [1], b: [1], score: 0.88 },
    ]);
    expect(p.annotations).toHaveLength(2);
    expect(p.annotations[0]).toMatchObject({
      target: { type: 'mismatch', key: 'count:12@1|20@1' },
      verdict: 'confirmed',
      note: '12 atau 20?',
      author: 'Rina',
      created: '2023-11-02T06:00:00.000Z',
    });
    expect(p.annotations[1]).toMatchObject({ verdict: 'false-alarm', author: 'Budi', created: v1.savedAt });
    expect(new Set(p.annotations.map((a) => a.id)).size).toBe(2);
    expect(p.settings.author).toBe('Rina');
  });

  it('refuses a broken version-1 file with a clear invalid error', () => {
    const broken = { ...v1, a: { name: 'x', lang: 'fr', text: '' } };
    const r = parseProject(JSON.stringify(broken));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(String(r.error.params.detail)).toContain('a.lang');
    }
  });

  it('has no migration from unknown old versions', () => {
    expect(migrateDocument({}, 0).ok).toBe(false);
    expect(migrateDocument({ ...v1 }, 2)).toEqual({ ok: true, doc: { ...v1 } });
  });
});
