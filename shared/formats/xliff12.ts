/**
 * XLIFF 1.2 export (strict schema), for CAT tools that still want it: one `<trans-unit>` per
 * bead in scope with side A as source and side B as target (no target when B has no text).
 * Confirmed beads are `approved="yes"` with `state="signed-off"`; each mismatch marks its
 * figures with `<mrk mtype="x-selaras-mismatch" comment="…">` (the explanation in the export's
 * language); the user's notes are `<note>`s (`annotates` source/target/general, `from` the
 * author, `priority` from the severity), notes on no unit go to the file header. Inline codes
 * are written as `<ph>`, `<bpt>`/`<ept>` and `<it>`. Selaras's own data (as in XLIFF 2's `mda:`
 * metadata) is a `<context-group name="selaras-ROWID">` per unit and inside the header's `<tool>`.
 */
import type { ExportInput } from './types';
import type { InlineCode, Severity } from '../project/types';
import { buildModel, dropJoiners, hasText, writtenText, type Issue, type Row } from './model';
import { xmlAttr, xmlText } from './xml';
import { codeIndex } from './codes';
import { exportWords, type ExportWords } from './export-words';
import { fileMeta, rowMeta, type MetaList } from './selaras-meta';

/**
 * Selaras data as a strict-schema `<context-group name="selaras…">` (one `x-selaras-TYPE` context
 * each); group names are unique in a file (`selaras` for the file, `selaras-ROWID` for a unit).
 */
function contextGroup(list: MetaList, indent: string, name: string): string {
  const items = list.filter(([, v]) => String(v).trim() !== '');
  if (!items.length) return '';
  let s = `${indent}<context-group name="${xmlAttr(name)}" purpose="information">\n`;
  for (const [t, v] of items) s += `${indent}  <context context-type="x-selaras-${xmlAttr(t)}">${xmlText(String(v))}</context>\n`;
  return `${s}${indent}</context-group>\n`;
}

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

function priority(s: Severity): number {
  return s === 'critical' ? 1 : s === 'major' ? 3 : 5;
}

/** Text with codes (`<ph>`, `<bpt>`/`<ept>`, `<it>`) in XLIFF 1.2 form; `next` numbers the codes of a unit. */
function withCodes(text: string, codes: readonly InlineCode[], next: { n: number }): string {
  const present = new Map<number, number>();
  [...text].forEach((ch, i) => {
    const k = codeIndex(ch);
    if (k >= 0 && codes[k]) present.set(k, i);
  });
  const ids = new Map<number, number>();
  let out = '';
  for (const ch of text) {
    const k = codeIndex(ch);
    const c = k >= 0 ? codes[k] : undefined;
    if (!c) {
      out += xmlText(ch);
      continue;
    }
    const data = xmlText(c.data ?? '');
    if (c.kind === 'ph') {
      out += `<ph id="${++next.n}">${data}</ph>`;
      continue;
    }
    const other = c.partner !== undefined ? present.get(c.partner) : undefined;
    const pairedHere = other !== undefined && (c.kind === 'open' ? other > present.get(k)! : other < present.get(k)!);
    if (!pairedHere) out += `<it id="${++next.n}" pos="${c.kind === 'open' ? 'open' : 'close'}">${data}</it>`;
    else if (c.kind === 'open') {
      ids.set(k, ++next.n);
      out += `<bpt id="${next.n}">${data}</bpt>`;
    } else out += `<ept id="${ids.get(c.partner!) ?? ++next.n}">${data}</ept>`;
  }
  return out;
}

/** A side's text with its mismatch figures marked (nested or crossing spans: the outer/earlier one only). */
function marked(text: string, spans: Array<{ start: number; end: number; comment: string }>, codes: readonly InlineCode[], next: { n: number }): string {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += withCodes(text.slice(at, s.start), codes, next);
    out += `<mrk mtype="x-selaras-mismatch" comment="${xmlAttr(s.comment)}">${withCodes(text.slice(s.start, s.end), codes, next)}</mrk>`;
    at = s.end;
  }
  return out + withCodes(text.slice(at), codes, next);
}

function issueSpans(issues: Issue[], side: 'a' | 'b', W: ExportWords): Array<{ start: number; end: number; comment: string }> {
  const out: Array<{ start: number; end: number; comment: string }> = [];
  for (const i of issues) {
    const span = side === 'a' ? i.spanA : i.spanB;
    if (!span) continue;
    const comment = `${i.mismatch.id} · ${W.kind(i.mismatch.kind)} · ${W.category(i.category)} · ${W.verdict(i.verdict)} · ${W.severity(i.severity)}: ${W.explanation(i.mismatch)}`;
    out.push({ ...span, comment });
  }
  return out;
}

function unit(r: Row, model: ReturnType<typeof buildModel>, W: ExportWords, input: ExportInput): string {
  const next = { n: 0 };
  const t = '        ';
  let s = `      <trans-unit id="${xmlAttr(r.id)}" xml:space="preserve"${r.bead.confirmed ? ' approved="yes"' : ''}>\n`;
  s += `${t}<source>${dropJoiners(marked(writtenText(r.a, model.codesA), issueSpans(r.issues, 'a', W), model.codesA, next))}</source>\n`;
  if (hasText(r.b)) {
    s += `${t}<target state="${r.bead.confirmed ? 'signed-off' : 'translated'}">${dropJoiners(marked(writtenText(r.b, model.codesB), issueSpans(r.issues, 'b', W), model.codesB, next))}</target>\n`;
  }
  const notes = [
    ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, annotates: 'general' }))),
    ...r.spanNotes.map((n) => ({ a: n.annotation, annotates: n.side === 'a' ? 'source' : 'target' })),
  ].filter(({ a }) => a.note.trim() !== '');
  s += contextGroup(rowMeta(r, input), t, `selaras-${r.id}`);
  for (const { a, annotates } of notes) {
    s += `${t}<note annotates="${annotates}" priority="${priority(a.severity)}"${a.author ? ` from="${xmlAttr(a.author)}"` : ''}>${xmlText(a.note)}</note>\n`;
  }
  return `${s}      </trans-unit>\n`;
}

/** Exports the pair as XLIFF 1.2 (string, UTF-8 declared). */
export function exportXliff12(input: ExportInput): string {
  const model = buildModel(input);
  const W = exportWords(input.uiLang);
  const rows = model.rows.filter((r) => hasText(r.a));
  // A target-only bead has no source: its text goes into a note of the header, never lost.
  const targetOnly = model.rows.filter((r) => !hasText(r.a) && hasText(r.b));
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<xliff version="1.2" xmlns="${XLIFF12_NS}">\n`;
  out +=
    `  <file original="${xmlAttr(model.nameA)}" source-language="${xmlAttr(model.langA)}" target-language="${xmlAttr(model.langB)}"` +
    ` datatype="plaintext" tool-id="selaras">\n`;
  // The file's Selaras data (names, mode, notes on no row) rides in the tool element, whose content is open.
  const now = input.now ?? new Date().toISOString();
  out += `    <header>\n      <tool tool-id="selaras" tool-name="${xmlAttr(input.tool.name)}" tool-version="${xmlAttr(input.tool.version || 'unknown')}">\n`;
  out += contextGroup(fileMeta(input, model, now), '        ', 'selaras');
  // A target-only bead has no trans-unit: its data and text ride here too, so a reopened export keeps it.
  for (const r of targetOnly) out += contextGroup([...rowMeta(r, input), ['text-b', r.b.text]], '        ', `selaras-${r.id}`);
  out += '      </tool>\n';
  for (const a of model.looseAnnotations.filter((x) => x.note.trim() !== '')) {
    out += `      <note priority="${priority(a.severity)}"${a.author ? ` from="${xmlAttr(a.author)}"` : ''}>${xmlText(a.note)}</note>\n`;
  }
  for (const r of targetOnly) out += `      <note annotates="target">${xmlText(`${r.id}: ${r.b.text}`)}</note>\n`;
  out += '    </header>\n    <body>\n';
  for (const r of rows) out += unit(r, model, W, input);
  out += '    </body>\n  </file>\n</xliff>\n';
  return out;
}
