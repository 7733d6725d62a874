import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fx, selaras } from './run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-cli-'));

describe('selaras segment', () => {
  it('prints sentences with offsets into the decoded text', () => {
    const r = selaras('segment', fx('short.id.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const text = readFileSync(fx('short.id.txt'), 'utf8');
    expect(out.lang).toBe('id');
    expect(out.sentences).toHaveLength(3);
    for (const s of out.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('--lines makes every line a sentence, empty ones included', () => {
    const out = JSON.parse(selaras('segment', fx('short.id.txt'), '--lines', '--json').stdout);
    expect(out.sentences.map((s: { text: string }) => s.text)).toEqual([
      'Kepala dinas mengatakan lebih dari 6.000 tentara dikirim pada 4 Juni 2024.',
      'Anggaran mencapai Rp 2,5 triliun.',
      '',
      'Sekitar 45 persen warga setuju.',
    ]);
  });
});

describe('selaras figures', () => {
  it('tells a Japanese text by its script and names it (langTag), reading its scale characters and dates', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-ja-'));
    const file = path.join(dir, 'ja.txt');
    writeFileSync(file, '政府は2024年6月4日、3万人を派遣した。');
    const r = selaras('figures', file, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.langTag).toBe('ja');
    expect(out.figures.map((f: { value: unknown }) => f.value)).toEqual(['2024-06-04', 30000]);
    expect(selaras('figures', file).stdout).toMatch(/\(ja\)/);
  });

  it('reads Indonesian figures with values, qualifiers and units', () => {
    const r = selaras('figures', fx('short.id.txt'), '--json');
    expect(r.code).toBe(0);
    const { lang, figures } = JSON.parse(r.stdout);
    expect(lang).toBe('id');
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sentence: 0, kind: 'count', value: 6000, qualifier: 'more-than', unit: 'tentara' }),
        expect.objectContaining({ sentence: 0, kind: 'date', value: '2024-06-04' }),
        expect.objectContaining({ sentence: 1, kind: 'money', value: 2.5e12, currency: 'IDR' }),
        expect.objectContaining({ kind: 'percent', value: 45 }),
      ]),
    );
  });
});

describe('selaras align', () => {
  it('covers every sentence of both files once, in order', () => {
    const r = selaras('align', fx('short.id.txt'), fx('short.en.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ langA: 'id', langB: 'en' });
    expect(out.beads.flatMap((b: { a: number[] }) => b.a)).toEqual([0, 1, 2]);
    expect(out.beads.flatMap((b: { b: number[] }) => b.b)).toEqual([0, 1, 2]);
    for (const b of out.beads) expect(b.score).toBeGreaterThanOrEqual(0);
  });
});

describe('selaras check', () => {
  it('exits 0 when a translation renders every figure correctly', () => {
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.mismatches).toEqual([]);
    expect(out.matches.length).toBeGreaterThanOrEqual(4);
    expect(r.code).toBe(0);
  });

  it('exits 1 and names each drift, and writes the report and the project', () => {
    const report = path.join(tmp, 'r.html');
    const project = path.join(tmp, 'p.selaras');
    const r = selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--json', '--report', report, '--save', project);
    expect(r.code).toBe(1);
    const kinds = JSON.parse(r.stdout).mismatches.map((m: { kind: string }) => m.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['date', 'qualifier', 'scale']));
    expect(readFileSync(report, 'utf8')).toMatch(/^(\uFEFF)?<!doctype html>/i);
    expect(readFileSync(report, 'utf8')).toMatch(/6,000|6\.000/);
    const exported = path.join(tmp, 'p.tmx');
    const e = selaras('export', project, '--to', 'tmx', '--out', exported);
    expect(e.stderr).toBe('');
    expect(e.code).toBe(0);
    expect(readFileSync(exported, 'utf8')).toContain('<tmx version="1.4">');
  });
});

describe('selaras ledger', () => {
  it('groups the figures of several versions', () => {
    const r = selaras('ledger', fx('short.id.txt'), fx('short.en.txt'), fx('drifted.en.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.versions.map((v: { lang: string }) => v.lang)).toEqual(['id', 'en', 'en']);
    const troops = out.groups.find((g: { what: string }) => g.what === 'troops');
    expect(troops.entries.map((e: { version: number }) => e.version).sort()).toEqual([0, 1, 2]);
  });

  it('puts a drifted figure beside the one it renders, whatever their words (the versions are aligned and compared)', () => {
    const a = path.join(tmp, 'ledger.id.txt');
    const b = path.join(tmp, 'ledger.en.txt');
    writeFileSync(a, 'Posko itu dijaga 36 relawan sejak Senin.\n\nHarga beras naik 12 persen bulan ini.\n\nSekitar 70 persen sawah terendam.\n');
    writeFileSync(b, 'The post has been staffed by 63 volunteers since Monday.\n\nRice prices rose 21 percent this month.\n\nAbout 70 percent of the paddy fields were flooded.\n');
    const r = selaras('ledger', a, b, '--json');
    expect(r.code).toBe(0);
    const groups = JSON.parse(r.stdout).groups as Array<{ consistent: boolean; entries: Array<{ figure: { text: string } }> }>;
    const of = (t: string) => groups.find((g) => g.entries.some((e) => e.figure.text === t))!;
    expect(of('36 relawan').entries.map((e) => e.figure.text)).toEqual(['36 relawan', '63 volunteers']);
    expect(of('36 relawan').consistent).toBe(false);
    expect(of('12 persen').entries.map((e) => e.figure.text)).toEqual(['12 persen', '21 percent']);
    expect(of('Sekitar 70 persen').entries.map((e) => e.figure.text)).toEqual(['Sekitar 70 persen', 'About 70 percent']);
    expect(of('Sekitar 70 persen').consistent).toBe(true);
  });
});

describe('check --lines --save', () => {
  it('saves a project whose versions keep their line segmentation', () => {
    const project = path.join(tmp, 'lines.selaras');
    const r = selaras('check', fx('short.id.txt'), fx('short.en.txt'), '--lines', '--save', project);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(readFileSync(project, 'utf8'));
    expect(doc.project.versions.map((v: { segmentation?: string }) => v.segmentation)).toEqual(['lines', 'lines']);
    const out = path.join(tmp, 'lines.csv');
    expect(selaras('export', project, '--to', 'csv', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Anggaran mencapai Rp 2,5 triliun.');
  });
});

describe('errors: exit 2, one line, nothing written', () => {
  const oneLine = (s: string) => s.trim().split('\n').length === 1;
  it('a missing file', () => {
    const r = selaras('figures', path.join(tmp, 'nope.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(oneLine(r.stderr)).toBe(true);
  });
  it('a binary file', () => {
    const bin = path.join(tmp, 'x.bin');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 255, 254, 0]));
    const r = selaras('segment', bin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.bin: not a text file/);
    expect(oneLine(r.stderr)).toBe(true);
  });
  it('a file that is not UTF-8', () => {
    const r = selaras('segment', fx('latin1.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
  });
  it('a bad option, and no report written when the command fails', () => {
    const report = path.join(tmp, 'never.html');
    const r = selaras('check', fx('short.id.txt'), path.join(tmp, 'missing.txt'), '--report', report);
    expect(r.code).toBe(2);
    expect(existsSync(report)).toBe(false);
    const bad = selaras('align', fx('short.id.txt'), fx('short.en.txt'), '--mode', 'sideways');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--mode must be one of parallel, comparable/);
    expect(selaras('frobnicate').code).toBe(2);
    const none = selaras();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no command given/);
  });
  it('no stack trace unless --debug', () => {
    const r = selaras('figures', path.join(tmp, 'nope.txt'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('UTF-16 with a BOM is decoded', () => {
    const f = path.join(tmp, 'u16.txt');
    writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sekitar 45 persen warga setuju.', 'utf16le')]));
    const out = JSON.parse(selaras('figures', f, '--json').stdout);
    expect(out.figures[0]).toMatchObject({ kind: 'percent', value: 45 });
  });
});
