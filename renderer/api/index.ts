import type { ApiError, Channel, SelarasApi } from '../../shared/api';
import { BridgeStatusError, createBridgeClient, readToken } from './bridge-client';

declare global {
  interface Window {
    /** Provided by the Electron preload; absent in the browser edition. */
    selaras?: SelarasApi;
  }
}

let api: SelarasApi | null = null;

/** The browser bridge's address and token (null in Electron), for workers that call it directly. */
export function bridgeEndpoint(): { base: string; token: string } | null {
  if (window.selaras) return null;
  return { base: window.location.origin, token: readToken(window.location, window.sessionStorage) };
}

/** Calls that answer with a Result: a transport failure becomes a failed Result the UI shows. */
const RESULT_CALLS = new Set<Channel>([
  'openTextFile',
  'readDroppedFile',
  'openRecent',
  'loadSample',
  'openProject',
  'openProjectBytes',
  'openRecentProject',
  'saveProject',
  'writeRecovery',
  'readRecovery',
  'exportProject',
  'readTermbase',
]);
/** Calls whose failure only loses a convenience: they answer with this instead. */
const FALLBACKS: Partial<Record<Channel, unknown>> = { listRecent: [], listRecentProjects: [], clearRecovery: null, setUiLanguage: null, showInFolder: null };

function transportError(err: unknown): { ok: false; error: ApiError } {
  const message = err instanceof Error ? err.message : String(err);
  // (the browser edition opened at its address without the token the server printed: said so, in words)
  if (err instanceof BridgeStatusError && err.status === 403) return { ok: false, error: { code: 'transport', messageKey: 'errors.webToken', params: {}, message } };
  return { ok: false, error: { code: 'transport', messageKey: 'errors.unknown', params: { message }, message } };
}

/** Wraps a transport so that no call rejects: failures arrive as data the UI can translate. */
export function safeApi(raw: SelarasApi): SelarasApi {
  const wrapped: Record<string, unknown> = { onMenu: raw.onMenu.bind(raw) };
  for (const [name, fn] of Object.entries(raw)) {
    if (name === 'onMenu') continue;
    const channel = name as Channel;
    wrapped[name] = (req: unknown) =>
      (fn as (r: unknown) => Promise<unknown>)(req).catch((err: unknown) => {
        if (RESULT_CALLS.has(channel)) return transportError(err);
        if (channel in FALLBACKS) return FALLBACKS[channel];
        throw err;
      });
  }
  return wrapped as SelarasApi;
}

/** The one API the renderer talks to: the preload's in Electron, the bridge client in a browser. */
export function getApi(): SelarasApi {
  if (!api) api = safeApi(window.selaras ?? createBridgeClient(readToken(window.location, window.sessionStorage)));
  return api;
}
