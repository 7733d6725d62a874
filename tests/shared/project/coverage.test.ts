import { describe, it, expect } from 'vitest';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { beadCoverageProblem, sentenceCount } from '../../../shared/project/coverage';
import type { Bead } from '../../../shared/align/types';
import type { Project } from '../../../shared/project/types';
import { sample } from '../../fixtures/project/sample';

const app = { name: 'Selaras', version: '0.1.0' };

function withBeads(beads: Bead[]): Project {
  const { project } = sample();
  return { ...project, alignments: [{ ...project.alignments[0], beads }] };
}

function load(project: Project) {
  return parseProject(serializeProject(project, { app }), { name: 'p.selaras' });
}

describe('bead coverage of a loaded project', () => {
  it('accepts beads that cover both versions once (the sample)', () => {
    const { project } = sample();
    expect(sentenceCount(project.versions[0])).toBe(5);
    expect(sentenceCount(project.versions[1])).toBe(6);
    expect(beadCoverageProblem(project)).toBeUndefined();
    expect(load(project).ok).toBe(true);
  });

  it('rejects bead indices beyond the text, naming the sentence and the count', () => {
    const r = load(withBeads([{ a: [999999], b: [5000000], score: 1 }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.messageKey).toBe('errors.project.invalid');
    expect(r.error.params.detail).toBe('aligned pair 1 names sentence 1000000 of banjir.txt, which has only 5 sentences');
    expect(r.error.message).toMatch(/does not fit its texts/);
  });

  it('rejects a sentence named twice and a sentence left out', () => {
    const base = sample().project.alignments[0].beads;
    const twice = load(withBeads([...base, { a: [1], b: [], score: 0.1 }]));
    expect(!twice.ok && twice.error.params.detail).toBe('aligned pair 1 names sentence 2 of banjir.txt (5 sentences) twice');
    const missing = load(withBeads(base.filter((b) => !(b.b.length === 1 && b.b[0] === 5))));
    expect(!missing.ok && missing.error.params.detail).toBe('aligned pair 1 leaves out sentence 6 of flood.txt (6 sentences)');
  });

  it('accepts a pair without beads (not aligned yet, as after a text edit)', () => {
    expect(load(withBeads([])).ok).toBe(true);
  });

  it('counts lines for a version segmented by lines', () => {
    const { project } = sample();
    const lines = { ...project.versions[0], text: 'satu\ndua\n\ntiga', segmentation: 'lines' as const, hash: 'b'.repeat(64) };
    expect(sentenceCount(lines)).toBe(4);
  });
});
