/**
 * The round-trip matrix: a rich file of each kind another tool might write (TMX, XLIFF 2.1,
 * XLIFF 1.2: several languages, a right-to-left and a non-Latin script, inline codes, notes at
 * every level, props, ids, names, dates, entities, emoji, CDATA) is imported, reviewed (a
 * verdict, a category and a note on a mismatch), exported to each format, checked against the
 * schema and imported again. Nothing may be lost: text, codes, notes, ids, attributes,
 * languages, and the review attached to the same figure. Exporting the re-imported file gives
 * the same bytes again.
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
import type { ImportedBilingual } from '../../../shared/formats/types';
import type { Project } from '../../../shared/project/types';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import { canValidate, xmllint } from './helpers';

const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const NOW = '2024-05-06T07:08:09.000Z';

const EXPORTERS = {
  tmx: { write: exportTmx, schema: 'tmx' as const, format: 'tmx' },
  'xliff 2.1': { write: exportXliff, schema: 'xliff21' as const, format: 'xliff-2' },
  'xliff 1.2': { write: exportXliff12, schema: 'xliff12' as const, format: 'xliff-1.2' },
};

function load(file: string): ImportedBilingual {
  const r = importBilingual(readFileSync(path.join(FIX, file), 'utf8'), file);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The imported project with a review: the first mismatch confirmed with a category and a note, the second dismissed. */
function reviewed(file: string): Project {
  const project = projectFromBilingual(load(file), file);
  const { comparison } = exportInputOf(project, 0, 'all', 't', NOW);
  expect(comparison.mismatches.length, `${file} has mismatches to review`).toBeGreaterThanOrEqual(2);
  const [m1, m2] = comparison.mismatches;
  const at = '2024-05-01T00:00:00.000Z';
  const note = (id: string, key: string, verdict: 'confirmed' | 'false-alarm', category: 'numbers' | 'other', text: string) => ({
    id,
    target: { type: 'mismatch' as const, key },
    verdict,
    category,
    severity: 'major' as const,
    note: text,
    author: 'Dewi',
    created: at,
    modified: at,
  });
  return {
    ...project,
    annotations: [
      ...project.annotations,
      note('r1', m1.key, 'confirmed', 'numbers', 'Cek ulang: 1,2 juta & <b> "kutipan" 🚢 مليون'),
      note('r2', m2.key, 'false-alarm', 'other', 'Bukan masalah.'),
    ],
  };
}

/** Code placeholders shown as their kind and data, so that texts with codes compare. */
function shown(v: { sentences: string[]; codes?: Array<{ kind: string; data?: string }> }): string[] {
  return v.sentences
    .filter((s) => s !== '')
    .map((s) =>
      s.replace(/[\uE000-\uF8FF]/g, (ch) => {
        const c = v.codes?.[ch.charCodeAt(0) - 0xe000];
        return c ? `{${c.kind}${c.data ? `:${c.data}` : ''}}` : ch;
      }),
    );
}

/** What a project holds that a round trip must keep. */
function held(p: Project) {
  const input = exportInputOf(p, 0, 'all', 't', NOW);
  const review = p.annotations
    .filter((a) => a.target.type === 'mismatch')
    .map((a) => {
      const key = a.target.type === 'mismatch' ? a.target.key : '';
      const m = input.comparison.mismatches.find((x) => x.key === key);
      // Attached to the same figure: the mismatch exists in the re-read texts, with the same figures and level.
      return { verdict: a.verdict, category: a.category, severity: a.severity, note: a.note, author: a.author, figures: m ? [m.kind, m.aFigure?.text, m.bFigure?.text, m.level ?? 'drift'] : null };
    });
  return {
    languages: p.versions.slice(0, 2).map((v) => v.langTag),
    texts: p.versions.slice(0, 2).map((v) => shown({ sentences: v.text.split('\n'), codes: v.codes })),
    beads: p.alignments[0].beads.map((b) => ({ a: b.a, b: b.b, confirmed: !!b.confirmed, origin: b.origin ?? null })),
    notes: p.annotations.filter((a) => a.target.type !== 'mismatch').map((a) => a.note).sort(),
    review,
    origin: p.origin ?? null,
  };
}

describe.each(['rich.tmx', 'rich-2.1.xlf', 'rich-1.2.xlf', 'two-files-2.0.xlf'])('%s through every bilingual format', (file) => {
  const before = reviewed(file);
  const want = held(before);

  it('the fixture holds what a round trip could lose', () => {
    expect(want.review.every((r) => r.figures !== null)).toBe(true);
    expect(want.notes.length).toBeGreaterThanOrEqual(1);
    expect(want.beads.every((b) => b.origin?.unit)).toBe(true);
    expect(want.origin).not.toBeNull();
    const text = want.texts.flat().join('\n');
    expect(text).toMatch(/🚢/u);
    // A right-to-left or a non-Latin script (Arabic, Hebrew; Japanese).
    expect(text).toMatch(/[\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff]/);
    expect(text).toContain('&');
    expect(text).toContain('<');
    if (file !== 'two-files-2.0.xlf') expect(text).toMatch(/\{open|\{ph/);
  });

  it.each(Object.keys(EXPORTERS) as Array<keyof typeof EXPORTERS>)('→ %s → Selaras keeps everything', (to) => {
    const { write, schema, format } = EXPORTERS[to];
    const xml = write(exportInputOf(before, 0, 'all', 't', NOW));
    if (canValidate()) expect(xmllint(xml, schema)).toMatchObject({ status: 0, output: '' });
    const back = importBilingual(xml, `back.${schema}`);
    if (!back.ok) throw new Error(back.message);
    const reopened = projectFromBilingual(back, file);
    expect(held(reopened)).toEqual(want);
    // A multilingual TMX back to TMX keeps every language.
    if (to === 'tmx') expect(reopened.versions.map((v) => v.langTag)).toEqual(before.versions.map((v) => v.langTag));
    // The reopened project saves as a valid .selaras, its origin included.
    const saved = parseProject(serializeProject(reopened, { app: { name: 'Selaras', version: 't' } }));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.project.origin ?? null).toEqual(want.origin);
    expect(saved.project.alignments[0].beads.map((b) => b.origin ?? null)).toEqual(want.beads.map((b) => b.origin));
    // Nothing drifts on a second trip.
    expect(write(exportInputOf(reopened, 0, 'all', 't', NOW))).toBe(xml);
    // Written natively where the format is the file's own.
    if (want.origin?.format === format) expect(nativeIds(file)(xml)).toBe(true);
  });
});

/** The other tool's own ids and attributes, as they must appear in an export to its own format. */
function nativeIds(file: string): (xml: string) => boolean {
  const checks: Record<string, RegExp[]> = {
    'rich.tmx': [
      /<header [^>]*o-tmf="acme"[^>]*adminlang="en-GB"[^>]*datatype="xml"[^>]*creationid="mira"/,
      /<prop type="x-client">Harian Kita &amp; Co<\/prop>/,
      /<tu tuid="port-17"[^>]*usagecount="3"[^>]*creationdate="20230102T030405Z"[^>]*changedate="20230110T101010Z"/,
      /<prop type="x-project">P&amp;L 2023<\/prop>/,
      /<tuv xml:lang="en-GB" creationdate="20230102T030405Z">\s*<prop type="x-origin">editor<\/prop>/,
      /<tuv xml:lang="ar-EG" changeid="samir">/,
      /<tu tuid="port-18"/,
      /<tu tuid="42"/,
      // The break code stands between the sentences: no space is added after it.
      /<ph x="1" type="lb">&lt;br\/&gt;<\/ph>Exports fell/,
    ],
    'rich-2.1.xlf': [
      /<file id="doc-main" original="port.html"/,
      /<group id="sec-1" name="intro">/,
      /<unit id="tu-001" name="headline">/,
      /<segment id="seg-a" state="translated">/,
      /<segment id="seg-b" state="reviewed">/,
      /<segment id="s9"/,
      /<unit id="tu-003" name="untranslated">/,
      /<segment id="x1">/,
      // Notes keep their ids, their own categories and priorities.
      /<note id="fn1" category="instruction">Keep the numbers exactly &amp; check units.<\/note>/,
      /<note id="gn1">Intro section<\/note>/,
      /<note id="un1" priority="2" appliesTo="source">Headline &lt;h1&gt;<\/note>/,
      // The other tool's ITS issue is an ITS mark on its span again, not a note.
      /<mrk id="m1" type="its:generic" its:locQualityIssueType="terminology" its:locQualityIssueSeverity="50" its:locQualityIssueComment="crane or hoist\?">3 cranes<\/mrk>/,
    ],
    'two-files-2.0.xlf': [
      // Two files stay two files, each unit keeping its id (ids are unique per file only).
      /<file id="news" original="news.html"[^>]*>[\s\S]*<unit id="1" name="lead">[\s\S]*<unit id="2">[\s\S]*<\/file>\s*<file id="sidebar" original="sidebar.html"[^>]*>[\s\S]*<unit id="1">/,
      /<segment id="1" state="final">/,
    ],
    'rich-1.2.xlf': [
      /<file original="pelabuhan.docx"[^>]*datatype="x-docx"[^>]*product-name="Port"/,
      /<group id="chap1" resname="chapter">\s*<note[^>]*>Chapitre 1<\/note>/,
      /<trans-unit id="tu-7" resname="title"/,
      // (the byte limits a tool sets on a unit: `maxbytes` was dropped with a warning)
      /<trans-unit id="tu-7"[^>]* maxbytes="200"[^>]* minbytes="1"/,
      /<seg-source><mrk mtype="seg" mid="7a">/,
      /<target state="final"><mrk mtype="seg" mid="7a">/,
      /<g id="1">/,
      /<note annotates="target" priority="2" from="rev">/,
      /<trans-unit id="tu-8"/,
      /<trans-unit id="tu-9"/,
    ],
  };
  return (xml) => {
    for (const re of checks[file]) expect(xml).toMatch(re);
    return true;
  };
}
