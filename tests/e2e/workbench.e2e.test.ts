import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { gridActions, openApp, type Harness } from './helpers';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await openApp();
  page = h.page;
  await page.getByTestId('grid').waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  await h?.close();
});

const { shot, rowText, rowCount, focusGrid } = gridActions(() => page);
/** The TMX file exported by the flow below, opened again at its end. */
let exportedTmx = '';

describe('workbench flows in Chromium', () => {
  it('shows the planted drifts of the sample highlighted in both panes and listed', async () => {
    const kinds = await page.getByTestId('mismatch-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const gold = JSON.parse(readFileSync(path.join(__dirname, '../../resources/samples/sample.gold.json'), 'utf8')) as {
      pairs: Array<{ b: string; drifts: Array<{ kind: string }> }>;
    };
    const planted = gold.pairs.find((p) => p.b === 'sample.en.txt')!.drifts.map((d) => d.kind);
    expect(kinds.sort()).toEqual([...planted].sort());
    // Monaco draws only the lines in view: show the first mismatch's sentence in both panes.
    await page.getByTestId('mismatch-item').first().click();
    await expect.poll(() => page.locator('[data-testid=pane-a] .fig--mismatch').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid=pane-b] .fig--mismatch').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=pane-a] .fig--match').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('status-counts').innerText()).toContain(`${planted.length} mismatches`);
    await shot('workbench-sample');
  });

  it('clicking a mismatch selects its row and reveals it; the hover explains it', async () => {
    const item = page.getByTestId('mismatch-item').filter({ hasText: '12,000' });
    await item.click();
    await expect.poll(async () => (await page.locator('[data-testid=grid] [aria-selected=true]').innerText()).includes('10.000')).toBe(true);
    const mark = page.locator('[data-testid=pane-b] .fig--mismatch').filter({ hasText: '12,000' }).first();
    await mark.hover();
    await expect.poll(() => page.locator('.monaco-hover').first().innerText(), { timeout: 10_000 }).toContain('different values');
  });

  it('annotates a mismatch as a confirmed error and keeps it after save and reopen', async () => {
    await page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).click();
    await page.getByTestId('verdict-confirmed').click();
    await page.getByTestId('annotate-note').fill('Checked against the agency release: 10,000.');
    await page.getByTestId('annotate-category').focus();
    await expect.poll(() => page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).innerText()).toContain('Confirmed error');
    expect(await page.getByTestId('dirty').count()).toBe(1);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/^Saved .*\.selaras\.$/);
    expect(await page.getByTestId('dirty').count()).toBe(0);
    // Start over with the plain sample, then reopen the saved project.
    await page.getByTestId('load-sample').click();
    await expect.poll(() => page.getByTestId('mismatch-item').filter({ hasText: 'Confirmed error' }).count()).toBe(0);
    await page.reload();
    await page.getByTestId('recent').waitFor({ timeout: 30_000 });
    await page.getByTestId('grid').waitFor({ timeout: 30_000 });
    const recent = await page.getByTestId('recent').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('recent').selectOption(recent!);
    await expect.poll(() => page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).innerText(), { timeout: 30_000 }).toContain('Confirmed error');
    await page.getByTestId('mismatch-item').filter({ hasText: '12,000' }).click();
    expect(await page.getByTestId('annotate-note').inputValue()).toBe('Checked against the agency release: 10,000.');
    await shot('workbench-annotated');
  });

  it('merges and splits a bead with the keyboard, then undoes and redoes', async () => {
    const before = await rowCount();
    const row1 = await rowText(1);
    await focusGrid(1, 'a');
    await page.keyboard.press('m');
    await expect.poll(rowText.bind(null, 1)).not.toBe(row1);
    const merged = await rowText(1);
    expect(merged).toContain('confirmed');
    await page.keyboard.press('s');
    await expect.poll(rowText.bind(null, 1)).not.toBe(merged);
    await page.keyboard.press('Control+z');
    await expect.poll(rowText.bind(null, 1)).toBe(merged);
    await page.keyboard.press('Control+z');
    await expect.poll(rowText.bind(null, 1)).toBe(row1);
    expect(await rowCount()).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(rowText.bind(null, 1)).toBe(merged);
    await page.keyboard.press('Control+z');
    await expect.poll(rowText.bind(null, 1)).toBe(row1);
    await shot('workbench-grid');
  });

  it('steps through mismatches and gives a verdict with N and A while the grid has focus (they did nothing there)', async () => {
    await focusGrid(1, 'a');
    await page.keyboard.press('n');
    const selected = page.locator('[data-testid=mismatch-item][aria-selected=true]');
    await expect.poll(() => selected.count()).toBe(1);
    const first = await selected.getAttribute('id');
    // (the focus stays in the grid)
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=grid], [data-testid=grid-focus]'))).toBe(true);
    await page.keyboard.press('n');
    await expect.poll(() => selected.getAttribute('id')).not.toBe(first);
    await page.keyboard.press('a');
    await expect.poll(() => selected.innerText()).toContain('Acceptable');
    await page.keyboard.press('o');
    await expect.poll(() => selected.innerText()).not.toContain('Acceptable');
  });

  it('locks a bead and re-aligns the rest around it', async () => {
    await focusGrid(2, 'a');
    await page.keyboard.press('l');
    await expect.poll(() => rowText(2)).toContain('locked');
    const locked = await rowText(2);
    // Break the alignment below, then re-align: the locked row survives and the rest is repaired.
    await focusGrid(5, 'b');
    await page.keyboard.press('Alt+ArrowDown');
    const broken = await rowText(5);
    // A hand edit confirms the rows it touched, and re-aligning keeps confirmed rows: unconfirm them.
    await page.keyboard.press('c');
    await focusGrid(6, 'b');
    await page.keyboard.press('c');
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe('Re-aligned.');
    expect(await rowText(2)).toBe(locked);
    expect(await rowText(5)).not.toBe(broken);
    await shot('workbench-locked');
  });

  it('shows a word-level diff for two Indonesian versions', async () => {
    await page.getByTestId('choose-b').selectOption({ label: 'sample.id-b.txt' });
    await expect.poll(() => page.locator('[data-testid=grid] ins').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=grid] del').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('lang-b').innerText()).toBe('ID');
    await shot('workbench-diff');
  });

  it('shows the ledger and the alignment map', async () => {
    await page.getByTestId('tab-ledger').click();
    await expect.poll(() => page.getByTestId('ledger-group').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid=ledger-group].is-inconsistent').count()).toBeGreaterThan(0);
    await page.getByTestId('tab-map').click();
    expect(await page.locator('[data-testid=alignment-map] circle').count()).toBe(await rowCount());
    await page.locator('[data-testid=alignment-map] circle').nth(4).click();
    await expect.poll(() => page.locator('[data-testid=grid] [aria-selected=true]').getAttribute('data-row')).toBe('4');
    await page.getByTestId('tab-mismatches').click();
  });

  it('aligns two different articles in comparable mode and back', async () => {
    await page.getByTestId('choose-b').selectOption({ label: 'sample.en.txt' });
    await page.getByTestId('mode').selectOption('comparable');
    await expect.poll(async () => Number((await page.getByTestId('grid').getAttribute('aria-rowcount')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(10);
    expect(await page.getByTestId('mode').inputValue()).toBe('comparable');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('mode').inputValue()).toBe('parallel');
  });

  it('makes version B the pivot and back, keeping the pair’s beads', async () => {
    await page.getByTestId('choose-b').selectOption({ label: 'sample.en.txt' });
    const rows = await page.getByTestId('grid').getAttribute('aria-rowcount');
    await page.getByTestId('pivot-b').click();
    await expect.poll(() => page.getByTestId('name-a').innerText()).toBe('sample.en.txt');
    expect(await page.getByTestId('lang-a').innerText()).toBe('EN');
    await expect.poll(() => page.getByTestId('grid').getAttribute('aria-rowcount'), { timeout: 20_000 }).toBe(rows);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('name-a').innerText()).toBe('sample.id.txt');
  });

  it('opens the keyboard help with ? and exports a TMX file', async () => {
    await page.locator('body').press('?');
    await page.getByTestId('help').waitFor();
    expect(await page.getByTestId('help').innerText()).toContain('Merge the cell with the next one');
    await page.keyboard.press('Escape');
    await page.getByTestId('export').click();
    await page.getByTestId('export-format').selectOption('tmx');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-go').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.tmx$/);
    exportedTmx = path.join(mkdtempSync(path.join(os.tmpdir(), 'selaras-e2e-tmx-')), file.suggestedFilename());
    await file.saveAs(exportedTmx);
    await expect.poll(() => page.getByTestId('export-result').innerText()).toContain('.tmx');
    await page.keyboard.press('Escape');
  });

  it('switches the whole UI to Indonesian', async () => {
    await page.getByTestId('ui-lang').selectOption('id');
    await expect.poll(() => page.getByTestId('tab-mismatches').innerText()).toContain('Ketidakcocokan');
    expect(await page.getByTestId('realign').innerText()).toBe('Selaraskan ulang');
    expect(await page.getByTestId('status-counts').innerText()).toContain('kecocokan');
    await shot('workbench-id');
    await page.getByTestId('ui-lang').selectOption('en');
  });

  it('pastes a text as version B and compares it', async () => {
    await page.getByTestId('paste').click();
    await page.getByTestId('paste-target').selectOption('b');
    await page.getByTestId('paste-name').fill('tempelan.txt');
    await page.getByTestId('paste-text').fill('Lebih dari 1.200 relawan dikerahkan ke 14 desa pada Rabu (23/10/2024).');
    await page.getByTestId('paste-go').click();
    await expect.poll(() => page.getByTestId('name-b').innerText()).toBe('tempelan.txt');
    expect(await page.getByTestId('lang-b').innerText()).toBe('ID');
    await expect.poll(async () => Number((await page.getByTestId('grid').getAttribute('aria-rowcount')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('name-b').innerText()).not.toBe('tempelan.txt');
  });

  /** Opens two fixture files (tests/fixtures/cli) as versions A and B through the file choosers. */
  async function openPair(fileA: string, fileB: string) {
    for (const [slot, file] of [['a', fileA], ['b', fileB]] as const) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(`open-${slot}`).click();
      await (await chooser).setFiles(path.join('tests', 'fixtures', 'cli', file));
      await page.getByTestId(`name-${slot}`).filter({ hasText: file }).waitFor({ timeout: 30_000 });
    }
  }

  it('marks a row of two unrelated sentences in the grid and keeps its figures for review', async () => {
    await openPair('unrelated.id.txt', 'unrelated.en.txt');
    const mark = page.locator('[data-testid=grid] [data-row="1"] [data-testid=not-translation]');
    await mark.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('not-translation').count()).toBe(1);
    expect(await mark.getAttribute('title')).toMatch(/translations of each other|terjemahan satu sama lain/);
    // the changed bridge length of the third row stays a drift; the unrelated row's figures are reviews
    expect(await page.locator('[data-testid=mismatch-item][data-level=drift]').count()).toBe(1);
    await page.getByTestId('review-fold').click();
    expect(await page.locator('[data-testid=mismatch-item][data-level=review]').count()).toBe(3);
  });

  it('two outlets’ versions in one language: a row of two sentences that say other things is marked as not one sentence reworded', async () => {
    await openPair('republished-rates.a.txt', 'republished-rates.b.txt');
    const mark = page.locator('[data-testid=grid] [data-row="1"] [data-testid=not-translation]');
    await mark.waitFor({ timeout: 20_000 });
    expect(await mark.getAttribute('title')).toMatch(/one sentence in other words|satu kalimat dengan kata lain/);
    // core inflation against the headline rate: no drift, three figures for review
    expect(await page.locator('[data-testid=mismatch-item][data-level=drift]').count()).toBe(0);
    // (the fold stays as the last pair left it)
    if ((await page.getByTestId('review-fold').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('review-fold').click();
    await expect.poll(() => page.locator('[data-testid=mismatch-item][data-level=review]').count()).toBe(3);
  });

  it('notes a selected span and a ledger group; dismissed notes are kept and restored', async () => {
    await page.getByTestId('load-sample').click();
    await page.getByTestId('grid').waitFor();
    await page.locator('[data-testid=pane-a] .view-line').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.getByTestId('note-span-a').click();
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(1);
    await page.getByTestId('annotate-note').fill('Headline says thousands; body says 1.200.');
    await page.getByTestId('annotate-severity').focus();
    await expect.poll(() => page.getByTestId('note-item').first().innerText()).toContain('Headline says thousands');
    await expect.poll(() => page.locator('[data-testid=pane-a] .fig--note').count()).toBeGreaterThan(0);
    await page.getByTestId('tab-ledger').click();
    await page.getByTestId('ledger-note').first().click();
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(2);
    await page.getByTestId('verdict-false-alarm').click();
    await page.getByTestId('notes-filter').selectOption('dismissed');
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(1);
    await page.getByTestId('note-item').getByRole('button').click();
    await expect.poll(() => page.getByTestId('note-item').count()).toBe(0);
    await page.getByTestId('notes-filter').selectOption('all');
    expect(await page.getByTestId('note-item').count()).toBe(2);
    await shot('workbench-notes');
    await page.getByTestId('tab-mismatches').click();
  });

  it('opens the exported TMX file as a new project and says which file it opened', async () => {
    expect(exportedTmx).not.toBe('');
    // the notes above are unsaved work: the harness accepts the question whether to discard them
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project').click();
    await (await chooser).setFiles(exportedTmx);
    const name = path.basename(exportedTmx);
    await expect.poll(() => page.getByTestId('notice').innerText()).toBe(`Opened ${name} as a new project, ${name.replace(/\.tmx$/, '.selaras')} (not saved yet)`);
    // (a file just opened holds nothing of the user's that the file does not: not unsaved work, New asks nothing)
    expect(await page.getByTestId('dirty').count()).toBe(0);
    await expect.poll(async () => Number(await page.getByTestId('grid').getAttribute('aria-rowcount'))).toBeGreaterThan(5);
    const asked: string[] = [];
    // (the harness accepts every dialog; this only records them)
    const onDialog = (d: { message(): string }) => asked.push(d.message());
    page.on('dialog', onDialog);
    await page.getByTestId('new').click();
    await expect.poll(async () => (await page.getByTestId('grid').count()) === 0 || Number(await page.getByTestId('grid').getAttribute('aria-rowcount')) < 5, { timeout: 20_000 }).toBe(true);
    page.off('dialog', onDialog);
    expect(asked).toEqual([]);
  });

  it('opens a German–French memory: each language shown by its code, its figures read by its own number format, no false drift', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'selaras-e2e-defr-')), 'hut.de-fr.tmx');
    const tu = (de: string, fr: string) => `<tu><tuv xml:lang="de-DE"><seg>${de}</seg></tuv><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv></tu>`;
    writeFileSync(
      file,
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de-DE" datatype="plaintext"/><body>' +
        tu('Die Hütte liegt auf 2.350 Metern und bietet 1.250 Schlafplätze.', 'La cabane se trouve à 2 350 mètres et offre 1 250 places.') +
        tu('Der Anteil stieg um 3,5 Prozent auf 12,75 Millionen Franken.', 'La part a augmenté de 3,5 % pour atteindre 12,75 millions de francs.') +
        '</body></tmx>',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project').click();
    await (await chooser).setFiles(file);
    await expect.poll(() => page.getByTestId('lang-a').innerText()).toBe('DE');
    expect(await page.getByTestId('lang-b').innerText()).toBe('FR');
    expect(await page.getByTestId('lang-a').getAttribute('title')).toMatch(/German/);
    await expect.poll(() => page.getByTestId('warning').allInnerTexts()).toContainEqual(expect.stringMatching(/numbers written in digits are compared/));
    await expect.poll(() => page.getByTestId('status-counts').innerText()).toMatch(/^0 mismatches: .* · 4 matches$/);
    // two languages: no word-level diff in the grid (both are read by the English segmenter, but they are not one language)
    expect(await page.locator('[data-testid=grid] ins, [data-testid=grid] del').count()).toBe(0);
    await shot('workbench-de-fr');
  });

  it('made no request off the machine, no console error and no CSP violation', () => {
    expect(h.offHost).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(h.cspViolations).toEqual([]);
  });
});
