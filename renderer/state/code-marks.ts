/**
 * How the panes and the grid show inline codes: each placeholder character (see
 * `shared/formats/codes.ts`) becomes a compact visible mark — `⟨1⟩` opens, `⟨/1⟩` closes,
 * `⟨1/⟩` stands alone — drawn over the text, which keeps the character (offsets unchanged).
 */
import type { InlineCode } from '../../shared/project/types';
import { codeIndex } from '../../shared/formats/codes';

export interface CodeMark {
  /** Offset of the placeholder character in the text. */
  offset: number;
  /** What is shown. */
  label: string;
  /** The native markup the code stands for, when the file gave it ('' otherwise). */
  data: string;
}

const PLACEHOLDER = /[\ue000-\uf8ff]/g;
const MAX_ID = 8;

/** The visible mark of a code. */
export function codeLabel(code: InlineCode): string {
  const id = code.id.length > MAX_ID ? `${code.id.slice(0, MAX_ID - 1)}…` : code.id;
  return code.kind === 'open' ? `⟨${id}⟩` : code.kind === 'close' ? `⟨/${id}⟩` : `⟨${id}/⟩`;
}

/** The placeholders of known codes in `text`, in order. */
export function codeMarks(text: string, codes: readonly InlineCode[] | undefined): CodeMark[] {
  if (!codes?.length) return [];
  const out: CodeMark[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const code = codes[codeIndex(m[0])];
    if (code) out.push({ offset: m.index ?? 0, label: codeLabel(code), data: code.data ?? code.disp ?? code.equiv ?? '' });
  }
  return out;
}

/** `text` cut into plain runs and code marks, for rendering in a cell. */
export function codePieces(text: string, codes: readonly InlineCode[] | undefined): Array<string | CodeMark> {
  const marks = codeMarks(text, codes);
  if (marks.length === 0) return [text];
  const out: Array<string | CodeMark> = [];
  let at = 0;
  for (const m of marks) {
    if (m.offset > at) out.push(text.slice(at, m.offset));
    out.push(m);
    at = m.offset + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
