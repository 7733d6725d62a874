/**
 * XLIFF 1.2 export (strict schema), for CAT tools that still want it: one `<trans-unit>` per
 * bead in scope with side A as source and side B as target (no target when B has no text).
 * Confirmed beads are `approved="yes"` with `state="signed-off"` (a unit read from an XLIFF 1.2 file keeps its
 * own approval and state while its confirmation is as read); each mismatch marks its
 * figures with `<mrk mtype="x-selaras-mismatch-…" comment="…">` (its id in the type: own-marks.ts) (the explanation in the export's
 * language); the user's notes are `<note>`s (`annotates` source/target/general, `from` the
 * author, `priority` from the severity), notes on no unit go to the file header. Inline codes
 * are written as `<ph>`, `<bpt>`/`<ept>` and `<it>`. Selaras's own data (as in XLIFF 2's `mda:`
 * metadata) is a `<context-group name="selaras-ROWID">` per unit and inside the header's `<tool>`.
 */
import type { ExportInput } from './types';
import type { Annotation, InlineCode, Severity } from '../project/types';
import type { BeadOrigin } from '../align/types';
import { XLIFF12_FILE_ATTRS, XLIFF12_GROUP_ATTRS, XLIFF12_NS, XLIFF12_UNIT_ATTRS, isXliff12State, unitState12, attrsXml, namespaceDeclsXml, namespacedAttrsXml, withMemoqStatus, writtenNamespaces, fromFormat, unitAttrsAcross, keepIds, noteCategoryPriority, noteLang, aboutWholeUnit, noteSide, withoutPriority, xliff12MarkType } from './origin';
import { nestedMarks } from './inline';
import { buildModel, dropJoiners, hasText, SENTENCE_JOINER, writtenText, type Issue, type Row } from './model';
import { xmlAttr, xmlText } from './xml';
import { spansAroundCodes, xliff12Codes } from './codes';
import { exportWords, type ExportWords } from './export-words';
import { fileMeta, rowMeta, type MetaList } from './selaras-meta';
import { fileRuns, groupIdOf, groupNesting, otherVersionTags, runOfNote } from './groups';
import { partsInOwnSpacing, placedGaps, spansInWritten, xliffWrittenSide } from './spacing';
import { isCodePlaceholder } from '../text/chars';
import { untranslatedParts } from '../drift/untranslated';
import { ownMarkId, ownMtype } from './own-marks';

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


function priority(s: Severity): number {
  return s === 'critical' ? 1 : s === 'major' ? 3 : 5;
}

/** A side's text with its mismatch figures marked (nested or crossing spans: the outer/earlier one only) and its codes. */
function marked(text: string, spans: MarkSpan12[], codes: readonly InlineCode[], next: { n: number; ns?: Record<string, string> }): string {
  return xliff12Codes(markedXml(text, spans), text, codes, next);
}

/**
 * A span marked in an XLIFF 1.2 export: a mismatch (`x-selaras-mismatch-…` with its `comment`), or another tool's
 * protected span or term (`mtype` `protected`, `term`).
 */
interface MarkSpan12 {
  start: number;
  end: number;
  comment?: string;
  mtype?: string;
  /** A mismatch mark's id: its kind and verdict, in its type (own-marks.ts). */
  own?: string;
}

/** `text` as XML with the marks on their spans (one inside another nests; one that crosses another is left out), its codes still placeholders. */
function markedXml(text: string, spans: MarkSpan12[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  return nestedMarks(
    text,
    valid,
    (s) => (s.mtype ? `<mrk mtype="${xmlAttr(s.mtype)}"${s.comment !== undefined ? ` comment="${xmlAttr(s.comment)}"` : ''}>` : `<mrk mtype="${xmlAttr(ownMtype(s.own ?? ''))}" comment="${xmlAttr(s.comment ?? '')}">`),
    xmlText,
  );
}

/**
 * The comments of a row's XLIFF 1.2 marks that went with another mark (`<mrk mtype="term" comment="…">`), by mark:
 * read as a note on the mark's span, each goes back onto its mark while both are there as read.
 */
function markComments(r: Row): Map<Annotation, Annotation> {
  const out = new Map<Annotation, Annotation>();
  for (const n of r.marks) {
    const mtype = n.annotation.noteAttrs?.mtype;
    if (mtype === undefined) continue;
    const note = r.spanNotes.find((x) => x.side === n.side && x.start === n.start && x.end === n.end && x.annotation.noteAttrs?.['x-comment'] === 'yes' && x.annotation.noteAttrs.mtype === mtype && x.annotation.noteAttrs.comment === x.annotation.note);
    if (note) out.set(n.annotation, note.annotation);
  }
  return out;
}

/**
 * Another tool's inline marks on a row's side as XLIFF 1.2 marks: a protected span (XLIFF 2 `translate="no"`) and a
 * term (`type="term"`), or the `mtype` an XLIFF 1.2 file gave, with its own comment (`comments`: `markComments`);
 * others have no XLIFF 1.2 form (they ride in Selaras data).
 */
function inlineMarkSpans(marks: Row['marks'], side: 'a' | 'b', comments: ReadonlyMap<Annotation, Annotation>): MarkSpan12[] {
  return marks.flatMap((n) => {
    const mtype = n.side === side ? xliff12MarkType(n.annotation.noteAttrs) : undefined;
    const comment = comments.get(n.annotation)?.note;
    return mtype ? [{ start: n.start, end: n.end, mtype, ...(comment !== undefined ? { comment } : {}) }] : [];
  });
}

function issueSpans(issues: Issue[], side: 'a' | 'b', W: ExportWords): MarkSpan12[] {
  const out: MarkSpan12[] = [];
  for (const i of issues) {
    const span = side === 'a' ? i.spanA : i.spanB;
    if (!span) continue;
    const comment = `${i.mismatch.id} · ${W.kind(i.mismatch.kind)} · ${W.level(i.mismatch.level)} · ${W.category(i.category)} · ${W.verdict(i.verdict)} · ${W.severity(i.severity)}: ${W.explanation(i.mismatch)}`;
    out.push({ ...span, comment, own: ownMarkId(i.mismatch.id, i.mismatch.kind, i.verdict, side) });
  }
  return out;
}

/** A side cut into its segments' parts (`counts` sentences each), with the mismatch spans of each part. */
function cutParts(text: string, side: Row['a'], counts: number[], spans: MarkSpan12[]) {
  let k = 0;
  return counts.map((n) => {
    const first = k;
    k += n;
    if (n === 0) return { text: '', spans: [] as typeof spans };
    const start = side.offsets[first];
    const end = side.offsets[k - 1] + side.sentences[k - 1].length;
    const inside = spans.filter((sp) => sp.start < end && sp.end > start).map((sp) => ({ ...sp, start: Math.max(sp.start, start) - start, end: Math.min(sp.end, end) - start }));
    return { text: text.slice(start, end), spans: inside };
  });
}

/**
 * The segments of a row as its file had them (XLIFF 1.2 `mrk mtype="seg"`, XLIFF 2 `<segment>`s), when they
 * still fit its sentences: their ids, new ones where the file gave none.
 */
function segmentsOf(r: Row): { counts: Array<[number, number]>; ids: string[] } | null {
  const o = r.bead.origin;
  const ids = o?.segmentIds;
  const many = o?.segments && o.segments.length > 1 ? o.segments : undefined;
  if (!many && !(ids?.length === 1 && ids[0] !== '')) return null;
  const counts = many ?? [[r.a.sentences.length, r.b.sentences.length] as [number, number]];
  if (ids && ids.length !== counts.length) return null;
  if (counts.reduce((n, [a]) => n + a, 0) !== r.a.sentences.length || counts.reduce((n, [, b]) => n + b, 0) !== r.b.sentences.length) return null;
  if (counts.some(([a]) => a === 0)) return null;
  return { counts, ids: keepIds(counts.map((_, k) => ids?.[k]), (k) => `${k + 1}`, (id) => id.trim() !== '') };
}

/**
 * One side's segments as `<mrk mtype="seg">` elements, each with the whitespace the file had after it
 * (`gaps`; else one space between two) and the inline codes it had outside it (`segmentCodes`), while
 * the segment's text still starts and ends with those codes. Not `asSegments`: the same text without
 * the segments' elements (the unit's `<source>` to its `<seg-source>`).
 */
function segmentsXml(parts: ReturnType<typeof cutParts>, segs: { ids: string[] }, o: BeadOrigin | undefined, side: 0 | 1, codes: readonly InlineCode[], ns: Record<string, string>, asSegments = true): string {
  const last = parts.length - 1;
  const gaps = o?.gaps?.length === parts.length ? o.gaps : undefined;
  // (each gap where it stood: at the end of its segment, at the start of the next, else between them)
  const homes = gaps && o?.gapHomes?.length === parts.length ? o.gapHomes.map((h) => h[side]) : undefined;
  const placed = placedGaps(
    parts.map((_, k) => (gaps ? gaps[k][side] : k === last ? '' : SENTENCE_JOINER)),
    homes,
    (k) => parts[k].text === '',
  );
  const outside = o?.segmentCodes?.length === parts.length ? o.segmentCodes : undefined;
  let xml = '';
  parts.forEach((p, k) => {
    const [gap, lead, trail] = [placed.between[k], placed.lead[k], placed.trail[k]];
    if (p.text === '') {
      // a segment not translated yet: empty, its id kept so that the target holds the seg-source's segments
      if (asSegments) xml += `<mrk mtype="seg" mid="${xmlAttr(segs.ids[k])}"></mrk>${xmlText(gap)}`;
      return;
    }
    let head = outside?.[k][side * 2] ?? 0;
    let tail = outside?.[k][side * 2 + 1] ?? 0;
    const onlyCodes = (x: string) => [...x].every(isCodePlaceholder);
    if (head + tail > p.text.length || !onlyCodes(p.text.slice(0, head)) || !onlyCodes(p.text.slice(p.text.length - tail))) head = tail = 0;
    const inner = p.text.slice(head, p.text.length - tail);
    const at = (x: number) => Math.min(Math.max(x - head, 0), inner.length);
    const spans = p.spans.map((sp) => ({ ...sp, start: at(sp.start), end: at(sp.end) }));
    const [open, close] = asSegments ? [`<mrk mtype="seg" mid="${xmlAttr(segs.ids[k])}">`, '</mrk>'] : ['', ''];
    xml += `${xmlText(p.text.slice(0, head))}${open}${xmlText(lead)}${markedXml(inner, spans)}${xmlText(trail)}${close}${xmlText(p.text.slice(p.text.length - tail))}${xmlText(gap)}`;
  });
  // one pass over the side, so that a pair of codes around several segments is written as one `<g>`
  return dropJoiners(xliff12Codes(xml, parts.map((p) => p.text).join(''), codes, { n: 0, ns }));
}

/**
 * The unit's attributes: XLIFF 1.2's as read, with another tool's under the file's namespaces `ns` (a memoQ
 * status made to agree with the row's confirmation); or an XLIFF 2 `name` as its `resname`.
 */
function unitAttrs(o: BeadOrigin | undefined, ns: Record<string, string>, confirmed: boolean, fileTranslate?: string): string {
  if (fromFormat(o, 'xliff-1.2')) return attrsXml(o!.attrs, XLIFF12_UNIT_ATTRS) + namespacedAttrsXml(withMemoqStatus(o!.attrs, confirmed), ns);
  if (fromFormat(o, 'xliff-2')) {
    const across = unitAttrsAcross(o!.attrs, 'xliff-1.2');
    // (an XLIFF 2 file's `translate`, which a 1.2 <file> has no place for, on each of its units that says none, as
    // XLIFF 2 inherits it: `fileTranslate`, none where a group of the unit's says its own)
    const inherits = fileTranslate !== undefined && across.translate === undefined;
    return attrsXml(inherits ? { ...across, translate: fileTranslate } : across, XLIFF12_UNIT_ATTRS);
  }
  return '';
}

/**
 * The target's ` state="…"`: the file's own while the bead's confirmation says what it said (a confirmed
 * `translated` becomes `signed-off`); none where the file's unit had none and nobody confirmed it.
 */
function targetState(r: Row): string {
  const o = r.bead.origin;
  const kept = fromFormat(o, 'xliff-1.2') ? unitState12(o!.segmentStates) : undefined;
  if (isXliff12State(kept)) return ` state="${changedState(kept, r)}"`;
  if (fromFormat(o, 'xliff-1.2') && !kept && (!r.bead.confirmed || confirmedAsRead(r))) return '';
  if (fromFormat(o, 'xliff-2')) {
    // an XLIFF 2 unit some of whose segments have no translation yet still needs one; one whose segments
    // are all `final` is final in 1.2 too; one whose segments had no state, nobody confirmed, gets none
    if (!r.bead.confirmed && untranslatedParts([r.bead]).length) return ' state="needs-translation"';
    // (unconfirmed in Selaras since: no longer final, as an XLIFF 2 export says it)
    if (r.bead.confirmed && o!.segmentStates?.length && o!.segmentStates.every((x) => x === 'final')) return ' state="final"';
    // (every segment `initial`, a target written already: it still needs translating)
    if (!r.bead.confirmed && o!.segmentStates?.length && o!.segmentStates.every((x) => x === 'initial')) return ' state="needs-translation"';
    if (!r.bead.confirmed && !o!.segmentStates?.some((x) => x !== '')) return '';
  }
  return ` state="${r.bead.confirmed ? 'signed-off' : 'translated'}"`;
}

/**
 * A 1.2 target state after the row's confirmation: as the file gave it while nobody changed that; a row confirmed in
 * Selaras since is signed off (from a state short of it); one unconfirmed since needs review (from `signed-off`, `final`).
 */
function changedState(kept: string, r: Row): string {
  if (confirmedAsRead(r) || kept.startsWith('x-')) return kept;
  if (r.bead.confirmed) return kept === 'final' || kept === 'signed-off' ? kept : 'signed-off';
  return r.bead.origin?.confirmedInFile && (kept === 'final' || kept === 'signed-off') ? 'needs-review-translation' : kept;
}

/** The row's confirmation is what its XLIFF 1.2 file said when it was read (nobody confirmed or unconfirmed it since). */
function confirmedAsRead(r: Row): boolean {
  const o = r.bead.origin;
  return fromFormat(o, 'xliff-1.2') && o!.confirmedInFile !== undefined && o!.confirmedInFile === !!r.bead.confirmed;
}

/**
 * ` approved="…"`: the file's own while the row's confirmation is as read (a memoQ status, written back itself, adds
 * none; a Trados approval, whose `sdl:seg-defs` no export writes, is said as `approved="yes"`), else the row's.
 */
function approvedAttr(r: Row): string {
  const o = r.bead.origin;
  if (confirmedAsRead(r)) {
    if (o!.approvedInFile !== undefined) return ` approved="${xmlAttr(o!.approvedInFile)}"`;
    return r.bead.confirmed && o!.attrs?.['mq:status'] === undefined ? ' approved="yes"' : '';
  }
  // (unconfirmed since the file said confirmed: said, so that the tool does not read it as approved)
  return r.bead.confirmed ? ' approved="yes"' : o?.approvedInFile !== undefined || o?.confirmedInFile ? ' approved="no"' : '';
}

function unit(r: Row, id: string, model: ReturnType<typeof buildModel>, W: ExportWords, input: ExportInput, indent: string, ns: Record<string, string>, fileTranslate?: string): string {
  const next = { n: 0, ns };
  const t = `${indent}        `;
  const o = r.bead.origin;
  let s = `${indent}      <trans-unit id="${xmlAttr(id)}"${unitAttrs(o, ns, !!r.bead.confirmed, fileTranslate)} xml:space="preserve"${approvedAttr(r)}>\n`;
  const textA = writtenText(r.a, model.codesA);
  const textB = writtenText(r.b, model.codesB);
  // (a mismatch's mark takes in the codes it would cut: a <g> stays a <g>; another tool's mark, a term, keeps its own
  // extent, and a pair of codes it cuts is written as <bx/>/<ex/>)
  const comments = markComments(r);
  const spansA = [...spansAroundCodes(textA, issueSpans(r.issues, 'a', W), model.codesA), ...inlineMarkSpans(r.marks, 'a', comments)];
  const spansB = [...spansAroundCodes(textB, issueSpans(r.issues, 'b', W), model.codesB), ...inlineMarkSpans(r.marks, 'b', comments)];
  const segs = segmentsOf(r);
  // (each segment with its own spacing, a line break inside it, while its sentences read as they did)
  const countsA = segs?.counts.map(([a]) => a) ?? [];
  const partsA = segs && partsInOwnSpacing(cutParts(textA, r.a, countsA, spansA), r.a.sentences, countsA, o, 0);
  // a unit's own spacing (line breaks, runs of spaces) while its sentences read as they did
  const ownA = segs ? undefined : xliffWrittenSide(r.a.sentences, o, 'A');
  const ownB = segs ? undefined : xliffWrittenSide(r.b.sentences, o, 'B');
  const source = segs && partsA
    ? segmentsXml(partsA, segs, o, 0, model.codesA, ns, false)
    : ownA
      ? marked(ownA.text, spansInWritten(spansA, ownA), model.codesA, next)
      : dropJoiners(marked(textA, spansA, model.codesA, next));
  s += `${t}<source>${source}</source>\n`;
  const targetAttrs = fromFormat(o, 'xliff-1.2') ? attrsXml(o!.attrsB, ['state-qualifier', 'resname', 'restype', 'coord', 'font', 'css-style', 'style', 'exstyle', 'equiv-trans']) + namespacedAttrsXml(o!.attrsB, ns) : '';
  if (segs && partsA) {
    // The file's segments (`mrk mtype="seg"`) and their ids, in seg-source and target alike.
    const countsB = segs.counts.map(([, b]) => b);
    const partsB = partsInOwnSpacing(cutParts(textB, r.b, countsB, spansB), r.b.sentences, countsB, o, 1);
    s += `${t}<seg-source>${segmentsXml(partsA, segs, o, 0, model.codesA, ns)}</seg-source>\n`;
    // (a 1.2 unit none of whose segments is translated yet keeps them, empty: the file's target had them)
    if (hasText(r.b) || fromFormat(o, 'xliff-1.2')) s += `${t}<target${targetState(r)}${targetAttrs}>${segmentsXml(partsB, segs, o, 1, model.codesB, ns)}</target>\n`;
  } else if (hasText(r.b)) {
    // (ids made for codes without one count from 1 again, as in the source: the n-th such code of each side pairs up)
    const nextB = { n: 0, ns };
    const target = ownB ? marked(ownB.text, spansInWritten(spansB, ownB), model.codesB, nextB) : dropJoiners(marked(textB, spansB, model.codesB, nextB));
    s += `${t}<target${targetState(r)}${targetAttrs}>${target}</target>\n`;
  }
  // an empty target the file gave with its state (`<target state="new"></target>`) comes back as it was
  const emptyState = !hasText(r.b) && !segs && fromFormat(o, 'xliff-1.2') ? o!.segmentStates?.[0] : undefined;
  if (isXliff12State(emptyState)) s += `${t}<target state="${emptyState}"${targetAttrs}></target>\n`;
  else if (!hasText(r.b) && !segs && fromFormat(o, 'xliff-1.2') && o!.emptyTargets?.[0]) s += `${t}<target${targetAttrs}></target>\n`;
  // (a mark's own comment goes back on the mark)
  const commentsOnMarks = new Set(comments.values());
  const notes = [
    ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, annotates: 'general' }))),
    ...r.spanNotes.filter((n) => !n.again).map((n) => ({ a: n.annotation, annotates: noteSide(n.annotation, n.side === 'a' ? 'source' : 'target') })),
  ].filter(({ a }) => a.note.trim() !== '' && !commentsOnMarks.has(a));
  s += contextGroup(rowMeta(r, input, undefined, { a: model.codesA, b: model.codesB, format: 'xliff12' }), t, `selaras-${r.id}`);
  for (const { a, annotates } of notes) {
    const ann = annotates === 'source' && aboutWholeUnit(a) ? '' : ` annotates="${annotates}"`;
    const prio = withoutPriority(a) ? '' : ` priority="${noteCategoryPriority(a, priority(a.severity)).priority}"`;
    s += `${t}<note${noteLang(a)}${ann}${prio}${a.author ? ` from="${xmlAttr(a.author)}"` : ''}>${xmlText(a.note)}</note>\n`;
  }
  return `${s}${indent}      </trans-unit>\n`;
}

/** Exports the pair as XLIFF 1.2 (string, UTF-8 declared). */
export function exportXliff12(input: ExportInput): string {
  const model = buildModel(input);
  const W = exportWords(input.uiLang);
  // (a row of version B alone is a unit with an empty source, as XLIFF 1.2 allows and a file read may have had; files
  // Selaras wrote before kept its text in a header note, which the reader still takes back into its row)
  const rows = model.rows.filter((r) => hasText(r.a) || hasText(r.b));
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const fo = input.project.origin;
  // Another tool's own attributes (memoQ `mq:status`) go back with their namespaces into an XLIFF 1.2 file read.
  const ns = writtenNamespaces(fo, 'xliff12');
  out += `<xliff version="1.2" xmlns="${XLIFF12_NS}"${namespaceDeclsXml(ns)}>\n`;
  // Rows go back into the `<file>` they came from (an XLIFF file's <file>s, 1.2 positions or 2.x ids), each
  // with its own attributes (original, datatype, product…); the tool is Selaras.
  const { runs } = fileRuns(rows, fo, otherVersionTags(input.project, model.langA, model.langB));
  const attrsOfRun = (key: string | undefined) => {
    const file = fo?.files?.find((x) => x.key === (key ?? fo.files?.[0]?.key))?.attrs;
    const theirs = fo?.format === 'xliff-1.2' ? (file ?? fo.attrs ?? {}) : fo?.format === 'xliff-2' ? { original: file?.original ?? '' } : {};
    return { original: model.nameA, datatype: 'plaintext', ...Object.fromEntries(Object.entries(theirs).filter(([, v]) => v !== '')) };
  };
  const now = input.now ?? new Date().toISOString();
  // Notes read from a group go back into it when its units are written; the others into the header of the file
  // that held them (`runOfNote`).
  const groupIds = new Set(rows.flatMap((r) => r.bead.origin?.groups ?? []));
  // (a note another tool wrote without a priority is written without one, as in a unit)
  const note = (a: Annotation, pad: string) =>
    `${pad}<note${noteLang(a)}${withoutPriority(a) ? '' : ` priority="${noteCategoryPriority(a, priority(a.severity)).priority}"`}${a.author ? ` from="${xmlAttr(a.author)}"` : ''}>${xmlText(a.note)}</note>\n`;
  const groupNotes = new Map<string, Annotation[]>();
  const headerNotes: Annotation[] = [];
  for (const a of model.looseAnnotations.filter((x) => x.note.trim() !== '')) {
    if (a.group !== undefined && groupIds.has(a.group)) groupNotes.set(a.group, [...(groupNotes.get(a.group) ?? []), a]);
    else headerNotes.push(a);
  }
  const groupAttrs = new Map((fo?.groups ?? []).map((x) => [x.key, x.attrs]));
  const groupXml = (gid: string) => {
    const attrs = groupAttrs.get(gid);
    if (fo?.format === 'xliff-1.2') return attrsXml(attrs, XLIFF12_GROUP_ATTRS) + namespacedAttrsXml(attrs, ns);
    // (an XLIFF 2 group's name and translate, as 1.2 says them: `resname`, `translate`)
    const across = unitAttrsAcross(attrs, 'xliff-1.2');
    return attrsXml(across, Object.keys(across));
  };
  const notesDone = new Set<string>();
  runs.forEach((run, f) => {
    const fileAttrs = attrsOfRun(run.key);
    out +=
      `  <file original="${xmlAttr(fileAttrs.original)}" source-language="${xmlAttr(model.langA)}"${model.langBUnsaid ? '' : ` target-language="${xmlAttr(model.langB)}"`}` +
      ` datatype="${xmlAttr(fileAttrs.datatype)}"${attrsXml(fileAttrs, XLIFF12_FILE_ATTRS, ['original', 'datatype'])}${namespacedAttrsXml(fileAttrs, ns)} tool-id="selaras">\n`;
    out += `    <header>\n      <tool tool-id="selaras" tool-name="${xmlAttr(input.tool.name)}" tool-version="${xmlAttr(input.tool.version || 'unknown')}">\n`;
    if (f === 0) {
      // The file's Selaras data (names, mode, notes on no row) rides in the first file's tool element, whose content is open.
      out += contextGroup(fileMeta(input, model, now), '        ', 'selaras');
    }
    out += '      </tool>\n';
    for (const a of headerNotes) if (runOfNote(runs, a.file) === f) out += note(a, '      ');
    out += '    </header>\n    <body>\n';
    // (unit ids are unique within a file)
    const ids = keepIds(run.rows.map((r) => r.bead.origin?.unit), (k) => run.rows[k].id, (id) => id.trim() !== '');
    // Groups are opened and closed around runs of rows, each id once per file.
    const groups = groupNesting('      ', () => true, (gid, p) => {
      const notes = notesDone.has(gid) ? [] : (groupNotes.get(gid) ?? []);
      notesDone.add(gid);
      const id = groupIdOf(gid);
      return `      ${p}<group${id === undefined ? '' : ` id="${xmlAttr(id)}"`}${groupXml(gid)}>\n` + notes.map((a) => note(a, `        ${p}`)).join('');
    });
    // (an XLIFF 2 file's `translate`: see unitAttrs)
    const fileTranslate = fo?.format === 'xliff-2' ? fo.files?.find((x) => x.key === (run.key ?? fo.files?.[0]?.key))?.attrs?.translate : undefined;
    run.rows.forEach((r, k) => {
      out += groups.enter(r.bead.origin?.groups ?? []);
      const ownGroup = (r.bead.origin?.groups ?? []).some((g) => groupAttrs.get(g)?.translate !== undefined);
      out += unit(r, ids[k], model, W, input, groups.pad(), ns, ownGroup ? undefined : fileTranslate);
    });
    out += groups.closeAll();
    out += '    </body>\n  </file>\n';
  });
  out += '</xliff>\n';
  return out;
}
