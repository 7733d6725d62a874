/**
 * Turns a text file's bytes into a string, or refuses it with a reason the UI can translate.
 *
 * Reads UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM. UTF-16 without a BOM is
 * recognised from its zero bytes and flagged `uncertain`. Bytes that are not UTF-8 but look like
 * Western text are read as Windows-1252, always with `uncertain: true` so the UI can ask.
 * Binary files (NUL bytes, control characters) and anything else are refused, never decoded
 * into garbage.
 */

import { refused, type Refused } from '../../../shared/errors';

export const MAX_DECODE_BYTES = 50 * 1024 * 1024;

/** The encodings Selaras tells apart itself, or (`string`) the one an XML declaration named, as TextDecoder calls it (`shift_jis`). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & { readonly declared?: never });

export type DecodeFailureCode = 'binary' | 'undecodable' | 'too-large' | 'empty';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean; uncertain?: true } | Refused<DecodeFailureCode>;

/** `errors.binary`, `errors.undecodable`, `errors.tooLarge`, `errors.empty` */
const KEYS: Record<DecodeFailureCode, string> = {
  binary: 'errors.binary',
  undecodable: 'errors.undecodable',
  'too-large': 'errors.tooLarge',
  empty: 'errors.empty',
};

function refuse(code: DecodeFailureCode, name: string, message: string, extra: Record<string, string | number> = {}): DecodeResult {
  return refused(code, KEYS[code], name, message, extra);
}

/** Windows-1252 code points for bytes 0x80–0x9F (`-1` = not defined in the code page). */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

/** The characters {@link countControls} counts. */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/** Counts C0 control characters other than tab, line feed, vertical tab, form feed, carriage return (and DEL). */
function countControls(text: string): { nul: number; other: number } {
  // Most texts hold none: one native scan answers for them (the loop below is slow before the JIT warms up).
  if (!CONTROL.test(text)) return { nul: 0, other: 0 };
  let nul = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) other++;
  }
  return { nul, other };
}

function looksBinary(text: string): boolean {
  const { nul, other } = countControls(text);
  if (nul > 0) return true;
  return other > 64 || (other > 0 && other / Math.max(1, text.length) > 0.01);
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes. */
function utf8Census(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      multi++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

/** Letters and the punctuation a Western news text uses, in Windows-1252. */
function isPlausibleCp1252(b: number): boolean {
  // 0xA0–0xFF: nbsp, ©, °, «, », ½, accented letters, × and ÷; 0x80–0x9F: the defined ones.
  return b >= 0xa0 || CP1252_HIGH[b - 0x80] !== -1;
}

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      // (the five bytes the code page leaves undefined read as their C1 controls, as the WHATWG decoder reads them)
      codes.push(b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] !== -1 ? CP1252_HIGH[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Decides whether bytes that are not UTF-8 read as plausible Windows-1252 text: no undefined
 * code-page bytes, mostly ASCII, high bytes isolated (accented letters and typographic
 * punctuation sit between ASCII letters), and not a UTF-8 text with a few broken bytes.
 */
function plausibleCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) {
      if (b <= 0x9f && CP1252_HIGH[b - 0x80] === -1) return false;
      if (!isPlausibleCp1252(b)) return false;
      high++;
      run++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  if (run >= 3) inRuns += run;
  if (high === 0) return false;
  if (high / bytes.length > 0.3) return false;
  if (inRuns / high > 0.2) return false;
  const { multi, invalid } = utf8Census(bytes);
  // Mostly valid UTF-8 with some broken bytes: a damaged or mixed file, not cp1252.
  if (multi > 0 && multi >= invalid) return false;
  return true;
}

function tryDecode(label: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (bytes.length % 2) out[bytes.length - 1] = bytes[bytes.length - 1];
  return out;
}

/** Guesses UTF-16 without a BOM from the zero high bytes of mostly-Latin text. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  // No zero byte at all (one native scan): not UTF-16 of Latin text.
  if (!bytes.includes(0)) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  const pairs = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd / pairs > 0.4 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.4 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

function finish(name: string, text: string, encoding: TextEncodingName, bom: boolean, uncertain: boolean): DecodeResult {
  if (looksBinary(text)) return refuse('binary', name, `${name} is not a text file.`);
  if (text.trim() === '') return refuse('empty', name, `${name} is empty.`);
  return uncertain ? { ok: true, text, encoding, bom, uncertain: true } : { ok: true, text, encoding, bom };
}

/** The encoding an XML declaration at the start of the bytes names (`<?xml version="1.0" encoding="Shift_JIS"?>`), or null. */
function declaredXmlEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]{0,39})["']/.exec(head)?.[1] ?? null;
}

/**
 * Decodes a text file. `name` is used only in the error parameters (`{ name }`). An XML file
 * that is not UTF-8 is read in the encoding its declaration names (Shift_JIS, GB18030, Big5,
 * EUC-KR, ISO-8859-2, …) when the bytes are valid in it.
 */
export function decodeText(bytes: Uint8Array, name: string): DecodeResult {
  if (bytes.byteLength > MAX_DECODE_BYTES) {
    return refuse('too-large', name, `${name} is larger than 50 MB.`, { limit: 50 });
  }
  if (bytes.byteLength === 0) return refuse('empty', name, `${name} is empty.`);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === null
      ? refuse('undecodable', name, `${name} starts like UTF-8 but is not valid UTF-8.`)
      : finish(name, text, 'utf-8', true, false);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    return text === null
      ? refuse('undecodable', name, `${name} starts like UTF-16 but is not valid UTF-16.`)
      : finish(name, text, 'utf-16le', true, false);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16le', swapBytes(bytes.subarray(2)));
    return text === null
      ? refuse('undecodable', name, `${name} starts like UTF-16 but is not valid UTF-16.`)
      : finish(name, text, 'utf-16be', true, false);
  }

  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const text = tryDecode('utf-16le', utf16 === 'utf-16le' ? bytes : swapBytes(bytes));
    if (text !== null && !looksBinary(text)) return finish(name, text, utf16, false, true);
  }

  // NUL bytes in a file that is not UTF-16: binary.
  if (bytes.includes(0)) return refuse('binary', name, `${name} is not a text file.`);

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(name, utf8, 'utf-8', false, false);

  const declared = declaredXmlEncoding(bytes);
  if (declared && !/^utf-?(8|16)/i.test(declared)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(declared, { fatal: true });
    } catch {
      // An encoding TextDecoder does not know.
    }
    // (the WHATWG names iso-8859-1, latin1 and ascii Windows-1252, but Node's decoder of that name maps
    // 0x80–0x9F to control characters, as ISO-8859-1 does: Selaras's own table reads them as the code page does)
    if (decoder?.encoding === 'windows-1252') return finish(name, decodeCp1252(bytes), 'windows-1252', false, false);
    let text: string | null = null;
    try {
      text = decoder ? decoder.decode(bytes) : null;
    } catch {
      text = null;
    }
    if (text !== null) return finish(name, text, decoder!.encoding, false, false);
    if (!plausibleCp1252(bytes)) {
      const why = decoder ? `its bytes are not valid ${declared}` : `Selaras cannot read ${declared}`;
      return refused('undecodable', 'errors.undecodableDeclared', name, `${name} declares the encoding ${declared}, but ${why}.`, { encoding: declared });
    }
  }

  if (plausibleCp1252(bytes)) {
    const text = decodeCp1252(bytes);
    if (looksBinary(text)) return refuse('binary', name, `${name} is not a text file.`);
    return finish(name, text, 'windows-1252', false, true);
  }
  // Many control bytes → call it binary rather than undecodable.
  const asLatin = decodeCp1252(bytes.subarray(0, 65536));
  if (looksBinary(asLatin)) return refuse('binary', name, `${name} is not a text file.`);
  return refuse('undecodable', name, `${name} is not valid text in any encoding Selaras reads.`);
}

/**
 * An XML file's text (TMX, XLIFF): as {@link decodeText}, but bytes that are not UTF-8 in a file whose declaration
 * names UTF-8 or no encoding (XML then reads it as UTF-8) are refused rather than read as Windows-1252: XML leaves
 * no room for a guess, and a wrong one would change the file's characters on their way back out.
 */
export function decodeXml(bytes: Uint8Array, name: string): DecodeResult {
  return asXml(decodeText(bytes, name), bytes, name);
}

/** {@link decodeXml} of bytes `decodeText` has already read (`decoded`): not decoded again. */
export function asXml(decoded: DecodeResult, bytes: Uint8Array, name: string): DecodeResult {
  if (!decoded.ok || !decoded.uncertain || decoded.encoding !== 'windows-1252') return decoded;
  const declared = declaredXmlEncoding(bytes);
  // (a file that declares no encoding is read as UTF-8, as XML reads it: said so, not that it declares one)
  if (!declared) return refused('undecodable', 'errors.undecodableUndeclared', name, `${name} declares no encoding, so it is read as UTF-8, but its bytes are not valid UTF-8.`, {});
  return refused('undecodable', 'errors.undecodableDeclared', name, `${name} declares the encoding ${declared}, but its bytes are not valid ${declared}.`, { encoding: declared });
}
