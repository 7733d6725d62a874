/**
 * Hand labels of the figures in real sentences (tests/fixtures/real-figures/*.jsonl): one line of
 * the PAN Localization/BPPT corpus (../shared/benchmarks/panl-bppt/{ECO,INT}.{id,en}.txt) per
 * object, with every figure a careful reader finds in it, in the shape of the written corpus
 * (tests/fixtures/figures/corpus.json). The sentence itself is not stored: only its place and the
 * short surface of each figure; the text is read from ../shared when the figures are scored.
 *
 * Draw a set (lines not labelled before, uniform over both parts of one language's side):
 *   npx tsx scripts/real-figure-labels.ts --draw --lang id --n 80 --as figheldout --seed 20261231 (and --lang en)
 *   npx tsx scripts/real-figure-labels.ts --draw --lang id --n 120 --as figdev --seed 20261232 --exclude fh-draw-id.jsonl (and en)
 *   npx tsx scripts/real-figure-labels.ts --draw --lang id --n 200 --as figdev2 --seed 20261233 (en: --seed 20261234)
 *   npx tsx scripts/real-figure-labels.ts --draw --lang id --n 100 --as figheldout2 --seed 20261235 (en: --seed 20261236)
 *   npx tsx scripts/real-figure-labels.ts --draw --lang id --n 150 --as figdev3 --seed 20261237 (en: --seed 20261238)
 * Score: `npx tsx scripts/eval-figures.ts --real [--split figdev] [--list]` (held-out splits are never listed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PANL_DIR, PARTS, mulberry32, type Part } from './real-drift-labels';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIGURE_LABEL_DIR = path.join(root, 'tests', 'fixtures', 'real-figures');
/** `figdev*` sets may be listed item by item while tuning; `figheldout*` sets are only scored. */
export const FIGURE_SPLITS = ['figdev', 'figheldout', 'figdev2', 'figheldout2', 'figdev3', 'figheldout3', 'figdev4', 'figheldout4', 'figdev5', 'figdev6', 'figdev7', 'figheldout5', 'figdev8', 'figheldout6', 'figdev9', 'figheldout7', 'figdev10', 'figheldout8'] as const;
export type FigureSplit = (typeof FIGURE_SPLITS)[number];
export const FIGURE_KINDS = ['count', 'money', 'percent', 'date', 'time', 'duration', 'ordinal', 'range', 'other'] as const;
export const FIGURE_QUALIFIERS = ['exact', 'about', 'magnitude', 'at-least', 'more-than', 'less-than', 'up-to', 'at-most'] as const;

export interface RealGoldFigure {
  /** The figure's surface: an exact substring of the line. */
  text: string;
  kind: (typeof FIGURE_KINDS)[number];
  value: number | string;
  qualifier?: (typeof FIGURE_QUALIFIERS)[number];
  unit?: string;
}

export interface RealFigureLine {
  /** `ECO-00123-id`: part, line number (0-based), side. */
  id: string;
  part: Part;
  line: number;
  lang: 'id' | 'en';
  split: FigureSplit;
  figures: RealGoldFigure[];
  note?: string;
}

export const figureLabelFile = (split: FigureSplit): string => path.join(FIGURE_LABEL_DIR, `${split}.jsonl`);

/** Every labelled line of the present label files, with format problems (file:line: what). */
export function readFigureLabels(): { lines: RealFigureLine[]; errors: string[] } {
  const lines: RealFigureLine[] = [];
  const errors: string[] = [];
  for (const split of FIGURE_SPLITS) {
    const file = figureLabelFile(split);
    if (!fs.existsSync(file)) continue;
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (!raw.trim()) return;
        const where = `${path.basename(file)}:${i + 1}`;
        let o: RealFigureLine;
        try {
          o = JSON.parse(raw) as RealFigureLine;
        } catch {
          errors.push(`${where}: not JSON`);
          return;
        }
        const problem = formatProblem(o, split);
        if (problem) errors.push(`${where}: ${problem}`);
        else lines.push(o);
      });
  }
  return { lines, errors };
}

function formatProblem(o: RealFigureLine, split: FigureSplit): string | null {
  if (o.split !== split) return `split "${o.split}" in the ${split} file`;
  if (!PARTS.includes(o.part)) return `part "${o.part}"`;
  if (!Number.isInteger(o.line) || o.line < 0) return `line ${o.line}`;
  if (o.lang !== 'id' && o.lang !== 'en') return `lang "${o.lang}"`;
  if (o.id !== `${o.part}-${String(o.line).padStart(5, '0')}-${o.lang}`) return `id "${o.id}" does not name its part, line and side`;
  if (!Array.isArray(o.figures)) return 'figures is not a list';
  for (const f of o.figures) {
    if (typeof f.text !== 'string' || !f.text.trim()) return 'a figure without its surface';
    if (f.text.split(/\s+/).length > 8) return `surface "${f.text}" is longer than a figure (at most 8 words)`;
    if (!FIGURE_KINDS.includes(f.kind)) return `kind "${f.kind}"`;
    if (typeof f.value !== 'number' && typeof f.value !== 'string') return `value of "${f.text}"`;
    if (f.qualifier !== undefined && !FIGURE_QUALIFIERS.includes(f.qualifier)) return `qualifier "${f.qualifier}"`;
  }
  return null;
}

/** The lines of one side of one part of PANL (BOM removed), or null when ../shared is absent. */
export function panlLines(part: Part, lang: 'id' | 'en'): string[] | null {
  const file = path.join(PANL_DIR, `${part}.${lang}.txt`);
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '').split('\n');
}

/** `--draw`: N lines of one side not labelled in any figure set (empty lines left out), in corpus order. */
function draw(lang: 'id' | 'en', n: number, split: FigureSplit, seed: number, exclude?: string): RealFigureLine[] {
  const taken = new Set(readFigureLabels().lines.map((l) => `${l.part}-${l.line}-${l.lang}`));
  // `--exclude draw.jsonl`: the lines of another draw not labelled yet (two sets drawn at once stay disjoint).
  if (exclude) {
    for (const raw of fs.readFileSync(exclude, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const o = JSON.parse(raw) as RealFigureLine;
      taken.add(`${o.part}-${o.line}-${o.lang}`);
    }
  }
  const pool: Array<{ part: Part; line: number }> = [];
  for (const part of PARTS) {
    const lines = panlLines(part, lang);
    if (!lines) throw new Error(`${PANL_DIR} is missing`);
    lines.forEach((text, line) => {
      if (text.trim() && !taken.has(`${part}-${line}-${lang}`)) pool.push({ part, line });
    });
  }
  const random = mulberry32(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool
    .slice(0, n)
    .sort((x, y) => x.part.localeCompare(y.part) || x.line - y.line)
    .map(({ part, line }) => ({ id: `${part}-${String(line).padStart(5, '0')}-${lang}`, part, line, lang, split, figures: [] }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) && process.argv.includes('--draw')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const lang = arg('lang');
  const split = arg('as') as FigureSplit | undefined;
  if ((lang !== 'id' && lang !== 'en') || !split || !FIGURE_SPLITS.includes(split)) {
    console.error(`usage: --draw --lang id|en --n N --as ${FIGURE_SPLITS.join('|')} --seed S`);
    process.exit(2);
  }
  for (const l of draw(lang, Number(arg('n') ?? 100), split, Number(arg('seed') ?? 1), arg('exclude'))) console.log(JSON.stringify(l));
}
