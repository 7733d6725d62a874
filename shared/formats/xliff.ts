/**
 * XLIFF 2.1 export: one `<unit>` per bead in scope, a `<segment>` holding side A as source and
 * side B as target. A bead read from an XLIFF 2 unit (`Bead.origin`) gets that unit's id back,
 * one segment per original segment (while the sentences still fit) and its `<group>`s, with
 * the notes read from those groups (`Annotation.group`). Every mismatch is an ITS 2.0 Localization Quality Issue on the figure's
 * span (`<mrk>`, or `<sm/>`/`<em/>` where spans cross); dismissed ones carry
 * `its:locQualityIssueEnabled="no"`. Annotations are `<notes>`; Selaras data (bead shape,
 * confidence, status, issues, annotations) travels in the Metadata module (`mda:`).
 */
import type { ExportInput } from './types';
import { buildModel, dropJoiners, hasText, writtenText, type Issue, type Row } from './model';
import { fileMeta, rowAnnotations, rowMeta } from './selaras-meta';
import { isDismissed, isInlineMark, severityFromScore, severityScore } from '../project/annotations';
import type { Severity } from '../project/types';
import { markInline, type MarkSpan } from './inline';
import { isNmtoken, nmtoken, xmlAttr, xmlText } from './xml';
import { ownMarkId, ownNotePrefix } from './own-marks';
import { exportWords, type ExportWords } from './export-words';
import { originalData, spansAroundCodes, xliff2Codes } from './codes';
import type { Annotation, FileOrigin, InlineCode } from '../project/types';
import type { BeadOrigin } from '../align/types';
import { ITS_NS, MDA_NS, XLIFF_NS, XLIFF2_FILE_ATTRS, XLIFF2_GROUP_ATTRS, XLIFF2_PREFIXES, XLIFF2_STATES, XLIFF2_UNIT_ATTRS, xliff2StateOf12, attrsXml, namespaceDeclsXml, namespacedAttrsXml, writtenNamespaces, fromFormat, unitAttrsAcross, keepIds, noteCategoryPriority, noteIds, noteLang, aboutWholeUnit, noteSide, withoutPriority, xliff12MarkType, hiKind } from './origin';
import { fileRuns, groupIdOf, groupNesting, otherVersionTags, runOfNote } from './groups';
import { partsInOwnSpacing, placedGaps, spansInWritten, xliffWrittenSide } from './spacing';


function meta(type: string, value: string | number, indent: string): string {
  const v = String(value);
  return v.trim() === '' ? '' : `${indent}<mda:meta type="${xmlAttr(type)}">${xmlText(v)}</mda:meta>\n`;
}

function notePriority(s: Severity): number {
  return s === 'critical' ? 1 : s === 'major' ? 3 : 5;
}

/** A `<note>`: its id, the other tool's category and priority where the user left them, `appliesTo`. */
function note2(a: Annotation, id: string, appliesTo: '' | 'source' | 'target' = '', ns: Record<string, string> = {}): string {
  const { category, priority } = noteCategoryPriority(a, notePriority(a.severity));
  const applies = (appliesTo === 'source' && aboutWholeUnit(a) ? '' : noteSide(a, appliesTo)) || (a.noteAttrs?.appliesTo === 'source' || a.noteAttrs?.appliesTo === 'target' ? a.noteAttrs.appliesTo : '');
  // A note the other tool wrote without a category gets none back (unless the user gave it one).
  const cat = category === 'other' && a.noteAttrs && !a.noteAttrs.category ? '' : ` category="${xmlAttr(category)}"`;
  // (and another tool's own attributes of the note, `acme:author`, `fs:fs`, under the file's namespaces; its xml:lang)
  return `<note id="${xmlAttr(id)}"${noteLang(a)}${cat}${withoutPriority(a) ? '' : ` priority="${priority}"`}${applies ? ` appliesTo="${applies}"` : ''}${namespacedAttrsXml(a.noteAttrs, ns)}>${xmlText(a.note)}</note>`;
}

function lqiAttrs(i: Issue, W: ExportWords, protectedText = false): string {
  // (inside another tool's protected span the mark says nothing of translation: a `translate="yes"` would undo it)
  let a = `${protectedText ? '' : ' translate="yes"'} type="its:generic" its:locQualityIssueType="${i.category}"`;
  a += ` its:locQualityIssueSeverity="${severityScore(i.severity)}"`;
  const comment = (i.mismatch.note ? W.explanation(i.mismatch) : '') || i.mismatch.kind;
  a += ` its:locQualityIssueComment="${xmlAttr(comment)}"`;
  if (i.dismissed) a += ' its:locQualityIssueEnabled="no"';
  return a;
}

/** An imported ITS quality issue as written back: the user's verdict, category, severity and note over the file's own values. */
function foreignLqiAttrs(a: Annotation): string {
  const own = a.noteAttrs ?? {};
  const its = (local: string) => Object.entries(own).find(([k]) => k.endsWith(`:${local}`))?.[1];
  const type = a.category === 'other' && its('locQualityIssueType') ? its('locQualityIssueType')! : a.category;
  const score = Number(its('locQualityIssueSeverity'));
  const severity = Number.isFinite(score) && severityFromScore(score) === a.severity ? score : severityScore(a.severity);
  let out = ` type="its:generic" its:locQualityIssueType="${xmlAttr(type)}" its:locQualityIssueSeverity="${severity}"`;
  if (a.note !== '') out += ` its:locQualityIssueComment="${xmlAttr(a.note)}"`;
  if (isDismissed(a)) out += ' its:locQualityIssueEnabled="no"';
  // (the issue's other ITS attributes as the file gave them: its profile, its MQM category)
  for (const [k, v] of Object.entries(own)) {
    const local = k.slice(k.indexOf(':') + 1);
    if (k.includes(':') && local.startsWith('locQualityIssue') && !LQI_WRITTEN.has(local)) out += ` its:${local}="${xmlAttr(v)}"`;
  }
  return out;
}

/** The ITS attributes of a quality issue the export writes from the annotation (and a standoff reference, read into it). */
const LQI_WRITTEN = new Set(['locQualityIssueType', 'locQualityIssueSeverity', 'locQualityIssueComment', 'locQualityIssueEnabled', 'locQualityIssuesRef']);

/** An XLIFF 2 inline mark's own attributes as the file gave them (its core ones, those of a namespace the export declares). */
function inlineMarkAttrs(a: Annotation, ns: Record<string, string>): string {
  const own = a.noteAttrs ?? {};
  // (a TMX <hi>: a protected span, a term, else a generic mark)
  if (own['x-hi'] === 'yes') {
    const kind = hiKind(own);
    return kind === 'protected' ? ' translate="no"' : kind === 'term' ? ' type="term"' : ' type="generic"';
  }
  // (an XLIFF 1.2 file's protected span and term, as XLIFF 2 says them)
  if (own.mtype !== undefined) return own.mtype === 'protected' ? ' translate="no"' : own.mtype === 'term' ? ' type="term"' : '';
  const core = ['translate', 'type', 'ref', 'value'].filter((k) => own[k] !== undefined).map((k) => ` ${k}="${xmlAttr(own[k])}"`);
  return core.join('') + namespacedAttrsXml(own, ns);
}

function segmentState(r: Row): 'initial' | 'translated' | 'reviewed' {
  if (!hasText(r.b)) return 'initial';
  return r.bead.confirmed ? 'reviewed' : 'translated';
}

/** The sentences of each segment on side A and B: the bead's recorded segments when they still fit, else one. */
function segmentsOf(r: Row): Array<[number, number]> {
  const segs = r.bead.origin?.segments;
  if (
    segs &&
    segs.length > 1 &&
    segs.reduce((n, [a]) => n + a, 0) === r.a.sentences.length &&
    segs.reduce((n, [, b]) => n + b, 0) === r.b.sentences.length
  )
    return segs;
  return [[r.a.sentences.length, r.b.sentences.length]];
}

/** A side's text cut into segments (`count` sentences each), with the spans that fall in each. */
function cutSide(side: Row['a'], counts: number[], spans: MarkSpan[]): Array<{ text: string; spans: MarkSpan[] }> {
  let k = 0;
  return counts.map((n) => {
    const first = k;
    k += n;
    if (n === 0) return { text: '', spans: [] };
    const start = side.offsets[first];
    const end = side.offsets[k - 1] + side.sentences[k - 1].length;
    const inside = spans
      .filter((sp) => sp.start < end && sp.end > start)
      .map((sp) => ({ ...sp, start: Math.max(sp.start, start) - start, end: Math.min(sp.end, end) - start }));
    return { text: side.text.slice(start, end), spans: inside };
  });
}

function unit(r: Row, id: string, W: ExportWords, input: ExportInput, codes: { a: InlineCode[]; b: InlineCode[] }, indent: string, ns: Record<string, string>): string {
  const u = `${indent}      `;
  const g = `${indent}          `;
  let s = `${indent}    <unit id="${xmlAttr(id)}"${unitAttrs(r.bead.origin, ns)}>\n`;
  s += `${u}<mda:metadata>\n${u}  <mda:metaGroup category="selaras">\n`;
  const segs = segmentsOf(r);
  for (const [t, v] of rowMeta(r, input, segs, { ...codes, format: 'xliff2' })) s += meta(t, v, g);
  // Another tool's ITS quality issues and comment annotations on a span go back as marks on that span; other notes are notes.
  // (another tool's inline marks too: `translate="no"`, terms)
  const lqi = [...r.spanNotes.filter((n) => !n.again && (n.annotation.noteAttrs?.['x-lqi'] === 'yes' || n.annotation.noteAttrs?.['x-comment'] === 'yes')), ...r.marks].filter((n) => n.end > n.start);
  const asMark = new Set(lqi.map((n) => n.annotation));
  const anns = rowAnnotations(r).filter(({ a }) => !asMark.has(a));
  s += `${u}  </mda:metaGroup>\n${u}</mda:metadata>\n`;
  const written = anns.filter(({ a }) => a.note.trim() !== '');
  if (written.length) {
    s += `${u}<notes>\n`;
    // (a note on a mismatch is numbered after it, `m3-n1`: which mismatch it is on survives a tool that drops our data)
    const onIssue = new Map(r.issues.flatMap((i) => i.annotations.map((a) => [a, i.mismatch.id] as const)));
    const nids = noteIds(written.map((x) => x.a), (a) => (onIssue.has(a) ? ownNotePrefix(onIssue.get(a)!) : 'n'));
    written.forEach(({ a, appliesTo }, k) => {
      s += `${u}  ${note2(a, nids[k], appliesTo, ns)}\n`;
    });
    s += `${u}</notes>\n`;
  }
  // (a figure's mark takes in the codes it would cut: a <pc> stays a <pc>)
  // (another tool's protected spans on each side: `translate="no"`, an XLIFF 1.2 `mtype="protected"`)
  const guarded = (side: 'a' | 'b') => r.marks.filter((n) => n.side === side && xliff12MarkType(n.annotation.noteAttrs) === 'protected');
  const issueSpans = (side: 'a' | 'b'): MarkSpan[] =>
    r.issues.flatMap((i) => {
      const span = side === 'a' ? i.spanA : i.spanB;
      const inside = !!span && guarded(side).some((g) => g.start < span.end && span.start < g.end);
      return span ? [{ ...span, id: ownMarkId(i.mismatch.id, i.mismatch.kind, i.verdict, side), attrs: lqiAttrs(i, W, inside) }] : [];
    });
  const spansA: MarkSpan[] = spansAroundCodes(r.a.text, issueSpans('a'), codes.a);
  const spansB: MarkSpan[] = spansAroundCodes(r.b.text, issueSpans('b'), codes.b);
  // Mark ids are unique within a side; a target's mark shares the id of the source mark it renders (`c1` in both).
  const sideIds = (side: 'a' | 'b') => {
    const list = lqi.filter((n) => n.side === side);
    const ids = keepIds(list.map((n) => n.annotation.noteAttrs?.id), (k) => `q${side === 'a' ? k + 1 : lqi.length + k + 1}`, (x) => nmtoken(x) === x && !/-[ab]$/.test(x));
    return new Map(list.map((n, k) => [n, ids[k]]));
  };
  const [idsOfA, idsOfB] = [sideIds('a'), sideIds('b')];
  const markIds = lqi.map((n) => (n.side === 'a' ? idsOfA : idsOfB).get(n)!);
  lqi.forEach((n, k) =>
    (n.side === 'a' ? spansA : spansB).push({
      start: n.start,
      end: n.end,
      id: markIds[k],
      attrs: isInlineMark(n.annotation) ? inlineMarkAttrs(n.annotation, ns) : n.annotation.noteAttrs?.['x-lqi'] === 'yes' ? foreignLqiAttrs(n.annotation) : ` type="comment" value="${xmlAttr(n.annotation.note)}"`,
    }),
  );
  // Inline codes: placeholders become ph / sc-ec, their native data the unit's originalData.
  const data = new Map<string, string>();
  // Code ids are unique among a unit's sources (and among its targets), where they pair up.
  const idsA = new Set<string>();
  const idsB = new Set<string>();
  // a one-segment unit's own spacing (line breaks, runs of spaces) while its sentences read as they did
  const own = (side: Row['a'], which: 'A' | 'B', spans: MarkSpan[]) => {
    const w = segs.length === 1 ? xliffWrittenSide(side.sentences, r.bead.origin, which) : undefined;
    return w ? [{ text: w.text, spans: spansInWritten(spans, w) }] : undefined;
  };
  // (each segment of several with its own spacing, a line break inside it, while its sentences read as they did)
  const partsOf = (s: Row['a'], side: 0 | 1, spans: MarkSpan[], codesOf: InlineCode[]) => {
    const counts = segs.map((c) => c[side]);
    return partsInOwnSpacing(cutSide({ ...s, text: writtenText(s, codesOf) }, counts, spans), s.sentences, counts, r.bead.origin, side);
  };
  const partsA = own(r.a, 'A', spansA) ?? partsOf(r.a, 0, spansA, codes.a);
  const partsB = own(r.b, 'B', spansB) ?? partsOf(r.b, 1, spansB, codes.b);
  // (a pair of codes around several segments opens in one and closes in another: <sc> … <ec startRef>)
  const unitA = { text: partsA.map((p) => p.text).join(''), emitted: new Map<number, string>() };
  const unitB = { text: partsB.map((p) => p.text).join(''), emitted: new Map<number, string>() };
  const parts = segs.map((_, k) => {
    const a = partsA[k];
    const b = partsB[k];
    const source = dropJoiners(xliff2Codes(markInline(a.text, a.spans).xml, a.text, codes.a, data, idsA, unitA, ns));
    const target = hasText(r.b) && b.text.trim() !== '' ? dropJoiners(xliff2Codes(markInline(b.text, b.spans).xml, b.text, codes.b, data, idsB, unitB, ns)) : null;
    return { source, target };
  });
  // Segment ids share the unit's id space with the inline elements of its sources: the
  // file's own segment ids are kept where the segments still fit and no inline id took them.
  const o = r.bead.origin;
  const fits = o?.segmentIds && o.segmentIds.length === segs.length && (segs.length > 1 || !o.segments || o.segments.length <= 1);
  const inlineIds = parts.flatMap((p) => [...p.source.matchAll(/<(?:mrk|sm|pc|sc|ph)\b[^>]*?\sid="([^"]*)"/g)].map((m) => m[1]));
  const segIds = keepIds(segs.map((_, k) => (fits ? o!.segmentIds![k] : undefined)), (k) => `s${k + 1}`, isNmtoken, inlineIds);
  // the file's segment states while its segments still fit (ids or none)
  // (a list of the file's, one per segment, while the unit's segments are still the file's)
  const segmentsFit = (list: readonly unknown[] | undefined): boolean => list?.length === segs.length && (segs.length > 1 ? !!o?.segments : !o?.segments || o.segments.length <= 1);
  const statesFit = segmentsFit(o?.segmentStates);
  // (an XLIFF 1.2 file's states as XLIFF 2 says them)
  const states = statesFit ? (fromFormat(o, 'xliff-1.2') ? o!.segmentStates!.map((x) => (x ? (xliff2StateOf12(x) ?? '') : '')) : o!.segmentStates) : undefined;
  // (confirmed or unconfirmed in Selaras since the file was read: the file's states follow; else they stay as read)
  const asRead = o?.confirmedInFile !== undefined && o.confirmedInFile === !!r.bead.confirmed;
  const subStates = statesFit && o!.segmentSubStates?.length === segs.length ? o!.segmentSubStates : undefined;
  // an XLIFF 2 segment's canResegment and its target's order
  const segAttrs = fromFormat(o, 'xliff-2') && segmentsFit(o!.segmentAttrs) ? o!.segmentAttrs : undefined;
  const orders = fromFormat(o, 'xliff-2') && segmentsFit(o!.targetOrders) ? o!.targetOrders : undefined;
  const emptyTargets = fromFormat(o, 'xliff-2') && segmentsFit(o!.emptyTargets) ? o!.emptyTargets : undefined;
  // The whitespace the file had between its segments, so that the document they make up reads as
  // before: at the end of a segment or the start of the next where it stood there, else in an <ignorable>.
  const gapsFit = !!o?.gaps && o.gaps.length === segs.length && segs.length > 1;
  const homes = gapsFit && o!.gapHomes?.length === segs.length ? o!.gapHomes : undefined;
  const placed = ([0, 1] as const).map((side) => placedGaps(gapsFit ? o!.gaps!.map((g) => g[side]) : segs.map(() => ''), homes?.map((h) => h[side]), () => false));
  const body = parts.map((part, k) => {
    const source = xmlText(placed[0].lead[k]) + part.source + xmlText(placed[0].trail[k]);
    const target = part.target === null ? null : xmlText(placed[1].lead[k]) + part.target + xmlText(placed[1].trail[k]);
    const kept = states?.[k];
    // (a segment of an XLIFF 2 file that had no state, nobody confirmed, keeps none: `initial` by default;
    // also in a unit none of whose segments had one, whose states were not kept)
    const none = (kept === '' || o?.segmentStates === undefined) && fromFormat(o, 'xliff-2') && !r.bead.confirmed;
    const state =
      target === null
        ? 'initial'
        : kept && XLIFF2_STATES.includes(kept)
          ? r.bead.confirmed && !asRead && (kept === 'translated' || kept === 'initial')
            ? 'reviewed'
            : // (unconfirmed since the file said confirmed: back to translated)
              !r.bead.confirmed && !asRead && o?.confirmedInFile && (kept === 'reviewed' || kept === 'final')
              ? 'translated'
              : kept
          : segmentState(r);
    // (a tool's own subState goes with the state it qualified, while that state is written unchanged)
    const sub = subStates?.[k] && !none && state === kept ? ` subState="${xmlAttr(subStates[k])}"` : '';
    const own = segAttrs ? attrsXml(segAttrs[k], ['canResegment']) : '';
    let seg = `${u}<segment id="${xmlAttr(segIds[k])}"${none ? '' : ` state="${state}"`}${sub}${own}>\n`;
    seg += `${u}  <source>${source}</source>\n`;
    if (target !== null) seg += `${u}  <target${orders?.[k] ? ` order="${xmlAttr(orders[k])}"` : ''}>${target}</target>\n`;
    else if (emptyTargets?.[k]) seg += `${u}  <target${orders?.[k] ? ` order="${xmlAttr(orders[k])}"` : ''}></target>\n`;
    seg += `${u}</segment>\n`;
    const ign: [string, string] = [placed[0].between[k], target !== null ? placed[1].between[k] : ''];
    if (ign[0] !== '' || ign[1] !== '') seg += `${u}<ignorable><source>${xmlText(ign[0])}</source>${target !== null ? `<target>${xmlText(ign[1])}</target>` : ''}</ignorable>\n`;
    return seg;
  });
  s += originalData(data, u);
  s += body.join('');
  s += `${indent}    </unit>\n`;
  return s;
}

/** The id a group is written with: its own, or, for an XLIFF 1.2 group that had none, one made from its key (`x-g1`). */
function groupId(key: string): string {
  return groupIdOf(key) ?? `x-${key.slice(1)}`;
}

/**
 * The unit id of each row: the id it was imported with when valid and not taken by a group or
 * an earlier row (a merge or split leaves it on the first), else a fresh one that collides with none.
 */
function unitIds(rows: Row[]): string[] {
  const groups = new Set<string>();
  for (const r of rows) for (const g of r.bead.origin?.groups ?? []) groups.add(g);
  return keepIds(rows.map((r) => r.bead.origin?.unit), (k) => nmtoken(rows[k].id), isNmtoken, groups);
}

/**
 * A unit's own attributes (`name`, …): XLIFF 2's as read, with another tool's under the file's namespaces `ns`;
 * or a 1.2 `resname` as its `name`.
 */
function unitAttrs(o: BeadOrigin | undefined, ns: Record<string, string>): string {
  if (fromFormat(o, 'xliff-2')) return attrsXml(o!.attrs, XLIFF2_UNIT_ATTRS) + namespacedAttrsXml(o!.attrs, ns);
  if (fromFormat(o, 'xliff-1.2')) return attrsXml(unitAttrsAcross(o!.attrs, 'xliff-2'), XLIFF2_UNIT_ATTRS);
  return '';
}

/** Another tool's own attributes of an XLIFF 2 file's root (`acme:project`), as read (not `its:version`, which is written anyway). */
function rootAttrs(fo: FileOrigin | undefined, ns: Record<string, string>): string {
  if (fo?.format !== 'xliff-2' || !fo.attrs) return '';
  const { 'its:version': _its, ...theirs } = fo.attrs;
  return namespacedAttrsXml(theirs, ns);
}

/** Exports the pair as XLIFF 2.1 (string, UTF-8 declared). */
export function exportXliff(input: ExportInput): string {
  const model = buildModel(input);
  const now = input.now ?? new Date().toISOString();
  // Another tool's own attributes (of units, groups, files) go back with their namespaces into an XLIFF 2 file read.
  const ns = writtenNamespaces(input.project.origin, 'xliff');
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out +=
    `<xliff xmlns="${XLIFF_NS}" xmlns:its="${ITS_NS}" xmlns:mda="${MDA_NS}"${namespaceDeclsXml(ns, XLIFF2_PREFIXES)} version="2.1"` +
    ` srcLang="${xmlAttr(model.langA)}"${model.langBUnsaid ? '' : ` trgLang="${xmlAttr(model.langB)}"`} its:version="2.0"${rootAttrs(input.project.origin, ns)}>\n`;
  // Rows go back into the `<file>` they came from (runs of rows; a row from no file joins the run before it).
  // An XLIFF file's <file>s (2.x ids, 1.2 positions) go back as files of their own, each with its `original`.
  const po = input.project.origin;
  // (a row of blank lines on both sides, and nothing else, is no unit: TMX and XLIFF 1.2 write none either)
  const written = model.rows.filter((r) => hasText(r.a) || hasText(r.b) || r.issues.length > 0 || r.spanNotes.length > 0 || r.bead.origin !== undefined);
  const { fo, runs } = fileRuns(written, po, otherVersionTags(input.project, model.langA, model.langB));
  const fileIds = keepIds(runs.map((x) => x.key ?? (runs.length === 1 ? fo?.files?.[0]?.key : undefined)), (k) => `f${k + 1}`, isNmtoken);
  // Notes read from a group go back into that group when its units are exported.
  const groupNotes = new Map<string, Annotation[]>();
  for (const a of model.looseAnnotations) {
    if (a.group === undefined || a.note.trim() === '' || nmtoken(groupId(a.group)) !== groupId(a.group)) continue;
    if (!model.rows.some((r) => r.bead.origin?.groups?.includes(a.group!))) continue;
    groupNotes.set(a.group, [...(groupNotes.get(a.group) ?? []), a]);
  }
  // (an XLIFF 1.2 group's resname and translate, as XLIFF 2 says them: `name`, `translate`)
  const groupAttrs = new Map(po?.format === 'xliff-2' ? (po.groups ?? []).map((x) => [x.key, x.attrs]) : po?.format === 'xliff-1.2' ? (po.groups ?? []).map((x) => [x.key, unitAttrsAcross(x.attrs, 'xliff-2')]) : []);
  const notesDone = new Set<string>();
  const W = exportWords(input.uiLang);
  let noteNo = 0;
  runs.forEach((run, f) => {
    const file = fo?.files?.find((x) => x.key === (run.key ?? fo.files?.[0]?.key))?.attrs ?? {};
    const theirs = fo?.format === 'xliff-1.2' ? (file.original ? { original: file.original } : {}) : file;
    const attrs = { original: model.nameA, ...theirs };
    out += `  <file id="${xmlAttr(fileIds[f])}"${attrsXml(attrs, XLIFF2_FILE_ATTRS)}${namespacedAttrsXml(theirs, ns)} xml:space="preserve">\n`;
    if (f === 0) {
      const g = '        ';
      out += `    <mda:metadata>\n      <mda:metaGroup category="selaras">\n`;
      for (const [t, v] of fileMeta(input, model, now)) out += meta(t, v, g);
      out += `      </mda:metaGroup>\n    </mda:metadata>\n`;
    }
    // (the notes of the file whose <notes> held them; the others' in the first)
    const fileNotes = model.looseAnnotations.filter((a) => a.note.trim() !== '' && !(a.group !== undefined && groupNotes.has(a.group)) && runOfNote(runs, a.file) === f);
    if (fileNotes.length) {
      out += '    <notes>\n';
      const nids = noteIds(fileNotes, 'f');
      fileNotes.forEach((a, k) => {
        out += `      ${note2(a, nids[k], '', ns)}\n`;
      });
      out += '    </notes>\n';
    }
    // A file needs at least one unit or group: an empty export holds an empty group.
    if (run.rows.length === 0) out += '    <group id="empty"/>\n';
    const ids = unitIds(run.rows);
    // Groups are opened and closed around runs of rows; a group id is written once per file (ids are unique).
    const groups = groupNesting(
      '    ',
      (gid) => nmtoken(groupId(gid)) === groupId(gid) && !ids.includes(groupId(gid)),
      (gid, p) => {
        let tag = `    ${p}<group id="${xmlAttr(groupId(gid))}"${attrsXml(groupAttrs.get(gid), XLIFF2_GROUP_ATTRS)}${namespacedAttrsXml(groupAttrs.get(gid), ns)}>\n`;
        const notes = notesDone.has(gid) ? [] : (groupNotes.get(gid) ?? []);
        notesDone.add(gid);
        if (notes.length) {
          tag += `      ${p}<notes>\n`;
          const nids = noteIds(notes, 'g', [...Array(noteNo).keys()].map((k) => `g${k + 1}`));
          for (const [k, a] of notes.entries()) {
            noteNo++;
            tag += `        ${p}${note2(a, nids[k], '', ns)}\n`;
          }
          tag += `      ${p}</notes>\n`;
        }
        return tag;
      },
    );
    run.rows.forEach((r, k) => {
      out += groups.enter(r.bead.origin?.groups ?? []);
      out += unit(r, ids[k], W, input, { a: model.codesA, b: model.codesB }, groups.pad(), ns);
    });
    out += groups.closeAll();
    out += '  </file>\n';
  });
  out += '</xliff>\n';
  return out;
}
