/**
 * Verdicts read back from Selaras's own TMX/XLIFF after another tool (or a reviewer) edited a unit, and from an
 * export of some rows only: a verdict stays on its figure, or is kept detached, and never lands on another figure.
 */
import { describe, it, expect } from 'vitest';
import { analyse, alignVersions } from '../../../shared/pipeline';
import { createProject } from '../../../shared/project/create';
import type { Annotation, Project } from '../../../shared/project/types';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { buildModel } from '../../../shared/formats/model';
import { scopeLosses } from '../../../shared/formats/losses';
import type { ExportScope } from '../../../shared/formats/types';
import { verdictOn } from './helpers';

// Our own sentences: one with the same figure twice, one with a figure of its own.
const A = ['Sebanyak 5 rumah rusak berat dan 5 rumah rusak ringan di desa itu.', 'Sebanyak 40 truk dikirim ke lokasi.', 'Sebanyak 70 relawan ikut membantu.'].join(' ');
const B = ['As many as 7 houses were badly damaged and 9 houses lightly damaged in the village.', 'As many as 45 trucks were sent to the site.', 'As many as 75 volunteers helped.'].join(' ');

/** An Indonesian text and its English version, aligned, as a project without annotations. */
function pairProject(a: string, b: string): Project {
  return createProject(
    [
      { name: 'a.txt', text: a, lang: 'id' },
      { name: 'b.txt', text: b, lang: 'en' },
    ],
    [alignVersions(analyse(a, { lang: 'id' }), analyse(b, { lang: 'en' }))],
  );
}

function annotated(): Project {
  const project = pairProject(A, B);
  const { comparison } = exportInputOf(project, 0, 'all', 't');
  const key = (b: string) => comparison.mismatches.find((m) => m.bFigure?.text.includes(b))!.key;
  const ann = (id: string, k: string, verdict: Annotation['verdict'], note: string): Annotation => verdictOn(id, { type: 'mismatch', key: k }, verdict, note);
  return { ...project, annotations: [ann('a1', key('7 houses'), 'confirmed', 'first five'), ann('a2', key('9 houses'), 'false-alarm', 'second five'), ann('a3', key('45 trucks'), 'false-alarm', 'trucks checked')] };
}

/** Each mismatch's figures with the verdict and notes on it now, and the verdicts on none (detached). */
function view(p: Project) {
  const model = buildModel(exportInputOf(p, 0, 'all', 't'));
  const on = model.allRows.flatMap((r) => r.issues).filter((i) => i.annotations.length).map((i) => `${i.mismatch.aFigure?.text} | ${i.mismatch.bFigure?.text} : ${i.verdict} ${i.annotations.map((a) => a.note).join('+')}`);
  const loose = model.looseAnnotations.map((a) => `${a.note}${a.target.type !== 'ledger' && a.target.removed ? ' (removed)' : ''}`);
  return { on: on.sort(), loose: loose.sort() };
}

const formats = [
  ['TMX', (p: Project, scope: ExportScope = 'all') => exportTmx(exportInputOf(p, 0, scope, 't')), (x: string) => importTmx(x, 'r.tmx')],
  ['XLIFF 2', (p: Project, scope: ExportScope = 'all') => exportXliff(exportInputOf(p, 0, scope, 't')), (x: string) => importXliff(x, 'r.xlf')],
  ['XLIFF 1.2', (p: Project, scope: ExportScope = 'all') => exportXliff12(exportInputOf(p, 0, scope, 't')), (x: string) => importXliff(x, 'r.xlf')],
] as const;

function reopen(read: (x: string) => ReturnType<typeof importTmx>, xml: string): Project {
  const back = read(xml);
  if (!back.ok) throw new Error(back.message);
  return projectFromBilingual(back, 'r');
}

describe.each(formats)('%s: a unit edited in another tool', (name, write, read) => {
  const project = annotated();
  const before = view(project);
  it('the reviewed project has verdicts on three mismatches', () => {
    expect(before.on).toHaveLength(3);
    expect(before.loose).toEqual([]);
  });
  it('words added before the figures: every verdict stays on its own figure, the repeated one too', () => {
    // (the source of the first unit as a tool shows it; the figures may sit in marks)
    const xml = write(project).replace(/>Sebanyak (?=(?:<[^>]*>)?5 rumah)/, '>Menurut warga, sebanyak ');
    expect(xml).toContain('Menurut warga');
    expect(view(reopen(read, xml))).toEqual(before);
  });
  it('a note rewritten in place by a reviewer: in XLIFF 2 (its note id kept) the new text, once, on its figure; elsewhere both texts, none lost', () => {
    const xml = write(project).replace('>second five<', '>checked again with the village head<');
    expect(xml).toContain('checked again with the village head');
    const reopened = reopen(read, xml);
    const now = view(reopened);
    if (name === 'XLIFF 2') {
      expect(now.on.join('\n')).toContain('9 houses : false-alarm checked again with the village head');
      expect(now.on.join('\n')).not.toContain('second five');
      expect(now.loose).toEqual([]);
    } else {
      const notes = reopened.annotations.map((a) => a.note);
      expect(notes).toContain('second five');
      expect(notes).toContain('checked again with the village head');
    }
  });
  it('one of the repeated figures changed: its verdict is kept detached, never moved onto the other', () => {
    const xml = write(project).replace(/(dan (?:<[^>]*>)?)5 rumah/, '$16 rumah');
    expect(xml).toContain('6 rumah');
    const now = view(reopen(read, xml));
    expect(now.on.join('\n')).not.toContain('second five');
    expect(now.on.some((x) => x.includes('first five'))).toBe(true);
    expect(now.loose).toContain('second five (removed)');
  });
});

describe.each(formats)('%s: an export of some rows only', (name, write, read) => {
  it('a verdict on a row left out is kept detached, never placed on a row the file holds, and the export says so', () => {
    const project = annotated();
    const format = name === 'TMX' ? 'tmx' : name === 'XLIFF 2' ? 'xliff' : 'xliff12';
    const input = exportInputOf(project, 0, 'mismatches', 't');
    // (the trucks row holds only a dismissed mismatch: out of the scope)
    expect(buildModel(input).outOfScope.size).toBe(1);
    expect(scopeLosses(format, input)).toEqual([{ key: 'formats2.loss.outOfScopeNotes', params: expect.objectContaining({ count: 1 }) }]);
    expect(scopeLosses(format, exportInputOf(project, 0, 'all', 't'))).toEqual([]);
    const back = reopen(read, write(project, 'mismatches'));
    const trucks = back.annotations.find((a) => a.note === 'trucks checked')!;
    expect(trucks.target).toMatchObject({ type: 'mismatch', removed: true });
    expect(view(back).on.join('\n')).not.toContain('trucks checked');
  });
});

describe.each(formats)('%s: one of two alike figures noted, words added before both', (_name, write, read) => {
  // (our own sentences: side B gives "30 people" twice, side A no count; only the second is noted)
  const A2 = 'Banyak orang tewas dan banyak yang terluka dalam kecelakaan itu.';
  const B2 = 'In total, 30 people died and 30 people were injured in the accident.';
  function noted(): Project {
    const project = pairProject(A2, B2);
    const { comparison } = exportInputOf(project, 0, 'all', 't');
    const second = comparison.mismatches.filter((m) => m.bFigure?.text === '30 people').sort((x, y) => x.bFigure!.start - y.bFigure!.start)[1];
    const ann = verdictOn('a1', { type: 'mismatch', key: second.key, a: 0, b: 1 }, 'confirmed', 'the injured count is added', 'addition');
    return { ...project, annotations: [ann] };
  }
  /** The start, in version B, of the figure the verdict is on (null: on none). */
  const notedAt = (p: Project): number | null => {
    const issue = buildModel(exportInputOf(p, 0, 'all', 't')).allRows.flatMap((r) => r.issues).find((i) => i.annotations.length);
    return issue?.mismatch.bFigure?.start ?? null;
  };

  it('the verdict stays on the second figure, not the one nearest its old place', () => {
    const project = noted();
    expect(notedAt(project)).toBe(B2.lastIndexOf('30 people'));
    const xml = write(project).replace('In total, ', 'Reportedly, in total, ');
    expect(xml).toContain('Reportedly');
    const back = reopen(read, xml);
    const text = back.versions[1].text;
    expect(notedAt(back)).toBe(text.lastIndexOf('30 people'));
  });
});

describe.each(formats)('%s: a note with a line or paragraph separator', (_name, write, read) => {
  it('comes back exactly (TMX read U+2028 / U+2029 in the visible note as line breaks and took them for an edit)', () => {
    const project = annotated();
    const odd = 'line one\u2028line two\u2029para';
    const withOdd = { ...project, annotations: project.annotations.map((a) => (a.id === 'a3' ? { ...a, note: odd } : a)) };
    const back = reopen(read, write(withOdd));
    expect(back.annotations.map((a) => a.note)).toContain(odd);
    expect(back.annotations).toHaveLength(3);
  });
});

describe.each(formats)('%s: a reviewer deletes one note and edits another', (_name, write, read) => {
  it('the edit stays with its own verdict, the likest pairing first (it went to the first verdict whose note shared a few words)', () => {
    const project = annotated();
    const notes: Record<string, string> = { a1: 'houses 5 vs 7 wrong', a2: 'houses 5 vs 9 wrong' };
    const noted = { ...project, annotations: project.annotations.map((a) => (notes[a.id] ? { ...a, note: notes[a.id] } : a)) };
    const xml = write(noted)
      .replace(/<note[^>]*>houses 5 vs 7 wrong<\/note>\s*/, '')
      .replace(/(<note[^>]*>)houses 5 vs 9 wrong</, '$1houses 5 vs 9 wrong, confirmed by phone<');
    expect(xml).not.toContain('houses 5 vs 7 wrong<');
    expect(xml).toContain('confirmed by phone');
    const on = view(reopen(read, xml)).on.join('\n');
    expect(on).toContain('9 houses : false-alarm houses 5 vs 9 wrong, confirmed by phone');
    expect(on).not.toMatch(/7 houses : confirmed houses 5 vs 9/);
  });
});
