/**
 * A bounded cache for pure functions of a string (or of a few strings joined into one key): words,
 * names and figure texts recur through a document and across the reading, comparison and
 * equivalence passes, and some of their derivations (a regular expression compiled from a word,
 * the edits of a misspelt word) cost far more than a lookup. The cache is emptied when it holds
 * `max` entries, so memory stays bounded on any input.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max = 20000) {}

  /** The value for `key`, computed by `make` the first time (and again after the cache was emptied). */
  get(key: string, make: (key: string) => V): V {
    const map = this.map;
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as V;
    const value = make(key);
    if (map.size >= this.max) map.clear();
    map.set(key, value);
    return value;
  }
}
