/**
 * The one typed API between the renderer and the main process.
 *
 * Three transports serve the same handler table (electron/services/handlers.ts):
 * the Electron preload (ipcRenderer.invoke → ipcMain.handle), the loopback browser
 * bridge (fetch + token → electron/services/bridge.ts) and, for tests, direct calls.
 * Every request is validated against `requestSchemas` on the receiving side.
 */
import { z } from 'zod';
import type { Lang } from './text/types';
import type { Project } from './project/types';
import { MAX_TEXT_BYTES, EXPORT_FORMATS, type ExportFormat } from './limits';
import type { Refusal } from './errors';
import type { Termbase } from './termbase/types';
import type { ExportLoss } from './formats/losses';
import type { FormatNotice } from './formats/types';

export const UI_LANGS = ['en', 'id'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Which pane a file goes to. */
export type Slot = 'a' | 'b';

/** The largest text file we open (bytes); EXPORT_FORMATS: see shared/limits.ts. */
export { MAX_TEXT_BYTES, EXPORT_FORMATS, type ExportFormat };

/** A failure the UI can translate: `messageKey` is an i18next key, `message` its English text. */
export type ApiError = Refusal;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface OpenedText {
  /** File name without directories. */
  name: string;
  /** Absolute path on disk (desktop only; absent for dropped or browser-picked files). */
  path?: string;
  text: string;
  lang: Lang;
  /** The language, when the text is in neither Indonesian nor English and its words say which (`de`, `fr`: `detectOtherLang`). */
  langTag?: string;
  /** Encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
  /** Set when the encoding was guessed and the user should confirm it. */
  uncertainEncoding?: boolean;
  /** The source format (`text`, `markdown`, `html`, `docx`). */
  format: string;
  /** Size of the file in bytes. */
  bytes: number;
}

export interface RecentFile {
  name: string;
  path: string;
  openedAt: string;
}

export interface AppInfo {
  name: string;
  version: string;
  edition: 'desktop' | 'browser';
  platform: string;
}

/** A termbase file read for the user (TBX, CSV or TSV): its concepts and how many term pairs it gives. */
export interface OpenedTermbase {
  termbase: Termbase;
  /** Number of concepts with terms in two or more languages (or two columns). */
  entries: number;
}

/** The largest termbase file read (bytes). */
export const MAX_TERMBASE_BYTES = 20 * 1024 * 1024;

/** The built-in sample story: an Indonesian original, its English translation and a republication. */
export interface SampleSet {
  versions: OpenedText[];
}

/** A project file as the renderer receives it: already validated (and migrated) by the main process. */
export interface OpenedProject {
  name: string;
  /** Where it is saved (absent for a recovered, never-saved project). */
  path?: string;
  project: Project;
  /** Versions whose source file changed on disk or vanished since the project was saved. */
  sourceChanges: Array<{ versionId: string; path: string; status: 'changed' | 'missing' }>;
  /** The schema version it was migrated from, when older. */
  migratedFrom?: number;
  /** True for an autosave recovery copy. */
  recovered?: boolean;
  /** The aligned pair the workbench showed when the project was saved. */
  pair?: number;
  /**
   * The file a new project was made from when that file is not a project (a TMX or XLIFF file,
   * by its name): what the user opened, said on opening, while `name` is the project's own name.
   */
  from?: string;
  /**
   * An opened TMX/XLIFF file's elements Selaras does not read (`<alt-trans>`, `<sdl:seg-defs>`, …),
   * counted by name, with the file's name: said on opening, as the command line does.
   */
  notRead?: { file: string; elements: Record<string, number> };
  /** What the reader of an opened TMX/XLIFF file decided that the file does not say (a variant without a language read as `id`): said on opening. */
  notices?: FormatNotice[];
}

export const EXPORT_SCOPES = ['all', 'confirmed', 'mismatches'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** The largest project the renderer may send (characters of JSON). */
export const MAX_PROJECT_JSON = 220 * 1024 * 1024;

/** Menu commands the main process forwards to the renderer. */
export const MENU_ACTIONS = ['open-a', 'open-b', 'about', 'new', 'open-project', 'save', 'save-as', 'export', 'undo', 'redo', 'help'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** Request and response of every call. */
export interface ApiSpec {
  appInfo: { req: null; res: AppInfo };
  /** Shows the native open dialog; `null` when the user cancels. */
  openTextFile: { req: { slot: Slot }; res: Result<OpenedText | null> };
  /** Decodes a file the user dropped or picked in the browser. */
  readDroppedFile: { req: { name: string; bytes: Uint8Array }; res: Result<OpenedText> };
  openRecent: { req: { path: string }; res: Result<OpenedText> };
  listRecent: { req: null; res: RecentFile[] };
  loadSample: { req: null; res: Result<SampleSet> };
  /** Tells the main process the UI language (it translates the menu). */
  setUiLanguage: { req: { lang: UiLang }; res: null };
  /** Shows the native open dialog for a `.selaras` project; `null` when cancelled. */
  openProject: { req: null; res: Result<OpenedProject | null> };
  /** Reads a project file the user dropped or picked in the browser. */
  openProjectBytes: { req: { name: string; bytes: Uint8Array }; res: Result<OpenedProject> };
  openRecentProject: { req: { path: string }; res: Result<OpenedProject> };
  listRecentProjects: { req: null; res: RecentFile[] };
  /**
   * Saves a project (its JSON is validated before anything is written; the write is atomic).
   * `path` must be one the user chose or opened; without it (Save As) a dialog asks, or the
   * browser edition saves under its data folder by `name`. `null` when the user cancels.
   */
  saveProject: { req: { json: string; name: string; path?: string }; res: Result<{ path: string; name: string } | null> };
  /** Autosave of unsaved changes; the next start offers to restore it. */
  /**
   * `projectPath`: the file the unsaved work belongs to, so that a restore can save back there. `name`: the project's
   * name, given back with it (a project never saved has no file to be named by). `aside`: the work done while the
   * recovery copy found at start is still offered, kept apart from that copy (so it is not lost).
   */
  writeRecovery: { req: { json: string; projectPath?: string; name?: string; aside?: boolean }; res: Result<null> };
  readRecovery: { req: null; res: Result<OpenedProject | null> };
  clearRecovery: { req: null; res: null };
  /**
   * Exports one aligned pair of a project. Desktop: a save dialog asks where; the browser edition
   * saves under its data folder and also returns the bytes so the page can offer a download.
   */
  exportProject: {
    /** `uiLang`: the language the export speaks (headers, labels, values, explanations). */
    req: { json: string; pair: number; format: ExportFormat; scope: ExportScope; name: string; uiLang?: UiLang };
    /** `losses`: what only the export's rows show it leaves out (`formats2.loss.*`, see shared/formats/losses `scopeLosses`). */
    res: Result<{ path: string; name: string; bytes?: Uint8Array; losses?: ExportLoss[] } | null>;
  };
  /** Reveals an exported or saved file in the system's file manager (desktop only). */
  showInFolder: { req: { path: string }; res: null };
  /** Reads a termbase the user picked or dropped (TBX, or two-column CSV/TSV). */
  readTermbase: { req: { name: string; bytes: Uint8Array }; res: Result<OpenedTermbase> };
}

export type Channel = keyof ApiSpec;
export type Req<K extends Channel> = ApiSpec[K]['req'];
export type Res<K extends Channel> = ApiSpec[K]['res'];

/** The API as the renderer sees it on `window.selaras`. */
export type SelarasApi = { [K in Channel]: (req: Req<K>) => Promise<Res<K>> } & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
};

/** The handler table behind every transport. */
export type Handlers = { [K in Channel]: (req: Req<K>) => Promise<Res<K>> };

const noArgs = z.null();

/** Validators for every request payload. */
export const requestSchemas: { [K in Channel]: z.ZodType<Req<K>> } = {
  appInfo: noArgs,
  openTextFile: z.object({ slot: z.enum(['a', 'b']) }).strict(),
  readDroppedFile: z
    .object({
      name: z.string().min(1).max(1024),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_TEXT_BYTES * 1.01, 'too large'),
    })
    .strict(),
  openRecent: z.object({ path: z.string().min(1).max(4096) }).strict(),
  listRecent: noArgs,
  loadSample: noArgs,
  setUiLanguage: z.object({ lang: z.enum(UI_LANGS) }).strict(),
  openProject: noArgs,
  openProjectBytes: z
    .object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PROJECT_JSON, 'too large') })
    .strict(),
  openRecentProject: z.object({ path: z.string().min(1).max(4096) }).strict(),
  listRecentProjects: noArgs,
  saveProject: z
    .object({ json: z.string().max(MAX_PROJECT_JSON), name: z.string().min(1).max(255), path: z.string().min(1).max(4096).optional() })
    .strict(),
  writeRecovery: z.object({ json: z.string().max(MAX_PROJECT_JSON), projectPath: z.string().min(1).max(4096).optional(), name: z.string().min(1).max(255).optional(), aside: z.boolean().optional() }).strict(),
  readRecovery: noArgs,
  clearRecovery: noArgs,
  exportProject: z
    .object({
      json: z.string().max(MAX_PROJECT_JSON),
      pair: z.number().int().min(0).max(1000),
      format: z.enum(EXPORT_FORMATS),
      scope: z.enum(EXPORT_SCOPES),
      name: z.string().min(1).max(255),
      uiLang: z.enum(UI_LANGS).optional(),
    })
    .strict(),
  showInFolder: z.object({ path: z.string().min(1).max(4096) }).strict(),
  readTermbase: z
    .object({
      name: z.string().min(1).max(1024),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_TERMBASE_BYTES, 'too large'),
    })
    .strict(),
};

export const CHANNELS = Object.keys(requestSchemas) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

/** The IPC channel name used by the preload and ipcMain. */
export function ipcChannel(name: Channel): string {
  return `selaras:${name}`;
}

export const MENU_EVENT = 'selaras:menu';

/** Browser bridge headers: the per-run token, and (for big fields sent as raw bodies) which field and the other parameters. */
export const TOKEN_HEADER = 'x-selaras-token';
export const BODY_HEADER = 'x-selaras-body';
export const PARAMS_HEADER = 'x-selaras-params';

/** Builds a translated-error result. */
export function fail(code: string, messageKey: string, message: string, params: Record<string, string | number> = {}): {
  ok: false;
  error: ApiError;
} {
  return { ok: false, error: { code, messageKey, params, message } };
}

/** The error of a text file larger than {@link MAX_TEXT_BYTES} (said by the page before sending it, and by the handlers). */
export function textTooLarge(name: string): { ok: false; error: ApiError } {
  return fail('too-large', 'errors.tooLarge', `${name} is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB`, { name, limit: MAX_TEXT_BYTES / 1024 / 1024 });
}
