/**
 * Per-sentence evidence of both sides, turned into integer feature ids with rarity weights, so
 * the DP can score a pair of sentences by intersecting two small sorted arrays.
 */
import type { AlignSide } from './types';
import type { Lexicon } from './lexicon';
import { targetKey, translate } from './lexicon';
import { TokenTable, tokenize } from './intern';
import { cognateSpelling, foldCase, wordTokens } from './normalize';
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
  /** Per-feature stamps for de-duplicating a sentence's features while it is read. */
  seen = new Int32Array(1024);
  stampNo = 0;

  /** Id of a key, allocating it on first sight. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.add(FAM_CHAR.indexOf(key[0]));
      this.ids.set(key, id);
    }
    return id;
  }

  /** A new feature of family `fam` that has no key (the caller keeps it unique). */
  private add(fam: number): number {
    const id = this.fam.length;
    this.fam.push(fam);
    if (id >= this.seen.length) {
      const grown = new Int32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    return id;
  }

  get size(): number {
    return this.fam.length;
  }

  private readonly numIds = new Map<number, number>();

  /** Id of a number feature (the same id for every value with the same canonical key). */
  internNumber(v: number): number {
    const key = Number.isInteger(v) ? v : Math.round(v * 1e6) / 1e6;
    let id = this.numIds.get(key);
    if (id === undefined) {
      id = this.intern(`#${canonicalNumber(v)}`);
      this.numIds.set(key, id);
    }
    return id;
  }

  private readonly cogIds = new Map<string, number>();

  /** A small integer per distinct cognate spelling (shared by both sides; not a feature). */
  cognateId(cog: string): number {
    let id = this.cogIds.get(cog);
    if (id === undefined) {
      id = this.cogIds.size;
      this.cogIds.set(cog, id);
    }
    return id;
  }

  /**
   * Word, prefix and name feature of each cognate-spelling id (−1: not interned yet; −2 for the
   * prefix: the spelling has none), so a spelling met again — in another case, on the other
   * side — finds its features without building and hashing a key string.
   */
  private cogFeat = new Int32Array(3 * 1024).fill(-1);
  private cogPrefixLen = -1;

  /**
   * The feature of family `slot` (0 word, 1 prefix of `prefixLen` letters, 2 name) of cognate
   * spelling `cog` whose id is `cogId`; −1 for a prefix of a spelling of `prefixLen` letters or
   * fewer. The caller checks the length conditions of the word and name features.
   */
  cogFeature(slot: 0 | 1 | 2, cogId: number, cog: string, prefixLen: number): number {
    if (prefixLen !== this.cogPrefixLen) {
      if (this.cogPrefixLen >= 0) this.cogFeat.fill(-1);
      this.cogPrefixLen = prefixLen;
    }
    const k = 3 * cogId + slot;
    if (k >= this.cogFeat.length) {
      const grown = new Int32Array(Math.max(2 * this.cogFeat.length, k + 3)).fill(-1);
      grown.set(this.cogFeat);
      this.cogFeat = grown;
    }
    let id = this.cogFeat[k];
    if (id === -1) {
      // Word and name features belong to one spelling each: no key needed.
      id = slot === 0 ? this.add(FAM.word) : slot === 2 ? this.add(FAM.name) : cog.length > prefixLen ? this.intern(`p${cog.slice(0, prefixLen)}`) : -2;
      this.cogFeat[k] = id;
    }
    return id < 0 ? -1 : id;
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
  /** Prefix counts of sentences with any counted punctuation (n + 1 entries). */
  punctAny: Int32Array;
  /** 1 when a sentence starts a paragraph; null when paragraphs are unknown. */
  paraStart: Uint8Array | null;
  /** Marks of each sentence (sentenceMarks): END_COLON, END_SEMICOLON, NOISE bits. */
  marks: Uint8Array;
  /** Features sentence s shares with s + 1 (d = 1) and with s + 2 (d = 2). */
  rep1Start: Int32Array;
  rep1: Int32Array;
  rep2Start: Int32Array;
  rep2: Int32Array;
  /** Features sentence s shares with both s + 1 and s + 2. */
  triStart: Int32Array;
  tri: Int32Array;
  /** A 64-bit signature of each sentence's features (bit f mod 64), two words per sentence. */
  sig: Int32Array;
  /** Case-folded word ids per sentence (for the induced lexicon), sorted unique. */
  wStart: Int32Array;
  wIds: Int32Array;
  /** Folded word of each word id. */
  words: string[];
  /** Cognate-spelling id of each word id (FeatureSpace.cognateId: equal across sides when the spellings are). */
  wordCog: Int32Array;
  /** What was kept of the side's first sentences (SideBuildOptions.sample), else undefined. */
  sample: SideSample | undefined;
}

/**
 * What `buildSide` keeps of a side's first sentences (SideBuildOptions.sample), so that they can
 * be made a side of their own later, as reading them alone would (engine.ts `prepareSample`).
 */
export interface SideSample {
  /** Sentences kept: the first n. */
  n: number;
  /** Their feature lists as read (before `weigh` prunes them). */
  fStart: Int32Array;
  fIds: Int32Array;
  /** The feature space's size once they were read. */
  size: number;
  /** Every feature they asked the space for, in the order asked (features met again included). */
  asked: Int32Array;
}

/** How one side takes part in the bilingual lexicon: as its source, its target, or not at all. */
export type LexRole = 'source' | 'target' | 'none';

interface SideBuildOptions {
  lexicon?: Lexicon;
  lexRole: LexRole;
  /** Glossary terms of this side, as folded token sequences, indexed by entry. */
  glossary: string[][];
  prefixLen: number;
  /** Keep a SideSample of this many first sentences (all when fewer; 0 or none: no sample). */
  sample?: number;
}

/** Punctuation class of each BMP code unit (−1: none): ? ! : quotes brackets ; */
const PUNCT_OF = (() => {
  const t = new Int8Array(65536).fill(-1);
  const classes: number[][] = [
    [0x3f, 0xff1f], // ?
    [0x21, 0xff01], // !
    [0x3a, 0xff1a], // :
    [0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x2039, 0x203a], // quotes
    [0x28, 0x29, 0x5b, 0x5d], // ( ) [ ]
    [0x3b], // ;
  ];
  classes.forEach((chars, c) => chars.forEach((ch) => (t[ch] = c)));
  return t;
})();

/** Scratch tally of countPunct: slot 0 counts the code units of no class, slot c + 1 class c. */
const PUNCT_TALLY = new Int32Array(PUNCT_CLASSES + 1);

/**
 * Adds the sentence's punctuation counts per class (? ! : quotes brackets ;) at punct[base..].
 * Every code unit is tallied, those of no class in a slot of their own, so the loop has no branch
 * that the first sentences may leave untaken (optimized code would be thrown away when it is).
 */
function countPunct(text: string, punct: Int32Array, base: number): void {
  const tally = PUNCT_TALLY;
  tally.fill(0);
  for (let k = 0; k < text.length; k++) tally[PUNCT_OF[text.charCodeAt(k)] + 1]++;
  for (let c = 0; c < PUNCT_CLASSES; c++) punct[base + c] += tally[c + 1];
}

/** Reads one side into features interned in `space`. */
export function buildSide(side: AlignSide, space: FeatureSpace, o: SideBuildOptions): SideData {
  const sents = side.sentences;
  const n = sents.length;
  const b = new SideBuilder(side, space, o, n);
  const sampleN = Math.min(n, o.sample ?? 0);
  let sampleSize = space.size;
  for (let s = 0; s < n; s++) {
    b.addSentence(s);
    if (s + 1 === sampleN) sampleSize = space.size;
  }
  const { cumLen, fStart, nNum, punct, punctAny, wStart, words } = b;
  const fLen = fStart[n];
  const wLen = wStart[n];

  const paraStart = paragraphStarts(side.paragraphs, n);
  const data: SideData = {
    n,
    cumLen,
    fStart,
    fIds: b.fIds.subarray(0, fLen),
    nNum,
    punct,
    punctAny,
    paraStart,
    marks: sentenceMarks(sents),
    ...emptyRepeats(n),
    wStart,
    wIds: b.wIds.slice(0, wLen),
    words: words.text,
    wordCog: words.cog.subarray(0, words.text.length),
    sample: undefined,
  };
  if (sampleN > 0) data.sample = b.sampleOf(sampleN, sampleSize);
  return data;
}

/** `sentenceMarks` bit of a sentence that ends in a colon. */
export const END_COLON = 1;
/** `sentenceMarks` bit of a sentence that ends in a semicolon. */
export const END_SEMICOLON = 2;
/** `sentenceMarks` end value of a sentence that leaves a parenthesis or bracket open (whatever its last mark). */
export const END_OPEN = 3;
/** The two end bits of `sentenceMarks` (0, END_COLON, END_SEMICOLON or END_OPEN). */
export const END_MASK = 3;
/** `sentenceMarks` bit of a sentence with no digit and no run of two letters (OCR debris, rules). */
export const NOISE = 4;

/** 1 for each of the first `n` sentences that starts a paragraph; null when the paragraphs are not known for all `n`. */
export function paragraphStarts(paras: AlignSide['paragraphs'], n: number): Uint8Array | null {
  if (!paras || paras.length !== n || n === 0) return null;
  const out = new Uint8Array(n);
  for (let s = 0; s < n; s++) out[s] = s === 0 || paras[s] !== paras[s - 1] ? 1 : 0;
  return out;
}

/** The repeat lists and signatures of a side of `n` sentences before they are computed (all empty). */
export function emptyRepeats(n: number): Pick<SideData, 'rep1Start' | 'rep1' | 'rep2Start' | 'rep2' | 'triStart' | 'tri' | 'sig'> {
  return {
    rep1Start: new Int32Array(n + 1),
    rep1: new Int32Array(0),
    rep2Start: new Int32Array(n + 1),
    rep2: new Int32Array(0),
    triStart: new Int32Array(n + 1),
    tri: new Int32Array(0),
    sig: new Int32Array(2 * n),
  };
}

/**
 * Marks of each sentence, as bits: END_OPEN (it leaves a '(' or '[' open), else END_COLON (it
 * ends in ':') or END_SEMICOLON (';'; full-width forms too, trailing spaces ignored), and NOISE (no digit and no run of two letters: '.....',
 * '- _-', 'h * "'). A segmenter that splits at ':' and ';' cuts where a translation often goes on
 * in the same sentence (a list after a colon, French clauses after a semicolon), so a bead seldom
 * ends there unless the other side ends there too (and inside an open parenthesis it seldom ends at all); a noise line is seldom translated (see
 * `Scorer.evaluate`).
 */
export function sentenceMarks(sentences: AlignSide['sentences']): Uint8Array {
  const out = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const raw = sentences[s];
    const text = typeof raw === 'string' ? raw : String(raw ?? '');
    let k = text.length - 1;
    while (k >= 0 && /\s/.test(text[k])) k--;
    const c = k >= 0 ? text.charCodeAt(k) : 0;
    let m = c === 0x3a || c === 0xff1a ? END_COLON : c === 0x3b || c === 0xff1b ? END_SEMICOLON : 0;
    let open = 0;
    // (most sentences hold no bracket: the scan starts at the first one)
    const b0 = text.indexOf('(');
    const b1 = text.indexOf('[');
    const from = b0 < 0 ? (b1 < 0 ? text.length : b1) : b1 < 0 ? b0 : Math.min(b0, b1);
    for (let q = from; q < text.length; q++) {
      const ch = text.charCodeAt(q);
      if (ch === 0x28 || ch === 0x5b) open++;
      else if ((ch === 0x29 || ch === 0x5d) && open > 0) open--;
    }
    if (open > 0) m = END_OPEN;
    if (!/\p{N}|\p{L}{2}/u.test(text)) m |= NOISE;
    out[s] = m;
  }
  return out;
}

const NO_NUMBERS: number[] = [];

/**
 * The per-sentence state of {@link buildSide}: each sentence is read by one call of
 * `addSentence`, a method of its own so that V8 optimizes it once with the feedback of many calls
 * (a long loop in one large function was compiled on stack replacement again and again, each time
 * thrown away by code after the loop that had not run yet), and its state lives in fields rather
 * than in variables captured by a closure.
 */
class SideBuilder {
  readonly sents: AlignSide['sentences'];
  readonly numbers: AlignSide['numbers'];
  readonly cumLen: Float64Array<ArrayBuffer>;
  readonly fStart: Int32Array<ArrayBuffer>;
  readonly nNum: Int32Array<ArrayBuffer>;
  readonly punct: Int32Array<ArrayBuffer>;
  readonly punctAny: Int32Array<ArrayBuffer>;
  readonly wStart: Int32Array<ArrayBuffer>;
  readonly glossIndex: ReturnType<typeof indexGlossary>;
  readonly table: TokenTable;
  readonly toks: ReturnType<typeof tokenize>;
  readonly tokens: TokenFeatures;
  readonly words: WordTable;
  fIds: Int32Array<ArrayBuffer>;
  fLen = 0;
  readonly wIds: Int32Array<ArrayBuffer>;
  wLen = 0;
  buf: Int32Array<ArrayBuffer>;
  wordSeen: Int32Array<ArrayBuffer>;
  stampNo = 0;
  nIds = 0;

  constructor(
    side: AlignSide,
    readonly space: FeatureSpace,
    readonly o: SideBuildOptions,
    n: number,
  ) {
    this.sents = side.sentences;
    this.numbers = side.numbers;
    this.cumLen = new Float64Array(n + 1);
    this.fStart = new Int32Array(n + 1);
    this.nNum = new Int32Array(n);
    this.punct = new Int32Array((n + 1) * PUNCT_CLASSES);
    this.punctAny = new Int32Array(n + 1);
    this.wStart = new Int32Array(n + 1);
    this.glossIndex = indexGlossary(o.glossary);
    // Every token interned once (no string per occurrence), then each distinct token's features
    // computed on its first occurrence (so feature ids are allocated in reading order).
    this.table = new TokenTable();
    this.toks = tokenize(this.sents, this.table);
    this.tokens = new TokenFeatures(this.table.size);
    this.words = new WordTable(space);
    // Room for a few features a token (most give one to three; it grows when they give more).
    this.fIds = new Int32Array(Math.max(64, 4 * this.toks.ids.length + 8 * n));
    this.wIds = new Int32Array(Math.max(64, this.toks.ids.length));
    // Sized so that they never grow inside addSentence (a token gives at most 7 features and a
    // name; a word id is below the number of distinct tokens).
    let most = 0;
    for (let s = 0; s < n; s++) most = Math.max(most, this.toks.start[s + 1] - this.toks.start[s]);
    this.buf = new Int32Array(Math.max(256, most * 8 + 8));
    this.wordSeen = new Int32Array(Math.max(1024, this.table.size + 1));
  }

  /** Adds a feature to the current sentence's list unless it holds it already. */
  addNew(id: number): boolean {
    const seen = this.space.seen;
    if (seen[id] === this.stampNo) return false;
    seen[id] = this.stampNo;
    if (this.nIds === this.buf.length) this.buf = grow(this.buf, this.nIds, this.buf.length * 2);
    this.buf[this.nIds++] = id;
    return true;
  }

  /** Reads sentence s: its length, punctuation, words and features. */
  addSentence(s: number): void {
    const { space, o, tokens, words, toks, cumLen, punct } = this;
    const rec = tokens.rec;
    const raw = this.sents[s];
    const text = typeof raw === 'string' ? raw : String(raw ?? '');
    cumLen[s + 1] = cumLen[s] + text.length;
    const pBase = (s + 1) * PUNCT_CLASSES;
    for (let c = 0; c < PUNCT_CLASSES; c++) punct[pBase + c] = punct[pBase - PUNCT_CLASSES + c];
    countPunct(text, punct, pBase);
    let any = 0;
    for (let c = 0; c < PUNCT_CLASSES; c++) if (punct[pBase + c] !== punct[pBase - PUNCT_CLASSES + c]) any = 1;
    this.punctAny[s + 1] = this.punctAny[s] + any;

    const stampNo = ++space.stampNo;
    this.stampNo = stampNo;
    let nIds = 0;
    let buf = this.buf;
    let wordSeen = this.wordSeen;
    const wIds = this.wIds;
    let wLen = this.wLen;
    const wFrom = wLen;
    const t0 = toks.start[s];
    const t1 = toks.start[s + 1];
    if (t1 - t0 + nIds > buf.length) buf = grow(buf, 0, (t1 - t0) * 8);
    for (let k = t0; k < t1; k++) {
      const tok = toks.ids[k];
      const r = tok * TOKEN_STRIDE;
      if (rec[r + TOKEN_WORD] < 0) tokens.set(tok, this.table.text[tok], space, o, words);
      const wid = rec[r + TOKEN_WORD];
      if (wid >= wordSeen.length) wordSeen = grow(wordSeen, wordSeen.length, Math.max(wordSeen.length * 2, wid + 1));
      if (wordSeen[wid] !== s + 1) {
        wordSeen[wid] = s + 1;
        wIds[wLen++] = wid;
      }
      const fs = r + TOKEN_FEATS;
      const fe = fs + rec[r + TOKEN_COUNT];
      const nameId = k > t0 ? rec[r + TOKEN_NAME] : -1;
      if (nIds + (fe - fs) + 1 > buf.length) buf = grow(buf, nIds, buf.length * 2 + (fe - fs) + 1);
      const sn = space.seen; // read after `set`, which may grow it
      for (let q = fs; q < fe; q++) {
        const id = rec[q];
        if (sn[id] === stampNo) continue;
        sn[id] = stampNo;
        buf[nIds++] = id;
      }
      if (nameId >= 0 && sn[nameId] !== stampNo) {
        sn[nameId] = stampNo;
        buf[nIds++] = nameId;
      }
    }
    this.buf = buf;
    this.wordSeen = wordSeen;
    this.wLen = wLen;
    this.nIds = nIds;
    if (this.glossIndex.size > 0) this.addGlossary(t0, t1);
    const given = this.numbers?.[s];
    const nums = given ?? (toks.hasDigit[s] ? readNumbers(text) : NO_NUMBERS);
    let numCount = 0;
    for (let k = 0; k < nums.length; k++) {
      const v = nums[k];
      if (!Number.isFinite(v)) continue;
      if (this.addNew(space.internNumber(v))) numCount++;
    }
    this.nNum[s] = numCount;
    nIds = this.nIds;
    buf = this.buf;
    sortSmall(buf, 0, nIds);
    let fIds = this.fIds;
    let fLen = this.fLen;
    if (fLen + nIds > fIds.length) fIds = this.fIds = grow(fIds, fLen, Math.max(fIds.length * 2, fLen + nIds));
    for (let k = 0; k < nIds; k++) fIds[fLen++] = buf[k];
    this.fLen = fLen;
    this.fStart[s + 1] = fLen;
    sortSmall(wIds, wFrom, wLen);
    this.wStart[s + 1] = wLen;
  }

  /** Adds the glossary entries matched by tokens [t0, t1) of the current sentence. */
  private addGlossary(t0: number, t1: number): void {
    for (const g of this.glossaryOf(t0, t1)) this.addNew(this.space.intern(`g${g}`));
  }

  /** The glossary entries matched by tokens [t0, t1). */
  private glossaryOf(t0: number, t1: number): number[] {
    const norms: string[] = [];
    for (let k = t0; k < t1; k++) norms.push(this.words.text[this.tokens.rec[this.toks.ids[k] * TOKEN_STRIDE + TOKEN_WORD]]);
    return matchGlossary(norms, this.glossIndex);
  }

  /**
   * The SideSample of the first n sentences (read already; `size` the space's size after them):
   * the features they asked for are those each token gave on its first occurrence (in the
   * order `TokenFeatures.set` asked for them: its features, then its name), then each
   * sentence's glossary entries and numbers, as `addSentence` asked.
   */
  sampleOf(n: number, size: number): SideSample {
    const { space, toks, tokens } = this;
    const asked = new IntList(256);
    let next = 0; // token ids are given in order of first occurrence
    for (let s = 0; s < n; s++) {
      const t0 = toks.start[s];
      const t1 = toks.start[s + 1];
      for (let k = t0; k < t1; k++) {
        const tok = toks.ids[k];
        if (tok !== next) continue;
        next++;
        const r = tok * TOKEN_STRIDE;
        for (let q = r + TOKEN_FEATS; q < r + TOKEN_FEATS + tokens.rec[r + TOKEN_COUNT]; q++) asked.push(tokens.rec[q]);
        if (tokens.rec[r + TOKEN_NAME] >= 0) asked.push(tokens.rec[r + TOKEN_NAME]);
      }
      if (this.glossIndex.size > 0) for (const g of this.glossaryOf(t0, t1)) asked.push(space.intern(`g${g}`));
      const raw = this.sents[s];
      const nums = this.numbers?.[s] ?? (toks.hasDigit[s] ? readNumbers(typeof raw === 'string' ? raw : String(raw ?? '')) : NO_NUMBERS);
      for (let k = 0; k < nums.length; k++) if (Number.isFinite(nums[k])) asked.push(space.internNumber(nums[k]));
    }
    const fStart = this.fStart.slice(0, n + 1);
    return { n, fStart, fIds: this.fIds.slice(0, fStart[n]), size, asked: asked.done() };
  }
}

/** A copy of a[0..used) in a new array of `size` entries. */
function grow(a: Int32Array, used: number, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a.subarray(0, used));
  return out;
}

/**
 * Sorts a[from..to) ascending in place: insertion sort for the short lists of one sentence,
 * quicksort (median of three, the smaller part first) above that, allocating nothing.
 */
export function sortSmall(a: Int32Array, from: number, to: number): void {
  while (to - from > 24) {
    const mid = (from + to) >> 1;
    // median of the first, middle and last values as the pivot
    const x = a[from];
    const y = a[mid];
    const z = a[to - 1];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = from;
    let j = to - 1;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    // a[from..j] ≤ pivot ≤ a[i..to): sort the smaller part now, loop on the larger
    if (j + 1 - from < to - i) {
      sortSmall(a, from, j + 1);
      from = i;
    } else {
      sortSmall(a, i, to);
      to = j + 1;
    }
  }
  for (let k = from + 1; k < to; k++) {
    const v = a[k];
    let m = k - 1;
    while (m >= from && a[m] > v) {
      a[m + 1] = a[m];
      m--;
    }
    a[m + 1] = v;
  }
}

/** The folded words of one side: text and cognate-spelling id (shared by both sides) per word id. */
class WordTable {
  readonly text: string[] = [];
  cog: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private readonly ids = new Map<string, number>();
  constructor(private readonly space: FeatureSpace) {}

  /** Id of a folded word, with the word's cognate spelling. */
  id(norm: string, cog: string): number {
    let wid = this.ids.get(norm);
    if (wid === undefined) {
      wid = this.text.length;
      this.ids.set(norm, wid);
      this.text.push(norm);
      if (wid === this.cog.length) this.cog = grow(this.cog, wid, wid * 2);
      this.cog[wid] = this.space.cognateId(cog);
    }
    return wid;
  }
}

/**
 * Features of each distinct token of a side (computed once per token), one record of TOKEN_STRIDE
 * integers a token, so that reading a token met again touches one place in memory rather than
 * one in each of five arrays: [folded word id (−1: not computed yet), name feature (when the
 * token is capitalised: used when it is not sentence-initial; else −1), number of features, the
 * features it gives anywhere in a sentence…].
 */
class TokenFeatures {
  readonly rec: Int32Array;
  constructor(size: number) {
    this.rec = new Int32Array(size * TOKEN_STRIDE).fill(-1);
  }

  set(t: number, raw: string, space: FeatureSpace, o: SideBuildOptions, words: WordTable): void {
    const norm = foldCase(raw);
    const cog = cognateSpelling(norm);
    const rec = this.rec;
    const r = t * TOKEN_STRIDE;
    const wid = words.id(norm, cog);
    rec[r + TOKEN_WORD] = wid;
    let used = r + TOKEN_FEATS;
    const cogId = words.cog[wid];
    if (cog.length >= 4) rec[used++] = space.cogFeature(0, cogId, cog, o.prefixLen);
    if (cog.length > o.prefixLen) rec[used++] = space.cogFeature(1, cogId, cog, o.prefixLen);
    if (o.lexicon && o.lexRole === 'source') {
      const tr = translate(o.lexicon, norm);
      for (let k = 0; k < tr.length && k < MAX_LEX_FEATS; k++) rec[used++] = space.intern(`l${tr[k]}`);
    } else if (o.lexicon && o.lexRole === 'target') {
      const key = targetKey(norm, o.lexicon.to);
      if (o.lexicon.targets.has(key)) rec[used++] = space.intern(`l${key}`);
    }
    rec[r + TOKEN_COUNT] = used - r - TOKEN_FEATS;
    const first = raw[0];
    const capital = first !== first.toLowerCase();
    rec[r + TOKEN_NAME] = capital && cog.length >= 2 ? space.cogFeature(2, cogId, cog, o.prefixLen) : -1;
  }
}

/** Most lexicon features a token gives (its first translations). */
const MAX_LEX_FEATS = 4;
/** Slots of a TokenFeatures record. */
const TOKEN_WORD = 0;
const TOKEN_NAME = 1;
const TOKEN_COUNT = 2;
const TOKEN_FEATS = 3;
/** Record size: the slots above and up to two spelling features and MAX_LEX_FEATS lexicon ones. */
const TOKEN_STRIDE = TOKEN_FEATS + 2 + MAX_LEX_FEATS;

/** A number as a feature key: `2.5` and `2,5` both give `2.5`. */
function canonicalNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

/**
 * Fills the lists of features shared by neighbouring sentences (for exact span unions), keeping
 * only features that can change a bead's score: numbers, and weighted features that also occur
 * on the other side.
 */
export function computeRepeats(d: SideData, keep: Uint8Array): void {
  // Three passes, each a function of its own: one function holding all three loops was compiled
  // on stack replacement in each loop and thrown away on reaching the next, not run yet.
  // What follows each loop is done here (code after a loop that has not run yet, even a store,
  // throws the loop's optimized code away, and V8 kept compiling the loop again).
  const r1 = new IntList(d.n * 2);
  const r2 = new IntList(d.n);
  neighbourRepeats(d, keep, r1, r2);
  d.rep1Start[d.n] = r1.length;
  d.rep2Start[d.n] = r2.length;
  d.rep1 = r1.done();
  d.rep2 = r2.done();
  const t = new IntList(d.n);
  tripleRepeats(d, t);
  d.triStart[d.n] = t.length;
  d.tri = t.done();
  d.sig = signatures(d);
}

/** rep1 / rep2 (into r1, r2; their starts but the last): the kept features of each sentence that sentence s + 1 / s + 2 also holds. */
function neighbourRepeats(d: SideData, keep: Uint8Array, r1: IntList, r2: IntList): void {
  // The kept features of sentence s are marked (stamp s + 1); those of s + 1 and s + 2 are
  // looked up there in their own (sorted) order, so the lists come out sorted.
  const mark = new Int32Array(keep.length);
  const f = d.fIds;
  const fs = d.fStart;
  const rep1Start = d.rep1Start;
  const rep2Start = d.rep2Start;
  const n = d.n;
  for (let s = 0; s < n; s++) {
    rep1Start[s] = r1.length;
    rep2Start[s] = r2.length;
    if (s + 1 >= n) continue;
    const st = s + 1;
    for (let k = fs[s]; k < fs[s + 1]; k++) {
      const u = f[k];
      if (keep[u]) mark[u] = st;
    }
    for (let k = fs[s + 1]; k < fs[s + 2]; k++) if (mark[f[k]] === st) r1.push(f[k]);
    if (s + 2 < n) for (let k = fs[s + 2]; k < fs[s + 3]; k++) if (mark[f[k]] === st) r2.push(f[k]);
  }
}

/** tri (into t; its starts but the last): rep1(s) ∩ rep1(s+1), the features of s, s+1 and s+2. */
function tripleRepeats(d: SideData, t: IntList): void {
  const rep1Start = d.rep1Start;
  const rep1 = d.rep1;
  const triStart = d.triStart;
  const n = d.n;
  for (let s = 0; s < n; s++) {
    triStart[s] = t.length;
    if (s + 2 >= n) continue;
    let x = rep1Start[s];
    let y = rep1Start[s + 1];
    const xe = rep1Start[s + 1];
    const ye = rep1Start[s + 2];
    while (x < xe && y < ye) {
      const u = rep1[x];
      const v = rep1[y];
      if (u === v) {
        t.push(u);
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
  }
}

/** 64-bit signature of each sentence's features (bit = id mod 64), two words a sentence. */
function signatures(d: SideData): Int32Array {
  const sig = new Int32Array(2 * d.n);
  const fIds = d.fIds;
  const fStart = d.fStart;
  for (let s = 0; s < d.n; s++) {
    for (let k = fStart[s]; k < fStart[s + 1]; k++) {
      const bit = fIds[k] & 63;
      sig[2 * s + (bit >> 5)] |= 1 << (bit & 31);
    }
  }
  return sig;
}

/** A growable list of 32-bit integers in one typed array. */
export class IntList {
  private a: Int32Array<ArrayBuffer>;
  length = 0;
  constructor(capacity = 64) {
    this.a = new Int32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.a.length) this.a = grow(this.a, this.length, this.a.length * 2);
    this.a[this.length++] = v;
  }

  /** The values, trimmed to their length. */
  done(): Int32Array {
    return this.a.slice(0, this.length);
  }
}

/**
 * Sets feature weights (and refreshes the repeat lists): family weight × rarity, rarity = log(1 + 1 / max(p, pMin)) with p the
 * share of all sentences (both sides) that contain the feature; features in more than pMax of
 * the sentences weigh nothing.
 */
export function weigh(space: FeatureSpace, a: SideData, b: SideData, p: ModelParams): void {
  const size = space.size;
  // Sentences holding each feature, on each side (a feature is on a side when it holds any).
  const dfA = countFeatures(a.fIds, size);
  const dfB = countFeatures(b.fIds, size);
  const df = new Int32Array(size);
  for (let f = 0; f < size; f++) df[f] = dfA[f] + dfB[f];
  const { w, isNum } = setWeights(space, df, a.n + b.n, p);
  const keepA = new Uint8Array(size);
  const keepB = new Uint8Array(size);
  for (let f = 0; f < size; f++) {
    keepA[f] = isNum[f] || (w[f] > 0 && dfB[f] > 0) ? 1 : 0;
    keepB[f] = isNum[f] || (w[f] > 0 && dfA[f] > 0) ? 1 : 0;
  }
  // Features that cannot be shared (absent from the other side, or weightless) are dropped from
  // the sentence lists; numbers stay (one-sided numbers count against a bead).
  prune(a, keepA);
  prune(b, keepB);
  computeRepeats(a, keepA);
  computeRepeats(b, keepB);
}

/** How many times each feature id below `size` occurs in `ids`. */
function countFeatures(ids: Int32Array, size: number): Int32Array {
  const n = new Int32Array(size);
  for (let k = 0; k < ids.length; k++) n[ids[k]]++;
  return n;
}

/**
 * Sets `space.weight` and `space.isNum` from the document frequency `df` of every feature over
 * the `sentences` of both sides (see `weigh`).
 */
function setWeights(space: FeatureSpace, df: Int32Array, sentences: number, p: ModelParams): { w: Float64Array; isNum: Uint8Array } {
  const size = space.size;
  // Short texts are weighed as if they had at least `minTotal` sentences: a name in two of ten
  // sentences is still a rare word of the language.
  const total = Math.max(1, sentences, p.minTotal);
  const famW = [p.fam.num, p.fam.word, p.fam.prefix, p.fam.name, p.fam.lex, p.fam.gloss, p.fam.induced];
  const w = new Float64Array(size);
  const isNum = new Uint8Array(size);
  for (let f = 0; f < size; f++) {
    const fam = space.fam[f];
    if (fam === FAM.num) isNum[f] = 1;
    const share = df[f] / total;
    if (share > p.pMax && fam !== FAM.gloss) continue;
    w[f] = famW[fam] * Math.log(1 + 1 / Math.max(share, p.pMin));
  }
  space.weight = w;
  space.isNum = isNum;
  return { w, isNum };
}

/** The lists `weigh` leaves in a side (to put back before a later pass adds other features). */
export type SideLists = Pick<SideData, 'fStart' | 'fIds' | 'rep1Start' | 'rep1' | 'rep2Start' | 'rep2' | 'triStart' | 'tri' | 'sig'>;

/** The current lists of a side (the arrays themselves: the functions here replace them, never change them). */
export function sideLists(d: SideData): SideLists {
  return { fStart: d.fStart, fIds: d.fIds, rep1Start: d.rep1Start, rep1: d.rep1, rep2Start: d.rep2Start, rep2: d.rep2, triStart: d.triStart, tri: d.tri, sig: d.sig };
}

/** Puts lists taken by `sideLists` back into a side. */
export function restoreLists(d: SideData, l: SideLists): void {
  d.fStart = l.fStart;
  d.fIds = l.fIds;
  d.rep1Start = l.rep1Start;
  d.rep1 = l.rep1;
  d.rep2Start = l.rep2Start;
  d.rep2 = l.rep2;
  d.triStart = l.triStart;
  d.tri = l.tri;
  d.sig = l.sig;
}

/** Per-sentence lists of feature ids: ids[start[s] .. start[s+1]). */
interface Lists {
  start: Int32Array;
  ids: Int32Array;
}

/**
 * `addWordFeatures` on both sides, then `weigh`, with the same result, when the sides' lists are
 * as `weigh` left them and every feature the words bring is newer (a higher id) than every
 * feature already listed — the induced lexicon's. Then each sentence's list is its old list
 * followed by its new features, and so are its repeat lists, and the old features keep their
 * weights: only the new features are counted, weighed and pruned, and the old lists are copied,
 * not sorted or intersected again. Falls back to the two calls otherwise.
 */
export function addNewerWordFeatures(space: FeatureSpace, a: SideData, b: SideData, p: ModelParams, wa: Lists, wb: Lists): void {
  const xa = wordLists(a, wa.start, wa.ids);
  const xb = wordLists(b, wb.start, wb.ids);
  let oldMax = -1;
  for (const d of [a, b]) for (let k = 0; k < d.fIds.length; k++) if (d.fIds[k] > oldMax) oldMax = d.fIds[k];
  let newMin = space.size;
  for (const x of [xa, xb]) for (let k = 0; k < x.ids.length; k++) if (x.ids[k] < newMin) newMin = x.ids[k];
  if (newMin <= oldMax) {
    addWordFeatures(a, wa.start, wa.ids);
    addWordFeatures(b, wb.start, wb.ids);
    weigh(space, a, b, p);
    return;
  }
  const size = space.size;
  const df = new Int32Array(size);
  for (const d of [a, b]) for (let k = 0; k < d.fIds.length; k++) df[d.fIds[k]]++;
  for (const x of [xa, xb]) for (let k = 0; k < x.ids.length; k++) df[x.ids[k]]++;
  const { w, isNum } = setWeights(space, df, a.n + b.n, p);
  // Kept as weigh keeps them: numbers, and weighted features also found on the other side.
  const keepA = new Uint8Array(size);
  const keepB = new Uint8Array(size);
  for (let k = 0; k < xb.ids.length; k++) keepA[xb.ids[k]] = 1;
  for (let k = 0; k < xa.ids.length; k++) keepB[xa.ids[k]] = 1;
  for (let f = newMin; f < size; f++) {
    keepA[f] = isNum[f] || (w[f] > 0 && keepA[f]) ? 1 : 0;
    keepB[f] = isNum[f] || (w[f] > 0 && keepB[f]) ? 1 : 0;
  }
  appendNewer(a, keepLists(a.n, xa, keepA), keepA);
  appendNewer(b, keepLists(b.n, xb, keepB), keepB);
}

/** Each sentence's features brought by its words (word w brings feats[wordStart[w] .. wordStart[w+1])), sorted and unique. */
function wordLists(d: SideData, wordStart: Int32Array, feats: Int32Array): Lists {
  const start = new Int32Array(d.n + 1);
  let total = 0;
  for (let k = 0; k < d.wIds.length; k++) total += wordStart[d.wIds[k] + 1] - wordStart[d.wIds[k]];
  const ids = new Int32Array(total);
  let len = 0;
  for (let s = 0; s < d.n; s++) {
    const from = len;
    for (let k = d.wStart[s]; k < d.wStart[s + 1]; k++) {
      const w = d.wIds[k];
      for (let q = wordStart[w]; q < wordStart[w + 1]; q++) ids[len++] = feats[q];
    }
    if (len - from > 1) {
      sortSmall(ids, from, len);
      let m = from + 1;
      for (let k = from + 1; k < len; k++) if (ids[k] !== ids[m - 1]) ids[m++] = ids[k];
      len = m;
    }
    start[s + 1] = len;
  }
  return { start, ids: ids.subarray(0, len) };
}

/** The lists with only the features marked in `keep`. */
function keepLists(n: number, x: Lists, keep: Uint8Array): Lists {
  const start = new Int32Array(n + 1);
  const ids = new Int32Array(x.ids.length);
  let len = 0;
  for (let s = 0; s < n; s++) {
    for (let k = x.start[s]; k < x.start[s + 1]; k++) if (keep[x.ids[k]]) ids[len++] = x.ids[k];
    start[s + 1] = len;
  }
  return { start, ids: ids.subarray(0, len) };
}

/**
 * Appends to each sentence's feature and repeat lists the new features `x` (all newer than its
 * listed ones, so the lists stay sorted) and their repeats, and refreshes the signatures.
 */
function appendNewer(d: SideData, x: Lists, keep: Uint8Array): void {
  if (x.ids.length === 0) return;
  // The new features as a side of their own (only the fields the repeat passes read).
  const e = { ...d, fStart: x.start, fIds: x.ids, rep1Start: new Int32Array(d.n + 1), rep2Start: new Int32Array(d.n + 1), triStart: new Int32Array(d.n + 1) };
  const r1 = new IntList(x.ids.length);
  const r2 = new IntList(x.ids.length);
  neighbourRepeats(e, keep, r1, r2);
  e.rep1Start[d.n] = r1.length;
  e.rep2Start[d.n] = r2.length;
  e.rep1 = r1.done();
  e.rep2 = r2.done();
  const t = new IntList(e.rep1.length);
  tripleRepeats(e, t);
  e.triStart[d.n] = t.length;
  e.tri = t.done();
  [d.fStart, d.fIds] = concatLists(d.n, d.fStart, d.fIds, e.fStart, e.fIds);
  [d.rep1Start, d.rep1] = concatLists(d.n, d.rep1Start, d.rep1, e.rep1Start, e.rep1);
  [d.rep2Start, d.rep2] = concatLists(d.n, d.rep2Start, d.rep2, e.rep2Start, e.rep2);
  [d.triStart, d.tri] = concatLists(d.n, d.triStart, d.tri, e.triStart, e.tri);
  d.sig = signatures(d);
}

/** Per sentence, list a followed by list b. */
function concatLists(n: number, aStart: Int32Array, a: Int32Array, bStart: Int32Array, b: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  const out = new Int32Array(aStart[n] - aStart[0] + bStart[n] - bStart[0]);
  let len = 0;
  for (let s = 0; s < n; s++) {
    for (let k = aStart[s]; k < aStart[s + 1]; k++) out[len++] = a[k];
    for (let k = bStart[s]; k < bStart[s + 1]; k++) out[len++] = b[k];
    start[s + 1] = len;
  }
  return [start, out];
}

/** Keeps only the features marked in `keep` in every sentence list of a side. */
function prune(d: SideData, keep: Uint8Array): void {
  const ids = d.fIds;
  const start = new Int32Array(d.n + 1);
  let w = 0;
  for (let s = 0; s < d.n; s++) {
    for (let k = d.fStart[s]; k < d.fStart[s + 1]; k++) if (keep[ids[k]]) ids[w++] = ids[k];
    start[s + 1] = w;
  }
  d.fStart = start;
  // A trimmed copy: the list as read is often much longer, and a view would keep it alive.
  d.fIds = ids.slice(0, w);
}

/**
 * Adds features to every sentence of a side by its words (the induced lexicon's): word w brings
 * feats[wordStart[w] .. wordStart[w+1]). Lists stay sorted and unique.
 */
export function addWordFeatures(d: SideData, wordStart: Int32Array, feats: Int32Array): void {
  let out: Int32Array<ArrayBuffer> = new Int32Array(d.fIds.length + 16);
  let len = 0;
  const start = new Int32Array(d.n + 1);
  for (let s = 0; s < d.n; s++) {
    const from = d.fStart[s];
    const to = d.fStart[s + 1];
    let extra = 0;
    for (let k = d.wStart[s]; k < d.wStart[s + 1]; k++) {
      const w = d.wIds[k];
      extra += wordStart[w + 1] - wordStart[w];
    }
    const need = len + (to - from) + extra;
    if (need > out.length) out = grow(out, len, Math.max(need, out.length * 2));
    out.set(d.fIds.subarray(from, to), len);
    let end = len + (to - from);
    if (extra) {
      for (let k = d.wStart[s]; k < d.wStart[s + 1]; k++) {
        const w = d.wIds[k];
        for (let q = wordStart[w]; q < wordStart[w + 1]; q++) out[end++] = feats[q];
      }
      sortSmall(out, len, end);
      // drop duplicates
      let m = len + 1;
      for (let k = len + 1; k < end; k++) if (out[k] !== out[m - 1]) out[m++] = out[k];
      end = m;
    }
    len = end;
    start[s + 1] = len;
  }
  d.fStart = start;
  d.fIds = out.subarray(0, len);
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
