/**
 * A note on a span that runs over several sentences of one row (an XLIFF 2 unit note on a unit
 * of two segments, a user's note on two sentences) keeps its whole span through every
 * bilingual export and back: it is not cut at the end of its first sentence.
 */
import { describe, it, expect } from 'vitest';
import { importBilingual, exportTmx, exportXliff, exportXliff12 } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import type { ImportedBilingual } from '../../../shared/formats/types';
import type { Project } from '../../../shared/project/types';

const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id">
 <file id="f1">
  <unit id="u1">
   <notes><note appliesTo="target">Both sentences need a second look.</note></notes>
   <segment id="s1"><source>The ferry carried 40 cars.</source><target>Feri itu membawa 40 mobil.</target></segment>
   <segment id="s2"><source>Nobody was hurt.</source><target>Tidak ada yang terluka.</target></segment>
  </unit>
  <unit id="u2"><segment><source>It left at noon.</source><target>Feri berangkat siang hari.</target></segment></unit>
 </file>
</xliff>`;

function imported(xml: string, name: string): ImportedBilingual {
  const r = importBilingual(xml, name);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The text each span note covers, by note. */
function covered(r: { versions: Array<{ text: string }>; annotations: ImportedBilingual['annotations'] }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of r.annotations) if (a.target.type === 'span') out[a.note] = r.versions[a.target.version].text.slice(a.target.start, a.target.end);
  return out;
}

const EXPORTERS = [
  ['TMX', exportTmx],
  ['XLIFF 2.1', exportXliff],
  ['XLIFF 1.2', exportXliff12],
] as const;

describe('a note over several sentences of one row', () => {
  it.each(EXPORTERS)('an XLIFF 2 unit note keeps both segments through %s', (_name, exporter) => {
    const first = imported(XLIFF2, 'u.xlf');
    expect(covered(first)['Both sentences need a second look.']).toBe('Feri itu membawa 40 mobil.\nTidak ada yang terluka.');
    const back = imported(exporter(exportInputOf(projectFromBilingual(first, 'u.xlf'), 0, 'all', 't')), 'back');
    expect(covered(back)).toEqual(covered(first));
  });

  it.each(EXPORTERS)("a user's note on two sentences keeps both through %s", (_name, exporter) => {
    const project: Project = projectFromBilingual(imported(XLIFF2, 'u.xlf'), 'u.xlf');
    const text = project.versions[0].text;
    const start = text.indexOf('40 cars');
    const end = text.indexOf('Nobody was hurt') + 'Nobody was'.length;
    project.annotations.push({
      id: 'mine',
      target: { type: 'span', version: 0, start, end },
      verdict: 'confirmed',
      category: 'numbers',
      severity: 'major',
      note: 'Count and casualties both from the port.',
      author: 'me',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
    });
    const back = imported(exporter(exportInputOf(project, 0, 'all', 't')), 'back');
    expect(covered(back)['Count and casualties both from the port.']).toBe('40 cars.\nNobody was');
  });
});

describe('a note on a stretch of text of a row the scope leaves out', () => {
  it('has its line in CSV exports of the mismatches only (it was left out silently)', async () => {
    const { exportCsv } = await import('../../../shared/formats/csv');
    const p = projectFromBilingual(imported(XLIFF2, 'n.xlf'), 'n.xlf');
    const csv = exportCsv({ ...exportInputOf(p, 0, 'mismatches', 't'), uiLang: 'en' });
    expect(csv).toContain('Both sentences need a second look.');
  });
});

describe('a note over two rows', () => {
  // (u1 and u2 are two rows: a user's selection from the end of u1's second sentence into u2)
  function acrossRows(from: string, to: string): Project {
    const project: Project = projectFromBilingual(imported(XLIFF2, 'u.xlf'), 'u.xlf');
    const text = project.versions[0].text;
    project.annotations.push({
      id: 'across',
      target: { type: 'span', version: 0, start: text.indexOf(from), end: text.indexOf(to) + to.length },
      verdict: 'open',
      category: 'numbers',
      severity: 'minor',
      note: 'Check the hour against the port log.',
      author: 'me',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
    });
    return project;
  }

  it('is on both rows of the export model: the second marked from its start, continued', async () => {
    const { buildModel } = await import('../../../shared/formats/model');
    const model = buildModel(exportInputOf(acrossRows('was hurt', 'left at'), 0, 'all', 't'));
    const notes = model.rows.map((r) => r.spanNotes.filter((n) => n.annotation.id === 'across').map((n) => [r.id, r[n.side].text.slice(n.start, n.end), !!n.cut, !!n.continued]));
    expect(notes).toEqual([[['b1', 'was hurt.', true, false]], [['b2', 'It left at', false, true]]]);
  });

  it('has a CSV line on each row it covers, and one entry in the HTML report naming both rows', async () => {
    const { exportCsv } = await import('../../../shared/formats/csv');
    const { exportHtml } = await import('../../../shared/formats/html');
    const input = { ...exportInputOf(acrossRows('was hurt', 'left at'), 0, 'all', 't'), uiLang: 'en' as const };
    const lines = exportCsv(input).split('\n').filter((l) => l.includes('Check the hour'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('was hurt.…');
    expect(lines[1]).toContain('…It left at');
    const html = exportHtml(input);
    expect(html.split('Check the hour').length - 1).toBe(1);
    expect(html).toContain('b1, b2 “was hurt. It left at”');
  });

  it.each(EXPORTERS)('comes back once, whole, from %s', (_name, exporter) => {
    const back = imported(exporter(exportInputOf(acrossRows('was hurt', 'left at'), 0, 'all', 't')), 'back');
    expect(back.annotations.filter((a) => a.note === 'Check the hour against the port log.')).toHaveLength(1);
    expect(covered(back)['Check the hour against the port log.']).toBe('was hurt.\nIt left at');
  });

  it('a selection that begins in the space between two sentences is on the row of the next one (it was on none)', async () => {
    const { buildModel } = await import('../../../shared/formats/model');
    const project = acrossRows('was hurt', 'left at');
    const text = project.versions[0].text;
    const t = project.annotations[project.annotations.length - 1].target;
    if (t.type !== 'span') throw new Error('span');
    // from the line break after u1 into u2
    t.start = text.indexOf('Nobody was hurt.') + 'Nobody was hurt.'.length;
    const model = buildModel(exportInputOf(project, 0, 'all', 't'));
    expect(model.rows.map((r) => r.spanNotes.filter((n) => n.annotation.id === 'across').map((n) => r[n.side].text.slice(n.start, n.end)))).toEqual([[], ['It left at']]);
  });
});
