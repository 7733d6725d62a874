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
}
