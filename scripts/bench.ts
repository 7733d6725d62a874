/**
 * Throughput of the text core on a few MB of news text, one line per measurement:
 *
 *   segment id: 12.3 MB/s (4.4 MB in 0.36 s)
 *
 * Reads ../shared/benchmarks/panl-bppt/*.{id,en}.txt when present, otherwise synthesises text
 * from the segmentation fixtures; either is repeated to at least 4 MB per language. Best of 5 runs. Also times `extractFigures` from shared/figures when that
 * module exists. Then the command line (built dist/cli): start-up of each command on tiny inputs,
 * `check` of the sample pair and of a 40-sentence pair after start-up (cold: a fresh command's
 * first call; warm: in-process) with the time of each stage, and `selaras batch` throughput
 * (sample pair, 1k-line PANL pairs). Run with `npx tsx scripts/bench.ts` (--no-cli, --cli-only).
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
/** What `npx selaras` runs: the launcher, which imports the bundle. */
const binPath = path.join(root, 'cli', 'bin.mjs');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const median = (xs: number[]) => (xs.length ? [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] : NaN);
const ms = (x: number) => `${Number.isFinite(x) ? x.toFixed(0) : '?'}`.padStart(5);

interface Timed {
  wall: number;
  cpu: number;
  status: number | null;
  stderr: string;
  /** The SELARAS_TIMING line of each run (check, align), when printed. */
  timings: TimingLine[];
}

interface TimingLine {
  startup: { wall: number; cpu: number };
  stages: Record<string, { wall: number; cpu: number }>;
  work: { wall: number; cpu: number };
}

/** Median wall time (s) and median CPU time (user + sys, s, when /usr/bin/time exists) of a command. */
function runTimed(args: string[], runs: number, input?: string, env: Record<string, string> = {}): Timed {
  const walls: number[] = [];
  const cpus: number[] = [];
  const timings: TimingLine[] = [];
  let status: number | null = 0;
  let stderr = '';
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const options = { encoding: 'utf8' as const, input, maxBuffer: 1 << 28, env: { ...process.env, ...env } };
    const r = timeBin ? spawnSync(timeBin, ['-f', 'CPU %U %S', process.execPath, ...args], options) : spawnSync(process.execPath, args, options);
    walls.push((performance.now() - t0) / 1000);
    status = r.status;
    stderr = r.stderr;
    const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
    if (m) cpus.push(Number(m[1]) + Number(m[2]));
    const t = /^timing (\{.*\})$/m.exec(r.stderr);
    if (t) timings.push(JSON.parse(t[1]) as TimingLine);
  }
  return { wall: median(walls), cpu: median(cpus), status, stderr, timings };
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
}

/** Median of each stage over the timing lines: "segment 3/2" (wall/CPU ms). */
function stageLine(timings: TimingLine[]): string {
  const names = [...new Set(timings.flatMap((t) => Object.keys(t.stages)))];
  return names
    .map((n) => `${n} ${median(timings.map((t) => t.stages[n]?.wall ?? 0)).toFixed(0)}/${median(timings.map((t) => t.stages[n]?.cpu ?? 0)).toFixed(0)}`)
    .join(', ');
}

async function cliBench(): Promise<void> {
  if (!existsSync(cliPath)) {
    console.log('\ncli: skipped (dist/cli not built; run node scripts/build-node.mjs)');
    return;
  }
  const RUNS_CLI = 7;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  const file = (name: string, text: string) => {
    const f = path.join(tmp, name);
    writeFileSync(f, text);
    return f;
  };
  // Tiny inputs: the start-up, not the work, is measured.
  const tinyA = file('tiny.id.txt', 'Gempa berkekuatan 5,2 mengguncang Sumba pada Senin.\n');
  const tinyB = file('tiny.en.txt', 'A 5.2 magnitude quake shook Sumba on Monday.\n');
  const project = path.join(tmp, 'tiny.selaras');
  const tmx = path.join(tmp, 'tiny.tmx');
  spawnSync(process.execPath, [cliPath, 'check', tinyA, tinyB, '--save', project], { encoding: 'utf8' });
  spawnSync(process.execPath, [cliPath, 'export', project, '--to', 'tmx', '--out', tmx], { encoding: 'utf8' });
  const tinyJob = `${JSON.stringify({ id: 't', a: tinyA, b: tinyB })}\n`;

  // Round-robin: each round runs the floor and every command once, so that a change of load on a
  // shared machine falls on all of them alike; medians over the rounds.
  const ROUNDS = 11;
  console.log(`\nCLI start-up (cli/bin.mjs as npx runs it, tiny inputs, median of ${ROUNDS} rounds; CPU = user + sys of the process; goal < 150 ms)`);
  console.log(`  ${'command'.padEnd(44)} ${'wall'.padStart(5)} ms ${'CPU'.padStart(5)} ms  over the floor (wall)   before the first line of work (wall/CPU)`);
  const commands: Array<[string, string[], string?]> = [
    ['--help', ['--help']],
    ['--version', ['--version']],
    ...['segment', 'figures', 'align', 'check', 'ledger', 'export', 'inspect', 'batch'].map((c): [string, string[]] => [`${c} --help`, [c, '--help']]),
    ['segment tiny.id.txt', ['segment', tinyA]],
    ['figures tiny.id.txt', ['figures', tinyA]],
    ['align tiny.id.txt tiny.en.txt --json', ['align', tinyA, tinyB, '--json']],
    ['check tiny.id.txt tiny.en.txt --json', ['check', tinyA, tinyB, '--json']],
    ['ledger tiny.id.txt tiny.en.txt', ['ledger', tinyA, tinyB]],
    ['export tiny.selaras --to tmx', ['export', project, '--to', 'tmx', '--out', path.join(tmp, 'out.tmx')]],
    ['export tiny.selaras --to docx', ['export', project, '--to', 'docx', '--out', path.join(tmp, 'out.docx')]],
    ['inspect tiny.tmx', ['inspect', tmx]],
    ['batch --jobs 1 (one tiny job)', ['batch', '--jobs', '1'], tinyJob],
  ];
  const runs: Timed[][] = [[], ...commands.map(() => [])];
  for (let round = 0; round < ROUNDS; round++) {
    runs[0].push(runTimed(['-e', '0'], 1));
    commands.forEach(([, args, input], k) => runs[k + 1].push(runTimed([binPath, ...args], 1, input, { SELARAS_TIMING: '1' })));
  }
  const merged = runs.map((rs): Timed => ({
    wall: median(rs.map((r) => r.wall)),
    cpu: median(rs.map((r) => r.cpu).filter(Number.isFinite)),
    status: rs.find((r) => r.status !== 0 && r.status !== 1)?.status ?? rs[0].status,
    stderr: rs.at(-1)!.stderr,
    timings: rs.flatMap((r) => r.timings),
  }));
  const floor = merged[0];
  console.log(`  ${'node -e 0 (the floor: Node.js alone)'.padEnd(44)} ${ms(floor.wall * 1000)} ms ${ms(floor.cpu * 1000)} ms`);
  commands.forEach(([label], k) => {
    const r = merged[k + 1];
    const ok = r.status === 0 || r.status === 1;
    const over = `${(r.wall - floor.wall) * 1000 >= 0 ? '+' : ''}${((r.wall - floor.wall) * 1000).toFixed(0)} ms`.padStart(10);
    const first = r.timings.length ? `               ${median(r.timings.map((t) => t.startup.wall)).toFixed(0)}/${median(r.timings.map((t) => t.startup.cpu)).toFixed(0)} ms` : '';
    console.log(`  selaras ${label.padEnd(36)} ${ms(r.wall * 1000)} ms ${ms(r.cpu * 1000)} ms${over}${first}${ok ? '' : `  (failed: ${r.stderr.trim().split('\n')[0]})`}`);
  });

  // `check` after start-up: a fresh process's first call (cold: nothing compiled yet, the
  // lexicon read from disk) as the command runs it, and the in-process warm time (the batch
  // workers and the app call it many times).
  const fx = path.join(root, 'tests', 'fixtures', 'align', 'id-en');
  const id40 = [...lines(path.join(fx, '001.id.txt')), ...lines(path.join(fx, '002.id.txt'))].slice(0, 40).join('\n');
  const en40 = [...lines(path.join(fx, '001.en.txt')), ...lines(path.join(fx, '002.en.txt'))].slice(0, 40).join('\n');
  const samples = path.join(root, 'resources', 'samples');
  const pairs: Array<{ label: string; a: string; b: string; lines: boolean }> = [
    { label: 'sample pair (26 × 19 sentences)', a: path.join(samples, 'sample.id.txt'), b: path.join(samples, 'sample.en.txt'), lines: false },
    { label: '40 × 40 lines (id–en)', a: file('40.id.txt', id40), b: file('40.en.txt', en40), lines: true },
  ];
  // A realistic 40-sentence news pair (issue 14's figure): 40 consecutive PANL lines, segmented
  // as `check` reads any text (no --lines), when the corpus is present.
  if (existsSync(path.join(panlDir, 'ECO.en.txt'))) {
    const panl = (lang: string) => readFileSync(path.join(panlDir, `ECO.${lang}.txt`), 'utf8').split('\n').slice(100, 140).join('\n');
    pairs.push({ label: 'PANL ECO 40 lines (id–en)', a: file('panl40.id.txt', panl('id')), b: file('panl40.en.txt', panl('en')), lines: false });
  }
  const { runCheckJob } = await import('../cli/check-job');
  const { StageTimer } = await import('../cli/timing');
  const WARM = 15;
  console.log(`\nselaras check after start-up (texts to the JSON result; wall/CPU ms; goal < 50 ms)`);
  console.log(`  cold = a fresh \`selaras check --json\` (SELARAS_TIMING, median of ${RUNS_CLI}): start-up (process start to the`);
  console.log(`  command's first line) + work (its code loaded, texts read, analysed, aligned, compared, JSON made);`);
  console.log(`  warm = in-process runCheckJob, median of ${WARM} after 3 warm-up calls`);
  const stageLines: string[] = [];
  for (const p of pairs) {
    const cold = runTimed([cliPath, 'check', '--json', ...(p.lines ? ['--lines'] : []), p.a, p.b], RUNS_CLI, undefined, { SELARAS_TIMING: '1' });
    const job = { a: p.a, b: p.b, lines: p.lines };
    for (let k = 0; k < 3; k++) await runCheckJob(job);
    const warm: TimingLine[] = [];
    for (let k = 0; k < WARM; k++) {
      const timer = new StageTimer();
      await runCheckJob(job, timer.mark);
      warm.push(timer.json());
    }
    const cw = median(cold.timings.map((t) => t.work.wall));
    const cc = median(cold.timings.map((t) => t.work.cpu));
    const ww = median(warm.map((t) => t.work.wall));
    const wc = median(warm.map((t) => t.work.cpu));
    const sw = median(cold.timings.map((t) => t.startup.wall));
    const sc = median(cold.timings.map((t) => t.startup.cpu));
    console.log(
      `  ${p.label.padEnd(34)} cold: start-up ${ms(sw)}/${ms(sc)} + work ${ms(cw)}/${ms(cc)}   warm ${ms(ww)}/${ms(wc)}   (whole cold command ${ms(cold.wall * 1000)}/${ms(cold.cpu * 1000)})`,
    );
    stageLines.push(`  ${p.label}, cold: ${stageLine(cold.timings)}`, `  ${p.label}, warm: ${stageLine(warm)}`);
  }
  console.log('stages (wall/CPU ms, medians):');
  for (const l of stageLines) console.log(l);

  // Batch throughput: the sample pair, and 1k-line pairs of real PANL lines (when present).
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const sampleJobs = Array.from({ length: 120 }, (_, k) => JSON.stringify({ id: `s${k}`, a: pairs[0].a, b: pairs[0].b }));
  const sets: Array<[string, string[]]> = [['sample pair (26 × 19 sentences)', sampleJobs]];
  if (existsSync(path.join(panlDir, 'ECO.en.txt'))) {
    const en = readFileSync(path.join(panlDir, 'ECO.en.txt'), 'utf8').split('\n');
    const id = readFileSync(path.join(panlDir, 'ECO.id.txt'), 'utf8').split('\n');
    // Whole 1k-line pairs only (up to 8): a job of empty text is an error by design.
    const big = Array.from({ length: Math.min(8, Math.floor(Math.min(en.length, id.length) / 1000)) }, (_, k) =>
      JSON.stringify({ id: `p${k}`, aText: id.slice(k * 1000, (k + 1) * 1000).join('\n'), bText: en.slice(k * 1000, (k + 1) * 1000).join('\n'), langA: 'id', langB: 'en', lines: true }),
    );
    sets.push(['1k-line PANL pairs', big]);
  } else console.log(`\nnote: ${panlDir} not found; batch of 1k-line pairs skipped`);
  console.log(`\nselaras batch throughput (${cores} cores here, shared; jobs/s/core = jobs / wall / workers; wall includes start-up)`);
  for (const [label, jobs] of sets) {
    for (const workers of [...new Set([1, cores])]) {
      const r = runTimed([cliPath, 'batch', '--jobs', String(workers)], 1, `${jobs.join('\n')}\n`);
      const ok = r.status === 0 || r.status === 1;
      const rate = jobs.length / r.wall;
      console.log(
        `  ${label.padEnd(32)} ${workers} worker${workers === 1 ? ' ' : 's'}: ${ok ? `${rate.toFixed(1).padStart(6)} jobs/s, ${(rate / workers).toFixed(1).padStart(6)} jobs/s/core (${jobs.length} jobs in ${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU)` : `failed: ${r.stderr.slice(0, 200)}`}`,
      );
    }
  }
}

if (!process.argv.includes('--no-cli')) await cliBench();
