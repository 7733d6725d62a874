/** Escaping for the XML the exporters write. */
import { CODE_PLACEHOLDERS } from '../text/chars';

/** True for characters XML 1.0 does not allow (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
export function isXmlInvalidChar(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** Replaces characters XML 1.0 cannot carry with U+FFFD (lone surrogates included). */
export function cleanXmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * JSON for Selaras's own data inside a file (a prop, a metadata entry): the line and paragraph separators and the
 * private-use characters that stand for inline codes are written as `\uXXXX` escapes, since a text read back from
 * the file gives those characters other meanings (a line break, a code); {@link parseJsonFromXml} reads it.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029\ue000-\uf8ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Parses JSON written by {@link jsonForXml}; `undefined` when it is no JSON. Files written before it escaped the line
 * separator hold it raw, and it reads back as a line feed (a raw one no JSON text holds): read as the separator.
 */
export function parseJsonFromXml(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    if (!json.includes('\n')) return undefined;
    try {
      return JSON.parse(json.replace(/\n/g, '\\u2028'));
    } catch {
      return undefined;
    }
  }
}

/** Escapes text content; a carriage return as `&#13;` (an XML reader turns a raw one into a line feed). */
export function xmlText(s: string): string {
  return cleanXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** {@link xmlText} for XLIFF 2, which writes a character XML cannot carry as `<cp hex="…"/>` instead of U+FFFD. */
export function xliff2Text(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isXmlInvalidChar(code)) continue;
    out += `${xmlText(s.slice(from, i))}<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    from = i + 1;
  }
  return out + xmlText(s.slice(from));
}

/** Escapes an attribute value (double-quoted); tabs and line breaks survive attribute normalisation. */
export function xmlAttr(s: string): string {
  // (an inline code has no place in an attribute: a figure's text that spans one is written without it)
  return cleanXmlChars(s.replace(CODE_PLACEHOLDERS, ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** True when `s` is an XML NMTOKEN already (an id XLIFF 2 can hold as it is). */
export function isNmtoken(s: string): boolean {
  return nmtoken(s) === s;
}

/** Makes an XML NMTOKEN out of any string (letters, digits, `.`, `-`, `_`, `:` kept). */
export function nmtoken(s: string): string {
  const t = s.replace(/[^\p{L}\p{N}._:-]/gu, '_');
  return t || '_';
}

/** `20240313T100000Z` (TMX date format) from an ISO time. */
export function tmxDate(iso: string): string {
  const t = Date.parse(iso);
  const m = Number.isNaN(t) ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(new Date(t).toISOString());
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : '19700101T000000Z';
}
