/**
 * Long texts go to a worker once. Posting a message copies it on the UI thread: a
 * 10,000-sentence book (1.7 million characters) takes 6-25 ms to copy, so a request that carries
 * both sides of a pair stalls the page for a frame or more, and the analysis and the autosave
 * both sent the same texts again on every request. Here each text travels with the first request
 * that needs it; later requests name it by number.
 */

/** A text in a request: its number, and the text itself when the worker does not hold it yet. */
export interface TextRef {
  ref: number;
  text?: string;
}

/** The sending side: which texts the worker holds, by number. */
export class SentTexts {
  private refs = new Map<string, number>();
  private next = 1;

  /**
   * The refs of `texts`, in order, with the text itself only where the worker does not hold it.
   * Texts not in `texts` are forgotten, here and (by `HeldTexts.resolve`) in the worker, unless
   * `keepOthers` (pass the same to `resolve`).
   */
  send(texts: readonly string[], keepOthers = false): TextRef[] {
    const kept = keepOthers ? this.refs : new Map<string, number>();
    const out = texts.map((text) => {
      const held = this.refs.get(text) ?? kept.get(text);
      if (held !== undefined) {
        kept.set(text, held);
        return { ref: held };
      }
      const ref = this.next++;
      kept.set(text, ref);
      return { ref, text };
    });
    this.refs = kept;
    return out;
  }

  /** The worker was replaced: it holds nothing. */
  reset(): void {
    this.refs.clear();
  }
}

/** The worker side: the texts received, by number. */
export class HeldTexts {
  private texts = new Map<number, string>();

  /**
   * The texts `refs` name, in order (those sent with this request are kept), keeping only these
   * unless `keepOthers`. Throws on a ref never received (the sender and the worker are out of step).
   */
  resolve(refs: readonly TextRef[], keepOthers = false): string[] {
    const kept = keepOthers ? this.texts : new Map<number, string>();
    const out = refs.map(({ ref, text }) => {
      const value = text ?? kept.get(ref) ?? this.texts.get(ref);
      if (value === undefined) throw new Error(`text ${ref} was never sent`);
      kept.set(ref, value);
      return value;
    });
    this.texts = kept;
    return out;
  }
}
