/**
 * The user's rows and the review at a small window, in Chromium: a text edit keeps the rows the
 * user confirmed or locked (through a save and a reopen), counts speak in plurals, and at
 * 1024×768 the annotation editor of a selected mismatch is in view without scrolling the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gridActions, openApp, root, type Harness } from './helpers';

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

const { shot, rowText, focusGrid } = gridActions(() => page);
/** The rendered rows (the grid is virtual), by row number, without the row number itself. */
const rendered = () =>
  page.locator('[data-testid=grid] [data-row]').evaluateAll((els) => Object.fromEntries(els.map((e) => [Number(e.getAttribute('data-row')), (e as HTMLElement).innerText.replace(/^\d+\n/, '')])));
/** The rendered rows whose status is `status`, without their row numbers. */
const rowsWith = async (status: string) => Object.values(await rendered()).filter((t) => t.includes(status));

describe('a text edit keeps confirmed and locked rows', () => {
  it('confirm + lock, edit A before them, the rows stay; save, reopen, still there', async () => {
    await focusGrid(1, 'a');
    await page.keyboard.press('c');
    await expect.poll(() => rowText(1)).toContain('confirmed');
    await focusGrid(2, 'a');
    await page.keyboard.press('l');
    await expect.poll(() => rowText(2)).toContain('locked');
    const confirmed = (await rowText(1)).replace(/^\d+\n/, '');
    const locked = (await rowText(2)).replace(/^\d+\n/, '');
    // Edit A: a new paragraph at the very start (every sentence of A moves one index down).
    await page.getByTestId('edit-a').click();
    await page.locator('[data-testid=pane-a] .view-line').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Kabar terkini dari lapangan.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-a').click();
    await expect.poll(async () => (await rendered())[0]?.includes('Kabar terkini dari lapangan.'), { timeout: 20_000 }).toBe(true);
    // The same two rows, same sentences and statuses, one row lower or wherever the aligner put them.
    await expect.poll(() => rowsWith('confirmed'), { timeout: 20_000 }).toContain(confirmed);
    expect(await rowsWith('locked')).toEqual([locked]);
    expect(await page.getByTestId('notice').innerText()).toBe('');
    await shot('rows-kept-after-edit');

    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/^Saved .*\.selaras\.$/);
    // Start over with the plain sample, then reopen the saved project.
    await page.getByTestId('load-sample').click();
    await expect.poll(() => rowsWith('locked')).toEqual([]);
    await page.reload();
    await page.getByTestId('recent').waitFor({ timeout: 30_000 });
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    const recent = await page.getByTestId('recent').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('recent').selectOption(recent!);
    await expect.poll(() => rowsWith('locked'), { timeout: 30_000 }).toEqual([locked]);
    expect(await rowsWith('confirmed')).toContain(confirmed);
    expect(Object.values(await rendered()).some((t) => t.includes('Kabar terkini dari lapangan.'))).toBe(true);
    await shot('rows-kept-after-reopen');
  });

  it('deleting the sentences of both rows releases them and says how many (a plural)', async () => {
    const original = readFileSync(path.join(root, 'resources/samples/sample.id.txt'), 'utf8');
    const paragraph = original.split('\n').find((l) => l.startsWith('PONTIANAK'))!;
    const text = `Kabar terkini dari lapangan.\n\n${original.replace(`${paragraph}\n\n`, '')}`;
    await page.getByTestId('edit-a').click();
    await page.locator('[data-testid=pane-a] .view-line').first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text);
    await page.getByTestId('edit-a').click();
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toMatch(/sentences of 2 confirmed or locked rows:/);
    await expect.poll(() => rowsWith('locked'), { timeout: 20_000 }).toEqual([]);
    expect(await rowsWith('confirmed')).toEqual([]);
    await shot('rows-released-after-delete');
  });
});

describe('counts speak in plurals', () => {
  it('one mismatch, one row: singular in English, the one form in Indonesian', async () => {
    const paste = async (target: 'a' | 'b', name: string, text: string) => {
      await page.getByTestId('paste').click();
      await page.getByTestId('paste-target').selectOption(target);
      await page.getByTestId('paste-name').fill(name);
      await page.getByTestId('paste-text').fill(text);
      await page.getByTestId('paste-go').click();
    };
    await paste('a', 'satu-a.txt', 'Sebanyak 40 relawan datang ke desa.');
    await paste('b', 'satu-b.txt', 'Sebanyak 45 relawan datang ke desa.');
    const counts = () => page.getByTestId('status-counts').innerText();
    await expect.poll(counts, { timeout: 20_000 }).toBe('1 mismatch: 1 open, 0 confirmed, 0 dismissed · 0 matches');
    expect(await page.getByTestId('status-rows').innerText()).toBe('1 row');
    await page.getByTestId('ui-lang').selectOption('id');
    await expect.poll(counts).toBe('1 ketidakcocokan: 1 terbuka, 0 dikonfirmasi, 0 diabaikan · 0 kecocokan');
    expect(await page.getByTestId('status-rows').innerText()).toBe('1 baris');
    await page.getByTestId('tab-map').click();
    await expect.poll(() => page.getByTestId('alignment-map').innerText().catch(() => '')).toContain('(1 kalimat)');
    await shot('plural-id');
    await page.getByTestId('ui-lang').selectOption('en');
    await expect.poll(() => page.getByTestId('alignment-map').innerText().catch(() => '')).toContain('(1 sentence)');
    await page.getByTestId('tab-mismatches').click();
  });
});

it('made no console error', () => {
  expect(h.consoleErrors).toEqual([]);
});
