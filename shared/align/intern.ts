/**
 * Word tokens of a side's sentences, interned into integer ids in one scan: the tokens are the
 * same as `rawWords` gives (a letter, then letters and combining marks, at most MAX_TOKENS a
 * sentence), but a token already seen is found by its hash and compared in place, so no string
 * is built per occurrence — only one per distinct token. The result is typed arrays: token ids
 * of sentence s at ids[start[s] .. start[s+1]), and whether the sentence holds an ASCII digit
 * (only those are read for numbers).
 */
import { MAX_TOKENS } from './normalize';

/** Token ids of every sentence of one side, in reading order. */
export interface TokenStream {
  /** Sentence s holds ids[start[s] .. start[s+1]) (n + 1 entries). */
  start: Int32Array;
  ids: Int32Array;
  /** 1 when sentence s contains an ASCII digit. */
  hasDigit: Uint8Array;
  /** Character length of each sentence. */
  length: Int32Array;
}

/** Character classes of the BMP: 0 not yet known, 1 letter, 2 combining mark, 3 other. */
const CLASS = new Uint8Array(65536);
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 3;

function classOf(cp: number): number {
  if (cp < 65536) {
    let k = CLASS[cp];
    if (k === 0) {
      const ch = String.fromCharCode(cp);
      k = LETTER_RE.test(ch) ? 1 : MARK_RE.test(ch) ? 2 : 3;
      CLASS[cp] = k;
    }
    return k;
  }
  const ch = String.fromCodePoint(cp);
  return LETTER_RE.test(ch) ? 1 : MARK_RE.test(ch) ? 2 : 3;
}

/** The distinct tokens of a side (as written), with an open-addressing table from text to id. */
export class TokenTable {
  /** Token text by id. */
  readonly text: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /**
   * The code units of every token, one after the other (token id's at chars[at[id] .. at[id + 1])):
   * a token met again is compared here, in one compact array, rather than in its string somewhere
   * on the heap (a cache miss for nearly every token of a long text).
   */
  private chars: Uint16Array = new Uint16Array(8192);
  private at: Int32Array = new Int32Array(1025);
  private slots: Int32Array = new Int32Array(4096).fill(-1);
  private mask = 4095;

  get size(): number {
    return this.text.length;
  }

  /** Id of the token s[from, to) whose hash is h, adding it on first sight. */
  intern(s: string, from: number, to: number, h: number): number {
    const len = to - from;
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot];
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const c0 = this.at[id];
        if (this.at[id + 1] - c0 === len) {
          const chars = this.chars;
          let k = 0;
          while (k < len && chars[c0 + k] === s.charCodeAt(from + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.text.length;
    this.text.push(s.slice(from, to));
    if (id + 1 === this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
      const at = new Int32Array(this.hashes.length + 1);
      at.set(this.at);
      this.at = at;
    }
    const c0 = this.at[id];
    if (c0 + len > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, c0 + len));
      grown.set(this.chars);
      this.chars = grown;
    }
    for (let k = 0; k < len; k++) this.chars[c0 + k] = s.charCodeAt(from + k);
    this.at[id + 1] = c0 + len;
    this.hashes[id] = h;
    this.slots[slot] = id;
    if (2 * (id + 1) > this.mask) this.rehash();
    return id;
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < this.text.length; id++) {
      let slot = this.hashes[id] & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    }
  }
}

/** Reads every sentence's word tokens into ids of `table` (see the module comment). */
export function tokenize(sentences: ArrayLike<unknown>, table: TokenTable): TokenStream {
  const n = sentences.length;
  const start = new Int32Array(n + 1);
  const hasDigit = new Uint8Array(n);
  const length = new Int32Array(n);
  // Room for the most tokens the sentences can hold (a token and the character that ends it take
  // two): only the part written is ever backed by memory, and the array never grows.
  let most = 0;
  for (let s = 0; s < n; s++) {
    const raw = sentences[s];
    most += Math.min(MAX_TOKENS, (typeof raw === 'string' ? raw.length : String(raw ?? '').length) + 1) >> 1;
  }
  let ids = new Int32Array(Math.max(256, most));
  let len = 0;
  for (let s = 0; s < n; s++) {
    const raw = sentences[s];
    const text = typeof raw === 'string' ? raw : String(raw ?? '');
    const L = text.length;
    length[s] = L;
    let count = 0;
    let digit = 0;
    let k = 0;
    while (k < L) {
      let c = text.charCodeAt(k);
      if (c < 128) {
        if (CLASS[c] !== 1) {
          if (c >= 48 && c <= 57) digit = 1;
          k++;
          continue;
        }
      } else {
        // the code point at k (a surrogate pair read as one; a lone surrogate as itself)
        const cp = text.codePointAt(k)!;
        const w = cp > 0xffff ? 2 : 1;
        if (classOf(cp) !== 1) {
          k += w;
          continue;
        }
      }
      if (count >= MAX_TOKENS) {
        // Past the token limit only digits are still looked for.
        k++;
        continue;
      }
      // A token: letters and marks from k.
      const from = k;
      let h = 0x811c9dc5 | 0;
      while (k < L) {
        c = text.charCodeAt(k);
        if (c < 128) {
          if (CLASS[c] !== 1) break;
          h = Math.imul(h ^ c, 0x01000193);
          k++;
          continue;
        }
        // the code point at k (a surrogate pair read as one; a lone surrogate as itself)
        const cp = text.codePointAt(k)!;
        const w = cp > 0xffff ? 2 : 1;
        const cls = classOf(cp);
        if (cls !== 1 && cls !== 2) break;
        h = Math.imul(h ^ c, 0x01000193);
        if (w === 2) h = Math.imul(h ^ text.charCodeAt(k + 1), 0x01000193);
        k += w;
      }
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h ^= h >>> 12;
      if (len === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[len++] = table.intern(text, from, k, h);
      count++;
    }
    hasDigit[s] = digit;
    start[s + 1] = len;
  }
  return { start, ids: ids.subarray(0, len), hasDigit, length };
}
