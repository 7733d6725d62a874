/**
 * Property: the user's notes and verdicts survive any sequence of the workbench's work. Random sequences of
 * verdicts and notes on mismatches, notes on stretches of text and on ledger groups, text edits (a digit
 * changed, a sentence deleted or added, a word changed), merges and splits of the grid, re-alignment, Make
 * pivot, undo and redo, save and reopen, and an export to TMX, XLIFF 2 or XLIFF 1.2 read back, each step
 * analysed as the app's worker does. After every step but the ones that make or unmake notes (a note, a
 * verdict, undo, redo), the notes are the same as before it: none lost, none changed, none duplicated; a save
 * and reopen gives back every note as it was (its target, and whether it is detached, included), and an
 * export read back gives back every note with its verdict. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from '../../../shared/project/hash';
import { isDetached } from '../../../shared/project/annotations';
import type { Annotation, Verdict } from '../../../shared/project/types';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { importBilingual } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { currentComparison, initialState, step, type GridOp, type WorkbenchState } from '../../../shared/workbench';
import { ledgerTarget } from '../../../shared/drift/ledger';
import { loadedIn, NOW, settle } from './helpers';

const ID = [
  'Banjir merendam 35 desa di Kabupaten Bogor pada Senin.',
  'Sebanyak 2 orang tewas dan 4 orang hilang.',
  'Kerugian ditaksir mencapai Rp 12 miliar.',
  'Sekitar 1.200 warga mengungsi ke 6 posko.',
  'Hujan turun selama 9 jam tanpa henti.',
].join(' ');
const ID2 = [
  'Banjir menerjang 36 desa di Kabupaten Bogor, Senin.',
  'Dua orang meninggal dan 3 orang hilang.',
  'Kerugian diperkirakan Rp 12 miliar.',
  'Lebih dari 1.200 warga mengungsi.',
  'Hujan turun selama 9 jam.',
].join(' ');
const EN = [
  'Floods submerged 53 villages in Bogor regency on Monday.',
  'Some 3 people died and 4 went missing.',
  'Losses were estimated at Rp12 billion.',
  'About 1,500 residents fled to 6 shelters.',
  'Rain fell for 19 hours without a break.',
].join(' ');

const VERDICTS: Verdict[] = ['confirmed', 'acceptable', 'false-alarm'];
const GRID_OPS: GridOp[] = ['merge', 'merge-up', 'split', 'split-last', 'shift-up', 'shift-down', 'insert', 'confirm', 'lock'];
const FORMATS = [
  { write: exportTmx, file: 'r.tmx' },
  { write: exportXliff, file: 'r.xlf' },
  { write: exportXliff12, file: 'r.xlf' },
] as const;

type Op = 'verdict' | 'span-note' | 'ledger-note' | 'edit' | 'grid' | 'realign' | 'pivot' | 'undo' | 'redo' | 'save' | 'export';
const OPS: Op[] = ['verdict', 'verdict', 'span-note', 'ledger-note', 'edit', 'edit', 'edit', 'grid', 'grid', 'realign', 'pivot', 'undo', 'redo', 'save', 'export'];
const action = fc.record({ op: fc.constantFrom(...OPS), x: fc.nat(1000), y: fc.nat(1000) });

/** What a note is, as the user wrote it: its text and verdict (its target may move with the text). */
const content = (list: readonly Annotation[]) => list.map((a) => `${a.note} | ${a.verdict}`).sort();
/** Everything about a note that a save and reopen must give back. */
const whole = (list: readonly Annotation[]) => list.map((a) => JSON.stringify([a.id, a.note, a.verdict, a.category, sortedKeys(a.target), isDetached(a)]));
/** An object with its keys in order (a save may write them in another). */
const sortedKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));

/** A text edit of one of four kinds at a place chosen by y. */
function edited(text: string, kind: number, y: number): string {
  const sentences = text.split(/(?<=\.) /);
  const at = y % sentences.length;
  switch (kind % 4) {
    case 0: {
      // a digit changed
      const digits = [...text.matchAll(/\d/g)].map((m) => m.index!);
      if (!digits.length) return `${text} Tercatat 7 orang.`;
      const i = digits[y % digits.length];
      return text.slice(0, i) + String((Number(text[i]) + 1 + (y % 8)) % 10) + text.slice(i + 1);
    }
    case 1:
      // a sentence deleted (never the last one left)
      return sentences.length > 1 ? sentences.filter((_, k) => k !== at).join(' ') : text;
    case 2:
      // a sentence added
      return [...sentences.slice(0, at), `Tercatat ${2 + (y % 40)} rumah rusak.`, ...sentences.slice(at)].join(' ');
    default:
      // a word changed
      return text.replace(/\b(desa|villages|warga|residents|orang|people)\b/, (w) => `${w} lain`);
  }
}

/** Reads a project back from its saved file, loaded and analysed. */
function reopened(s: WorkbenchState): WorkbenchState {
  const parsed = parseProject(serializeProject(s.history.present, { app: { name: 'Selaras', version: 't' } }), { name: 'p.selaras' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return settle(step(initialState(), { type: 'load', project: parsed.project, name: 'p.selaras' }));
}

let noteNo = 0;

/** Sequences a property runs (SELARAS_SEQUENCES=1000 for a longer search; the default keeps `npm test` quick). */
const RUNS = Number(process.env.SELARAS_SEQUENCES ?? 40);
const TIMEOUT = Math.max(60_000, RUNS * 300);

/** Applies one action; returns the next state and what must hold after it. */
function apply(s: WorkbenchState, a: { op: Op; x: number; y: number }): { next: WorkbenchState; check: 'same' | 'whole' | 'content' | 'none' } {
  const project = s.history.present;
  switch (a.op) {
    case 'verdict': {
      const ms = currentComparison(s)?.mismatches ?? [];
      if (!ms.length) return { next: s, check: 'same' };
      const m = ms[a.x % ms.length];
      return { next: settle(step(s, { type: 'annotate-mismatch', mismatch: m, patch: { verdict: VERDICTS[a.y % 3], note: `n${++noteNo}` }, now: NOW })), check: 'none' };
    }
    case 'span-note': {
      const v = a.x % project.versions.length;
      const text = project.versions[v].text;
      const start = a.y % Math.max(1, text.length - 10);
      return { next: settle(step(s, { type: 'annotate', target: { type: 'span', version: v, start, end: start + 8 }, patch: { note: `n${++noteNo}` }, now: NOW })), check: 'none' };
    }
    case 'ledger-note': {
      const groups = s.analysis?.result.ledger ?? [];
      if (!groups.length) return { next: s, check: 'same' };
      const what = ledgerTarget(groups[a.x % groups.length]);
      return { next: settle(step(s, { type: 'annotate', target: { type: 'ledger', what }, patch: { note: `n${++noteNo}` }, now: NOW })), check: 'none' };
    }
    case 'edit': {
      const v = a.x % project.versions.length;
      const text = edited(project.versions[v].text, a.x >> 2, a.y);
      return { next: settle(step(s, { type: 'edit-text', version: v, text, hash: sha256Hex(text) })), check: 'same' };
    }
    case 'grid': {
      const rows = project.alignments[s.pair]?.beads.length ?? 0;
      if (!rows) return { next: s, check: 'same' };
      return { next: settle(step(s, { type: 'grid', op: GRID_OPS[a.x % GRID_OPS.length], row: a.y % rows, side: a.x % 2 ? 'a' : 'b' })), check: 'same' };
    }
    case 'realign':
      return { next: settle(step(s, { type: 'realign' })), check: 'same' };
    case 'pivot':
      return { next: settle(step(s, { type: 'make-pivot' })), check: 'same' };
    case 'undo':
    case 'redo':
      return { next: settle(step(s, { type: a.op })), check: 'none' };
    case 'save':
      return { next: reopened(s), check: 'whole' };
    case 'export': {
      // a bilingual file holds one pair: only a project of two versions goes out whole
      if (project.versions.length !== 2) return { next: s, check: 'same' };
      const f = FORMATS[a.x % FORMATS.length];
      const back = importBilingual(f.write(exportInputOf(project, 0, 'all', 't', NOW)), f.file);
      if (!back.ok) throw new Error(back.message);
      return { next: settle(step(initialState(), { type: 'load', project: projectFromBilingual(back, f.file), name: f.file })), check: 'content' };
    }
  }
}

function runSequence(start: WorkbenchState, actions: Array<{ op: Op; x: number; y: number }>): void {
  let s = start;
  actions.forEach((a, k) => {
    const before = s.history.present.annotations;
    const { next, check } = apply(s, a);
    const after = next.history.present.annotations;
    const where = `step ${k + 1} (${a.op} ${a.x} ${a.y})`;
    if (check === 'same' || check === 'content') expect(content(after), where).toEqual(content(before));
    if (check === 'whole') expect(whole(after), where).toEqual(whole(before));
    s = next;
  });
}

describe('the notes and verdicts through any sequence of work', () => {
  it('property: an Indonesian text and its English version', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 25 }), (actions) => {
        runSequence(
          loadedIn([
            [ID, 'id'],
            [EN, 'en'],
          ]),
          actions,
        );
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('property: three versions (two Indonesian republications and an English one)', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 20 }), (actions) => {
        runSequence(
          loadedIn([
            [ID, 'id'],
            [ID2, 'id'],
            [EN, 'en'],
          ]),
          actions,
        );
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, TIMEOUT);
});
