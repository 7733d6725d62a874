/**
 * The on-disk `.selaras` document: a versioned JSON wrapper around the in-memory `Project`,
 * its zod schema, and the never-throwing parser / the serializer.
 */
import { z } from 'zod';
import { ITS_ISSUE_TYPES, VERDICTS } from './types';
import type { Project } from './types';
import { MISMATCH_KINDS, type Comparison, type LedgerGroup } from '../drift/types';
import { classifyJsonFault } from './json-scan';
import { refusal, type Refusal } from '../errors';
import { migrateDocument } from './migrations';
import { beadCoverageProblem } from './coverage';
import { JSON_EXPORT_FORMAT } from '../formats/json';
import {
  MAX_ITEMS,
  MAX_NOTE,
  MAX_PATH,
  MAX_PROJECT_BYTES,
  MAX_SHORT,
  MAX_VERSION_TEXT,
  MAX_VERSIONS,
} from './limits';

export const PROJECT_FORMAT = 'selaras-project';
/** The schema version this code writes. Older versions are migrated on load. */
export const SCHEMA_VERSION = 2;

const short = z.string().max(MAX_SHORT);
const note = z.string().max(MAX_NOTE);
const index = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const indices = z.array(index).max(MAX_ITEMS);
const lang = z.enum(['id', 'en']);
const isoDate = z.string().max(64);

const originFormat = z.enum(['tmx', 'xliff-1.2', 'xliff-2']);
const gapHome = z.enum(['', 'start', 'end']);
/**
 * Attributes of an element of an imported file (names and values kept as written). What an import accepted must save:
 * no cap here is tighter than the readers' (the file's size bounds them all).
 */
const attrMap = z.record(short, note).refine((r) => Object.keys(r).length <= MAX_ITEMS, 'too many attributes');
const propList = z.array(z.tuple([short, note])).max(MAX_ITEMS);

export const beadSchema = z.object({
  a: indices,
  b: indices,
  score: z.number().min(0).max(1),
  confirmed: z.boolean().optional(),
  locked: z.boolean().optional(),
  origin: z
    .object({
      unit: short,
      groups: z.array(short).max(MAX_ITEMS).optional(),
      segments: z.array(z.tuple([index, index])).max(MAX_ITEMS).optional(),
      format: originFormat.optional(),
      file: short.optional(),
      segmentIds: z.array(short).max(MAX_ITEMS).optional(),
      segmentStates: z.array(short).max(MAX_ITEMS).optional(),
      segmentSubStates: z.array(short).max(MAX_ITEMS).optional(),
      segmentAttrs: z.array(attrMap).max(MAX_ITEMS).optional(),
      targetOrders: z.array(short).max(MAX_ITEMS).optional(),
      emptyTargets: z.array(z.boolean()).max(MAX_ITEMS).optional(),
      emptyVariants: z.array(short).max(MAX_ITEMS).optional(),
      gaps: z.array(z.tuple([short, short])).max(MAX_ITEMS).optional(),
      gapHomes: z.array(z.tuple([gapHome, gapHome])).max(MAX_ITEMS).optional(),
      segmentWritten: z.array(z.tuple([note, note])).max(MAX_ITEMS).optional(),
      segmentCodes: z.array(z.tuple([index, index, index, index])).max(MAX_ITEMS).optional(),
      repeatsId: z.boolean().optional(),
      confirmedInFile: z.boolean().optional(),
      approvedInFile: short.optional(),
      writtenA: note.optional(),
      writtenB: note.optional(),
      preserveA: z.boolean().optional(),
      preserveB: z.boolean().optional(),
      attrs: attrMap.optional(),
      attrsA: attrMap.optional(),
      attrsB: attrMap.optional(),
      props: propList.optional(),
      propsA: propList.optional(),
      propsB: propList.optional(),
    })
    .optional(),
});

/** What an imported TMX/XLIFF file said about itself (`Project.origin`). */
export const fileOriginSchema = z.object({
  format: originFormat,
  attrs: attrMap.optional(),
  props: propList.optional(),
  files: z.array(z.object({ key: short, attrs: attrMap })).max(MAX_ITEMS).optional(),
  groups: z.array(z.object({ key: short, attrs: attrMap })).max(MAX_ITEMS).optional(),
  namespaces: attrMap.optional(),
});

export const inlineCodeSchema = z.object({
  kind: z.enum(['ph', 'open', 'close']),
  id: short,
  partner: index.optional(),
  form: z.enum(['pc', 'sc', 'bx', 'ut']).optional(),
  data: z.string().max(MAX_NOTE).optional(),
  type: short.optional(),
  subType: short.optional(),
  disp: short.optional(),
  equiv: short.optional(),
  tmxAttrs: attrMap.optional(),
  xliff2Attrs: attrMap.optional(),
  xliff12Attrs: attrMap.optional(),
  literal: z.literal(true).optional(),
});

export const versionSchema = z.object({
  id: short.min(1),
  name: short,
  lang,
  langTag: z.string().max(64).regex(/^[A-Za-z0-9]{1,8}([-_][A-Za-z0-9]{1,8})*$/).optional(),
  text: z.string().max(MAX_VERSION_TEXT),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sourcePath: z.string().max(MAX_PATH).optional(),
  segmentation: z.literal('lines').optional(),
  codes: z.array(inlineCodeSchema).max(MAX_ITEMS).optional(),
});

export const annotationTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mismatch'), key: short, a: index.optional(), b: index.optional(), removed: z.boolean().optional(), replaced: z.boolean().optional() }),
  z.object({ type: z.literal('ledger'), what: short }),
  z.object({ type: z.literal('span'), version: index, start: index, end: index, removed: z.boolean().optional(), was: note.optional() }),
]);

export const annotationSchema = z.object({
  id: short.min(1),
  target: annotationTargetSchema,
  verdict: z.enum(VERDICTS),
  category: z.enum(ITS_ISSUE_TYPES),
  severity: z.enum(['minor', 'major', 'critical']),
  note,
  author: short,
  created: isoDate,
  modified: isoDate,
  group: short.optional(),
  file: short.optional(),
  noteAttrs: attrMap.optional(),
  variant: z.literal(true).optional(),
});

export const pairAlignmentSchema = z.object({
  a: index,
  b: index,
  mode: z.enum(['parallel', 'comparable']),
  beads: z.array(beadSchema).max(MAX_ITEMS),
  refit: z.literal(true).optional(),
  fromFile: z.literal(true).optional(),
});

/** The user's termbase kept with the project (shared/termbase). */
const termbaseSchema = z.object({
  name: short,
  format: z.enum(['tbx', 'csv', 'tsv']),
  entries: z
    .array(z.object({ terms: z.array(z.object({ text: short, lang: short.nullable(), column: index })).max(MAX_ITEMS) }))
    .max(MAX_ITEMS),
});

const entitySpan = { sentence: index, text: note, start: index, end: index };
const entitySchema = z.object({
  ...entitySpan,
  type: z.enum(['person', 'place', 'organisation']),
  role: z.enum(['source', 'actor', 'mention']),
  ref: short,
  known: z.boolean().optional(),
  title: short.optional(),
  cue: z.object({ text: short, start: index, end: index }).optional(),
});

export const projectSchema = z
  .object({
    versions: z.array(versionSchema).min(1).max(MAX_VERSIONS),
    pivot: index,
    alignments: z.array(pairAlignmentSchema).max(MAX_VERSIONS * MAX_VERSIONS),
    annotations: z.array(annotationSchema).max(MAX_ITEMS),
    settings: z.object({
      uiLang: z.enum(['en', 'id']).optional(),
      author: short.optional(),
    }),
    termbase: termbaseSchema.optional(),
    origin: fileOriginSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const n = p.versions.length;
    if (p.pivot >= n) ctx.addIssue({ code: 'custom', path: ['pivot'], message: 'pivot is not a version index' });
    const ids = new Set<string>();
    p.versions.forEach((v, i) => {
      if (ids.has(v.id)) ctx.addIssue({ code: 'custom', path: ['versions', i, 'id'], message: 'duplicate version id' });
      ids.add(v.id);
    });
    p.alignments.forEach((al, i) => {
      if (al.a >= n || al.b >= n || al.a === al.b) {
        ctx.addIssue({ code: 'custom', path: ['alignments', i], message: 'alignment sides are not two distinct versions' });
      }
    });
    const annIds = new Set<string>();
    p.annotations.forEach((an, i) => {
      if (annIds.has(an.id)) ctx.addIssue({ code: 'custom', path: ['annotations', i, 'id'], message: 'duplicate annotation id' });
      annIds.add(an.id);
      const t = an.target;
      if (t.type === 'span' && (t.version >= n || t.end < t.start)) {
        ctx.addIssue({ code: 'custom', path: ['annotations', i, 'target'], message: 'span outside the versions' });
      }
    });
  });

const figureSchema = z.object({
  sentence: index,
  text: note,
  start: index,
  end: index,
  kind: z.enum(['count', 'money', 'percent', 'date', 'time', 'ordinal', 'range', 'duration', 'other']),
  value: z.union([z.number(), short]),
  qualifier: z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most', 'up-to', 'magnitude']),
  unit: short.optional(),
  currency: short.optional(),
  durationUnit: short.optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  scale: z.number().optional(),
  ambiguous: z.boolean().optional(),
  alternatives: z.array(z.union([z.number(), short])).max(64).optional(),
  form: z.enum(['digits', 'words', 'mixed']).optional(),
  collective: z.boolean().optional(),
  conversion: z.boolean().optional(),
  neutral: z.boolean().optional(),
});

const explanation = {
  messageKey: short,
  params: z.record(short, z.union([short, z.number()])),
  note,
};

const mismatchSchema = z.object({
  ...explanation,
  id: short,
  key: short,
  a: indices,
  b: indices,
  kind: z.enum(MISMATCH_KINDS),
  aFigure: figureSchema.nullable(),
  bFigure: figureSchema.nullable(),
  confidence: z.number().min(0).max(1).optional(),
  aEntity: entitySchema.nullable().optional(),
  bEntity: entitySchema.nullable().optional(),
  level: z.enum(['drift', 'review']).optional(),
  notTranslation: z.boolean().optional(),
});

const matchSchema = z.object({
  ...explanation,
  a: indices,
  b: indices,
  status: z.enum(['exact', 'converted', 'rounded']),
  aFigure: figureSchema,
  bFigure: figureSchema,
});

const ledgerGroupSchema = z.object({
  id: short,
  what: short,
  kind: figureSchema.shape.kind,
  consistent: z.boolean(),
  entries: z.array(z.object({ version: index, sentence: index, figure: figureSchema })).max(MAX_ITEMS),
});

/** The comparison of one aligned pair, stored so the CLI can export without recomputing. */
export const pairComparisonSchema = z.object({
  a: index,
  b: index,
  mismatches: z.array(mismatchSchema).max(MAX_ITEMS),
  matches: z.array(matchSchema).max(MAX_ITEMS),
  notTranslations: z
    .array(
      z.object({
        a: indices,
        b: indices,
        cues: z.array(z.enum(['nothing-shared', 'names-differ', 'length-differs', 'few-words-linked', 'figures-unpaired', 'figures-differ', 'few-words-shared'])).max(8),
      }),
    )
    .max(MAX_ITEMS)
    .optional(),
});

export const storedComparisonSchema = z.object({
  pairs: z.array(pairComparisonSchema).max(MAX_VERSIONS * MAX_VERSIONS),
  ledger: z.array(ledgerGroupSchema).max(MAX_ITEMS).optional(),
});

/** A source file as it was when the project was saved (to notice changes on disk). */
export const sourceRecordSchema = z.object({
  versionId: short,
  path: z.string().max(MAX_PATH),
  /** SHA-256 (hex) of the file's bytes on disk. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  mtimeMs: z.number().min(0),
  size: z.number().int().min(0).optional(),
});

export const projectDocumentSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  savedAt: isoDate,
  app: z.object({ name: short, version: short }),
  project: projectSchema,
  comparison: storedComparisonSchema.optional(),
  sources: z.array(sourceRecordSchema).max(MAX_VERSIONS).optional(),
  /** Set in autosave recovery files: the project file the unsaved changes belong to, if any. */
  recovery: z.object({ projectPath: z.string().max(MAX_PATH).optional(), name: z.string().max(MAX_PATH).optional() }).optional(),
  view: z.object({ pair: index }).optional(),
});

export type PairComparison = { a: number; b: number } & Comparison;
export interface StoredComparison {
  pairs: PairComparison[];
  ledger?: LedgerGroup[];
}
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** The parsed `.selaras` document (schema version 2). */
export interface ProjectDocument {
  format: typeof PROJECT_FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  savedAt: string;
  app: { name: string; version: string };
  project: Project;
  comparison?: StoredComparison;
  sources?: SourceRecord[];
  recovery?: { projectPath?: string; name?: string };
  /** What the workbench showed when it was saved (the aligned pair), shown again when it is reopened. */
  view?: { pair: number };
}

export type ProjectErrorCode = 'malformed' | 'truncated' | 'empty' | 'invalid' | 'newer-version' | 'too-large' | 'not-project' | 'is-export';

/** A project file refused; `messageKey` is `errors.project.<camelCode>`. */
export type ProjectError = Refusal<ProjectErrorCode>;

export type ParseResult =
  | { ok: true; project: Project; doc: ProjectDocument; migratedFrom?: number }
  | { ok: false; error: ProjectError };

const MESSAGE_KEYS: Record<ProjectErrorCode, string> = {
  malformed: 'errors.project.malformed',
  truncated: 'errors.project.truncated',
  empty: 'errors.empty',
  invalid: 'errors.project.invalid',
  'newer-version': 'errors.project.newerVersion',
  'too-large': 'errors.project.tooLarge',
  'not-project': 'errors.project.malformed',
  'is-export': 'errors.project.isExport',
};

function fail(code: ProjectErrorCode, name: string, message: string, extra: Record<string, string | number> = {}): ParseResult {
  return { ok: false, error: refusal(code, MESSAGE_KEYS[code], name, message, extra) };
}

/** Keys that could reach an object's prototype when copied; dropped while parsing. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function safeJsonParse(text: string): unknown {
  // The reviver costs time on big files; only pay it when a dangerous key may be present
  // (directly or spelled with \u escapes).
  if (!text.includes('__proto__') && !text.includes('constructor') && !text.includes('prototype') && !text.includes('\\u')) {
    return JSON.parse(text);
  }
  return JSON.parse(text, function reviver(key, value) {
    return FORBIDDEN_KEYS.has(key) ? undefined : value;
  });
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${where.replace(/^\./, '') || '(root)'}: ${issue.message}`;
}

export interface ParseOptions {
  /** File name for the error parameters (`{ name }`). */
  name?: string;
  /** Overrides the size limit (characters); the default is 200 MB. */
  maxChars?: number;
}

/**
 * Parses a `.selaras` file's text. Never throws: any problem (cut-off file, broken JSON, wrong
 * shape, a newer schema version, an oversized file or field, prototype-pollution keys) becomes
 * `{ ok: false, error }` with an i18n key and an English message. Older schema versions are
 * migrated (`migratedFrom` tells from which).
 */
export function parseProject(json: unknown, options: ParseOptions = {}): ParseResult {
  const name = options.name ?? '';
  try {
    if (typeof json !== 'string') return fail('invalid', name, 'The project file is not text.');
    const limit = options.maxChars ?? MAX_PROJECT_BYTES;
    if (json.length > limit) {
      return fail('too-large', name, `The project file is larger than ${Math.round(limit / 1024 / 1024)} MB.`, {
        limit: Math.round(limit / 1024 / 1024),
      });
    }
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    // (an empty .selaras was cut off while saving; another empty file chosen in Open… is just empty)
    if (text.trim() === '') {
      return name && !/\.selaras$/i.test(name) ? fail('empty', name, `${name} is empty.`) : fail('truncated', name, 'The project file is empty (it may have been cut off while saving).');
    }
    let raw: unknown;
    try {
      raw = safeJsonParse(text);
    } catch {
      // (text that does not even open as JSON, a plain text or HTML file given for a project, is no project: said so)
      if (!/^[\s\uFEFF]*[{[]/.test(text)) return fail('invalid', name, 'The file is not a Selaras project.', { detail: 'not JSON' });
      const fault = classifyJsonFault(text) ?? 'malformed';
      return fault === 'truncated'
        ? fail('truncated', name, 'The project file ends too early; it was probably cut off while saving.')
        : fail('malformed', name, 'The project file is not valid JSON.');
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return fail('invalid', name, 'The file is not a Selaras project.', { detail: 'not an object' });
    }
    const obj = raw as Record<string, unknown>;
    // (Selaras's own JSON export is a report of a project, not one: said so; any other JSON is no project)
    if (obj.format === JSON_EXPORT_FORMAT) return fail('is-export', name, 'The file is a Selaras JSON export, not a project.');
    if (obj.format !== PROJECT_FORMAT) return fail('not-project', name, 'The file is not a Selaras project.');
    const version = obj.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail('invalid', name, 'The project file has no valid schema version.', { detail: 'schemaVersion' });
    }
    if (version > SCHEMA_VERSION) {
      return fail(
        'newer-version',
        name,
        `The project was saved by a newer Selaras (file format ${version}; this version reads up to ${SCHEMA_VERSION}).`,
        { version, supported: SCHEMA_VERSION },
      );
    }
    let candidate: unknown = obj;
    let migratedFrom: number | undefined;
    if (version < SCHEMA_VERSION) {
      const migrated = migrateDocument(obj, version);
      if (!migrated.ok) {
        return fail('invalid', name, `The older project file could not be read: ${migrated.detail}`, { detail: migrated.detail });
      }
      candidate = migrated.doc;
      migratedFrom = version;
    }
    const parsed = projectDocumentSchema.safeParse(candidate);
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 3).map(describeIssue).join('; ');
      return fail('invalid', name, `The project file has unexpected content (${detail}).`, { detail });
    }
    const doc = parsed.data as ProjectDocument;
    const coverage = beadCoverageProblem(doc.project);
    if (coverage) {
      return fail('invalid', name, `The project's alignment does not fit its texts: ${coverage.message}.`, { detail: coverage.message });
    }
    return migratedFrom === undefined
      ? { ok: true, project: doc.project, doc }
      : { ok: true, project: doc.project, doc, migratedFrom };
  } catch (err) {
    // Out of memory, stack exhaustion on absurd nesting, …: still a clear error, never a throw.
    const detail = err instanceof Error ? err.name : 'error';
    return fail('invalid', name, 'The project file could not be read.', { detail });
  }
}

export interface SerializeExtras {
  app: { name: string; version: string };
  /** ISO time of saving; defaults to now. */
  savedAt?: string;
  comparison?: StoredComparison;
  sources?: SourceRecord[];
  recovery?: { projectPath?: string; name?: string };
  view?: { pair: number };
}

/** Builds the on-disk document object for `project`. */
export function toProjectDocument(project: Project, extras: SerializeExtras): ProjectDocument {
  const doc: ProjectDocument = {
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    savedAt: extras.savedAt ?? new Date().toISOString(),
    app: { name: extras.app.name, version: extras.app.version },
    project,
  };
  if (extras.comparison) doc.comparison = extras.comparison;
  if (extras.sources) doc.sources = extras.sources;
  if (extras.recovery) doc.recovery = extras.recovery;
  if (extras.view) doc.view = extras.view;
  return doc;
}

/**
 * Serialises a project as `.selaras` JSON text (schema version 2, two-space indented so that
 * a project under version control diffs sensibly).
 */
export function serializeProject(project: Project, extras: SerializeExtras, indent = 2): string {
  return JSON.stringify(toProjectDocument(project, extras), null, indent) + '\n';
}
