/**
 * After a split or a merge in the grid, the other tool's ids still come back where the unit
 * is unchanged; the rows an edit made get fresh ids that collide with none of them (unit ids,
 * TMX tuids, XLIFF 1.2 trans-unit ids), and the export stays schema-valid.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importBilingual } from '../../../shared/formats/index';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { keepIds } from '../../../shared/formats/origin';
import { mergeRows, splitRow } from '../../../shared/edit/beads';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');

function load(file: string): Project {
  const r = importBilingual(readFileSync(path.join(FIX, file), 'utf8'), file);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, file);
}

function edited(p: Project, edit: (beads: Project['alignments'][0]['beads']) => ReturnType<typeof splitRow>): Project {
  const r = edit(p.alignments[0].beads);
  if (!r.ok) throw new Error(r.reason);
  return { ...p, alignments: [{ ...p.alignments[0], beads: r.beads }, ...p.alignments.slice(1)] };
}

const ids = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);

describe('keepIds', () => {
  it('keeps valid ids once, gives the rest fresh ones that collide with none', () => {
    expect(keepIds(['u1', undefined, 'u1', 'b2', 'bad id'], (k) => `b${k + 1}`, (id) => !/\s/.test(id))).toEqual(['u1', 'b2-2', 'b3', 'b2', 'b5']);
    expect(keepIds(['g'], () => 'x', () => true, ['g'])).toEqual(['x']);
  });
});

describe('ids after grid edits', () => {
  it('XLIFF 2: a split unit keeps its id on its first row; the new row gets a fresh, unique one', () => {
    // tu-001 holds two sentences on each side: split its A side after the first.
    const p = edited(load('rich-2.1.xlf'), (beads) => splitRow(beads, 0, 'a', 1));
    const xml = exportXliff(exportInputOf(p, 0, 'all', 't'));
    const units = ids(xml, /<unit id="([^"]*)"/g);
    expect(units).toHaveLength(4);
    expect(units[0]).toBe('tu-001');
    expect(units).toEqual(expect.arrayContaining(['tu-002', 'tu-003']));
    expect(new Set(units).size).toBe(units.length);
    if (canValidate()) expect(xmllint(xml, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });

  it('TMX: after a merge each row keeps its tuid (still unique)', () => {
    // Merge port-18's B side into port-17's row: port-18 keeps its A side.
    const p = edited(load('rich.tmx'), (beads) => mergeRows(beads, 0, 'b'));
    const xml = exportTmx(exportInputOf(p, 0, 'all', 't'));
    const tuids = ids(xml, /<tu tuid="([^"]*)"/g);
    expect(tuids.slice(0, 2)).toEqual(['port-17', 'port-18']);
    expect(tuids).toContain('42');
    expect(new Set(tuids).size).toBe(tuids.length);
    if (canValidate()) expect(xmllint(xml, 'tmx')).toMatchObject({ status: 0, output: '' });
  });

  it('XLIFF 1.2: a row made by merge and split gets a fresh trans-unit id; the ids of the file stay', () => {
    // Merge tu-8's source into tu-7's row, then split it again: the source goes back to tu-8's row (left with its target only).
    const back = edited(edited(load('rich-1.2.xlf'), (beads) => mergeRows(beads, 0, 'a')), (beads) => splitRow(beads, 0, 'a', 1));
    expect(ids(exportXliff12(exportInputOf(back, 0, 'all', 't')), /<trans-unit id="([^"]*)"/g)).toEqual(['tu-7', 'tu-8', 'tu-9']);
    // Merge both of tu-8's sides into tu-7's row, then split its source off: the new row is made by the edit.
    const both = (beads: Parameters<typeof mergeRows>[0]) => {
      const r = mergeRows(beads, 0, 'a');
      return r.ok ? mergeRows(r.beads, 0, 'b') : r;
    };
    const merged = edited(edited(load('rich-1.2.xlf'), both), (beads) => splitRow(beads, 0, 'a', 1));
    const xml = exportXliff12(exportInputOf(merged, 0, 'all', 't'));
    const units = ids(xml, /<trans-unit id="([^"]*)"/g);
    expect(units).toHaveLength(3);
    expect([units[0], units[2]]).toEqual(['tu-7', 'tu-9']);
    expect(['tu-7', 'tu-8', 'tu-9']).not.toContain(units[1]);
    expect(new Set(units).size).toBe(units.length);
    if (canValidate()) expect(xmllint(xml, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
});
