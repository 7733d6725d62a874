import { describe, it, expect } from 'vitest';
import { exportJson } from '../../../shared/formats/json';
import { sampleInput } from './helpers';
import { sample } from '../../fixtures/project/sample';

describe('exportJson', () => {
  it('holds the beads with issues, the comparison, the ledger and the annotations', () => {
    const s = sample();
    const doc = JSON.parse(exportJson(sampleInput()));
    expect(doc).toMatchObject({ format: 'selaras-export', formatVersion: 1, scope: 'all', mode: 'parallel' });
    expect(doc.versions.a).toMatchObject({ name: 'banjir.txt', lang: 'id', hash: s.project.versions[0].hash });
    expect(doc.versions.a.text).toBeUndefined();
    expect(doc.sentences.a).toHaveLength(5);
    expect(doc.beads).toHaveLength(6);
    expect(doc.beads[1].issues[0]).toMatchObject({ id: 'm1', kind: 'value', verdict: 'confirmed', annotations: ['a1'] });
    expect(doc.comparison).toEqual(s.comparison);
    expect(doc.ledger).toEqual(s.ledger);
    expect(doc.annotations).toEqual(s.project.annotations);
  });

  it('scope filters the beads only', () => {
    const doc = JSON.parse(exportJson(sampleInput('mismatches')));
    expect(doc.beads.map((b: { id: string }) => b.id)).toEqual(['b2']);
    expect(doc.comparison.mismatches).toHaveLength(2);
  });
});
