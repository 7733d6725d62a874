/**
 * Inline content of TMX and XLIFF segments as plain text for Selaras: text is kept, native
 * codes are left out, and a code that stands for a line break or a paragraph mark (or a code
 * standing between one sentence's end and the next one's start) becomes a sentence break, so
 * sentences are never glued together. Annotation spans (`mrk`, `sm`/`em`) are kept with
 * their offsets; codes are counted.
 */
import { attr, cpChar, type XmlElement } from './xml-read';
import { BREAK } from './import-common';
import type { CodeSink } from './codes';
import type { InlineCode } from '../project/types';
import { CODE_PLACEHOLDERS } from '../text/chars';

export interface Mark {
  start: number;
  end: number;
  attrs: Record<string, string>;
}

export interface Inline {
  text: string;
  marks: Mark[];
  /** Inline codes met. */
  codes: number;
  /** The `xml:space` in force on the element: `preserve` or `default`. */
  preserve: boolean;
  /** Trados tracked deletions (`<mrk mtype="x-sdl-deleted">`) left out of the text. */
  deletions?: number;
  /**
   * What the text keeps but not its markup, by name: elements the dialect does not define (their text is read),
   * comments (`!-- --`) and processing instructions (`?target?`).
   */
  unread?: Record<string, number>;
}

type Role = 'text' | 'code' | 'paired-code' | 'mark' | 'skip' | 'char';

/** How each dialect's elements behave. */
const ROLES: Record<'tmx' | 'xliff2' | 'xliff12', Record<string, Role>> = {
  tmx: { hi: 'mark', sub: 'skip', ph: 'code', it: 'code', ut: 'code', bpt: 'code', ept: 'code' },
  xliff2: { pc: 'paired-code', mrk: 'mark', ph: 'code', sc: 'code', ec: 'code', cp: 'char', sm: 'mark', em: 'mark' },
  xliff12: { g: 'paired-code', mrk: 'mark', x: 'code', bx: 'code', ex: 'code', ph: 'code', bpt: 'code', ept: 'code', it: 'code', sub: 'skip' },
};

const LB_WORDS = /^(x-)?(lb|linebreak|line-break|br|paragraph|para|x-para|xlf:lb|xlf:pb|xlf:para)$/i;

/** True when a standalone code stands for a line break or a paragraph mark. */
function isBreakCode(el: XmlElement, content: string): boolean {
  for (const name of ['subType', 'type', 'ctype', 'x-type']) {
    const v = attr(el, name);
    if (v && LB_WORDS.test(v)) return true;
  }
  for (const name of ['disp', 'equiv', 'equivText']) {
    const v = attr(el, name);
    if (v !== undefined && /^(\r?\n|\\n|¶)$/.test(v)) return true;
  }
  const c = content.trim();
  return /^(\r?\n)+$/.test(content) || /^(\\n|\\r\\n)$/.test(c) || /^<\s*(br|\/p|p)\b[^>]*>$/i.test(c) || /^&lt;\s*(br|\/p|p)\b/i.test(c);
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : textOf(c))).join('');
}

/** XLIFF 2 attributes that say how a code may be edited. */
export const XLIFF2_EDITING_HINTS = ['canCopy', 'canDelete', 'canReorder', 'canOverlap'];

/** The XLIFF 1.2 code attributes kept in `xliff12Attrs` (those the strict schema allows on some code element). */
export const XLIFF12_CODE_ATTRS = ['xid', 'equiv-text', 'crc', 'assoc', 'rid'];

/** XLIFF 2 code attributes that refer to other ids or give a direction (`copyOf`, `subFlows`, `dir`), kept in `xliff2Attrs`. */
export const XLIFF2_CODE_REFS = ['copyOf', 'subFlows', 'subFlowsStart', 'subFlowsEnd', 'dir'];

/**
 * An XLIFF 2 code element's own attributes, as `xliff2Attrs` (none: empty): its editing hints, what it refers
 * to (`copyOf`, `subFlows`), its `dir`, and another module's or tool's (`fs:fs`, `acme:k`); written back to XLIFF 2.
 */
function editingHints(el: XmlElement): Pick<InlineCode, 'xliff2Attrs'> {
  const out: Record<string, string> = {};
  for (const n of [...XLIFF2_EDITING_HINTS, ...XLIFF2_CODE_REFS]) if (attr(el, n) !== undefined) out[n] = attr(el, n)!;
  Object.assign(out, namespacedOf(el));
  return Object.keys(out).length ? { xliff2Attrs: out } : {};
}

/** An element's attributes of another namespace (`okp:href`, `fs:fs`), not `xml:` ones. */
function namespacedOf(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [n, v] of Object.entries(el.attrs)) if (n.includes(':') && !n.startsWith('xml:') && !n.startsWith('xmlns')) out[n] = v;
  return out;
}

/** A `<g>`'s attributes kept in `xliff12Attrs` (another tool's too). */
function g12Attrs(el: XmlElement): Pick<InlineCode, 'xliff12Attrs'> {
  const out: Record<string, string> = namespacedOf(el);
  for (const n of ['xid', 'equiv-text']) if (attr(el, n) !== undefined) out[n] = attr(el, n)!;
  return Object.keys(out).length ? { xliff12Attrs: out } : {};
}

/** What a code element is: standalone, or one end of a pair (with the id that pairs them). */
function codeOf(el: XmlElement, dialect: 'tmx' | 'xliff2' | 'xliff12', data: Map<string, string>): InlineCode {
  const a = (n: string) => attr(el, n);
  const native = textOf(el);
  const extras = (ref: string | undefined): Partial<InlineCode> => ({
    data: ref !== undefined ? data.get(ref) : undefined,
    type: a('type'),
    subType: a('subType'),
    disp: a('disp'),
    equiv: a('equiv'),
  });
  if (dialect === 'tmx') {
    // the attributes a kind and an id do not carry, kept to be written back (`x` pairs codes across variants)
    const own: Record<string, string> = {};
    for (const n of el.local === 'ept' ? [] : el.local === 'ph' ? ['type', 'assoc'] : el.local === 'ut' ? ['x'] : ['x', 'type']) if (a(n) !== undefined) own[n] = a(n)!;
    const tmxAttrs = Object.keys(own).length ? { tmxAttrs: own } : {};
    if (el.local === 'bpt') return { kind: 'open', id: a('i') ?? '', data: native, ...tmxAttrs };
    if (el.local === 'ept') return { kind: 'close', id: a('i') ?? '', data: native };
    if (el.local === 'it') return { kind: a('pos') === 'end' ? 'close' : 'open', id: `it${a('x') ?? ''}`, data: native, ...tmxAttrs };
    // (TMX 1.4's unknown tag: a standalone code, written back as one)
    if (el.local === 'ut') return { kind: 'ph', id: '', data: native, form: 'ut', ...tmxAttrs };
    return { kind: 'ph', id: a('x') ?? '', data: native, ...(a('type') ? { type: a('type') } : {}), ...tmxAttrs };
  }
  if (dialect === 'xliff2') {
    const hints = editingHints(el);
    if (el.local === 'sc') return { kind: 'open', id: a('id') ?? '', form: 'sc', ...extras(a('dataRef')), ...hints };
    if (el.local === 'ec') return { kind: 'close', id: a('startRef') ?? a('id') ?? '', form: 'sc', ...extras(a('dataRef')), ...hints };
    return { kind: 'ph', id: a('id') ?? '', ...extras(a('dataRef')), ...hints };
  }
  // (what its kind, id and type do not say, to be written back: `xid`, `equiv-text`, …; a pair by `rid` keeps its own ids)
  const own: Record<string, string> = namespacedOf(el);
  for (const n of XLIFF12_CODE_ATTRS) if (a(n) !== undefined) own[n] = a(n)!;
  if (a('rid') !== undefined && a('id') !== undefined) own.id = a('id')!;
  // (its `equiv-text`, the text a code stands for, is the `equiv` of XLIFF 2)
  const xliff12Attrs = { ...(Object.keys(own).length ? { xliff12Attrs: own } : {}), ...(a('equiv-text') !== undefined ? { equiv: a('equiv-text') } : {}) };
  // (a <bx/>/<ex/> pair is written back as one, not as the <g> a pair without data becomes)
  const bx = el.local === 'bx' || el.local === 'ex' ? { form: 'bx' as const } : {};
  if (el.local === 'bx' || el.local === 'bpt') return { kind: 'open', id: a('rid') ?? a('id') ?? '', data: native || undefined, ...(a('ctype') ? { type: a('ctype') } : {}), ...bx, ...xliff12Attrs };
  if (el.local === 'ex' || el.local === 'ept') return { kind: 'close', id: a('rid') ?? a('id') ?? '', data: native || undefined, ...bx, ...xliff12Attrs };
  if (el.local === 'it') return { kind: a('pos') === 'close' ? 'close' : 'open', id: `it${a('id') ?? ''}`, data: native || undefined, ...(a('ctype') ? { type: a('ctype') } : {}), ...xliff12Attrs };
  return { kind: 'ph', id: a('id') ?? '', data: native || undefined, ...(a('ctype') ? { type: a('ctype') } : {}), ...xliff12Attrs };
}

/**
 * A mark's start moved past a sentence break its text begins with (the break a code before it stands for, put in
 * when its text came: `68.<bpt/><mrk>Cargo</mrk>` marks `Cargo`, not the break before it).
 */
function afterBreak(text: string, start: number): number {
  return text[start] === BREAK ? start + 1 : start;
}

/**
 * Reads the inline content of `el` (`seg`, `source`, `target`). With a `sink`, codes stay in
 * the text as placeholders (see `codes.ts`); without one they are left out.
 */
export function readInline(
  el: XmlElement | undefined,
  dialect: 'tmx' | 'xliff2' | 'xliff12',
  inheritedPreserve = false,
  sink?: CodeSink,
  /**
   * XLIFF 2 `<sm>` marks still open after the unit's earlier segments on this side (by id): they go on from this
   * one's start; those still open at its end are left here for the next (a `translate="no"` range over two segments).
   */
  carried?: Map<string, Record<string, string>>,
): Inline {
  const space = el ? attr(el, 'xml:space') : undefined;
  const out: Inline = { text: '', marks: [], codes: 0, preserve: space ? space === 'preserve' : inheritedPreserve };
  if (!el) return out;
  const roles = ROLES[dialect];
  const open = new Map<string, { start: number; attrs: Record<string, string> }>();
  for (const [id, attrs] of carried ?? []) open.set(id, { start: 0, attrs });
  carried?.clear();
  // A code right after a sentence end and before the next sentence's text stands for a break.
  let codeSinceText = false;
  const unread = (name: string) => {
    out.unread ??= {};
    out.unread[name] = (out.unread[name] ?? 0) + 1;
  };
  const addText = (t: string) => {
    if (codeSinceText && t && /\S/.test(t[0]) && /[.!?…:;]["'”’)\]]*$/.test(out.text.replace(/[\ue000-\uf8ff]+$/, ''))) out.text += BREAK;
    codeSinceText = false;
    // (the line and paragraph separators U+2028 and U+2029 of the text are read as the line breaks they are, and said:
    // U+2028 is the reader's own mark of a break, and two words must not run together where one stood)
    if (t.includes('\u2028') || t.includes('\u2029')) {
      t = t.replace(/[\u2028\u2029]/g, (c) => {
        unread(c === '\u2028' ? 'U+2028' : 'U+2029');
        return '\n';
      });
    }
    // (a private-use character of the text, a symbol font's bullet, is kept as a literal code: see CodeSink.literals)
    // (past the codes a version can hold, it is U+FFFD: said)
    if (sink && t.search(CODE_PLACEHOLDERS) >= 0) t = sink.literals(t, (ch) => unread(`U+${ch.charCodeAt(0).toString(16).toUpperCase()}`));
    out.text += t;
  };
  const walk = (e: XmlElement): void => {
    for (const s of e.skipped ?? []) unread(s);
    for (const c of e.children) {
      if ('text' in c) {
        addText(c.text);
        continue;
      }
      const known = Object.hasOwn(roles, c.local);
      const role = known ? roles[c.local] : 'text';
      switch (role) {
        case 'char': {
          const ch = cpChar(c);
          if (ch) addText(ch);
          break;
        }
        case 'code':
          out.codes++;
          // XLIFF 2 keeps a code's native data in <originalData>, not in the element.
          if (isBreakCode(c, (dialect === 'xliff2' ? sink?.data.get(attr(c, 'dataRef') ?? '') : undefined) ?? textOf(c))) {
            // A break: the sentence ends here. The code itself stays at its end (so that it is
            // written back), or at the start of the next one when nothing precedes it.
            const mark = sink ? sink.add(codeOf(c, dialect, sink.data)) : '';
            // (past the codes a version can hold, a code is not kept: said)
            if (sink && !mark) unread(c.name);
            out.text += out.text.split(BREAK).pop()!.trim() === '' ? mark : mark + BREAK;
          } else {
            codeSinceText = true;
            const mark = sink ? sink.add(codeOf(c, dialect, sink.data)) : '';
            if (sink && !mark) unread(c.name);
            out.text += mark;
          }
          break;
        case 'paired-code': {
          out.codes++;
          const id = attr(c, 'id') ?? '';
          const pick = (ref: string | undefined) => (ref !== undefined && sink ? sink.data.get(ref) : undefined);
          const end = (kind: 'open' | 'close', ref: string | undefined): InlineCode => ({
            kind,
            id,
            ...(dialect === 'xliff2' ? { form: 'pc' as const } : {}),
            ...(pick(ref) !== undefined ? { data: pick(ref) } : {}),
            ...((attr(c, 'type') ?? (dialect === 'xliff12' ? attr(c, 'ctype') : undefined)) !== undefined
              ? { type: attr(c, 'type') ?? attr(c, 'ctype') }
              : {}),
            ...(attr(c, 'subType') !== undefined ? { subType: attr(c, 'subType') } : {}),
            // a <pc>'s display text and equivalent of each end, and its editing hints on the opening one
            ...(dialect === 'xliff2' && attr(c, kind === 'open' ? 'dispStart' : 'dispEnd') !== undefined ? { disp: attr(c, kind === 'open' ? 'dispStart' : 'dispEnd') } : {}),
            ...(dialect === 'xliff2' && attr(c, kind === 'open' ? 'equivStart' : 'equivEnd') !== undefined ? { equiv: attr(c, kind === 'open' ? 'equivStart' : 'equivEnd') } : {}),
            ...(dialect === 'xliff2' && kind === 'open' ? editingHints(c) : {}),
            // (a <g>'s `xid` and `equiv-text`; its `equiv-text` is the `equiv` XLIFF 2 writes)
            ...(dialect === 'xliff12' && kind === 'open' ? g12Attrs(c) : {}),
            ...(dialect === 'xliff12' && kind === 'open' && attr(c, 'equiv-text') !== undefined ? { equiv: attr(c, 'equiv-text') } : {}),
          });
          const opened = sink ? sink.add(end('open', attr(c, 'dataRefStart'))) : '';
          out.text += opened;
          walk(c);
          const closed = sink ? sink.add(end('close', attr(c, 'dataRefEnd'))) : '';
          out.text += closed;
          if (sink && (!opened || !closed)) unread(c.name);
          break;
        }
        case 'mark':
          // Trados's tracked changes: the document reads with them accepted (a deletion's text is out, an insertion's in)
          if (c.local === 'mrk' && attr(c, 'mtype') === 'x-sdl-deleted') {
            out.deletions = (out.deletions ?? 0) + 1;
            break;
          }
          if (c.local === 'sm') open.set(attr(c, 'id') ?? '', { start: out.text.length, attrs: c.attrs });
          else if (c.local === 'em') {
            const o = open.get(attr(c, 'startRef') ?? '');
            if (o) out.marks.push({ start: afterBreak(out.text, o.start), end: out.text.length, attrs: o.attrs });
            open.delete(attr(c, 'startRef') ?? '');
          } else {
            const start = out.text.length;
            walk(c);
            out.marks.push({ start: afterBreak(out.text, start), end: out.text.length, attrs: c.attrs });
          }
          break;
        case 'skip':
          break;
        default:
          if (!known) unread(c.name);
          walk(c);
      }
    }
  };
  walk(el);
  // an `<sm>` whose `<em>` stands in a later segment: kept over the rest of this one, and, but for a comment (one note,
  // on its first part), carried on over the next segments while `carried` is given
  for (const [id, o] of open) {
    if (o.start < out.text.length || o.attrs.type === 'comment') out.marks.push({ start: o.start, end: out.text.length, attrs: o.attrs });
    if (o.attrs.type !== 'comment') carried?.set(id, o.attrs);
    // (a comment's range over the next segments is not kept: said)
    else if (carried) unread('sm type="comment"');
  }
  return out;
}
