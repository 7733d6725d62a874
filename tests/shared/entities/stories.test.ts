/**
 * Planted entity and attribution changes in stories written for Selaras (tests/fixtures/entities):
 * every plant is found, no decoy is flagged. `tune-*` stories were used while tuning the rules;
 * `heldout-*` stories were written beforehand and first run at the end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../shared/align';
import { analyse, checkVersions } from '../../../shared/pipeline';

const dir = fileURLToPath(new URL('../../fixtures/entities/', import.meta.url));
const lexicon = parseLexicon(readFileSync(fileURLToPath(new URL('../../../resources/lexicon/id-en.tsv', import.meta.url)), 'utf8'));
const stories = readdirSync(dir)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace('.expect.json', ''));

interface Expectation {
  plants: Array<{ line: number; a: string | null; b: string | null }>;
  decoys: number[];
}

describe.each(stories)('story %s', (name) => {
  const expectation = JSON.parse(readFileSync(`${dir}${name}.expect.json`, 'utf8')) as Expectation;
  const a = analyse(readFileSync(`${dir}${name}.a.txt`, 'utf8'), { lines: true });
  const b = analyse(readFileSync(`${dir}${name}.b.txt`, 'utf8'), { lines: true });
  const { comparison } = checkVersions(a, b, a.lang !== b.lang ? { lexicon } : {});
  const entity = comparison.mismatches.filter((m) => m.kind === 'entity');
  const on = (line: number) => entity.filter((m) => m.a.includes(line));

  it.each(expectation.plants)('finds the plant on line $line ($a → $b)', (plant) => {
    // The planted name, as written in the story (the span may take a company form along: `PT Jasa Marga`).
    const names = (text: string | undefined, want: string | null) => (want === null ? text === undefined : !!text && text.includes(want));
    const hit = on(plant.line).find((m) => names(m.aEntity?.text, plant.a) && names(m.bEntity?.text, plant.b));
    expect(hit, JSON.stringify(on(plant.line).map((m) => m.note))).toBeDefined();
  });

  it('flags no decoy', () => {
    const flagged = expectation.decoys.flatMap((line) => on(line).map((m) => `line ${line}: ${m.note}`));
    expect(flagged).toEqual([]);
  });
});
