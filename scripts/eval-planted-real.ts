/**
 * Recall on drifts planted into REAL translations (issue 10): real Indonesian–English line pairs from
 * ../shared/benchmarks/panl-bppt that nobody labelled (lines of tests/fixtures/real-drift are left
 * out), drawn with a fixed seed. For each pair the unmodified check gives the figure pairs the engine
 * matches; on one of them (chosen at random) the English figure is changed the way an editor's slip
 * would change it (scripts/planted-drift.ts: a digit, a scale word, an added hedge, the figure cut
 * out), and the changed pair is checked again (one forced bead, as scripts/eval-real-drift.ts does).
 *
 * A plant is FOUND when a mismatch touches the changed figure (its B figure overlaps the edited region,
 * or its A figure overlaps the A figure of the pair); found at the default level when that mismatch is
 * a `drift`. Also printed: drift-level mismatches per 100 unmodified pairs (flags on real text that
 * nobody planted; the labelled sets say how many of those are real), and extra drift-level mismatches
 * a plant caused elsewhere in its pair.
 *
 * Run: cd <worktree> && npx tsx <path>/scripts/eval-planted-real.ts [--n 400] [--seed 20261203] [--list]
 * (`--list` prints the plants missed at the default level, with the figure surfaces).
 */
import fs from 'node:fs';
import { PANL_DIR, PARTS, mulberry32, presentLabelFiles, readLabelFile, readPanl, type Part } from './real-drift-labels';
import { arg, loadLexicon, loadPipeline } from './eval-real-drift';
import { PLANT_KINDS, plantsFor, type Plant, type PlantKind } from './planted-drift';

type Mismatch = import('../shared/drift/types').Mismatch;
type Figure = import('../shared/figures/types').Figure;
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;
type Lexicon = Awaited<ReturnType<typeof loadLexicon>>;

export interface PlantedTally {
  planted: number;
  found: number;
  foundDrift: number;
  /** Drift-level mismatches the plant added away from the changed figure. */
  collateral: number;
}

export interface PlantedResult {
  pairs: number;
  /** Drift-level mismatches on the unmodified pairs. */
  baselineDrifts: number;
  byKind: Map<PlantKind, PlantedTally>;
  /** `${plant kind}/${figure kind}` → tally. */
  byFigureKind: Map<string, PlantedTally>;
  misses: string[];
}

const touches = (f: Figure | null, start: number, end: number): boolean => !!f && f.start <= end && start <= f.end;
const isDrift = (m: Mismatch): boolean => m.level === undefined || m.level === 'drift';

function check(p: Pipeline, lexicon: Lexicon, lineA: string, lineB: string) {
  const a = p.analyse(lineA, { lang: 'id', lines: true });
  const b = p.analyse(lineB, { lang: 'en', lines: true });
  return p.checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }], lexicon }).comparison;
}

/** Line numbers of a part that some label file already holds (left out: labelled lines belong to their sets). */
function labelledLines(): Map<Part, Set<number>> {
  const out = new Map<Part, Set<number>>(PARTS.map((p) => [p, new Set<number>()]));
  for (const { part, file } of presentLabelFiles()) for (const pair of readLabelFile(file, part).pairs) out.get(pair.part)?.add(pair.line);
  return out;
}

/** True when most words of the two lines are the same: a line left untranslated. */
export function untranslated(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared >= 0.6 * Math.min(wa.size, wb.size);
}

const emptyTally = (): PlantedTally => ({ planted: 0, found: 0, foundDrift: 0, collateral: 0 });

/** Plants one change of each kind into each drawn pair and checks whether the engine finds it. */
export async function evaluatePlantedReal(options: { root?: string; n?: number; seed?: number } = {}): Promise<PlantedResult | null> {
  if (!fs.existsSync(PANL_DIR)) return null;
  const root = options.root ?? process.cwd();
  const pipeline = await loadPipeline(root);
  const lexicon = await loadLexicon(root);
  const rnd = mulberry32(options.seed ?? 20261203);
  const n = options.n ?? 400;
  const skip = labelledLines();
  const result: PlantedResult = { pairs: 0, baselineDrifts: 0, byKind: new Map(), byFigureKind: new Map(), misses: [] };
  const bump = (map: Map<string, PlantedTally>, key: string, f: (t: PlantedTally) => void) => {
    let t = map.get(key);
    if (!t) map.set(key, (t = emptyTally()));
    f(t);
  };
  for (const part of PARTS) {
    const panl = readPanl(part);
    if (!panl) continue;
    const count = Math.min(panl.a.length, panl.b.length);
    // candidate lines: both sides hold a digit (where figures live), not labelled in any set
    const candidates: number[] = [];
    for (let i = 0; i < count; i++) {
      if (skip.get(part)?.has(i) || !/\d/.test(panl.a[i]) || !/\d/.test(panl.b[i])) continue;
      // a few corpus lines were never translated (the same text on both sides): no translation to plant into
      if (untranslated(panl.a[i], panl.b[i])) continue;
      candidates.push(i);
    }
    let drawn = 0;
    while (drawn < n / PARTS.length && candidates.length > 0) {
      const line = candidates.splice(Math.floor(rnd() * candidates.length), 1)[0];
      const lineA = panl.a[line];
      const lineB = panl.b[line];
      const base = check(pipeline, lexicon, lineA, lineB);
      // faithful renderings only (`exact`, or said another way: `converted`); a rounded pair is already a loose match
      const matches = base.matches.filter((m) => m.status !== 'rounded' && m.aFigure.sentence === 0 && m.bFigure.sentence === 0);
      if (matches.length === 0) continue;
      drawn++;
      result.pairs++;
      const baseDrifts = base.mismatches.filter(isDrift);
      result.baselineDrifts += baseDrifts.length;
      const target = matches[Math.floor(rnd() * matches.length)];
      for (const plant of plantsFor(lineB, target.bFigure)) {
        const after = check(pipeline, lexicon, lineA, plant.text);
        const onPlant = (m: Mismatch) => touches(m.bFigure, plant.start, plant.end) || touches(m.aFigure, target.aFigure.start, target.aFigure.end);
        const hits = after.mismatches.filter(onPlant);
        const found = hits.length > 0;
        const foundDrift = hits.some(isDrift);
        const collateral = Math.max(0, after.mismatches.filter((m) => isDrift(m) && !onPlant(m)).length - baseDrifts.length);
        const add = (t: PlantedTally) => {
          t.planted++;
          if (found) t.found++;
          if (foundDrift) t.foundDrift++;
          t.collateral += collateral;
        };
        bump(result.byKind as Map<string, PlantedTally>, plant.kind, add);
        bump(result.byFigureKind, `${plant.kind}/${target.bFigure.kind}`, add);
        if (!foundDrift) result.misses.push(missLine(part, line, plant, target.aFigure.text, target.bFigure.text, hits));
      }
    }
  }
  return result;
}

function missLine(part: Part, line: number, plant: Plant, a: string, b: string, hits: Mismatch[]): string {
  const changed = plant.kind === 'missing' ? '(cut)' : JSON.stringify(plant.text.slice(plant.start, plant.end));
  const seen = hits.map((m) => `${m.kind}/${m.level ?? 'drift'} ${m.confidence ?? ''}`).join(', ') || 'nothing';
  return `  ${part}-${String(line).padStart(5, '0')} ${plant.kind.padEnd(9)} ${JSON.stringify(a)} ↔ ${JSON.stringify(b)} → ${changed}: ${seen}`;
}

const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : 'n/a');

/** The summary: per plant kind and overall, found at any level and at the default level. */
export function plantedLines(r: PlantedResult): string[] {
  const out = [`planted into ${r.pairs} real line pairs (unlabelled PANL lines, one forced bead each)`];
  const total = emptyTally();
  for (const kind of PLANT_KINDS) {
    const t = r.byKind.get(kind);
    if (!t) continue;
    total.planted += t.planted;
    total.found += t.found;
    total.foundDrift += t.foundDrift;
    total.collateral += t.collateral;
    out.push(`  ${kind.padEnd(9)} found ${t.found}/${t.planted} (${pct(t.found, t.planted)})  at level drift ${t.foundDrift}/${t.planted} (${pct(t.foundDrift, t.planted)})  collateral drifts ${t.collateral}`);
  }
  out.push(`  all       found ${total.found}/${total.planted} (${pct(total.found, total.planted)})  at level drift ${total.foundDrift}/${total.planted} (${pct(total.foundDrift, total.planted)})  collateral drifts ${total.collateral}`);
  const weak = [...r.byFigureKind.entries()].filter(([, t]) => t.foundDrift < t.planted).sort(([x], [y]) => x.localeCompare(y));
  if (weak.length) out.push(`  below 100% at level drift: ${weak.map(([k, t]) => `${k} ${t.foundDrift}/${t.planted}`).join(', ')}`);
  out.push(`  drift-level mismatches on the unmodified pairs: ${r.baselineDrifts} (${((100 * r.baselineDrifts) / Math.max(1, r.pairs)).toFixed(1)} per 100 pairs)`);
  return out;
}

async function main(): Promise<void> {
  const r = await evaluatePlantedReal({ n: Number(arg('n') ?? 400), seed: Number(arg('seed') ?? 20261203) });
  if (!r) {
    console.log(`planted drifts on real text: ${PANL_DIR} not found, skipped.`);
    return;
  }
  console.log('=== drifts planted into real translations ===');
  for (const line of plantedLines(r)) console.log(line);
  if (process.argv.includes('--list')) {
    console.log(`\nmissed at level drift (${r.misses.length}):`);
    for (const m of r.misses) console.log(m);
  }
}

if (process.argv[1] && /eval-planted-real\.ts$/.test(process.argv[1])) void main();
