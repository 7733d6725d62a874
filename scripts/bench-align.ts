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
 */
import { strictCounts, strictPRF } from '../shared/align/gold';
import fs from 'node:fs';
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

function main(): void {
  const args = process.argv.slice(2);
  const sizes = args.filter((x) => /^\d+$/.test(x)).map(Number);
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
