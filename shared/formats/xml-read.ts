/**
 * A safe XML reader for the importers: no DTD processing, no entity expansion (only the five
 * predefined entities, HTML's common named characters and numeric character references are decoded, by this code), a size
 * limit, and a simple tree. A document with an internal DTD subset or an entity declaration
 * is refused outright (XXE, billion laughs).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  /** Namespace prefix stripped (`its:locQualityIssueType` → `locQualityIssueType` is NOT done: see `attr`). */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The comments (`!-- --`) and processing instructions (`?target?`) among its children, which the tree leaves out. */
  skipped?: string[];
}
export type XmlNode = XmlElement | { text: string };

export const MAX_XML_CHARS = 100 * 1024 * 1024;

/** Deepest element nesting read; TMX and XLIFF with inline markup stay far below it. */
export const MAX_XML_DEPTH = 200;

export type XmlReadResult =
  | { ok: true; root: XmlElement }
  | { ok: false; code: 'malformed' | 'unsafe' | 'too-large' | 'too-deep'; detail: string; /** Where the XML breaks (1-based), when known. */ line?: number };

/**
 * How deep the elements of `xml` nest, counted in one pass without parsing (comments, CDATA,
 * processing instructions and quoted attribute values are skipped), stopping past `limit`.
 */
export function nestingDepth(xml: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    const next = xml[i + 1];
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      i = end < 0 ? -1 : xml.indexOf('<', end + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      i = end < 0 ? -1 : xml.indexOf('<', end + 3);
      continue;
    }
    // Find the end of the tag, skipping quoted attribute values.
    let j = i + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (next === '/') depth--;
    else if (next !== '?' && next !== '!' && xml[j - 1] !== '/') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    }
    i = xml.indexOf('<', j + 1);
  }
  return deepest;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * HTML's named characters that some tools write into TMX and XLIFF although XML does not define them
 * (`&nbsp;`, `&ndash;`): read as the character they name, not as literal text (which an export would then
 * write as `&amp;nbsp;`).
 */
const HTML_NAMED: Record<string, string> = {
  nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a',
  ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', euro: '\u20ac', pound: '\u00a3',
  yen: '\u00a5', cent: '\u00a2', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', middot: '\u00b7', bull: '\u2022',
  shy: '\u00ad', times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
  sect: '\u00a7', para: '\u00b6', iexcl: '\u00a1', iquest: '\u00bf', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decodes the predefined entities, HTML's named characters and character references; anything else stays as written. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9._-]{0,31});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return PREDEFINED[body] ?? HTML_NAMED[body] ?? whole;
  });
}

/** The first entity reference outside CDATA sections and comments that is neither XML's nor HTML's named character, with its line. */
function undefinedEntity(text: string): { name: string; line: number } | undefined {
  if (!text.includes('&')) return undefined;
  const ref = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&([A-Za-z_][\w.-]*);/g;
  for (let m = ref.exec(text); m; m = ref.exec(text)) {
    if (m[1] === undefined || Object.hasOwn(PREDEFINED, m[1]) || Object.hasOwn(HTML_NAMED, m[1])) continue;
    return { name: m[1], line: text.slice(0, m.index).split('\n').length };
  }
  return undefined;
}

/**
 * True when a character reference names a character a text can hold: not NUL, half of a surrogate pair, U+FFFE/U+FFFF
 * or beyond U+10FFFF. (Other control characters, which XML 1.0 does not allow either, some tools write, `&#x1F;`: they
 * are read, and an export writes them as it can.)
 */
function xmlChar(cp: number): boolean {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}

/** The first character reference outside CDATA sections and comments to no character (`&#xD83D;`, `&#0;`), with its line. */
function invalidCharRef(text: string): { ref: string; line: number } | undefined {
  if (!text.includes('&#')) return undefined;
  const ref = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&#(x[0-9a-fA-F]+|[0-9]+);/g;
  for (let m = ref.exec(text); m; m = ref.exec(text)) {
    if (m[1] === undefined) continue;
    const cp = m[1][0] === 'x' ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (Number.isFinite(cp) && xmlChar(cp)) continue;
    return { ref: m[0], line: text.slice(0, m.index).split('\n').length };
  }
  return undefined;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

type Raw = Record<string, unknown>;

function convert(raw: Raw[], skipped?: string[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of raw) {
    for (const key of Object.keys(item)) {
      if (key === ':@') continue;
      const value = item[key];
      if (key === '#text') {
        out.push({ text: decodeXmlEntities(String(value)) });
      } else if (key === '#cdata') {
        // CDATA content is literal: no entity decoding.
        for (const part of value as Raw[]) if ('#text' in part) out.push({ text: String(part['#text']) });
      } else if (key.startsWith('?') || key === '#comment') {
        skipped?.push(key === '#comment' ? '!-- --' : `${key}?`);
      } else {
        const attrsRaw = (item[':@'] ?? {}) as Record<string, unknown>;
        const attrs: Record<string, string> = Object.create(null);
        for (const [k, v] of Object.entries(attrsRaw)) attrs[k] = LANG_ATTRS.has(k) ? langTagSpelled(decodeXmlEntities(String(v))) : decodeXmlEntities(String(v));
        const left: string[] = [];
        const children = convert(value as Raw[], left);
        out.push({ name: key, local: localName(key), attrs, children, ...(left.length ? { skipped: left } : {}) });
      }
    }
  }
  return out;
}

/**
 * Parses `xml` safely. Refuses DTD internal subsets and entity declarations (`unsafe`), broken
 * XML (`malformed`), inputs above the size limit (`too-large`) and elements nested deeper than
 * {@link MAX_XML_DEPTH} (`too-deep`).
 */
export function readXml(xml: string, maxChars = MAX_XML_CHARS): XmlReadResult {
  if (xml.length > maxChars) return { ok: false, code: 'too-large', detail: `${xml.length} characters` };
  let text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (/<!ENTITY/i.test(text)) return { ok: false, code: 'unsafe', detail: 'entity declarations are not accepted' };
  const doctype = /<!DOCTYPE\b/i.exec(text);
  if (doctype) {
    const end = text.indexOf('>', doctype.index);
    const decl = end < 0 ? text.slice(doctype.index) : text.slice(doctype.index, end + 1);
    if (decl.includes('[') || end < 0) return { ok: false, code: 'unsafe', detail: 'an internal DTD subset is not accepted' };
    // A plain DOCTYPE naming an external DTD is ignored (never fetched).
    text = text.slice(0, doctype.index) + ' '.repeat(decl.length) + text.slice(doctype.index + decl.length);
  }
  // Past this the parser exhausts its stack and would only say "not well-formed".
  if (nestingDepth(text, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    return { ok: false, code: 'too-deep', detail: `elements nested more than ${MAX_XML_DEPTH} levels deep` };
  }
  let valid: true | { err: { msg: string; line: number; col: number } };
  try {
    valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  } catch (err) {
    return { ok: false, code: 'malformed', detail: err instanceof Error ? err.message : 'unreadable' };
  }
  if (valid !== true) {
    // A file cut short inside a tag (`<segment id="s2" state`): said so, not as the attribute the validator trips on
    const lastOpen = text.lastIndexOf('<');
    if (lastOpen > text.lastIndexOf('>')) {
      const name = /^<\/?([\w:.-]*)/.exec(text.slice(lastOpen))?.[1] ?? '';
      const line = text.slice(0, lastOpen).split('\n').length;
      // (cut right after the `<`: no name to give)
      const where = name ? `inside the tag <${name}>` : 'inside a tag';
      return { ok: false, code: 'malformed', detail: `the file ends ${where} (line ${line})`, line };
    }
    // A file cut short: the validator lists the elements left open (`Invalid '["xliff","file"]' found.`) at line 1
    const open = /^Invalid '\[([\s\S]*)\]' found\.?$/.exec(valid.err.msg);
    if (open) {
      const names = [...open[1].matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`).reverse();
      const last = text.trimEnd().split('\n').length;
      return { ok: false, code: 'malformed', detail: `the file ends before ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} closed (line ${last})`, line: last };
    }
    return { ok: false, code: 'malformed', detail: `${valid.err.msg} (line ${valid.err.line})`, line: valid.err.line };
  }
  // An entity XML does not define and the file does not declare (`&foo;`): the file is broken, said, not read as
  // the literal text `&foo;` (HTML's named characters, `&nbsp;`, are read: HTML_NAMED)
  const unknown = undefinedEntity(text);
  if (unknown) return { ok: false, code: 'malformed', detail: `the entity &${unknown.name}; is not defined (line ${unknown.line})`, line: unknown.line };
  // (and a reference to no character, half of a surrogate pair, `&#xD83D;`: never read as U+FFFD)
  const badRef = invalidCharRef(text);
  if (badRef) return { ok: false, code: 'malformed', detail: `the character reference ${badRef.ref} names no character (line ${badRef.line})`, line: badRef.line };
  let raw: Raw[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: false,
      htmlEntities: false,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      // (comments and processing instructions are read to be counted where they are left out: `skipped`)
      ignorePiTags: false,
      commentPropName: '#comment',
      cdataPropName: '#cdata',
    });
    raw = parser.parse(text) as Raw[];
  } catch (err) {
    return { ok: false, code: 'malformed', detail: err instanceof Error ? err.message : 'unreadable' };
  }
  const roots = convert(raw).filter((n): n is XmlElement => 'name' in n);
  if (roots.length !== 1) return { ok: false, code: 'malformed', detail: `${roots.length} root elements` };
  return { ok: true, root: roots[0] };
}

/** Child elements (by local name when given). */
export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => 'name' in c && (local === undefined || c.local === local));
}

/** First child element with that local name. */
export function child(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Attributes that hold a language tag, in TMX and XLIFF 1.2 / 2. */
const LANG_ATTRS = new Set(['xml:lang', 'lang', 'srclang', 'srcLang', 'trgLang', 'source-language', 'target-language']);

/**
 * A language tag as BCP 47 spells it: `en_US` (Java's and some tools' locale spelling) → `en-US`. Other
 * values are kept as written.
 */
export function langTagSpelled(tag: string): string {
  return /^[A-Za-z]{2,3}(?:_[A-Za-z0-9]{1,8})+$/.test(tag.trim()) ? tag.trim().replace(/_/g, '-') : tag;
}

/** An attribute by exact name, or else by local name in any namespace prefix. */
export function attr(el: XmlElement, name: string): string | undefined {
  if (name in el.attrs) return el.attrs[name];
  const local = localName(name);
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local && k.includes(':') === name.includes(':')) return v;
  return undefined;
}

/** How many elements `el` holds, at any depth, that `is` says yes to. */
function countDeep(el: XmlElement | undefined, is: (c: XmlElement) => boolean): number {
  let n = 0;
  for (const c of el ? elements(el) : []) n += (is(c) ? 1 : 0) + countDeep(c, is);
  return n;
}

/** How many elements of this local name `el` holds, at any depth (`<sub>` inside a code). */
export function countWithin(el: XmlElement | undefined, local: string): number {
  return countDeep(el, (c) => c.local === local);
}

/** How many elements inside `el`, at any depth, have the attribute `name` (a `<g clone>`). */
export function countWithAttr(el: XmlElement | undefined, name: string): number {
  return countDeep(el, (c) => attr(c, name) !== undefined);
}

/** The character an XLIFF 2 `<cp hex="…"/>` stands for ('' when its code point is not one). */
export function cpChar(el: XmlElement): string {
  const cp = parseInt(attr(el, 'hex') ?? '', 16);
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

/** All the text inside an element, markup removed. */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += 'text' in c ? c.text : textContent(c);
  return s;
}
