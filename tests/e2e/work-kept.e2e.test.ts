/**
 * The user's work is never lost or detached (issue 11), in Chromium: verdicts survive a text
 * edit, re-aligning keeps confirmed rows, a merge in comparable mode touches only its rows, a
 * note being typed survives a reload, and opening one's own texts leaves nothing of the sample.
 * Then: a text edit keeps confirmed and locked rows (through a save and a reopen), counts speak
 * in plurals, figures are never wrapped in two, and at 1024×768 the annotation editor of a
 * selected mismatch is in view without scrolling the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
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

const { shot, rowText, rowCount, focusGrid, rendered, paste } = gridActions(() => page);
/** The rendered rows whose status is `status`, without their row numbers. */
const rowsWith = async (status: string) => Object.values(await rendered()).filter((t) => t.includes(status));
const counts = () => page.getByTestId('status-counts').innerText();
/** The autosave recovery copy as written so far ('' before the first); `aside`: the copy of work done while another is offered. */
const recoveryCopy = (key: 'default' | 'aside' = 'default') => {
  try {
    return readFileSync(path.join(h.dataDir, `recovery-${key}.selaras`), 'utf8');
  } catch {
    return '';
  }
};
async function freshSample() {
  await page.getByTestId('load-sample').click();
  await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toContain('sample');
  await page.getByTestId('grid').waitFor({ timeout: 30_000 });
}

/**
 * Puts the cursor in a pane's editor: a click on a line it shows (the lines' layer is as tall as the text, so its middle
 * may lie outside the pane, on whatever is below it).
 */
async function focusPane(slot: 'a' | 'b') {
  await page.locator(`[data-testid=pane-${slot}] .view-line`).first().click();
}

/** The sample, fresh, with row 1 confirmed (C) and row 2 locked (L) by keyboard. */
async function sampleWithRow1ConfirmedRow2Locked() {
    await freshSample();
    // (the sample's analysis in: a key pressed while the rows are re-drawn for it may land nowhere on a loaded machine)
    await expect.poll(counts, { timeout: 20_000 }).toMatch(/mismatch/);
    await focusGrid(1, 'a');
    await page.keyboard.press('c');
    await expect.poll(() => rowText(1), { timeout: 10_000 }).toContain('confirmed');
    await focusGrid(2, 'a');
    await page.keyboard.press('l');
    await expect.poll(() => rowText(2), { timeout: 10_000 }).toContain('locked');
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
    await sampleWithRow1ConfirmedRow2Locked();
    const [one, two] = [await rowText(1), await rowText(2)];
    await page.keyboard.press('r');
    // (the aligner gives the rows they had: said so, with the rows it kept, not a bare "Re-aligned.")
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe(
      'Re-aligned: nothing changed around the 2 confirmed or locked rows, which re-aligning keeps as they are (C or L on a row releases it).',
    );
    expect(await rowText(1)).toBe(one);
    expect(await rowText(2)).toBe(two);
    await shot('kept-realign');
  });

  it('merge in comparable mode changes only the rows it touches', async () => {
    await freshSample();
    await page.getByTestId('mode').selectOption('comparable');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe('Re-aligned.');
    const n = await rowCount();
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

  it('a mode changed while the sample is still being read is applied, every time', async () => {
    // The first analysis's result waits to be shown while the mode changes: the change used to
    // restart the analysis on every render, and it never ended ('Reading' for good, no rows).
    // It hit now and then (this test caught it in one run of three); the rounds change the mode
    // 0-7 frames after the sample opens.
    await freshSample();
    await page.getByTestId('mode').selectOption('comparable');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toBe('Re-aligned.');
    const outcomes: string[] = [];
    for (let round = 0; round < 24 && !outcomes.some((o) => o !== 'ok'); round++) {
      outcomes.push(
        await page.evaluate(async (frames) => {
          const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          const until = async (done: () => boolean, ms: number) => {
            const t0 = performance.now();
            while (!done()) if ((await frame(), performance.now() - t0 > ms)) return false;
            return true;
          };
          await new Promise((resolve) => setTimeout(resolve, 300));
          q('load-sample')!.click();
          if (!(await until(() => (q('notice')?.innerText ?? '').includes('sample'), 20_000))) return 'not opened';
          for (let f = 0; f < frames; f++) await frame();
          const mode = q('mode') as HTMLSelectElement;
          mode.value = 'comparable';
          mode.dispatchEvent(new Event('change', { bubbles: true }));
          if (!(await until(() => q('notice')?.innerText === 'Re-aligned.' && !q('progress'), 8_000))) return `stuck after ${frames} frames`;
          return 'ok';
        }, round % 8),
      );
    }
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    expect(await rowCount()).toBeGreaterThan(10);
  });

  it('a note being typed survives a reload (autosave, then the recovery offer)', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan yang belum selesai');
    // No blur: the note is applied while typing and the recovery copy follows (debounced, then serialised in a worker
    // and written: on a loaded machine that took more than 4 s once in CI), so the reload waits for the copy itself.
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan yang belum selesai');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan yang belum selesai');
    expect(await page.getByTestId('notice').innerText()).toBe('Restored the unsaved work from last time.');
    await shot('kept-note-reload');
    await page.getByTestId('tab-mismatches').click();
  });

  it('a recovery copy that cannot be written is said (it failed silently), and autosave goes on once it can', async () => {
    await freshSample();
    // a folder where the copy goes: every write of it fails
    const copy = path.join(h.dataDir, 'recovery-default.selaras');
    rmSync(copy, { force: true });
    mkdirSync(copy, { recursive: true });
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan tanpa salinan');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 30_000 }).toContain('recovery copy could not be written');
    await shot('autosave-failed');
    rmSync(copy, { recursive: true, force: true });
    await page.keyboard.type(' lagi');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan tanpa salinan lagi');
  });

  it('the work on a file opened and never saved comes back under its name (it came back Untitled)', async () => {
    await freshSample();
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>' +
      '<tu><tuv xml:lang="id"><seg>Banjir merendam 300 rumah.</seg></tuv><tuv xml:lang="en"><seg>Floods submerged 30 houses.</seg></tuv></tu></body></tmx>';
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project').click();
    await (await chooser).setFiles({ name: 'rendam.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
    await expect.poll(() => page.title(), { timeout: 20_000 }).toContain('rendam.selaras');
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Nol yang hilang');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Nol yang hilang');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await expect.poll(() => page.title(), { timeout: 20_000 }).toContain('rendam.selaras');
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Nol yang hilang');
    await page.getByTestId('tab-mismatches').click();
  });

  it('a project that fails to open keeps the unsaved work and its recovery copy', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sebelum berkas rusak');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan sebelum berkas rusak');
    // Open…, then a truncated XLIFF: the file is read first, so nobody is asked to discard anything for it
    const asked: string[] = [];
    const onDialog = (d: { message(): string }) => asked.push(d.message());
    page.on('dialog', onDialog);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-project').click();
    await (await chooser).setFiles({ name: 'rusak.xlf', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?><xliff version="1.2"><file original="a"') });
    await expect.poll(() => page.getByTestId('error').innerText(), { timeout: 20_000 }).toContain('rusak.xlf');
    page.off('dialog', onDialog);
    expect(asked).toEqual([]);
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan sebelum berkas rusak');
    await page.getByTestId('tab-mismatches').click();
  });

  it('restoring the recovery offer over work done since asks first', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sesi pertama');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan sesi pertama');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    // new work while the offer stands
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sesi kedua');
    await page.getByTestId('annotate-note').blur();
    const asked: string[] = [];
    const record = (d: { type(): string; message(): string }) => void (d.type() === 'confirm' && asked.push(d.message()));
    page.on('dialog', record);
    await page.getByTestId('recovery-restore').click();
    await expect.poll(() => asked.length, { timeout: 20_000 }).toBe(1);
    page.off('dialog', record);
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan sesi pertama');
    await page.getByTestId('tab-mismatches').click();
  });

  it('work done while the recovery offer stands does not overwrite the copy offered', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sebelum mogok');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan sebelum mogok');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    // new work while the offer stands, autosaved; then the page goes again before the offer was taken up
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sementara');
    await page.getByTestId('annotate-note').blur();
    await expect.poll(() => recoveryCopy('aside'), { timeout: 30_000 }).toContain('Catatan sementara');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan sebelum mogok');
    await page.getByTestId('tab-mismatches').click();
  });

  it('saving while the recovery offer stands keeps the copy offered', async () => {
    await freshSample();
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan sebelum simpan');
    await expect.poll(() => recoveryCopy(), { timeout: 30_000 }).toContain('Catatan sebelum simpan');
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('mismatch-item').first().click();
    await page.getByTestId('annotate-note').click();
    await page.keyboard.type('Catatan yang disimpan');
    await page.getByTestId('annotate-note').blur();
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toMatch(/^Saved .*\.selaras\.$/);
    await page.reload();
    await page.getByTestId('recovery').waitFor({ timeout: 30_000 });
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('tab-notes').click();
    await expect.poll(() => page.getByTestId('notes-panel').innerText(), { timeout: 20_000 }).toContain('Catatan sebelum simpan');
    await page.getByTestId('tab-mismatches').click();
  });

  it('opening your own texts over the sample leaves nothing of the sample', async () => {
    await freshSample();
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
});

describe('text typed in Edit mode and not applied yet', () => {
  it('is unsaved work (the title says so), and a save (Ctrl+S) applies it first', async () => {
    await freshSample();
    await page.getByTestId('edit-b').click();
    await focusPane('b');
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('Typed before saving with 77 units. ');
    await expect.poll(() => page.title()).toMatch(/^● /);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 20_000 }).toMatch(/^Saved /);
    // the save holds the edit: the pane left Edit mode and the rows show the new sentence
    expect(await page.getByTestId('edit-b').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => Object.values(await rendered()).some((t) => t.includes('Typed before saving with 77 units.')), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.title()).not.toMatch(/^● /);
    await shot('typed-edit-saved');
  });

  it('opening another document asks about it, and the pane never writes it over the new one', async () => {
    await freshSample();
    await page.getByTestId('edit-b').click();
    await focusPane('b');
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('STALE words typed here. ');
    const asked: string[] = [];
    const record = (d: { type(): string; message(): string }) => void (d.type() === 'confirm' && asked.push(d.message()));
    page.on('dialog', record);
    // the project saved just before, from the recent list (its B holds the typed-before-saving sentence)
    const recent = await page.getByTestId('recent').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('recent').selectOption(recent!);
    await expect.poll(() => asked.length, { timeout: 20_000 }).toBe(1);
    page.off('dialog', record);
    await expect.poll(async () => Object.values(await rendered()).some((t) => t.includes('Typed before saving with 77 units.')), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('edit-b').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('[data-testid=pane-b] .view-lines').innerText(), { timeout: 20_000 }).not.toContain('STALE');
    expect(Object.values(await rendered()).some((t) => t.includes('STALE'))).toBe(false);
  });

  it('a save waits for the analysis of the edit it applies: the file holds the rows shown, and nothing is left unsaved', async () => {
    await sampleWithRow1ConfirmedRow2Locked();
    await page.getByTestId('edit-b').click();
    await focusPane('b');
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('A new opening line with 88 units. ');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('notice').innerText(), { timeout: 30_000 }).toMatch(/^Saved /);
    await expect.poll(() => page.title(), { timeout: 20_000 }).not.toMatch(/^● /);
    const asked: string[] = [];
    const record = (d: { type(): string; message(): string }) => void (d.type() === 'confirm' && asked.push(d.message()));
    page.on('dialog', record);
    await freshSample();
    page.off('dialog', record);
    expect(asked).toEqual([]);
  });
});

describe('a text edit keeps confirmed and locked rows', () => {
  it('confirm + lock, edit A before them, the rows stay; save, reopen, still there', async () => {
    await sampleWithRow1ConfirmedRow2Locked();
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

describe('the mismatch list by keyboard', () => {
  it('↓ and ↑ select the next and the previous mismatch; the list shows where the focus is', async () => {
    await freshSample();
    const items = page.getByTestId('mismatch-item');
    await items.first().click();
    await expect.poll(() => items.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => items.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => items.first().getAttribute('aria-selected')).toBe('true');
    const ring = await page.locator('.mismatches__list').evaluate((el) => getComputedStyle(el).boxShadow);
    expect(ring).not.toBe('none');
  });
});
