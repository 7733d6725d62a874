/**
 * What an export cannot carry, said before it is written: each loss is a translation key
 * (`formats2.loss.*`) with its parameters, for the CLI's stderr and the app's status line.
 * An export that loses nothing gives an empty list.
 */
import type { ExportFormat } from '../limits';
import type { FileOrigin, Project } from '../project/types';
import type { ExportScope, FormatNotice } from './types';
import { buildModel, type ModelInput } from './model';
import type { BeadOrigin } from '../align/types';
import { langTagOf } from './lang-tags';
import { untranslatedParts } from '../drift/untranslated';
import { belongsToPair, isInlineMark, onPairNotAligned } from '../project/annotations';
import {
  TMX_TU_ATTRS,
  TMX_TUV_ATTRS,
  XLIFF12_GROUP_ATTRS,
  XLIFF12_UNIT_ATTRS,
  XLIFF12_UNIT_ATTRS_IN_2,
  XLIFF2_GROUP_ATTRS,
  XLIFF2_UNIT_ATTRS,
  XLIFF2_UNIT_ATTRS_IN_12,
  inNamespaces,
  writtenNamespaces,
  xliff12MarkType,
  markAttrsLost,
} from './origin';
import { isNmtoken, isXmlInvalidChar } from './xml';
import { codeAttrsLost } from './codes';

/** What an export cannot carry, said before and after it writes. */
export type ExportLoss = FormatNotice;

const FORMAT_NAME: Record<ExportFormat, string> = {
  tmx: 'TMX',
  xliff: 'XLIFF 2.1',
  xliff12: 'XLIFF 1.2',
  csv: 'CSV',
  xlsx: 'XLSX',
  docx: 'DOCX',
  html: 'HTML',
  json: 'JSON',
};

const ORIGIN_NAME: Record<NonNullable<BeadOrigin['format']>, string> = { tmx: 'TMX', 'xliff-1.2': 'XLIFF 1.2', 'xliff-2': 'XLIFF 2' };

/** Characters XML 1.0 cannot carry (C0 controls, U+FFFE/U+FFFF, lone surrogates) in a text. */
export function xmlInvalidCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      n++;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || isXmlInvalidChar(c)) n++;
  }
  return n;
}

/** An XLIFF 2 unit whose segments carry another tool's `subState`, which only XLIFF 2 has a place for. */
const subStated = (o: BeadOrigin): boolean => !!o.segmentSubStates?.some((s) => s !== '');

/**
 * True when a bead's origin holds something `format` does not write as such (ids, attributes, props, segments).
 * `ns`: the namespaces whose attributes (another tool's own, `mq:status`) the export writes back.
 */
function notNative(o: BeadOrigin, format: ExportFormat, ns: Record<string, string>): boolean {
  const has = (x: object | undefined) => !!x && Object.keys(x).length > 0;
  const outside = (attrs: Record<string, string> | undefined, allowed: readonly string[]) => Object.keys(attrs ?? {}).some((k) => !allowed.includes(k) && !inNamespaces(k, ns));
  if (format === 'tmx') {
    if (o.format !== 'tmx') return has(o.attrs) || has(o.attrsA) || has(o.attrsB) || !!o.segmentIds?.length || !!o.groups?.length || subStated(o);
    return outside(o.attrs, [...TMX_TU_ATTRS, 'srclang']) || outside(o.attrsA, [...TMX_TUV_ATTRS, 'xml:lang']) || outside(o.attrsB, [...TMX_TUV_ATTRS, 'xml:lang']);
  }
  if (format === 'xliff') {
    if (o.format === 'xliff-2') return outside(o.attrs, XLIFF2_UNIT_ATTRS);
    if (o.format === 'xliff-1.2') return outside(o.attrs, XLIFF12_UNIT_ATTRS_IN_2) || has(o.attrsB);
    return has(o.attrs) || has(o.attrsA) || has(o.attrsB) || !!o.props?.length || !!o.propsA?.length || !!o.propsB?.length;
  }
  if (format === 'xliff12') {
    // Several `mrk mtype="seg"` segments are written back only where their sentence counts are known.
    if ((o.segmentIds?.length ?? 0) > 1 && !o.segments) return true;
    if (o.format === 'xliff-1.2') return outside(o.attrs, XLIFF12_UNIT_ATTRS);
    if (o.format === 'xliff-2') return outside(o.attrs, XLIFF2_UNIT_ATTRS_IN_12) || ((o.segmentIds?.length ?? 0) > 1 && !o.segments) || subStated(o);
    return has(o.attrs) || has(o.attrsA) || has(o.attrsB) || !!o.props?.length || !!o.propsA?.length || !!o.propsB?.length;
  }
  return false;
}

/**
 * The attributes of another tool's `<note>` that each bilingual format writes: XLIFF 2 a category, a priority and the
 * side (`appliesTo`, from 1.2 `annotates`); XLIFF 1.2 an author (`from`), a priority and the side; TMX none but the
 * note's language. Ids are the file's structure, written anew where they cannot be kept.
 */
const NOTE_ATTRS_WRITTEN: Record<'tmx' | 'xliff' | 'xliff12', readonly string[]> = {
  xliff: ['category', 'priority', 'appliesTo', 'annotates'],
  xliff12: ['from', 'priority', 'appliesTo', 'annotates'],
  tmx: [],
};
/** The note attributes the loss speaks of (Selaras's own marks' and a note's language and id aside). */
const NOTE_ATTRS_SAID = new Set(['category', 'priority', 'from', 'appliesTo', 'annotates']);

/**
 * A file's own attributes of each origin format that another format's export does not write, by the format they were
 * read from (what every export writes anew, languages, the original's name, a datatype, the tool, is left out, and so
 * are a TMX header's original format and encoding, which say nothing outside TMX; its segtype only when not `sentence`).
 */
const FILE_ATTRS_SAID: Record<FileOrigin['format'], readonly string[]> = {
  tmx: ['segtype', 'creationid', 'creationdate', 'changeid', 'changedate'],
  'xliff-1.2': ['product-name', 'product-version', 'build-num', 'category', 'date'],
  'xliff-2': ['canResegment', 'translate', 'srcDir', 'trgDir'],
};
/** The export formats by the origin format they write natively. */
const FORMAT_OF_ORIGIN: Record<FileOrigin['format'], 'tmx' | 'xliff' | 'xliff12'> = { tmx: 'tmx', 'xliff-1.2': 'xliff12', 'xliff-2': 'xliff' };

/**
 * The names of a file's own attributes and props (a TMX header's props, an XLIFF `<file>`'s product name, another
 * tool's namespaced attribute) that an export to `format`, another format, has no place for. (An XLIFF 2 file's
 * `translate` goes on its units in XLIFF 1.2.)
 */
function fileDataLost(o: FileOrigin, format: 'tmx' | 'xliff' | 'xliff12'): string[] {
  if (FORMAT_OF_ORIGIN[o.format] === format) return [];
  const attrs = [o.attrs ?? {}, ...(o.files ?? []).map((f) => f.attrs)];
  const said = (a: Record<string, string>, k: string) =>
    FILE_ATTRS_SAID[o.format].includes(k) && !(k === 'translate' && format === 'xliff12') && !(k === 'segtype' && a[k] === 'sentence');
  const names = attrs.flatMap((a) => Object.keys(a).filter((k) => said(a, k) || (/^[\w-]+:/.test(k) && !k.startsWith('xml:') && !k.startsWith('xmlns'))));
  return [...new Set([...names, ...(o.props ?? []).map(([type]) => type)])];
}

/** Another tool's notes in the pair, not inline marks, with an attribute `format` has no place for. */
function notesWithAttrsLost(project: Project, pair: Project['alignments'][number], format: 'tmx' | 'xliff' | 'xliff12'): { count: number; names: string[] } {
  const inPair = (a: Project['annotations'][number]) => (a.target.type === 'span' ? a.target.version === pair.a || a.target.version === pair.b : belongsToPair(a, pair.a, pair.b));
  const written = NOTE_ATTRS_WRITTEN[format];
  // (an XLIFF 1.2 side, `annotates`, is XLIFF 2's `appliesTo`; TMX writes a note on its variant's side)
  const lost = (a: Project['annotations'][number]) => Object.keys(a.noteAttrs ?? {}).filter((k) => NOTE_ATTRS_SAID.has(k) && !written.includes(k) && !(format === 'tmx' && (k === 'appliesTo' || k === 'annotates')));
  const notes = project.annotations.filter((a) => a.noteAttrs && !isInlineMark(a) && a.note.trim() !== '' && inPair(a) && lost(a).length > 0);
  return { count: notes.length, names: [...new Set(notes.flatMap(lost))] };
}

/** The first `most` of a list of names or ids, comma-separated, with `…` for the rest. */
function listed(items: readonly string[], most: number): string {
  return items.slice(0, most).join(', ') + (items.length > most ? ', …' : '');
}

/** Another tool's inline marks (isInlineMark) on the pair's two versions' text. */
function inlineMarksOf(project: Project, pair: Project['alignments'][number]): Project['annotations'] {
  return project.annotations.filter((a) => isInlineMark(a) && a.target.type === 'span' && !a.target.removed && (a.target.version === pair.a || a.target.version === pair.b));
}

/**
 * The losses of an export that only its rows show: the verdicts and notes of rows the scope leaves out, which a
 * TMX or XLIFF file keeps detached from their figures (`looseTargetFields`); a table, a document or a report lists
 * them apart, with their figures, so nothing is lost there.
 */
export function scopeLosses(format: ExportFormat, input: ModelInput): ExportLoss[] {
  if (input.scope === 'all' || !(format === 'tmx' || format === 'xliff' || format === 'xliff12')) return [];
  const count = buildModel(input).outOfScope.size;
  return count ? [{ key: 'formats2.loss.outOfScopeNotes', params: { format: FORMAT_NAME[format], count } }] : [];
}

/** The losses of exporting pair `pairIndex` of `project` to `format`. */
export function exportLosses(format: ExportFormat, project: Project, pairIndex = 0, scope: ExportScope = 'all'): ExportLoss[] {
  const out: ExportLoss[] = [];
  const pair = project.alignments[pairIndex];
  if (!pair) return out;
  const name = FORMAT_NAME[format];
  const bilingual = format === 'tmx' || format === 'xliff' || format === 'xliff12';
  // An export of confirmed rows when none is: a file without rows, said rather than written silently.
  if (scope === 'confirmed' && !pair.beads.some((b) => b.confirmed)) out.push({ key: bilingual ? 'formats2.loss.noConfirmedRowsFile' : 'formats2.loss.noConfirmedRows', params: { format: name } });

  // Versions aligned with the same pivot that this export leaves out.
  const others = project.alignments.filter((al) => al !== pair && al.a === pair.a && al.b !== pair.b).map((al) => project.versions[al.b]);
  // (TMX holds a further version read from a TMX/XLIFF file, one sentence a line, in a language of its own)
  const tags = [project.versions[pair.a], project.versions[pair.b]].map((v) => (v ? langTagOf(v).toLowerCase() : ''));
  const tmxHolds = (v: (typeof others)[number]) => v?.segmentation === 'lines' && !tags.includes(langTagOf(v).toLowerCase());
  const leftOut = others.filter((v) => v && !(format === 'tmx' && scope === 'all' && tmxHolds(v)));
  if (leftOut.length) {
    // (named by file and language: a republication has the pivot's language; TMX suggested only where it would hold them)
    // (the pair it holds named too)
    const held = [pair.a, pair.b].map((k) => project.versions[k]?.name ?? '').join(' ↔ ');
    const params = { format: name, pair: held, languages: leftOut.map((v) => langTagOf(v)).join(', '), versions: leftOut.map((v) => (v.name.endsWith(`(${langTagOf(v)})`) ? v.name : `${v.name} (${langTagOf(v)})`)).join(', '), count: leftOut.length };
    out.push({ key: format !== 'tmx' && leftOut.every(tmxHolds) ? 'formats2.loss.otherLanguages' : 'formats2.loss.otherVersions', params });
    // the verdicts and notes of the pairs left out go with them
    const pairs = project.alignments.filter((al) => al !== pair && al.a === pair.a && leftOut.includes(project.versions[al.b]));
    const notes = project.annotations.filter((x) => {
      const t = x.target;
      if (t.type === 'mismatch') return !belongsToPair(x, pair.a, pair.b) && pairs.some((al) => belongsToPair(x, al.a, al.b));
      return t.type === 'span' && pairs.some((al) => t.version === al.b);
    }).length;
    if (notes) out.push({ key: 'formats2.loss.otherPairNotes', params: { format: name, count: notes } });
  }
  // Verdicts noted on a pair that is not aligned now (another version became the pivot): in no export until it is again.
  const unaligned = project.annotations.filter((x) => onPairNotAligned(x, project.alignments)).length;
  if (unaligned) out.push({ key: 'formats2.loss.unalignedPairNotes', params: { format: name, count: unaligned } });

  // Units part translated (segments still without a target): a TMX unit pairs the whole source with what is translated.
  if (format === 'tmx') {
    // Unit ids unique in their own <file> only (an XLIFF file of several): TMX has one body, so a repeated one is written
    // as its row's id (`b2`); Selaras data keeps the file's id, which it restores on reopening.
    // (a row split from another in the same file shares its id too: not counted, the split is the user's)
    const fileOf = new Map<string, string | undefined>();
    const repeated = pair.beads.flatMap((b, k) => {
      const id = b.origin?.unit;
      if (!id?.trim() || (scope === 'confirmed' && !b.confirmed)) return [];
      if (fileOf.has(id)) return fileOf.get(id) !== b.origin?.file ? [`b${k + 1}`] : [];
      fileOf.set(id, b.origin?.file);
      return [];
    });
    if (repeated.length) out.push({ key: 'formats2.loss.repeatedIds', params: { format: name, count: repeated.length, ids: listed(repeated, 5) } });
    const partly = pair.beads.filter((b) => b.b.length > 0 && untranslatedParts([b]).length > 0).length;
    if (partly) out.push({ key: 'formats2.loss.partlyTranslated', params: { format: name, count: partly } });
  }

  // Another tool's inline marks, which a table, a document or a report has no place for (nor for Selaras data).
  if (!bilingual) {
    const marks = inlineMarksOf(project, pair).length;
    if (marks) out.push({ key: 'formats2.loss.inlineMarksLeftOut', params: { format: name, count: marks } });
  }

  if (bilingual) {
    // Ids, attributes and props of another tool's units this format cannot write as such.
    // (another tool's own attributes go back into a file of the format it was read from: `writtenNamespaces`)
    const ns = writtenNamespaces(project.origin, format);
    const units = pair.beads.filter((b) => b.origin && notNative(b.origin, format, ns)).length;
    if (units) {
      const from = [...new Set(pair.beads.map((b) => b.origin?.format).filter((f): f is NonNullable<BeadOrigin['format']> => !!f))].map((f) => ORIGIN_NAME[f]).join(', ');
      out.push({ key: 'formats2.loss.unitData', params: { format: name, count: units, from: from || name } });
    }
    // Another tool's note attributes this format has no place for (XLIFF 2 `category` in 1.2 or TMX, 1.2 `from` in XLIFF 2)
    const notes = notesWithAttrsLost(project, pair, format);
    if (notes.count) out.push({ key: 'formats2.loss.noteData', params: { format: name, count: notes.count, names: notes.names.join(', ') } });
    // Units that repeat an earlier unit's id in another tool's file (an invalid XLIFF 1.2 file, a TMX repeating a
    // tuid): the export needs unique ids, so each is written with a new one, said here rather than silently.
    const repeats = pair.beads.filter((bead) => bead.origin?.repeatsId);
    if (repeats.length) {
      const ids = [...new Set(repeats.map((bead) => bead.origin!.unit))].join(', ');
      out.push({ key: 'formats2.loss.idsRenamed', params: { format: name, count: repeats.length, ids } });
    }
    // Unit ids XLIFF 2 cannot hold (not names: `docs/intro.md#3`, `Segment 12`), written with new ones
    if (format === 'xliff') {
      const odd = [...new Set(pair.beads.map((bead) => bead.origin?.unit ?? '').filter((id) => id !== '' && !isNmtoken(id)))];
      if (odd.length) out.push({ key: 'formats2.loss.idsNotNames', params: { format: name, count: odd.length, ids: listed(odd, 5) } });
    }
    // XLIFF 2 targets read in another order than their segments (`<target order>`): TMX and XLIFF 1.2 write a unit's
    // target in segment order
    if (format !== 'xliff') {
      const reordered = pair.beads.filter((bead) => bead.origin?.targetOrders?.some((x, k) => x !== '' && x !== String(k + 1))).length;
      if (reordered) out.push({ key: 'formats2.loss.targetOrder', params: { format: name, count: reordered } });
    }
    // XLIFF 2 editing hints and display text of inline codes, which TMX and XLIFF 1.2 have no place for
    if (format !== 'xliff') {
      const hinted = [pair.a, pair.b].reduce(
        // (XLIFF 1.2 writes a code's `equiv` as its `equiv-text`, but for the closing end of a <pc>, which becomes the end of a <g>)
        (n, v) =>
          n + (project.versions[v]?.codes ?? []).filter((c) => (c.xliff2Attrs && Object.keys(c.xliff2Attrs).length) || c.disp !== undefined || (c.equiv !== undefined && (format !== 'xliff12' || (c.kind === 'close' && c.form === 'pc')))).length,
        0,
      );
      if (hinted) out.push({ key: 'formats2.loss.codeHints', params: { format: name, count: hinted } });
    }
    {
      // another tool's attributes of inline codes this format writes nowhere (XLIFF 1.2 `xid`, `assoc`; TMX `assoc`; a
      // ctype XLIFF 2 has no type for), which travel in Selaras data
      const as = format === 'xliff' ? 'xliff2' : format;
      const lost = [pair.a, pair.b].flatMap((v) => (project.versions[v]?.codes ?? []).map((c) => codeAttrsLost(c, as)).filter((names) => names.length > 0));
      const names = [...new Set(lost.flat())];
      if (lost.length) out.push({ key: 'formats2.loss.codeAttrs', params: { format: name, count: lost.length, names: listed(names, 6) } });
    }
    {
      // another tool's attributes of inline marks this format writes nowhere (an XLIFF 1.2 mtype in XLIFF 2, a TMX <hi>
      // type in XLIFF, an XLIFF 2 term's ref and value in XLIFF 1.2 and TMX)
      const lost = inlineMarksOf(project, pair).map((a) => markAttrsLost(a.noteAttrs, format)).filter((names) => names.length > 0);
      if (lost.length) out.push({ key: 'formats2.loss.markAttrs', params: { format: name, count: lost.length, names: listed([...new Set(lost.flat())], 6) } });
    }
    if (format !== 'xliff') {
      // another tool's inline marks (`translate="no"`, terms, TMX <hi>), which ride in Selaras data only (XLIFF 1.2
      // writes a protected span, a term and a <hi> as its own marks, TMX every mark as a <hi>)
      const marks = inlineMarksOf(project, pair).filter((a) => !(format === 'xliff12' && xliff12MarkType(a.noteAttrs))).length;
      if (marks && format !== 'tmx') out.push({ key: 'formats2.loss.inlineMarks', params: { format: name, count: marks } });
    }
    const o = project.origin;
    const files = o?.files?.length ?? 0;
    if (format === 'tmx' && o && o.format !== 'tmx' && (files > 1 || (o.groups?.length ?? 0) > 0)) {
      out.push({ key: 'formats2.loss.structure', params: { format: name, from: ORIGIN_NAME[o.format] } });
    }
    // A file's own attributes and props (a TMX header's props, an XLIFF <file>'s product name) this format has no place for
    const fileData = o ? fileDataLost(o, format) : [];
    if (o && fileData.length) out.push({ key: 'formats2.loss.fileData', params: { format: name, from: ORIGIN_NAME[o.format], names: listed(fileData, 6) } });
    // An XLIFF group's attributes the other XLIFF version has no place for (an XLIFF 2 group's `type`, a 1.2 group's
    // `restype`), which travel in Selaras data only
    const other = format === 'xliff12' ? 'xliff-2' : format === 'xliff' ? 'xliff-1.2' : undefined;
    if (o && other && o.format === other) {
      const native = other === 'xliff-2' ? XLIFF2_GROUP_ATTRS : XLIFF12_GROUP_ATTRS;
      const kept = other === 'xliff-2' ? XLIFF2_UNIT_ATTRS_IN_12 : XLIFF12_UNIT_ATTRS_IN_2;
      const groups = (o.groups ?? []).filter((g) => Object.keys(g.attrs ?? {}).some((k) => native.includes(k) && !kept.includes(k))).length;
      if (groups) out.push({ key: 'formats2.loss.groupData', params: { format: name, count: groups, from: ORIGIN_NAME[o.format] } });
    }
    // A group's notes go back into the group with its units: a group that holds none is not written, its notes go to the file.
    if (format !== 'tmx') {
      const withUnits = new Set(pair.beads.flatMap((b) => b.origin?.groups ?? []));
      const homeless = project.annotations.filter((a) => a.group !== undefined && !withUnits.has(a.group)).length;
      if (homeless) out.push({ key: 'formats2.loss.emptyGroupNotes', params: { format: name, count: homeless } });
      // (and the groups themselves, with their names and attributes: where they stood among the units is not kept)
      const empty = (o?.groups ?? []).filter((g) => !withUnits.has(g.key)).map((g) => g.key);
      if (empty.length) out.push({ key: 'formats2.loss.emptyGroups', params: { format: name, count: empty.length, ids: listed(empty, 5) } });
    }
  }

  // Characters XML cannot carry: XLIFF 2 writes them as <cp/> in the text; other XML formats, and
  // every XML format in notes (which hold text only), as U+FFFD.
  if (format === 'tmx' || format === 'xliff12' || format === 'docx' || format === 'xlsx' || format === 'xliff') {
    const inText = format === 'xliff' ? 0 : [pair.a, pair.b].reduce((n, v) => n + xmlInvalidCount(project.versions[v]?.text ?? ''), 0);
    const bad = project.annotations.reduce((n, a) => n + xmlInvalidCount(a.note), inText);
    if (bad) out.push({ key: 'formats2.loss.controlChars', params: { format: name, count: bad } });
  }
  // An Excel cell holds 32,767 characters: a longer note is cut there.
  if (format === 'xlsx') {
    const long = project.annotations.filter((a) => a.note.length > XLSX_CELL_MAX).length;
    if (long) out.push({ key: 'formats2.loss.cellCut', params: { format: name, count: long, max: XLSX_CELL_MAX } });
  }
  return out;
}

/** The most characters an Excel cell holds. */
export const XLSX_CELL_MAX = 32_767;

/** The elements an import did not read, as said to the user: `<alt-trans> ×2, <sdl:seg-defs> ×3`. */
export function notReadList(elements: Record<string, number>): string {
  return Object.entries(elements)
    .map(([what, n]) => `<${what}> ×${n}`)
    .join(', ');
}
