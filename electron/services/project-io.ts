/**
 * Reading and writing `.selaras` project files on disk (Node, no Electron): atomic saves,
 * a loader that refuses oversized or broken files with a clear error and never modifies
 * them, autosave recovery files, and a check of the source files the versions came from.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Project } from '../../shared/project/types';
import {
  parseProject,
  projectDocumentSchema,
  toProjectDocument,
  type ProjectDocument,
  type ProjectErrorCode,
  type SerializeExtras,
  type SourceRecord,
  type StoredComparison,
} from '../../shared/project/schema';
import type { Comparison } from '../../shared/drift/types';
import { MAX_PROJECT_BYTES } from '../../shared/project/limits';
import { refusal, type Refusal } from '../../shared/errors';
import { sha256Hex } from '../../shared/project/hash';
import { writeFileAtomic, removeStaleTemps } from './atomic';
import { decodeText } from './import/decode';

export type LoadErrorCode = ProjectErrorCode | 'not-found' | 'unreadable';

/** A project that could not be loaded; `messageKey` is `errors.project.<camelCode>`. */
export type LoadError = Refusal<LoadErrorCode>;

export type LoadResult =
  | { ok: true; project: Project; doc: ProjectDocument; migratedFrom?: number }
  | { ok: false; error: LoadError };

export const DEFAULT_APP = { name: 'Selaras', version: 'unknown' };

export type SaveOptions = Omit<Partial<SerializeExtras>, 'comparison'> & {
  /**
   * The stored comparison; a bare `Comparison` is taken as that of the first alignment
   * (or of the versions pivot/other when there is none).
   */
  comparison?: StoredComparison | Comparison;
};

/** Normalises a bare `Comparison` into the stored per-pair shape. */
export function toStoredComparison(project: Project, c: StoredComparison | Comparison | undefined): StoredComparison | undefined {
  if (!c) return undefined;
  if ('pairs' in c) return c;
  const first = project.alignments[0];
  const a = first?.a ?? project.pivot;
  const b = first?.b ?? (project.pivot === 0 ? 1 : 0);
  return { pairs: [{ a, b, mismatches: c.mismatches, matches: c.matches }] };
}

function loadError(code: 'not-found' | 'unreadable' | 'too-large' | 'malformed', name: string, message: string, extra: Record<string, string | number> = {}): LoadResult {
  const key = { 'not-found': 'notFound', unreadable: 'unreadable', 'too-large': 'tooLarge', malformed: 'malformed' }[code];
  return { ok: false, error: refusal(code, `errors.project.${key}`, name, message, extra) };
}

function errno(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** Thrown by `saveProject` when the project would not load back; nothing is written then. */
export class ProjectSaveError extends Error {
  readonly messageKey = 'errors.project.cannotSave';
  constructor(readonly detail: string) {
    super(`The project cannot be saved: ${detail}`);
    this.name = 'ProjectSaveError';
  }
}

function checkedText(project: Project, extras: SerializeExtras): string {
  const doc = toProjectDocument(project, extras);
  const check = projectDocumentSchema.safeParse(doc);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw new ProjectSaveError(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * Saves `project` to `file` atomically (the old file survives any crash during the save).
 * The document is checked against the schema first: a project that would not load back is
 * refused with `ProjectSaveError` and nothing is written.
 */
export async function saveProject(file: string, project: Project, options: SaveOptions = {}): Promise<void> {
  const text = checkedText(project, {
    ...options,
    app: options.app ?? DEFAULT_APP,
    comparison: toStoredComparison(project, options.comparison),
  });
  await writeFileAtomic(file, text);
}

/**
 * Loads a project file. Files above 200 MB are refused before reading; broken, cut-off or newer
 * files give `{ ok: false, error }`. Never writes to `file`.
 */
export async function loadProject(file: string, options: { maxBytes?: number } = {}): Promise<LoadResult> {
  const name = path.basename(file);
  const limit = options.maxBytes ?? MAX_PROJECT_BYTES;
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) return loadError('unreadable', name, `${name} is not a file.`);
    size = st.size;
  } catch (err) {
    return errno(err) === 'ENOENT'
      ? loadError('not-found', name, `${name} does not exist.`)
      : loadError('unreadable', name, `${name} could not be read.`, { detail: errno(err) });
  }
  const limitMb = Math.round(limit / 1024 / 1024);
  if (size > limit) return loadError('too-large', name, `${name} is larger than ${limitMb} MB.`, { limit: limitMb });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return loadError('unreadable', name, `${name} could not be read.`, { detail: errno(err) });
  }
  if (bytes.byteLength > limit) return loadError('too-large', name, `${name} is larger than ${limitMb} MB.`, { limit: limitMb });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return loadError('malformed', name, `${name} is not a text file (invalid UTF-8).`);
  }
  return parseProject(text, { name, maxChars: limit });
}

/** The largest source file whose hash we compute (the largest text Selaras opens). */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a source file named inside a project — a path that came from a file, so treat it as
 * untrusted: only an ordinary local file of a sane size (no network share, device or pipe).
 */
export async function readSourceFile(sourcePath: string): Promise<{ bytes: Uint8Array; mtimeMs: number; size: number }> {
  if (!path.isAbsolute(sourcePath) || /^(\\\\|\/\/)/.test(sourcePath)) throw new Error('not a local absolute path');
  const st = await stat(sourcePath);
  if (!st.isFile() || st.size > MAX_SOURCE_BYTES) throw new Error('not an ordinary file of a sane size');
  return { bytes: await readFile(sourcePath), mtimeMs: st.mtimeMs, size: st.size };
}

/** Describes a source file as it is now (hash of its bytes, time, size) for `doc.sources`. */
export async function recordSource(versionId: string, sourcePath: string): Promise<SourceRecord> {
  const file = await readSourceFile(sourcePath);
  const [bytes, st] = [file.bytes, file];
  return {
    versionId,
    path: sourcePath,
    hash: createHash('sha256').update(bytes).digest('hex'),
    mtimeMs: st.mtimeMs,
    size: st.size,
  };
}

export interface SourceChange {
  versionId: string;
  path: string;
  /** `changed`: the content differs from when the project was saved; `missing`: gone or unreadable. */
  status: 'changed' | 'missing';
}

/**
 * Reports the versions whose source file changed on disk or vanished. Uses `doc.sources`
 * (hash of the file's bytes); for versions with a `sourcePath` but no record, decodes the file
 * and compares the hash of its text with `Version.hash`.
 */
export async function checkSources(doc: Pick<ProjectDocument, 'project' | 'sources'>): Promise<SourceChange[]> {
  const out: SourceChange[] = [];
  const recorded = new Set<string>();
  for (const src of doc.sources ?? []) {
    recorded.add(src.versionId);
    let bytes: Uint8Array;
    try {
      bytes = (await readSourceFile(src.path)).bytes;
    } catch {
      out.push({ versionId: src.versionId, path: src.path, status: 'missing' });
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== src.hash) {
      out.push({ versionId: src.versionId, path: src.path, status: 'changed' });
    }
  }
  for (const v of doc.project.versions) {
    if (!v.sourcePath || recorded.has(v.id)) continue;
    let bytes: Uint8Array;
    try {
      bytes = (await readSourceFile(v.sourcePath)).bytes;
    } catch {
      out.push({ versionId: v.id, path: v.sourcePath, status: 'missing' });
      continue;
    }
    const decoded = decodeText(bytes, path.basename(v.sourcePath));
    if (!decoded.ok || sha256Hex(decoded.text) !== v.hash) {
      out.push({ versionId: v.id, path: v.sourcePath, status: 'changed' });
    }
  }
  return out;
}

function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'default';
}

/** Where the autosave recovery file for `key` lives inside `dir`. */
export function recoveryPath(dir: string, key = 'default'): string {
  return path.join(dir, `recovery-${safeKey(key)}.selaras`);
}

export interface RecoveryOptions extends Omit<SaveOptions, 'recovery'> {
  /** Separates the recovery files of several open windows. */
  key?: string;
  /** The project file the unsaved changes belong to (absent for a new project). */
  projectPath?: string;
  /** The project's name (a project never saved has no file to be named by). */
  name?: string;
}

/** Writes the autosave copy of a project with unsaved changes (atomically). */
export async function writeRecovery(dir: string, project: Project, options: RecoveryOptions = {}): Promise<string> {
  const { key, projectPath, name, ...rest } = options;
  const file = recoveryPath(dir, key);
  const text = checkedText(project, {
    ...rest,
    app: rest.app ?? DEFAULT_APP,
    comparison: toStoredComparison(project, rest.comparison),
    recovery: { ...(projectPath ? { projectPath } : {}), ...(name ? { name } : {}) },
  });
  await writeFileAtomic(file, text);
  return file;
}

/**
 * Reads the recovery copy, if any: `null` when there is none, otherwise the load result
 * (`doc.recovery.projectPath` names the project it belongs to).
 */
export async function readRecovery(dir: string, key?: string): Promise<LoadResult | null> {
  const file = recoveryPath(dir, key);
  try {
    await stat(file);
  } catch {
    return null;
  }
  return loadProject(file);
}

/** Deletes the recovery copy (after a successful save or when the user discards it). */
export async function clearRecovery(dir: string, key?: string): Promise<void> {
  await rm(recoveryPath(dir, key), { force: true });
}

/**
 * Removes temporary files that a killed save left next to `file` (older than `olderThanMs`,
 * so a save in progress in another process is not disturbed). Returns how many were removed.
 */
export async function cleanStaleTemps(file: string, olderThanMs = 60_000): Promise<number> {
  return removeStaleTemps(file, { olderThanMs });
}
