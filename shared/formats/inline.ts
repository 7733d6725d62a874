/**
 * Inline annotation markup for XLIFF 2: properly nested spans become `<mrk>` elements; when
 * spans cross each other, all of them are written as `<sm/>`…`<em/>` pairs, which may overlap.
 */
import { isXmlInvalidChar } from './xml';

export interface MarkSpan {
  start: number;
  end: number;
  id: string;
  /** Attributes already rendered and escaped (` a="b" c="d"`), excluding `id`. */
  attrs: string;
}

/** XLIFF 2 text: escaped, and characters XML cannot carry written as `<cp hex="…"/>`. */
export function xliffText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    if (isXmlInvalidChar(c) || (c >= 0xd800 && c <= 0xdfff)) {
      out += `<cp hex="${c.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    } else if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x0d) out += '&#13;'; // (a raw one would be read as a line feed)
    else out += s[i];
  }
  return out;
}

/** True when no two spans cross (each pair is disjoint or nested). */
export function isLaminar(spans: readonly MarkSpan[]): boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const stack: MarkSpan[] = [];
  for (const s of sorted) {
    while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
    if (stack.length && s.end > stack[stack.length - 1].end) return false;
    stack.push(s);
  }
  return true;
}

/**
 * `text` (each stretch of it through `esc`) with the spans written as elements, `open(span)` … `close` (`</mrk>`), one
 * inside another where they nest; a span that crosses one before it is left out. Spans must lie inside the text.
 */
export function nestedMarks<S extends { start: number; end: number }>(text: string, spans: readonly S[], open: (s: S) => string, esc: (t: string) => string, close = '</mrk>'): string {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  let i = 0;
  const render = (from: number, to: number): string => {
    let out = '';
    let at = from;
    while (i < sorted.length && sorted[i].start < to) {
      const s = sorted[i++];
      if (s.start < at || s.end > to) continue;
      out += `${esc(text.slice(at, s.start))}${open(s)}${render(s.start, s.end)}${close}`;
      at = s.end;
    }
    return out + esc(text.slice(at, to));
  };
  return render(0, text.length);
}

/** Writes `text` with the spans marked. Spans outside the text or empty are ignored. */
export function markInline(text: string, spans: readonly MarkSpan[]): { xml: string; overlapping: boolean } {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  if (valid.length === 0) return { xml: xliffText(text), overlapping: false };
  if (isLaminar(valid)) return { xml: nestedMarks(text, valid, (s) => `<mrk id="${s.id}"${s.attrs}>`, xliffText), overlapping: false };
  // Crossing spans: standalone start/end markers.
  const points = new Set<number>([0, text.length]);
  for (const s of valid) {
    points.add(s.start);
    points.add(s.end);
  }
  const cuts = [...points].sort((x, y) => x - y);
  let out = '';
  for (let k = 0; k < cuts.length; k++) {
    const p = cuts[k];
    for (const s of valid.filter((v) => v.end === p).sort((x, y) => y.start - x.start)) out += `<em startRef="${s.id}"/>`;
    for (const s of valid.filter((v) => v.start === p).sort((x, y) => y.end - x.end)) out += `<sm id="${s.id}"${s.attrs}/>`;
    if (k + 1 < cuts.length) out += xliffText(text.slice(p, cuts[k + 1]));
  }
  return { xml: out, overlapping: true };
}
