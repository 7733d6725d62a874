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

describe('a figure is never wrapped in two in the text panes', () => {
  /** Visual lines of a pane that end inside a figure ("2." then "340 rumah" on the next line). */
  const brokenFigures = (slot: 'a' | 'b') =>
    page.locator(`[data-testid=pane-${slot}] .view-line`).evaluateAll((els) => {
      const lines = els.map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })).sort((x, y) => x.top - y.top);
      const out: string[] = [];
      for (let i = 1; i < lines.length; i++) if (/\d[.,/]$/.test(lines[i - 1].text) && /^\d/.test(lines[i].text)) out.push(`${lines[i - 1].text.slice(-10)}⏎${lines[i].text.slice(0, 10)}`);
      return out;
    });
  const visualLines = (slot: 'a' | 'b') => page.locator(`[data-testid=pane-${slot}] .view-line`).evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ')));

  it('at 1440×900 and at 1024×768, digit groups and dates stay on one line', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      await page.getByTestId('load-sample').click();
      await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toContain('sample');
      await page.locator('[data-testid=pane-a] .view-line').first().waitFor();
      // Read every visual line of both texts, scrolling each pane down a little at a time.
      const broken: string[] = [];
      const seen = new Set<string>();
      for (const slot of ['a', 'b'] as const) {
        const box = (await page.getByTestId(`pane-${slot}`).boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        for (let step = 0; step < 30; step++) {
          broken.push(...(await brokenFigures(slot)));
          for (const line of await visualLines(slot)) seen.add(line);
          await page.mouse.wheel(0, 120);
          await page.waitForTimeout(50);
        }
      }
      // The sample's lines wrap near figures at both widths ("2.340", "1.036", "14.30" in A; "1,036" in B).
      expect([...seen].some((l) => l.includes('2.340'))).toBe(true);
      expect([...seen].some((l) => l.includes('1,036'))).toBe(true);
      expect([...new Set(broken)]).toEqual([]);
      await shot(`figures-whole-${viewport.width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

describe('at 1024×768 the annotation editor is in view', () => {
  /** True when the element's centre is on screen and the element itself is what is there (not clipped or covered). */
  const reachable = (testId: string) =>
    page.getByTestId(testId).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const inside = r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      const hit = document.elementFromPoint(x, y);
      return inside && !!hit && (hit === el || el.contains(hit));
    });

  it('selecting the first of a long list of mismatches shows verdict, category and note without scrolling the page', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('load-sample').click();
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toContain('sample');
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-mismatches').click();
    // All mismatches, the weaker findings unfolded: the longest list the sample gives.
    await page.getByTestId('filter-verdict').selectOption('all');
    if (await page.getByTestId('review-fold').count()) await page.getByTestId('review-fold').click();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate').waitFor();
    await shot('annotate-1024x768');
    for (const id of ['verdict-confirmed', 'verdict-false-alarm', 'annotate-category', 'annotate-severity', 'annotate-note']) expect(await reachable(id), id).toBe(true);
    expect(await page.evaluate(() => [window.scrollY, document.scrollingElement!.scrollHeight <= window.innerHeight])).toEqual([0, true]);
    // The last one too (the list scrolls on its own; the editor stays put).
    await page.getByTestId('mismatch-item').last().click();
    for (const id of ['verdict-confirmed', 'annotate-note']) expect(await reachable(id), id).toBe(true);
    await page.getByTestId('annotate-note').fill('Dicek di 1024×768.');
    await page.getByTestId('verdict-confirmed').click();
    await expect.poll(() => page.getByTestId('mismatch-item').last().innerText()).toContain('Confirmed error');
    await shot('annotate-1024x768-last');
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

it('made no console error', () => {
  expect(h.consoleErrors).toEqual([]);
});
