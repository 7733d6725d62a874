/**
 * Throughput of the text core on a few MB of news text, one line per measurement:
 *
 *   segment id: 12.3 MB/s (4.4 MB in 0.36 s)
 *
 * Reads ../shared/benchmarks/panl-bppt/*.{id,en}.txt when present, otherwise synthesises text
 * from the segmentation fixtures; either is repeated to at least 4 MB per language. Best of 5 runs. Also times `extractFigures` from shared/figures when that
 * module exists. Run with `npx tsx scripts/bench.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const texts = loadTexts();
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
