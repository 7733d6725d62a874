/**
 * Inline codes in texts imported from TMX/XLIFF: each code stands in the text as one
 * private-use character (U+E000 + its index in `Version.codes`), so offsets, figures and
 * annotations are unaffected by its markup, and is written back as a code on export:
 * XLIFF 2 `<ph>`, `<sc>`/`<ec>` (with `<originalData>`), TMX `<ph>`, `<bpt>`/`<ept>`, `<it>`.
 */
import type { InlineCode } from '../project/types';
import { jsonForXml, parseJsonFromXml, xliff2Text, xmlAttr, xmlText } from './xml';
import { CODE_PLACEHOLDERS } from '../text/chars';
import { XLIFF2_EDITING_HINTS } from './import-inline';
import { namespacedAttrsXml } from './origin';

/** The attributes of each XLIFF 1.2 code element (strict schema) that `xliff12Attrs` may give back, besides `id`. */
const XLIFF12_ALLOWED: Record<string, string[]> = {
  g: ['xid', 'equiv-text'],
  x: ['xid', 'equiv-text'],
  bx: ['rid', 'xid', 'equiv-text'],
  ex: ['rid', 'xid', 'equiv-text'],
  ph: ['crc', 'assoc', 'xid', 'equiv-text'],
  bpt: ['rid', 'crc', 'xid', 'equiv-text'],
  ept: ['rid', 'crc', 'xid', 'equiv-text'],
  it: ['rid', 'crc', 'xid', 'equiv-text'],
};

/** The attributes without `rid` (a pair written without the file's `rid` ties its ends by `id`). */
function withoutRid(a: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!a || a.rid === undefined) return a;
  const { rid: _rid, ...rest } = a;
  return rest;
}

/** A code's own XLIFF 1.2 attributes the element `el` may have (`assoc` only with a valid value). */
function attrs12Of(c: InlineCode, el: string, ns: Record<string, string> = {}): string {
  // (a code's `equiv`, from XLIFF 2, is its `equiv-text` here)
  const own = c.equiv !== undefined && c.xliff12Attrs?.['equiv-text'] === undefined ? { ...c.xliff12Attrs, 'equiv-text': c.equiv } : c.xliff12Attrs;
  if (!own) return '';
  return (
    XLIFF12_ALLOWED[el]
      .filter((n) => own[n] !== undefined && (n !== 'assoc' || /^(preceding|following|both)$/.test(own[n])))
      .map((n) => ` ${n}="${xmlAttr(own[n])}"`)
      .join('') + namespacedAttrsXml(own, ns)
  );
}

export const CODE_BASE = 0xe000;
export const MAX_CODES = 6400;

/** The placeholder character of code `k`. */
export function codeChar(k: number): string {
  return String.fromCharCode(CODE_BASE + k);
}

/** The code index of a placeholder character, or -1. */
export function codeIndex(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= CODE_BASE && c < CODE_BASE + MAX_CODES ? c - CODE_BASE : -1;
}


/** `lb` or `pb` when a code is a line or page/paragraph break in any dialect's words. */
export function breakKind(c: InlineCode): 'lb' | 'pb' | null {
  const words = [c.subType, c.type].filter(Boolean).map((w) => w!.toLowerCase().replace(/^(xlf|x-)[:-]?/, ''));
  if (words.some((w) => w === 'lb' || w === 'br' || w === 'linebreak' || w === 'line-break')) return 'lb';
  if (words.some((w) => w === 'pb' || w === 'para' || w === 'paragraph')) return 'pb';
  return null;
}

/** The XLIFF 2 `type` values. */
const XLIFF2_TYPE = /^(fmt|ui|quote|link|image|other)$/;

/** XLIFF 1.2 `ctype` values (and TMX types) and the XLIFF 2 `type`/`subType` that say the same. */
const CTYPE_AS_2: Record<string, [string, string?]> = {
  bold: ['fmt', 'xlf:b'],
  italic: ['fmt', 'xlf:i'],
  underlined: ['fmt', 'xlf:u'],
  link: ['link'],
  image: ['image'],
  lb: ['fmt', 'xlf:lb'],
  pb: ['fmt', 'xlf:pb'],
};

/**
 * An XLIFF 2 code type that TMX and XLIFF 1.2 have no name for (`ui`, `quote`, `other`, `fmt` with a subType of its
 * own), as both write it: `x-ui`, `x-fmt;acme:small`; undefined for any other code.
 */
function xliff2TypeName(c: InlineCode): string | undefined {
  return c.type && XLIFF2_TYPE.test(c.type) ? `x-${c.type}${c.subType ? `;${c.subType}` : ''}` : undefined;
}

/** The XLIFF 2 subTypes of its own namespace and the type each goes with (XLIFF 2.1 core, 4.9.4). */
const XLF_SUBTYPES: Readonly<Record<string, string>> = { 'xlf:lb': 'fmt', 'xlf:pb': 'fmt', 'xlf:b': 'fmt', 'xlf:i': 'fmt', 'xlf:u': 'fmt', 'xlf:var': 'ui' };

/**
 * The XLIFF 2 `type` and `subType` of a name `xliff2TypeName` gave (undefined for another name); a subType of the
 * `xlf:` namespace only with the type it goes with (another tool's `x-quote;xlf:lb` is a quote).
 */
function fromXliff2TypeName(name: string | undefined): { type: string; subType?: string } | undefined {
  const m = name ? /^x-(fmt|ui|quote|link|image|other)(?:;([\w.-]+:[^\s;]+))?$/.exec(name) : null;
  if (!m) return undefined;
  const sub = m[2];
  const fits = sub !== undefined && (sub.startsWith('xlf:') ? XLF_SUBTYPES[sub] === m[1] : true);
  return { type: m[1], ...(fits ? { subType: sub } : {}) };
}

/** A code's XLIFF 2 `type` and `subType`: its own when valid there, else those of its XLIFF 1.2 `ctype` or TMX type. */
function xliff2Type(c: InlineCode): { type?: string; subType?: string } {
  if (c.type && XLIFF2_TYPE.test(c.type)) return { type: c.type, subType: c.subType };
  // (an XLIFF 1.2 ctype, or a TMX code's type, `<bpt type="bold">`, `ulined`; `x-ui` from an XLIFF 2 file before)
  const tmx = c.tmxAttrs?.type === 'ulined' ? 'underlined' : c.tmxAttrs?.type;
  const named = fromXliff2TypeName(c.type) ?? fromXliff2TypeName(tmx);
  if (named) return named;
  const [type, subType] = (c.type && Object.hasOwn(CTYPE_AS_2, c.type) && CTYPE_AS_2[c.type]) || (tmx && Object.hasOwn(CTYPE_AS_2, tmx) && CTYPE_AS_2[tmx]) || [];
  return { type, subType };
}

/** The ctype values XLIFF 1.2 names for a standalone code and for a pair's ends (another one is written `x-…`). */
const CTYPE12_STANDALONE = /^(image|pb|lb)$/;
const CTYPE12_PAIRED = /^(bold|italic|underlined|link)$/;

/** A code's XLIFF 1.2 `ctype` (` ctype="…"`): its own when valid there, else that of its XLIFF 2 `type`/`subType`. */
function ctype12(c: InlineCode, standalone: boolean): string {
  const named = standalone ? CTYPE12_STANDALONE : CTYPE12_PAIRED;
  if (c.type && (/^x-[\w.-]+$/.test(c.type) || named.test(c.type))) return ` ctype="${xmlAttr(c.type)}"`;
  // a TMX code's type (`<bpt type="bold">`, `ulined`, `fn`): XLIFF 1.2's name for it, another one with `x-`
  const tmx = c.tmxAttrs?.type;
  if (tmx && fromXliff2TypeName(tmx)) return ` ctype="${xmlAttr(tmx)}"`;
  if (tmx && /^[\w.-]+$/.test(tmx)) {
    const as12 = tmx === 'ulined' ? 'underlined' : tmx;
    return ` ctype="${named.test(as12) || as12.startsWith('x-') ? as12 : `x-${as12}`}"`;
  }
  if (standalone && breakKind(c)) return ` ctype="${breakKind(c)}"`;
  const back = Object.entries(CTYPE_AS_2).find(([name, [t, s]]) => t === c.type && s === c.subType && named.test(name))?.[0];
  if (back) return ` ctype="${back}"`;
  // (an XLIFF 2 type XLIFF 1.2 has no name for: `x-ui`)
  const other = xliff2TypeName(c);
  return other ? ` ctype="${xmlAttr(other)}"` : '';
}

/** True when a code stands for a line or paragraph break, by its type or by its native data (`<br/>`, `\n`, `</p>`). */
export function isBreak(c: InlineCode): boolean {
  if (breakKind(c)) return true;
  const d = (c.data ?? '').trim();
  return (c.data !== undefined && /^(\r?\n)+$/.test(c.data)) || /^(\\n|\\r\\n)$/.test(d) || /^<\s*(br|\/p|p)\b[^>]*>$/i.test(d);
}

/** Collects codes while reading one side of a file. */
export class CodeSink {
  readonly codes: InlineCode[] = [];
  /** Open codes waiting for their close, by file id (shared across the segments of a unit). */
  private readonly open = new Map<string, number>();
  /** XLIFF 2 `<originalData>` of the unit being read. */
  data = new Map<string, string>();

  /**
   * The text `t` with each private-use character it holds (a symbol font's bullet, U+F0B7) as a literal code: one is
   * not taken for the code its character is the placeholder of, and is written back as itself. Past the codes a
   * version can hold ({@link MAX_CODES}) it is U+FFFD, and `lost` is told.
   */
  literals(t: string, lost?: (ch: string) => void): string {
    return t.replace(CODE_PLACEHOLDERS, (ch) => {
      const mark = this.add({ kind: 'ph', id: '', data: ch, literal: true });
      if (!mark) lost?.(ch);
      return mark || '\uFFFD';
    });
  }

  /** Adds a code and returns its placeholder ('' when the list is full: the code is dropped). */
  add(code: InlineCode): string {
    if (this.codes.length >= MAX_CODES) return '';
    const k = this.codes.length;
    const c: InlineCode = { ...code };
    for (const key of ['data', 'type', 'subType', 'disp', 'equiv'] as const) if (c[key] === undefined) delete c[key];
    if (c.kind === 'open') this.open.set(c.id, k);
    if (c.kind === 'close') {
      const o = this.open.get(c.id);
      if (o !== undefined) {
        c.partner = o;
        this.codes[o].partner = k;
        this.open.delete(c.id);
      }
    }
    this.codes.push(c);
    return codeChar(k);
  }

  /** A new unit: open codes of the last one stay unpaired. */
  nextUnit(): void {
    this.open.clear();
    this.data = new Map();
  }
}

/** Text for people: each code as one visible character (`⟨` open, `⟩` close, `⟡` standalone), offsets kept. */
export function visibleCodes(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length) return text;
  return text.replace(CODE_PLACEHOLDERS, (ch) => {
    const code = codes[codeIndex(ch)];
    return !code ? ch : code.literal ? (code.data ?? ch) : code.kind === 'open' ? '⟨' : code.kind === 'close' ? '⟩' : '⟡';
  });
}

/** True when the text holds placeholders of known codes. */
export function hasCodes(text: string, codes: readonly InlineCode[] | undefined): boolean {
  if (!codes?.length) return false;
  for (const m of text.matchAll(CODE_PLACEHOLDERS)) if (codes[codeIndex(m[0])]) return true;
  return false;
}

/** Which code indices of a part have their partner in the same part (in order). */
export function pairedIn(text: string, codes: readonly InlineCode[]): Set<number> {
  const present = new Map<number, number>();
  let at = 0;
  for (const ch of text) {
    const k = codeIndex(ch);
    if (k >= 0 && codes[k]) present.set(k, at);
    at++;
  }
  const paired = new Set<number>();
  for (const [k, pos] of present) {
    const c = codes[k];
    if (c.kind === 'open' && c.partner !== undefined && (present.get(c.partner) ?? -1) > pos) {
      paired.add(k);
      paired.add(c.partner);
    }
  }
  return paired;
}

/** True when the XML between two positions holds balanced `<mrk>` elements only (so a `<pc>` may wrap it). */
export function balancedMarks(xml: string): boolean {
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)(mrk|pc|g)\b[^>]*?(\/?)>/g)) {
    if (m[3] === '/') continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A code's id in its file: an isolated end read from `<it>` carries it behind `it` (so that it pairs with no other end). */
function ownId(c: InlineCode): string {
  return c.kind !== 'ph' && c.partner === undefined && /^it/.test(c.id) ? c.id.slice(2) : c.id;
}

/** What an `<sc>`/`<ec>` refers to and its direction (a `<pc>` has `subFlowsStart`/`subFlowsEnd`). */
const SC_REFS = ['copyOf', 'subFlows', 'dir'];

/**
 * Replaces the placeholders in already-escaped XLIFF 2 inline XML with codes: a pair whose
 * two ends enclose well-formed content becomes `<pc>` (unless the file wrote it as `<sc>`/`<ec>`), other ends `<sc>`/`<ec>` (isolated when
 * the other end is in no segment of the unit), standalone codes `<ph>`. `data` collects `<originalData>`
 * entries (id → native data) for the unit; `ids` keeps ids unique in the part.
 */
export function xliff2Codes(
  xml: string,
  text: string,
  codes: readonly InlineCode[] | undefined,
  data: Map<string, string>,
  ids: Set<string>,
  /** A side written as several segments: its whole text (a pair may open in one segment and close in a later one) and the ids of the ends written so far. */
  unit?: { text: string; emitted: Map<number, string> },
  /** The namespaces (prefix → URI) the file declares, under which a code's other attributes are written back. */
  namespaces: Record<string, string> = {},
): string {
  if (!codes?.length) return xml;
  const paired = pairedIn(unit?.text ?? text, codes);
  const fresh = (wanted: string) => {
    let id = /^[A-Za-z_0-9][\w.-]*$/.test(wanted) && !ids.has(wanted) ? wanted : '';
    let n = ids.size + 1;
    while (!id || ids.has(id)) id = `c${n++}`;
    ids.add(id);
    return id;
  };
  // (the same native data in source and target, or twice in a side, is one <data> entry)
  const dataRef = (c: InlineCode, attr: string) => {
    if (c.data === undefined) return '';
    for (const [id, v] of data) if (v === c.data) return ` ${attr}="${id}"`;
    const ref = `d${data.size + 1}`;
    data.set(ref, c.data);
    return ` ${attr}="${ref}"`;
  };
  // a code's type and subType (a break without a type is `fmt`, `xlf:lb`/`xlf:pb`)
  const typeAttrs = (c: InlineCode) => {
    const { type, subType } = xliff2Type(c);
    return (
      (breakKind(c) && !type ? ` type="fmt" subType="xlf:${breakKind(c)}"` : '') +
      (type ? ` type="${type}"` : '') +
      (subType && type && /^[\w.-]+:[\w.-]+$/.test(subType) ? ` subType="${xmlAttr(subType)}"` : '')
    );
  };
  const extras = (c: InlineCode) =>
    typeAttrs(c) + (c.disp !== undefined ? ` disp="${xmlAttr(c.disp)}"` : '') + (c.equiv !== undefined ? ` equiv="${xmlAttr(c.equiv)}"` : '');
  // editing hints as read (`canOverlap` is no attribute of a standalone code), what the code refers to and its
  // direction where the element has them (`refs`), and another module's or tool's attributes under a declared prefix
  const hints = (c: InlineCode, skip: readonly string[] = [], refs: readonly string[] = []) =>
    XLIFF2_EDITING_HINTS.filter((n) => !skip.includes(n) && c.xliff2Attrs?.[n] !== undefined && /^(yes|no|firstNo)$/.test(c.xliff2Attrs[n]))
      .map((n) => ` ${n}="${c.xliff2Attrs![n]}"`)
      .join('') +
    refs
      .filter((n) => c.xliff2Attrs?.[n] !== undefined)
      .map((n) => ` ${n}="${xmlAttr(c.xliff2Attrs![n])}"`)
      .join('') +
    namespacedAttrsXml(c.xliff2Attrs, namespaces);
  // a <pc> writes each end's display text and equivalent as dispStart/dispEnd, equivStart/equivEnd
  const pcExtras = (open: InlineCode, close: InlineCode | undefined) =>
    typeAttrs(open) +
    (open.disp !== undefined ? ` dispStart="${xmlAttr(open.disp)}"` : '') +
    (close?.disp !== undefined ? ` dispEnd="${xmlAttr(close.disp)}"` : '') +
    (open.equiv !== undefined ? ` equivStart="${xmlAttr(open.equiv)}"` : '') +
    (close?.equiv !== undefined ? ` equivEnd="${xmlAttr(close.equiv)}"` : '') +
    hints(open, [], ['copyOf', 'subFlowsStart', 'subFlowsEnd', 'dir']);
  // Pairs that can be <pc>: written as <sc>/<ec> by another tool stay so
  const asPc = enclosablePairs(xml, codes, (c, k) => c.form !== 'sc' && paired.has(k));
  const emitted = unit?.emitted ?? new Map<number, string>();
  return xml.replace(CODE_PLACEHOLDERS, (ch) => {
    const k = codeIndex(ch);
    const c = codes[k];
    if (!c) return ch;
    if (c.literal) return c.data ?? ch;
    if (c.kind === 'ph') return `<ph id="${fresh(ownId(c))}"${dataRef(c, 'dataRef')}${extras(c)}${hints(c, ['canOverlap'], ['copyOf', 'subFlows'])}/>`;
    if (c.kind === 'open') {
      const id = fresh(ownId(c));
      emitted.set(k, id);
      if (asPc.has(k)) {
        const close = codes[c.partner!];
        return `<pc id="${id}"${dataRef(c, 'dataRefStart')}${close ? dataRef(close, 'dataRefEnd') : ''}${pcExtras(c, close)}>`;
      }
      return `<sc id="${id}"${dataRef(c, 'dataRef')}${extras(c)}${hints(c, [], SC_REFS)}${paired.has(k) ? '' : ' isolated="yes"'}/>`;
    }
    if (c.partner !== undefined && asPc.has(c.partner)) return '</pc>';
    const start = c.partner !== undefined ? emitted.get(c.partner) : undefined;
    return paired.has(k) && start
      ? `<ec startRef="${start}"${dataRef(c, 'dataRef')}${extras(c)}${hints(c, [], SC_REFS)}/>`
      : `<ec id="${fresh(ownId(c))}" isolated="yes"${dataRef(c, 'dataRef')}${extras(c)}${hints(c, [], SC_REFS)}/>`;
  });
}

/** The `<originalData>` element for a unit's collected data ('' when none). */
export function originalData(data: Map<string, string>, indent: string): string {
  if (data.size === 0) return '';
  let s = `${indent}<originalData>\n`;
  for (const [id, v] of data) s += `${indent}  <data id="${id}">${xliff2Text(v)}</data>\n`;
  return `${s}${indent}</originalData>\n`;
}

/**
 * A code's TMX `type`: that of its XLIFF 1.2 ctype, or of its XLIFF 2 type and subType (`fmt`/`xlf:b` is `bold`,
 * `image` is `image`; one TMX has no name for is `x-ui`, `x-fmt;acme:small`).
 */
function tmxTypeOf(c: InlineCode): string | undefined {
  if (fromXliff2TypeName(c.type)) return c.type;
  return (
    tmxTypeOf12(c.type) ??
    tmxTypeOf12(Object.entries(CTYPE_AS_2).find(([, [t, sub]]) => t === c.type && sub === c.subType)?.[0]) ??
    xliff2TypeName(c) ??
    // (a type of a TMX code, as its file wrote it, that no XLIFF names: `fn`)
    (c.type && /^[\w.-]+$/.test(c.type) && !XLIFF2_TYPE.test(c.type) ? c.type : undefined)
  );
}

/** The types TMX 1.4b names for its codes (`<bpt>`/`<it>`, `<ph>`); any other is written `x-…`. */
const TMX_TYPES = new Set(['bold', 'color', 'dulined', 'font', 'italic', 'link', 'scap', 'struct', 'ulined', 'index', 'date', 'time', 'fnote', 'enote', 'alt', 'image', 'pb', 'lb', 'cb', 'inset']);

/**
 * An XLIFF 1.2 ctype as TMX names the type of a code (none for another format's types): `underlined` is `ulined`,
 * `x-fnote` is `fnote` (a TMX name); `x-emoji` stays `x-emoji`, as TMX writes a type of its own.
 */
function tmxTypeOf12(ctype: string | undefined): string | undefined {
  if (!ctype) return undefined;
  if (ctype === 'underlined') return 'ulined';
  if (CTYPE12_PAIRED.test(ctype) || CTYPE12_STANDALONE.test(ctype)) return ctype;
  const name = /^x-([\w.-]+)$/.exec(ctype)?.[1];
  return name === undefined ? undefined : TMX_TYPES.has(name) ? name : ctype;
}

/** Replaces the placeholders in already-escaped TMX `<seg>` content with TMX codes. */
export function tmxCodes(xml: string, text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length) return xml;
  const paired = pairedIn(text, codes);
  const pairNo = new Map<number, number>();
  // The code's own number (a TMX `i`/`x`, an XLIFF id such as `2`) where it is one and still free, else the next free one.
  const usedI = new Set<number>();
  const usedX = new Set<number>();
  // (the codes' own numbers are kept free for them: a code without one, a TMX <ut>, takes a number no later code has)
  const own = new Set<number>();
  for (const m of text.matchAll(CODE_PLACEHOLDERS)) {
    const c = codes[codeIndex(m[0])];
    if (c && /^[1-9]\d{0,8}$/.test(c.id)) own.add(Number(c.id));
    // (and the `x` a <bpt> or an <it> keeps from the file: one `x` names one code)
    if (c?.tmxAttrs?.x && /^[1-9]\d{0,8}$/.test(c.tmxAttrs.x)) own.add(Number(c.tmxAttrs.x));
  }
  const number = (id: string, used: Set<number>): number => {
    let v = /^[1-9]\d{0,8}$/.test(id) && !used.has(Number(id)) ? Number(id) : 0;
    if (!v) for (v = 1; used.has(v) || own.has(v); ) v++;
    used.add(v);
    return v;
  };
  return xml.replace(CODE_PLACEHOLDERS, (ch) => {
    const k = codeIndex(ch);
    const c = codes[k];
    if (!c) return ch;
    if (c.literal) return c.data ?? ch;
    const data = xmlText(c.data ?? '');
    // a TMX code's own attributes, as its file gave them (`x`, `type`, `assoc`); an XLIFF 1.2 code's ctype or an
    // XLIFF 2 code's type as TMX names it (`underlined` is `ulined`, `x-fn` is `fn`, `fmt`/`xlf:b` is `bold`)
    const attrs = c.tmxAttrs?.type === undefined && tmxTypeOf(c) ? { ...c.tmxAttrs, type: tmxTypeOf(c)! } : c.tmxAttrs;
    const own = (names: string[], skip?: string) =>
      names.map((n) => (n !== skip && attrs?.[n] !== undefined ? ` ${n}="${xmlAttr(attrs[n])}"` : '')).join('');
    if (c.kind === 'ph' && c.form === 'ut') return `<ut${own(['x'])}>${data}</ut>`;
    if (c.kind === 'ph') {
      const type = breakKind(c) ?? attrs?.type;
      return `<ph x="${number(c.id, usedX)}"${type ? ` type="${xmlAttr(type)}"` : ''}${own(['assoc'])}>${data}</ph>`;
    }
    if (!paired.has(k)) return `<it pos="${c.kind === 'open' ? 'begin' : 'end'}"${own(['x', 'type'])}>${data}</it>`;
    if (c.kind === 'open') {
      const i = number(c.id, usedI);
      pairNo.set(k, i);
      return `<bpt i="${i}"${own(['x', 'type'])}>${data}</bpt>`;
    }
    return `<ept i="${pairNo.get(c.partner!) ?? number('', usedI)}">${data}</ept>`;
  });
}

/**
 * The opening codes whose pair can be written as one enclosing element (`<pc>`, `<g>`): `accept` says the
 * pair is eligible, its closing end follows it, the XML between the two ends is balanced, and every other
 * code end inside has its partner inside too.
 */
function enclosablePairs(xml: string, codes: readonly InlineCode[], accept: (c: InlineCode, k: number) => boolean): Set<number> {
  const where = new Map<number, number>();
  for (let i = 0; i < xml.length; i++) {
    const k = codeIndex(xml[i]);
    if (k >= 0 && codes[k]) where.set(k, i);
  }
  const out = new Set<number>();
  for (const [k, at] of where) {
    const c = codes[k];
    if (c.kind !== 'open' || c.partner === undefined || !accept(c, k)) continue;
    const end = where.get(c.partner);
    if (end === undefined || end < at) continue;
    const inner = xml.slice(at + 1, end);
    let ok = balancedMarks(inner.replace(/[\ue000-\uf8ff]/g, ''));
    for (const ch of inner) {
      const j = codeIndex(ch);
      if (j < 0 || !codes[j] || codes[j].kind === 'ph') continue;
      const other = codes[j].partner;
      const pos = other === undefined ? undefined : where.get(other);
      if (pos === undefined || pos <= at || pos >= end) ok = false;
    }
    if (ok) out.add(k);
  }
  return out;
}

/**
 * Replaces the placeholders in already-escaped XLIFF 1.2 inline XML with 1.2 codes: a pair with
 * no native data whose two ends enclose well-formed content becomes `<g>`, other data-less ends
 * `<bx/>`/`<ex/>`, pairs with data `<bpt>`/`<ept>`, a lone end with data `<it>`, standalone
 * codes `<ph>` (with data) or `<x/>`. The file's code ids are kept where unique in the part.
 */
export function xliff12Codes(xml: string, text: string, codes: readonly InlineCode[] | undefined, next: { n: number; ns?: Record<string, string> }): string {
  if (!codes?.length) return xml;
  // (another tool's attributes of a code, under the namespaces the file declares: `okp:href`)
  const attrs12 = (c: InlineCode, el: string) => attrs12Of(c, el, next.ns);
  const paired = pairedIn(text, codes);
  const ids = new Set<string>();
  // (the codes' own ids, kept free for them: an id made for an <ex> does not take the id a later <ph> has in the
  // file, so that a code keeps its id in <source> and in <seg-source>, where a segment boundary cuts a <g>)
  const own = new Set<string>();
  for (const m of text.matchAll(CODE_PLACEHOLDERS)) {
    const c = codes[codeIndex(m[0])];
    if (c) own.add(c.xliff12Attrs?.id ?? ownId(c));
  }
  const fresh = (wanted: string) => {
    let id = wanted && !/\s/.test(wanted) && !ids.has(wanted) ? wanted : '';
    while (!id || ids.has(id) || (id !== wanted && own.has(id))) id = String(++next.n);
    ids.add(id);
    return id;
  };
  // Pairs that can be <g>: codes with data of their own are written as <bx>/<ex>
  // (and a pair the file wrote as <bx/>/<ex/> stays one)
  const asG = enclosablePairs(xml, codes, (c, k) => !c.data && paired.has(k) && !codes[c.partner!]?.data && c.form !== 'bx');
  const emitted = new Map<number, string>();
  return xml.replace(CODE_PLACEHOLDERS, (ch) => {
    const k = codeIndex(ch);
    const c = codes[k];
    if (!c) return ch;
    if (c.literal) return c.data ?? ch;
    const data = c.data !== undefined && c.data !== '' ? xmlText(c.data) : null;
    if (c.kind === 'ph') {
      const ctype = ctype12(c, true);
      return data !== null ? `<ph id="${fresh(ownId(c))}"${ctype}${attrs12(c, 'ph')}>${data}</ph>` : `<x id="${fresh(ownId(c))}"${ctype}${attrs12(c, 'x')}/>`;
    }
    // (a pair the file tied by `rid` keeps its own ids and the `rid`)
    const rid = c.xliff12Attrs?.rid;
    if (c.kind === 'open') {
      const id = fresh(rid !== undefined ? (c.xliff12Attrs?.id ?? ownId(c)) : ownId(c));
      emitted.set(k, id);
      const ctype = ctype12(c, false);
      if (asG.has(k)) return `<g id="${id}"${ctype}${attrs12(c, 'g')}>`;
      if (!paired.has(k)) return data !== null ? `<it id="${id}" pos="open"${ctype}${attrs12(c, 'it')}>${data}</it>` : `<bx id="${id}"${ctype}${attrs12(c, 'bx')}/>`;
      if (rid !== undefined) return data !== null ? `<bpt id="${id}"${ctype}${attrs12(c, 'bpt')}>${data}</bpt>` : `<bx id="${id}"${ctype}${attrs12(c, 'bx')}/>`;
      // (a <bx/>/<ex/> pair the file tied by one id, as Okapi writes it, keeps that form)
      if (c.form === 'bx' && data === null) return `<bx id="${id}"${ctype}${attrs12(c, 'bx')}/>`;
      return data !== null ? `<bpt id="${id}"${ctype}${attrs12(c, 'bpt')}>${data}</bpt>` : `<bx id="${id}" rid="${id}"${ctype}${attrs12(c, 'bx')}/>`;
    }
    if (c.partner !== undefined && asG.has(c.partner)) return '</g>';
    const start = c.partner !== undefined && paired.has(k) ? emitted.get(c.partner) : undefined;
    if (start === undefined) {
      const id = fresh(ownId(c));
      // (an isolated end keeps its type, as its start does: `<it>` has a ctype, `<ex/>` none)
      return data !== null ? `<it id="${id}" pos="close"${ctype12(c, false)}${attrs12(c, 'it')}>${data}</it>` : `<ex id="${id}"${attrs12(c, 'ex')}/>`;
    }
    // (its start's `rid`, when the pair is tied by one: the end's own id)
    const startRid = codes[c.partner!]?.xliff12Attrs?.rid;
    if (startRid !== undefined && rid === startRid) return data !== null ? `<ept id="${fresh(c.xliff12Attrs?.id ?? '')}"${attrs12(c, 'ept')}>${data}</ept>` : `<ex id="${fresh(c.xliff12Attrs?.id ?? '')}"${attrs12(c, 'ex')}/>`;
    if (data === null && c.form === 'bx' && codes[c.partner!]?.form === 'bx') return `<ex id="${start}"${attrs12({ ...c, xliff12Attrs: withoutRid(c.xliff12Attrs) }, 'ex')}/>`;
    return data !== null ? `<ept id="${start}"${attrs12({ ...c, xliff12Attrs: withoutRid(c.xliff12Attrs) }, 'ept')}>${data}</ept>` : `<ex id="${fresh('')}" rid="${start}"${attrs12({ ...c, xliff12Attrs: withoutRid(c.xliff12Attrs) }, 'ex')}/>`;
  });
}

/**
 * Spans over `text` widened until no pair of codes crosses their edges: a mismatch mark on `$12</g> million`
 * takes in the `<g>`, so that the mark and the code nest (an XLIFF 1.2 `<g>` cut by a `<mrk>` had to be
 * written as `<bx/>`/`<ex/>` with new ids, which the tool that wrote the file no longer matches; XLIFF 2
 * wrote `<sc/>`/`<ec/>` for its `<pc>`). Codes without a partner in the text are left as they are.
 */
export function spansAroundCodes<T extends { start: number; end: number }>(text: string, spans: readonly T[], codes: readonly InlineCode[]): T[] {
  if (!codes.length || text.search(CODE_PLACEHOLDERS) < 0) return [...spans];
  const at = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text[i]);
    if (k >= 0 && codes[k]) at.set(k, i);
  }
  return spans.map((sp) => {
    let { start, end } = sp;
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) {
        const k = codeIndex(text[i]);
        const partner = k >= 0 ? codes[k]?.partner : undefined;
        const q = partner === undefined ? undefined : at.get(partner);
        if (q === undefined || (q >= start && q < end)) continue;
        if (q >= end) end = q + 1;
        else start = q;
        changed = true;
      }
    }
    return start === sp.start && end === sp.end ? sp : { ...sp, start, end };
  });
}

/**
 * The details of a code that a format's own markup cannot say, carried in Selaras data: TMX keeps only a
 * number and its own attributes; XLIFF 2 an XLIFF 1.2 code's attributes (`rid`, `xid`, `equiv-text`), its `<bx/>`
 * form or a `ctype` it has no type for (`x-html-p`); XLIFF 1.2 an XLIFF 2 code's hints (`canCopy`), its
 * `<pc>`/`<sc>` form, `disp`, `equiv` and type.
 */
function detailsBeyond(c: InlineCode, format: 'tmx' | 'xliff2' | 'xliff12'): Partial<InlineCode> {
  const out: Partial<InlineCode> = {};
  const put = <K extends keyof InlineCode>(key: K, when = true) => {
    if (when && c[key] !== undefined) out[key] = c[key];
  };
  if (format === 'tmx') {
    if (!/^[1-9]\d{0,8}$/.test(c.id)) put('id');
    for (const key of ['form', 'type', 'subType', 'disp', 'equiv', 'xliff12Attrs', 'xliff2Attrs'] as const) put(key);
  } else if (format === 'xliff2') {
    put('form', c.form === 'bx' || c.form === 'ut');
    put('type', !!c.type && !XLIFF2_TYPE.test(c.type));
    put('xliff12Attrs');
    // (a TMX code's own attributes, `x`, `type="x-emoji"`, `assoc`: back in a TMX written from the file)
    put('tmxAttrs');
  } else {
    put('form', c.form === 'pc' || c.form === 'sc' || c.form === 'ut');
    const xliff2Typed = !!c.type && XLIFF2_TYPE.test(c.type);
    put('type', xliff2Typed);
    put('subType', xliff2Typed);
    for (const key of ['disp', 'equiv', 'xliff2Attrs', 'tmxAttrs'] as const) put(key);
  }
  return out;
}

/**
 * The names of another tool's attributes of a code that an export to `format` writes nowhere in its markup (they
 * travel in Selaras data, {@link detailsBeyond}): an XLIFF 1.2 code's `xid`, `assoc`, `crc`… in TMX and XLIFF 2, and
 * a `ctype` XLIFF 2 has no type for (`x-html-a`); a TMX code's `assoc` in XLIFF, and a type XLIFF 2 has none for.
 * (Ids, and a display text or XLIFF 2's hints, are said apart: `formats2.loss.codeHints`.)
 */
export function codeAttrsLost(c: InlineCode, format: 'tmx' | 'xliff2' | 'xliff12'): string[] {
  const own12 = Object.keys(c.xliff12Attrs ?? {}).filter((k) => k !== 'id' && k !== 'rid' && k !== 'equiv-text');
  // (a TMX code's `i` and `x` pair it with its other end and across the versions, as an XLIFF code's id does)
  const ownTmx = Object.keys(c.tmxAttrs ?? {}).filter((k) => k !== 'i' && k !== 'x' && k !== 'type');
  if (format === 'tmx') return own12;
  if (format === 'xliff12') return ownTmx;
  const typed = (c.type !== undefined || c.tmxAttrs?.type !== undefined) && xliff2Type(c).type === undefined && !breakKind(c);
  return [...own12, ...ownTmx, ...(typed ? [c.tmxAttrs?.type !== undefined ? 'type' : 'ctype'] : [])];
}

/**
 * What `format` cannot say of the codes of a side's text ({@link detailsBeyond}: an XLIFF code's own id, `pt1`,
 * in TMX), one entry per code in the order they stand in `text`, as JSON for Selaras data (TMX
 * `x-selaras-codes-a`/`-b`, XLIFF `codes-a`/`-b`); undefined when there is nothing such.
 */
export function codeDetailsJson(text: string, codes: readonly InlineCode[] | undefined, format: 'tmx' | 'xliff2' | 'xliff12'): string | undefined {
  if (!codes?.length) return undefined;
  const list: Array<Partial<InlineCode>> = [];
  let beyond = false;
  for (const m of text.matchAll(CODE_PLACEHOLDERS)) {
    const c = codes[codeIndex(m[0])];
    if (!c) continue;
    const extra = detailsBeyond(c, format);
    if (Object.keys(extra).length) beyond = true;
    list.push(extra);
  }
  return beyond ? jsonForXml(list) : undefined;
}

const isStringMap = (v: unknown): v is Record<string, string> => !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/**
 * Gives back to the codes a side of a unit added (`codes[from..]`, in their order) what {@link codeDetailsJson}
 * wrote of them, when the data still fits them (as many entries as codes); a malformed entry is skipped.
 */
export function restoreCodeDetails(codes: InlineCode[], from: number, json: string | undefined): void {
  if (json === undefined) return;
  const list = parseJsonFromXml(json);
  if (!Array.isArray(list) || list.length !== codes.length - from) return;
  list.forEach((x, k) => {
    if (!x || typeof x !== 'object') return;
    const e = x as Record<string, unknown>;
    const c = codes[from + k];
    if (typeof e.id === 'string' && e.id !== '') c.id = e.id;
    if (e.form === 'pc' || e.form === 'sc' || e.form === 'bx' || e.form === 'ut') c.form = e.form;
    for (const key of ['type', 'subType', 'disp', 'equiv'] as const) if (typeof e[key] === 'string') c[key] = e[key] as string;
    if (isStringMap(e.xliff12Attrs)) c.xliff12Attrs = e.xliff12Attrs;
    if (isStringMap(e.xliff2Attrs)) c.xliff2Attrs = e.xliff2Attrs;
    if (isStringMap(e.tmxAttrs)) c.tmxAttrs = e.tmxAttrs;
  });
}
