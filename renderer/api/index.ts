import type { SelarasApi } from '../../shared/api';
import { createBridgeClient, readToken } from './bridge-client';

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

/** The one API the renderer talks to: the preload's in Electron, the bridge client in a browser. */
export function getApi(): SelarasApi {
  if (!api) api = window.selaras ?? createBridgeClient(readToken(window.location, window.sessionStorage));
  return api;
}
