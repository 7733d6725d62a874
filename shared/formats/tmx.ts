/**
 * TMX 1.4b export: one `<tu>` per bead in scope.
 *
 * Beads with an empty side (a sentence with no counterpart) are written as a `<tu>` with a
 * single `<tuv>` (valid TMX; translation-memory tools ignore such units), so that the file
 * reopens with every sentence and every row of a comparable-mode pair. With
 * `includeUnpaired: false` they are left out, counted in the header (`x-selaras-unpaired`),
 * and their annotations move to the header so nothing the user wrote is lost. A
 * whitespace-only side is never written as a translation.
 *
 * Selaras data travels in `<prop type="x-selaras-…">` (never empty): bead shape, confidence,
 * status, each mismatch with its verdict and both figures, and each annotation (encoded, so
 * the importer restores it); annotation texts are also written as `<note>` for people.
 */
import type { ExportInput } from './types';
import { buildModel, dropJoiners, encodeAnnotation, hasText, looseTargetFields, targetFields, writtenText, type Issue, type Row } from './model';
import { tmxDate, xmlAttr, xmlText } from './xml';
import { exportWords, type ExportWords } from './export-words';
import { tmxCodes } from './codes';
import { rowCodeDetails } from './selaras-meta';
import type { Annotation, InlineCode } from '../project/types';
import { langTagOf, primaryLang } from './lang-tags';
import { splitLines } from '../text';
import type { BeadOrigin } from '../align/types';
import { segmentsWritten, spansInWritten, writtenAsRead, writtenSide } from './spacing';
import { nestedMarks } from './inline';
import { TMX_HEADER_ATTRS, TMX_TU_ATTRS, TMX_TUV_ATTRS, attrsXml, fromFormat, hiAttrs, keepIds, noteLang, originJson } from './origin';

export interface TmxOptions {
  /** Also write the project's other imported languages as variants (default true). */
  allLanguages?: boolean;
  /** Write one-sided beads as single-`tuv` units (default true). */
  includeUnpaired?: boolean;
}

/** A `<prop>` of Selaras's (none when empty), or with `theirs` one a file gave, written even when empty (memoQ's `<prop type="subject"></prop>`). */
function prop(type: string, value: string | number, indent: string, theirs = false): string {
  const v = String(value);
  return v.trim() === '' && !theirs ? '' : `${indent}<prop type="${xmlAttr(type)}">${xmlText(v)}</prop>\n`;
}

function note(text: string, indent: string, a?: Annotation): string {
  // (a note's own encoding, as the file gave it: TMX allows `o-encoding` on a note)
  const enc = a?.noteAttrs?.['o-encoding'];
  return text.trim() === '' ? '' : `${indent}<note${a ? noteLang(a) : ''}${enc ? ` o-encoding="${xmlAttr(enc)}"` : ''}>${xmlText(text)}</note>\n`;
}

function issueProps(i: Issue, indent: string, W: ExportWords): string {
  const m = i.mismatch;
  let s = prop('x-selaras-issue', `${m.id} kind=${m.kind} level=${m.level ?? 'drift'} severity=${i.severity} category=${i.category} key=${encodeURIComponent(m.key)}`, indent);
  s += prop('x-selaras-verdict', `${m.id} ${i.verdict}`, indent);
  if (m.aFigure) s += prop('x-selaras-figure-a', `${m.id} ${m.aFigure.text}`, indent);
  if (m.bFigure) s += prop('x-selaras-figure-b', `${m.id} ${m.bFigure.text}`, indent);
  if (m.aEntity) s += prop('x-selaras-entity-a', `${m.id} ${m.aEntity.text}`, indent);
  if (m.bEntity) s += prop('x-selaras-entity-b', `${m.id} ${m.bEntity.text}`, indent);
  if (m.note) s += prop('x-selaras-explanation', `${m.id} ${W.explanation(m)}`, indent);
  return s;
}

/** The `srclang` a TMX file gave a unit. */
const ownSrclang = (o: BeadOrigin | undefined): string | undefined => (fromFormat(o, 'tmx') ? o!.attrs?.srclang : undefined);

/**
 * The `srclang` of a unit: the one its file gave it when that is side B's language (`<tu srclang="de">` in an
 * English–German memory, a unit translated the other way), else side A's (B's when it has no text in A's);
 * under a header of `*all*`, its file's or none.
 */
function unitSrclang(o: BeadOrigin | undefined, langA: string, langB: string, allSources = false, hasA = true): string | undefined {
  const own = ownSrclang(o);
  // (under a header of `srclang="*all*"` a unit has the source language its file gave it, or none)
  if (allSources) return own && [langA, langB].some((l) => l.toLowerCase() === own.toLowerCase()) ? own : undefined;
  // (a unit with no text in A's language has its source in B's)
  return (own && own.toLowerCase() === langB.toLowerCase()) || !hasA ? langB : langA;
}

/** ` srclang="…"`, or nothing. */
const srclangAttr = (lang: string | undefined): string => (lang ? ` srclang="${xmlAttr(lang)}"` : '');

/** Language tags of the two sides; the same language on both sides gets `-x-b` on side B. */
export function tmxLangs(langA: string, langB: string): [string, string] {
  return [langA, langA === langB ? `${langB}-x-b` : langB];
}

/**
 * The other languages of a multilingual project (versions aligned with the same pivot and read
 * line by line, as TMX imports are): per version, its tag, codes and, per pivot bead, its text.
 */
function otherLanguages(input: ExportInput, taken: string[]) {
  const { project, pair } = input;
  // `alone`: the texts of units without pivot text, each with the last pivot sentence before it (−1: none), to keep its place
  const out: Array<{
    tag: string;
    /** The version this language's text is (side B of its pair with the pivot). */
    version: number;
    codes: InlineCode[];
    byPivot: Map<string, string[]>;
    originOf: Map<string, BeadOrigin>;
    /** Notes on a variant's own text (a `<tuv>` note of the file), to go back into its `<tuv>`. */
    notesOf: Map<string, Annotation[]>;
    alone: Array<{ texts: string[]; origin?: BeadOrigin; after: number; notes: Annotation[] }>;
  }> = [];
  for (const al of project.alignments) {
    if (al === pair || al.a !== pair.a || al.b === pair.b) continue;
    const v = project.versions[al.b];
    if (!v || v.segmentation !== 'lines') continue;
    const tag = langTagOf(v);
    if (taken.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
    taken.push(tag);
    const split = splitLines(v.text);
    const lines = split.map((x) => x.text);
    const byPivot = new Map<string, string[]>();
    const originOf = new Map<string, BeadOrigin>();
    const notesOf = new Map<string, Annotation[]>();
    const alone: Array<{ texts: string[]; origin?: BeadOrigin; after: number; notes: Annotation[] }> = [];
    // the notes on this language's text, by the line they start on (found once, not per bead)
    const notesOfLine = new Map<number, Annotation[]>();
    for (const x of project.annotations) {
      const tg = x.target;
      if (tg.type !== 'span' || tg.version !== al.b || tg.removed || x.note.trim() === '') continue;
      let lo = 0;
      for (let hi = split.length - 1; lo < hi; ) {
        const mid = (lo + hi + 1) >> 1;
        if (split[mid].start <= tg.start) lo = mid;
        else hi = mid - 1;
      }
      notesOfLine.set(lo, [...(notesOfLine.get(lo) ?? []), x]);
    }
    let lastPivot = -1;
    for (const bead of al.beads) {
      if (bead.a.length) lastPivot = Math.max(lastPivot, ...bead.a);
      const texts = bead.b.map((i) => lines[i] ?? '').filter((x) => x.trim() !== '');
      if (!texts.length) continue;
      const notes = bead.b.flatMap((i) => notesOfLine.get(i) ?? []);
      if (bead.a.length) {
        byPivot.set(bead.a.join(' '), texts);
        if (bead.origin) originOf.set(bead.a.join(' '), bead.origin);
        if (notes.length) notesOf.set(bead.a.join(' '), notes);
      } else alone.push({ texts, ...(bead.origin ? { origin: bead.origin } : {}), after: lastPivot, notes });
    }
    out.push({ tag, version: al.b, codes: v.codes ?? [], byPivot, originOf, notesOf, alone });
  }
  return out;
}

type OtherLanguage = ReturnType<typeof otherLanguages>[number];

/** One other language's text of a unit without pivot text. */
interface AloneVariant {
  other: OtherLanguage;
  texts: string[];
  notes: Annotation[];
  origin?: BeadOrigin;
  /** The last pivot sentence before it in its language's order (−1: none). */
  after: number;
}

/**
 * The key that tells the beads of one TMX unit across the languages of a multilingual file: its
 * `tuid`, when it had one of its own (a repeated or missing id tells nothing).
 */
function unitKey(origin: BeadOrigin | undefined): string | undefined {
  return fromFormat(origin, 'tmx') && origin!.unit && !origin!.repeatsId ? origin!.unit : undefined;
}

/**
 * The texts without pivot of the other languages, by unit key: `take(key)` takes out those of one unit (none when
 * no key), `rest()` gives those left, in each language's order.
 */
function aloneByUnit(others: OtherLanguage[]): { take: (key: string | undefined) => AloneVariant[]; rest: () => AloneVariant[] } {
  const all: AloneVariant[] = others.flatMap((other) => other.alone.map((x) => ({ other, ...x })));
  const byKey = new Map<string, AloneVariant[]>();
  for (const v of all) {
    const key = unitKey(v.origin);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(v);
    else byKey.set(key, [v]);
  }
  const taken = new Set<AloneVariant>();
  return {
    take(key) {
      if (key === undefined) return [];
      // one text per language
      const out: AloneVariant[] = [];
      for (const v of byKey.get(key) ?? []) if (!taken.has(v) && !out.some((o) => o.other === v.other)) out.push(v);
      for (const v of out) taken.add(v);
      return out;
    },
    rest: () => all.filter((v) => !taken.has(v)),
  };
}

/** A unit of other languages only; `after`: the pivot sentence it follows (−1: it comes first). */
interface ExtraUnit {
  origin?: BeadOrigin;
  variants: AloneVariant[];
  after: number;
}

/** The units left with texts of other languages only: one per unit key (one per text without a key), in the languages' order. */
function extraUnits(left: AloneVariant[]): ExtraUnit[] {
  const units: ExtraUnit[] = [];
  const byKey = new Map<string, AloneVariant[]>();
  for (const v of left) {
    const key = unitKey(v.origin);
    const unit = key !== undefined ? byKey.get(key) : undefined;
    if (unit) unit.push(v);
    else {
      const variants = [v];
      if (key !== undefined) byKey.set(key, variants);
      units.push({ origin: v.origin, variants, after: v.after });
    }
  }
  return units;
}

/** A `<tuv>`: its attributes and props kept from a TMX file, its notes, its segment. */
function tuv(sideTag: string, seg: string, indent: string, origin: { attrs?: Record<string, string>; props?: Array<[string, string]> } | null, inner = ''): string {
  const attrs = origin ? attrsXml(origin.attrs, TMX_TUV_ATTRS) : '';
  // (a variant the file tagged in another form of its side's language, `en-GB` in an `en-US` side, is written so again)
  const own = origin?.attrs?.['xml:lang'];
  const tag = own && primaryLang(own) === primaryLang(sideTag) ? own : sideTag;
  const head = (origin?.props ?? []).map(([t, v]) => prop(t, v, `${indent}  `, true)).join('') + inner;
  return head
    ? `${indent}<tuv xml:lang="${xmlAttr(tag)}"${attrs}>\n${head}${indent}  <seg>${seg}</seg>\n${indent}</tuv>\n`
    : `${indent}<tuv xml:lang="${xmlAttr(tag)}"${attrs}><seg>${seg}</seg></tuv>\n`;
}

/** Side B's attributes and props of a bead read from TMX. */
const sideB = (o: BeadOrigin | undefined) => (fromFormat(o, 'tmx') ? { attrs: o!.attrsB, props: o!.propsB } : null);
const sideA = (o: BeadOrigin | undefined) => (fromFormat(o, 'tmx') ? { attrs: o!.attrsA, props: o!.propsA } : null);

/**
 * A row's side as the `<seg>`'s content: with the file's own spacing while its sentences read as the file gave
 * them, its codes as TMX codes, another tool's inline marks on it as `<hi>` (`hiAttrs`).
 */
function segXml(r: Row, side: 'A' | 'B', codes: InlineCode[]): string {
  const s = side === 'A' ? r.a : r.b;
  const o = r.bead.origin;
  const marks = r.marks.filter((n) => n.side === (side === 'A' ? 'a' : 'b'));
  const own = writtenSide(s.sentences, o?.[`written${side}`], o?.[`preserve${side}`]);
  // (a unit of several segments written each with its spacing: its marks keep their places in the segments' sentences;
  // where a segment has a written form of its own, they ride in Selaras's data only)
  const segments = own ? undefined : segmentsWritten(s.sentences, o, side === 'A' ? 0 : 1, codes);
  const text = own?.text ?? segments?.text ?? writtenText(s, codes);
  const placed = segments ?? own;
  const spans = placed ? (placed.at ? spansInWritten(marks, { at: placed.at }) : []) : marks;
  const valid = spans.filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.end > sp.start);
  const xml = nestedMarks(text, valid, (sp) => `<hi${hiAttrs(sp.annotation.noteAttrs)}>`, xmlText, '</hi>');
  return dropJoiners(tmxCodes(xml, text, codes));
}

function extraTuv(tag: string, sentences: string[], codes: InlineCode[], indent: string, origin?: BeadOrigin, notes: readonly Annotation[] = []): string {
  // (with the file's own spacing while its sentences read as they did, as sides A and B are written)
  const text = writtenAsRead(sentences, origin?.writtenB, origin?.preserveB) ?? writtenText({ indices: [], sentences, text: sentences.join(' '), offsets: [] }, codes);
  const split = sentences.length > 1 ? prop('x-selaras-split', sentences.map((x) => x.length).join(' '), `${indent}  `) : '';
  const seg = dropJoiners(tmxCodes(xmlText(text), text, codes));
  return tuv(tag, seg, indent, sideB(origin), notes.map((a) => note(a.note, `${indent}  `, a)).join('') + split);
}

/**
 * Exports the pair as TMX 1.4b (a string, UTF-8 declared). With `allLanguages` (the default),
 * the other versions aligned with the same pivot that came from a TMX/XLIFF file are written
 * as further variants of the same units, so a multilingual TMX comes back multilingual.
 */
export function exportTmx(input: ExportInput, options: TmxOptions = {}): string {
  const model = buildModel(input);
  const W = exportWords(input.uiLang);
  const now = input.now ?? new Date().toISOString();
  const [langA, langB] = tmxLangs(model.langA, model.langB);
  const paired = (r: Row): boolean => hasText(r.a) && hasText(r.b);
  const rows = model.rows.filter((r) => paired(r) || (options.includeUnpaired !== false && (hasText(r.a) || hasText(r.b))));
  const skipped = model.rows.filter((r) => !rows.includes(r));
  const others = options.allLanguages === false || input.scope !== 'all' ? [] : otherLanguages(input, [langA, langB]);
  // A verdict on a mismatch names the language of its pair's side B when the file holds further languages (`lb`): the
  // reader numbers the versions in its own order, and a verdict on one pair's mismatch is not about another pair's.
  const pairFields = (tag: string | undefined = langB): Record<string, string> => (others.length ? { lb: tag } : {});

  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  // A TMX file's own header attributes are given back; the tool is Selaras (theirs is kept in `x-selaras-file-origin`).
  const fo = input.project.origin;
  const theirs = fo?.format === 'tmx' ? (fo.attrs ?? {}) : {};
  const headerAttrs: Record<string, string> = { segtype: 'sentence', 'o-tmf': 'Selaras', adminlang: 'en', datatype: 'plaintext', creationdate: tmxDate(now), ...theirs };
  if (theirs.creationdate) headerAttrs.changedate = tmxDate(now);
  // A memory whose units may each have their source in any language says so (`srclang="*all*"`), and keeps saying it.
  const allSources = theirs.srclang?.toLowerCase() === '*all*';
  out +=
    `  <header creationtool="${xmlAttr(input.tool.name)}" creationtoolversion="${xmlAttr(input.tool.version || 'unknown')}"` +
    ` srclang="${xmlAttr(allSources ? '*all*' : langA)}"${attrsXml(headerAttrs, TMX_HEADER_ATTRS)}>\n`;
  const h = '    ';
  for (const [type, v] of fo?.props ?? []) out += prop(type, v, h, true);
  out += prop('x-selaras-file-origin', originJson(fo), h);
  out += prop('x-selaras-scope', input.scope, h);
  out += prop('x-selaras-mode', input.pair.mode, h);
  out += prop('x-selaras-version-a', model.nameA, h);
  out += prop('x-selaras-version-b', model.nameB, h);
  out += prop('x-selaras-lang-a', model.langA, h);
  out += prop('x-selaras-lang-b', model.langB, h);
  if (skipped.length) out += prop('x-selaras-unpaired', skipped.length, h);
  // (a note on another language's text goes into that language's <tuv>; its data stays here)
  const inVariants = new Set(others.flatMap((o) => [...[...o.notesOf.values()].flat(), ...o.alone.flatMap((x) => x.notes)]));
  // Annotations with no unit: ledger notes, stale ones, those of left-out beads, and those of the further languages written.
  const headerAnns = [...model.looseAnnotations, ...[...inVariants].filter((a) => !model.looseAnnotations.includes(a))];
  // (and the verdicts and notes on the mismatches of a further language's pair with the pivot, which no row holds)
  const otherPairOf = new Map<Annotation, string>();
  for (const o of others) {
    for (const x of input.project.annotations) {
      const tg = x.target;
      if (tg.type === 'mismatch' && tg.a === input.pair.a && tg.b === o.version && !headerAnns.includes(x)) otherPairOf.set(x, o.tag);
    }
  }
  headerAnns.push(...otherPairOf.keys());
  for (const r of skipped) {
    for (const i of r.issues) headerAnns.push(...i.annotations);
    for (const n of r.spanNotes) if (!headerAnns.includes(n.annotation)) headerAnns.push(n.annotation);
  }
  for (const a of headerAnns) {
    const fields = looseTargetFields(a, model, input.project);
    // (a note on a further language names it: the reader numbers the versions of this file in its own order)
    const onOther = a.target.type === 'span' && a.target.version !== input.pair.a && a.target.version !== input.pair.b ? input.project.versions[a.target.version] : undefined;
    if (onOther && fields.target === 'span' && fields.version !== undefined) fields.lang = langTagOf(onOther);
    if (fields.target === 'mismatch') Object.assign(fields, pairFields(otherPairOf.get(a)));
    out += prop('x-selaras-annotation', encodeAnnotation(a, fields), h);
  }
  for (const a of headerAnns) if (!inVariants.has(a)) out += note(a.note, h, a);
  out += '  </header>\n  <body>\n';

  const t = '      ';
  // A unit without pivot text keeps its other languages: those read from the same unit join its row,
  // or, where no row has it, one another in a unit of their own (they were written as a unit each).
  const alone = aloneByUnit(others);
  const joined = rows.map((r) => (hasText(r.a) ? [] : alone.take(unitKey(r.bead.origin))));
  const extras = extraUnits(alone.rest());
  const tuids = keepIds(
    [...rows.map((r) => r.bead.origin?.unit), ...extras.map((x) => x.origin?.unit)],
    (k) => (k < rows.length ? rows[k].id : `x${k - rows.length + 1}`),
    (id) => id.trim() !== '',
  );
  // Units of the other languages with no pivot text, each after the row of the pivot sentence it followed.
  const rowOfPivot = new Map<number, number>();
  rows.forEach((r, k) => r.a.indices.forEach((i) => rowOfPivot.has(i) || rowOfPivot.set(i, k)));
  // (after the last written row at or before that pivot sentence, where its own row was left out)
  const lastRow = new Int32Array(extras.reduce((m, x) => Math.max(m, x.after + 1), 0)).fill(-1);
  for (let p = 0, last = -1; p < lastRow.length; p++) lastRow[p] = last = rowOfPivot.get(p) ?? last;
  // and after the rows without pivot text that follow that row (where they stood is not known): the end of each run
  const runEnd = new Int32Array(rows.length + 1);
  for (let k = rows.length - 1; k >= -1; k--) runEnd[k + 1] = k + 1 < rows.length && !hasText(rows[k + 1].a) ? runEnd[k + 2] : k;
  const extrasAfter = new Map<number, number[]>();
  extras.forEach((x, n) => {
    const at = runEnd[(x.after < 0 ? -1 : lastRow[x.after]) + 1];
    const list = extrasAfter.get(at);
    if (list) list.push(n);
    else extrasAfter.set(at, [n]);
  });
  const extraUnit = (n: number): string => {
    const { origin, variants } = extras[n];
    return (
      // (a unit without the pivot language's text: its source is its file's, else its first variant's language)
      `    <tu tuid="${xmlAttr(tuids[rows.length + n])}"${fromFormat(origin, 'tmx') ? attrsXml(origin!.attrs, TMX_TU_ATTRS) : ''}${srclangAttr(ownSrclang(origin) ?? (allSources ? undefined : variants[0]?.other.tag))}>\n` +
      `${(origin?.props ?? []).map(([type, v]) => prop(type, v, t, true)).join('')}${prop('x-selaras-origin', originJson(origin), t)}${prop('x-selaras-status', 'unconfirmed', t)}${variants.map((x) => extraTuv(x.other.tag, x.texts, x.other.codes, t, x.origin, x.notes)).join('')}    </tu>\n`
    );
  };
  for (const n of extrasAfter.get(-1) ?? []) out += extraUnit(n);
  rows.forEach((r, k) => {
    const o = r.bead.origin;
    out += `    <tu tuid="${xmlAttr(tuids[k])}"${fromFormat(o, 'tmx') ? attrsXml(o!.attrs, TMX_TU_ATTRS) : ''}${srclangAttr(unitSrclang(o, langA, langB, allSources, hasText(r.a)))}>\n`;
    for (const [type, v] of o?.props ?? []) out += prop(type, v, t, true);
    out += prop('x-selaras-origin', originJson(o), t);
    out += prop('x-selaras-bead', r.type, t);
    out += prop('x-selaras-score', Number(r.bead.score.toFixed(4)), t);
    out += prop('x-selaras-status', r.status, t);
    if (r.a.sentences.length > 1) out += prop('x-selaras-split-a', r.a.sentences.map((s) => s.length).join(' '), t);
    if (r.b.sentences.length > 1) out += prop('x-selaras-split-b', r.b.sentences.map((s) => s.length).join(' '), t);
    out += prop('x-selaras-sentences-a', r.a.indices.join(' '), t);
    out += prop('x-selaras-sentences-b', r.b.indices.join(' '), t);
    out += prop('x-selaras-para-a', r.a.indices.map((i) => input.sentencesA[i]?.paragraph ?? 0).join(' '), t);
    out += prop('x-selaras-para-b', r.b.indices.map((i) => input.sentencesB[i]?.paragraph ?? 0).join(' '), t);
    // (what TMX codes cannot say of an XLIFF file's codes: their own ids, forms, types and attributes)
    for (const [side, json] of rowCodeDetails(r, { a: model.codesA, b: model.codesB }, 'tmx')) out += prop(`x-selaras-codes-${side}`, json, t);
    for (const i of r.issues) out += issueProps(i, t, W);
    const anns = [
      ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, f: targetFields(a, undefined, i), side: '' }))),
      ...r.spanNotes.filter((n) => !n.again).map((n) => ({ a: n.annotation, f: targetFields(n.annotation, n), side: n.side })),
    ];
    for (const { a, f } of anns) out += prop('x-selaras-annotation', encodeAnnotation(a, f.target === 'mismatch' ? { ...f, ...pairFields() } : f), t);
    // (another tool's inline marks are written as <hi> on their spans, and ride in Selaras's data, which gives them back)
    for (const n of r.marks) out += prop('x-selaras-annotation', encodeAnnotation(n.annotation, targetFields(n.annotation, n)), t);
    // Notes on side B's text belong to its variant, and so do side A's notes read from its variant; the others to the unit.
    const inVariantA = (x: { a: Annotation; side: string }) => x.side === 'a' && !!x.a.variant && hasText(r.a);
    for (const x of anns) if ((x.side !== 'b' || !hasText(r.b)) && !inVariantA(x)) out += note(x.a.note, t, x.a);
    const v = `${t}  `;
    const segA = segXml(r, 'A', model.codesA);
    const segB = segXml(r, 'B', model.codesB);
    // (a variant the file gave with an empty <seg>, still without text: written back empty)
    const emptyIn = (tag: string) => fromFormat(o, 'tmx') && !!o!.emptyVariants?.some((l) => l.toLowerCase() === tag.toLowerCase());
    if (hasText(r.a)) out += tuv(langA, segA, t, sideA(o), anns.filter(inVariantA).map((x) => note(x.a.note, v, x.a)).join(''));
    else if (emptyIn(langA)) out += tuv(langA, '', t, sideA(o));
    if (hasText(r.b)) {
      const bNotes = anns.filter((x) => x.side === 'b').map((x) => note(x.a.note, v, x.a)).join('');
      out += tuv(langB, segB, t, sideB(o), bNotes);
    } else if (emptyIn(langB)) out += tuv(langB, '', t, sideB(o));
    for (const other of others) {
      const key = r.a.indices.join(' ');
      const texts = r.a.indices.length ? other.byPivot.get(key) : undefined;
      if (texts) out += extraTuv(other.tag, texts, other.codes, t, other.originOf.get(key), other.notesOf.get(key));
      else if (emptyIn(other.tag)) out += tuv(other.tag, '', t, null);
    }
    for (const x of joined[k]) out += extraTuv(x.other.tag, x.texts, x.other.codes, t, x.origin, x.notes);
    out += '    </tu>\n';
    for (const n of extrasAfter.get(k) ?? []) out += extraUnit(n);
  });
  for (const n of extrasAfter.get(rows.length) ?? []) out += extraUnit(n);
  out += '  </body>\n</tmx>\n';
  return out;
}
