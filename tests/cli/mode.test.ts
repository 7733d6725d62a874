import { describe, expect, it } from 'vitest';
import { root, selaras } from './run';
import path from 'node:path';


const rep = (side: string) => path.join(root, 'tests/fixtures/align/mode', `201.${side}.id.txt`);
const tr = (lang: string) => path.join(root, 'tests/fixtures/align/id-en', `001.${lang}.txt`);

describe('modeSuggested in align and check', () => {
  it('says when two versions are not translations of each other, in JSON and on stderr', () => {
    const json = JSON.parse(selaras('align', rep('a'), rep('b'), '--lines', '--json').stdout);
    expect(json.mode).toBe('parallel');
    expect(json.modeSuggested).toBe('comparable');
    expect(json.beads.every((b: { score: number }) => b.score <= 0.5)).toBe(true);
    expect(selaras('check', rep('a'), rep('b'), '--lines').stderr).toMatch(/--mode comparable/);
    const cmp = JSON.parse(selaras('check', rep('a'), rep('b'), '--lines', '--mode', 'comparable', '--json').stdout);
    expect(cmp.modeSuggested).toBe('comparable');
  });

  it('suggests parallel for a translation and says nothing more', () => {
    const r = selaras('check', tr('id'), tr('en'), '--lines', '--json');
    expect(JSON.parse(r.stdout).modeSuggested).toBe('parallel');
    expect(selaras('align', tr('id'), tr('en'), '--lines').stderr).toBe('');
  });
});
