/**
 * Tells a cut-off JSON text from a broken one, without relying on engine-specific
 * `JSON.parse` error messages: a small grammar walk that reports whether the input ran out
 * while a value was still open (`truncated`) or hit a character that cannot appear there
 * (`malformed`). Iterative (an explicit stack), so deep nesting cannot overflow.
 */

export type JsonFault = 'truncated' | 'malformed';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Classifies why `text` is not valid JSON. Returns `null` when the grammar walk finds no fault
 * (the caller's `JSON.parse` failed for another reason, e.g. memory).
 */
export function classifyJsonFault(text: string): JsonFault | null {
  let i = 0;
  const n = text.length;
  // Stack of open containers: '{' expects key, ':' expects value after key, '[' array.
  const stack: Array<'obj' | 'arr'> = [];
  type Want = 'value' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close' | 'value-or-close' | 'end';
  let want = 'value' as Want;

  const skipWs = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** Reads a string starting at `i` (on the quote). Returns a fault or null. */
  const readString = (): JsonFault | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        if (i + 1 >= n) return 'truncated';
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) return 'truncated';
            if (!/[0-9a-fA-F]/.test(text[i + k])) return 'malformed';
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return 'malformed';
        i += 2;
        continue;
      }
      if (c < 0x20) return 'malformed';
      i++;
    }
    return 'truncated';
  };
  const readLiteral = (): JsonFault | null => {
    for (const word of ['true', 'false', 'null']) {
      if (text[i] !== word[0]) continue;
      const got = text.slice(i, i + word.length);
      if (got === word) {
        i += word.length;
        return null;
      }
      return word.startsWith(got) && i + got.length >= n ? 'truncated' : 'malformed';
    }
    return 'malformed';
  };
  const readNumber = (): JsonFault | null => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    const partial = /^-?(\d*)(\.\d*)?([eE][+-]?\d*)?/.exec(text.slice(i, i + 400));
    if (!m || (partial && partial[0].length > m[0].length)) {
      return partial && i + partial[0].length >= n ? 'truncated' : 'malformed';
    }
    i += m[0].length;
    return null;
  };
  const closeValue = (): void => {
    want = stack.length === 0 ? 'end' : 'comma-or-close';
  };

  for (;;) {
    skipWs();
    if (i >= n) return want === 'end' ? null : 'truncated';
    const ch = text[i];
    switch (want) {
      case 'end':
        return 'malformed';
      case 'colon':
        if (ch !== ':') return 'malformed';
        i++;
        want = 'value';
        continue;
      case 'key':
      case 'key-or-close': {
        if (ch === '}' && want === 'key-or-close') {
          i++;
          stack.pop();
          closeValue();
          continue;
        }
        if (ch !== '"') return 'malformed';
        const f = readString();
        if (f) return f;
        want = 'colon';
        continue;
      }
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          want = top === 'obj' ? 'key' : 'value';
          continue;
        }
        if ((ch === '}' && top === 'obj') || (ch === ']' && top === 'arr')) {
          i++;
          stack.pop();
          closeValue();
          continue;
        }
        return 'malformed';
      }
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && want === 'value-or-close') {
          i++;
          stack.pop();
          closeValue();
          continue;
        }
        if (ch === '{') {
          i++;
          stack.push('obj');
          want = 'key-or-close';
          continue;
        }
        if (ch === '[') {
          i++;
          stack.push('arr');
          want = 'value-or-close';
          continue;
        }
        let f: JsonFault | null;
        if (ch === '"') f = readString();
        else if (ch === '-' || (ch >= '0' && ch <= '9')) f = readNumber();
        else f = readLiteral();
        if (f) return f;
        closeValue();
        continue;
      }
    }
  }
}
