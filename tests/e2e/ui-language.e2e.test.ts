/** Switching the interface language keeps what the user set up: the mismatch filters, the unfolded reviews, the selection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Harness } from './helpers';

describe('switching the interface language', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openApp();
  }, 60_000);
  afterAll(async () => h?.close());

  it('keeps the mismatch filters and the list they give, in the other language', async () => {
    const page = h.page;
    await page.getByTestId('ui-lang').selectOption('en');
    await page.getByTestId('load-sample').click();
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-mismatches').click();
    await page.getByTestId('filter-verdict').selectOption('all');
    await page.getByTestId('filter-status').selectOption('all');
    const kinds = await page.getByTestId('filter-kind').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const kind = kinds.find((k) => k !== 'all')!;
    await page.getByTestId('filter-kind').selectOption(kind);
    if (await page.getByTestId('review-fold').count()) await page.getByTestId('review-fold').click();
    await page.getByTestId('mismatch-item').first().click();
    const items = await page.getByTestId('mismatch-item').count();
    const tab = await page.getByTestId('tab-mismatches').innerText();
    await page.getByTestId('ui-lang').selectOption('id');
    await expect.poll(() => page.getByTestId('tab-mismatches').innerText()).not.toBe(tab);
    expect(await page.getByTestId('filter-verdict').inputValue()).toBe('all');
    expect(await page.getByTestId('filter-status').inputValue()).toBe('all');
    expect(await page.getByTestId('filter-kind').inputValue()).toBe(kind);
    expect(await page.getByTestId('mismatch-item').count()).toBe(items);
    expect(await page.locator('[data-testid=mismatch-item].is-selected').count()).toBe(1);
    await page.getByTestId('ui-lang').selectOption('en');
    await expect.poll(() => page.getByTestId('tab-mismatches').innerText()).toBe(tab);
    expect(await page.getByTestId('filter-kind').inputValue()).toBe(kind);
    expect(h.consoleErrors).toEqual([]);
  }, 90_000);
});
