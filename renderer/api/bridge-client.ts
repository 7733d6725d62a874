/**
 * The browser edition's implementation of the typed API: the same calls, sent to the loopback
 * bridge with the per-run token. Files are picked with the browser's own file picker.
 */
import { BODY_HEADER, MAX_TEXT_BYTES, PARAMS_HEADER, TOKEN_HEADER, textTooLarge, type Channel, type Req, type Res, type SelarasApi } from '../../shared/api';
import { decodeWire, encodeWire } from '../../shared/wire';
import i18next from 'i18next';
import { acceptList } from '../../shared/formats/file-types';

/** A request's big field (`bytes` or `json`) travels as the raw body; the rest in PARAMS_HEADER. */
const RAW_JSON_MIN = 64 * 1024;

/** Splits a request into a raw body and small parameters, so big files are not base64-encoded. */
export function rawBody(req: unknown): { body: BodyInit; field: 'bytes' | 'json'; params: Record<string, unknown> } | null {
  if (!req || typeof req !== 'object') return null;
  const { bytes, json, ...rest } = req as { bytes?: unknown; json?: unknown };
  if (bytes instanceof Uint8Array) return { body: bytes as BufferSource, field: 'bytes', params: json === undefined ? rest : { ...rest, json } };
  if (typeof json === 'string' && json.length >= RAW_JSON_MIN) return { body: json, field: 'json', params: rest };
  return null;
}

/** A call the local server answered with an error status (403: the page has no valid token). */
export class BridgeStatusError extends Error {
  constructor(
    readonly channel: string,
    readonly status: number,
  ) {
    super(`bridge: ${channel} answered ${status}`);
  }
}

/** Reads the token from the page URL's fragment (`#token=…`) and keeps it for reloads of this tab. */
export function readToken(location: Location, storage: Storage): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem('selaras.token', fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem('selaras.token') ?? '';
}

export const TEXT_FILES = `${acceptList('text', 'markdown', 'html', 'docx')},text/plain`;
export const PROJECT_FILES = `${acceptList('project', 'bilingual')},application/json`;

/** Lets the user pick one file with the browser's picker; resolves to null when cancelled. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    input.click();
  });
}

type SavePicker = (options: { suggestedName: string; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<{
  name: string;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}>;

/**
 * Asks where to save a project that has no place yet: the browser's save picker where it exists
 * (the file is written there too), else a prompt for the name. Null when the user cancels.
 */
export async function askSaveName(suggested: string, json: string): Promise<string | null> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    try {
      const handle = await picker({ suggestedName: suggested, types: [{ description: 'Selaras', accept: { 'application/json': ['.selaras'] } }] });
      const out = await handle.createWritable();
      await out.write(json);
      await out.close();
      return handle.name;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return null;
      // No picker allowed here (an embedded or a headless page): ask for the name instead.
    }
  }
  const name = window.prompt(i18next.t('workbench.savePrompt'), suggested);
  return name && name.trim() ? name.trim() : null;
}

export function createBridgeClient(token: string, base = ''): SelarasApi {
  /**
   * One call to the bridge. `file`, when given, is sent as the raw `bytes` body in place of
   * `req.bytes`: the browser streams a picked file itself, where a byte array is first copied on
   * the page's thread (tens of milliseconds a megabyte, in which nothing is drawn).
   */
  async function call<K extends Channel>(name: K, req: Req<K>, file?: Blob): Promise<Res<K>> {
    const found = rawBody(req);
    const raw = found && file && found.field === 'bytes' ? { ...found, body: file } : found;
    const response = await fetch(`${base}/api/${name}`, {
      method: 'POST',
      headers: raw
        ? {
            'Content-Type': raw.field === 'bytes' ? 'application/octet-stream' : 'text/plain;charset=utf-8',
            [TOKEN_HEADER]: token,
            [BODY_HEADER]: raw.field,
            [PARAMS_HEADER]: encodeURIComponent(JSON.stringify(raw.params)),
          }
        : { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: raw ? raw.body : encodeWire(req ?? null),
    });
    if (!response.ok) throw new BridgeStatusError(name, response.status);
    return decodeWire(await response.text()) as Res<K>;
  }
  return {
    appInfo: (req) => call('appInfo', req),
    async openTextFile() {
      const file = await pickFile(TEXT_FILES);
      if (!file) return { ok: true, value: null };
      // (one too large is said here, translated: the bridge would only refuse the request)
      if (file.size > MAX_TEXT_BYTES) return textTooLarge(file.name);
      return call('readDroppedFile', { name: file.name, bytes: new Uint8Array(0) }, file);
    },
    readDroppedFile: (req) => (req.bytes.byteLength > MAX_TEXT_BYTES ? Promise.resolve(textTooLarge(req.name)) : call('readDroppedFile', req)),
    openRecent: (req) => call('openRecent', req),
    listRecent: (req) => call('listRecent', req),
    loadSample: (req) => call('loadSample', req),
    setUiLanguage: (req) => call('setUiLanguage', req),
    // No native dialog in a browser: the page picks project files itself (openProjectBytes).
    openProject: async () => ({ ok: true, value: null }),
    openProjectBytes: (req) => call('openProjectBytes', req),
    openRecentProject: (req) => call('openRecentProject', req),
    listRecentProjects: (req) => call('listRecentProjects', req),
    // A project saved before goes back to its file; otherwise the user names it (see askSaveName).
    async saveProject(req) {
      if (req.path) return call('saveProject', req);
      const name = await askSaveName(req.name, req.json);
      return name === null ? { ok: true, value: null } : call('saveProject', { ...req, name });
    },
    writeRecovery: (req) => call('writeRecovery', req),
    readRecovery: (req) => call('readRecovery', req),
    clearRecovery: (req) => call('clearRecovery', req),
    exportProject: (req) => call('exportProject', req),
    showInFolder: (req) => call('showInFolder', req),
    readTermbase: (req) => call('readTermbase', req),
    onMenu: () => () => {},
  };
}
