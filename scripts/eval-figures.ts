/**
 * Scores figure extraction on the hand-labelled corpus in tests/fixtures/figures/corpus.json:
 * precision and recall by value (a predicted figure is correct when its kind and value agree with
 * a gold figure of the same sentence, one-to-one), per language and per kind, then every miss and
 * false positive, the qualifier/unit agreement of the matches, and the throughput.
 * When ../shared/seeds exists, prints every figure read from seeds 003_* and 004_* for a human check.
 *
 *   npx tsx scripts/eval-figures.ts [corpus.json]
 *   npx tsx scripts/eval-figures.ts --real [--split figdev|figheldout] [--list]   real PANL sentences (scripts/real-figure-labels.ts)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFromSentence, extractFigures, unitConcept } from '../shared/figures';
import type { Figure } from '../shared/figures';
import type { Lang, Sentence } from '../shared/text/types';
import { FIGURE_SPLITS, panlLines, readFigureLabels } from './real-figure-labels';

interface GoldFigure {
  text: string;
  kind: string;
  value: number | string;
  qualifier?: string;
  unit?: string;
}
interface GoldSentence {
  lang: Lang;
  text: string;
  figures: GoldFigure[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// an optional argument names another corpus file of the same shape; `--real` scores the labelled real sentences
const realMode = process.argv.includes('--real');
const fileArg = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--split');
const corpusPath = fileArg ? path.resolve(fileArg) : path.join(root, 'tests/fixtures/figures/corpus.json');

function sameValue(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts): void {
  const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  map.set(key, c);
}

function pr(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function scoreCorpus(corpus: GoldSentence[], listProblems: boolean): void {
  const byLang = new Map<string, Counts>();
  const byKind = new Map<string, Counts>();
  const problems: string[] = [];
  let qualifierAgree = 0;
  let unitChecked = 0;
  let unitAgree = 0;
  let matched = 0;

  corpus.forEach((s, index) => {
    const predicted = extractFromSentence(s.text, s.lang);
    const used = new Set<number>();
    const lines: string[] = [];
    for (const p of predicted) {
      const g = s.figures.findIndex((gf, gi) => !used.has(gi) && gf.kind === p.kind && sameValue(gf.value, p.value));
      if (g >= 0) {
        used.add(g);
        bump(byLang, s.lang, 'tp');
        bump(byKind, p.kind, 'tp');
        matched++;
        const gf = s.figures[g];
        if ((gf.qualifier ?? 'exact') === p.qualifier) qualifierAgree++;
        else lines.push(`  qualifier: "${p.text}" ${p.qualifier}, gold ${gf.qualifier}`);
        if (gf.unit !== undefined || p.unit !== undefined) {
          unitChecked++;
          if (unitConcept(gf.unit, s.lang) === unitConcept(p.unit, s.lang)) unitAgree++;
          else lines.push(`  unit: "${p.text}" ${p.unit ?? '-'}, gold ${gf.unit ?? '-'}`);
        }
      } else {
        bump(byLang, s.lang, 'fp');
        bump(byKind, p.kind, 'fp');
        lines.push(`  FALSE POSITIVE: "${p.text}" ${p.kind} ${JSON.stringify(p.value)}`);
      }
    }
    s.figures.forEach((gf, gi) => {
      if (used.has(gi)) return;
      bump(byLang, s.lang, 'fn');
      bump(byKind, gf.kind, 'fn');
      lines.push(`  MISS: "${gf.text}" ${gf.kind} ${JSON.stringify(gf.value)}`);
    });
    if (lines.length) problems.push(`#${index} [${s.lang}] ${s.text}\n${lines.join('\n')}`);
  });

  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of byLang.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  console.log(`Figure extraction on ${corpus.length} labelled sentences (${corpus.filter((s) => s.figures.length === 0).length} without figures)\n`);
  console.log('By language');
  for (const [lang, c] of [...byLang].sort()) console.log(`  ${lang}     ${pr(c)}`);
  console.log(`  all    ${pr(total)}`);
  console.log('\nBy kind');
  for (const [kind, c] of [...byKind].sort()) console.log(`  ${kind.padEnd(9)} ${pr(c)}`);
  console.log(`\nOf ${matched} matched figures: qualifier agrees ${qualifierAgree}, unit concept agrees ${unitAgree}/${unitChecked}`);
  if (listProblems) console.log(problems.length ? `\nProblems (${problems.length} sentences)\n${problems.join('\n')}` : '\nNo misses, no false positives.');
  else if (problems.length) console.log(`\n${problems.length} sentences with a miss or a false positive (held out: not listed)`);
}

/**
 * `--real [--split figdev|figheldout] [--list]`: the figures hand-labelled in real PANL sentences
 * (scripts/real-figure-labels.ts), each split on its own; problems are listed for dev splits only.
 */
function realMain(): void {
  const { lines, errors } = readFigureLabels();
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(2);
  }
  const i = process.argv.indexOf('--split');
  const only = i >= 0 ? process.argv[i + 1] : undefined;
  for (const split of FIGURE_SPLITS) {
    if (only && split !== only) continue;
    const corpus: GoldSentence[] = [];
    for (const l of lines.filter((x) => x.split === split)) {
      const text = panlLines(l.part, l.lang)?.[l.line];
      if (text === undefined) {
        console.log('../shared/benchmarks/panl-bppt is missing: the real sentences cannot be scored.');
        return;
      }
      for (const f of l.figures) if (!text.includes(f.text)) console.error(`${l.id}: "${f.text}" is not in the line`);
      corpus.push({ lang: l.lang, text: text.trim(), figures: l.figures });
    }
    if (!corpus.length) continue;
    console.log(`\n=== ${split}: real PANL sentences ===`);
    scoreCorpus(corpus, process.argv.includes('--list') && split.startsWith('figdev'));
  }
}

if (realMode) {
  realMain();
  process.exit(0);
}
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as GoldSentence[];
scoreCorpus(corpus, true);


// ---------------------------------------------------------------------------------------------
// throughput

function throughput(label: string, text: string, lang: Lang): void {
  const lines = text.split('\n');
  const sentences: Sentence[] = [];
  let pos = 0;
  for (const l of lines) {
    sentences.push({ text: l, start: pos, end: pos + l.length, paragraph: 0 });
    pos += l.length + 1;
  }
  extractFigures(text, sentences, lang); // warm up
  // best of three: the machine is shared, the best run is the closest to the code's own speed
  let ms = Infinity;
  let figs: Figure[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    figs = extractFigures(text, sentences, lang);
    ms = Math.min(ms, performance.now() - t0);
  }
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  console.log(`  ${label.padEnd(28)} ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms = ${(mb / (ms / 1000)).toFixed(1)} MB/s, ${figs.length} figures`);
}

console.log('\nThroughput (one core, lines as sentences, best of three after a warm-up run)');
const bench = path.resolve(root, '..', 'shared', 'benchmarks', 'panl-bppt');
if (existsSync(bench)) {
  for (const f of readdirSync(bench).filter((n) => n.endsWith('.txt')).sort()) {
    throughput(`panl-bppt/${f}`, readFileSync(path.join(bench, f), 'utf8'), f.includes('.en.') ? 'en' : 'id');
  }
} else {
  console.log('  (../shared/benchmarks missing: measuring on the labelled corpus repeated)');
}
for (const lang of ['id', 'en'] as Lang[]) {
  const one = corpus.filter((s) => s.lang === lang).map((s) => s.text).join('\n');
  throughput(`corpus ${lang} ×200`, Array.from({ length: 200 }, () => one).join('\n'), lang);
}

// ---------------------------------------------------------------------------------------------
// seeds 003 and 004 for a human check

const seeds = path.resolve(root, '..', 'shared', 'seeds');
if (!existsSync(seeds)) {
  console.log('\n../shared/seeds is missing: skipping the seed check.');
} else {
  type Segment = (text: string, lang: Lang) => Sentence[];
  let segment: Segment | null = null;
  const textIndex = path.join(root, 'shared', 'text', 'index.ts');
  if (existsSync(textIndex)) {
    try {
      const mod = (await import(pathToFileURL(textIndex).href)) as { segment?: Segment };
      if (typeof mod.segment === 'function') segment = mod.segment;
    } catch (e) {
      console.log(`\n(shared/text could not be loaded: ${(e as Error).message}; lines are sentences)`);
    }
  }
  const guessLang = (t: string): Lang => {
    const id = (t.match(/\b(yang|dan|di|dari|untuk|dengan|tersebut|pada)\b/gi) ?? []).length;
    const en = (t.match(/\b(the|and|of|to|in|that|with|was)\b/gi) ?? []).length;
    return id >= en ? 'id' : 'en';
  };
  for (const f of readdirSync(seeds).filter((n) => /^00[34]_/.test(n)).sort()) {
    const text = readFileSync(path.join(seeds, f), 'utf8');
    const lang = guessLang(text);
    let sentences: Sentence[];
    if (segment) sentences = segment(text, lang);
    else {
      sentences = [];
      let pos = 0;
      for (const l of text.split('\n')) {
        sentences.push({ text: l, start: pos, end: pos + l.length, paragraph: 0 });
        pos += l.length + 1;
      }
    }
    const figs = extractFigures(text, sentences, lang);
    console.log(`\nSeed ${f} [${lang}], ${sentences.length} sentences (${segment ? 'shared/text' : 'lines'}), ${figs.length} figures:`);
    for (const fg of figs) console.log(`  s${fg.sentence}  ${show(fg)}`);
  }
}

function show(f: Figure): string {
  const extra = [f.qualifier !== 'exact' ? f.qualifier : '', f.unit ? `unit=${f.unit}` : '', f.currency ?? '', f.durationUnit ?? '', f.ambiguous ? `ambiguous ${JSON.stringify(f.alternatives)}` : '']
    .filter(Boolean)
    .join(' ');
  return `"${f.text}" → ${f.kind} ${JSON.stringify(f.value)}${extra ? ' ' + extra : ''}`;
}
