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
import { buildModel, encodeAnnotation, hasText, targetFields, type Issue, type Row } from './model';
import { tmxDate, xmlAttr, xmlText } from './xml';
import { exportWords, type ExportWords } from './export-words';
import { tmxCodes } from './codes';
import type { InlineCode } from '../project/types';
import { langTagOf } from './lang-tags';
import { splitLines } from '../text';

export interface TmxOptions {
  /** Also write the project's other imported languages as variants (default true). */
  allLanguages?: boolean;
  /** Write one-sided beads as single-`tuv` units (default true). */
  includeUnpaired?: boolean;
}

function prop(type: string, value: string | number, indent: string): string {
  const v = String(value);
  return v.trim() === '' ? '' : `${indent}<prop type="${xmlAttr(type)}">${xmlText(v)}</prop>\n`;
}

function note(text: string, indent: string): string {
  return text.trim() === '' ? '' : `${indent}<note>${xmlText(text)}</note>\n`;
}

function issueProps(i: Issue, indent: string, W: ExportWords): string {
  const m = i.mismatch;
  let s = prop('x-selaras-issue', `${m.id} kind=${m.kind} severity=${i.severity} category=${i.category} key=${encodeURIComponent(m.key)}`, indent);
  s += prop('x-selaras-verdict', `${m.id} ${i.verdict}`, indent);
  if (m.aFigure) s += prop('x-selaras-figure-a', `${m.id} ${m.aFigure.text}`, indent);
  if (m.bFigure) s += prop('x-selaras-figure-b', `${m.id} ${m.bFigure.text}`, indent);
  if (m.aEntity) s += prop('x-selaras-entity-a', `${m.id} ${m.aEntity.text}`, indent);
  if (m.bEntity) s += prop('x-selaras-entity-b', `${m.id} ${m.bEntity.text}`, indent);
  if (m.note) s += prop('x-selaras-explanation', `${m.id} ${W.explanation(m)}`, indent);
  return s;
}

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
  const out: Array<{ tag: string; codes: InlineCode[]; byPivot: Map<string, string[]>; alone: string[][] }> = [];
  for (const al of project.alignments) {
    if (al === pair || al.a !== pair.a || al.b === pair.b) continue;
    const v = project.versions[al.b];
    if (!v || v.segmentation !== 'lines') continue;
    const tag = langTagOf(v);
    if (taken.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
    taken.push(tag);
    const lines = splitLines(v.text).map((x) => x.text);
    const byPivot = new Map<string, string[]>();
    const alone: string[][] = [];
    for (const bead of al.beads) {
      const texts = bead.b.map((i) => lines[i] ?? '').filter((x) => x.trim() !== '');
      if (!texts.length) continue;
      if (bead.a.length) byPivot.set(bead.a.join(' '), texts);
      else alone.push(texts);
    }
    out.push({ tag, codes: v.codes ?? [], byPivot, alone });
  }
  return out;
}

function extraTuv(tag: string, sentences: string[], codes: InlineCode[], indent: string): string {
  const text = sentences.join(' ');
  const split = sentences.length > 1 ? prop('x-selaras-split', sentences.map((x) => x.length).join(' '), `${indent}  `) : '';
  const seg = tmxCodes(xmlText(text), text, codes);
  return split
    ? `${indent}<tuv xml:lang="${xmlAttr(tag)}">\n${split}${indent}  <seg>${seg}</seg>\n${indent}</tuv>\n`
    : `${indent}<tuv xml:lang="${xmlAttr(tag)}"><seg>${seg}</seg></tuv>\n`;
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

  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  out +=
    `  <header creationtool="${xmlAttr(input.tool.name)}" creationtoolversion="${xmlAttr(input.tool.version || 'unknown')}"` +
    ` segtype="sentence" o-tmf="Selaras" adminlang="en" srclang="${xmlAttr(langA)}" datatype="plaintext"` +
    ` creationdate="${tmxDate(now)}">\n`;
  const h = '    ';
  out += prop('x-selaras-scope', input.scope, h);
  out += prop('x-selaras-mode', input.pair.mode, h);
  out += prop('x-selaras-version-a', model.nameA, h);
  out += prop('x-selaras-version-b', model.nameB, h);
  out += prop('x-selaras-lang-a', model.langA, h);
  out += prop('x-selaras-lang-b', model.langB, h);
  if (skipped.length) out += prop('x-selaras-unpaired', skipped.length, h);
  // Annotations with no unit: ledger notes, stale ones, and those of left-out beads.
  const headerAnns = [...model.looseAnnotations];
  for (const r of skipped) {
    for (const i of r.issues) headerAnns.push(...i.annotations);
    for (const n of r.spanNotes) headerAnns.push(n.annotation);
  }
  for (const a of headerAnns) {
    out += prop('x-selaras-annotation', encodeAnnotation(a, targetFields(a)), h);
  }
  for (const a of headerAnns) out += note(a.note, h);
  out += '  </header>\n  <body>\n';

  const t = '      ';
  for (const r of rows) {
    out += `    <tu tuid="${xmlAttr(r.id)}" srclang="${xmlAttr(langA)}">\n`;
    out += prop('x-selaras-bead', r.type, t);
    out += prop('x-selaras-score', Number(r.bead.score.toFixed(4)), t);
    out += prop('x-selaras-status', r.status, t);
    if (r.a.sentences.length > 1) out += prop('x-selaras-split-a', r.a.sentences.map((s) => s.length).join(' '), t);
    if (r.b.sentences.length > 1) out += prop('x-selaras-split-b', r.b.sentences.map((s) => s.length).join(' '), t);
    out += prop('x-selaras-sentences-a', r.a.indices.join(' '), t);
    out += prop('x-selaras-sentences-b', r.b.indices.join(' '), t);
    out += prop('x-selaras-para-a', r.a.indices.map((i) => input.sentencesA[i]?.paragraph ?? 0).join(' '), t);
    out += prop('x-selaras-para-b', r.b.indices.map((i) => input.sentencesB[i]?.paragraph ?? 0).join(' '), t);
    for (const i of r.issues) out += issueProps(i, t, W);
    const anns = [
      ...r.issues.flatMap((i) => i.annotations.map((a) => ({ a, f: targetFields(a, undefined, i), side: '' }))),
      ...r.spanNotes.map((n) => ({ a: n.annotation, f: targetFields(n.annotation, n), side: n.side })),
    ];
    for (const { a, f } of anns) out += prop('x-selaras-annotation', encodeAnnotation(a, f), t);
    // Notes on side B's text belong to its variant; the others to the unit.
    for (const { a, side } of anns) if (side !== 'b' || !hasText(r.b)) out += note(a.note, t);
    const v = `${t}  `;
    const segA = tmxCodes(xmlText(r.a.text), r.a.text, model.codesA);
    const segB = tmxCodes(xmlText(r.b.text), r.b.text, model.codesB);
    if (hasText(r.a)) out += `${t}<tuv xml:lang="${xmlAttr(langA)}"><seg>${segA}</seg></tuv>\n`;
    if (hasText(r.b)) {
      const bNotes = anns.filter((x) => x.side === 'b').map((x) => note(x.a.note, v)).join('');
      out += bNotes
        ? `${t}<tuv xml:lang="${xmlAttr(langB)}">\n${bNotes}${v}<seg>${segB}</seg>\n${t}</tuv>\n`
        : `${t}<tuv xml:lang="${xmlAttr(langB)}"><seg>${segB}</seg></tuv>\n`;
    }
    for (const o of others) {
      const texts = r.a.indices.length ? o.byPivot.get(r.a.indices.join(' ')) : undefined;
      if (texts) out += extraTuv(o.tag, texts, o.codes, t);
    }
    out += '    </tu>\n';
  }
  // Units of the other languages with no pivot text.
  let extra = 0;
  for (const o of others) {
    for (const texts of o.alone) {
      out += `    <tu tuid="x${++extra}" srclang="${xmlAttr(langA)}">\n${prop('x-selaras-status', 'unconfirmed', t)}${extraTuv(o.tag, texts, o.codes, t)}    </tu>\n`;
    }
  }
  out += '  </body>\n</tmx>\n';
  return out;
}
