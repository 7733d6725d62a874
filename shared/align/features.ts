/**
 * Per-sentence evidence of both sides, turned into integer feature ids with rarity weights, so
 * the DP can score a pair of sentences by intersecting two small sorted arrays.
 */
import type { AlignSide } from './types';
import type { Lexicon } from './lexicon';
import { targetKey, translate } from './lexicon';
import { cognateSpelling, wordTokens } from './normalize';
import { readNumbers } from './numbers';
import type { ModelParams } from './params';

/** Feature families (first character of a feature key). */
export const FAM = { num: 0, word: 1, prefix: 2, name: 3, lex: 4, gloss: 5, induced: 6 } as const;
const FAM_CHAR = ['#', 'w', 'p', 'n', 'l', 'g', 'i'];

/** Punctuation classes counted per sentence: ? ! : quotes brackets ; */
export const PUNCT_CLASSES = 6;

/** The interned feature ids shared by both sides. */
export class FeatureSpace {
  private readonly ids = new Map<string, number>();
  fam: number[] = [];
  /** Weight of each feature (set by `weigh`). */
  weight = new Float64Array(0);
  /** 1 for number features. */
  isNum = new Uint8Array(0);

  /** Id of a key, allocating it on first sight. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.fam.length;
      this.ids.set(key, id);
      this.fam.push(FAM_CHAR.indexOf(key[0]));
    }
    return id;
  }

  get size(): number {
    return this.fam.length;
  }
}

/** One side's sentences reduced to what the scorer needs. */
export interface SideData {
  n: number;
  /** Prefix sums of sentence lengths in characters (n + 1 entries). */
  cumLen: Float64Array;
  /** Feature ids of sentence s: fIds[fStart[s] .. fStart[s+1]), sorted, unique. */
  fStart: Int32Array;
  fIds: Int32Array;
  /** Distinct numbers per sentence. */
  nNum: Int32Array;
  /** Prefix sums of punctuation counts, (n + 1) × PUNCT_CLASSES. */
  punct: Int32Array;
  /** 1 when a sentence starts a paragraph; null when paragraphs are unknown. */
  paraStart: Uint8Array | null;
  /** Features sentence s shares with s + 1 (d = 1) and with s + 2 (d = 2). */
  rep1Start: Int32Array;
  rep1: Int32Array;
  rep2Start: Int32Array;
  rep2: Int32Array;
  /** Case-folded word ids per sentence (for the induced lexicon), sorted unique. */
  wStart: Int32Array;
  wIds: Int32Array;
  words: string[];
}

/** How one side takes part in the bilingual lexicon: as its source, its target, or not at all. */
export type LexRole = 'source' | 'target' | 'none';

interface SideBuildOptions {
  lexicon?: Lexicon;
  lexRole: LexRole;
  /** Glossary terms of this side, as folded token sequences, indexed by entry. */
  glossary: string[][];
  prefixLen: number;
}

const PUNCT_RE = /[?!:"“”„«»‹›()[\];？！：]/g;

function punctClass(ch: string): number {
  switch (ch) {
    case '?':
    case '？':
      return 0;
    case '!':
    case '！':
      return 1;
    case ':':
    case '：':
      return 2;
    case '(':
    case ')':
    case '[':
    case ']':
      return 4;
    case ';':
      return 5;
    default:
      return 3;
  }
}

/** Reads one side into features interned in `space`. */
export function buildSide(side: AlignSide, space: FeatureSpace, o: SideBuildOptions): SideData {
  const sents = side.sentences;
  const n = sents.length;
  const cumLen = new Float64Array(n + 1);
  const fStart = new Int32Array(n + 1);
  const nNum = new Int32Array(n);
  const punct = new Int32Array((n + 1) * PUNCT_CLASSES);
  const fIds: number[] = [];
  const wStart = new Int32Array(n + 1);
  const wIdsList: number[] = [];
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const glossIndex = indexGlossary(o.glossary);

  for (let s = 0; s < n; s++) {
    const text = sents[s] ?? '';
    cumLen[s + 1] = cumLen[s] + text.length;
    // punctuation
    const pBase = (s + 1) * PUNCT_CLASSES;
    for (let c = 0; c < PUNCT_CLASSES; c++) punct[pBase + c] = punct[pBase - PUNCT_CLASSES + c];
    PUNCT_RE.lastIndex = 0;
    let pm: RegExpExecArray | null;
    let guard = 0;
    while ((pm = PUNCT_RE.exec(text)) !== null && guard++ < 1000) punct[pBase + punctClass(pm[0])]++;

    const ids = new Set<number>();
    const toks = wordTokens(text);
    const sw = new Set<number>();
    for (const t of toks) {
      let wid = wordIds.get(t.norm);
      if (wid === undefined) {
        wid = words.length;
        wordIds.set(t.norm, wid);
        words.push(t.norm);
      }
      sw.add(wid);
      const cog = cognateSpelling(t.norm);
      if (cog.length >= 4) ids.add(space.intern(`w${cog}`));
      if (cog.length > o.prefixLen) ids.add(space.intern(`p${cog.slice(0, o.prefixLen)}`));
      if (t.capital && t.index > 0 && cog.length >= 2) ids.add(space.intern(`n${cog}`));
      if (o.lexicon && o.lexRole === 'source') {
        const tr = translate(o.lexicon, t.norm);
        for (let k = 0; k < tr.length && k < 4; k++) ids.add(space.intern(`l${tr[k]}`));
      } else if (o.lexicon && o.lexRole === 'target') {
        const key = targetKey(t.norm, o.lexicon.to);
        if (o.lexicon.targets.has(key)) ids.add(space.intern(`l${key}`));
      }
    }
    if (glossIndex.size > 0) for (const g of matchGlossary(toks.map((t) => t.norm), glossIndex)) ids.add(space.intern(`g${g}`));
    const nums = side.numbers?.[s] ?? readNumbers(text);
    const numSet = new Set<number>();
    for (const v of nums) {
      if (!Number.isFinite(v)) continue;
      const id = space.intern(`#${canonicalNumber(v)}`);
      ids.add(id);
      numSet.add(id);
    }
    nNum[s] = numSet.size;
    const sorted = Array.from(ids).sort((x, y) => x - y);
    for (const id of sorted) fIds.push(id);
    fStart[s + 1] = fIds.length;
    const ws = Array.from(sw).sort((x, y) => x - y);
    for (const w of ws) wIdsList.push(w);
    wStart[s + 1] = wIdsList.length;
  }

  let paraStart: Uint8Array | null = null;
  const paras = side.paragraphs;
  if (paras && paras.length === n && n > 0) {
    paraStart = new Uint8Array(n);
    for (let s = 0; s < n; s++) paraStart[s] = s === 0 || paras[s] !== paras[s - 1] ? 1 : 0;
  }
  const data: SideData = {
    n,
    cumLen,
    fStart,
    fIds: Int32Array.from(fIds),
    nNum,
    punct,
    paraStart,
    rep1Start: new Int32Array(n + 1),
    rep1: new Int32Array(0),
    rep2Start: new Int32Array(n + 1),
    rep2: new Int32Array(0),
    wStart,
    wIds: Int32Array.from(wIdsList),
    words,
  };
  computeRepeats(data);
  return data;
}

/** A number as a feature key: `2.5` and `2,5` both give `2.5`. */
function canonicalNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

/** Fills the lists of features shared by neighbouring sentences (for exact span unions). */
export function computeRepeats(d: SideData): void {
  const r1: number[] = [];
  const r2: number[] = [];
  for (let s = 0; s < d.n; s++) {
    d.rep1Start[s] = r1.length;
    if (s + 1 < d.n) intersectInto(d, s, s + 1, r1);
    d.rep2Start[s] = r2.length;
    if (s + 2 < d.n) intersectInto(d, s, s + 2, r2);
  }
  d.rep1Start[d.n] = r1.length;
  d.rep2Start[d.n] = r2.length;
  d.rep1 = Int32Array.from(r1);
  d.rep2 = Int32Array.from(r2);
}

function intersectInto(d: SideData, s: number, t: number, out: number[]): void {
  let x = d.fStart[s];
  const xe = d.fStart[s + 1];
  let y = d.fStart[t];
  const ye = d.fStart[t + 1];
  const f = d.fIds;
  while (x < xe && y < ye) {
    const u = f[x];
    const v = f[y];
    if (u === v) {
      out.push(u);
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
}

/**
 * Sets feature weights: family weight × rarity, rarity = log(1 + 1 / max(p, pMin)) with p the
 * share of all sentences (both sides) that contain the feature; features in more than pMax of
 * the sentences weigh nothing.
 */
export function weigh(space: FeatureSpace, a: SideData, b: SideData, p: ModelParams): void {
  const size = space.size;
  const df = new Int32Array(size);
  for (const d of [a, b]) for (let k = 0; k < d.fIds.length; k++) df[d.fIds[k]]++;
  const total = Math.max(1, a.n + b.n);
  const famW = [p.fam.num, p.fam.word, p.fam.prefix, p.fam.name, p.fam.lex, p.fam.gloss, p.fam.induced];
  const w = new Float64Array(size);
  const isNum = new Uint8Array(size);
  for (let f = 0; f < size; f++) {
    const fam = space.fam[f];
    if (fam === FAM.num) isNum[f] = 1;
    const share = df[f] / total;
    if (share > p.pMax && fam !== FAM.gloss && total > 8) continue;
    w[f] = famW[fam] * Math.log(1 + 1 / Math.max(share, p.pMin));
  }
  space.weight = w;
  space.isNum = isNum;
}

/** Document frequency of every feature on one side. */
export function docFreq(space: FeatureSpace, d: SideData): Int32Array {
  const df = new Int32Array(space.size);
  for (let k = 0; k < d.fIds.length; k++) df[d.fIds[k]]++;
  return df;
}

/** Adds features to every sentence of a side (the induced lexicon's), keeping lists sorted. */
export function addFeatures(d: SideData, extra: (s: number) => number[]): void {
  const out: number[] = [];
  const start = new Int32Array(d.n + 1);
  for (let s = 0; s < d.n; s++) {
    const base = Array.from(d.fIds.subarray(d.fStart[s], d.fStart[s + 1]));
    const add = extra(s);
    const merged = add.length ? Array.from(new Set([...base, ...add])).sort((x, y) => x - y) : base;
    for (const f of merged) out.push(f);
    start[s + 1] = out.length;
  }
  d.fStart = start;
  d.fIds = Int32Array.from(out);
  computeRepeats(d);
}

interface GlossEntry {
  idx: number;
  toks: string[];
}

function indexGlossary(terms: string[][]): Map<string, GlossEntry[]> {
  const m = new Map<string, GlossEntry[]>();
  terms.forEach((toks, idx) => {
    if (toks.length === 0) return;
    let l = m.get(toks[0]);
    if (!l) m.set(toks[0], (l = []));
    l.push({ idx, toks });
  });
  return m;
}

function matchGlossary(toks: string[], index: Map<string, GlossEntry[]>): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const cands = index.get(toks[i]);
    if (!cands) continue;
    for (const c of cands) {
      let ok = i + c.toks.length <= toks.length;
      for (let k = 1; ok && k < c.toks.length; k++) ok = toks[i + k] === c.toks[k];
      if (ok) out.push(c.idx);
    }
  }
  return out;
}

/** Folded word tokens of a glossary term. */
export function glossTokens(term: string): string[] {
  return wordTokens(term).map((t) => t.norm);
}

const ID_HINTS = new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'tidak', 'akan', 'pada', 'dalam', 'oleh', 'adalah']);
const EN_HINTS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'with', 'for', 'was', 'on', 'by', 'are', 'from']);

/** A cheap guess between Indonesian and English from function words (undefined if unsure). */
export function guessLang(sentences: string[]): 'id' | 'en' | undefined {
  let id = 0;
  let en = 0;
  const limit = Math.min(sentences.length, 200);
  for (let s = 0; s < limit; s++) {
    const text = sentences[s] ?? '';
    const sample = text.length > 2000 ? text.slice(0, 2000) : text;
    for (const t of wordTokens(sample)) {
      if (ID_HINTS.has(t.norm)) id++;
      else if (EN_HINTS.has(t.norm)) en++;
    }
  }
  if (id + en < 3) return undefined;
  if (id > 2 * en) return 'id';
  if (en > 2 * id) return 'en';
  return undefined;
}
