/** What the TMX and XLIFF importers share: building the two texts, beads and annotations. */
import type { Annotation, AnnotationTarget, Verdict, Severity, IssueCategory } from '../project/types';
import { ITS_ISSUE_TYPES } from '../project/types';
import type { Bead } from '../align/types';
import type { Lang } from '../text/types';
import type { BilingualImportResult, ImportedBilingual, ImportedVersion, XmlImportError, XmlImportErrorCode } from './types';
import { readXml, MAX_XML_DEPTH, type XmlElement } from './xml-read';
import { refused } from '../errors';
import { decodeFields, SENTENCE_JOINER } from './model';

const KEYS: Record<XmlImportErrorCode, string> = {
  malformed: 'errors.xml.malformed',
  unsafe: 'errors.xml.unsafe',
  'too-large': 'errors.xml.tooLarge',
  'too-deep': 'limits.xmlTooDeep',
  'wrong-format': 'errors.xml.wrongFormat',
  'unsupported-version': 'errors.xml.unsupportedVersion',
  empty: 'errors.xml.empty',
};

/** A refusal with its i18n key. */
export function xmlError(code: XmlImportErrorCode, name: string, message: string, extra: Record<string, string | number> = {}): XmlImportError {
  return refused(code, KEYS[code], name, message, extra);
}

/** `en-US` → `en`; languages Selaras does not read → null. */
export function toLang(tag: string | undefined): Lang | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in' || primary === 'ind') return 'id';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

/** Splits a joined bead side back into sentences when `lengths` fits it exactly. */
export function splitByLengths(text: string, lengths: number[] | null): string[] {
  if (text === '') return [];
  if (!lengths || lengths.length < 2) return [text];
  const total = lengths.reduce((n, l) => n + l, 0) + SENTENCE_JOINER.length * (lengths.length - 1);
  if (total !== text.length || lengths.some((l) => !Number.isInteger(l) || l < 0)) return [text];
  const out: string[] = [];
  let at = 0;
  for (const l of lengths) {
    out.push(text.slice(at, at + l));
    at += l + SENTENCE_JOINER.length;
  }
  return out;
}

/** Parses `12 40 7` into lengths. */
export function parseLengths(s: string | undefined): number[] | null {
  if (!s) return null;
  const parts = s.trim().split(/[\s,]+/).map(Number);
  return parts.every((n) => Number.isInteger(n) && n >= 0) ? parts : null;
}

const VERDICTS: readonly Verdict[] = ['open', 'confirmed', 'acceptable', 'false-alarm'];
const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

function oneOf<T extends string>(v: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(v as T) ? (v as T) : fallback;
}

/** Accumulates the two sides, sentence by sentence, and the beads over them. */
export class BilingualBuilder {
  readonly sentences: [string[], string[]] = [[], []];
  /** Offset of each sentence in the final text (sentences joined by newlines). */
  private readonly starts: [number[], number[]] = [[], []];
  private readonly lengthSoFar: [number, number] = [0, 0];
  readonly beads: Bead[] = [];
  readonly annotations: Annotation[] = [];
  private readonly ids = new Set<string>();

  /**
   * Adds one bead made of the given sentences of each side. Returns the offsets where each
   * side's joined text starts in the final text (for span annotations), or -1 for an empty side.
   */
  addBead(a: string[], b: string[], score: number, confirmed: boolean, locked = false): [number, number] {
    const starts: [number, number] = [-1, -1];
    const idx: [number[], number[]] = [[], []];
    ([a, b] as const).forEach((sents, side) => {
      sents.forEach((raw, k) => {
        // Line breaks inside a sentence become spaces (same length, so offsets hold).
        const s = raw.replace(/[\r\n\u2028\u2029]/g, ' ');
        const start = this.lengthSoFar[side] + (this.sentences[side].length > 0 ? 1 : 0);
        if (k === 0) starts[side] = start;
        this.starts[side].push(start);
        idx[side].push(this.sentences[side].length);
        this.sentences[side].push(s);
        this.lengthSoFar[side] = start + s.length;
      });
    });
    const bead: Bead = { a: idx[0], b: idx[1], score: Math.min(1, Math.max(0, Number.isFinite(score) ? score : 1)) };
    if (confirmed) bead.confirmed = true;
    if (locked) bead.locked = true;
    this.beads.push(bead);
    return starts;
  }

  private freshId(wanted: string | undefined): string {
    let id = wanted && !this.ids.has(wanted) ? wanted : '';
    let n = this.annotations.length + 1;
    while (!id || this.ids.has(id)) id = `a${n++}`;
    this.ids.add(id);
    return id;
  }

  /**
   * Adds an annotation from `encodeAnnotation` fields. `sideStarts` maps a bead-local span
   * (`side=a|b`, `start`, `end`) into the final texts. Returns false when the fields do not
   * describe a usable annotation.
   */
  addEncoded(encoded: string, sideStarts: [number, number] | null): boolean {
    const f = decodeFields(encoded);
    if (!f || !f.target) return false;
    let target: AnnotationTarget | null = null;
    if (f.target === 'mismatch' && f.key !== undefined) target = { type: 'mismatch', key: f.key };
    else if (f.target === 'ledger' && f.what !== undefined) target = { type: 'ledger', what: f.what };
    else if (f.target === 'span' && sideStarts && (f.side === 'a' || f.side === 'b')) {
      const side = f.side === 'a' ? 0 : 1;
      const start = Number(f.start);
      const end = Number(f.end);
      if (sideStarts[side] >= 0 && Number.isInteger(start) && Number.isInteger(end) && end >= start && start >= 0) {
        target = { type: 'span', version: side, start: sideStarts[side] + start, end: sideStarts[side] + end };
      }
    }
    if (!target) return false;
    this.annotations.push({
      id: this.freshId(f.id),
      target,
      verdict: oneOf(f.verdict, VERDICTS, 'open'),
      category: oneOf(f.category, ITS_ISSUE_TYPES as readonly IssueCategory[], 'other'),
      severity: oneOf(f.severity, SEVERITIES, 'minor'),
      note: f.note ?? '',
      author: f.author ?? '',
      created: f.created ?? '',
      modified: f.modified ?? f.created ?? '',
    });
    return true;
  }

  /** Adds a note from a file Selaras did not write, as an open annotation on a span. */
  addForeign(
    note: string,
    side: 0 | 1,
    start: number,
    end: number,
    extra: { category?: string; severity?: Severity; verdict?: Verdict; author?: string; created?: string } = {},
  ): void {
    this.annotations.push({
      id: this.freshId(undefined),
      target: { type: 'span', version: side, start, end: Math.max(start, end) },
      verdict: extra.verdict ?? 'open',
      category: oneOf(extra.category, ITS_ISSUE_TYPES as readonly IssueCategory[], 'other'),
      severity: extra.severity ?? 'minor',
      note,
      author: extra.author ?? '',
      created: extra.created ?? '',
      modified: extra.created ?? '',
    });
  }

  /** The result, or an `empty` error when no sentence was found. */
  finish(
    format: ImportedBilingual['format'],
    names: [string, string],
    langTags: [string, string],
    mode: ImportedBilingual['mode'],
    fileName: string,
  ): ImportedBilingual | XmlImportError {
    if (this.beads.length === 0 || this.sentences[0].length + this.sentences[1].length === 0) {
      return xmlError('empty', fileName, `${fileName} contains no translation units.`);
    }
    const version = (side: 0 | 1): ImportedVersion => ({
      name: names[side],
      langTag: langTags[side],
      lang: toLang(langTags[side]),
      text: this.sentences[side].join('\n'),
      sentences: this.sentences[side].slice(),
    });
    return { ok: true, format, versions: [version(0), version(1)], beads: this.beads, mode, annotations: this.annotations };
  }
}

/** Runs an importer so that any exception becomes a `malformed` refusal: importers never throw. */
export function neverThrow(name: string, run: () => BilingualImportResult): BilingualImportResult {
  try {
    return run();
  } catch (err) {
    return xmlError('malformed', name, `${name} could not be read.`, { detail: err instanceof Error ? err.message : 'error' });
  }
}

/** Reads XML safely and checks its root element, or says why not (DTD/entities, size, well-formedness, format). */
export function readRoot(xml: string, name: string, local: string, label: string): { ok: true; root: XmlElement } | XmlImportError {
  const parsed = readXml(xml);
  if (!parsed.ok) {
    const msg =
      parsed.code === 'unsafe'
        ? `${name} declares a DTD or entities, which Selaras does not read.`
        : parsed.code === 'too-large'
          ? `${name} is too large.`
          : parsed.code === 'too-deep'
            ? `${name} nests its XML elements more than ${MAX_XML_DEPTH} levels deep, more than Selaras reads.`
            : `${name} is not well-formed XML.`;
    return xmlError(parsed.code, name, msg, parsed.code === 'too-deep' ? { detail: parsed.detail, limit: MAX_XML_DEPTH } : { detail: parsed.detail });
  }
  if (parsed.root.local !== local) return xmlError('wrong-format', name, `${name} is not ${label} file.`, { detail: parsed.root.name });
  return { ok: true, root: parsed.root };
}
