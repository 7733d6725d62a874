/**
 * Inline content of TMX and XLIFF segments as plain text for Selaras: text is kept, native
 * codes are left out, and a code that stands for a line break or a paragraph mark (or a code
 * standing between one sentence's end and the next one's start) becomes a sentence break, so
 * sentences are never glued together. Annotation spans (`mrk`, `sm`/`em`) are kept with
 * their offsets; codes are counted.
 */
import { attr, type XmlElement } from './xml-read';
import { BREAK } from './import-common';

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
}

type Role = 'text' | 'code' | 'paired-code' | 'mark' | 'skip' | 'char';

/** How each dialect's elements behave. */
const ROLES: Record<'tmx' | 'xliff2' | 'xliff12', Record<string, Role>> = {
  tmx: { hi: 'text', sub: 'skip', ph: 'code', it: 'code', ut: 'code', bpt: 'code', ept: 'code' },
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

/** Reads the inline content of `el` (`seg`, `source`, `target`). */
export function readInline(el: XmlElement | undefined, dialect: 'tmx' | 'xliff2' | 'xliff12', inheritedPreserve = false): Inline {
  const space = el ? attr(el, 'xml:space') : undefined;
  const out: Inline = { text: '', marks: [], codes: 0, preserve: space ? space === 'preserve' : inheritedPreserve };
  if (!el) return out;
  const roles = ROLES[dialect];
  const open = new Map<string, { start: number; attrs: Record<string, string> }>();
  // A code right after a sentence end and before the next sentence's text stands for a break.
  let codeSinceText = false;
  const addText = (t: string) => {
    if (codeSinceText && t && /\S/.test(t[0]) && /[.!?…:;]["'”’)\]]*$/.test(out.text)) out.text += BREAK;
    codeSinceText = false;
    out.text += t;
  };
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if ('text' in c) {
        addText(c.text);
        continue;
      }
      const role = roles[c.local] ?? 'text';
      switch (role) {
        case 'char': {
          const cp = parseInt(attr(c, 'hex') ?? '', 16);
          if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) addText(String.fromCodePoint(cp));
          break;
        }
        case 'code':
          out.codes++;
          if (isBreakCode(c, textOf(c))) out.text += BREAK;
          else codeSinceText = true;
          break;
        case 'paired-code':
          out.codes++;
          walk(c);
          break;
        case 'mark':
          if (c.local === 'sm') open.set(attr(c, 'id') ?? '', { start: out.text.length, attrs: c.attrs });
          else if (c.local === 'em') {
            const o = open.get(attr(c, 'startRef') ?? '');
            if (o) out.marks.push({ start: o.start, end: out.text.length, attrs: o.attrs });
          } else {
            const start = out.text.length;
            walk(c);
            out.marks.push({ start, end: out.text.length, attrs: c.attrs });
          }
          break;
        case 'skip':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(el);
  return out;
}
