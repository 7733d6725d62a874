/** Cuts a text into pieces at span boundaries, each piece with the spans that cover it. */

export interface Highlight<T> {
  start: number;
  end: number;
  data: T;
}

export interface Piece<T> {
  text: string;
  /** The spans covering this piece (empty for plain text). */
  covers: T[];
}

/** Splits `text` so that every piece is covered by the same set of spans (overlaps allowed). */
export function pieces<T>(text: string, spans: readonly Highlight<T>[]): Piece<T>[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece<T>[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const from = sorted[k];
    const to = sorted[k + 1];
    out.push({ text: text.slice(from, to), covers: valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.data) });
  }
  if (out.length === 0) out.push({ text, covers: [] });
  return out;
}
