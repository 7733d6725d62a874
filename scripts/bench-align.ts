/**
 * Speed, memory and accuracy of the sentence aligner on long inputs: 1k, 10k and 100k sentences
 * a side, built by concatenating the line-parallel PAN Localization/BPPT English–Indonesian
 * corpus (../shared/benchmarks/panl-bppt/{ECO,INT}.{en,id}.txt) and perturbing the Indonesian
 * side (lines merged, split and dropped on either side) so the gold alignment is known. The
 * corpus is silver quality (some lines are shifted), so accuracy below 1 is partly the corpus.
 * Without ../shared, synthetic sentences are used.
 *
 *   npx tsx scripts/bench-align.ts              1k, 10k, 100k
 *   npx tsx scripts/bench-align.ts 1000 20000   chosen sizes
 *   add --no-lexicon to run without the id–en lexicon, --synthetic to use synthetic sentences
 *   --lines-only / --perturbed-only   run one of the two tables
 *
 * Two tables. "Line-parallel" aligns the first n real PANL lines of each side as they are (the
 * repository's lines, repeated from a new offset past 13k), each size in a fresh process: align()
 * time and CPU in-process, peak RSS of that process, the whole `selaras align --lines --json`
 * command (dist/cli, wall time and peak RSS), and the share of lines in a diagonal 1-1 bead
 * ([i]:[i]), the measure of issue 14 (hunalign: 98.4%), the number of 2-2 beads, and up to 20k lines the wall time of a
 * second align() of the same input in the same process (compiled code warm: what the first pays to compile is the rest).
 * "Perturbed" adds merges, splits and drops at known places and reports strict precision /
 * recall / F1 against them.
 */
import { strictCounts, strictPRF } from '../shared/align/gold';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { align, parseLexicon, type Lexicon } from '../shared/align';
import type { Bead } from '../shared/align/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const panlDir = path.resolve(root, '..', 'shared', 'benchmarks', 'panl-bppt');
const lexiconPath = path.join(root, 'resources', 'lexicon', 'id-en.tsv');

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function readLines(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
}

/** Parallel source lines: PANL when present, else synthetic "translations". */
function sourcePairs(forceSynthetic: boolean): { en: string[]; id: string[]; synthetic: boolean } {
  if (!forceSynthetic && fs.existsSync(path.join(panlDir, 'ECO.en.txt'))) {
    const en: string[] = [];
    const id: string[] = [];
    for (const sec of ['ECO', 'INT']) {
      const e = readLines(path.join(panlDir, `${sec}.en.txt`));
      const i = readLines(path.join(panlDir, `${sec}.id.txt`));
      const n = Math.min(e.length, i.length);
      for (let k = 0; k < n; k++) {
        if (!e[k] || !i[k]) continue;
        en.push(e[k]);
        id.push(i[k]);
      }
    }
    return { en, id, synthetic: false };
  }
  if (!forceSynthetic) console.log(`note: ${panlDir} not found; using synthetic sentences`);
  // Synthetic "translations": every word has a fixed counterpart on the other side (unknown to
  // the aligner, as in a real pair without a lexicon), names and numbers are kept as they are.
  const r = rng(7);
  const vocab = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x${(k * 7919) % 1000}`);
  const names = Array.from({ length: 300 }, (_, k) => `Nama${k.toString(36)}`);
  const en: string[] = [];
  const id: string[] = [];
  for (let k = 0; k < 20000; k++) {
    const len = 6 + Math.floor(r() * 25);
    const ws = Array.from({ length: len }, () => Math.floor(r() ** 2 * vocab.length));
    const extra: string[] = [];
    if (r() < 0.3) extra.push(names[Math.floor(r() * names.length)]);
    if (r() < 0.3) extra.push(String(Math.floor(r() * 100000)));
    en.push(`${[...ws.map((w) => vocab[w]), ...extra].join(' ')}.`);
    id.push(`${[...ws.map((w) => `t${vocab[w].split('').reverse().join('')}`), ...extra].join(' ')}.`);
  }
  return { en, id, synthetic: true };
}

interface Case {
  a: string[];
  b: string[];
  gold: Bead[];
}

/** n sentences a side (about), with merges, splits and drops on known positions. */
function buildCase(n: number, src: { en: string[]; id: string[] }, seed: number): Case {
  const r = rng(seed);
  const a: string[] = [];
  const b: string[] = [];
  const gold: Bead[] = [];
  let k = 0;
  // Each repetition of the corpus starts at a different offset so repeats do not line up.
  let offset = 0;
  while (a.length < n) {
    const idx = (offset + k) % src.en.length;
    if (k > 0 && idx === offset % src.en.length) offset += 997;
    const en = src.en[idx];
    const idl = src.id[idx];
    k++;
    const x = r();
    if (x < 0.03 && a.length + 1 < n) {
      // merge: two English lines ↔ one Indonesian line
      const idx2 = (offset + k) % src.en.length;
      k++;
      gold.push({ a: [a.length, a.length + 1], b: [b.length], score: 1 });
      a.push(en, src.en[idx2]);
      b.push(`${idl} ${src.id[idx2]}`);
    } else if (x < 0.06) {
      // split the Indonesian line at a word boundary near its middle
      const words = idl.split(' ');
      if (words.length >= 8) {
        const cut = Math.floor(words.length / 2);
        gold.push({ a: [a.length], b: [b.length, b.length + 1], score: 1 });
        a.push(en);
        b.push(words.slice(0, cut).join(' '), words.slice(cut).join(' '));
      } else {
        gold.push({ a: [a.length], b: [b.length], score: 1 });
        a.push(en);
        b.push(idl);
      }
    } else if (x < 0.07) {
      gold.push({ a: [a.length], b: [], score: 1 });
      a.push(en);
    } else if (x < 0.08) {
      gold.push({ a: [], b: [b.length], score: 1 });
      b.push(idl);
    } else {
      gold.push({ a: [a.length], b: [b.length], score: 1 });
      a.push(en);
      b.push(idl);
    }
  }
  return { a, b, gold };
}

function strictF1(gold: Bead[], test: Bead[]): [number, number, number] {
  return strictPRF(strictCounts(gold, test));
}

function mb(x: number): string {
  return `${(x / 1048576).toFixed(0)} MB`;
}

/** The first n line pairs, wrapping around the corpus from a new offset (as buildCase does). */
function linePairs(n: number, src: { en: string[]; id: string[] }): { en: string[]; id: string[] } {
  const en: string[] = [];
  const id: string[] = [];
  let offset = 0;
  for (let k = 0; en.length < n; k++) {
    const idx = (offset + k) % src.en.length;
    if (k > 0 && idx === offset % src.en.length) offset += 997;
    en.push(src.en[idx]);
    id.push(src.id[idx]);
  }
  return { en, id };
}

interface OneResult {
  n: number;
  ms: number;
  cpuMs: number;
  rssMb: number;
  diagonal: number;
  /** 2-2 beads (on line-parallel input: mostly two 1-1 beads merged, or lines whose content moved). */
  beads22: number;
  /** CPU milliseconds per stage of align() (AlignOptions.stageTimes). */
  stages: Record<string, number>;
  /** Wall milliseconds of a second align() of the same input in the same process (compiled code warm), or −1 when not run. */
  warmMs: number;
}

/** Sizes up to which the child aligns a second time, warm (the workbench's worker aligning another document). */
const WARM_UP_TO = 20000;

/** Child process: one line-parallel size, printed as JSON. */
function runOne(n: number, useLexicon: boolean, synthetic: boolean): void {
  const src = sourcePairs(synthetic);
  const lexicon = useLexicon && !src.synthetic && fs.existsSync(lexiconPath) ? parseLexicon(fs.readFileSync(lexiconPath, 'utf8')) : undefined;
  const { en, id } = linePairs(n, src);
  const stages: Record<string, number> = {};
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const res = align({ lang: 'en', sentences: en }, { lang: 'id', sentences: id }, { lexicon, stageTimes: stages, stageClock: cpuMs });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let diag = 0;
  let beads22 = 0;
  for (const b of res.beads) {
    if (b.a.length === 1 && b.b.length === 1 && b.a[0] === b.b[0]) diag++;
    if (b.a.length === 2 && b.b.length === 2) beads22++;
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  let warmMs = -1;
  if (n <= WARM_UP_TO) {
    const t1 = performance.now();
    align({ lang: 'en', sentences: en }, { lang: 'id', sentences: id }, { lexicon });
    warmMs = performance.now() - t1;
  }
  const out: OneResult = { n, ms, cpuMs: (cpu.user + cpu.system) / 1000, rssMb, diagonal: diag / n, beads22, stages, warmMs };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Wall time and peak RSS of the built `selaras align --lines --json` on n line pairs. */
function wholeCommand(n: number, src: { en: string[]; id: string[] }): { s: number; rssMb: number } | string {
  const cli = path.join(root, 'dist', 'cli', 'selaras.mjs');
  if (!fs.existsSync(cli)) return 'dist/cli not built';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
  const { en, id } = linePairs(n, src);
  fs.writeFileSync(path.join(dir, 'a.txt'), `${en.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'b.txt'), `${id.join('\n')}\n`);
  const args = [cli, 'align', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--lines', '--lang-a', 'en', '--lang-b', 'id', '--json'];
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) return `failed: ${r.stderr.slice(0, 200)}`;
  const kb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { s, rssMb: kb / 1024 };
}

function lineParallelTable(sizes: number[], useLexicon: boolean, synthetic: boolean): void {
  const src = sourcePairs(synthetic);
  console.log(`\nLine-parallel ${src.synthetic ? 'synthetic' : 'PANL-BPPT'} lines (en × id, ${useLexicon ? 'id–en lexicon' : 'no lexicon'}), each size in a fresh process`);
  console.log('lines a side   align() wall   CPU      peak RSS   whole command  its peak RSS   diagonal 1-1   2-2 beads   2nd align() warm');
  const breakdown: string[] = [];
  for (const n of sizes) {
    const extra = [...(useLexicon ? [] : ['--no-lexicon']), ...(synthetic ? ['--synthetic'] : [])];
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', String(n), ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${String(n).padEnd(14)} failed: ${child.stderr.slice(0, 300)}`);
      continue;
    }
    const r = JSON.parse(line) as OneResult;
    const cmd = wholeCommand(n, src);
    const cmdCols = typeof cmd === 'string' ? cmd : `${cmd.s.toFixed(2).padStart(8)} s  ${`${cmd.rssMb.toFixed(0)} MB`.padStart(10)}`;
    console.log(
      `${String(n).padEnd(14)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(10)}  ${`${(r.cpuMs / 1000).toFixed(2)} s`.padStart(7)}  ${`${r.rssMb.toFixed(0)} MB`.padStart(9)}   ${cmdCols}     ${(100 * r.diagonal).toFixed(1).padStart(5)}%   ${String(r.beads22).padStart(9)}   ${r.warmMs < 0 ? '-' : `${(r.warmMs / 1000).toFixed(2)} s`.padStart(8)}`,
    );
    breakdown.push(`${String(n).padEnd(14)} ${Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }
  console.log('\nalign() CPU milliseconds by stage (includes the process\'s other threads, e.g. GC)');
  for (const line of breakdown) console.log(line);
  console.log('goals (issue 14): 10k align() < 0.5 s, whole command < 1 s; 100k < 5 s; memory linear; diagonal 1-1 ≥ 98%');
  console.log(`(the first align() of a fresh process includes compiling the aligner; the second, up to ${WARM_UP_TO} lines, is the work alone)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const one = args.indexOf('--one');
  if (one >= 0) {
    runOne(Number(args[one + 1]), !args.includes('--no-lexicon'), args.includes('--synthetic'));
    return;
  }
  const sizes = args.filter((x) => /^\d+$/.test(x)).map(Number);
  if (!args.includes('--perturbed-only')) lineParallelTable(sizes.length ? sizes : [1000, 10000, 100000], !args.includes('--no-lexicon'), args.includes('--synthetic'));
  if (args.includes('--lines-only')) return;
  console.log('\nPerturbed lines (merges, splits, drops at known places), in this process');
  const useLexicon = !args.includes('--no-lexicon');
  const src = sourcePairs(args.includes('--synthetic'));
  const lexicon: Lexicon | undefined =
    useLexicon && !src.synthetic && fs.existsSync(lexiconPath) ? parseLexicon(fs.readFileSync(lexiconPath, 'utf8')) : undefined;
  console.log(`source: ${src.synthetic ? 'synthetic' : `PANL-BPPT, ${src.en.length} line pairs`}; lexicon: ${lexicon ? 'id–en' : 'none'}`);
  console.log('sentences A×B       wall time  CPU time  peak extra memory   strict P / R / F1');
  const rows: Array<[number, number, number]> = [];
  for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
    const c = buildCase(n, src, n);
    const mem = (): number => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    (globalThis as { gc?: () => void }).gc?.();
    const base = mem();
    let peak = base;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const res = align({ lang: 'en', sentences: c.a }, { lang: 'id', sentences: c.b }, {
      lexicon,
      onProgress: () => {
        const m = mem();
        if (m > peak) peak = m;
      },
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const m = mem();
    if (m > peak) peak = m;
    const [p, r, f] = strictF1(c.gold, res.beads);
    rows.push([n, ms, peak - base]);
    console.log(
      `${`${c.a.length}×${c.b.length}`.padEnd(18)} ${(ms / 1000).toFixed(2).padStart(7)} s ${(cpuMs / 1000).toFixed(2).padStart(7)} s  ${mb(peak - base).padStart(10)}          ${p.toFixed(3)} / ${r.toFixed(3)} / ${f.toFixed(3)}`,
    );
  }
  if (rows.length > 1) {
    console.log('\nscaling (relative to the first size):');
    const [n0, t0, m0] = rows[0];
    for (const [n, t, m] of rows) {
      console.log(`  ×${(n / n0).toFixed(0).padStart(4)} sentences: time ×${(t / t0).toFixed(1)}, memory ×${(m / Math.max(1, m0)).toFixed(1)}`);
    }
  }
  console.log('targets: 10k×10k < 2 s, 100k×100k < 30 s on one core, memory linear');
  console.log('(the aligner is single-threaded; CPU time is the better measure on a loaded machine)');
}

main();
