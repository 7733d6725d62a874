/**
 * Draws one part of the real-text drift label set (issue 10) from ../shared/benchmarks/panl-bppt,
 * reproducibly (fixed seed), and assigns each drawn line pair its split BEFORE anyone labels it.
 *
 *   - N line pairs (ECO: 180, INT: 240 by default): 75% from lines where either side holds a digit or a
 *     number word, 25% uniformly from all remaining non-empty line pairs;
 *   - split: the N are shuffled with the same generator; the first 2/3 are `dev`, the rest `heldout`.
 *
 * The algorithm (mulberry32, seed 20261202, same filter) is the one the INT labeller first wrote, so
 * `--part INT --n 240` reproduces that draw; `--part ECO` gives the ECO draw.
 * Prints one JSON object per line: {"id","part","line","split"} (no corpus text), dev first, then
 * heldout, each by line number.
 *
 * Run: npx tsx scripts/sample-real-drift.ts [--part ECO|INT] [--n N] [--seed 20261202]
 *
 * A further dev set (dev2, drawn after the rules had been tuned on dev): `--as dev2 --seed 20261203` leaves
 * out every line already labelled in tests/fixtures/real-drift/*.jsonl (whatever its split; read here only
 * for the line numbers, never printed) and marks every drawn pair `dev2` (no held-out share).
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 50 --as dev2 --seed 20261203
 *   npx tsx scripts/sample-real-drift.ts --part INT --n 70 --as dev2 --seed 20261203
 * Later sets the same way: `--as dev3` / `--as heldout2` / `--as heldout3` / `--as dev4` / `--as heldout4` / `--as heldout5` / `--as dev5` / `--as dev6` / `--as heldout6` / `--as dev7` / `--as heldout7` / `--as dev8` / `--as dev9` / `--as heldout8` / `--as dev10` / `--as dev11` / `--as heldout9` / `--as dev12` / `--as heldout10` / `--as dev13` / `--as heldout11` / `--as dev14` / `--as heldout12` / `--as dev15` / `--as heldout13` / `--as dev16` / `--as heldout14` / `--as dev17` / `--as heldout15` / `--as dev18` / `--as heldout16` / `--as dev19`
 * with their own seeds;
 * `--exclude draw.jsonl` also leaves out the lines of another draw not labelled yet, so that two sets drawn at
 * the same time are disjoint.
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as dev4 --seed 20261208 (and --part INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 80 --as dev5 --seed 20261211 --exclude h5-draw-ECO.jsonl
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 80 --as dev6 --seed 20261212 (and --part INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 90 --as heldout6 --seed 20261213 (and --part INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 80 --as dev7 --seed 20261214 --exclude h6-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 90 --as heldout7 --seed 20261216 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 150 --as dev8 --seed 20261215 --exclude h7-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev9 --seed 20261217 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout8 --seed 20261218 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev10 --seed 20261219 --exclude h8-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev11 --seed 20261220 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout9 --seed 20261221 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev12 --seed 20261222 --exclude h9-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout10 --seed 20261223 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev13 --seed 20261224 --exclude h10-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout11 --seed 20261225 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 150 --as dev14 --seed 20261226 --exclude h11-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout12 --seed 20261227 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev15 --seed 20261228 --exclude h12-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout13 --seed 20261229 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev16 --seed 20261230 --exclude h13-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout14 --seed 20261231 (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev17 --seed 20261232 --exclude h14-draw-ECO.jsonl (and INT)
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout15 --seed 20261233 --exclude judged-lines.jsonl (and INT:
 *     25 pairs, INT has no unlabelled line with a figure left); judged-lines.jsonl: every line of tests/fixtures/judged-flags
 *     and its neighbours
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev18 --seed 20261234 --exclude judged-lines+h15-draw.jsonl
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 100 --as heldout16 --seed 20261235 --exclude judged-lines.jsonl
 *   npx tsx scripts/sample-real-drift.ts --part ECO --n 200 --as dev19 --seed 20261236 --exclude judged-lines+h16-draw.jsonl (125 drawn:
 *     the ECO lines with a figure ran out)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './real-drift-labels';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PANL = path.resolve(ROOT, '..', 'shared', 'benchmarks', 'panl-bppt');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const PART = arg('part', 'ECO');
const N = Number(arg('n', PART === 'INT' ? '240' : '180'));
const SEED = Number(arg('seed', '20261202'));
/** `dev2`: every drawn pair is dev2 and lines labelled before are left out. */
const AS = arg('as', '');
const LABEL_DIR = path.join(ROOT, 'tests', 'fixtures', 'real-drift');

/** Line numbers of PART already labelled in any label file (the draw of a new set must be disjoint). */
function labelledLines(part: string): Set<number> {
  const out = new Set<number>();
  if (!fs.existsSync(LABEL_DIR)) return out;
  for (const f of fs.readdirSync(LABEL_DIR).filter((n) => n.endsWith('.jsonl'))) {
    for (const text of fs.readFileSync(path.join(LABEL_DIR, f), 'utf8').split('\n')) {
      if (!text.trim()) continue;
      try {
        const o = JSON.parse(text) as { part?: string; line?: number };
        if (o.part === part && typeof o.line === 'number') out.add(o.line);
      } catch {
        // a malformed line is the label checker's business, not the sampler's
      }
    }
  }
  return out;
}


function shuffle<T>(items: T[], rnd: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// Number words only serve the sampling filter here (which lines are likely to hold figures).
const ID_WORDS =
  'nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus ratusan puluhan ' +
  'ribu ribuan juta jutaan miliar milyar triliun seratus seribu setengah separuh pertama kedua ketiga keempat ' +
  'kelima persen';
const EN_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
  'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand ' +
  'thousands million millions billion trillion dozen dozens half first second third fourth fifth percent';
const WORD_RE = new RegExp(`\\b(${`${ID_WORDS} ${EN_WORDS}`.split(' ').join('|')})\\b`, 'i');

function hasFigure(line: string): boolean {
  return /\d/.test(line) || WORD_RE.test(line);
}

if (!fs.existsSync(PANL)) {
  console.error(`${PANL} not found: nothing to sample.`);
  process.exit(1);
}
const a = fs.readFileSync(path.join(PANL, `${PART}.id.txt`), 'utf8').split('\n');
const b = fs.readFileSync(path.join(PANL, `${PART}.en.txt`), 'utf8').split('\n');
const count = Math.min(a.length, b.length);
const numeric: number[] = [];
const all: number[] = [];
const exclude = AS ? labelledLines(PART) : new Set<number>();
// `--exclude draw.jsonl`: also leave out the lines of a draw not yet labelled (two sets drawn at once stay disjoint).
const EXCLUDE = arg('exclude', '');
if (EXCLUDE) {
  for (const text of fs.readFileSync(EXCLUDE, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    const o = JSON.parse(text) as { part?: string; line?: number };
    if (o.part === PART && typeof o.line === 'number') exclude.add(o.line);
  }
}
for (let i = 0; i < count; i++) {
  if (!a[i].trim() || !b[i].trim()) continue;
  if (exclude.has(i)) continue;
  all.push(i);
  if (hasFigure(a[i]) || hasFigure(b[i])) numeric.push(i);
}

const rnd = mulberry32(SEED);
const nNumeric = Math.round(N * 0.75);
const fromNumeric = shuffle(numeric, rnd).slice(0, nNumeric);
const taken = new Set(fromNumeric);
const fromAll = shuffle(
  all.filter((i) => !taken.has(i)),
  rnd,
).slice(0, N - nNumeric);
const drawn = shuffle([...fromNumeric, ...fromAll], rnd);
const nDev = Math.round((N * 2) / 3);
const rows = drawn.map((line, k) => ({
  id: `${PART}-${String(line).padStart(5, '0')}`,
  part: PART,
  line,
  split: AS || (k < nDev ? 'dev' : 'heldout'),
}));
rows.sort((x, y) => (x.split === y.split ? x.line - y.line : x.split === 'dev' ? -1 : 1));
for (const r of rows) console.log(JSON.stringify(r));
