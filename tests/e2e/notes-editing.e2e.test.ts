/** The note field and the verdict buttons: a verdict clicked right after typing counts, and an undone note stays undone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './helpers';

describe('annotating with the note field', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openApp();
    await h.page.getByTestId('ui-lang').selectOption('en');
    await h.page.getByTestId('load-sample').click();
    await h.page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await h.page.getByTestId('tab-mismatches').click();
  }, 60_000);
  afterAll(async () => h?.close());

  it('a verdict clicked straight after typing a note is applied, and so is the note', async () => {
    const page = h.page;
    const item = page.getByTestId('mismatch-item').first();
    await item.click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Checked against the release.');
    // no pause and no blur first: the click on the verdict is what leaves the field
    await page.getByTestId('verdict-confirmed').click();
    await expect.poll(() => page.getByTestId('verdict-confirmed').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => item.innerText()).toContain('Confirmed error');
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText()).toContain('Checked against the release.');
    await page.getByTestId('tab-mismatches').click();
  });

  it('after Undo the field shows the note as it now is, and leaving it does not write the undone note back', async () => {
    const page = h.page;
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').fill('Checked against the release. Second look.');
    await page.getByTestId('annotate-category').focus();
    await expect.poll(() => page.getByTestId('annotate-note').inputValue()).toBe('Checked against the release. Second look.');
    await page.waitForTimeout(600);
    await page.getByTestId('undo').click();
    // the field shows the note the project now has (the edit undone), not the text typed before
    await expect.poll(() => page.getByTestId('annotate-note').inputValue()).not.toContain('Second look');
    const now = await page.getByTestId('annotate-note').inputValue();
    // into the field and out again: nothing changes
    await page.getByTestId('annotate-note').click();
    await page.getByTestId('annotate-category').focus();
    await page.waitForTimeout(600);
    expect(await page.getByTestId('annotate-note').inputValue()).toBe(now);
    await page.getByTestId('tab-notes').click();
    expect(await page.getByTestId('notes-panel').innerText()).not.toContain('Second look');
    expect(h.consoleErrors).toEqual([]);
  });

  it('Ctrl+Z in the category list undoes the last change to the project, and leaves the note as it is', async () => {
    const page = h.page;
    await page.getByTestId('tab-mismatches').click();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').fill('A note that stays.');
    await page.getByTestId('annotate-category').focus();
    await page.waitForTimeout(2_500);
    const before = await page.getByTestId('annotate-category').inputValue();
    const other = await page.getByTestId('annotate-category').locator('option').evaluateAll((o, v) => o.map((x) => (x as HTMLOptionElement).value).find((x) => x !== v), before);
    await page.getByTestId('annotate-category').selectOption(other!);
    await expect.poll(() => page.getByTestId('annotate-category').inputValue()).toBe(other);
    await page.getByTestId('annotate-category').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('annotate-category').inputValue()).toBe(before);
    expect(await page.getByTestId('annotate-note').inputValue()).toBe('A note that stays.');
  });

  it('a verdict whose mismatch a row edit undid says so in the Notes tab, and attaches again on Undo', async () => {
    const page = h.page;
    await page.getByTestId('load-sample').click();
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-mismatches').click();
    await page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).click();
    await page.getByTestId('verdict-confirmed').click();
    await expect.poll(() => page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).innerText()).toContain('Confirmed error');
    // an empty cell inserted in column B of the mismatch's row: its A sentence now pairs with nothing
    await page.locator('[data-testid=grid] [aria-selected=true] [role=gridcell]').nth(2).click();
    await page.keyboard.press('Insert');
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('mismatch-gone').count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('mismatch-gone').count(), { timeout: 20_000 }).toBe(0);
    expect(h.consoleErrors).toEqual([]);
  });

  it('the mismatch filters stay as set across the other tabs; a mismatch with a note shows it, also while open', async () => {
    const page = h.page;
    await page.getByTestId('tab-mismatches').click();
    const item = page.getByTestId('mismatch-item').first();
    await item.click();
    await page.getByTestId('verdict-open').click();
    await page.getByTestId('annotate-note').fill('Ask the desk.');
    await expect.poll(() => item.getByTestId('has-note').count()).toBe(1);
    await page.getByTestId('filter-verdict').selectOption('all');
    await page.getByTestId('tab-notes').click();
    await page.getByTestId('tab-mismatches').click();
    expect(await page.getByTestId('filter-verdict').inputValue()).toBe('all');
    expect(h.consoleErrors).toEqual([]);
  });
});

