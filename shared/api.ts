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

export const UI_LANGS = ['en', 'id'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Which pane a file goes to. */
export type Slot = 'a' | 'b';

/** The largest text file we open (bytes). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

/** A failure the UI can translate: `messageKey` is an i18next key, `message` its English text. */
export interface ApiError {
  code: string;
  messageKey: string;
  params: Record<string, string | number>;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface OpenedText {
  /** File name without directories. */
  name: string;
  /** Absolute path on disk (desktop only; absent for dropped or browser-picked files). */
  path?: string;
  text: string;
  lang: Lang;
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

/** The built-in sample story: an Indonesian original, its English translation and a republication. */
export interface SampleSet {
  versions: OpenedText[];
}

/** Menu commands the main process forwards to the renderer. */
export const MENU_ACTIONS = ['open-a', 'open-b', 'about'] as const;
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

/** Builds a translated-error result. */
export function fail(code: string, messageKey: string, message: string, params: Record<string, string | number> = {}): {
  ok: false;
  error: ApiError;
} {
  return { ok: false, error: { code, messageKey, params, message } };
}
