/**
 * The main-process handler table: a plain object of async functions built from injected
 * dependencies. It never imports `electron`; electron/main.ts wires it to ipcMain, and
 * electron/services/bridge.ts serves it over loopback HTTP.
 */
import path from 'node:path';
import {
  fail,
  textTooLarge,
  MAX_TEXT_BYTES,
  type AppInfo,
  type ExportFormat,
  type ExportScope,
  type Handlers,
  type OpenedProject,
  type OpenedText,
  type RecentFile,
  type Result,
  type UiLang,
} from '../../shared/api';
import { detectLang, otherLangOf } from '../../shared/text';
import { parseProject } from '../../shared/project/schema';
import type { Project } from '../../shared/project/types';
import { writeFileAtomic, WriteTargetError } from './atomic';
import type { Refused } from '../../shared/errors';
import { importBilingualFile } from './import';
import { readTermbaseBytes } from './termbase';
import { projectFromBilingual } from '../../shared/formats/import-project';
import { EXPORT_FILE_TYPES } from '../../shared/formats';
import type { ExportLoss } from '../../shared/formats/losses';
import { dialogExtensions, isBilingualName, projectNameFor } from '../../shared/formats/file-types';
import { checkSources, cleanStaleTemps, clearRecovery, loadProject, readRecovery, recordSource, saveProject, writeRecovery, type LoadResult } from './project-io';

/** The file-system operations the handlers need (node:fs/promises satisfies it). */
export interface HandlerFs {
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface OpenDialog {
  /** Shows an open-file dialog; resolves to the chosen path or null. */
  openFile(options: { title: string; filters?: Array<{ name: string; extensions: string[] }> }): Promise<string | null>;
  /** Shows a save dialog; resolves to the chosen path or null. */
  saveFile(options: { title: string; defaultName: string; filters?: Array<{ name: string; extensions: string[] }> }): Promise<string | null>;
}

/** Renders one aligned pair of a project in an export format (electron/services/export.ts). */
/** Renders an export; `uiLang` is the interface language the export speaks. */
export type Exporter = (project: Project, pair: number, format: ExportFormat, scope: ExportScope, uiLang?: UiLang, onLoss?: (loss: ExportLoss) => void) => Promise<Uint8Array>;

/** What an importer makes of a file's bytes (electron/services/import). */
export type ImportOutcome =
  | { ok: true; text: string; encoding: string; format: string; uncertain?: boolean }
  | Refused;

export type Importer = (file: { name: string; bytes: Uint8Array }) => Promise<ImportOutcome> | ImportOutcome;

export interface HandlerDeps {
  fs: HandlerFs;
  importer: Importer;
  /** Absent where no native dialog exists (the browser bridge: the page uses its own picker). */
  dialog?: OpenDialog;
  /** Where recent files and settings are kept. */
  dataDir: string;
  /** The app's resources folder (samples, lexicon). */
  resourcesDir: string;
  app: AppInfo;
  /** Translates a menu/dialog string in the current UI language. */
  t?: (key: string) => string;
  onUiLanguage?: (lang: UiLang) => void;
  /** Reveals a file in the system's file manager (desktop). */
  showItemInFolder?: (file: string) => void;
  exporter: Exporter;
  now?: () => Date;
}

/**
 * Why a file could not be written: a target that is not a regular file (a device, a pipe, a
 * folder) is named as such; anything else is a write failure.
 */
function writeFailure(file: string, err: unknown) {
  const name = path.basename(file);
  if (err instanceof WriteTargetError && err.problem === 'not-regular') return fail('not-regular', 'limits.notRegularFile', err.message, { name });
  return fail('write-failed', 'errors.writeFailed', `${name} could not be written: ${(err as Error).message}`, { name });
}

const RECENT_FILE = 'recent.json';
const RECENT_PROJECTS = 'recent-projects.json';
const PROJECT_FILTERS = [
  { name: 'Selaras', extensions: ['selaras'] },
  { name: 'TMX / XLIFF', extensions: dialogExtensions('bilingual') },
];

/** An aligned TMX or XLIFF file as a new (unsaved) project. */
export async function bilingualProject(name: string, bytes: Uint8Array): Promise<Result<OpenedProject>> {
  const imported = await importBilingualFile({ name, bytes });
  if (!imported.ok) return fail(imported.code, imported.messageKey, imported.message ?? `${name}: ${imported.code}`, imported.params);
  const notRead = imported.dropped && Object.keys(imported.dropped).length ? { notRead: { file: name, elements: imported.dropped } } : {};
  const notices = imported.notices?.length ? { notices: imported.notices } : {};
  return { ok: true, value: { name: projectNameFor(name), from: name, project: projectFromBilingual(imported, name), sourceChanges: [], ...notRead, ...notices } };
}
/** File extension of each export format, without the dot. */
const exportExt = (format: ExportFormat) => EXPORT_FILE_TYPES[format].ext.slice(1);


/** The base name for files made from a project name (`story.selaras` → `story`). */
const baseName = (name: string) => safeFileName(name.replace(/\.selaras$/i, ''));

/** The recovery slot of the work done while the copy found at start is still offered. */
const ASIDE_RECOVERY = 'aside';

/** A file name without directories or characters file systems refuse. */
export function safeFileName(name: string, fallback = 'untitled'): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim().slice(0, 120);
  return base || fallback;
}
const MAX_RECENT = 10;
export const SAMPLE_FILES = ['sample.id.txt', 'sample.en.txt', 'sample.id-b.txt'];

function errorCode(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const t = deps.t ?? ((key: string) => key);
  /** The interface language, as the renderer last said (exports speak it). */
  let uiLang: UiLang | undefined;

  async function decode(name: string, bytes: Uint8Array, filePath?: string): Promise<Result<OpenedText>> {
    if (bytes.byteLength > MAX_TEXT_BYTES) return textTooLarge(name);
    let outcome: ImportOutcome;
    try {
      outcome = await deps.importer({ name, bytes });
    } catch (err) {
      return fail('unreadable', 'errors.unreadable', `${name} could not be read: ${(err as Error).message}`, { name });
    }
    if (!outcome.ok) {
      return fail(outcome.code, outcome.messageKey, outcome.message ?? `${name}: ${outcome.code}`, { name, ...outcome.params });
    }
    return {
      ok: true,
      value: {
        name,
        ...(filePath ? { path: filePath } : {}),
        text: outcome.text,
        lang: detectLang(outcome.text),
        ...otherLangOf(outcome.text),
        encoding: outcome.encoding,
        ...(outcome.uncertain ? { uncertainEncoding: true } : {}),
        format: outcome.format,
        bytes: bytes.byteLength,
      },
    };
  }

  /** Paths the user chose in a dialog, opened or saved: the only ones a save may overwrite. */
  const granted = new Set<string>();
  /** Text files this session opened: the only source paths whose content a save records. */
  const openedSources = new Set<string>();
  const projectsDir = path.join(deps.dataDir, 'projects');
  const exportsDir = path.join(deps.dataDir, 'exports');

  async function readRecent(listName = RECENT_FILE): Promise<RecentFile[]> {
    try {
      const raw = new TextDecoder().decode(await deps.fs.readFile(path.join(deps.dataDir, listName)));
      const list: unknown = JSON.parse(raw);
      if (!Array.isArray(list)) return [];
      return list.filter(
        (r): r is RecentFile =>
          !!r && typeof r.name === 'string' && typeof r.path === 'string' && typeof r.openedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  async function remember(file: string, listName = RECENT_FILE): Promise<void> {
    const list = (await readRecent(listName)).filter((r) => r.path !== file);
    list.unshift({ name: path.basename(file), path: file, openedAt: now().toISOString() });
    try {
      await deps.fs.mkdir(deps.dataDir, { recursive: true });
      await deps.fs.writeFile(path.join(deps.dataDir, listName), JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
    } catch {
      // A read-only profile must not stop a file from opening.
    }
  }

  /** Reads a file the user chose, refusing what is not an ordinary file or is over 50 MB. */
  async function readChosen(file: string): Promise<Result<Uint8Array>> {
    const name = path.basename(file);
    try {
      const info = await deps.fs.stat(file);
      if (!info.isFile()) return fail('unreadable', 'errors.unreadable', `${name} is not a file`, { name });
      if (info.size > MAX_TEXT_BYTES) return textTooLarge(name);
      return { ok: true, value: await deps.fs.readFile(file) };
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return fail('not-found', 'errors.notFound', `${name} was not found`, { name });
      return fail('unreadable', 'errors.unreadable', `${name} could not be read`, { name });
    }
  }

  async function openPath(file: string): Promise<Result<OpenedText>> {
    const read = await readChosen(file);
    if (!read.ok) return read;
    const result = await decode(path.basename(file), read.value, file);
    if (result.ok) {
      openedSources.add(file);
      await remember(file);
    }
    return result;
  }

  function opened(result: LoadResult, name: string, file: string | undefined, extra: Partial<OpenedProject> = {}): Promise<Result<OpenedProject>> | Result<OpenedProject> {
    if (!result.ok) return { ok: false, error: result.error };
    const value: OpenedProject = {
      name,
      ...(file ? { path: file } : {}),
      project: result.project,
      sourceChanges: [],
      ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
      // (the workbench shows that pair when the project has it)
      ...(result.doc.view ? { pair: result.doc.view.pair } : {}),
      ...extra,
    };
    return checkSources(result.doc)
      .catch(() => [])
      .then((changes) => ({ ok: true as const, value: { ...value, sourceChanges: changes } }));
  }

  async function openProjectPath(file: string): Promise<Result<OpenedProject>> {
    // A save killed half-way leaves a temporary file beside the project: tidy it away.
    await cleanStaleTemps(file).catch(() => 0);
    const result = await loadProject(file);
    if (result.ok) {
      granted.add(file);
      await remember(file, RECENT_PROJECTS);
    }
    return opened(result, path.basename(file), file);
  }

  /** Validates a project's JSON before anything is written. */
  function validProject(json: string, name: string): Result<Project> {
    const parsed = parseProject(json, { name });
    return parsed.ok ? { ok: true, value: parsed.project } : { ok: false, error: parsed.error };
  }

  /**
   * A path in `dir` for `fileName` that does not exist yet (`name (2).ext`, …): never overwrite silently. A name that
   * is numbered already (a project opened from `news (2).xlf`) counts on: `news (3).xlf`, not `news (2) (2).xlf`.
   */
  async function freshPath(dir: string, fileName: string): Promise<string> {
    const ext = path.extname(fileName);
    const stem = fileName.slice(0, fileName.length - ext.length);
    const numbered = /^(.+) \((\d{1,4})\)$/.exec(stem);
    const base = numbered ? numbered[1] : stem;
    for (let n = numbered ? Number(numbered[2]) : 1; n < 10_000; n++) {
      const candidate = path.join(dir, n === 1 ? fileName : `${base} (${n})${ext}`);
      try {
        await deps.fs.stat(candidate);
      } catch {
        return candidate;
      }
    }
    throw new Error('no free file name');
  }

  function isInside(dir: string, file: string): boolean {
    const rel = path.relative(dir, file);
    return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  return {
    async appInfo() {
      return deps.app;
    },
    async openTextFile({ slot }) {
      if (!deps.dialog) return { ok: true, value: null };
      const file = await deps.dialog.openFile({ title: t(slot === 'a' ? 'menu.openA' : 'menu.openB') });
      if (!file) return { ok: true, value: null };
      return openPath(file);
    },
    async readDroppedFile({ name, bytes }) {
      return decode(path.basename(name), bytes);
    },
    async readTermbase({ name, bytes }) {
      return readTermbaseBytes(path.basename(name), bytes);
    },
    async openRecent({ path: file }) {
      const known = await readRecent();
      if (!known.some((r) => r.path === file)) {
        return fail('invalid-request', 'errors.invalidRequest', 'not a recent file');
      }
      return openPath(file);
    },
    async listRecent() {
      return readRecent();
    },
    async loadSample() {
      const versions: OpenedText[] = [];
      for (const name of SAMPLE_FILES) {
        const file = path.join(deps.resourcesDir, 'samples', name);
        let bytes: Uint8Array;
        try {
          bytes = await deps.fs.readFile(file);
        } catch {
          return fail('not-found', 'errors.notFound', `${name} was not found`, { name });
        }
        const result = await decode(name, bytes);
        if (!result.ok) return result;
        versions.push(result.value);
      }
      return { ok: true, value: { versions } };
    },
    async setUiLanguage({ lang }) {
      uiLang = lang;
      deps.onUiLanguage?.(lang);
      return null;
    },
    async openProject() {
      if (!deps.dialog) return { ok: true, value: null };
      const file = await deps.dialog.openFile({ title: t('menu.openProject'), filters: PROJECT_FILTERS });
      if (!file) return { ok: true, value: null };
      if (isBilingualName(file)) {
        const read = await readChosen(file);
        return read.ok ? bilingualProject(path.basename(file), read.value) : read;
      }
      return openProjectPath(file);
    },
    async openProjectBytes({ name, bytes }) {
      if (isBilingualName(name)) return bilingualProject(path.basename(name), bytes);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return fail('malformed', 'errors.project.malformed', `${name} is not a Selaras project`, { name });
      }
      const parsed = parseProject(text, { name: path.basename(name) });
      if (!parsed.ok) return { ok: false, error: parsed.error };
      return { ok: true, value: { name: path.basename(name), project: parsed.project, sourceChanges: [] } };
    },
    async openRecentProject({ path: file }) {
      const known = await readRecent(RECENT_PROJECTS);
      if (!known.some((r) => r.path === file)) return fail('invalid-request', 'errors.invalidRequest', 'not a recent project');
      return openProjectPath(file);
    },
    async listRecentProjects() {
      return readRecent(RECENT_PROJECTS);
    },
    async saveProject({ json, name, path: wanted }) {
      const parsed = parseProject(json, { name });
      if (!parsed.ok) return { ok: false, error: parsed.error };
      let file = wanted;
      if (file && !granted.has(file) && !isInside(projectsDir, file)) {
        return fail('invalid-request', 'errors.invalidRequest', 'that file was not chosen by the user');
      }
      if (!file) {
        const fileName = `${baseName(name)}.selaras`;
        if (deps.dialog) {
          const chosen = await deps.dialog.saveFile({ title: t('menu.saveAs'), defaultName: fileName, filters: PROJECT_FILTERS });
          if (!chosen) return { ok: true, value: null };
          file = chosen;
        } else {
          await deps.fs.mkdir(projectsDir, { recursive: true });
          file = await freshPath(projectsDir, fileName);
        }
      }
      try {
        const sources = await Promise.all(
          parsed.project.versions
            .filter((v) => v.sourcePath && openedSources.has(v.sourcePath))
            .map((v) => recordSource(v.id, v.sourcePath!).catch(() => null)),
        );
        // (with the pair the workbench shows, to show it again when the project is reopened)
        // (the app that made the project, as the page says it: the file records the version that saved it)
        await saveProject(file, parsed.project, { app: parsed.doc.app, sources: sources.filter((s) => s !== null), ...(parsed.doc.view ? { view: parsed.doc.view } : {}) });
      } catch (err) {
        return writeFailure(file, err);
      }
      granted.add(file);
      await remember(file, RECENT_PROJECTS);
      return { ok: true, value: { path: file, name: path.basename(file) } };
    },
    async writeRecovery({ json, projectPath, name, aside }) {
      const valid = validProject(json, 'recovery');
      if (!valid.ok) return valid;
      try {
        await deps.fs.mkdir(deps.dataDir, { recursive: true });
        // (work done while the copy found at start is offered goes beside it, never over it)
        await writeRecovery(deps.dataDir, valid.value, { ...(projectPath && granted.has(projectPath) ? { projectPath } : {}), ...(name ? { name } : {}), ...(aside ? { key: ASIDE_RECOVERY } : {}) });
      } catch (err) {
        return fail('write-failed', 'errors.writeFailed', `recovery copy could not be written: ${(err as Error).message}`, { name: 'recovery' });
      }
      return { ok: true, value: null };
    },
    async readRecovery() {
      // the copy found at start, else the work done while one was offered (the app closed before it was taken up)
      const result = (await readRecovery(deps.dataDir)) ?? (await readRecovery(deps.dataDir, ASIDE_RECOVERY));
      if (!result) return { ok: true, value: null };
      // The file the work belongs to may be saved to again (it was the user's choice before).
      const projectPath = result.ok ? result.doc.recovery?.projectPath : undefined;
      if (projectPath) granted.add(projectPath);
      // (named as it was: by its file, else by the name the work had, else by none)
      return opened(result, (result.ok ? result.doc.recovery?.name : undefined) ?? '', projectPath, { recovered: true });
    },
    async clearRecovery() {
      await clearRecovery(deps.dataDir).catch(() => undefined);
      await clearRecovery(deps.dataDir, ASIDE_RECOVERY).catch(() => undefined);
      return null;
    },
    async exportProject({ json, pair, format, scope, name, uiLang: lang }) {
      const valid = validProject(json, name);
      if (!valid.ok) return valid;
      if (pair >= valid.value.alignments.length) return fail('invalid-request', 'errors.invalidRequest', 'no such pair');
      let bytes: Uint8Array;
      // (what only the export's rows show it leaves out, said with the result: see scopeLosses)
      const losses: ExportLoss[] = [];
      try {
        bytes = await deps.exporter(valid.value, pair, format, scope, lang ?? uiLang, (loss) => losses.push(loss));
      } catch (err) {
        return fail('export-failed', 'errors.exportFailed', `export failed: ${(err as Error).message}`, { format });
      }
      const fileName = `${baseName(name)}.${exportExt(format)}`;
      let file: string;
      if (deps.dialog) {
        const chosen = await deps.dialog.saveFile({ title: t('export.title'), defaultName: fileName, filters: [{ name: format.toUpperCase(), extensions: [exportExt(format)] }] });
        if (!chosen) return { ok: true, value: null };
        file = chosen;
      } else {
        await deps.fs.mkdir(exportsDir, { recursive: true });
        file = await freshPath(exportsDir, fileName);
      }
      try {
        await writeFileAtomic(file, bytes);
      } catch (err) {
        return writeFailure(file, err);
      }
      granted.add(file);
      return { ok: true, value: { path: file, name: path.basename(file), ...(deps.dialog ? {} : { bytes }), ...(losses.length ? { losses } : {}) } };
    },
    async showInFolder({ path: file }) {
      if (granted.has(file)) deps.showItemInFolder?.(file);
      return null;
    },
  };
}
