/**
 * XLIFF 2.1 export: one `<unit>` per bead in scope, one `<segment>` holding side A as source and
 * side B as target. Every mismatch is an ITS 2.0 Localization Quality Issue on the figure's
 * span (`<mrk>`, or `<sm/>`/`<em/>` where spans cross); dismissed ones carry
 * `its:locQualityIssueEnabled="no"`. Annotations are `<notes>`; Selaras data (bead shape,
 * confidence, status, issues, annotations) travels in the Metadata module (`mda:`).
 */
import type { ExportInput } from './types';
import { buildModel, encodeAnnotation, hasText, targetFields, type Issue, type Row } from './model';
import { severityScore } from '../project/annotations';
import type { Severity } from '../project/types';
import { markInline, type MarkSpan } from './inline';
import { nmtoken, xmlAttr, xmlText } from './xml';
import { exportWords, type ExportWords } from './export-words';
import { originalData, xliff2Codes } from './codes';
import type { InlineCode } from '../project/types';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const ITS_NS = 'http://www.w3.org/2005/11/its';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

function meta(type: string, value: string | number, indent: string): string {
  const v = String(value);
  return v.trim() === '' ? '' : `${indent}<mda:meta type="${xmlAttr(type)}">${xmlText(v)}</mda:meta>\n`;
}

function notePriority(s: Severity): number {
  return s === 'critical' ? 1 : s === 'major' ? 3 : 5;
}

function lqiAttrs(i: Issue, W: ExportWords): string {
  let a = ` translate="yes" type="its:generic" its:locQualityIssueType="${i.category}"`;
  a += ` its:locQualityIssueSeverity="${severityScore(i.severity)}"`;
  const comment = (i.mismatch.note ? W.explanation(i.mismatch) : '') || i.mismatch.kind;
  a += ` its:locQualityIssueComment="${xmlAttr(comment)}"`;
  if (i.dismissed) a += ' its:locQualityIssueEnabled="no"';
  return a;
}

function issueMeta(i: Issue): string {
  const m = i.mismatch;
  return `${m.id} kind=${m.kind} verdict=${i.verdict} severity=${i.severity} category=${i.category} key=${encodeURIComponent(m.key)}`;
}

function segmentState(r: Row): 'initial' | 'translated' | 'reviewed' {
  if (!hasText(r.b)) return 'initial';
  return r.bead.confirmed ? 'reviewed' : 'translated';
}

function unit(r: Row, W: ExportWords, input: ExportInput, codes: { a: InlineCode[]; b: InlineCode[] }): string {
  const u = '      ';
  const g = '          ';
  let s = `    <unit id="${nmtoken(r.id)}">\n`;
  s += `      <mda:metadata>\n        <mda:metaGroup category="selaras">\n`;
  s += meta('bead', r.type, g);
  s += meta('score', Number(r.bead.score.toFixed(4)), g);
  s += meta('status', r.status, g);
  s += meta('sentences-a', r.a.indices.join(' '), g);
  s += meta('sentences-b', r.b.indices.join(' '), g);
  s += meta('para-a', r.a.indices.map((i) => input.sentencesA[i]?.paragraph ?? 0).join(' '), g);
  s += meta('para-b', r.b.indices.map((i) => input.sentencesB[i]?.paragraph ?? 0).join(' '), g);
  if (r.a.sentences.length > 1) s += meta('split-a', r.a.sentences.map((x) => x.length).join(' '), g);
  if (r.b.sentences.length > 1) s += meta('split-b', r.b.sentences.map((x) => x.length).join(' '), g);
  for (const i of r.issues) {
    s += meta('issue', issueMeta(i), g);
    if (i.mismatch.aFigure) s += meta('figure-a', `${i.mismatch.id} ${i.mismatch.aFigure.text}`, g);
    if (i.mismatch.bFigure) s += meta('figure-b', `${i.mismatch.id} ${i.mismatch.bFigure.text}`, g);
    if (i.mismatch.aEntity) s += meta('entity-a', `${i.mismatch.id} ${i.mismatch.aEntity.text}`, g);
    if (i.mismatch.bEntity) s += meta('entity-b', `${i.mismatch.id} ${i.mismatch.bEntity.text}`, g);
  }
  const anns = [
    ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, f: targetFields(a, undefined, i), appliesTo: '' }))),
    ...r.spanNotes.map((n) => ({ a: n.annotation, f: targetFields(n.annotation, n), appliesTo: n.side === 'a' ? 'source' : 'target' })),
  ];
  for (const { a, f } of anns) s += meta('annotation', encodeAnnotation(a, f), g);
  s += `        </mda:metaGroup>\n      </mda:metadata>\n`;
  const written = anns.filter(({ a }) => a.note.trim() !== '');
  if (written.length) {
    s += `${u}<notes>\n`;
    written.forEach(({ a, appliesTo }, k) => {
      s +=
        `${u}  <note id="n${k + 1}" category="${xmlAttr(a.category)}" priority="${notePriority(a.severity)}"` +
        `${appliesTo ? ` appliesTo="${appliesTo}"` : ''}>${xmlText(a.note)}</note>\n`;
    });
    s += `${u}</notes>\n`;
  }
  const spansA: MarkSpan[] = [];
  const spansB: MarkSpan[] = [];
  for (const i of r.issues) {
    const id = nmtoken(i.mismatch.id);
    if (i.spanA) spansA.push({ ...i.spanA, id: `${id}-a`, attrs: lqiAttrs(i, W) });
    if (i.spanB) spansB.push({ ...i.spanB, id: `${id}-b`, attrs: lqiAttrs(i, W) });
  }
  // Inline codes: placeholders become ph / sc-ec, their native data the unit's originalData.
  const data = new Map<string, string>();
  const source = xliff2Codes(markInline(r.a.text, spansA).xml, r.a.text, codes.a, data, new Set());
  const target = hasText(r.b) ? xliff2Codes(markInline(r.b.text, spansB).xml, r.b.text, codes.b, data, new Set()) : null;
  s += originalData(data, u);
  s += `${u}<segment id="s1" state="${segmentState(r)}">\n`;
  s += `${u}  <source>${source}</source>\n`;
  if (target !== null) s += `${u}  <target>${target}</target>\n`;
  s += `${u}</segment>\n    </unit>\n`;
  return s;
}

/** Exports the pair as XLIFF 2.1 (string, UTF-8 declared). */
export function exportXliff(input: ExportInput): string {
  const model = buildModel(input);
  const now = input.now ?? new Date().toISOString();
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out +=
    `<xliff xmlns="${XLIFF_NS}" xmlns:its="${ITS_NS}" xmlns:mda="${MDA_NS}" version="2.1"` +
    ` srcLang="${xmlAttr(model.langA)}" trgLang="${xmlAttr(model.langB)}" its:version="2.0">\n`;
  out += `  <file id="f1" original="${xmlAttr(model.nameA)}" xml:space="preserve">\n`;
  const g = '        ';
  out += `    <mda:metadata>\n      <mda:metaGroup category="selaras">\n`;
  out += meta('tool', `${input.tool.name} ${input.tool.version}`, g);
  out += meta('exported', now, g);
  out += meta('scope', input.scope, g);
  out += meta('mode', input.pair.mode, g);
  out += meta('version-a', model.nameA, g);
  out += meta('version-b', model.nameB, g);
  for (const a of model.looseAnnotations) out += meta('annotation', encodeAnnotation(a, targetFields(a)), g);
  out += `      </mda:metaGroup>\n    </mda:metadata>\n`;
  const fileNotes = model.looseAnnotations.filter((a) => a.note.trim() !== '');
  if (fileNotes.length) {
    out += '    <notes>\n';
    fileNotes.forEach((a, k) => {
      out += `      <note id="f${k + 1}" category="${xmlAttr(a.category)}" priority="${notePriority(a.severity)}">${xmlText(a.note)}</note>\n`;
    });
    out += '    </notes>\n';
  }
  // A file needs at least one unit or group: an empty export holds an empty group.
  if (model.rows.length === 0) out += '    <group id="empty"/>\n';
  const W = exportWords(input.uiLang);
  for (const r of model.rows) out += unit(r, W, input, { a: model.codesA, b: model.codesB });
  out += '  </file>\n</xliff>\n';
  return out;
}
