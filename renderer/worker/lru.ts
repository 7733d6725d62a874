/**
 * The analysis worker's cache of analysed texts: at most `max` entries, the one used longest ago
 * dropped first, and never one the request being answered uses (its result is sent from the cache).
 */
export class LruCache<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly max: number) {}

  /** The value of `key` (made on a miss), now the newest entry. */
  use(key: string, make: () => T): T {
    const v = this.map.has(key) ? (this.map.get(key) as T) : make();
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  /** Drops the entries used longest ago until at most `max` are left, keeping those in `keep`. */
  trim(keep: ReadonlySet<string>): void {
    for (const key of [...this.map.keys()]) if (this.map.size > this.max && !keep.has(key)) this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
