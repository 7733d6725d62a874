import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CSP } from '../../electron/security';
import { openApp, paneText, resultsDir, root, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await openApp();
});
afterAll(async () => {
  await h?.close();
});

const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('walking skeleton in Chromium', () => {
  it('the built index.html carries the strict CSP', () => {
    const html = readFileSync(path.join(root, 'dist/renderer/index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
    expect(meta?.[1]).toBe(CSP);
    expect(meta?.[1]).not.toContain('unsafe-eval');
  });

  it('opens the built-in sample in both Monaco panes', async () => {
    const { page } = h;
    await page.locator('[data-testid=pane-a] .view-lines').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid=pane-b] .view-lines').waitFor({ timeout: 20_000 });
    const firstLine = (file: string) => readFileSync(path.join(root, 'resources/samples', file), 'utf8').split('\n')[0].trim();
    await expect.poll(async () => norm(await paneText(page, 'a')), { timeout: 10_000 }).toContain(firstLine('sample.id.txt'));
    await expect.poll(async () => norm(await paneText(page, 'b'))).toContain(firstLine('sample.en.txt'));
    expect(await page.getByTestId('lang-a').innerText()).toBe('ID');
    expect(await page.getByTestId('lang-b').innerText()).toBe('EN');
    expect(await page.getByTestId('name-a').innerText()).toBe('sample.id.txt');
  });

  it('opens a file into pane B through the UI', async () => {
    const { page } = h;
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-b').click();
    await (await chooser).setFiles(path.join(root, 'tests/fixtures/e2e/harbour.en.txt'));
    await expect.poll(() => page.getByTestId('name-b').innerText()).toBe('harbour.en.txt');
    await expect.poll(async () => norm(await paneText(page, 'b'))).toContain('Harbour Crane Upgrade Finished Ahead of Schedule');
    expect(await page.getByTestId('lang-b').innerText()).toBe('EN');
  });

  it('refuses a binary file with a clear message and keeps both panes', async () => {
    const { page } = h;
    const before = await paneText(page, 'a');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-a').click();
    await (await chooser).setFiles(path.join(root, 'tests/fixtures/e2e/not-text.bin'));
    await expect.poll(() => page.getByTestId('error').innerText()).toContain('not-text.bin');
    expect(await page.getByTestId('error').innerText()).toContain('is not a text file');
    expect(await page.getByTestId('name-a').innerText()).toBe('sample.id.txt');
    // The error banner takes some height, so fewer lines may be visible: compare the top of the pane.
    expect((await paneText(page, 'a')).slice(0, 200)).toBe(before.slice(0, 200));
    expect(await page.getByTestId('name-b').innerText()).toBe('harbour.en.txt');
  });

  it('switches the UI to Indonesian and remembers the choice', async () => {
    const { page } = h;
    await page.getByTestId('ui-lang').selectOption('id');
    await expect.poll(() => page.getByTestId('open-a').innerText()).toBe('Buka A…');
    expect(await page.getByTestId('error').innerText()).toContain('bukan berkas teks');
    await page.screenshot({ path: path.join(resultsDir, 'skeleton-id.png') });
    await page.reload();
    await expect.poll(() => page.getByTestId('open-b').innerText(), { timeout: 10_000 }).toBe('Buka B…');
    await page.getByTestId('ui-lang').selectOption('en');
    await expect.poll(() => page.getByTestId('open-a').innerText()).toBe('Open A…');
  });

  it('made no request off the machine, no console error and no CSP violation', async () => {
    await h.page.screenshot({ path: path.join(resultsDir, 'skeleton.png') });
    expect(h.offHost).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(h.cspViolations).toEqual([]);
  });
});
