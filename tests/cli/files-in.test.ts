/**
 * The command line reads the files the app opens: Word, HTML and Markdown versions through the
 * app's importers, and TMX, XLIFF and `.selaras` files, which hold versions already aligned,
 * checked unit by unit as the file pairs them.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { fx, root, selaras } from './run';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-files-in-'));
const file = (name: string, data: string | Uint8Array) => {
  const p = path.join(tmp, name);
  writeFileSync(p, data);
  return p;
};

/** A minimal Word document, one paragraph per line. */
function docx(lines: string[]): Uint8Array {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(types), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(doc) });
}

const ID = ['Pemerintah kota menyalurkan 4.500 paket bantuan pada 3 Maret 2025.', 'Biayanya mencapai Rp 1,2 miliar.'];
const EN_SAME = ['The city government handed out 4,500 aid packages on March 3, 2025.', 'It cost Rp 1.2 billion.'];
const EN_DRIFT = ['The city government handed out 5,400 aid packages on March 3, 2025.', 'It cost Rp 1.2 billion.'];

type Mismatch = { kind: string; level: string; a: number[]; b: number[]; note: string };

describe('versions in Word, HTML and Markdown files', () => {
  it('reads two Word documents as their text and finds the changed count', () => {
    const r = selaras('check', file('v.id.docx', docx(ID)), file('v.en.docx', docx(EN_DRIFT)), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ langA: 'id', langB: 'en' });
    const values = out.mismatches.filter((m: Mismatch) => m.kind === 'value');
    expect(values).toHaveLength(1);
    expect(values[0].note).toMatch(/4,500|4\.500/);
  });

  it('reads an HTML page without its markup: numbers in attributes and styles are no figures', () => {
    const html = `<!doctype html><html><head><style>p { margin: 12px }</style></head><body>
      <p style="width: 300px" data-id="77">${ID[0]}</p><p>${ID[1]}</p></body></html>`;
    const r = selaras('check', file('v.id.html', html), file('v.en.md', `# Aid\n\n${EN_SAME.join('\n\n')}\n`), '--json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.mismatches.filter((m: Mismatch) => m.level === 'drift')).toEqual([]);
    expect(r.code).toBe(0);
    const figures = JSON.parse(selaras('figures', path.join(tmp, 'v.id.html'), '--json').stdout).figures;
    expect(figures.map((f: { text: string }) => f.text).join(' ')).not.toMatch(/300|77|12/);
  });

  it('says what is wrong with a Word document that is not one, and exits 2', () => {
    const r = selaras('check', file('broken.docx', 'not a zip at all'), fx('short.en.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.docx.*not a Word document/);
  });
});

const tmx = (pairs: Array<[string, string]>) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="SomeTM" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/>
<body>${pairs.map(([a, b], i) => `<tu tuid="${i + 1}"><tuv xml:lang="id"><seg>${a}</seg></tuv><tuv xml:lang="en"><seg>${b}</seg></tuv></tu>`).join('\n')}</body></tmx>`;

describe('one file holding both versions (TMX, XLIFF, a saved project)', () => {
  it('checks each unit of a TMX against its own pair, without re-aligning', () => {
    // Unit 2's English renders unit 3 and unit 3's renders unit 2: re-aligning might pair them; the file does not.
    const units: Array<[string, string]> = [
      [ID[0], EN_SAME[0]],
      ['Sebanyak 12 sekolah ditutup.', 'Some 30 clinics stayed open.'],
      ['Sebanyak 30 klinik tetap buka.', 'Some 12 schools were closed.'],
    ];
    const r = selaras('check', file('memory.tmx', tmx(units)), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.beads.map((b: { a: number[]; b: number[] }) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(out.mismatches.some((m: Mismatch) => m.a.includes(0) && m.level === 'drift')).toBe(false);
    expect(out.mismatches.some((m: Mismatch) => m.a.includes(1) && m.level === 'drift')).toBe(true);
  });

  it('exits 0 on a TMX whose units render their figures correctly, and prints the file in its title', () => {
    const r = selaras('check', file('clean.tmx', tmx([[ID[0], EN_SAME[0]], [ID[1], EN_SAME[1]]])));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/clean\.tmx \(id vs en\): 0 mismatches/);
  });

  it('keeps the notes of an XLIFF file in the project --save writes', () => {
    const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
 <file id="f1"><unit id="u1"><notes><note>checked against the ministry's release</note></notes>
  <segment><source>${ID[0]}</source><target>${EN_DRIFT[0]}</target></segment></unit>
 <unit id="u2"><segment><source>${ID[1]}</source><target>${EN_DRIFT[1]}</target></segment></unit></file></xliff>`;
    const saved = path.join(tmp, 'from-xliff.selaras');
    const r = selaras('check', file('job.xlf', xlf), '--save', saved, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).mismatches.some((m: Mismatch) => m.kind === 'value')).toBe(true);
    const project = readFileSync(saved, 'utf8');
    expect(project).toContain("checked against the ministry's release");
    // The saved project checks again, alone, to the same mismatches.
    const again = selaras('check', saved, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).mismatches).toEqual(JSON.parse(r.stdout).mismatches);
  });

  it('checks a saved project of two plain files alone to the same result as the two files', () => {
    const saved = path.join(tmp, 'pair.selaras');
    const first = selaras('check', fx('short.id.txt'), fx('drifted.en.txt'), '--save', saved, '--json');
    const again = selaras('check', saved, '--json');
    expect(again.code).toBe(first.code);
    expect(JSON.parse(again.stdout).mismatches).toEqual(JSON.parse(first.stdout).mismatches);
  });

  it('refuses a TMX given as one of two versions, saying what to run instead', () => {
    const r = selaras('check', path.join(tmp, 'clean.tmx'), fx('short.en.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/clean\.tmx: a TMX\/XLIFF file holds the versions already aligned; check it on its own \(selaras check .*clean\.tmx\)/);
    expect(r.stdout).toBe('');
  });

  it('asks for two files when the one given holds a single version', () => {
    const r = selaras('check', fx('short.en.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected 2 files, or one TMX, XLIFF or \.selaras file/);
  });
});

describe('a reader that stops early', () => {
  it('ends the command quietly when the pipe closes (selaras check … | head -1)', async () => {
    const big = file('long.en.txt', `${EN_DRIFT.join(' ')}\n`.repeat(400));
    const other = file('long.id.txt', `${ID.join(' ')}\n`.repeat(400));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'check', other, big, '--lines'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect([0, 1]).toContain(code);
  }, 60_000);
});

describe('selaras inspect counts what opening a file keeps', () => {
  it("a reviewer's comment mark (no <note> element) is one annotation", () => {
    const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
 <file id="f1"><unit id="u1"><segment><source>${ID[0]}</source><target>The city handed out <mrk id="m1" type="comment" value="check the count">5,400 packages</mrk> on March 3, 2025.</target></segment></unit></file></xliff>`;
    const out = JSON.parse(selaras('inspect', file('comment.xlf', xlf), '--json').stdout);
    expect(out.notes).toEqual({ header: 0, file: 0, group: 0, unit: 0, variant: 0 });
    expect(out.annotations).toBe(1);
  });
});
