/**
 * Flags on a real translation between two languages outside the Indonesian and English readers: the German–French
 * Text+Berg gold (../shared/benchmarks/text-berg: Swiss Alpine Club yearbook articles and their published
 * translations). Each gold bead with text on both sides is one pair (its sentences joined), compared as one forced
 * bead, as `selaras check` compares a memory's units. Professional translations: almost every flag is a false
 * alarm, so the counts per 100 pairs are the measure (lower is better); the drift flags are listed for a person to
 * judge (a real discrepancy among them is a finding, not a fault).
 *
 *   npx tsx scripts/eval-other-pairs.ts            counts, and the drift flags
 *   npx tsx scripts/eval-other-pairs.ts --reviews  also list the review flags
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, checkVersions } from '../shared/pipeline';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '..', 'shared', 'benchmarks', 'text-berg');

/** The gold beads of every document as joined sentence pairs. */
function goldPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const doc of fs.readdirSync(path.join(dir, 'gold')).sort()) {
    const de = fs.readFileSync(path.join(dir, 'de', doc), 'utf8').split('\n');
    const fr = fs.readFileSync(path.join(dir, 'fr', doc), 'utf8').split('\n');
    for (const line of fs.readFileSync(path.join(dir, 'gold', doc), 'utf8').split('\n')) {
      const m = /^\[(.*)\]:\[(.*)\]$/.exec(line.trim());
      if (!m || !m[1] || !m[2]) continue;
      const join = (list: string, side: string[]) => list.split(',').map((i) => side[Number(i)]?.trim() ?? '').join(' ');
      out.push([join(m[1], de), join(m[2], fr)]);
    }
  }
  return out;
}

/** The printed lines of the measure (null without ../shared); `reviews` lists the review flags too. */
export function otherPairLines(reviews = false): string[] | null {
  if (!fs.existsSync(path.join(dir, 'gold'))) return null;
  const pairs = goldPairs();
  const a = analyse(pairs.map((p) => p[0]).join('\n'), { lang: 'en', langTag: 'de', lines: true });
  const b = analyse(pairs.map((p) => p[1]).join('\n'), { lang: 'en', langTag: 'fr', lines: true });
  const beads = pairs.map((_, k) => ({ a: [k], b: [k], score: 1 }));
  const { comparison } = checkVersions(a, b, { beads });
  const drifts = comparison.mismatches.filter((m) => m.level === 'drift');
  const others = comparison.mismatches.filter((m) => m.level !== 'drift');
  const per100 = (n: number) => ((100 * n) / pairs.length).toFixed(1);
  const show = (m: (typeof drifts)[number]) => `  ${m.level} ${m.kind}: "${m.aFigure?.text ?? ''}" | "${m.bFigure?.text ?? ''}"`;
  return [
    `=== German–French (Text+Berg gold, ${pairs.length} pairs, one forced bead each) ===`,
    `figures read: de ${a.figures.length}, fr ${b.figures.length}; matched ${comparison.matches.length}`,
    `drift flags ${drifts.length} (${per100(drifts.length)} per 100 pairs), review flags ${others.length} (${per100(others.length)} per 100 pairs)`,
    ...drifts.map(show),
    ...(reviews ? others.map(show) : []),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lines = otherPairLines(process.argv.includes('--reviews'));
  console.log(lines ? lines.join('\n') : `other-language pairs: ${dir} not found, skipped.`);
}
