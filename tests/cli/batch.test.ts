import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fx = (name: string) => path.join(root, 'tests/fixtures/cli', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-batch-'));

/** Runs the CLI from source (tsx); `input` goes to stdin. */
function selaras(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const results = (stdout: string) => new Map(stdout.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id ?? `line${r.line}`, r]));

describe('selaras batch', () => {
  it('writes, for each job, the JSON of check with its id; bad jobs get an error line and the rest still run', () => {
    const jobs = [
      { id: 'files', a: fx('short.id.txt'), b: fx('short.en.txt') },
      { id: 'missing', a: fx('no-such-file.txt'), b: fx('short.en.txt') },
      'this line is not JSON',
      { id: 'texts', aText: 'Sebanyak 6.000 tentara dikirim ke perbatasan.', bText: 'Some 7,000 soldiers were sent to the border.', langA: 'id', langB: 'en' },
      { id: 'badlang', aText: 'Satu.', bText: 'One.', langA: 'français' },
      { a: fx('short.id.txt'), b: fx('short.en.txt') },
    ];
    const file = path.join(tmp, 'jobs.jsonl');
    writeFileSync(file, jobs.map((j) => (typeof j === 'string' ? j : JSON.stringify(j))).join('\n') + '\n');
    const r = selaras(['batch', file, '--jobs', '2']);
    expect(r.code).toBe(2); // some jobs failed
    const out = results(r.stdout);
    expect(out.size).toBe(6);
    const check = JSON.parse(selaras(['check', fx('short.id.txt'), fx('short.en.txt'), '--json']).stdout);
    expect(out.get('files')).toEqual({ id: 'files', ...check });
    expect(out.get('missing').error).toMatch(/no such file/);
    expect(out.get('line3').error).toMatch(/line 3: not valid JSON/);
    expect(out.get('line6').error).toMatch(/needs an "id"/);
    expect(out.get('badlang').error).toMatch(/langA/);
    const texts = out.get('texts');
    expect(texts.langA).toBe('id');
    expect(texts.mismatches.some((m: { kind: string }) => m.kind === 'value')).toBe(true);
    expect(r.stderr).toMatch(/batch: 6 done, 4 failed/);
  });

  it('reads stdin and exits 1 when a job finds mismatches, 0 when none does', () => {
    const same = JSON.stringify({ id: 'ok', a: fx('short.id.txt'), b: fx('short.en.txt') });
    const ok = selaras(['batch', '--jobs', '1'], `${same}\n`);
    expect(ok.stderr).toMatch(/1 done, 0 failed/);
    expect(ok.code).toBe(0);
    const drift = JSON.stringify({ id: 'drift', aText: 'Sebanyak 6.000 tentara dikirim.', bText: 'Some 7,000 soldiers were sent.', langA: 'id', langB: 'en' });
    const bad = selaras(['batch', '-'], `${same}\n${drift}\n`);
    expect(bad.code).toBe(1);
    expect(results(bad.stdout).get('drift').mismatches.length).toBeGreaterThan(0);
  });

  it('checks a TMX job ("file") unit by unit, as check FILE does; "file" with "a" or a plain text file is a job error', () => {
    const tmx = path.join(tmp, 'memory.tmx');
    writeFileSync(
      tmx,
      `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/><body>
<tu><tuv xml:lang="id"><seg>Sebanyak 6.000 tentara dikirim.</seg></tuv><tuv xml:lang="en"><seg>Some 7,000 soldiers were sent.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Anggaran mencapai Rp 2,5 triliun.</seg></tuv><tuv xml:lang="en"><seg>The budget reached Rp 2.5 trillion.</seg></tuv></tu></body></tmx>`,
    );
    const jobs = [
      { id: 'tmx', file: tmx },
      { id: 'both', file: tmx, a: fx('short.id.txt') },
      { id: 'plain', file: fx('short.id.txt') },
    ];
    const r = selaras(['batch', '--jobs', '1'], jobs.map((j) => JSON.stringify(j)).join('\n') + '\n');
    const out = results(r.stdout);
    const check = JSON.parse(selaras(['check', tmx, '--json']).stdout);
    expect(out.get('tmx')).toEqual({ id: 'tmx', ...check });
    expect(check.beads).toHaveLength(2);
    expect(check.mismatches.some((m: { kind: string; a: number[] }) => m.kind === 'value' && m.a[0] === 0)).toBe(true);
    expect(out.get('both').error).toMatch(/give "file" alone/);
    expect(out.get('plain').error).toMatch(/"file" must be a TMX, XLIFF or \.selaras file/);
  });

  it('a job\'s "langB" names the target language an XLIFF file does not give, as check --lang-b does', () => {
    const xlf = path.join(tmp, 'no-target.xlf');
    writeFileSync(
      xlf,
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" datatype="plaintext"><body>' +
        '<trans-unit id="1"><source>Rain fell for 3 days.</source><target>Il a plu pendant 3 jours.</target></trans-unit></body></file></xliff>',
    );
    const r = selaras(['batch', '--jobs', '1'], `${JSON.stringify({ id: 'fr', file: xlf, langB: 'fr' })}\n`);
    expect(results(r.stdout).get('fr').langTagB).toBe('fr');
  });

  it('reports a missing input file and a bad --jobs as usage errors', () => {
    expect(selaras(['batch', path.join(tmp, 'none.jsonl')]).stderr).toMatch(/no such file/);
    const r = selaras(['batch', '--jobs', '0'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});
