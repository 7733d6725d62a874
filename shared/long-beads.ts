/**
 * Beads too long to compare as one. A unit of a TMX/XLIFF file may hold a whole document (a
 * thousand sentences in one `<seg>`): its figures and names, paired across the whole unit, were
 * paired with figures of unrelated sentences, and the pairing grew with the square of the unit
 * (a unit of 2,000 sentences took 50 s to check). Such a bead is compared sentence by sentence:
 * both sides are split into sentences, aligned within the bead, and what the comparison finds is
 * reported on the bead (the row) it came from, with the figures and names as read.
 */
import { align } from './align';
import type { AlignOptions, Bead } from './align/types';
import type { Comparison, Mismatch, NotTranslationBead } from './drift/types';
import type { Entity, EntityAnalysis } from './entities/types';
import type { AnalysedVersion } from './pipeline';
import { segment } from './text';
import type { Sentence } from './text/types';

/** A bead with more sentences than this on a side (as the segmenter splits its text) is compared sentence by sentence. */
export const LONG_BEAD_SENTENCES = 20;
/** Text shorter than this on both sides cannot hold that many sentences: not segmented to find out. */
const SHORT_TEXT = LONG_BEAD_SENTENCES * 20;

/** The versions and beads to compare instead, and how to put what the comparison finds back on the given ones. */
export interface RefinedBeads {
  a: AnalysedVersion;
  b: AnalysedVersion;
  beads: Bead[];
  /** The comparison of the refined versions as a comparison of the given beads and versions. */
  back(comparison: Comparison): Comparison;
}

interface SideRefinement {
  sentences: Sentence[];
  /** refined sentence → the given sentence it is (part of) */
  orig: number[];
  /** given sentence → its first refined sentence */
  first: Map<number, number>;
}

/** The segmenter's sentences of given sentence `i` (offsets within it), split once for both uses. */
type Splits = (i: number) => Sentence[];

function splitsOf(v: AnalysedVersion): Splits {
  const done = new Map<number, Sentence[]>();
  return (i) => {
    let parts = done.get(i);
    if (!parts) done.set(i, (parts = segment(v.sentences[i].text, v.lang, v.langTag)));
    return parts;
  };
}

/** Each given sentence of `long` (sentence indices) as the segmenter splits it; the others as they are. */
function refineSide(v: AnalysedVersion, long: Set<number>, split: Splits): SideRefinement {
  const sentences: Sentence[] = [];
  const orig: number[] = [];
  const first = new Map<number, number>();
  v.sentences.forEach((s, i) => {
    first.set(i, sentences.length);
    const parts = long.has(i) ? split(i) : [];
    if (parts.length <= 1) {
      sentences.push(s);
      orig.push(i);
      return;
    }
    for (const p of parts) {
      sentences.push({ text: p.text, start: p.start + s.start, end: p.end + s.start, paragraph: s.paragraph });
      orig.push(i);
    }
  });
  return { sentences, orig, first };
}

/** The refined sentence of given sentence `i` that holds document offset `at`. */
function refinedAt(side: SideRefinement, i: number, at: number): number {
  let k = side.first.get(i) ?? 0;
  while (k + 1 < side.sentences.length && side.orig[k + 1] === i && side.sentences[k + 1].start <= at) k++;
  return k;
}

/** Copies of the items with their sentence renumbered into the refined side, and each copy's original. */
function renumbered<T extends { sentence: number; start: number }>(items: readonly T[], side: SideRefinement, back: Map<unknown, unknown>): T[] {
  return items.map((x) => {
    const sentence = refinedAt(side, x.sentence, x.start);
    if (sentence === x.sentence) return x;
    const copy = { ...x, sentence };
    back.set(copy, x);
    return copy;
  });
}

function refinedVersion(v: AnalysedVersion, side: SideRefinement, back: Map<unknown, unknown>): AnalysedVersion {
  const entities: EntityAnalysis | undefined = v.entities && {
    entities: renumbered(v.entities.entities, side, back),
    anonymous: renumbered(v.entities.anonymous, side, back),
  };
  return { ...v, sentences: side.sentences, figures: renumbered(v.figures, side, back), ...(entities ? { entities } : {}) };
}

/** True when a bead's side (its sentence indices) holds more than LONG_BEAD_SENTENCES sentences as the segmenter splits them. */
function isLongSide(v: AnalysedVersion, idx: number[], split: Splits): boolean {
  let chars = 0;
  for (const i of idx) chars += v.sentences[i]?.text.length ?? 0;
  if (chars < SHORT_TEXT) return false;
  let n = 0;
  for (const i of idx) n += split(i).length;
  return n > LONG_BEAD_SENTENCES;
}

/**
 * The given beads with every long one (more than LONG_BEAD_SENTENCES sentences on a side) split
 * into the beads of its sentences; null when none is long.
 */
export function refineLongBeads(beads: Bead[], a: AnalysedVersion, b: AnalysedVersion, options: Pick<AlignOptions, 'lexicon' | 'glossary' | 'useLexicon'> = {}): RefinedBeads | null {
  const [splitA, splitB] = [splitsOf(a), splitsOf(b)];
  const long = beads.map((bd) => isLongSide(a, bd.a, splitA) || isLongSide(b, bd.b, splitB));
  if (!long.includes(true)) return null;
  const sentencesOf = (side: 'a' | 'b') => new Set(beads.flatMap((bd, k) => (long[k] ? bd[side] : [])));
  const ra = refineSide(a, sentencesOf('a'), splitA);
  const rb = refineSide(b, sentencesOf('b'), splitB);
  // refined sentence → the long bead it belongs to (-1: none)
  const beadOfA = new Int32Array(ra.sentences.length).fill(-1);
  const beadOfB = new Int32Array(rb.sentences.length).fill(-1);
  const refined: Bead[] = [];
  beads.forEach((bd, k) => {
    if (!long[k]) {
      refined.push({ ...bd, a: bd.a.map((i) => ra.first.get(i)!), b: bd.b.map((i) => rb.first.get(i)!) });
      return;
    }
    const partsOf = (side: SideRefinement, idx: number[], beadOf: Int32Array) => {
      const out: number[] = [];
      for (const i of idx) for (let r = side.first.get(i)!; r < side.orig.length && side.orig[r] === i; r++) out.push(r);
      for (const r of out) beadOf[r] = k;
      return out;
    };
    const pa = partsOf(ra, bd.a, beadOfA);
    const pb = partsOf(rb, bd.b, beadOfB);
    const side = (v: AnalysedVersion, rs: SideRefinement, parts: number[]) => ({
      lang: v.lang,
      sentences: parts.map((r) => rs.sentences[r].text),
      paragraphs: parts.map((r) => rs.sentences[r].paragraph),
    });
    const sub = align(side(a, ra, pa), side(b, rb, pb), options);
    for (const s of sub.beads) refined.push({ a: s.a.map((x) => pa[x]), b: s.b.map((x) => pb[x]), score: s.score });
  });
  const back = new Map<unknown, unknown>();
  const orig = <T>(x: T): T => (back.get(x) as T | undefined) ?? x;
  const uniq = (xs: number[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
  /** The given bead's sentences for refined sentences a and b: a long bead's whole, else each sentence's own. */
  const where = (xa: number[], xb: number[]): { a: number[]; b: number[]; long: number } => {
    const k = [...xa.map((x) => beadOfA[x]), ...xb.map((x) => beadOfB[x])].find((x) => x >= 0);
    if (k !== undefined) return { a: beads[k].a, b: beads[k].b, long: k };
    return { a: uniq(xa.map((x) => ra.orig[x])), b: uniq(xb.map((x) => rb.orig[x])), long: -1 };
  };
  const entity = (e: Entity | null | undefined) => (e ? orig(e) : e);
  return {
    a: refinedVersion(a, ra, back),
    b: refinedVersion(b, rb, back),
    beads: refined,
    back(c) {
      const mismatches = c.mismatches.map((m): Mismatch => {
        const { a: ma, b: mb } = where(m.a, m.b);
        return {
          ...m,
          a: ma,
          b: mb,
          aFigure: m.aFigure && orig(m.aFigure),
          bFigure: m.bFigure && orig(m.bFigure),
          ...('aEntity' in m ? { aEntity: entity(m.aEntity) } : {}),
          ...('bEntity' in m ? { bEntity: entity(m.bEntity) } : {}),
        };
      });
      const matches = c.matches.map((m) => {
        const { a: ma, b: mb } = where(m.a, m.b);
        return { ...m, a: ma, b: mb, aFigure: orig(m.aFigure), bFigure: orig(m.bFigure) };
      });
      return { ...c, mismatches, matches, ...(c.notTranslations ? { notTranslations: notTranslationsBack(c.notTranslations, refined, where) } : {}) };
    },
  };
}

/**
 * The beads judged not translations, on the given beads: a short one as judged; a long one when
 * most of its two-sided parts were, with the reasons they give.
 */
function notTranslationsBack(
  judged: NotTranslationBead[],
  refined: Bead[],
  where: (a: number[], b: number[]) => { a: number[]; b: number[]; long: number },
): NotTranslationBead[] {
  const parts = new Map<number, number>();
  for (const bd of refined) {
    if (bd.a.length === 0 || bd.b.length === 0) continue;
    const k = where(bd.a, bd.b).long;
    if (k >= 0) parts.set(k, (parts.get(k) ?? 0) + 1);
  }
  const out: NotTranslationBead[] = [];
  const ofLong = new Map<number, { bead: NotTranslationBead; n: number }>();
  for (const x of judged) {
    const w = where(x.a, x.b);
    if (w.long < 0) {
      out.push({ ...x, a: w.a, b: w.b });
      continue;
    }
    const seen = ofLong.get(w.long);
    if (!seen) ofLong.set(w.long, { bead: { a: w.a, b: w.b, cues: [...x.cues] }, n: 1 });
    else {
      seen.n++;
      for (const c of x.cues) if (!seen.bead.cues.includes(c)) seen.bead.cues.push(c);
    }
  }
  for (const [k, { bead, n }] of ofLong) if (n * 2 > (parts.get(k) ?? 0)) out.push(bead);
  // in document order, as the comparison gives them
  return out.sort((x, y) => (x.a[0] ?? x.b[0] ?? 0) - (y.a[0] ?? y.b[0] ?? 0));
}
