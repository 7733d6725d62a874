/**
 * The main-process handler table: a plain object of async functions built from injected
 * dependencies. It never imports `electron`; electron/main.ts wires it to ipcMain, and
 * electron/services/bridge.ts serves it over loopback HTTP.
 */
import path from 'node:path';
import {
  fail,
  MAX_TEXT_BYTES,
  type AppInfo,
  type Handlers,
  type OpenedText,
  type RecentFile,
  type Result,
  type UiLang,
} from '../../shared/api';
import { detectLang } from '../../shared/text';

/** The file-system operations the handlers need (node:fs/promises satisfies it). */
export interface HandlerFs {
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
}

export interface OpenDialog {
  /** Shows an open-file dialog; resolves to the chosen path or null. */
  openFile(options: { title: string }): Promise<string | null>;
}

/** What an importer makes of a file's bytes (electron/services/import). */
export type ImportOutcome =
  | { ok: true; text: string; encoding: string; format: string; uncertain?: boolean }
  | { ok: false; code: string; messageKey: string; params: Record<string, string | number>; message?: string };

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
  now?: () => Date;
}

const RECENT_FILE = 'recent.json';
const MAX_RECENT = 10;
export const SAMPLE_FILES = ['sample.id.txt', 'sample.en.txt', 'sample.id-b.txt'];

function errorCode(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const t = deps.t ?? ((key: string) => key);

  async function decode(name: string, bytes: Uint8Array, filePath?: string): Promise<Result<OpenedText>> {
    if (bytes.byteLength > MAX_TEXT_BYTES) {
      return fail('too-large', 'errors.tooLarge', `${name} is larger than 50 MB`, { name, limit: 50 });
    }
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
        encoding: outcome.encoding,
        ...(outcome.uncertain ? { uncertainEncoding: true } : {}),
        format: outcome.format,
        bytes: bytes.byteLength,
      },
    };
  }

  async function readRecent(): Promise<RecentFile[]> {
    try {
      const raw = new TextDecoder().decode(await deps.fs.readFile(path.join(deps.dataDir, RECENT_FILE)));
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

  async function remember(file: string): Promise<void> {
    const list = (await readRecent()).filter((r) => r.path !== file);
    list.unshift({ name: path.basename(file), path: file, openedAt: now().toISOString() });
    try {
      await deps.fs.mkdir(deps.dataDir, { recursive: true });
      await deps.fs.writeFile(path.join(deps.dataDir, RECENT_FILE), JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
    } catch {
      // A read-only profile must not stop a file from opening.
    }
  }

  async function openPath(file: string): Promise<Result<OpenedText>> {
    const name = path.basename(file);
    try {
      const info = await deps.fs.stat(file);
      if (!info.isFile()) return fail('unreadable', 'errors.unreadable', `${name} is not a file`, { name });
      if (info.size > MAX_TEXT_BYTES) {
        return fail('too-large', 'errors.tooLarge', `${name} is larger than 50 MB`, { name, limit: 50 });
      }
      const bytes = await deps.fs.readFile(file);
      const result = await decode(name, bytes, file);
      if (result.ok) await remember(file);
      return result;
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return fail('not-found', 'errors.notFound', `${name} was not found`, { name });
      return fail('unreadable', 'errors.unreadable', `${name} could not be read`, { name });
    }
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
      deps.onUiLanguage?.(lang);
      return null;
    },
  };
}
