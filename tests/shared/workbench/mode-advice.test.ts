/** The workbench says when two versions opened as a translation read as two different articles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { step } from '../../../shared/workbench';
import { loaded, run } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/align/mode/${name}`, import.meta.url), 'utf8');

describe('mode advice', () => {
  it('warns once, naming both versions, when a parallel pair reads as two articles on one story', () => {
    const s = loaded([fixture('201.a.id.txt'), fixture('201.b.id.txt')]);
    const advice = s.warnings.filter((w) => w.key === 'workbench.suggestComparable');
    expect(advice).toEqual([{ key: 'workbench.suggestComparable', params: { a: 'v1.txt', b: 'v2.txt' } }]);
    // a re-alignment in the same mode does not say it twice
    expect(run(s, { type: 'realign' }).warnings.filter((w) => w.key === 'workbench.suggestComparable')).toHaveLength(1);
  });

  it('withdraws the advice once a version it names is replaced by a translation of the other', () => {
    const s = loaded([fixture('201.a.id.txt'), fixture('201.b.id.txt')]);
    expect(s.warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(true);
    // B replaced by a file that translates A: the advice about v1/v2 no longer holds
    const replaced = run(s, { type: 'open-text', slot: 'b', version: { name: 'v2b.txt', text: fixture('201.a.id.txt'), lang: 'id', hash: 'v2b' } });
    expect(replaced.warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(false);
  });

  it('withdraws the advice when an undo takes away the version it names (the text that brought it is no longer open)', () => {
    const s = loaded([fixture('201.a.id.txt'), fixture('201.a.id.txt')]);
    expect(s.warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(false);
    const other = run(s, { type: 'open-text', slot: 'b', version: { name: 'other.txt', text: fixture('201.b.id.txt'), lang: 'id', hash: 'other' } });
    expect(other.warnings.filter((w) => w.key === 'workbench.suggestComparable').map((w) => w.params)).toEqual([{ a: 'v1.txt', b: 'other.txt' }]);
    const undone = step(other, { type: 'undo' });
    expect(undone.history.present.versions.map((v) => v.name)).toEqual(['v1.txt', 'v2.txt']);
    expect(undone.warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(false);
  });

  it('says nothing once the pair is in comparable mode, nor for a translation', () => {
    const s = loaded([fixture('201.a.id.txt'), fixture('201.b.id.txt')]);
    const dismissed = step(s, { type: 'dismiss-warning', index: s.warnings.findIndex((w) => w.key === 'workbench.suggestComparable') });
    const comparable = run(dismissed, { type: 'set-mode', mode: 'comparable' });
    expect(comparable.warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(false);
    expect(loaded().warnings.some((w) => w.key === 'workbench.suggestComparable')).toBe(false);
  });
});
