/**
 * JSON with binary: the browser bridge sends requests and responses as JSON, so byte arrays
 * travel as `{ "$bytes": "<base64>" }`. Pure, no Buffer/atob (runs in Node, browser and workers).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + '==';
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c] : -1;
    if (v < 0) throw new Error('invalid base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/**
 * How deep byte arrays may sit in a message (`{ ok, value: { bytes } }` is depth 2). Limiting the
 * walk keeps big payloads (a whole project as JSON text, long result lists) fast to encode.
 */
const MAX_DEPTH = 3;

function packBytes(value: unknown, depth: number): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (depth >= MAX_DEPTH || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const packed = packBytes(v, depth + 1);
    if (packed !== v) {
      out ??= { ...(value as Record<string, unknown>) };
      out[k] = packed;
    }
  }
  return out ?? value;
}

function unpackBytes(value: unknown, depth: number): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === '$bytes' && typeof obj.$bytes === 'string') return fromBase64(obj.$bytes);
  if (depth >= MAX_DEPTH) return value;
  for (const k of keys) {
    const v = obj[k];
    const unpacked = unpackBytes(v, depth + 1);
    if (unpacked !== v) obj[k] = unpacked;
  }
  return value;
}

/** JSON.stringify that keeps Uint8Array values (up to three levels deep). */
export function encodeWire(value: unknown): string {
  return JSON.stringify(packBytes(value, 0));
}

/** JSON.parse that restores Uint8Array values (up to three levels deep). */
export function decodeWire(text: string): unknown {
  return unpackBytes(JSON.parse(text), 0);
}
