/**
 * Scores the drift engine on the hand-labelled real line pairs of issue 10
 * (tests/fixtures/real-drift/{eco,int}.jsonl, format in scripts/real-drift-labels.ts and GUIDELINE.md).
 * Each pair is checked with the worktree's bilingual lexicon, as `selaras check` checks an
 * Indonesian–English pair (before round 4 the scorer passed none).
 *
 * It runs the code of the CURRENT WORKING DIRECTORY (`<cwd>/shared/pipeline.ts`), so one copy of this script
 * scores any worktree; the labels are read relative to this file. Each labelled pair is one A line
 * (`.id.txt`, Indonesian) and one B line (`.en.txt`, English) compared as a single bead.
 *
 * A system mismatch is TRUE when it matches a labelled discrepancy of the same pair: its figure span on
 * side A overlaps an occurrence of the labelled A surface, or its span on side B overlaps an occurrence
 * of the labelled B surface (for `missing` only side A counts, for `added` only side B).
 *   precision = true mismatches / all mismatches (at the default level)
 *   recall    = labelled discrepancies matched by at least one mismatch / labelled discrepancies
 * Default level: when mismatches carry a `level`, only `level: "drift"` counts (reviews are folded in the
 * app); `--all-levels` counts reviews too. Mismatches on pairs labelled `translation: false` are false
 * alarms and are also counted separately.
 *
 * Run: cd <worktree> && npx tsx <path>/scripts/eval-real-drift.ts [--split dev|dev2|heldout] [--list] [--all-levels]
 *      [--window 1] [--curve]
 * `--window 1` also scores each pair among its neighbouring lines (see RealDriftOptions.window); `--curve`
 * prints precision and recall for every drift/review threshold (all levels scored by confidence).
 * `--list` prints the false alarms and misses of the DEV and DEV2 splits only (dev2: tests/fixtures/real-drift/
 * dev2.jsonl, a second dev set drawn later): held-out items stay unseen by whoever tunes the rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CONTEXT_PREFIX,
  LABEL_DIR,
  PANL_DIR,
  SPLITS,
  isHeldOut,
  occurrences,
  presentLabelFiles,
  readLabelFile,
  readPanl,
  type LabelledDiscrepancy,
  type LabelledPair,
  type Part,
  type Split,
} from './real-drift-labels';

type Pipeline = typeof import('../shared/pipeline');
type Mismatch = import('../shared/drift/types').Mismatch;
type Figure = import('../shared/figures/types').Figure;
type Span = [number, number];

export interface RealDriftOptions {
  /** The worktree whose code is scored (default: process.cwd()). */
  root?: string;
  splits?: Split[];
  /** Count `review`-level mismatches too. */
  allLevels?: boolean;
  /**
   * Lines of context on each side of the labelled pair (default 0: the pair alone, one forced bead).
   * With `window: 1`, lines n−1..n+1 of both sides are checked as a 3-line document in `--lines` mode
   * (aligned by the aligner, as `selaras check --lines` does on a file) and only the mismatches touching
   * line n are scored.
   */
  window?: number;
}

export interface Tally {
  pairs: number;
  nonTranslation: number;
  mismatches: number;
  trueMismatches: number;
  /** Mismatches on pairs labelled `translation: false` (all false alarms). */
  onNonTranslation: number;
  /** Mismatches left out because their level is `review`. */
  reviews: number;
  /**
   * Pairs the engine judged not a translation (`comparison.notTranslations`, a bead holding the labelled
   * line): of the pairs labelled `translation: false`, and of those labelled translations (wrongly caught).
   */
  judgedNotOfNon: number;
  judgedNotOfTranslations: number;
  labelled: number;
  found: number;
  /** Labelled discrepancies whose note starts with `context:` (figure stated in a neighbouring line), and found of them. */
  contextLabelled: number;
  contextFound: number;
  /** Per labelled kind: [found, labelled]. */
  byLabelKind: Record<string, [number, number]>;
  /** Per system mismatch kind: [true, all]. */
  bySystemKind: Record<string, [number, number]>;
}

export interface FalseAlarm {
  id: string;
  kind: string;
  a: string | null;
  b: string | null;
  note: string;
  nonTranslation: boolean;
}
export interface Miss {
  id: string;
  label: LabelledDiscrepancy;
  /** Mismatches on the same pair that touch one side of the label only, or none. */
  partly: string[];
}

export interface RealDriftResult {
  /** `${split}/${part}` → tally; also `${split}/all`. */
  tallies: Map<string, Tally>;
  /** Dev and dev2 splits only. */
  falseAlarms: FalseAlarm[];
  /** Every mismatch of the chosen splits (all levels) with its confidence and whether it is true, for the threshold curve. */
  scored: Array<{ split: string; confidence: number; hit: boolean }>;
  /** Every labelled discrepancy with the highest confidence of a mismatch matching it (−1: none). */
  labelBest: Array<{ split: string; best: number }>;
  misses: Miss[];
  /** Dev pairs whose translation judgement disagrees with the label (held-out pairs are never listed). */
  misjudged: Array<{ id: string; labelled: 'translation' | 'not a translation' }>;
  problems: string[];
}

const emptyTally = (): Tally => ({
  pairs: 0,
  nonTranslation: 0,
  mismatches: 0,
  trueMismatches: 0,
  onNonTranslation: 0,
  reviews: 0,
  judgedNotOfNon: 0,
  judgedNotOfTranslations: 0,
  labelled: 0,
  found: 0,
  contextLabelled: 0,
  contextFound: 0,
  byLabelKind: {},
  bySystemKind: {},
});

const overlaps = (f: Figure | null, spans: Span[]): boolean => !!f && spans.some(([s, e]) => f.start < e && s < f.end);

function bump(rec: Record<string, [number, number]>, key: string, hit: boolean): void {
  const cell = (rec[key] ??= [0, 0]);
  if (hit) cell[0]++;
  cell[1]++;
}

/** True when the system mismatch matches the labelled discrepancy (see the file comment). */
function matchesLabel(m: Mismatch, d: LabelledDiscrepancy, lineA: string, lineB: string): boolean {
  const onA = d.kind !== 'added' && d.a !== null && overlaps(m.aFigure, occurrences(lineA, d.a));
  const onB = d.kind !== 'missing' && d.b !== null && overlaps(m.bFigure, occurrences(lineB, d.b));
  return onA || onB;
}

/** The pipeline of the worktree at `root` (its shared/pipeline.ts). */
export async function loadPipeline(root: string): Promise<Pipeline> {
  const file = path.join(root, 'shared', 'pipeline.ts');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run from a Selaras worktree`);
  return (await import(pathToFileURL(file).href)) as Pipeline;
}

type Lexicon = import('../shared/align/lexicon').Lexicon;

/**
 * The bilingual lexicon of the scored worktree (`resources/lexicon/id-en.tsv`), parsed by its own
 * code, as `selaras check` loads it for an Indonesian–English pair; undefined when the worktree has none.
 */
export async function loadLexicon(root: string): Promise<Lexicon | undefined> {
  const tsv = path.join(root, 'resources', 'lexicon', 'id-en.tsv');
  const code = path.join(root, 'shared', 'align', 'lexicon.ts');
  if (!fs.existsSync(tsv) || !fs.existsSync(code)) return undefined;
  const { parseLexicon } = (await import(pathToFileURL(code).href)) as typeof import('../shared/align/lexicon');
  return parseLexicon(fs.readFileSync(tsv, 'utf8'));
}

interface Checked {
  mismatches: Mismatch[];
  /** The engine judged the labelled line's bead not a translation (false when the scored code does not judge). */
  judgedNot: boolean;
  /** The labelled lines' text, and where they start in the checked documents. */
  lineA: string;
  lineB: string;
  offsetA: number;
  offsetB: number;
}

function mismatchesOf(p: Pipeline, linesA: string[], linesB: string[], n: number, window: number, lexicon: Lexicon | undefined): Checked {
  if (window <= 0) {
    const a = p.analyse(linesA[n], { lang: 'id', lines: true });
    const b = p.analyse(linesB[n], { lang: 'en', lines: true });
    // One labelled pair = one bead: the A line against the B line, whatever the aligner would say.
    const beads = [{ a: [0], b: [0], score: 1 }];
    const comparison = p.checkVersions(a, b, { beads, lexicon }).comparison;
    return { mismatches: comparison.mismatches, judgedNot: judgedNot(comparison, 0), lineA: linesA[n], lineB: linesB[n], offsetA: 0, offsetB: 0 };
  }
  // A small document around the pair, checked the way `selaras check --lines` checks a file.
  const from = Math.max(0, n - window);
  const to = Math.min(linesA.length, linesB.length, n + window + 1);
  const docA = linesA.slice(from, to);
  const docB = linesB.slice(from, to);
  const a = p.analyse(docA.join('\n'), { lang: 'id', lines: true });
  const b = p.analyse(docB.join('\n'), { lang: 'en', lines: true });
  const k = n - from;
  const comparison = p.checkVersions(a, b, { lexicon }).comparison;
  const all = comparison.mismatches;
  const onLine = all.filter((m) => (m.aFigure ? m.aFigure.sentence === k : false) || (m.bFigure ? m.bFigure.sentence === k : false));
  // Figure offsets are into the document: shift them so they index the labelled line.
  const offsetA = a.sentences[k]?.start ?? 0;
  const offsetB = b.sentences[k]?.start ?? 0;
  return { mismatches: onLine, judgedNot: judgedNot(comparison, k), lineA: linesA[n], lineB: linesB[n], offsetA, offsetB };
}

/** Whether the comparison judged the bead holding line `k` of side A not a translation (older code: never). */
function judgedNot(comparison: { notTranslations?: Array<{ a: number[] }> }, k: number): boolean {
  return (comparison.notTranslations ?? []).some((x) => x.a.includes(k));
}

/** A mismatch with its figures' offsets moved into the labelled line (figures of other lines dropped). */
function onLabelledLine(m: Mismatch, c: Checked): Mismatch {
  if (c.offsetA === 0 && c.offsetB === 0) return m;
  const shift = (f: Figure | null, off: number, len: number) => {
    if (!f) return null;
    const start = f.start - off;
    return start < 0 || start > len ? null : { ...f, start, end: f.end - off };
  };
  return { ...m, aFigure: shift(m.aFigure, c.offsetA, c.lineA.length), bFigure: shift(m.bFigure, c.offsetB, c.lineB.length) };
}

/** Scores the labels present; null when ../shared (the corpus) or the label files are absent. */
export async function evaluateRealDrift(options: RealDriftOptions = {}): Promise<RealDriftResult | null> {
  const files = presentLabelFiles();
  if (files.length === 0 || !fs.existsSync(PANL_DIR)) return null;
  const pipeline = await loadPipeline(options.root ?? process.cwd());
  // the CLI checks an Indonesian–English pair with the bilingual lexicon: so does the scorer
  const lexicon = await loadLexicon(options.root ?? process.cwd());
  const splits = options.splits ?? [...SPLITS];
  const result: RealDriftResult = { tallies: new Map(), falseAlarms: [], misses: [], misjudged: [], problems: [], scored: [], labelBest: [] };
  const tally = (key: string) => {
    let t = result.tallies.get(key);
    if (!t) result.tallies.set(key, (t = emptyTally()));
    return t;
  };

  const panlOf = new Map<Part, ReturnType<typeof readPanl>>();
  for (const { part: filePart, file } of files) {
    const { pairs, errors } = readLabelFile(file, filePart);
    result.problems.push(...errors);
    for (const pair of pairs) {
      if (!splits.includes(pair.split)) continue;
      const part = pair.part;
      if (!panlOf.has(part)) panlOf.set(part, readPanl(part));
      const panl = panlOf.get(part);
      if (!panl) continue;
      if (panl.a[pair.line] === undefined || panl.b[pair.line] === undefined) {
        result.problems.push(`${pair.id}: line ${pair.line} is beyond the corpus`);
        continue;
      }
      const checked = mismatchesOf(pipeline, panl.a, panl.b, pair.line, options.window ?? 0, lexicon);
      scorePair(checked, pair, options, [tally(`${pair.split}/${part}`), tally(`${pair.split}/all`), tally(`${isHeldOut(pair.split) ? POOLED_HELDOUT : POOLED_DEV}/all`)], result);
    }
  }
  return result;
}

function scorePair(checked: Checked, pair: LabelledPair, options: RealDriftOptions, tallies: Tally[], result: RealDriftResult): void {
  const { lineA, lineB } = checked;
  const all = checked.mismatches.map((m) => onLabelledLine(m, checked));
  const levelOf = (m: Mismatch) => (m as Mismatch & { level?: string }).level;
  const counted = options.allLevels ? all : all.filter((m) => levelOf(m) === undefined || levelOf(m) === 'drift');
  const labels = pair.translation ? pair.discrepancies : [];
  // Dev and dev2 items may be listed; held-out items never are.
  const dev = !isHeldOut(pair.split);

  for (const t of tallies) {
    t.pairs++;
    if (!pair.translation) t.nonTranslation++;
    t.reviews += all.length - counted.length;
    if (checked.judgedNot && !pair.translation) t.judgedNotOfNon++;
    if (checked.judgedNot && pair.translation) t.judgedNotOfTranslations++;
  }
  if (dev && checked.judgedNot === pair.translation) result.misjudged.push({ id: pair.id, labelled: pair.translation ? 'translation' : 'not a translation' });
  for (const m of all) {
    const hit = labels.some((d) => matchesLabel(m, d, lineA, lineB));
    result.scored.push({ split: pair.split, confidence: m.confidence ?? 1, hit });
  }
  for (const d of labels) {
    const conf = all.filter((m) => matchesLabel(m, d, lineA, lineB)).map((m) => m.confidence ?? 1);
    result.labelBest.push({ split: pair.split, best: conf.length ? Math.max(...conf) : -1 });
  }
  for (const m of counted) {
    const hit = labels.some((d) => matchesLabel(m, d, lineA, lineB));
    for (const t of tallies) {
      t.mismatches++;
      if (hit) t.trueMismatches++;
      if (!pair.translation) t.onNonTranslation++;
      bump(t.bySystemKind, m.kind, hit);
    }
    if (!hit && dev) {
      result.falseAlarms.push({
        id: pair.id,
        kind: m.kind,
        a: m.aFigure?.text ?? null,
        b: m.bFigure?.text ?? null,
        note: m.note,
        nonTranslation: !pair.translation,
      });
    }
  }
  for (const d of labels) {
    const hit = counted.some((m) => matchesLabel(m, d, lineA, lineB));
    const context = (d.note ?? '').startsWith(CONTEXT_PREFIX);
    for (const t of tallies) {
      t.labelled++;
      if (hit) t.found++;
      if (context) {
        t.contextLabelled++;
        if (hit) t.contextFound++;
      }
      bump(t.byLabelKind, d.kind, hit);
    }
    if (!hit && dev) {
      const partly = all
        .filter((m) => overlaps(m.aFigure, d.a ? occurrences(lineA, d.a) : []) || overlaps(m.bFigure, d.b ? occurrences(lineB, d.b) : []))
        .map((m) => `${m.kind}${levelOf(m) ? `/${levelOf(m)}` : ''}`);
      result.misses.push({ id: pair.id, label: d, partly });
    }
  }
}

const ratio = (x: number, n: number) => (n ? (x / n).toFixed(3) : 'n/a');
const cells = (rec: Record<string, [number, number]>) =>
  Object.entries(rec)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, [x, n]]) => `${k} ${x}/${n}`)
    .join(', ') || '-';

/** The pooled tallies: every held-out split together, every dev split together (printed last). */
const POOLED_HELDOUT = 'heldout*';
const POOLED_DEV = 'dev*';
const splitRank = (s: string) => (s === POOLED_DEV ? SPLITS.length : s === POOLED_HELDOUT ? SPLITS.length + 1 : SPLITS.indexOf(s as Split));

/** The summary lines: per split and part, precision, recall and counts; then the dev and held-out splits pooled. */
export function summaryLines(r: RealDriftResult): string[] {
  const out: string[] = [];
  const keys = [...r.tallies.keys()].sort((x, y) => {
    const [sx, px] = x.split('/');
    const [sy, py] = y.split('/');
    if (sx !== sy) return splitRank(sx) - splitRank(sy);
    return px === 'all' ? 1 : py === 'all' ? -1 : px.localeCompare(py);
  });
  for (const key of keys) {
    const t = r.tallies.get(key)!;
    out.push(
      `${key.padEnd(12)} precision ${ratio(t.trueMismatches, t.mismatches)} (${t.trueMismatches}/${t.mismatches})  ` +
        `recall ${ratio(t.found, t.labelled)} (${t.found}/${t.labelled})  ` +
        `pairs ${t.pairs} (${t.nonTranslation} not translations, ${t.onNonTranslation} mismatches on them; ` +
        `judged not a translation: ${t.judgedNotOfNon}/${t.nonTranslation} of them, ${t.judgedNotOfTranslations}/${t.pairs - t.nonTranslation} translations)` +
        (t.reviews ? `  reviews not counted ${t.reviews}` : ''),
    );
    const nonContext = t.labelled - t.contextLabelled;
    out.push(
      `${''.padEnd(12)} recall without context: items ${ratio(t.found - t.contextFound, nonContext)} (${t.found - t.contextFound}/${nonContext})`,
    );
    out.push(`${''.padEnd(12)} labelled found/labelled by kind: ${cells(t.byLabelKind)}`);
    out.push(`${''.padEnd(12)} system true/all by kind: ${cells(t.bySystemKind)}`);
  }
  return out;
}

/** Precision and recall if the drift/review cut were at each threshold (all chosen splits together). */
export function curveLines(r: RealDriftResult): string[] {
  const out = ['\nthreshold curve (drift = confidence ≥ t; all chosen splits):'];
  for (let t = 0.1; t < 0.95; t += 0.05) {
    const kept = r.scored.filter((s) => s.confidence >= t - 1e-9);
    const tp = kept.filter((s) => s.hit).length;
    const found = r.labelBest.filter((l) => l.best >= t - 1e-9).length;
    out.push(`  t ${t.toFixed(2)}  precision ${ratio(tp, kept.length)} (${tp}/${kept.length})  recall ${ratio(found, r.labelBest.length)} (${found}/${r.labelBest.length})`);
  }
  return out;
}

function listLines(r: RealDriftResult): string[] {
  const out = [`\nDEV/DEV2 false alarms (${r.falseAlarms.length}):`];
  for (const f of r.falseAlarms) {
    out.push(`  ${f.id} ${f.kind.padEnd(9)} ${JSON.stringify(f.a)} → ${JSON.stringify(f.b)}  ${f.note}${f.nonTranslation ? '  [not a translation]' : ''}`);
  }
  out.push(`\nDEV/DEV2 misses (${r.misses.length}):`);
  for (const m of r.misses) {
    out.push(
      `  ${m.id} ${m.label.kind.padEnd(9)} ${JSON.stringify(m.label.a)} → ${JSON.stringify(m.label.b)}` +
        `${m.label.note ? `  (${m.label.note})` : ''}${m.partly.length ? `  partly: ${m.partly.join(', ')}` : ''}`,
    );
  }
  out.push(`\nDEV/DEV2 translation judgement against the label (${r.misjudged.length}):`);
  for (const j of r.misjudged) out.push(`  ${j.id} labelled ${j.labelled}, judged ${j.labelled === 'translation' ? 'not a translation' : 'a translation'}`);
  return out;
}

/** The value after `--name` on the command line, or undefined. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const splitArg = arg('split');
  // `--split dev,dev2` scores several splits at once.
  const chosen = splitArg?.split(',');
  if (chosen !== undefined && !chosen.every((s) => SPLITS.includes(s as Split))) {
    console.error(`--split must be ${SPLITS.join(', ')} or a comma-separated list of them`);
    return 2;
  }
  const list = process.argv.includes('--list');
  if (list && chosen?.some(isHeldOut)) {
    console.error('--list prints the dev splits only: held-out items stay unseen.');
    return 2;
  }
  if (!fs.existsSync(PANL_DIR)) {
    console.log(`real-text drift: ${PANL_DIR} not found, skipped.`);
    return 0;
  }
  const windowArg = arg('window');
  const window = windowArg === undefined ? 0 : Number(windowArg);
  if (!Number.isInteger(window) || window < 0 || window > 3) {
    console.error('--window must be 0, 1, 2 or 3 (lines of context on each side)');
    return 2;
  }
  const splits = chosen ? (chosen as Split[]) : undefined;
  const allLevels = process.argv.includes('--all-levels');
  // With --window N both modes are printed: the pair alone, then the pair among its neighbouring lines.
  const modes = window > 0 ? [0, window] : [0];
  let problems = 0;
  for (const w of modes) {
    const r = await evaluateRealDrift({ splits, allLevels, window: w });
    if (!r) {
      console.log(`real-text drift: no label files in ${LABEL_DIR}, skipped.`);
      return 0;
    }
    const mode = w === 0 ? 'single pairs (one forced bead)' : `window ${w} (lines n-${w}..n+${w} as a document, --lines, aligned; mismatches of line n)`;
    console.log(`=== real-text drift, ${mode} (code of ${process.cwd()}; labels of ${LABEL_DIR}) ===`);
    for (const p of r.problems) console.log(`  ! ${p}`);
    for (const line of summaryLines(r)) console.log(line);
    if (process.argv.includes('--curve')) for (const line of curveLines(r)) console.log(line);
    if (list) for (const line of listLines(r)) console.log(line);
    problems += r.problems.length;
  }
  return problems ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
