/**
 * Other tools' files through Selaras and back in the same format: TMX → Selaras → TMX and
 * XLIFF 2 → Selaras → XLIFF 2 keep languages, units, text, inline codes and notes.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { canValidate, xmllint } from './helpers';
import { parseProject, serializeProject } from '../../../shared/project/schema';

const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const read = (n: string) => readFileSync(path.join(FIX, n), 'utf8');

/** Everything the file says, in a comparable form. */
function content(r: ImportedBilingual) {
  const versions = [r.versions[0], r.versions[1], ...(r.more ?? []).map((m) => m.version)];
  const shown = (v: ImportedBilingual['versions'][number]) =>
    v.sentences
      .filter((s) => s !== '')
      .map((s) => s.replace(/[\uE000-\uF8FF]/g, (ch) => {
        const c = v.codes?.[ch.charCodeAt(0) - 0xe000];
        return c ? `{${c.kind}:${c.data ?? ''}}` : ch;
      }));
  return {
    languages: r.stats.languages,
    units: r.stats.units,
    translated: r.stats.translated,
    codes: r.stats.codes,
    notes: Object.values(r.stats.notes).reduce((a, b) => a + b, 0),
    noteTexts: r.annotations.map((a) => a.note).sort(),
    text: Object.fromEntries(versions.map((v) => [v.langTag, shown(v)])),
  };
}

describe.each([
  ['TMX', ['multilingual.tmx', 'codes.tmx', 'tmx-breaks.tmx', 'other-tool.tmx'], importTmx, exportTmx, 'tmx' as const],
  ['XLIFF 2', ['breaks-and-space.xlf', 'codes-2.0.xlf'], importXliff, exportXliff, 'xliff21' as const],
])('%s → Selaras → same format', (_name, files, importer, exporter, schema) => {
  it.each(files)('%s keeps languages, units, text, codes and notes', (file) => {
    const first = importer(read(file), file);
    if (!first.ok) throw new Error(first.message);
    const xml = exporter(exportInputOf(projectFromBilingual(first, file), 0, 'all', 't'));
    if (canValidate()) expect(xmllint(xml, schema)).toMatchObject({ status: 0, output: '' });
    const back = importer(xml, file);
    if (!back.ok) throw new Error(back.message);
    expect(content(back)).toEqual(content(first));
  });
});

/** The units of a TMX text: each its tuid and its languages' segments, in order. */
function tmxUnits(xml: string): Array<{ tuid: string; segs: Record<string, string> }> {
  return [...xml.matchAll(/<tu\b[^>]*\btuid="([^"]*)"[^>]*>([\s\S]*?)<\/tu>/g)].map((m) => ({
    tuid: m[1],
    segs: Object.fromEntries([...m[2].matchAll(/<tuv xml:lang="([^"]*)"[^>]*>[\s\S]*?<seg>([\s\S]*?)<\/seg>/g)].map((v) => [v[1], v[2]])),
  }));
}

describe('a multilingual TMX whose units lack the pivot language', () => {
  const file = 'multilingual-gaps.tmx';
  const trip = (xml: string) => {
    const r = importTmx(xml, file);
    if (!r.ok) throw new Error(r.message);
    return exportTmx(exportInputOf(projectFromBilingual(r, file), 0, 'all', 't'));
  };

  it('keeps each unit whole: its languages stay together, in the file order, under its tuid', () => {
    const original = tmxUnits(read(file));
    const once = trip(read(file));
    expect(tmxUnits(once)).toEqual(original);
    if (canValidate()) expect(xmllint(once, 'tmx')).toMatchObject({ status: 0, output: '' });
    // the unit's own attributes stay on it
    expect(once).toMatch(/<tu tuid="t2" creationid="ana"/);
    expect(tmxUnits(trip(once))).toEqual(original);
  });

  it('without the unpaired rows of the checked pair, the other languages of those units stay whole and in place', () => {
    const r = importTmx(read(file), file);
    if (!r.ok) throw new Error(r.message);
    const xml = exportTmx(exportInputOf(projectFromBilingual(r, file), 0, 'all', 't'), { includeUnpaired: false });
    // t2's id text (no en) is left out with its row (counted in the header); its fr and de stay one unit, in place
    expect(tmxUnits(xml).map((u) => [u.tuid, Object.keys(u.segs).sort().join(' ')])).toEqual([
      ['t1', 'de en fr id'],
      ['t2', 'de fr'],
      ['t3', 'de fr'],
      ['t4', 'de en id'],
    ]);
  });
});

/** The units of an XLIFF 2 text: id, group path and segment count, in order. */
function unitsOf(xml: string): Array<{ id: string; groups: string[]; segments: number }> {
  const out: Array<{ id: string; groups: string[]; segments: number }> = [];
  const groups: string[] = [];
  const re = /<(\/?)(group|unit|segment)\b([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const [, close, tag, attrs, selfClosing] = m;
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (tag === 'group' && !close && !selfClosing) groups.push(id);
    else if (tag === 'group' && close) groups.pop();
    else if (tag === 'unit' && !close) out.push({ id, groups: groups.slice(), segments: 0 });
    else if (tag === 'segment' && !close) out[out.length - 1].segments++;
  }
  return out;
}

/** Each note's text with the element it sits in (`file`, `group:ID`, `unit:ID`). */
function noteLevels(xml: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  const re = /<(\/?)(file|group|unit)\b([^>]*?)(\/?)>|<note\b[^>]*>([^<]*)<\/note>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[5] !== undefined) out.push(`${stack[stack.length - 1]} ${m[5]}`);
    else if (m[1]) stack.pop();
    else if (!m[4]) stack.push(m[2] === 'file' ? 'file' : `${m[2]}:${/\bid="([^"]*)"/.exec(m[3])?.[1] ?? ''}`);
  }
  return out.sort();
}

describe('XLIFF 2 groups and multi-segment units through Selaras', () => {
  const file = 'groups-segments.xlf';
  const roundTrip = (xml: string) => {
    const r = importXliff(xml, file);
    if (!r.ok) throw new Error(r.message);
    return { r, xml: exportXliff(exportInputOf(projectFromBilingual(r, file), 0, 'all', 't')) };
  };

  it('keeps the units, their ids, groups and segments, and each group note in its group', () => {
    const original = read(file);
    const once = roundTrip(original);
    expect(once.r.stats.units).toBe(3);
    expect(unitsOf(once.xml)).toEqual(unitsOf(original));
    expect(unitsOf(once.xml)).toEqual([
      { id: 'title', groups: ['intro'], segments: 1 },
      { id: 'cargo', groups: ['intro', 'figures'], segments: 3 },
      { id: 'close', groups: [], segments: 2 },
    ]);
    expect(noteLevels(once.xml)).toEqual(noteLevels(original));
    if (canValidate()) expect(xmllint(once.xml, 'xliff21')).toMatchObject({ status: 0, output: '' });
    // The untranslated third segment stays untranslated.
    // (segments that had no state keep none, translated or not: `initial` is the default, `translated` was invented)
    expect(once.xml).toMatch(/<segment id="s1">\s*<source>Cargo rose/);
    expect(once.xml).toMatch(/<segment id="s3">\s*<source>Fees stayed at [^\n]*<\/source>\s*<\/segment>/);
    // A second trip through Selaras (now its own file) changes nothing.
    const twice = roundTrip(once.xml);
    expect(twice.r.stats.units).toBe(3);
    expect(unitsOf(twice.xml)).toEqual(unitsOf(original));
    expect(noteLevels(twice.xml)).toEqual(noteLevels(original));
    expect(content(twice.r)).toEqual(content(once.r));
  });

  it('a unit note covers all its segments; a group note remembers its group', () => {
    const r = importXliff(read(file), file);
    if (!r.ok) throw new Error(r.message);
    const note = r.annotations.find((a) => a.note === 'Tonnes, not tons.')!;
    expect(note.target.type === 'span' && r.versions[0].text.slice(note.target.start, note.target.end)).toBe(
      'Cargo rose to 4 million tonnes. Ships waited 3 days. Fees stayed at 12 euros.'.replace(/\. /g, '.\n'),
    );
    expect(r.annotations.find((a) => a.note === 'Figures block: check every number.')).toMatchObject({ group: 'figures' });
  });

  it('the units and groups survive saving the project as .selaras and opening it again', () => {
    const r = importXliff(read(file), file);
    if (!r.ok) throw new Error(r.message);
    const text = serializeProject(projectFromBilingual(r, file), { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' });
    const opened = parseProject(text, { name: 'port.selaras' });
    if (!opened.ok) throw new Error(opened.error.message);
    const xml = exportXliff(exportInputOf(opened.project, 0, 'all', 't'));
    expect(unitsOf(xml)).toEqual(unitsOf(read(file)));
    expect(noteLevels(xml)).toEqual(noteLevels(read(file)));
  });
});

describe('a file with very long fields', () => {
  it('whatever opens can be saved: a base64 image in a <ph>, a long note and prop, a long tuid', () => {
    const image = `&lt;img src="data:image/png;base64,${'QUJD'.repeat(40_000)}"/&gt;`;
    const tuid = `u-${'x'.repeat(2_000)}`;
    const tmx =
      '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>' +
      `<tu tuid="${tuid}"><prop type="x-long">${'p'.repeat(150_000)}</prop><note>${'n'.repeat(150_000)}</note>` +
      `<tuv xml:lang="en"><seg>It cost 5 euros <ph x="1">${image}</ph>.</seg></tuv><tuv xml:lang="id"><seg>Harganya 5 euro <ph x="1">${image}</ph>.</seg></tuv></tu></body></tmx>`;
    const r = importTmx(tmx, 'big.tmx');
    if (!r.ok) throw new Error(r.message);
    const p = projectFromBilingual(r, 'big.tmx');
    const opened = parseProject(serializeProject(p, { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2024-03-13T10:00:00.000Z' }), { name: 'big.selaras' });
    if (!opened.ok) throw new Error(opened.error.message);
    const out = exportTmx(exportInputOf(opened.project, 0, 'all', 't'));
    expect(out).toContain(`tuid="${tuid}"`);
    expect(out).toContain(image);
    expect(out).toContain('p'.repeat(150_000));
    expect(out).toContain('n'.repeat(150_000));
  });
});

describe('TMX header and unit details other tools write', () => {
  const tmxOf = (header: string, body: string) =>
    `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" ${header}><prop type="defdomain"></prop></header><body>${body}</body></tmx>`;
  const trip = (tmx: string) => {
    const r = importTmx(tmx, 'm.tmx');
    if (!r.ok) throw new Error(r.message);
    return exportTmx(exportInputOf(projectFromBilingual(r, 'm.tmx'), 0, 'all', 't'));
  };
  it('srclang="*all*" stays, and a unit gets the source language its file gave it or none', () => {
    const out = trip(
      tmxOf(
        'srclang="*all*"',
        '<tu tuid="1"><tuv xml:lang="en"><seg>It has 300 staff.</seg></tuv><tuv xml:lang="id"><seg>Ada 300 staf.</seg></tuv></tu>' +
          '<tu tuid="2" srclang="id"><tuv xml:lang="id"><seg>Harga naik Rp 5.000.</seg></tuv><tuv xml:lang="en"><seg>The price rose Rp 5,000.</seg></tuv></tu>',
      ),
    );
    expect(out).toMatch(/<header [^>]*srclang="\*all\*"/);
    expect(out).toMatch(/<tu tuid="1">/);
    expect(out).toMatch(/<tu tuid="2" srclang="id">/);
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
  });
  it('a unit without text in the first language has its source in the second', () => {
    const out = trip(tmxOf('srclang="en"', '<tu tuid="1"><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="id"><seg>Satu.</seg></tuv></tu><tu tuid="2"><tuv xml:lang="id"><seg>Hanya 9 kapal.</seg></tuv></tu>'));
    expect(out).toMatch(/<tu tuid="2" srclang="id">/);
  });
  it('empty props of header, unit and variant are written back (memoQ writes them)', () => {
    const out = trip(tmxOf('srclang="en"', '<tu tuid="1"><prop type="subject"></prop><tuv xml:lang="en"><prop type="x-note"></prop><seg>It has 300 staff.</seg></tuv><tuv xml:lang="id"><seg>Ada 300 staf.</seg></tuv></tu>'));
    for (const type of ['defdomain', 'subject', 'x-note']) expect(out).toContain(`<prop type="${type}"></prop>`);
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0, output: '' });
  });
});

describe('a TMX variant with an empty <seg> (a translation still to be made)', () => {
  const EMPTY =
    '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" srclang="en" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>' +
    '<tu tuid="t1"><tuv xml:lang="en"><seg>Seven boats left.</seg></tuv><tuv xml:lang="fr-FR"><seg></seg></tuv><tuv xml:lang="es"><seg/></tuv></tu>' +
    '<tu tuid="t2"><tuv xml:lang="en"><seg>Two came back.</seg></tuv><tuv xml:lang="fr-FR"><seg>Deux sont revenus.</seg></tuv><tuv xml:lang="es"><seg>Dos volvieron.</seg></tuv></tu></body></tmx>';
  const open = (xml: string, name: string) => {
    const r = importTmx(xml, name);
    if (!r.ok) throw new Error(r.message);
    return projectFromBilingual(r, name);
  };

  it('is written back empty, in side B and in a further language, through a saved project and a second trip', () => {
    const saved = parseProject(serializeProject(open(EMPTY, 'e.tmx'), { app: { name: 'Selaras', version: 't' } }), { name: 'e.selaras' });
    if (!saved.ok) throw new Error(saved.error.message);
    const out = exportTmx(exportInputOf(saved.project, 0, 'all', 't'));
    const t1 = out.slice(out.indexOf('tuid="t1"'), out.indexOf('tuid="t2"'));
    expect(t1).toContain('<tuv xml:lang="fr-FR"><seg></seg></tuv>');
    expect(t1).toContain('<tuv xml:lang="es"><seg></seg></tuv>');
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0 });
    const again = exportTmx(exportInputOf(open(out, 'e2.tmx'), 0, 'all', 't'));
    expect(again.match(/<seg><\/seg>/g)).toHaveLength(2);
    expect(again).toContain('<seg>Dos volvieron.</seg>');
  });

  it('an empty variant of the source language is written back too', () => {
    const xml = EMPTY.replace('<tuv xml:lang="en"><seg>Seven boats left.</seg></tuv>', '<tuv xml:lang="en"><seg/></tuv>').replace('<tuv xml:lang="fr-FR"><seg></seg></tuv>', '<tuv xml:lang="fr-FR"><seg>Sept bateaux.</seg></tuv>');
    const out = exportTmx(exportInputOf(open(xml, 'e.tmx'), 0, 'all', 't'));
    const t1 = out.slice(out.indexOf('tuid="t1"'), out.indexOf('tuid="t2"'));
    expect(t1).toContain('<tuv xml:lang="en"><seg></seg></tuv>');
    expect(t1).toContain('<seg>Sept bateaux.</seg>');
    if (canValidate()) expect(xmllint(out, 'tmx')).toMatchObject({ status: 0 });
  });

  it('only the variant that was empty is written empty (a side B with text keeps it)', () => {
    const r = importTmx(EMPTY.replace('<tuv xml:lang="fr-FR"><seg></seg></tuv>', '<tuv xml:lang="fr-FR"><seg>Sept bateaux sont partis.</seg></tuv>'), 'e.tmx');
    if (!r.ok) throw new Error(r.message);
    const out = exportTmx(exportInputOf(projectFromBilingual(r, 'e.tmx'), 0, 'all', 't'));
    expect(out).toContain('<seg>Sept bateaux sont partis.</seg>');
    expect(out.match(/<seg><\/seg>/g)).toHaveLength(1);
  });
});
