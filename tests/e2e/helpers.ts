/**
 * End-to-end harness: the browser edition (real handler table behind the loopback bridge)
 * opened in headless Chromium (Debian's, or the one an npm package ships: see browser.ts) through playwright-core. It records every request that
 * leaves 127.0.0.1, every console error and every CSP violation, so tests can assert none.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWeb } from '../../electron/services/web';
import type { Bridge } from '../../electron/services/bridge';
import { findBrowser } from './browser';

export const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const resultsDir = path.join(root, 'test-results');

export interface Harness {
  bridge: Bridge;
  /** The web edition's data folder (recent list, recovery copy). */
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests to anything but 127.0.0.1 (or data:/blob:). */
  offHost: string[];
  consoleErrors: string[];
  cspViolations: string[];
  close(): Promise<void>;
}

export async function openApp(options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first (npm run test:e2e does)');
  }
  mkdirSync(resultsDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'selaras-e2e-'));
  const bridge = await startWeb({ root, port: 0, dataDir, version: 'e2e' });
  const { executablePath, args } = await findBrowser();
  const browser = await chromium.launch({ executablePath, args });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') offHost.push(request.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  // Leaving a page with unsaved work asks first; the tests always leave.
  page.on('dialog', (dialog) => void (dialog.type() === 'prompt' ? dialog.accept(dialog.defaultValue()) : dialog.accept()));
  // Headless Chromium has the File System Access save picker but no one to answer it: saves
  // use the name prompt instead (accepted above with the suggested name).
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  });
  // tsx/esbuild may wrap functions passed to page.evaluate in a `__name` helper the page lacks.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.exposeFunction('__selarasCspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __selarasCspViolation(t: string): void }).__selarasCspViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(bridge.openUrl);
  return {
    bridge,
    dataDir,
    browser,
    context,
    page,
    offHost,
    consoleErrors,
    cspViolations,
    async close() {
      await browser.close();
      await bridge.close();
    },
  };
}

/** The visible text of the Monaco editor in a pane. */
export async function paneText(page: Page, slot: 'a' | 'b'): Promise<string> {
  return page.locator(`[data-testid=pane-${slot}] .view-lines`).innerText();
}

/**
 * The grid and screenshot actions the workbench flows share. `get` returns the page the suite
 * opened (set in its beforeAll), so the actions can be made at module level.
 */
export function gridActions(get: () => Page) {
  return {
    shot: (name: string) => get().screenshot({ path: path.join(resultsDir, `${name}.png`) }),
    rowText: (i: number) => get().locator(`[data-testid=grid] [data-row="${i}"]`).innerText(),
    rowCount: async () => Number((await get().getByTestId('grid').getAttribute('aria-rowcount')) ?? 0),
    /** The rendered rows (the grid is virtual), by row number, without the row number itself. */
    rendered: (): Promise<Record<number, string>> =>
      get()
        .locator('[data-testid=grid] [data-row]')
        .evaluateAll((els) => Object.fromEntries(els.map((e) => [Number(e.getAttribute('data-row')), (e as HTMLElement).innerText.replace(/^\d+\n/, '')]))),
    /** Pastes a text as version A or B through the Paste dialog. */
    async paste(target: 'a' | 'b', name: string, text: string) {
      const page = get();
      await page.getByTestId('paste').click();
      await page.getByTestId('paste-target').selectOption(target);
      await page.getByTestId('paste-name').fill(name);
      await page.getByTestId('paste-text').fill(text);
      await page.getByTestId('paste-go').click();
    },
    async focusGrid(row: number, side: 'a' | 'b' = 'a') {
      await get().locator(`[data-testid=grid] [data-row="${row}"] [role=gridcell]`).nth(side === 'a' ? 1 : 2).click();
    },
    /** Opens the export dialog with a format (and scope) chosen, for the caller to look at before `exportGo`. */
    async exportDialog(format: string, scope?: string) {
      const page = get();
      await page.getByTestId('export').click();
      await page.getByTestId('export-format').selectOption(format);
      if (scope) await page.getByTestId('export-scope').selectOption(scope);
    },
    /** Exports from the open dialog and saves the download in a new temporary folder: its path. */
    async exportGo(): Promise<string> {
      const page = get();
      const download = page.waitForEvent('download');
      await page.getByTestId('export-go').click();
      const file = await download;
      const saved = path.join(mkdtempSync(path.join(os.tmpdir(), 'selaras-e2e-export-')), file.suggestedFilename());
      await file.saveAs(saved);
      await page.keyboard.press('Escape');
      return saved;
    },
    /** Opens a file as a project (Open…). */
    async reopen(file: string) {
      const page = get();
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open-project').click();
      await (await chooser).setFiles(file);
    },
  };
}
