/**
 * The user's work is never lost or detached (issue 11), in Chromium: verdicts survive a text
 * edit, re-aligning keeps confirmed rows, a merge in comparable mode touches only its rows, a
 * note being typed survives a reload, and opening one's own texts leaves nothing of the sample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

const { shot, rowText, rowCount, focusGrid } = gridActions(() => page);
const counts = () => page.getByTestId('status-counts').innerText();
async function freshSample() {
  await page.getByTestId('load-sample').click();
  await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toContain('sample');
  await page.getByTestId('grid').waitFor({ timeout: 30_000 });
}

describe('the user’s work stays attached', () => {
  it('edit after annotate: verdicts and notes follow their figures', async () => {
    await page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).click();
    await page.getByTestId('verdict-confirmed').click();
    const other = page.getByTestId('mismatch-item').filter({ hasNotText: '12,000' }).first();
    const otherText = (await other.innerText()).split('\n')[0];
    await other.click();
    await page.getByTestId('annotate-note').fill('Dicek: angka lama.');
    await page.getByTestId('verdict-false-alarm').click();
    await expect.poll(counts).toMatch(/1 confirmed, 1 dismissed/);
    const before = await counts();
    // Edit A: type at the very start, leave Edit.
    await page.getByTestId('edit-a').click();
    await page.locator('[data-testid=pane-a] .view-line').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('TEST 99 ');
    await page.getByTestId('edit-a').click();
    // The new "99" is one more open mismatch; the two reviewed ones keep their verdicts.
    await expect.poll(async () => (await counts()) !== before && /^[1-9]/.test(await counts()), { timeout: 20_000 }).toBe(true);
    expect(await counts()).toMatch(/1 confirmed, 1 dismissed/);
    await expect.poll(() => page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).innerText()).toContain('Confirmed error');
    await page.getByTestId('tab-notes').click();
    expect(await page.getByTestId('note-item').count()).toBe(2);
    expect(await page.getByTestId('figure-removed').count()).toBe(0);
    expect(await page.getByTestId('notes-panel').innerText()).toContain('Dicek: angka lama.');
    await shot('kept-edit-after-annotate');
    expect(otherText.length).toBeGreaterThan(0);
    await page.getByTestId('tab-mismatches').click();
  });

  it('re-align after confirm keeps the confirmed and the locked row', async () => {
    await freshSample();
    await focusGrid(1, 'a');
    await page.keyboard.press('c');
    await expect.poll(() => rowText(1)).toContain('confirmed');
    await focusGrid(2, 'a');
    await page.keyboard.press('l');
    await expect.poll(() => rowText(2)).toContain('locked');
    const [one, two] = [await rowText(1), await rowText(2)];
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe('Re-aligned.');
    expect(await rowText(1)).toBe(one);
    expect(await rowText(2)).toBe(two);
    await shot('kept-realign');
  });

  it('merge in comparable mode changes only the rows it touches', async () => {
    await freshSample();
    await page.getByTestId('mode').selectOption('comparable');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe('Re-aligned.');
    const n = await rowCount();
    /** The rendered rows (the grid is virtual), by row number, without the row number itself. */
    const rendered = () =>
      page.locator('[data-testid=grid] [data-row]').evaluateAll((els) => Object.fromEntries(els.map((e) => [Number(e.getAttribute('data-row')), (e as HTMLElement).innerText.replace(/^\d+\n/, '')])));
    const before = await rendered();
    await focusGrid(3, 'b');
    await page.getByTestId('grid-merge').click();
    await expect.poll(() => rowText(3)).not.toContain(before[3]);
    const after = await rendered();
    for (let i = 0; i < 3; i++) expect(after[i]).toBe(before[i]);
    // Rows below the two merged ones are the same rows (one up when the lower row emptied).
    const shift = (await rowCount()) === n ? 0 : 1;
    for (const k of Object.keys(before).map(Number).filter((i) => i >= 5 && after[i - shift] !== undefined)) expect(after[k - shift]).toBe(before[k]);
    expect(await page.getByTestId('mode').inputValue()).toBe('comparable');
    await shot('kept-merge-comparable');
  });

  it('a note being typed survives a reload (autosave, then the recovery offer)', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan yang belum selesai');
    // No blur: the note is applied while typing and the recovery copy follows (debounced).
    await page.waitForTimeout(2_500);
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan yang belum selesai');
    expect(await page.getByTestId('notice').innerText()).toBe('Restored the unsaved work from last time.');
    await shot('kept-note-reload');
    await page.getByTestId('tab-mismatches').click();
  });

  it('opening your own texts over the sample leaves nothing of the sample', async () => {
    await freshSample();
    const paste = async (target: 'a' | 'b', name: string, text: string) => {
      await page.getByTestId('paste').click();
      await page.getByTestId('paste-target').selectOption(target);
      await page.getByTestId('paste-name').fill(name);
      await page.getByTestId('paste-text').fill(text);
      await page.getByTestId('paste-go').click();
    };
    await paste('a', 'punyaku-a.txt', 'Sebanyak 40 relawan datang ke desa. Mereka membawa 12 perahu karet.');
    await paste('b', 'punyaku-b.txt', 'Sebanyak 45 relawan datang ke desa. Mereka membawa 12 perahu karet.');
    await expect.poll(() => page.getByTestId('name-b').innerText(), { timeout: 20_000 }).toBe('punyaku-b.txt');
    expect(await page.getByTestId('name-a').innerText()).toBe('punyaku-a.txt');
    expect(await page.getByTestId('choose-b').count()).toBe(0);
    await page.getByTestId('tab-ledger').click();
    await expect.poll(() => page.getByTestId('ledger').innerText().catch(() => ''), { timeout: 10_000 }).not.toContain('sample.');
    await page.getByTestId('tab-mismatches').click();
    await expect.poll(counts, { timeout: 20_000 }).toMatch(/^1 mismatch:/);
    await shot('kept-open-over-sample');
  });

  it('save asks for a name and the status bar says where the project is saved', async () => {
    const asked: string[] = [];
    const record = (d: { type(): string; defaultValue(): string }) => void (d.type() === 'prompt' && asked.push(d.defaultValue()));
    page.on('dialog', record);
    expect(await page.getByTestId('where').innerText()).toBe('Not saved yet');
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('where').innerText()).toMatch(/^Saved in .*projects.*punyaku-a.*\.selaras$/);
    expect(asked).toEqual(['punyaku-a.selaras']);
    // A second save goes back to the same file without asking.
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/^Saved /);
    expect(asked).toHaveLength(1);
    page.off('dialog', record);
  });

  it('made no console error', () => {
    expect(h.consoleErrors).toEqual([]);
  });
});
