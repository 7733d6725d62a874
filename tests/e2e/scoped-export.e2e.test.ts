import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridActions, openApp, type Harness } from './helpers';

/**
 * An export of some rows only (rows with mismatches), with a verdict on a row it leaves out: the dialog says so before
 * the file is written, the notice after, and the reopened file keeps the verdict detached, never on another figure.
 */
describe('an export of the rows with mismatches', () => {
  let h: Harness;
  const g = gridActions(() => h.page);
  beforeAll(async () => {
    h = await openApp();
    await h.page.getByTestId('ui-lang').selectOption('en');
  }, 60_000);
  afterAll(async () => h?.close());
  it('says what it leaves detached, and the reopened file keeps that verdict off the other rows', async () => {
    const page = h.page;
    await g.paste('a', 'truk.id.txt', 'Sebanyak 40 truk dikirim ke lokasi bencana. Sebanyak 70 relawan ikut membantu warga. Jembatan sepanjang 80 kilometer itu putus.');
    await g.paste('b', 'trucks.en.txt', 'As many as 45 trucks were sent to the disaster site. As many as 75 volunteers helped residents. The 80-kilometre (50-mile) bridge collapsed.');
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-mismatches').click();
    await expect.poll(() => page.getByTestId('mismatch-item').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const item = page.getByTestId('mismatch-item').first();
    await item.click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Trucks checked with the agency.');
    await page.getByTestId('verdict-false-alarm').click();
    await g.shot('scoped-export-verdict');
    await g.exportDialog('xliff', 'mismatches');
    await expect.poll(() => page.getByTestId('export-losses').innerText()).toContain('leaves out');
    await g.shot('scoped-export-dialog');
    const saved = await g.exportGo();
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 10_000 }).toContain('leaves out');
    await g.shot('scoped-export-notice');
    // reopen the export
    await g.reopen(saved);
    await expect.poll(() => g.rowCount(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('tab-mismatches').click();
    // the volunteers' mismatch is open, not dismissed by the trucks' verdict
    await expect.poll(() => page.getByTestId('mismatch-item').allInnerTexts()).toEqual([expect.stringContaining('70 relawan')]);
    expect(await page.getByTestId('mismatch-item').first().innerText()).not.toContain('False alarm');
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('Trucks checked with the agency.');
    await g.shot('scoped-export-reopened');
  }, 120_000);
});
