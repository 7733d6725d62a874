/**
 * The row model every exporter writes from: one row per bead, with its sentences joined, its
 * mismatches (with the user's verdict), its matches and the annotations that belong to it.
 */
import { beadShape, textIndices } from '../text/bead-shape';
import type { Annotation, InlineCode, IssueCategory, Project, Severity, Verdict } from '../project/types';
import type { Bead } from '../align/types';
import type { Match, Mismatch } from '../drift/types';
import type { Figure } from '../figures/types';
import type { Sentence } from '../text/types';
import { belongsToPair, defaultCategory, defaultSeverity, isDismissed, isInlineMark, parseMismatchKey, tallyVerdicts } from '../project/annotations';
import type { ExportWords } from './export-words';
import type { ExportInput } from './types';
import { langTagOf } from './lang-tags';
import { codeIndex, isBreak, visibleCodes } from './codes';
import { jsonForXml } from './xml';

/** Sentences of one bead side joined by one space (so offsets inside map 1:1 to line-joined text). */
export const SENTENCE_JOINER = ' ';

export interface Side {
  /** Sentence indices. */
  indices: number[];
  /** Texts of those sentences. */
  sentences: string[];
  /** The sentences joined with `SENTENCE_JOINER`. */
  text: string;
  /** Offset of each sentence inside `text`. */
  offsets: number[];
}

export interface Issue {
  mismatch: Mismatch;
  verdict: Verdict;
  category: IssueCategory;
  severity: Severity;
  dismissed: boolean;
  /** The annotations on this mismatch, oldest first. */
  annotations: Annotation[];
  /** The figures' spans inside the bead sides' joined texts (null when absent or outside). */
  spanA: FigureSpan | null;
  spanB: FigureSpan | null;
}

/**
 * A figure's span inside a bead side's joined text; where its text stands there more than once, which of those it is
 * (`nth`, from 0) and how many there are (`count`): a reader of an edited file tells two alike figures by their order.
 */
export interface FigureSpan {
  start: number;
  end: number;
  nth?: number;
  count?: number;
}

export interface SpanNote {
  annotation: Annotation;
  side: 'a' | 'b';
  /** Offsets inside that side's joined text. */
  start: number;
  end: number;
  /** The note's text runs on into the next rows: marked here up to the row's end, kept whole in Selaras data. */
  cut?: true;
  /** The note begins in an earlier row and runs on into this one: marked here from the row's start. */
  continued?: true;
  /**
   * An earlier row of this export holds the same note: it is shown on this row too (CSV, XLSX, HTML, DOCX), but its
   * Selaras data and the note of a TMX or XLIFF unit are written with that first row only.
   */
  again?: true;
}

export interface Row {
  /** Position of the bead in the alignment. */
  index: number;
  /** `b1`, `b2`, … (1-based, stable across scopes). */
  id: string;
  bead: Bead;
  /** `1-1`, `1-2`, `0-1`, … */
  type: string;
  a: Side;
  b: Side;
  issues: Issue[];
  matches: Match[];
  spanNotes: SpanNote[];
  /** Another tool's inline marks on the row's text (isInlineMark: `translate="no"`, terms, TMX `<hi>`), written back by XLIFF and TMX. */
  marks: SpanNote[];
  /** `confirmed` / `unconfirmed`, plus ` locked`. */
  status: string;
}

/** Stands in a written text for a sentence joiner that is not written (see `writtenText`). */
export const DROPPED_JOINER = '\u2029';

/**
 * A side's text as the XML exporters write it: where a sentence ends with a line-break or
 * paragraph code, the joiner after it stood for nothing in the file (the code was the break),
 * so it becomes `DROPPED_JOINER` (same length: offsets hold), which the writer removes.
 */
export function writtenText(s: Side, codes: readonly InlineCode[]): string {
  if (!codes.length || s.sentences.length < 2 || s.text.includes(DROPPED_JOINER)) return s.text;
  return joinedDropping(s.sentences, (before) => {
    const last = codes[codeIndex(before.slice(-1))];
    return !!last && isBreak(last);
  });
}

/** Sentences joined by `SENTENCE_JOINER`, or by `DROPPED_JOINER` after one that `drops` says stands without it. */
export function joinedDropping(sentences: readonly string[], drops: (before: string) => boolean): string {
  return sentences.map((t, k) => (k === 0 ? t : (drops(sentences[k - 1]) ? DROPPED_JOINER : SENTENCE_JOINER) + t)).join('');
}

/** Removes the dropped joiners from written XML. */
export function dropJoiners(xml: string): string {
  return xml.split(DROPPED_JOINER).join('');
}

/** True when a side holds text (a whitespace-only side is no translation). */
export function hasText(s: Side): boolean {
  return s.indices.length > 0 && s.text.trim() !== '';
}

export interface ExportModel {
  /** Rows in scope, in alignment order. */
  rows: Row[];
  /** Every row, whatever the scope. */
  allRows: Row[];
  /** Annotations that belong to no exported row: ledger notes, stale or out-of-scope ones. */
  looseAnnotations: Annotation[];
  /**
   * Those of them that are on a row the scope leaves out: their places are offsets into texts the file does not hold
   * whole, so a file that reads them back must not place them by those (`looseTargetFields`).
   */
  outOfScope: ReadonlySet<Annotation>;
  /** Mismatches that fall into no bead. */
  looseIssues: Issue[];
  langA: string;
  langB: string;
  /** Version B has no text and no language tag of its own (a file with no target language): an export says none. */
  langBUnsaid: boolean;
  nameA: string;
  nameB: string;
  /** The name of every version of the project (a note on no row names the version its text was in). */
  versionNames: string[];
  /** Inline codes of each side's version (placeholders in the texts; see `codes.ts`). */
  codesA: InlineCode[];
  codesB: InlineCode[];
}

function side(all: number[], sentences: Sentence[]): Side {
  // Blank lines (paragraph breaks of texts read line by line) hold no text: left out.
  const indices = textIndices(all, sentences);
  const texts = indices.map((i) => sentences[i]?.text ?? '');
  const offsets: number[] = [];
  let at = 0;
  for (const t of texts) {
    offsets.push(at);
    at += t.length + SENTENCE_JOINER.length;
  }
  return { indices: indices.slice(), sentences: texts, text: texts.join(SENTENCE_JOINER), offsets };
}

/**
 * Maps a document offset range into a side's joined text, when it starts in one of its
 * sentences. A range that runs on into the side's next sentences (a note on a whole unit of
 * two sentences) keeps them; it is cut only where the side ends (`cut`: it runs on into the next row).
 */
export function localSpan(
  s: Side,
  sentences: Sentence[],
  start: number,
  end: number,
): { start: number; end: number; cut?: true } | null {
  for (let k = 0; k < s.indices.length; k++) {
    const sent = sentences[s.indices[k]];
    if (!sent) continue;
    if (start >= sent.start && start < sent.end) {
      const ls = s.offsets[k] + (start - sent.start);
      let le = s.offsets[k] + (Math.min(end, sent.end) - sent.start);
      let last = sent;
      for (let j = k + 1; j < s.indices.length; j++) {
        const next = sentences[s.indices[j]];
        if (!next || end <= next.start) break;
        le = s.offsets[j] + (Math.min(end, next.end) - next.start);
        last = next;
      }
      if (le <= ls) return null;
      // (a range that goes on past the side's last sentence it reached, into text of another row)
      const onward = end > last.end && sentences.some((x) => x.start >= last.end && x.start < end && x.text !== '');
      return onward ? { start: ls, end: le, cut: true } : { start: ls, end: le };
    }
  }
  return null;
}

/** The text a note on a stretch of a row's text is on, inline codes as their marks. */
export function spanNoteText(model: Pick<ExportModel, 'codesA' | 'codesB'>, row: Row, n: SpanNote): string {
  return visibleCodes(row[n.side].text.slice(n.start, n.end), n.side === 'a' ? model.codesA : model.codesB);
}

/**
 * What a note on no row is about, in the export's words: a ledger note's group; a verdict's mismatch (its kind
 * and figures as noted) and why it is on no row (its figure changed or was removed, the mismatch is not found
 * now, or its row is one the export's scope leaves out: that row's id); a note on text, its version and the text.
 * Empty for a note on the document.
 */
export function looseAbout(
  a: Annotation,
  W: ExportWords,
  model: Pick<ExportModel, 'versionNames'> & Partial<Pick<ExportModel, 'outOfScope' | 'allRows' | 'codesA' | 'codesB'>>,
): { about: string; kind?: string; figureA?: string; figureB?: string } {
  const t = a.target;
  if (t.type === 'ledger') return { about: `${W.label('ledger')}: ${W.ledgerWhat(t.what)}` };
  // (one on a row the scope leaves out is live: its row and, for a note on text, the text it is on)
  const left = model.outOfScope?.has(a) ? model.allRows?.find((r) => r.issues.some((i) => i.annotations.includes(a)) || r.spanNotes.some((n) => n.annotation === a)) : undefined;
  const outside = left ? ` (${W.label('outOfScope')}: ${left.id})` : '';
  if (t.type === 'span') {
    const on = left?.spanNotes.find((n) => n.annotation === a);
    const text = t.was ?? (on ? spanNoteText({ codesA: model.codesA ?? [], codesB: model.codesB ?? [] }, left!, on) : undefined);
    return { about: `${model.versionNames[t.version] ?? ''}${text ? ` “${text}”` : ''}${t.removed ? ` (${W.label('textRemoved')})` : outside}` };
  }
  const parts = parseMismatchKey(t.key);
  const why = t.removed ? W.label('figureRemoved') : left ? `${W.label('outOfScope')}: ${left.id}` : W.label('mismatchGone');
  if (!parts) return { about: why };
  const figures = [parts.a?.text, parts.b?.text].filter((x): x is string => x !== undefined).map((x) => `“${x}”`);
  return { about: `${W.kind(parts.kind)}: ${figures.join(' ≠ ')} (${why})`, kind: W.kind(parts.kind), figureA: parts.a?.text ?? '', figureB: parts.b?.text ?? '' };
}

/** The span of a mismatch's figure or, for an entity mismatch, its name. */
/** Where `part` stands in `text`, each place it starts (overlapping ones too); none for an empty part. */
export function indexesOf(text: string, part: string): number[] {
  const found: number[] = [];
  for (let k = part ? text.indexOf(part) : -1; k >= 0; k = text.indexOf(part, k + 1)) found.push(k);
  return found;
}

function figureSpan(s: Side, sentences: Sentence[], f: Pick<Figure, 'start' | 'end'> | null | undefined): FigureSpan | null {
  const span = f ? localSpan(s, sentences, f.start, f.end) : null;
  if (!span) return null;
  const found = indexesOf(s.text, s.text.slice(span.start, span.end));
  return found.length > 1 && found.includes(span.start) ? { ...span, nth: found.indexOf(span.start), count: found.length } : span;
}

/** The first of `sentences` (in document order) that ends after offset `at`; `sentences.length` when none does. */
function firstSentenceEndingAfter(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Builds the issue view of a mismatch (verdict, category and severity from its annotations). */
export function issueOf(m: Mismatch, annotations: readonly Annotation[]): Omit<Issue, 'spanA' | 'spanB'> {
  const own = annotations
    .filter((a) => a.target.type === 'mismatch' && a.target.key === m.key && !a.target.removed)
    .sort((x, y) => (x.modified < y.modified ? -1 : x.modified > y.modified ? 1 : 0));
  const latest = own[own.length - 1];
  const verdict: Verdict = latest?.verdict ?? 'open';
  return {
    mismatch: m,
    verdict,
    category: latest?.category ?? defaultCategory(m.kind),
    severity: latest?.severity ?? defaultSeverity(m.kind),
    dismissed: latest ? isDismissed(latest) : false,
    annotations: own,
  };
}

/** Builds the rows of an export. */
/** What the model of an export is made of (an export's input: its files' headers, ledger and language are the writers'). */
export type ModelInput = Pick<ExportInput, 'project' | 'pair' | 'sentencesA' | 'sentencesB' | 'comparison' | 'scope'>;

export function buildModel(input: ModelInput): ExportModel {
  const { project, pair, sentencesA, sentencesB, comparison } = input;
  const versionA = project.versions[pair.a];
  const versionB = project.versions[pair.b];
  const annotations = project.annotations;

  const allRows: Row[] = pair.beads.map((bead, index) => ({
    index,
    id: `b${index + 1}`,
    bead,
    type: beadShape(bead.a, bead.b, sentencesA, sentencesB, '-'),
    a: side(bead.a, sentencesA),
    b: side(bead.b, sentencesB),
    issues: [],
    matches: [],
    spanNotes: [],
    marks: [],
    status: `${bead.confirmed ? 'confirmed' : 'unconfirmed'}${bead.locked ? ' locked' : ''}`,
  }));

  // Sentence index → first row holding it, per side.
  const rowOfA = new Map<number, Row>();
  const rowOfB = new Map<number, Row>();
  for (const r of allRows) {
    for (const i of r.bead.a) if (!rowOfA.has(i)) rowOfA.set(i, r);
    for (const i of r.bead.b) if (!rowOfB.has(i)) rowOfB.set(i, r);
  }
  const findRow = (a: number[], b: number[]): Row | undefined => {
    for (const i of a) {
      const r = rowOfA.get(i);
      if (r) return r;
    }
    for (const i of b) {
      const r = rowOfB.get(i);
      if (r) return r;
    }
    return undefined;
  };

  const byKey = new Map<string, Annotation[]>();
  for (const a of annotations) {
    // (a verdict noted on another pair's mismatch of the same key is not this pair's)
    if (a.target.type !== 'mismatch' || !belongsToPair(a, pair.a, pair.b)) continue;
    const list = byKey.get(a.target.key);
    if (list) list.push(a);
    else byKey.set(a.target.key, [a]);
  }
  const looseIssues: Issue[] = [];
  const placedKeys = new Set<string>();
  for (const m of comparison.mismatches) {
    const a = m.a.length ? m.a : m.aFigure ? [m.aFigure.sentence] : m.aEntity ? [m.aEntity.sentence] : [];
    const b = m.b.length ? m.b : m.bFigure ? [m.bFigure.sentence] : m.bEntity ? [m.bEntity.sentence] : [];
    const row = findRow(a, b);
    const base = issueOf(m, byKey.get(m.key) ?? []);
    if (!row) {
      looseIssues.push({ ...base, spanA: null, spanB: null });
      continue;
    }
    row.issues.push({
      ...base,
      spanA: figureSpan(row.a, sentencesA, m.aFigure ?? m.aEntity),
      spanB: figureSpan(row.b, sentencesB, m.bFigure ?? m.bEntity),
    });
  }
  for (const m of comparison.matches) findRow(m.a, m.b)?.matches.push(m);

  for (const ann of annotations) {
    const t = ann.target;
    // (a note whose figure an edit removed points at text that is no longer its own: it rides loose, marked removed)
    if (t.type !== 'span' || t.removed) continue;
    const which = t.version === pair.a ? 'a' : t.version === pair.b ? 'b' : null;
    if (!which) continue;
    const sentences = which === 'a' ? sentencesA : sentencesB;
    const rowOf = which === 'a' ? rowOfA : rowOfB;
    // (on every row whose text it covers, from the first sentence that ends after its start: a selection may
    // begin in the space between two sentences, or run from a headline into the lead of the next row)
    const placed = new Set<Row>();
    for (let k = firstSentenceEndingAfter(sentences, t.start); k < sentences.length && sentences[k].start < t.end; k++) {
      const row = rowOf.get(k);
      if (!row || placed.has(row)) continue;
      const span = localSpan(row[which], sentences, Math.max(t.start, sentences[k].start), t.end);
      if (!span) continue;
      // (another tool's inline mark is markup in the text of the unit it was read from: it stays on its first row)
      if (isInlineMark(ann)) {
        row.marks.push({ annotation: ann, side: which, ...span });
        break;
      }
      row.spanNotes.push({ annotation: ann, side: which, ...span, ...(placed.size > 0 ? { continued: true as const } : {}) });
      placed.add(row);
    }
  }

  const rows = allRows.filter((r) => {
    if (input.scope === 'confirmed') return r.bead.confirmed === true;
    if (input.scope === 'mismatches') return r.issues.some((i) => !i.dismissed);
    return true;
  });
  for (const r of rows) for (const i of r.issues) placedKeys.add(i.mismatch.key);
  const spansInScope = new Set<Annotation>();
  for (const r of rows) {
    for (const n of r.spanNotes) {
      if (spansInScope.has(n.annotation)) n.again = true;
      spansInScope.add(n.annotation);
    }
  }
  const inScope = new Set(rows);
  const outOfScope = new Set<Annotation>();
  for (const r of allRows) {
    if (inScope.has(r)) continue;
    for (const i of r.issues) for (const a of i.annotations) if (!placedKeys.has(i.mismatch.key)) outOfScope.add(a);
    for (const n of r.spanNotes) if (!spansInScope.has(n.annotation)) outOfScope.add(n.annotation);
  }
  // (the notes of another pair of a project of three or more versions are not this export's: a mismatch's by the
  // versions it was noted between, a span's by its version; a ledger note is about every version)
  const looseAnnotations = annotations.filter((a) => {
    const t = a.target;
    // (an inline mark whose text left the export is no note)
    if (isInlineMark(a)) return false;
    if (t.type === 'mismatch') return belongsToPair(a, pair.a, pair.b) && (!placedKeys.has(t.key) || !!t.removed);
    if (t.type === 'span') return (t.version === pair.a || t.version === pair.b) && !spansInScope.has(a);
    return true;
  });

  return {
    rows,
    allRows,
    looseAnnotations,
    outOfScope,
    looseIssues,
    langA: versionA ? langTagOf(versionA) : 'und',
    langB: versionB ? langTagOf(versionB) : 'und',
    langBUnsaid: !!versionB && !versionB.langTag && versionB.text.trim() === '',
    nameA: versionA?.name ?? 'A',
    nameB: versionB?.name ?? 'B',
    versionNames: input.project.versions.map((v) => v.name),
    codesA: versionA?.codes ?? [],
    codesB: versionB?.codes ?? [],
  };
}

/** Counts for report summaries. */
export interface ExportSummary {
  beads: number;
  confirmedBeads: number;
  mismatches: number;
  openMismatches: number;
  confirmedMismatches: number;
  dismissedMismatches: number;
  byKind: Record<string, number>;
  /** Mismatches at each level: `drift` (the evidence says the figure changed), `review`. */
  byLevel: { drift: number; review: number };
  matches: number;
  inconsistentGroups: number;
}

/** Summary counts over every row (not only the rows in scope). */
export function summarize(model: ExportModel, ledgerInconsistent: number): ExportSummary {
  const issues = model.allRows.flatMap((r) => r.issues).concat(model.looseIssues);
  const byKind: Record<string, number> = {};
  for (const i of issues) byKind[i.mismatch.kind] = (byKind[i.mismatch.kind] ?? 0) + 1;
  const tally = tallyVerdicts(issues.map((i) => i.verdict));
  return {
    beads: model.allRows.length,
    confirmedBeads: model.allRows.filter((r) => r.bead.confirmed).length,
    mismatches: tally.total,
    openMismatches: tally.open,
    confirmedMismatches: tally.confirmed,
    dismissedMismatches: tally.dismissed,
    byKind,
    byLevel: { drift: issues.filter((i) => (i.mismatch.level ?? 'drift') === 'drift').length, review: issues.filter((i) => i.mismatch.level === 'review').length },
    matches: model.allRows.reduce((n, r) => n + r.matches.length, 0),
    inconsistentGroups: ledgerInconsistent,
  };
}

/** Serialises an annotation as `key=value&…` (values URI-encoded), for props and metadata. */
export function encodeAnnotation(a: Annotation, target: Record<string, string | number>): string {
  const fields: Array<[string, string]> = [
    ['id', a.id],
    ...Object.entries(target).map(([k, v]): [string, string] => [k, String(v)]),
    ['verdict', a.verdict],
    ['category', a.category],
    ['severity', a.severity],
    ['author', a.author],
    ['created', a.created],
    ['modified', a.modified],
    ['note', a.note],
    ...(a.group !== undefined ? [['group', a.group] as [string, string]] : []),
    ...(a.file !== undefined ? [['file', a.file] as [string, string]] : []),
    ...(a.noteAttrs ? [['attrs', jsonForXml(a.noteAttrs)] as [string, string]] : []),
    ...(a.variant ? [['variant', '1'] as [string, string]] : []),
  ];
  // (half a surrogate pair, pasted from a broken text, cannot be written in a file: it becomes U+FFFD, as the file's
  // UTF-8 encoder writes it in the note itself; the export does not fail on it)
  return fields.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(LONE_SURROGATE, '\uFFFD'))}`).join('&');
}

/** Half of a surrogate pair, without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Parses `encodeAnnotation` output back into its fields (null when it is not such a string). */
export function decodeFields(s: string): Record<string, string> | null {
  const out: Record<string, string> = Object.create(null);
  for (const part of s.trim().split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    try {
      out[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return null;
    }
  }
  return out;
}

/**
 * The annotation target as `encodeAnnotation` fields, for an annotation placed in a row. A
 * mismatch annotation placed with its issue also carries the mismatch kind and its figures'
 * texts and bead-local spans (`ta`/`sa`/`ea`, `tb`/`sb`/`eb`), so that an importer can find
 * the same mismatch in the re-read texts.
 */
export function targetFields(a: Annotation, spanNote?: SpanNote, issue?: Issue): Record<string, string | number> {
  const t = a.target;
  // (a note whose figure an edit removed says so: `removed=1`)
  // (and a note on text an edit removed, the text it was on: `was=`)
  const place = placeFields(t, spanNote, issue);
  if (t.type === 'ledger' || !t.removed) return place;
  // (and a verdict of a version replaced by another text, `replaced=1`: about none of the new text's figures)
  if (t.type === 'mismatch' && t.replaced) return { ...place, removed: 1, replaced: 1 };
  return t.type === 'span' && t.was !== undefined ? { ...place, removed: 1, was: t.was } : { ...place, removed: 1 };
}

/**
 * `targetFields` of an annotation on no exported row. One on a row the scope leaves out (`ExportModel.outOfScope`) is
 * written as detached from its figure or text (`removed`, with the text a note was on): the file does not hold the
 * texts its offsets count in, and a reader placing it by them would put a verdict on another figure.
 */
export function looseTargetFields(a: Annotation, model: Pick<ExportModel, 'outOfScope'>, project: Project): Record<string, string | number> {
  const t = a.target;
  if (!model.outOfScope.has(a) || t.type === 'ledger' || t.removed) return targetFields(a);
  if (t.type === 'span') return targetFields({ ...a, target: { ...t, removed: true, was: project.versions[t.version]?.text.slice(t.start, t.end) ?? '' } });
  return targetFields({ ...a, target: { ...t, removed: true } });
}

/** Where `targetFields` says an annotation is. */
function placeFields(t: Annotation['target'], spanNote?: SpanNote, issue?: Issue): Record<string, string | number> {
  if (t.type === 'mismatch') {
    const f: Record<string, string | number> = { target: 'mismatch', key: t.key };
    if (issue) {
      const m = issue.mismatch;
      f.kind = m.kind;
      // (a figure whose text its side holds more than once: which of them, `oa` of `na`)
      const nth = (span: FigureSpan, o: string, n: string) => (span.count !== undefined && span.nth !== undefined ? { [o]: span.nth, [n]: span.count } : {});
      if (m.aFigure && issue.spanA) Object.assign(f, { ta: m.aFigure.text, sa: issue.spanA.start, ea: issue.spanA.end, ...nth(issue.spanA, 'oa', 'na') });
      if (m.bFigure && issue.spanB) Object.assign(f, { tb: m.bFigure.text, sb: issue.spanB.start, eb: issue.spanB.end, ...nth(issue.spanB, 'ob', 'nb') });
    }
    return f;
  }
  if (t.type === 'ledger') return { target: 'ledger', what: t.what };
  // (a note cut at its row's end, or begun in an earlier row, is kept whole, by its place in the document)
  if (spanNote && !spanNote.cut && !spanNote.continued) return { target: 'span', side: spanNote.side, start: spanNote.start, end: spanNote.end };
  return { target: 'span', version: t.version, start: t.start, end: t.end };
}
