import { describe, expect, it } from 'vitest';
import { CSP, CSP_DIRECTIVES, CSP_HEADER, DENIED_NAVIGATION_EVENTS, EXTERNAL_LINKS, isAllowedExternalUrl, isTrustedSenderUrl, mainWindowOptions } from '../../electron/security';
import { buildMenu } from '../../electron/menu';
import { translate } from '../../shared/i18n';

describe('BrowserWindow options', () => {
  const prefs = mainWindowOptions('/x/preload.cjs').webPreferences;
  it('isolates the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
});

describe('Content-Security-Policy', () => {
  it('is strict: no eval, no remote origins, inline styles only for Monaco', () => {
    expect(CSP).not.toMatch(/unsafe-eval/);
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['default-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
    expect(CSP).not.toMatch(/https?:|\*/);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });
});

describe('navigation and IPC guards', () => {
  it('only https links the app itself shows leave it (an allowlist, not any https host)', () => {
    expect(EXTERNAL_LINKS.every((link) => new URL(link).protocol === 'https:')).toBe(true);
    expect(isAllowedExternalUrl('https://example.org/')).toBe(false);
    const shown = ['https://www.w3.org/TR/its20/'];
    expect(isAllowedExternalUrl('https://www.w3.org/TR/its20/', shown)).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.W3.ORG/TR/its20/', shown)).toBe(true);
    expect(isAllowedExternalUrl('https://www.w3.org/TR/its20/?x=1', shown)).toBe(false);
    expect(isAllowedExternalUrl('https://evil@www.w3.org/TR/its20/', shown)).toBe(false);
    expect(isAllowedExternalUrl('https://www.w3.org.evil.example/TR/its20/', shown)).toBe(false);
    expect(isAllowedExternalUrl('http://www.w3.org/TR/its20/', ['http://www.w3.org/TR/its20/'])).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', shown)).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)', shown)).toBe(false);
    expect(isAllowedExternalUrl('not a url', shown)).toBe(false);
  });
  it('denies navigation of the page and of every frame in it', () => {
    expect(DENIED_NAVIGATION_EVENTS).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
  });
  it('IPC is accepted only from our app:// origin', () => {
    expect(isTrustedSenderUrl('app://selaras/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://selaras/index.html')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('application menu', () => {
  it('has File (open A, open B, quit), View and Help → About, translated', () => {
    const en = buildMenu((k) => translate('en', k), { devTools: false });
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = en[0].submenu!.filter((i) => i.label).map((i) => i.label);
    expect(file).toEqual(expect.arrayContaining(['Open version A…', 'Open version B…', 'Quit']));
    expect(file[file.length - 1]).toBe('Quit');
    expect(en[3].submenu!.find((i) => i.action === 'about')).toMatchObject({ label: 'About Selaras' });
    const id = buildMenu((k) => translate('id', k), { devTools: false });
    expect(id.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(id[0].submenu!.map((i) => i.label)).toContain('Buka versi A…');
    // every label is translated: none is a raw key
    const labels = (items: typeof en): string[] => items.flatMap((i) => [i.label ?? '', ...(i.submenu ? labels(i.submenu) : [])]);
    for (const label of [...labels(en), ...labels(id)]) expect(label).not.toMatch(/^menu\./);
  });
});
