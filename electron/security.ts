/**
 * Security settings of the desktop shell, in a plain module (no `electron` import) so that
 * tests can assert them and the Vite build, the app:// protocol and the browser bridge share them.
 */

/** The custom scheme and host the renderer is served from in Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'selaras';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Content-Security-Policy of the renderer. Monaco needs inline styles; nothing needs eval.
 * Workers are bundled files (Vite `?worker`), so `worker-src 'self'` suffices.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** The policy for a `<meta http-equiv>` tag (frame-ancestors is not allowed there). */
export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/** The policy sent as an HTTP header (app:// protocol and browser bridge). */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

/** webPreferences of the main window. */
export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Selaras',
    backgroundColor: '#1e1e1e',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } as const;
}

/** Only https links leave the app, and only through the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** True when an IPC message comes from our own top-level page. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
