/**
 * Sentence-alignment evaluation: strict and lax precision / recall / F1 (Vecalign's convention:
 * beads with an empty side are left out; strict = exact bead match, lax = the bead shares a
 * sentence on both sides with some gold bead), per document and overall, on
 *   - Text+Berg de–fr test documents 001–007 (../shared/benchmarks/text-berg; skipped if absent),
 *   - our own id–en gold stories (tests/fixtures/align/id-en),
 * and the confidence calibration table (how often beads in each score bin are exactly right), the
 * mode each pair is suggested (`suggestMode`), and, for two articles on one story
 * (tests/fixtures/align/mode), how many beads the default parallel mode still scores ≥ 0.9.
 *
 *   npx tsx scripts/eval-align.ts            evaluate
 *   npx tsx scripts/eval-align.ts --dev      also show the tuning sets
 *   npx tsx scripts/eval-align.ts --fit      fit the confidence model on Text+Berg dev.* and print it
 *   npx tsx scripts/eval-align.ts --params '{"oneToOneMinShared":4}'   evaluate with some constants changed
 *   npx tsx scripts/eval-align.ts --tune     coordinate search of model constants on the tuning sets only
 *                                            (Text+Berg dev.* and tests/fixtures/align/id-en-dev)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { confidence, fitConfidence, type ConfidenceInput } from '../shared/align/calibrate';
import { alignParallel } from '../shared/align/engine';
import { parseLexicon, type Lexicon } from '../shared/align/lexicon';
import { align } from '../shared/align';
import { analyse } from '../shared/pipeline';
import { suggestMode } from '../shared/align/mode';
import { DEFAULT_PARAMS, type ModelParams } from '../shared/align/params';
import type { AlignSide, Bead } from '../shared/align/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(root, '..', 'shared');
const tbDir = path.join(sharedDir, 'benchmarks', 'text-berg');
const fixtureDir = path.join(root, 'tests', 'fixtures', 'align', 'id-en');
const fixtureDevDir = path.join(root, 'tests', 'fixtures', 'align', 'id-en-dev');
const lexiconPath = path.join(root, 'resources', 'lexicon', 'id-en.tsv');

interface Doc {
  name: string;
  a: AlignSide;
  b: AlignSide;
  gold: Bead[];
}

function lines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const out = text.split('\n');
  if (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

import { parseGold } from '../shared/align/gold';

function textBergDocs(): { dev: Doc[]; test: Doc[] } | null {
  if (!fs.existsSync(tbDir)) return null;
  const dev: Doc[] = [
    {
      name: 'dev',
      a: { lang: 'de', sentences: lines(path.join(tbDir, 'dev.de')) },
      b: { lang: 'fr', sentences: lines(path.join(tbDir, 'dev.fr')) },
      gold: parseGold(fs.readFileSync(path.join(tbDir, 'dev.gold'), 'utf8')),
    },
  ];
  const test: Doc[] = [];
  for (const name of fs.readdirSync(path.join(tbDir, 'gold')).sort()) {
    test.push({
      name,
      a: { lang: 'de', sentences: lines(path.join(tbDir, 'de', name)) },
      b: { lang: 'fr', sentences: lines(path.join(tbDir, 'fr', name)) },
      gold: parseGold(fs.readFileSync(path.join(tbDir, 'gold', name), 'utf8')),
    });
  }
  return { dev, test };
}

function idEnDocs(dir = fixtureDir): Doc[] {
  if (!fs.existsSync(dir)) return [];
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -5))
    .sort();
  return names.map((name) => ({
    name,
    a: { lang: 'id', sentences: lines(path.join(dir, `${name}.id.txt`)) },
    b: { lang: 'en', sentences: lines(path.join(dir, `${name}.en.txt`)) },
    gold: parseGold(fs.readFileSync(path.join(dir, `${name}.gold`), 'utf8')),
  }));
}

/** [tpStrict, fpStrict, tpLax, fpLax] of `test` against `gold` (both without one-sided beads). */
function precisionCounts(gold: Bead[], test: Bead[]): number[] {
  const g = gold.filter((x) => x.a.length && x.b.length);
  const t = test.filter((x) => x.a.length && x.b.length);
  const keys = new Set(g.map(key));
  let tps = 0;
  let fps = 0;
  let tpl = 0;
  let fpl = 0;
  for (const bd of t) {
    if (keys.has(key(bd))) {
      tps++;
      tpl++;
      continue;
    }
    fps++;
    const sa = new Set(bd.a);
    const sb = new Set(bd.b);
    if (g.some((x) => x.a.some((i) => sa.has(i)) && x.b.some((j) => sb.has(j)))) tpl++;
    else fpl++;
  }
  return [tps, fps, tpl, fpl];
}

function key(b: Bead): string {
  return `${b.a.join(',')}:${b.b.join(',')}`;
}

interface Scores {
  counts: number[]; // precision counts (4) + recall counts (4)
}

function prf(tp: number, fp: number, tpR: number, fnR: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tpR + fnR ? tpR / (tpR + fnR) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

function summarise(c: number[]): { strict: [number, number, number]; lax: [number, number, number] } {
  return { strict: prf(c[0], c[1], c[4], c[5]), lax: prf(c[2], c[3], c[6], c[7]) };
}

function scoreDoc(gold: Bead[], test: Bead[]): Scores {
  return { counts: [...precisionCounts(gold, test), ...precisionCounts(test, gold)] };
}

interface CalRow {
  conf: number;
  right: boolean;
  x: ConfidenceInput;
}

/** Aligns a document and collects calibration rows (beads whose sentences the gold covers). */
function runDoc(doc: Doc, lexicon: Lexicon | undefined, params: ModelParams, coef?: number[]): { beads: Bead[]; cal: CalRow[]; ms: number } {
  const xs = new Map<Bead, ConfidenceInput>();
  const t0 = performance.now();
  const res = alignParallel(doc.a, doc.b, { lexicon }, { params, coef, onBead: (b, x) => xs.set(b, x) });
  const ms = performance.now() - t0;
  const coveredA = new Set(doc.gold.flatMap((g) => g.a));
  const coveredB = new Set(doc.gold.flatMap((g) => g.b));
  const goldKeys = new Set(doc.gold.map(key));
  const cal: CalRow[] = [];
  for (const bd of res.beads) {
    if (!bd.a.every((i) => coveredA.has(i)) || !bd.b.every((j) => coveredB.has(j))) continue;
    const x = xs.get(bd);
    if (!x) continue;
    cal.push({ conf: bd.score, right: goldKeys.has(key(bd)), x });
  }
  return { beads: res.beads, cal, ms };
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function evalSet(title: string, docs: Doc[], lexicon: Lexicon | undefined, params: ModelParams, quiet = false, coef?: number[]): { total: number[]; cal: CalRow[] } {
  const total = new Array<number>(8).fill(0);
  const cal: CalRow[] = [];
  if (!quiet) {
    console.log(`\n${title}`);
    console.log('doc        A    B   strict P  R      F1     lax P  R      F1     ms  mode suggested');
  }
  for (const doc of docs) {
    const { beads, cal: c, ms } = runDoc(doc, lexicon, params, coef);
    const s = scoreDoc(doc.gold, beads);
    s.counts.forEach((v, k) => (total[k] += v));
    cal.push(...c);
    if (!quiet) {
      const m = summarise(s.counts);
      console.log(
        `${doc.name.padEnd(8)} ${String(doc.a.sentences.length).padStart(4)} ${String(doc.b.sentences.length).padStart(4)}   ` +
          `${fmt(m.strict[0])} ${fmt(m.strict[1])} ${fmt(m.strict[2])}  ${fmt(m.lax[0])} ${fmt(m.lax[1])} ${fmt(m.lax[2])}  ${ms.toFixed(0).padStart(5)}  ${suggestMode(doc.a, doc.b, { lexicon }).mode}`,
      );
    }
  }
  if (!quiet) {
    const m = summarise(total);
    console.log(
      `${'overall'.padEnd(8)}             ${fmt(m.strict[0])} ${fmt(m.strict[1])} ${fmt(m.strict[2])}  ${fmt(m.lax[0])} ${fmt(m.lax[1])} ${fmt(m.lax[2])}`,
    );
  }
  return { total, cal };
}

function calibrationTable(title: string, cal: CalRow[]): void {
  console.log(`\nCalibration (${title}): share of beads exactly right per confidence bin`);
  console.log('bin          beads   right   expected');
  const edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  for (let k = 0; k + 1 < edges.length; k++) {
    const rows = cal.filter((r) => r.conf >= edges[k] && r.conf < edges[k + 1]);
    if (!rows.length) continue;
    const right = rows.filter((r) => r.right).length / rows.length;
    const mean = rows.reduce((s, r) => s + r.conf, 0) / rows.length;
    console.log(`[${edges[k].toFixed(2)}, ${Math.min(1, edges[k + 1]).toFixed(2)}${k + 2 === edges.length ? ']' : ')'}  ${String(rows.length).padStart(6)}   ${fmt(right)}   ${fmt(mean)}`);
  }
  const hi = cal.filter((r) => r.conf >= 0.9);
  if (hi.length) console.log(`score ≥ 0.90: ${hi.length} beads, ${(100 * hi.filter((r) => r.right).length / hi.length).toFixed(1)}% right (target ≥ 95%)`);
}

/** Tuning objective: mean strict F1 of the Text+Berg dev pair and the id–en dev stories. */
function devF1(docs: Doc[], params: ModelParams, idDev: Doc[], lexicon: Lexicon | undefined): number {
  const tb = summarise(evalSet('', docs, undefined, params, true).total).strict[2];
  if (!idDev.length) return tb;
  const id = summarise(evalSet('', idDev, lexicon, params, true).total).strict[2];
  return (tb + id) / 2;
}

function tune(dev: Doc[], start: Partial<ModelParams>, idDev: Doc[], lexicon: Lexicon | undefined): void {
  let best = { ...structuredClone(DEFAULT_PARAMS), ...start };
  let bestF = devF1(dev, best, idDev, lexicon);
  console.log(`start dev strict F1 ${fmt(bestF)}`);
  type Knob = { name: string; get: (p: ModelParams) => number; set: (p: ModelParams, v: number) => void; steps: number[] };
  const knobs: Knob[] = [];
  const scalar = (name: keyof ModelParams, steps: number[]): Knob => ({
    name,
    get: (p) => p[name] as number,
    set: (p, v) => ((p as unknown as Record<string, number>)[name] = v),
    steps,
  });
  const fam = (name: keyof ModelParams['fam'], steps: number[]): Knob => ({
    name: `fam.${name}`,
    get: (p) => p.fam[name],
    set: (p, v) => (p.fam[name] = v),
    steps,
  });
  const prior = (t: number): Knob => ({ name: `prior[${t}]`, get: (p) => p.prior[t], set: (p, v) => (p.prior[t] = v), steps: [-1, -0.5, 0.5, 1] });
  knobs.push(scalar('lenWeight', [0.7, 0.85, 1.2, 1.4]), scalar('skipLen', [-0.2, -0.1, 0.1, 0.2]));
  for (let t = 1; t < 8; t++) knobs.push(prior(t));
  knobs.push(fam('num', [0.7, 1.4]), fam('word', [0.7, 1.4]), fam('prefix', [0.5, 1.5]), fam('name', [0, 0.5, 1.5]), fam('induced', [0, 0.5, 1.5]), fam('lex', [0.5, 0.75, 1.5, 2]));
  knobs.push(scalar('numMiss', [0, 0.5, 2]), scalar('punctMatch', [0, 0.5, 2]), scalar('punctMiss', [0, 0.5, 2]));
  knobs.push(scalar('induceMinDice', [0.8, 1.2]), scalar('pMax', [0.6, 1.5]));
  knobs.push(scalar('missGamma', [0.1, 0.5, 2]), scalar('missRhoMax', [0.9, 1.05]));
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const k of knobs) {
      for (const step of k.steps) {
        const cand = structuredClone(best);
        const v = k.get(best);
        const nv = k.name.startsWith('prior') || k.name === 'skipLen' ? v + step : v === 0 ? step : v * step;
        k.set(cand, nv);
        const f = devF1(dev, cand, idDev, lexicon);
        if (f > bestF + 1e-4) {
          bestF = f;
          best = cand;
          improved = true;
          console.log(`  ${k.name} = ${nv.toFixed(3)} → ${fmt(f)}`);
        }
      }
    }
    if (!improved) break;
  }
  console.log(JSON.stringify(best));
}

/** Parameters with every evidence family off: the aligner on lengths alone (texts that share nothing). */
function lengthOnly(p: ModelParams): ModelParams {
  const q = structuredClone(p);
  q.fam = { num: 0, word: 0, prefix: 0, name: 0, lex: 0, gloss: 0, induced: 0 };
  q.numMiss = 0;
  q.punctMatch = 0;
  q.punctMiss = 0;
  return q;
}

/**
 * Fits the confidence model on dev.* only, for several posterior temperatures; the training rows
 * are the dev pair aligned normally plus the dev pair aligned on lengths alone (so the model
 * learns how little a bead without evidence is worth).
 */
function fit(dev: Doc[]): void {
  for (const T of [1, 2, 3, 5, 8]) {
    const rows: CalRow[] = [];
    for (const p of [DEFAULT_PARAMS, lengthOnly(DEFAULT_PARAMS)]) {
      const q = { ...structuredClone(p), temperature: T };
      for (const doc of dev) rows.push(...runDoc(doc, undefined, q).cal);
    }
    const coef = fitConfidence(
      rows.map((r) => r.x),
      rows.map((r) => r.right),
    );
    let ll = 0;
    let hiN = 0;
    let hiRight = 0;
    for (const r of rows) {
      const c = Math.min(1 - 1e-9, Math.max(1e-9, confidence(r.x, coef)));
      ll -= r.right ? Math.log(c) : Math.log(1 - c);
      if (c >= 0.9) {
        hiN++;
        if (r.right) hiRight++;
      }
    }
    console.log(`T=${T}  log-loss ${(ll / rows.length).toFixed(4)}  ≥0.9: ${hiN} beads ${((100 * hiRight) / Math.max(1, hiN)).toFixed(1)}% right`);
    console.log(`  CONFIDENCE_COEF = [${coef.map((v) => v.toFixed(4)).join(', ')}]`);
  }
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const lexicon = fs.existsSync(lexiconPath) ? parseLexicon(fs.readFileSync(lexiconPath, 'utf8')) : undefined;
  const tb = textBergDocs();
  if (args.has('--tune')) {
    if (!tb) return console.log('note: ../shared/benchmarks/text-berg not found; nothing to tune on');
    const k = process.argv.indexOf('--from');
    return tune(tb.dev, k > 0 ? (JSON.parse(process.argv[k + 1]) as Partial<ModelParams>) : {}, idEnDocs(fixtureDevDir), lexicon);
  }
  if (args.has('--fit')) {
    if (!tb) return console.log('note: ../shared/benchmarks/text-berg not found; nothing to fit on');
    return fit(tb.dev);
  }
  const pk = process.argv.indexOf('--params');
  const params: ModelParams = pk > 0 ? { ...DEFAULT_PARAMS, ...(JSON.parse(process.argv[pk + 1]) as Partial<ModelParams>) } : DEFAULT_PARAMS;
  const calAll: CalRow[] = [];
  if (tb) {
    if (args.has('--dev')) {
      evalSet('Text+Berg de–fr dev (tuning set)', tb.dev, undefined, params);
      evalSet('id–en dev stories (tuning set, with lexicon)', idEnDocs(fixtureDevDir), lexicon, params);
    }
    const { cal } = evalSet('Text+Berg de–fr test 001–007 (no lexicon)', tb.test, undefined, params);
    calibrationTable('Text+Berg test', cal);
    calAll.push(...cal);
  } else {
    console.log(`note: ${tbDir} not found; Text+Berg skipped`);
  }
  const idEn = idEnDocs();
  if (idEn.length) {
    if (!lexicon) console.log('note: resources/lexicon/id-en.tsv not found; id–en runs without a lexicon');
    const { cal } = evalSet('id–en gold stories (with lexicon)', idEn, lexicon, params);
    calibrationTable('id–en gold', cal);
    calAll.push(...cal);
    evalSet('id–en gold stories (no lexicon)', idEn, undefined, params);
  }
  if (calAll.length) calibrationTable('all gold sets', calAll);
  republications(lexicon);
}

/**
 * Two articles on one story (tests/fixtures/align/mode) opened in the default parallel mode: the
 * mode the pair is given, and how many beads still claim a confidence of 0.9 or more (their
 * order-based pairs are guesses, so none should).
 */
function republications(lexicon: Lexicon | undefined): void {
  seedRepublications();
  const dir = path.join(root, 'tests', 'fixtures', 'align', 'mode');
  if (!fs.existsSync(dir)) return;
  console.log('\nTwo articles on one story (tests/fixtures/align/mode), default parallel mode');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.a.id.txt')).sort()) {
    const name = f.slice(0, -'.a.id.txt'.length);
    const a: AlignSide = { lang: 'id', sentences: lines(path.join(dir, f)).filter((l) => l.trim()) };
    const b: AlignSide = { lang: 'id', sentences: lines(path.join(dir, `${name}.b.id.txt`)).filter((l) => l.trim()) };
    const ev = suggestMode(a, b, { lexicon });
    const beads = align(a, b, { lexicon }).beads.filter((x) => x.a.length && x.b.length);
    const high = beads.filter((x) => x.score >= 0.9).length;
    console.log(`${name}: modeSuggested ${ev.mode} (order ${fmt(ev.order)}, coverage ${fmt(ev.coverage)}), ${high} of ${beads.length} two-sided beads scored ≥ 0.90`);
  }
}

/**
 * Two outlets' versions of one real story (../shared/seeds 003 and 004), aligned in the default mode as `selaras check`
 * aligns them, against a judgement by hand (tests/fixtures/align/seeds-003-004.judged.json): how many beads claim a
 * confidence of 0.9 or more, and how many of them are right (the target: 95%).
 */
function seedRepublications(): void {
  const seeds = path.join(sharedDir, 'seeds');
  const judged = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'align', 'seeds-003-004.judged.json'), 'utf8')) as {
    sentences: [number, number];
    pairs: Array<[number, number]>;
    aOnly: number[];
    bOnly: number[];
  };
  const file = (prefix: string) => fs.readdirSync(seeds).find((f) => f.startsWith(prefix));
  const fa = fs.existsSync(seeds) ? file('003_') : undefined;
  const fb = fs.existsSync(seeds) ? file('004_') : undefined;
  if (!fa || !fb) return;
  const side = (f: string): AlignSide => ({ lang: 'id', sentences: analyse(fs.readFileSync(path.join(seeds, f), 'utf8'), { lang: 'id' }).sentences.map((x) => x.text) });
  const a = side(fa);
  const b = side(fb);
  console.log('\nTwo outlets’ versions of one story (seeds 003 ↔ 004, judged by hand), default parallel mode');
  if (a.sentences.length !== judged.sentences[0] || b.sentences.length !== judged.sentences[1]) {
    console.log(`  segmented into ${a.sentences.length} and ${b.sentences.length} sentences, not the ${judged.sentences.join(' and ')} judged: not measured`);
    return;
  }
  // A bead is right when it is a pair judged, or one-sided over sentences judged to stand alone; wrong when it breaks
  // a pair judged or pairs a sentence judged alone; else (unjudged sentences only) not counted.
  const pairs = new Set(judged.pairs.map(([x, y]) => `${x}-${y}`));
  const pairedA = new Set(judged.pairs.map(([x]) => x));
  const pairedB = new Set(judged.pairs.map(([, y]) => y));
  const right = (bd: Bead): boolean | undefined => {
    if (bd.a.length === 1 && bd.b.length === 1 && pairs.has(`${bd.a[0]}-${bd.b[0]}`)) return true;
    if (bd.b.length === 0 && bd.a.every((x) => judged.aOnly.includes(x))) return true;
    if (bd.a.length === 0 && bd.b.every((y) => judged.bOnly.includes(y))) return true;
    const breaksPair = bd.a.some((x) => pairedA.has(x)) || bd.b.some((y) => pairedB.has(y));
    const pairsAlone = bd.a.length > 0 && bd.b.length > 0 && (bd.a.some((x) => judged.aOnly.includes(x)) || bd.b.some((y) => judged.bOnly.includes(y)));
    return breaksPair || pairsAlone ? false : undefined;
  };
  const high = align(a, b).beads.filter((bd) => bd.score >= 0.9);
  const judgedHigh = high.map(right).filter((r) => r !== undefined);
  const ok = judgedHigh.filter((r) => r).length;
  console.log(`  ${high.length} beads scored ≥ 0.90, ${judgedHigh.length} of them judged: ${ok} right (${fmt(judgedHigh.length ? ok / judgedHigh.length : 1)}; target ≥ 0.95)`);
}

main();
