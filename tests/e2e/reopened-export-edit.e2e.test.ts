import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridActions, openApp, type Harness } from './helpers';

/**
 * A TMX export of a story in paragraphs, reopened and edited in one sentence: every row stays as it was (the empty
 * lines between paragraphs were once lost, and every unit holding one with them), and a verdict stays on its figure.
 */
describe('a reopened TMX export, edited', () => {
  let h: Harness;
  const g = gridActions(() => h.page);
  beforeAll(async () => {
    h = await openApp();
    await h.page.getByTestId('ui-lang').selectOption('en');
  }, 60_000);
  afterAll(async () => h?.close());
  it('keeps its rows and its verdict through an edit of one sentence', async () => {
    const page = h.page;
    await g.paste('a', 'banjir.id.txt', 'Banjir melanda tiga desa.\n\nSebanyak 40 truk dikirim ke lokasi. Sebanyak 70 relawan ikut membantu.\n\nKerugian ditaksir Rp 12 miliar.');
    await g.paste('b', 'flood.en.txt', 'Floods hit four villages.\n\nSome 40 trucks were sent to the site. Some 70 volunteers helped.\n\nLosses were put at Rp 12 billion.');
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-mismatches').click();
    await expect.poll(() => page.getByTestId('mismatch-item').count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('verdict-false-alarm').click();
    await g.exportDialog('tmx');
    await g.reopen(await g.exportGo());
    const counts = () => page.getByTestId('status-counts').innerText();
    await expect.poll(counts, { timeout: 30_000 }).toMatch(/^1 mismatch.*1 dismissed/);
    const rows = await g.rowCount();
    expect(rows).toBeGreaterThanOrEqual(4);
    await g.shot('reopened-export-before-edit');
    await page.getByTestId('edit-a').click();
    await page.locator('[data-testid=pane-a] .view-line').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' kemarin');
    await page.getByTestId('edit-a').click();
    await expect.poll(() => page.getByTestId('pane-a').innerText(), { timeout: 20_000 }).toContain('kemarin');
    await expect.poll(async () => !(await page.getByTestId('status').innerText()).includes('Working'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => g.rowCount(), { timeout: 20_000 }).toBe(rows);
    await expect.poll(counts).toMatch(/^1 mismatch.*1 dismissed/);
    await g.shot('reopened-export-after-edit');
  }, 120_000);
});
