/**
 * Units of several segments read back from Selaras's own XLIFF: the text and a user's note stay as they were when a
 * segment ends in a space (`Ships go. `), when a segment has no translation and the next one starts with a space,
 * and when a line-break code joins two sentences of a segment next to one starting with a space. Each lost a
 * character or moved a note on XLIFF → Selaras's XLIFF → Selaras.
 */
import { describe, it, expect } from 'vitest';
import { importBilingual } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportTmx } from '../../../shared/formats/tmx';
import type { Project } from '../../../shared/project/types';

const x2 = (units: string) => `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">${units}</file></xliff>`;

function open(xml: string, name: string): Project {
  const r = importBilingual(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}

/** The project with a note on `word` of version `v`. */
function noted(p: Project, v: number, word: string): Project {
  const at = p.versions[v].text.indexOf(word);
  if (at < 0) throw new Error(`no ${word}`);
  return { ...p, annotations: [...p.annotations, { id: 'n1', target: { type: 'span', version: v, start: at, end: at + word.length }, verdict: 'open', category: 'other', severity: 'minor', note: 'mine', author: '', created: '', modified: '' }] };
}

const exporters = { xliff: exportXliff, xliff12: exportXliff12, tmx: exportTmx } as const;

/** Two hops through every pair of formats: the texts and the note's text stay. */
function survives(xml: string, v: number, word: string): void {
  const first = noted(open(xml, 'f.xlf'), v, word);
  for (const [n1, e1] of Object.entries(exporters)) {
    for (const [n2, e2] of Object.entries(exporters)) {
      const one = open(e1(exportInputOf(first, 0, 'all', 't')), `1.${n1}`);
      const two = open(e2(exportInputOf(one, 0, 'all', 't')), `2.${n2}`);
      for (const p of [one, two]) {
        expect(p.versions.map((x) => x.text), `${n1}→${n2}`).toEqual(first.versions.map((x) => x.text));
        const note = p.annotations.find((a) => a.note === 'mine')!;
        const t = note.target as { version: number; start: number; end: number };
        expect(p.versions[t.version].text.slice(t.start, t.end), `${n1}→${n2}`).toBe(word);
      }
    }
  }
}

describe('units of several segments through Selaras’s own files', () => {
  it('the last segment ending in a space keeps its first letter', () => {
    survives(x2('<unit id="u1"><segment><source>Bay.</source><target>Teluk.</target></segment><segment><source>Ships go. </source><target>Kapal pergi. </target></segment></unit>'), 1, 'Kapal');
  });
  it('a segment without translation before one starting with a space: the note stays on its word', () => {
    survives(x2('<unit id="u1"><segment><source>Buses.</source></segment><segment><source> Harbour market.</source><target> Pelabuhan pasar.</target></segment></unit>'), 1, 'Pelabuhan pasar');
  });
  it('two sentences joined by a line-break code next to a segment starting with a space keep their digits', () => {
    survives(
      x2('<unit id="u1"><segment><source>Engine.<ph id="1" type="fmt" subType="xlf:lb"/>91 cranes.</source><target>Mesin.<ph id="1" type="fmt" subType="xlf:lb"/>91 derek.</target></segment><segment><source> Bay.</source><target> Teluk.</target></segment></unit>'),
      0,
      'cranes',
    );
  });
});

describe('another tool’s XLIFF 1.2 marks where a sentence break is put in', () => {
  const x12 = (unit: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="q.txt" source-language="en" target-language="id" datatype="plaintext"><body>${unit}</body></file></xliff>`;
  const marked = (p: Project) =>
    p.annotations.filter((a) => a.noteAttrs?.['x-mark'] === 'yes').map((a) => {
      const t = a.target as { version: number; start: number; end: number };
      return p.versions[t.version].text.slice(t.start, t.end);
    });
  it('a mark in the second of two glued segments covers its word (it began one character early)', () => {
    const p = open(
      x12(
        '<trans-unit id="2"><source>Buses pilot. Bay\t<mrk mtype="protected">river</mrk> engine.</source>' +
          '<seg-source><mrk mtype="seg" mid="1">Buses pilot.</mrk><mrk mtype="seg" mid="2"> Bay\t<mrk mtype="protected">river</mrk> engine.</mrk></seg-source>' +
          '<target><mrk mtype="seg" mid="1">Bus pandu.</mrk><mrk mtype="seg" mid="2">Teluk <mrk mtype="protected">sungai</mrk>.</mrk></target></trans-unit>',
      ),
      'g.xlf',
    );
    expect(marked(p)).toEqual(['river', 'sungai']);
    const again = open(exportXliff12(exportInputOf(p, 0, 'all', 't')), 'g2.xlf');
    expect(marked(again)).toEqual(['river', 'sungai']);
  });
  it('a mark right after a code that ends a sentence covers its word, not the break before it', () => {
    const p = open(
      x12(
        '<trans-unit id="1"><source>68.<bpt id="3">&lt;b&gt;</bpt><mrk mtype="protected">Cargo</mrk><ept id="3">&lt;/b&gt;</ept></source>' +
          '<target>68.<bpt id="3">&lt;b&gt;</bpt><mrk mtype="protected">Muatan</mrk><ept id="3">&lt;/b&gt;</ept></target></trans-unit>',
      ),
      'c.xlf',
    );
    expect(marked(p)).toEqual(['Cargo', 'Muatan']);
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(out).toContain('<mrk mtype="protected">Cargo</mrk>');
  });
});

describe('a sentence that goes on right after a closing code (`bay.</g>Cargo`)', () => {
  const x12 = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="q.txt" source-language="en" target-language="id" datatype="plaintext"><body>${body}</body></file></xliff>`;
  it('stays one sentence through Selaras’s TMX, whose closing code reads as ending one (one sentence and several)', () => {
    for (const [src, trg] of [
      ['Signal storm <g id="3">bay.</g>Cargo dock.', 'Sinyal badai <g id="3">teluk.</g>Muatan dermaga.'],
      ['Pilot cargo ships. Signal storm <g id="3">bay.</g>Cargo dock.', 'Pandu muatan kapal. Sinyal badai <g id="3">teluk.</g>Muatan dermaga.'],
    ]) {
      survives(x12(`<trans-unit id="4" xml:space="preserve"><source>${src}</source><target>${trg}</target></trans-unit>`), 0, 'Cargo dock');
    }
  });
});
