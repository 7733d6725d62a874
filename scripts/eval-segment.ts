/**
 * Scores `segment` on the hand-labelled corpus in tests/fixtures/segment/paragraphs.json:
 * precision, recall and F1 of sentence boundaries per language and overall, then every failure.
 *
 *   npx tsx scripts/eval-segment.ts
 */
import { segment } from '../shared/text';
import type { Lang } from '../shared/text';
import { buildText, compareBoundaries, loadCorpus, prf, type Counts } from '../tests/fixtures/segment/corpus';

const corpus = loadCorpus();
const perLang = new Map<Lang, Counts>([
  ['id', { tp: 0, fp: 0, fn: 0 }],
  ['en', { tp: 0, fp: 0, fn: 0 }],
]);
const heldout: Counts = { tp: 0, fp: 0, fn: 0 };
const failures: string[] = [];
const show = (s: string): string => JSON.stringify(s).slice(1, -1);

corpus.forEach((p, index) => {
  const { text, gold } = buildText(p);
  const { tp, missed, extra } = compareBoundaries(gold, segment(text, p.lang));
  for (const counts of p.heldout ? [perLang.get(p.lang)!, heldout] : [perLang.get(p.lang)!]) {
    counts.tp += tp;
    counts.fn += missed.length;
    counts.fp += extra.length;
  }
  if (missed.length || extra.length) {
    const lines = [`#${index} [${p.lang}] ${p.note ?? ''}`];
    const at = (b: number): string => `…${show(text.slice(Math.max(0, b - 30), b))} | ${show(text.slice(b, b + 30))}…`;
    for (const b of missed) lines.push(`  missed boundary: ${at(b)}`);
    for (const b of extra) lines.push(`  extra boundary:  ${at(b)}`);
    failures.push(lines.join('\n'));
  }
});

function report(label: string, c: Counts, paragraphs: number): void {
  const { precision, recall, f1 } = prf(c);
  console.log(
    `${label.padEnd(9)} paragraphs ${String(paragraphs).padStart(3)}  boundaries ${String(c.tp + c.fn).padStart(4)}  ` +
      `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
  );
}

const total: Counts = { tp: 0, fp: 0, fn: 0 };
for (const [lang, c] of perLang) {
  report(lang, c, corpus.filter((p) => p.lang === lang).length);
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
}
report('overall', total, corpus.length);
// Paragraphs marked `heldout` were written after the rules were set, to check they generalise.
report('held-out', heldout, corpus.filter((p) => p.heldout).length);
console.log(failures.length ? `\n${failures.length} paragraph(s) with errors:\n${failures.join('\n')}` : '\nno failures');
