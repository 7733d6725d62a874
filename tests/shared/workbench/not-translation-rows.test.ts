/** shared/workbench notTranslationRows: the grid's mark on rows whose sentences are not translations of each other. */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/project/create';
import { sha256Hex } from '../../../shared/project/hash';
import { initialState, notTranslationRows, step } from '../../../shared/workbench';
import { settle } from './helpers';

const ID = [
  'Pemerintah provinsi menyalurkan 250 ton beras kepada petani di Garut pekan lalu.',
  'Tim sepak bola kota itu menang di hadapan 40.000 penonton.',
].join(' ');
const EN_TRANSLATION = [
  'The provincial government gave 250 tonnes of rice to farmers in Garut last week.',
  'The city football team won in front of 40,000 spectators.',
].join(' ');
// the second sentence is another story altogether, much longer, sharing no figure, digit or name
const EN_OTHER = [
  'The provincial government gave 250 tonnes of rice to farmers in Garut last week.',
  'Exports of palm oil fell by 12 percent in the third quarter as demand from overseas buyers weakened sharply across the region.',
].join(' ');

function pair(a: string, b: string) {
  const project = createProject(
    [
      { name: 'a.txt', text: a, lang: 'id', hash: sha256Hex(a) },
      { name: 'b.txt', text: b, lang: 'en', hash: sha256Hex(b) },
    ],
    [{ mode: 'parallel', beads: [] }],
  );
  return settle(step(initialState(), { type: 'load', project, name: '', origin: 'user' }));
}

describe('notTranslationRows', () => {
  it('marks the row of two unrelated sentences, with the cues why, and only that row', () => {
    const rows = notTranslationRows(pair(ID, EN_OTHER));
    expect([...rows.keys()]).toEqual([1]);
    expect(rows.get(1)).toContain('length-differs');
  });

  it('marks nothing in a translation', () => {
    expect(notTranslationRows(pair(ID, EN_TRANSLATION)).size).toBe(0);
  });

  it('marks nothing before the analysis has run', () => {
    const project = createProject(
      [
        { name: 'a.txt', text: ID, lang: 'id', hash: sha256Hex(ID) },
        { name: 'b.txt', text: EN_OTHER, lang: 'en', hash: sha256Hex(EN_OTHER) },
      ],
      [{ mode: 'parallel', beads: [] }],
    );
    expect(notTranslationRows(step(initialState(), { type: 'load', project, name: '', origin: 'user' })).size).toBe(0);
  });
});
