import { foldCase } from './normalize';
import { findIdCandidate, stemEn } from './stem';

/**
 * A bilingual word list, parsed once and passed to the aligner through `AlignOptions.lexicon`
 * (the core reads no files: the Node side or the renderer loads the TSV and calls
 * `parseLexicon`). The core only looks words up in it: a Map and a Set serve, and so does a
 * table that reads its entries on demand (the command line's cache, cli/resources.ts).
 */
export interface Lexicon {
  /** Language of the source column (`id`). */
  from: string;
  /** Language of the target column (`en`). */
  to: string;
  /** Source word (case-folded) → target keys (case-folded, stemmed when the target is English). */
  entries: Pick<ReadonlyMap<string, string[]>, 'get'>;
  /** Every target key, to keep target-side evidence to words the lexicon can match. */
  targets: Pick<ReadonlySet<string>, 'has'>;
}

/** A lexicon as {@link parseLexicon} makes it: its entries and targets in file order. */
export interface ParsedLexicon extends Lexicon {
  entries: Map<string, string[]>;
  targets: Set<string>;
}

/**
 * Parses a lexicon file: UTF-8 text, one word pair a line, `source<TAB>target` (further
 * columns are ignored); blank lines and lines starting with `#` are comments, except a
 * directive `# from=id to=en` naming the two languages (default id → en). Multi-word entries
 * are kept only as their single words are (a multi-word side is skipped).
 */
export function parseLexicon(tsv: string): ParsedLexicon {
  let from = 'id';
  let to = 'en';
  const entries = new Map<string, string[]>();
  const targets = new Set<string>();
  const lines = tsv.split(/\r?\n/);
  for (const line of lines) {
    if (line.startsWith('#')) {
      const f = /\bfrom=([A-Za-z-]+)/.exec(line);
      const t = /\bto=([A-Za-z-]+)/.exec(line);
      if (f) from = f[1].toLowerCase();
      if (t) to = t[1].toLowerCase();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const src = foldCase(cols[0].trim());
    const tgtRaw = foldCase(cols[1].trim());
    if (!src || !tgtRaw || /\s/.test(src) || /\s/.test(tgtRaw)) continue;
    const tgt = targetKey(tgtRaw, to);
    let list = entries.get(src);
    if (!list) entries.set(src, (list = []));
    if (!list.includes(tgt)) list.push(tgt);
    targets.add(tgt);
  }
  return { from, to, entries, targets };
}

/** The key a target-language word is matched under (stemmed for English). */
export function targetKey(folded: string, lang: string): string {
  return lang === 'en' ? stemEn(folded) : folded;
}

/**
 * Target keys of a source-language word: the entries of the first of its candidate base forms
 * the lexicon knows (Indonesian affixes are stripped in turn), or none.
 */
export function translate(lex: Lexicon, folded: string): string[] {
  const direct = lex.entries.get(folded);
  if (direct) return direct;
  if (lex.from !== 'id') return [];
  // Stripping affixes is the costly part: its answer is kept per lexicon and word.
  let cache = STRIPPED.get(lex);
  if (!cache) STRIPPED.set(lex, (cache = new Map()));
  const known = cache.get(folded);
  if (known) return known;
  let out = NONE;
  const entries = lex.entries;
  findIdCandidate(folded, (s) => {
    if (s === folded) return false;
    const hit = entries.get(s);
    if (hit) out = hit;
    return !!hit;
  });
  cache.set(folded, out);
  return out;
}

/** Target keys found for words through their stripped base forms (or NONE), per lexicon. */
const STRIPPED = new WeakMap<Lexicon, Map<string, string[]>>();
const NONE: string[] = [];
