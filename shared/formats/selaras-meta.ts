/**
 * The Selaras data written with every own XLIFF export (2.1 as `mda:meta`, 1.2 as
 * `<context context-type="x-selaras-…">`): one list of (type, value) pairs per row and per file,
 * so that both versions carry the same bead shape, status, issues, annotations, names and mode; and the details
 * of a row's codes another format cannot say (`rowCodeDetails`, which the TMX export writes as props too).
 */
import type { ExportInput } from './types';
import type { Annotation, InlineCode } from '../project/types';
import { encodeAnnotation, hasText, looseTargetFields, targetFields, type Row, type Issue, buildModel } from './model';
import { codeDetailsJson } from './codes';
import { originJson } from './origin';

export type MetaList = Array<[string, string | number]>;

function issueMeta(i: Issue): string {
  const m = i.mismatch;
  return `${m.id} kind=${m.kind} level=${m.level ?? 'drift'} verdict=${i.verdict} severity=${i.severity} category=${i.category} key=${encodeURIComponent(m.key)}`;
}

/** The annotations of a row with their target fields (`appliesTo` the side of a span note), its inline marks last. */
export function rowAnnotations(r: Row): Array<{ a: Annotation; f: Record<string, string | number>; appliesTo: '' | 'source' | 'target' }> {
  return [
    ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, f: targetFields(a, undefined, i), appliesTo: '' as const }))),
    ...[...r.spanNotes.filter((n) => !n.again), ...r.marks].map((n) => ({ a: n.annotation, f: targetFields(n.annotation, n), appliesTo: n.side === 'a' ? ('source' as const) : ('target' as const) })),
  ];
}

/** A row's Selaras data; `segments` only when the row is written as several segments. */
export function rowMeta(r: Row, input: ExportInput, segments?: Array<[number, number]>, codes?: { a: readonly InlineCode[]; b: readonly InlineCode[]; format: 'xliff2' | 'xliff12' }): MetaList {
  const out: MetaList = [];
  out.push(['bead', r.type], ['score', Number(r.bead.score.toFixed(4))], ['status', r.status]);
  out.push(['sentences-a', r.a.indices.join(' ')], ['sentences-b', r.b.indices.join(' ')]);
  out.push(['para-a', r.a.indices.map((i) => input.sentencesA[i]?.paragraph ?? 0).join(' ')]);
  out.push(['para-b', r.b.indices.map((i) => input.sentencesB[i]?.paragraph ?? 0).join(' ')]);
  if (r.a.sentences.length > 1) out.push(['split-a', r.a.sentences.map((x) => x.length).join(' ')]);
  if (r.b.sentences.length > 1) out.push(['split-b', r.b.sentences.map((x) => x.length).join(' ')]);
  for (const i of r.issues) {
    out.push(['issue', issueMeta(i)]);
    if (i.mismatch.aFigure) out.push(['figure-a', `${i.mismatch.id} ${i.mismatch.aFigure.text}`]);
    if (i.mismatch.bFigure) out.push(['figure-b', `${i.mismatch.id} ${i.mismatch.bFigure.text}`]);
    if (i.mismatch.aEntity) out.push(['entity-a', `${i.mismatch.id} ${i.mismatch.aEntity.text}`]);
    if (i.mismatch.bEntity) out.push(['entity-b', `${i.mismatch.id} ${i.mismatch.bEntity.text}`]);
  }
  for (const { a, f } of rowAnnotations(r)) out.push(['annotation', encodeAnnotation(a, f)]);
  if (segments && segments.length > 1) out.push(['segments', segments.map(([a, b]) => `${a}:${b}`).join(' ')]);
  // What another tool's file said about the unit (ids, attributes, props), whole, whatever this format can write natively.
  out.push(['origin', originJson(r.bead.origin)]);
  // (and of its codes: an XLIFF 1.2 code's attributes, a <bx/> form, an XLIFF 2 code's hints, when they came from another format)
  if (codes) for (const [side, json] of rowCodeDetails(r, codes, codes.format)) out.push([`codes-${side}`, json]);
  return out;
}

/** What `format` cannot say of the codes of each side of a row that has text (`codeDetailsJson`), as [side, JSON]. */
export function rowCodeDetails(r: Row, codes: { a: readonly InlineCode[]; b: readonly InlineCode[] }, format: 'tmx' | 'xliff2' | 'xliff12'): Array<['a' | 'b', string]> {
  const out: Array<['a' | 'b', string]> = [];
  for (const side of ['a', 'b'] as const) {
    const json = hasText(r[side]) ? codeDetailsJson(r[side].text, codes[side], format) : undefined;
    if (json) out.push([side, json]);
  }
  return out;
}

/** The file's Selaras data: tool, time, scope, mode, version names and the annotations on no row. */
export function fileMeta(input: ExportInput, model: ReturnType<typeof buildModel>, now: string): MetaList {
  const out: MetaList = [
    ['tool', `${input.tool.name} ${input.tool.version}`],
    ['exported', now],
    ['scope', input.scope],
    ['mode', input.pair.mode],
    ['version-a', model.nameA],
    ['version-b', model.nameB],
  ];
  for (const a of model.looseAnnotations) out.push(['annotation', encodeAnnotation(a, looseTargetFields(a, model, input.project))]);
  out.push(['file-origin', originJson(input.project.origin)]);
  return out;
}
