/**
 * Precision of `selaras check --lines` as a user runs it, on real text nobody here wrote: the whole
 * PANL-BPPT corpus (../shared/benchmarks/panl-bppt) checked in blocks of 300 lines (aligned by the
 * aligner, not forced line to line), each drift-level flag judged by hand once (real, false alarm, or
 * on lines that are not translations of each other). The judgements are in
 * tests/fixtures/judged-flags/{dev,heldout}.jsonl (format below; ids, line numbers, figure surfaces and
 * notes in the judges' own words, no corpus sentence). Flags on lines of the line-pair label sets
 * (tests/fixtures/real-drift) are left out, so that their held-out items stay unseen.
 *
 * Unlike scripts/eval-real-drift.ts this measures precision only (nobody listed what the flags miss),
 * but it measures it on whole files, alignment included.
 *
 *   npx tsx scripts/eval-judged-flags.ts            totals per split
 *   npx tsx scripts/eval-judged-flags.ts --list     also the dev split's false alarms and unjudged flags
 *   npx tsx scripts/eval-judged-flags.ts --dump F   writes every current flag (JSON Lines) to F, for judging
 *
 * A judgement: {"split","part","linesA","linesB","kind","a","b","verdict","cause","note"}; verdict is
 * "real", "false" or "nottrans". A flag matches a judgement with the same part, kind, figure surfaces
 * and first line. Flags judged earlier and raised no more are counted too ("cleared": false ones gone;
 * "lost": real ones gone). A flag nobody judged yet is "unjudged": its split is taken from a judged flag
 * on the same line, else from the line number (every third block of 100 lines held out).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { presentLabelFiles, readLabelFile, readPanl, PARTS, PANL_DIR, REPO_ROOT, type Part } from './real-drift-labels';
import { runCheckJob } from '../cli/check-job';

const JUDGED_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'judged-flags');
const SPLITS = ['dev', 'heldout'] as const;
type Split = (typeof SPLITS)[number];
const BLOCK = 300;

export interface Flag {
  part: Part;
  linesA: number[];
  linesB: number[];
  kind: string;
  a: string | null;
  b: string | null;
  level: string;
  confidence: number;
}
interface Judged extends Omit<Flag, 'level' | 'confidence'> {
  split: Split;
  verdict: 'real' | 'false' | 'nottrans';
  cause: string;
  note: string;
}

// (a figure's text takes in the words of the part of a year or month it names since the flags were judged, `akhir 2007`,
// `end-2007`: the same figure, judged as it was written before)
const PART_WORDS = /^(?:(?:the\s+)?(?:beginning|start|middle|end)\s+of\s+|(?:awal|pertengahan|medio|akhir|penghujung)\s+(?:(?:tahun|bulan)\s+)?|(?:early|mid|late)[-\s])/i;
const figureKey = (text: string | null) => (text ?? '').replace(PART_WORDS, '');
const keyOf = (f: Pick<Flag, 'part' | 'linesA' | 'linesB' | 'kind' | 'a' | 'b'>): string =>
  [f.part, Math.min(...f.linesA, ...f.linesB), f.kind, figureKey(f.a), figureKey(f.b)].join('\u0001');

interface JsonMismatch {
  a: number[];
  b: number[];
  kind: string;
  level: string;
  confidence: number;
  aFigure?: { text: string } | null;
  bFigure?: { text: string } | null;
}

/** Every drift-level flag of the corpus checked block by block, leaving out lines of the label sets. */
export async function currentFlags(): Promise<Flag[]> {
  const labelled = new Set<string>();
  for (const { part, file } of presentLabelFiles()) for (const p of readLabelFile(file, part).pairs) labelled.add(`${p.part}:${p.line}`);
  const out: Flag[] = [];
  for (const part of PARTS) {
    const panl = readPanl(part);
    if (!panl) continue;
    const n = Math.min(panl.a.length, panl.b.length);
    for (let from = 0; from < n; from += BLOCK) {
      const to = Math.min(n, from + BLOCK);
      const { json } = await runCheckJob({ aText: panl.a.slice(from, to).join('\n'), bText: panl.b.slice(from, to).join('\n'), langA: 'id', langB: 'en', lines: true });
      for (const m of json.mismatches as JsonMismatch[]) {
        if (m.level !== 'drift') continue;
        const linesA = m.a.map((k) => from + k);
        const linesB = m.b.map((k) => from + k);
        if ([...linesA, ...linesB].some((l) => labelled.has(`${part}:${l}`))) continue;
        out.push({ part, linesA, linesB, kind: m.kind, a: m.aFigure?.text ?? null, b: m.bFigure?.text ?? null, level: m.level, confidence: m.confidence });
      }
    }
  }
  return out;
}

function readJudged(): Judged[] {
  const out: Judged[] = [];
  for (const split of SPLITS) {
    const file = path.join(JUDGED_DIR, `${split}.jsonl`);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as Judged);
  }
  return out;
}

/**
 * The lines of the report: one per split (precision of the judged flags, unjudged and cleared counts) and,
 * with `list`, the dev split's false alarms, unjudged and cleared flags. Null without the corpus.
 */
export async function judgedFlagLines(opts: { list?: boolean; dump?: string } = {}): Promise<string[] | null> {
  if (!fs.existsSync(PANL_DIR)) return null;
  const flags = await currentFlags();
  const lines: string[] = [];
  if (opts.dump) {
    fs.writeFileSync(opts.dump, flags.map((f) => JSON.stringify(f)).join('\n') + '\n');
    lines.push(`${flags.length} flags written to ${opts.dump}`);
  }
  const judged = readJudged();
  // (one line may raise the same flag twice, `April 2007` said twice: the n-th such flag matches the n-th judgement)
  const keysOf = <T extends Parameters<typeof keyOf>[0]>(xs: T[]): string[] => {
    const seen = new Map<string, number>();
    return xs.map((x) => {
      const k = keyOf(x);
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return `${k}\u0001${n}`;
    });
  };
  const judgedKeys = keysOf(judged);
  const byKey = new Map(judged.map((j, i) => [judgedKeys[i], j]));
  const flagKeys = keysOf(flags);
  const splitOfLine = new Map<string, Split>();
  for (const j of judged) for (const l of [...j.linesA, ...j.linesB]) splitOfLine.set(`${j.part}:${l}`, j.split);
  const splitOf = (f: Flag): Split => {
    const first = Math.min(...f.linesA, ...f.linesB);
    return splitOfLine.get(`${f.part}:${first}`) ?? (Math.floor(first / 100) % 3 === 2 ? 'heldout' : 'dev');
  };
  const raised = new Set<string>();
  const list = opts.list === true;
  for (const split of SPLITS) {
    const tally = { flags: 0, real: 0, false: 0, nottrans: 0, unjudged: 0 };
    const shown: string[] = [];
    for (const [i, f] of flags.entries()) {
      const j = byKey.get(flagKeys[i]);
      if ((j?.split ?? splitOf(f)) !== split) continue;
      raised.add(flagKeys[i]);
      tally.flags++;
      if (!j) tally.unjudged++;
      else tally[j.verdict]++;
      if (list && split === 'dev' && (!j || j.verdict !== 'real')) {
        shown.push(`  ${j ? j.verdict.padEnd(9) : 'unjudged '} ${f.part} ${f.linesA.join(',')}|${f.linesB.join(',')} ${f.kind.padEnd(9)} ${JSON.stringify(f.a)} → ${JSON.stringify(f.b)}${j ? `  (${j.cause}: ${j.note})` : ''}`);
      }
    }
    const gone = judged.filter((j, i) => j.split === split && !raised.has(judgedKeys[i]));
    const judgedNow = tally.real + tally.false + tally.nottrans;
    const p = judgedNow ? (tally.real / judgedNow).toFixed(3) : '-';
    lines.push(
      `${split.padEnd(8)} drift flags ${tally.flags}: real ${tally.real}, false ${tally.false}, not translations ${tally.nottrans}, unjudged ${tally.unjudged}` +
        `  precision of the judged ${p} (${tally.real}/${judgedNow})  judged earlier and no longer raised: false ${gone.filter((j) => j.verdict !== 'real').length}, real ${gone.filter((j) => j.verdict === 'real').length}`,
    );
    lines.push(...shown);
    if (list && split === 'dev') for (const j of gone) lines.push(`  gone (${j.verdict}) ${j.part} ${j.linesA.join(',')}|${j.linesB.join(',')} ${j.kind} ${JSON.stringify(j.a)} → ${JSON.stringify(j.b)}`);
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dump = process.argv.indexOf('--dump');
  const lines = await judgedFlagLines({ list: process.argv.includes('--list'), dump: dump >= 0 ? process.argv[dump + 1] : undefined });
  if (!lines) console.log(`${PANL_DIR} not found: nothing to score`);
  else for (const line of lines) console.log(line);
}
