/**
 * Throughput of the text core on a few MB of news text, one line per measurement:
 *
 *   segment id: 12.3 MB/s (4.4 MB in 0.36 s)
 *
 * Reads ../shared/benchmarks/panl-bppt/*.{id,en}.txt when present, otherwise synthesises text
 * from the segmentation fixtures; either is repeated to at least 4 MB per language. Best of 5 runs. Also times `extractFigures` from shared/figures when that
 * module exists. Then the command line (built dist/cli): start-up of each command, a 40-sentence
 * check, and `selaras batch` throughput. Run with `npx tsx scripts/bench.ts` (--no-cli, --cli-only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { segment } from '../shared/text';
import type { Lang, Sentence } from '../shared/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const panlDir = path.resolve(root, '..', 'shared', 'benchmarks', 'panl-bppt');
const TARGET_BYTES = 4_000_000;
const RUNS = 5;

/** News text per language: the PANL/BPPT corpus when present, else the fixtures repeated. */
function loadTexts(): Map<Lang, string> {
  const texts = new Map<Lang, string>();
  if (existsSync(panlDir)) {
    for (const lang of ['id', 'en'] as const) {
      const files = readdirSync(panlDir).filter((f) => f.endsWith(`.${lang}.txt`)).sort();
      const text = files.map((f) => readFileSync(path.join(panlDir, f), 'utf8')).join('\n\n');
      if (text) texts.set(lang, repeatTo(text, TARGET_BYTES));
    }
    if (texts.size) return texts;
  }
  console.log(`note: ${panlDir} not found; synthesising text from tests/fixtures/segment`);
  const corpus = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/segment/paragraphs.json'), 'utf8')) as {
    paragraphs: Array<{ lang: Lang; sentences: string[] }>;
  };
  for (const lang of ['id', 'en'] as const) {
    const block = corpus.paragraphs
      .filter((p) => p.lang === lang)
      .map((p) => p.sentences.join(' '))
      .join('\n\n');
    texts.set(lang, repeatTo(block, TARGET_BYTES));
  }
  return texts;
}

/** `text` repeated (blank-line separated) until it holds at least `bytes` UTF-8 bytes. */
function repeatTo(text: string, bytes: number): string {
  const copies = Math.max(1, Math.ceil(bytes / Buffer.byteLength(text)));
  return Array.from({ length: copies }, () => text).join('\n\n');
}

/** Best of `RUNS` timings of `fn`, in seconds. */
function time(fn: () => void): number {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

function line(label: string, bytes: number, seconds: number, extra = ''): void {
  const mb = bytes / 1e6;
  console.log(`${label}: ${(mb / seconds).toFixed(1)} MB/s (${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s)${extra}`);
}

type ExtractFigures = (text: string, sentences: Sentence[], lang: Lang) => unknown[];

async function loadExtractFigures(): Promise<ExtractFigures | string> {
  const file = path.join(root, 'shared/figures/index.ts');
  if (!existsSync(file)) return 'shared/figures/index.ts not found';
  try {
    const mod = (await import(pathToFileURL(file).href)) as { extractFigures?: unknown };
    return typeof mod.extractFigures === 'function'
      ? (mod.extractFigures as ExtractFigures)
      : 'shared/figures/index.ts exports no extractFigures';
  } catch (err) {
    return `shared/figures/index.ts failed to load (${err instanceof Error ? err.message : String(err)})`;
  }
}

const texts = process.argv.includes('--cli-only') ? new Map<Lang, string>() : loadTexts();
const extractFigures = await loadExtractFigures();
for (const [lang, text] of texts) {
  const bytes = Buffer.byteLength(text);
  let sentences: Sentence[] = [];
  const seconds = time(() => {
    sentences = segment(text, lang);
  });
  line(`segment ${lang}`, bytes, seconds, `, ${sentences.length} sentences`);
  if (typeof extractFigures === 'function') {
    let count = 0;
    const s = time(() => {
      count = extractFigures(text, sentences, lang).length;
    });
    line(`figures ${lang}`, bytes, s, `, ${count} figures`);
  }
}
if (typeof extractFigures === 'string') console.log(`figures: skipped (${extractFigures})`);

// ---------------------------------------------------------------------------------------------
// The command line: start-up per command, a 40-sentence check after start-up, batch throughput.
// Needs the built CLI (node scripts/build-node.mjs); skipped without it. --no-cli skips this
// part, --cli-only runs only this part.
// ---------------------------------------------------------------------------------------------

const cliPath = path.join(root, 'dist', 'cli', 'selaras.mjs');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Median wall time (s) and median CPU time (user + sys, s, when /usr/bin/time exists) of a command. */
function runTimed(args: string[], runs: number, input?: string): { wall: number; cpu: number; status: number | null; stderr: string } {
  const walls: number[] = [];
  const cpus: number[] = [];
  let status: number | null = 0;
  let stderr = '';
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', 'CPU %U %S', process.execPath, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, args, { encoding: 'utf8', input, maxBuffer: 1 << 28 });
    walls.push((performance.now() - t0) / 1000);
    status = r.status;
    stderr = r.stderr;
    const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    if (m) cpus.push(Number(m[1]) + Number(m[2]));
  }
  const med = (xs: number[]) => (xs.length ? [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] : NaN);
  return { wall: med(walls), cpu: med(cpus), status, stderr };
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
}

async function cliBench(): Promise<void> {
  if (!existsSync(cliPath)) {
    console.log('\ncli: skipped (dist/cli not built; run node scripts/build-node.mjs)');
    return;
  }
  const RUNS_CLI = 5;
  console.log(`\nCLI start-up (dist/cli, median of ${RUNS_CLI}; CPU = user + sys; goal < 150 ms)`);
  const floor = runTimed(['-e', '0'], RUNS_CLI);
  console.log(`  node -e 0 (the floor)        ${(floor.wall * 1000).toFixed(0).padStart(5)} ms wall ${(floor.cpu * 1000).toFixed(0).padStart(5)} ms CPU`);
  for (const cmd of ['--help', 'segment', 'figures', 'align', 'check', 'ledger', 'export', 'batch']) {
    const r = runTimed(cmd === '--help' ? [cliPath, '--help'] : [cliPath, cmd, '--help'], RUNS_CLI);
    console.log(`  selaras ${`${cmd === '--help' ? '' : `${cmd} `}--help`.padEnd(21)}${(r.wall * 1000).toFixed(0).padStart(5)} ms wall ${(r.cpu * 1000).toFixed(0).padStart(5)} ms CPU`);
  }

  // A 40-sentence pair: the first 40 lines of our two id–en gold stories, one after the other.
  const fx = path.join(root, 'tests', 'fixtures', 'align', 'id-en');
  const id40 = [...lines(path.join(fx, '001.id.txt')), ...lines(path.join(fx, '002.id.txt'))].slice(0, 40).join('\n');
  const en40 = [...lines(path.join(fx, '001.en.txt')), ...lines(path.join(fx, '002.en.txt'))].slice(0, 40).join('\n');
  const { runCheckJob } = await import('../cli/check-job');
  const job = { aText: id40, bText: en40, lines: true };
  for (let k = 0; k < 3; k++) await runCheckJob(job); // warm-up (JIT), as the second job of a batch
  const times: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t0 = performance.now();
    await runCheckJob(job);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const first = runTimed([cliPath, 'check', '--lines', '--json', ...writeTemp({ 'a.txt': id40, 'b.txt': en40 })], RUNS_CLI);
  const help = runTimed([cliPath, 'check', '--help'], RUNS_CLI);
  console.log(`\ncheck of a 40-sentence pair: ${times[7].toFixed(1)} ms in-process (median of 15, warm); whole command ${(first.wall * 1000).toFixed(0)} ms wall, ${(first.cpu * 1000).toFixed(0)} ms CPU (start-up alone ${(help.cpu * 1000).toFixed(0)} ms CPU; goal < 50 ms after start-up)`);

  // Batch throughput: the sample pair, and 1k-line pairs of real PANL lines (when present).
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const samples = path.join(root, 'resources', 'samples');
  const sampleJobs = Array.from({ length: 40 }, (_, k) => JSON.stringify({ id: `s${k}`, a: path.join(samples, 'sample.id.txt'), b: path.join(samples, 'sample.en.txt') }));
  const sets: Array<[string, string[]]> = [['sample pair (26 × 19 sentences)', sampleJobs]];
  if (existsSync(path.join(panlDir, 'ECO.en.txt'))) {
    const en = readFileSync(path.join(panlDir, 'ECO.en.txt'), 'utf8').split('\n');
    const id = readFileSync(path.join(panlDir, 'ECO.id.txt'), 'utf8').split('\n');
    const big = Array.from({ length: 6 }, (_, k) =>
      JSON.stringify({ id: `p${k}`, aText: id.slice(k * 1000, (k + 1) * 1000).join('\n'), bText: en.slice(k * 1000, (k + 1) * 1000).join('\n'), langA: 'id', langB: 'en', lines: true }),
    );
    sets.push(['1k-line PANL pairs', big]);
  }
  console.log(`\nselaras batch throughput (${cores} cores here; jobs/s/core = jobs / wall / workers)`);
  for (const [label, jobs] of sets) {
    for (const workers of [...new Set([1, cores])]) {
      const r = runTimed([cliPath, 'batch', '--jobs', String(workers)], 1, `${jobs.join('\n')}\n`);
      const ok = r.status === 0 || r.status === 1;
      const rate = jobs.length / r.wall;
      console.log(`  ${label.padEnd(32)} ${workers} worker${workers === 1 ? ' ' : 's'}: ${ok ? `${rate.toFixed(1).padStart(6)} jobs/s, ${(rate / workers).toFixed(1).padStart(6)} jobs/s/core (${jobs.length} jobs in ${r.wall.toFixed(2)} s, incl. start-up)` : `failed: ${r.stderr.slice(0, 200)}`}`);
    }
  }
}

function writeTemp(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}

if (!process.argv.includes('--no-cli')) await cliBench();
