/**
 * Notes in HTML and DOCX reports. A report of a part of the rows (the mismatches, the confirmed rows) lists the notes of
 * the rows it leaves out by their row and figures, or the text they are on: it called a live verdict's mismatch "not
 * found now", and a note on text named only its version. A note of several lines keeps its lines. Our own sentences
 * (tests/shared/workbench/helpers).
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportInputOf } from '../../../shared/formats/input';
import { exportHtml } from '../../../shared/formats/html';
import { exportDocx } from '../../../shared/formats/docx';
import { currentComparison } from '../../../shared/workbench';
import { loaded, NOW, run } from '../workbench/helpers';

function judged(note = 'kompi = companies, checked') {
  let s = loaded();
  const kompi = currentComparison(s)!.mismatches.find((x) => x.key.startsWith('missing|3 kompi'))!;
  s = run(s, { type: 'annotate-mismatch', mismatch: kompi, patch: { verdict: 'false-alarm', note }, now: NOW });
  const batalyon = currentComparison(s)!.mismatches.find((x) => x.key.startsWith('added|-|2 batalyon'))!;
  s = run(s, { type: 'annotate-mismatch', mismatch: batalyon, patch: { verdict: 'acceptable', note: 'same unit, other word' }, now: NOW });
  const text = s.history.present.versions[0].text;
  const at = text.indexOf('6 jam');
  s = run(s, { type: 'annotate', target: { type: 'span', version: 0, start: at, end: at + 5 }, patch: { note: 'source says 6 hours' }, now: NOW });
  return exportInputOf(s.history.present, 0, 'mismatches', 't', NOW);
}

const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a report of the rows with mismatches names the rows it leaves out', () => {
  it('HTML: the verdict by its row and figure, the note on text by the text', () => {
    const html = plain(exportHtml(judged()));
    expect(html).toMatch(/Missing: “3 kompi” \(on a row this export leaves out: b\d+\)/);
    expect(html).toMatch(/“6 jam” \(on a row this export leaves out: b\d+\)/);
    expect(html).not.toContain('not found now');
  });
  it('DOCX, in Indonesian', async () => {
    const xml = strFromU8(unzipSync(await exportDocx({ ...judged(), uiLang: 'id' }))['word/document.xml']).replace(/<[^>]+>/g, '');
    expect(xml).toMatch(/“3 kompi” \(pada baris yang tidak ikut diekspor: b\d+\)/);
    expect(xml).not.toContain('kini tidak ada');
  });
});

describe('a note of several lines keeps its lines', () => {
  it('DOCX: one run a line, with a break (a line feed inside a run is no break in Word): in the row, the comment and the other notes', async () => {
    const input = judged('1. B says 78\n2. the source says 87');
    const all = await exportDocx({ ...input, scope: 'all' });
    const doc = strFromU8(unzipSync(all)['word/document.xml']);
    expect(doc).toMatch(/1\. B says 78<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>2\. the source says 87/);
    expect(doc).not.toMatch(/B says 78\n/);
    const comments = strFromU8(unzipSync(all)['word/comments.xml']);
    expect(comments).toMatch(/1\. B says 78<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>2\. the source says 87/);
    const scoped = strFromU8(unzipSync(await exportDocx(input))['word/document.xml']);
    expect(scoped).toMatch(/1\. B says 78<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>2\. the source says 87/);
  });
});

describe('a verdict with no note', () => {
  it('HTML: the item ends with its severity, no colon left hanging', () => {
    const html = plain(exportHtml(judged('')));
    expect(html).toMatch(/Missing: “3 kompi” \(on a row this export leaves out: b\d+\) · \w+ · Major \(/);
    expect(html).not.toMatch(/Major: \(/);
  });
});
