/**
 * Scores `segment` on the hand-labelled corpus in tests/fixtures/segment/paragraphs.json:
 * precision, recall and F1 of sentence boundaries per language and overall, then every failure.
 *
 *   npx tsx scripts/eval-segment.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../shared/text';
import type { Lang } from '../shared/text';

interface GoldParagraph {
  lang: Lang;
  sentences: string[];
  seps?: string[];
  note?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = path.join(root, 'tests/fixtures/segment/paragraphs.json');
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8')) as { paragraphs: GoldParagraph[] };

/** Joins the gold sentences into the input text and returns it with the gold boundary offsets. */
function build(p: GoldParagraph): { text: string; gold: number[] } {
  let text = '';
  const gold: number[] = [];
  p.sentences.forEach((s, i) => {
    if (i > 0) text += p.seps?.[i - 1] ?? ' ';
    text += s;
    if (i < p.sentences.length - 1) gold.push(text.length);
  });
  return { text, gold };
}

const perLang = new Map<Lang, Counts>();
const failures: string[] = [];

corpus.paragraphs.forEach((p, index) => {
  const { text, gold } = build(p);
  const sentences = segment(text, p.lang);
  const predicted = sentences.slice(0, -1).map((s) => s.end);
  const goldSet = new Set(gold);
  const predSet = new Set(predicted);
  const counts = perLang.get(p.lang) ?? { tp: 0, fp: 0, fn: 0 };
  perLang.set(p.lang, counts);
  const missed = gold.filter((b) => !predSet.has(b));
  const extra = predicted.filter((b) => !goldSet.has(b));
  counts.tp += gold.length - missed.length;
  counts.fn += missed.length;
  counts.fp += extra.length;
  if (missed.length || extra.length) {
    const lines = [`#${index} [${p.lang}] ${p.note ?? ''}`];
    for (const b of missed) lines.push(`  missed boundary: …${show(text.slice(Math.max(0, b - 30), b))} | ${show(text.slice(b, b + 30))}…`);
    for (const b of extra) lines.push(`  extra boundary:  …${show(text.slice(Math.max(0, b - 30), b))} | ${show(text.slice(b, b + 30))}…`);
    failures.push(lines.join('\n'));
  }
});

function show(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function report(label: string, c: Counts, paragraphs: number): void {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  console.log(
    `${label.padEnd(8)} paragraphs ${String(paragraphs).padStart(3)}  boundaries ${String(c.tp + c.fn).padStart(4)}  ` +
      `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
  );
}

const total: Counts = { tp: 0, fp: 0, fn: 0 };
for (const lang of ['id', 'en'] as const) {
  const c = perLang.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
  report(lang, c, corpus.paragraphs.filter((p) => p.lang === lang).length);
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
}
report('overall', total, corpus.paragraphs.length);
console.log(failures.length ? `\n${failures.length} paragraph(s) with errors:\n${failures.join('\n')}` : '\nno failures');
