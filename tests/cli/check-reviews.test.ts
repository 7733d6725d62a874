/**
 * `selaras check FILE` of a file that holds a project: each mismatch carries the verdict and notes the user gave it
 * there (`verdict`, `notes`: added fields), and a mismatch the user dismissed (acceptable, false alarm) is no drift
 * found for the exit code.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fx, selaras } from './run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-reviews-'));

describe('check of a reviewed project', () => {
  it('carries the verdicts and notes, and exits 0 once every drift is dismissed', () => {
    const file = path.join(tmp, 'p.selaras');
    expect(selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--save', file).code).toBe(1);
    const first = JSON.parse(selaras('check', file, '--json').stdout);
    const drifts = first.mismatches.filter((m: { level?: string }) => (m.level ?? 'drift') === 'drift');
    expect(drifts.length).toBeGreaterThan(0);
    expect(first.mismatches.every((m: { verdict?: string }) => m.verdict === undefined)).toBe(true);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const now = '2026-12-05T06:00:00.000Z';
    const note = (m: { key: string }, i: number, verdict: string) => ({
      id: `a${i + 1}`,
      target: { type: 'mismatch', key: m.key, a: 0, b: 1 },
      verdict,
      category: 'numbers',
      severity: 'major',
      note: i === 0 ? 'Dicek ke\\nredaksi.' : '',
      author: '',
      created: now,
      modified: now,
    });
    // all but the first dismissed: still a drift found
    doc.project.annotations = drifts.map((m: { key: string }, i: number) => note(m, i, i === 0 ? 'confirmed' : 'false-alarm'));
    writeFileSync(file, JSON.stringify(doc));
    const reviewed = selaras('check', file, '--json');
    expect(reviewed.code).toBe(1);
    const out = JSON.parse(reviewed.stdout).mismatches.filter((m: { key: string }) => drifts.some((d: { key: string }) => d.key === m.key));
    expect(out[0]).toMatchObject({ verdict: 'confirmed', notes: ['Dicek ke\\nredaksi.'] });
    expect(out.slice(1).every((m: { verdict?: string }) => m.verdict === 'false-alarm')).toBe(true);
    // every drift dismissed: exit 0, the text output says how each was reviewed
    doc.project.annotations = drifts.map((m: { key: string }, i: number) => note(m, i, i === 0 ? 'acceptable' : 'false-alarm'));
    writeFileSync(file, JSON.stringify(doc));
    const text = selaras('check', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[acceptable: Dicek ke\\nredaksi.]');
    expect(text.stdout).toContain(`; ${drifts.length} dismissed by the user`);
    // a batch job of the file says the same
    const jobs = path.join(tmp, 'jobs.jsonl');
    writeFileSync(jobs, `${JSON.stringify({ id: 'j1', file })}\n`);
    const batch = selaras('batch', jobs);
    expect(batch.code).toBe(0);
    const line = JSON.parse(batch.stdout.trim().split('\n')[0]);
    expect(line.mismatches.filter((m: { verdict?: string }) => m.verdict === 'acceptable')).toHaveLength(1);
  });
});

describe('check of a project whose text changed under its verdicts', () => {
  it('lists the verdicts and notes on no mismatch now (text, and `detached` in the JSON)', () => {
    const file = path.join(tmp, 'edited.selaras');
    selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--save', file);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const first = JSON.parse(selaras('check', file, '--json').stdout).mismatches[0];
    const now = '2026-12-05T06:00:00.000Z';
    // a verdict on a mismatch whose figure is not found now (as after an edit in another tool)
    const gone = { ...first, key: first.key.replace(/@(\d+)-(\d+)/, (_: string, s: string, e: string) => `@${Number(s) + 1000}-${Number(e) + 1000}`) };
    doc.project.annotations = [
      { id: 'a1', target: { type: 'mismatch', key: gone.key, a: 0, b: 1 }, verdict: 'confirmed', category: 'numbers', severity: 'major', note: 'Dicek ke redaksi.', author: '', created: now, modified: now },
    ];
    writeFileSync(file, JSON.stringify(doc));
    const json = JSON.parse(selaras('check', file, '--json').stdout);
    expect(json.detached).toEqual([{ id: 'a1', verdict: 'confirmed', note: 'Dicek ke redaksi.', about: expect.stringContaining('|') }]);
    const text = selaras('check', file);
    expect(text.stdout).toContain('+ 1 verdict or note on no mismatch now');
    expect(text.stdout).toContain('a1\t[confirmed: Dicek ke redaksi.]');
    // a project without one: no field, no line
    doc.project.annotations = [];
    writeFileSync(file, JSON.stringify(doc));
    expect(JSON.parse(selaras('check', file, '--json').stdout).detached).toBeUndefined();
  });
});

describe('--pair on a project of three versions', () => {
  it('checks and exports the pair it names, by version numbers or names; a pair not aligned is refused with the list', async () => {
    const { createProject } = await import('../../shared/project/create');
    const { serializeProject } = await import('../../shared/project/schema');
    const one = { mode: 'parallel' as const, beads: [{ a: [0], b: [0], score: 1 }] };
    const project = createProject(
      [
        { name: 'asli.txt', text: 'Sebanyak 1.200 relawan dikirim.', lang: 'id' },
        { name: 'en.txt', text: 'As many as 1,200 volunteers were sent.', lang: 'en' },
        { name: 'ulang.txt', text: 'Sebanyak 1.500 relawan dikirim.', lang: 'id' },
      ],
      [one, one],
    );
    const file = path.join(tmp, 'three.selaras');
    writeFileSync(file, serializeProject(project, { app: { name: 'Selaras', version: 'test' } }));
    expect(selaras('check', file).code).toBe(0);
    const third = selaras('check', file, '--pair', '1,3', '--json');
    expect(third.code).toBe(1);
    expect(JSON.parse(third.stdout).mismatches.map((m: { kind: string }) => m.kind)).toEqual(['value']);
    expect(selaras('check', file, '--pair', 'asli.txt,ulang.txt').code).toBe(1);
    expect(selaras('check', file, '--pair', '3,1').code).toBe(1);
    const refused = selaras('check', file, '--pair', '2,3');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('1,3 (asli.txt, ulang.txt)');
    const out = path.join(tmp, 'three13.tmx');
    expect(selaras('export', file, '--pair', '1,3', '--to', 'tmx', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('1.500 relawan');
    // a batch job of the file takes the same "pair"
    const jobs = path.join(tmp, 'three.jsonl');
    writeFileSync(jobs, [{ id: 'first', file }, { id: 'p13', file, pair: '3,1' }, { id: 'p23', file, pair: '2,3' }].map((j) => JSON.stringify(j)).join('\n') + '\n');
    const batch = selaras('batch', jobs);
    const lines = new Map(batch.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r]));
    expect(lines.get('first').mismatches).toEqual([]);
    expect(lines.get('p13').mismatches.map((m: { kind: string }) => m.kind)).toEqual(['value']);
    expect(lines.get('p23').error).toContain('1,3 (asli.txt, ulang.txt)');
  });
});

describe('check of a saved project whose alignment drops a sentence', () => {
  it('reports the dropped sentence’s figures as missing drifts, as the app does (a one-sided bead of the aligner is no untranslated unit)', async () => {
    const { createProject } = await import('../../shared/project/create');
    const { serializeProject } = await import('../../shared/project/schema');
    const project = createProject(
      [
        { name: 'a.txt', text: 'Sebanyak 1.200 relawan dikirim. Mereka membawa 35 perahu.', lang: 'id' },
        { name: 'b.txt', text: 'As many as 1,200 volunteers were sent.', lang: 'en' },
      ],
      [{ mode: 'parallel', beads: [{ a: [0], b: [0], score: 1 }, { a: [1], b: [], score: 0.5 }] }],
    );
    const file = path.join(tmp, 'dropped.selaras');
    writeFileSync(file, serializeProject(project, { app: { name: 'Selaras', version: 'test' } }));
    const r = selaras('check', file, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.mismatches.map((m: { kind: string; aFigure?: { text: string } }) => `${m.kind}:${m.aFigure?.text}`)).toEqual(['missing:35 perahu']);
    expect(json.untranslated).toEqual([]);
  });
});

describe('check of a file whose own comments sit on a drifting figure', () => {
  it('lists the comment among the mismatch notes, without a verdict', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
  <file original="r.docx" datatype="x-memoq" source-language="id" target-language="en"><body>
    <trans-unit id="1"><source>Sebanyak 1.200 warga mengungsi.</source><target>Some 1,500 residents fled.</target>
      <mq:comments><mq:comment id="c1" creatoruser="ed" appliesto="Target" deleted="False">check 1,500</mq:comment></mq:comments>
    </trans-unit>
  </body></file>
</xliff>`;
    const file = path.join(tmp, 'comment.mqxliff');
    writeFileSync(file, xml);
    const r = selaras('check', file, '--json');
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout).mismatches[0];
    expect(m.notes).toEqual(['check 1,500']);
    expect(m.verdict).toBeUndefined();
    expect(selaras('check', file).stdout).toContain('[note: check 1,500]');
  });
});
