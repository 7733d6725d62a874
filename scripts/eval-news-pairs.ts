/**
 * Scores the drift engine on invented news sentence pairs that helpers wrote and labelled without seeing the code
 * (tests/fixtures/news-pairs and news-pairs-N, pairs.jsonl; the guideline is tests/fixtures/news-pairs/GUIDELINE.md): Indonesian–English
 * pairs in the style of wire copy and its English editions, most rendered correctly around the traps of real
 * translation, the rest with labelled discrepancies. Set 1 (news-pairs, ids p001…) has 240 pairs; set 2
 * (news-pairs-2, ids q001…) 300, written later by another helper with other domains and longer sentences. Each pair
 * is one forced bead, checked with the bilingual lexicon as `selaras check` checks an Indonesian–English pair.
 *
 * A drift-level figure mismatch is TRUE when its figure on side A overlaps the labelled Indonesian figure, or its
 * figure on side B the labelled English one, of a discrepancy of the same pair.
 *   precision = true mismatches / drift-level mismatches;  recall = labelled discrepancies matched / all of them
 * Split: in every set every third pair (p003, p006, …, q003, …) is HELD OUT; `--list` prints the false alarms and
 * misses of the others. `--set 2` scores one set.
 *
 * Run: npx tsx scripts/eval-news-pairs.ts [--list] [--all-levels] [--set N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, checkVersions } from '../shared/pipeline';
import type { Mismatch } from '../shared/drift/types';
import { loadLexicon } from './eval-real-drift';

/** A labelled discrepancy: its figure on side A (`id`, or `a` in a set of republications) and on side B (`en` or `b`). */
interface Discrepancy {
  kind: string;
  id?: string | null;
  en?: string | null;
  a?: string | null;
  b?: string | null;
  why: string;
}
/** A pair: Indonesian and English (`id_text`, `en_text`), or two versions in `lang_a`/`lang_b` (`a_text`, `b_text`). */
interface Pair {
  id: string;
  domain: string;
  id_text?: string;
  en_text?: string;
  a_text?: string;
  b_text?: string;
  lang_a?: 'id' | 'en';
  lang_b?: 'id' | 'en';
  discrepancies: Discrepancy[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, '..', 'tests', 'fixtures');
/** The sets: news-pairs is set 1, news-pairs-N set N. */
const SETS = fs
  .readdirSync(FIXTURES)
  .map((d) => /^news-pairs(?:-(\d+))?$/.exec(d))
  .filter((m): m is RegExpExecArray => !!m)
  .map((m) => ({ n: Number(m[1] ?? 1), file: path.join(FIXTURES, m[0], 'pairs.jsonl') }))
  .sort((x, y) => x.n - y.n);

const heldOut = (p: Pair) => Number(p.id.slice(1)) % 3 === 0;

type Score = { tp: number; flagged: number; found: number; labelled: number; reviews: number; cleanFlagged: number };
const zero = (): Score => ({ tp: 0, flagged: 0, found: 0, labelled: 0, reviews: 0, cleanFlagged: 0 });

function spanOf(text: string, surface: string | null): [number, number] | null {
  if (surface === null) return null;
  const at = text.indexOf(surface);
  return at < 0 ? null : [at, at + surface.length];
}
const overlaps = (s: [number, number] | null, f: { start: number; end: number } | null | undefined) => !!s && !!f && f.start < s[1] && s[0] < f.end;

async function main() {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const allLevels = args.includes('--all-levels');
  const lexicon = await loadLexicon(process.cwd());
  const setArg = args.indexOf('--set');
  const only = setArg >= 0 ? Number(args[setArg + 1]) : null;
  const pct = (x: number, n: number) => (n ? (x / n).toFixed(3) : '-');
  const row = (name: string, s: Score) =>
    `${name.padEnd(14)} precision ${pct(s.tp, s.flagged)} (${s.tp}/${s.flagged})  recall ${pct(s.found, s.labelled)} (${s.found}/${s.labelled})  correct pairs flagged ${s.cleanFlagged}  reviews not counted ${s.reviews}`;
  const pooled = { dev: zero(), heldout: zero() };
  const lines: string[] = [];
  const sets = SETS.filter((x) => only === null || x.n === only);
  console.log(`news pairs (invented, labelled blind; level ${allLevels ? 'all' : 'drift'})`);
  for (const set of sets) {
    const pairs = fs.readFileSync(set.file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Pair);
    const score = { dev: zero(), heldout: zero() };
    for (const p of pairs) {
      const textA = p.id_text ?? p.a_text ?? '';
      const textB = p.en_text ?? p.b_text ?? '';
      const langA = p.lang_a ?? 'id';
      const langB = p.lang_b ?? 'en';
      const a = analyse(textA, { lang: langA, lines: true });
      const b = analyse(textB, { lang: langB, lines: true });
      // (the bilingual lexicon for a translation, none for two versions in one language, as `selaras check`)
      const all = checkVersions(a, b, { beads: [{ a: [0], b: [0], score: 1 }], lexicon: langA !== langB ? lexicon : undefined }).comparison.mismatches.filter((m) => m.kind !== 'entity');
      const shown = all.filter((m) => allLevels || (m.level ?? 'drift') === 'drift');
      const s = heldOut(p) ? score.heldout : score.dev;
      s.reviews += all.length - shown.length;
      const labels = p.discrepancies.map((d) => ({ d, a: spanOf(textA, d.id ?? d.a ?? null), b: spanOf(textB, d.en ?? d.b ?? null) }));
      const hits = (m: Mismatch, l: (typeof labels)[number]) => overlaps(l.a, m.aFigure) || overlaps(l.b, m.bFigure);
      for (const m of shown) {
        s.flagged++;
        if (labels.some((l) => hits(m, l))) s.tp++;
        else if (!heldOut(p)) lines.push(`  FALSE ${p.id} ${m.kind} "${m.aFigure?.text ?? '-'}" → "${m.bFigure?.text ?? '-'}"   | ${textA} | ${textB}`);
      }
      if (p.discrepancies.length === 0 && shown.length) s.cleanFlagged++;
      for (const l of labels) {
        s.labelled++;
        if (shown.some((m) => hits(m, l))) s.found++;
        else if (!heldOut(p)) {
          const rev = all.find((m) => hits(m, l));
          lines.push(`  MISS  ${p.id} ${l.d.kind} "${l.d.id ?? l.d.a ?? '-'}" → "${l.d.en ?? l.d.b ?? '-'}" (${l.d.why})${rev ? ` [review: ${rev.kind}]` : ''}   | ${textA} | ${textB}`);
        }
      }
    }
    for (const [name, sc] of Object.entries(score) as Array<['dev' | 'heldout', Score]>) {
      console.log(row(`set${set.n}/${name}`, sc));
      for (const k of Object.keys(sc) as Array<keyof Score>) pooled[name][k] += sc[k];
    }
  }
  if (sets.length > 1) for (const [name, sc] of Object.entries(pooled)) console.log(row(`all/${name}`, sc));
  if (list) console.log(lines.join('\n'));
}

void main();
