import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';

// jsdom ships no type declarations; only this much of it is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };
import { exportHtml, escapeHtml } from '../../../shared/formats/html';
import { arabicEnglishInput, hostileSample, inputFrom, sampleInput, XSS_A, XSS_B } from './helpers';

describe('exportHtml', () => {
  it('is self-contained: no script, no external resource, inline CSS', () => {
    const html = exportHtml(sampleInput());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('<style>');
    expect(html).toContain("default-src 'none'");
  });

  it('shows hostile text as text, never as markup', () => {
    const html = exportHtml(inputFrom(hostileSample()));
    const dom = new JSDOM(html);
    const doc = dom.window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    const text = doc.body.textContent ?? '';
    expect(text).toContain(XSS_A);
    expect(text).toContain(XSS_B);
    expect(text).toContain('Lihat <script>alert(1)</script>');
    expect(html).not.toContain(XSS_A);
    expect(html).not.toContain(XSS_B);
  });

  it('has the summary counts, the ledger, each mismatch with context and verdict, and the notes', () => {
    const dom = new JSDOM(exportHtml(sampleInput()));
    const doc = dom.window.document;
    const cells = [...doc.querySelectorAll('table')[0].querySelectorAll('tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);
    expect(cells).toContainEqual(['Aligned units', '6']);
    expect(cells).toContainEqual(['Figure mismatches', '2']);
    expect(cells).toContainEqual(['Figure mismatches · Confirmed', '1']);
    expect(cells).toContainEqual(['Figure mismatches · Dismissed', '1']);
    // (drifts apart from the weaker findings to review, as the app and the command line count them)
    expect(cells).toContainEqual(['Figure mismatches · Drift', '2']);
    expect(cells).toContainEqual(['Figure mismatches · Review', '0']);
    expect(cells).toContainEqual(['Inconsistent ledger groups', '1']);
    const m1 = doc.getElementById('m1')!;
    expect(m1.textContent).toContain('Verdict: Confirmed error');
    expect(m1.textContent).toContain('Category: Numbers');
    expect(m1.textContent).toContain('Explanation: 1.250 vs 1,520');
    expect(m1.querySelector('mark.mm')?.textContent).toBe('1.250 warga');
    // Context: the sentences before and after.
    expect(m1.textContent).toContain('Banjir besar melanda');
    expect(m1.textContent).toContain('Pemerintah daerah menyalurkan');
    expect(m1.textContent).toContain('Angka pengungsi di versi Inggris tertukar digitnya.');
    const m2 = doc.getElementById('m2')!;
    expect(m2.className).toContain('off');
    expect(m2.textContent).toContain('False alarm');
    expect(doc.body.textContent).toContain('residents');
    expect(doc.body.textContent).toContain('Two different counts of evacuees.');
    expect(doc.querySelectorAll('mark.ok').length).toBeGreaterThanOrEqual(4);
  });

  it('counts a weaker finding under Review, not Drift, in the summary', () => {
    const input = sampleInput();
    const mismatches = input.comparison.mismatches.map((m, k) => (k === 0 ? { ...m, level: 'review' as const } : m));
    const doc = new JSDOM(exportHtml({ ...input, comparison: { ...input.comparison, mismatches } })).window.document;
    const cells = [...doc.querySelectorAll('table')[0].querySelectorAll('tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]);
    expect(cells).toContainEqual(['Figure mismatches · Drift', '1']);
    expect(cells).toContainEqual(['Figure mismatches · Review', '1']);
  });

  it('a note on a ledger group stands beside it in the ledger table; one whose group is gone is among the other notes, said so', () => {
    const doc = new JSDOM(exportHtml(sampleInput())).window.document;
    const ledger = [...doc.querySelectorAll('table')[1].querySelectorAll('tr')];
    const residents = ledger.find((tr) => tr.querySelector('td')?.textContent === 'residents')!;
    expect(residents.textContent).toContain('Two different counts of evacuees.');
    expect(doc.body.textContent).not.toContain('group not found now');
    const input = sampleInput();
    const gone = { ...input, project: { ...input.project, annotations: input.project.annotations.map((a) => (a.target.type === 'ledger' ? { ...a, target: { type: 'ledger' as const, what: 'volunteers · 7' } } : a)) } };
    const doc2 = new JSDOM(exportHtml(gone)).window.document;
    expect([...doc2.querySelectorAll('table')[1].querySelectorAll('tr')].map((tr) => tr.textContent).join(' ')).not.toContain('Two different counts');
    const other = [...doc2.querySelectorAll('ul.notes li')].map((li) => li.textContent ?? '').find((t) => t.includes('Two different counts'))!;
    expect(other).toContain('group not found now');
  });

  it('a note of several lines on a ledger group keeps its lines (they ran together in the ledger cell)', () => {
    const input = sampleInput();
    const lines = { ...input, project: { ...input.project, annotations: input.project.annotations.map((a) => (a.target.type === 'ledger' ? { ...a, note: 'line one\nline two' } : a)) } };
    const html = exportHtml(lines);
    const doc = new JSDOM(html).window.document;
    const cell = [...doc.querySelectorAll('table')[1].querySelectorAll('td span.note')].find((x) => x.textContent === 'line one\nline two');
    expect(cell).toBeDefined();
    expect(html).toMatch(/,span\.note\{white-space:pre-wrap\}/);
  });

  it('translated labels and page language', () => {
    const html = exportHtml(sampleInput(), { labels: { summary: 'Ringkasan' }, lang: 'id' });
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Ringkasan');
  });

  it('escapes all five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('exportHtml in Indonesian', () => {
  it('labels, values and the page language follow uiLang', () => {
    const html = exportHtml({ ...sampleInput(), uiLang: 'id' });
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Laporan Selaras');
    expect(html).toContain('Putusan: Kesalahan terkonfirmasi');
    expect(html).toContain('Kategori: Angka');
    expect(html).not.toContain('Figure mismatches');
    // the rows in scope are named as the export dialog names them, not by the setting's name
    expect(html).toContain('Cakupan: Semua baris');
    expect(exportHtml({ ...sampleInput(), uiLang: 'en' })).toContain('Scope: All rows');
    // a note on a figure group the ledger has no more names the group, and says it is gone
    const input = sampleInput();
    const gone = exportHtml({ ...input, uiLang: 'id', project: { ...input.project, annotations: input.project.annotations.map((a) => (a.target.type === 'ledger' ? { ...a, target: { type: 'ledger' as const, what: 'volunteers · 7' } } : a)) } });
    expect(gone).toMatch(/<span dir="auto">Buku angka: [^<]+ \(kelompok kini tidak ada\)<\/span> · [^:]+: <strong>[^<]+<\/strong>: Two different counts of evacuees\./);
    // a note on a stretch of a row's text names its row and text, its category and severity
    expect(exportHtml({ ...sampleInput(), uiLang: 'en' })).toMatch(/<li><span class="badge v-open">Open<\/span> <span dir="auto">b6 “[^”]{5}”<\/span> · Addition · Minor: <strong>Dewi<\/strong>: Who said it\? &lt;check&gt;/);
  });
});

describe('right-to-left text in the report', () => {
  it('every cell and context holding a version’s text sets its own direction (dir="auto"), so Arabic reads right to left in an English report', async () => {
    const html = exportHtml(arabicEnglishInput());
    expect(html).toMatch(/<td lang="ar" dir="auto">قُتل/);
    expect(html).toMatch(/<td lang="en" dir="auto">An attack/);
    expect(html).toMatch(/<td dir="auto">25 شخصاً<\/td>/);
    expect(html).toMatch(/<div class="ctx"><div dir="auto">/);
  });
});

describe('a note of several lines in the report', () => {
  it('keeps its line breaks (the list item wraps as written)', () => {
    const input = sampleInput();
    const annotations = input.project.annotations.map((a, i) => (i === 0 ? { ...a, note: 'first line\nsecond line' } : a));
    const html = exportHtml({ ...input, project: { ...input.project, annotations } });
    expect(html).toContain('first line\nsecond line');
    expect(html).toMatch(/ul\.notes li,span\.note\{white-space:pre-wrap\}/);
  });
});

describe('the moments a report names', () => {
  it('are read in the report language and in UTC, the exact time kept in <time datetime>', () => {
    const en = exportHtml(sampleInput());
    expect(en).toMatch(/<time datetime="2024-03-13T10:00:00\.000Z">March 13, 2024[^<]*10:00[^<]* UTC<\/time>/);
    const id = exportHtml({ ...sampleInput(), uiLang: 'id' });
    expect(id).toMatch(/<time datetime="2024-03-13T10:00:00\.000Z">13 Maret 2024[^<]*10\.00 UTC<\/time>/);
    expect(en).not.toContain('>2024-03-13T10:00:00.000Z<');
  });
});
