/**
 * A sentence one republication has and the other has not: background an outlet adds (*Stadion ini pertama kali
 * dibangun pada 1957*, "Last year the race drew about 10,000 runners"), a figure of which no version changed. Within
 * one language only: a translation that drops or adds a sentence drops or adds its figures (guideline), but two
 * outlets' versions of one story differ in what they tell besides the facts they share (four helpers' sets of
 * invented republications: the largest class of false drifts).
 */
import type { Figure } from '../figures/types';
import type { Lang, Sentence } from '../text/types';
import { setOverlap } from '../align/same-language';

/** The share of their words (sentenceOverlap) from which a sentence is taken to reword another (both outlets carry it). */
export const REWORDS = 0.5;
/**
 * The share of a clause's content words (rewordingKeys) the other outlet's sentences must hold for the clause to be
 * carried: below it, the clause is one outlet's own (see {@link AddedSentences.inClauseNotCarried}).
 */
const CLAUSE_CARRIED = 1 / 3;
/** Content words a clause needs before its share says anything (`(16)`, `dan 9 rumah` say nothing). */
const MIN_CLAUSE_WORDS = 2;
/** A mark that ends a clause: a comma, semicolon, colon, bracket, dash or quote (a comma between digits is a decimal comma, no mark). */
const CLAUSE_MARK = /[,;:()[\]\u2013\u2014"\u201c\u201d]/;

/** Whether character i of `text` ends a clause (CLAUSE_MARK; a comma between two digits is a decimal comma, no mark). */
export function isClauseMark(text: string, i: number): boolean {
  return CLAUSE_MARK.test(text[i] ?? '') && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

/** Words this long or longer carry the content (shorter ones are mostly function words: *yang*, *pada*, *akan*). */
const CONTENT_WORD = 5;

/** An Indonesian word's prefix (*me-*, *pe-* with their nasal forms, *di-*, *ber-*, *ter-*, *ke-*, *se-*, *per-*). */
const ID_PREFIX = /^(?:meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|di|ber|be|ter|ke|se)/;

/**
 * A word cut to its first letters (*getaran*, *getarannya* → `getar`), a stem of sorts in either language; an Indonesian
 * one without its prefix first where five letters or more are left.
 */
function wordKey(w: string, lang: Lang): string {
  const p = lang === 'id' ? (ID_PREFIX.exec(w)?.[0].length ?? 0) : 0;
  return (w.length - p >= CONTENT_WORD ? w.slice(p) : w).slice(0, CONTENT_WORD);
}

/**
 * A sentence's content words (five letters or more) cut as {@link wordKey} cuts them, so that one verb and its noun
 * meet (*memelihara*, *pemeliharaan* → `eliha`).
 */
export function rewordingKeys(text: string, lang: Lang): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= CONTENT_WORD).map((w) => wordKey(w, lang)));
}

/**
 * The share of their words two sentences of one language have in common (Dice), each word of three letters or more cut
 * as {@link wordKey} cuts it and each number as written: *Getaran terasa hingga Jakarta selama 10 detik* rewords
 * *Getarannya terasa sampai Jakarta sekitar 20 detik* (0.5), *Ridwan Kamil-Suswono: 261.463 suara* does not reword
 * *Ridwan Kamil-Suswono memeroleh 39,40 persen* (0.38).
 */
export function sentenceOverlap(a: string, b: string, lang: Lang): number {
  return setOverlap(overlapKeys(a, lang), overlapKeys(b, lang));
}

/** The words {@link sentenceOverlap} compares of one sentence: each of three letters or more as {@link wordKey} cuts it, each number as written. */
function overlapKeys(text: string, lang: Lang): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []).map((w) => (/^\p{N}/u.test(w) ? w : wordKey(w, lang))));
}

/**
 * Tells whether a figure left without a counterpart stands in a sentence its version adds (background), for one pair
 * of versions in one language. `leftOverA`/`leftOverB`: every figure each version's beads leave without a counterpart.
 */
export class AddedSentences {
  private readonly cache = [new Map<number, Set<string>>(), new Map<number, Set<string>>()];
  /** Each sentence's overlapKeys, by side, read once. */
  private readonly keys = [new Map<number, Set<string>>(), new Map<number, Set<string>>()];
  private readonly leftOver: [Set<number>, Set<number>];

  constructor(
    private readonly sentences: [readonly Sentence[] | undefined, readonly Sentence[] | undefined],
    private readonly lang: Lang,
    leftOverA: readonly Figure[],
    leftOverB: readonly Figure[],
  ) {
    this.leftOver = [new Set(leftOverA.map((f) => f.sentence)), new Set(leftOverB.map((f) => f.sentence))];
  }

  private textOf(side: 0 | 1, i: number): string {
    return String(this.sentences[side]?.[i]?.text ?? '');
  }

  private keysOf(side: 0 | 1, i: number): Set<string> {
    let s = this.keys[side].get(i);
    if (!s) this.keys[side].set(i, (s = overlapKeys(this.textOf(side, i), this.lang)));
    return s;
  }

  /** Whether sentence i of `side` and sentence j of the other side reword each other (sentenceOverlap, REWORDS). */
  private rewords(side: 0 | 1, i: number, j: number): boolean {
    return setOverlap(this.keysOf(side, i), this.keysOf(side === 0 ? 1 : 0, j)) >= REWORDS;
  }

  private stemsOf(side: 0 | 1, i: number): Set<string> {
    let s = this.cache[side].get(i);
    if (!s) this.cache[side].set(i, (s = rewordingKeys(this.textOf(side, i), this.lang)));
    return s;
  }

  /**
   * True when `f` (of side `side`) stands in a sentence its version adds beside the other's (`other`: the other side's
   * sentences in its bead): the other side has none, or no figure of `f`'s sentence found a counterpart (`unpaired`, of
   * `figures`) and it rewords none of them (sentenceOverlap under REWORDS); and it rewords no sentence elsewhere whose
   * figures the other version leaves over (a sentence moved, its figure changed).
   */
  has(f: Figure, side: 0 | 1, other: readonly number[], unpaired: readonly Figure[], figures: readonly Figure[]): boolean {
    const there: 0 | 1 = side === 0 ? 1 : 0;
    if (!this.sentences[0] || !this.sentences[1]) return false;
    if (this.stemsOf(side, f.sentence).size < 2) return false;
    if (other.length > 0) {
      // (a figure of the sentence the other side states too makes it a rewording, not an addition)
      if (figures.some((g) => g.sentence === f.sentence && !unpaired.includes(g))) return false;
      // (one that rewords a sentence of the other side, half their words in common, both outlets carry)
      if (other.some((i) => this.rewords(side, f.sentence, i))) return false;
    }
    // (nor one that rewords a sentence elsewhere whose figures the other version leaves over: moved, its figure changed)
    const inBead = new Set(other);
    for (const i of this.leftOver[there]) if (!inBead.has(i) && this.rewords(side, f.sentence, i)) return false;
    return true;
  }

  /**
   * True when `f` (of side `side`) stands in a clause its outlet adds to a sentence both carry: the words around it, from
   * the mark or figure before to the mark or figure after (`figures`: its side's figures), hold {@link MIN_CLAUSE_WORDS}
   * content words or more, and fewer than {@link CLAUSE_CARRIED} of them stand in the other side's sentences of the
   * bead (`other`, not empty). *…, turun 8,56% dibandingkan bulan November 2022* beside a sentence of the surplus alone;
   * not *251 saham turun* beside *312 saham naik dan 226 saham stagnan* (a figure dropped from a list both outlets give).
   */
  inClauseNotCarried(f: Figure, side: 0 | 1, other: readonly number[], figures: readonly Figure[]): boolean {
    const s = this.sentences[side]?.[f.sentence];
    if (!s || other.length === 0 || !this.sentences[side === 0 ? 1 : 0]) return false;
    const text = String(s.text);
    const from = f.start - s.start;
    const to = f.end - s.start;
    if (from < 0 || to > text.length) return false;
    const others = figures.filter((g) => g !== f && g.sentence === f.sentence).map((g) => [g.start - s.start, g.end - s.start] as const);
    // (a bracket that holds no figure, *indeks harga konsumen (IHK) dari*, is part of the clause: the scan steps over it)
    const plainBracket = (open: number, close: number) => open >= 0 && close > open && !others.some(([gs]) => gs > open && gs < close);
    const mark = (i: number) => isClauseMark(text, i);
    let lo = from;
    while (lo > 0) {
      const open = text[lo - 1] === ')' ? text.lastIndexOf('(', lo - 2) : -1;
      if (plainBracket(open, lo - 1)) lo = open;
      else if (mark(lo - 1)) break;
      else lo--;
    }
    let hi = to;
    while (hi < text.length) {
      const close = text[hi] === '(' ? text.indexOf(')', hi + 1) : -1;
      if (plainBracket(hi, close)) hi = close + 1;
      else if (mark(hi)) break;
      else hi++;
    }
    for (const [gs, ge] of others) {
      if (ge <= from && ge > lo) lo = ge;
      if (gs >= to && gs < hi) hi = gs;
    }
    // (the figure's own words, *empat hari*, are what is missing: the clause is the words around it)
    const words = rewordingKeys(`${text.slice(lo, from)} ${text.slice(to, hi)}`, this.lang);
    if (words.size < MIN_CLAUSE_WORDS) return false;
    const there: 0 | 1 = side === 0 ? 1 : 0;
    let shared = 0;
    for (const w of words) if (other.some((i) => this.stemsOf(there, i).has(w))) shared++;
    return shared / words.size < CLAUSE_CARRIED;
  }
}
