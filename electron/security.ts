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

/**
 * The links the app itself shows, the only ones that may leave it (through the system browser).
 * The app shows none today; a link added to the UI is added here too. Any other URL a page
 * might try to open, even https on a well-known host, stays closed.
 */
export const EXTERNAL_LINKS: readonly string[] = [];

/** True when `url` is an https link the app itself shows (compared in normalised form). */
export function isAllowedExternalUrl(url: string, allowed: readonly string[] = EXTERNAL_LINKS): boolean {
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.username || u.password) return false;
    href = u.href;
  } catch {
    return false;
  }
  return allowed.some((link) => {
    try {
      return new URL(link).href === href;
    } catch {
      return false;
    }
  });
}

/**
 * Navigation events denied in every web contents: the renderer is one page and never
 * navigates, neither its top frame (`will-navigate`, `will-redirect`) nor any frame inside it
 * (`will-frame-navigate`), nor attaches a webview.
 */
export const DENIED_NAVIGATION_EVENTS = ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'] as const;

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
