/** A project reopens on the aligned pair it was saved with (three versions: not always the first pair). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './helpers';

describe('reopening a project of three versions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openApp();
  }, 60_000);
  afterAll(async () => h?.close());

  it('shows the pair it was saved with', async () => {
    const page = h.page;
    await page.getByTestId('ui-lang').selectOption('en');
    await page.getByTestId('load-sample').click();
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    const first = await page.getByTestId('choose-b').inputValue();
    const other = await page.getByTestId('choose-b').locator('option').evaluateAll((o, f) => o.map((x) => (x as HTMLOptionElement).value).find((v) => v !== f), first);
    await page.getByTestId('choose-b').selectOption(other!);
    await expect.poll(() => page.getByTestId('choose-b').inputValue()).toBe(other);
    const chosen = await page.getByTestId('choose-b').inputValue();
    // an export holds the pair shown: the dialog says which version it leaves out before anything is written
    await page.getByTestId('export').click();
    await expect.poll(() => page.getByTestId('export-losses').innerText()).toMatch(/export holds one pair, .* ↔ .*: .* not written/);
    await page.getByTestId('export-format').selectOption('html');
    await expect.poll(() => page.getByTestId('export-losses').innerText()).toContain('HTML export holds one pair');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/^Saved .*\.selaras\.$/);
    // the project saved is in the recent list at once, without a reload
    const saved = /^Saved (.*)\.$/.exec(await page.getByTestId('notice').innerText())![1];
    await expect.poll(() => page.getByTestId('recent').locator('option').allInnerTexts()).toContainEqual(expect.stringContaining(saved.replace(/\.selaras$/, '')));
    await page.reload();
    await page.getByTestId('recent').waitFor({ timeout: 30_000 });
    const recent = await page.getByTestId('recent').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('recent').selectOption(recent!);
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('choose-b').inputValue(), { timeout: 20_000 }).toBe(chosen);
    expect(await page.getByTestId('dirty').count()).toBe(0);
    expect(h.consoleErrors).toEqual([]);
  }, 90_000);
});
