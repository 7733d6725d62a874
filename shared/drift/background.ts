/**
 * A sentence one republication has and the other has not: background an outlet adds (*Stadion ini pertama kali
 * dibangun pada 1957*, "Last year the race drew about 10,000 runners"), a figure of which no version changed. Within
 * one language only: a translation that drops or adds a sentence drops or adds its figures (guideline), but two
 * outlets' versions of one story differ in what they tell besides the facts they share (four helpers' sets of
 * invented republications: the largest class of false drifts).
 */
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';

/** The share of a sentence's words the other version's sentences of its bead hold, below which it is no rewording of them. */
const SHARED_IN_BEAD = 0.3;
/** The share of the shorter sentence's words two sentences hold in common from which one rewords the other. */
const REWORDED = 0.4;
/**
 * The fewest words two sentences share for one to reword the other: two are what any two sentences of figures
 * share (*sebesar … persen*, *inflasi tertinggi … sebesar 3,02 persen* beside *kelompok kesehatan sebesar 1,88 persen*).
 */
const REWORDED_WORDS = 3;
/** Words this long or longer carry the content (shorter ones are mostly function words: *yang*, *pada*, *akan*). */
export const CONTENT_WORD = 5;

/** A sentence's content words cut to their first letters (*getaran*, *getarannya* → `getar`): a stem of sorts in either language. */
export function contentStems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= CONTENT_WORD).map((w) => w.slice(0, CONTENT_WORD)));
}

function shared(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n;
}

/**
 * Tells whether a figure left without a counterpart stands in a sentence its version adds (background), for one pair
 * of versions in one language. `leftOverA`/`leftOverB`: every figure each version's beads leave without a counterpart.
 */
export class AddedSentences {
  private readonly cache = [new Map<number, Set<string>>(), new Map<number, Set<string>>()];
  private readonly leftOver: [Set<number>, Set<number>];

  constructor(
    private readonly sentences: [readonly Sentence[] | undefined, readonly Sentence[] | undefined],
    leftOverA: readonly Figure[],
    leftOverB: readonly Figure[],
  ) {
    this.leftOver = [new Set(leftOverA.map((f) => f.sentence)), new Set(leftOverB.map((f) => f.sentence))];
  }

  private stemsOf(side: 0 | 1, i: number): Set<string> {
    let s = this.cache[side].get(i);
    if (!s) this.cache[side].set(i, (s = contentStems(this.sentences[side]?.[i]?.text ?? '')));
    return s;
  }

  /**
   * True when `f` (of side `side`) stands in a sentence its version adds beside the other's in the bead (`own`: its
   * side's sentences there, `other`: the other side's): the other side has none, or `f`'s sentence is one of several
   * whose figures are all left over (`unpaired`, of `figures`) and few of whose words the other side uses; and no
   * sentence of the other version holding figures left over rewords it (a sentence moved, its figure changed).
   */
  has(f: Figure, side: 0 | 1, own: readonly number[], other: readonly number[], unpaired: readonly Figure[], figures: readonly Figure[]): boolean {
    const there: 0 | 1 = side === 0 ? 1 : 0;
    if (!this.sentences[0] || !this.sentences[1]) return false;
    const mine = this.stemsOf(side, f.sentence);
    if (mine.size < 3) return false;
    if (other.length > 0) {
      if (own.length < 2) return false;
      // (a figure of the sentence the other side states too makes it a rewording, not an addition)
      if (figures.some((g) => g.sentence === f.sentence && !unpaired.includes(g))) return false;
      const beside = new Set(other.flatMap((i) => [...this.stemsOf(there, i)]));
      if (shared(mine, beside) / mine.size >= SHARED_IN_BEAD) return false;
    }
    const inBead = new Set(other);
    for (const i of this.leftOver[there]) {
      if (inBead.has(i)) continue;
      const theirs = this.stemsOf(there, i);
      const n = theirs.size ? shared(mine, theirs) : 0;
      if (n >= REWORDED_WORDS && n / Math.min(mine.size, theirs.size) >= REWORDED) return false;
    }
    return true;
  }
}
