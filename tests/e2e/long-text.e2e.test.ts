/**
 * A long text (issue 14) in Chromium: it goes into its Monaco pane a slice per frame, the pane
 * says so and cannot be edited until the whole text is in; then an edit at its very end keeps
 * every character of it, through a save.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseProject } from '../../shared/project/schema';
import { gridActions, openApp, type Harness } from './helpers';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await openApp({ viewport: { width: 1440, height: 900 } });
  page = h.page;
  await page.getByTestId('grid').waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await h?.close();
});

const { shot, rendered } = gridActions(() => page);
const N = 2500;
/** About 300,000 characters a side: over the pane's wrap limit, five slices. */
const id = Array.from({ length: N }, (_, i) => `Pada hari ke-${i + 1}, sebanyak ${(i * 37) % 9000 + 100} warga desa nomor ${i % 97} menerima bantuan beras dan minyak goreng senilai Rp ${i % 90 + 1} juta.`).join('\n\n');
const en = Array.from({ length: N }, (_, i) => `On day ${i + 1}, ${(i * 37) % 9000 + 100} residents of village number ${i % 97} received rice and cooking oil worth Rp ${i % 90 + 1} million.`).join('\n\n');

describe('a long text', () => {
  it('loads into its pane a slice at a time, read-only until it is all in; an edit at its end keeps every character', async () => {
    expect(id.length).toBeGreaterThan(250_000);
    await page.getByTestId('new').click();
    // Watch pane A from now on: was it ever marked loading, with Edit disabled at that moment?
    await page.evaluate(() => {
      const w = window as unknown as { __sawLoading: boolean };
      w.__sawLoading = false;
      const look = () => {
        const label = document.querySelector('[data-testid=loading-a]');
        const edit = document.querySelector('[data-testid=edit-a]') as HTMLButtonElement | null;
        if (label && edit?.disabled && document.querySelector('[data-testid=pane-a]')?.getAttribute('aria-busy') === 'true') w.__sawLoading = true;
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'selaras-long-'));
    writeFileSync(path.join(dir, 'panjang.id.txt'), id);
    writeFileSync(path.join(dir, 'long.en.txt'), en);
    for (const [slot, file] of [['a', 'panjang.id.txt'], ['b', 'long.en.txt']] as const) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`open-${slot}`).click();
      await (await chooser).setFiles(path.join(dir, file));
      await page.getByTestId(`name-${slot}`).filter({ hasText: file }).waitFor({ timeout: 30_000 });
    }
    await page.getByTestId('loading-a').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByTestId('loading-b').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __sawLoading: boolean }).__sawLoading)).toBe(true);
    expect(await page.getByTestId('pane-a').getAttribute('aria-busy')).toBe('false');
    await expect.poll(async () => Number(await page.getByTestId('grid').getAttribute('aria-rowcount')), { timeout: 120_000 }).toBeGreaterThanOrEqual(N * 0.9);
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 120_000 });
    await shot('long-text-loaded');

    // Edit A at the very end of the book.
    await page.getByTestId('edit-a').click();
    // (typed only once the pane's editor has the focus and takes input: keys typed before would go to the grid)
    const editing = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return !!el?.closest('[data-testid=pane-a] .monaco-editor');
      });
    await expect
      .poll(async () => {
        if (!(await editing())) await page.locator('[data-testid=pane-a] .view-line').first().click();
        return editing();
      }, { timeout: 60_000 })
      .toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tambahan 42 orang.');
    await page.getByTestId('edit-a').click();
    // (scrolled to the end at every look: the rows change under the scroll while the pair is analysed again)
    const atEnd = async () => {
      await page.getByTestId('grid-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
      return Object.values(await rendered()).some((t) => t.includes('Tambahan 42 orang.'));
    };
    await expect.poll(atEnd, { timeout: 120_000 }).toBe(true);
    await page.getByTestId('progress').waitFor({ state: 'detached', timeout: 120_000 });

    // Saved: version A is the whole book with the addition, nothing lost or moved.
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('where').innerText(), { timeout: 30_000 }).toMatch(/\.selaras$/);
    const where = (await page.getByTestId('where').innerText()).replace(/^\S+ \S+ /, '');
    const saved = parseProject(readFileSync(where, 'utf8'));
    if (!saved.ok) throw new Error(saved.error.message);
    const { versions } = saved.project;
    expect(versions.find((v) => v.name === 'panjang.id.txt')?.text).toBe(`${id} Tambahan 42 orang.`);
    expect(versions.find((v) => v.name === 'long.en.txt')?.text).toBe(en);
    await shot('long-text-edited');
    // Two alignments of 2,500 sentences: slow on a busy machine.
  }, 240_000);

  it('made no console error', () => {
    expect(h.consoleErrors).toEqual([]);
  });
});
