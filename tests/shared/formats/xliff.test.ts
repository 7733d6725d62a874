import { visibleCodes } from '../../../shared/formats/codes';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { importXliff } from '../../../shared/formats/import-xliff';
import { markInline, isLaminar } from '../../../shared/formats/inline';
import { readOwnMarkId } from '../../../shared/formats/own-marks';
import { readXml, elements, child, attr, type XmlElement } from '../../../shared/formats/xml-read';
import { canValidate, hostileSample, inputFrom, minimalInput, sampleInput, xmllint, sameMismatchAfterImport, expectSameRowsAndParagraphs } from './helpers';
import { sample, fig } from '../../fixtures/project/sample';
import type { Mismatch } from '../../../shared/drift/types';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { parseProject, serializeProject } from '../../../shared/project/schema';

function parse(xml: string): XmlElement {
  const r = readXml(xml);
  if (!r.ok) throw new Error(r.detail);
  return r.root;
}

function find(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

describe('exportXliff', () => {
  it('is XLIFF 2.1 with languages, one unit per bead', () => {
    const root = parse(exportXliff(sampleInput()));
    expect(root.attrs).toMatchObject({
      xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
      version: '2.1',
      srcLang: 'id',
      trgLang: 'en',
      'its:version': '2.0',
    });
    const units = find(root, 'unit');
    expect(units.map((u) => attr(u, 'id'))).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    // 1-0 bead: source only; 0-1 bead: empty source and a target.
    const seg5 = child(units[4], 'segment')!;
    expect(child(seg5, 'target')).toBeUndefined();
    expect(attr(seg5, 'state')).toBe('initial');
    expect(attr(child(units[0], 'segment')!, 'state')).toBe('reviewed');
  });

  it('marks every mismatch as an ITS quality issue on the figure span; dismissed ones disabled', () => {
    const root = parse(exportXliff(sampleInput()));
    const mrks = find(root, 'mrk');
    // (each mark's id says its mismatch, kind, verdict and side: own-marks.ts)
    const own = (m: XmlElement) => readOwnMarkId(attr(m, 'id'));
    const byId = new Map(mrks.map((m) => [`${own(m)?.mismatch}-${own(m)?.side}`, m]));
    expect(mrks.map((m) => attr(m, 'id'))).toEqual(['m1-value-confirmed-a', 'm1-value-confirmed-b', 'm2-missing-false-alarm-a']);
    const m1a = byId.get('m1-a')!;
    expect(m1a.children).toEqual([{ text: '1.250 warga' }]);
    expect(m1a.attrs).toMatchObject({
      translate: 'yes',
      type: 'its:generic',
      'its:locQualityIssueType': 'numbers',
      'its:locQualityIssueSeverity': '60',
      'its:locQualityIssueComment': '1.250 vs 1,520',
    });
    expect(m1a.attrs['its:locQualityIssueEnabled']).toBeUndefined();
    expect(byId.get('m1-b')!.children).toEqual([{ text: '1,520 residents' }]);
    const m2a = byId.get('m2-a')!;
    expect(m2a.attrs).toMatchObject({ 'its:locQualityIssueType': 'omission', 'its:locQualityIssueEnabled': 'no' });
    expect(byId.has('m2-b')).toBe(false);
  });

  it('annotations become notes', () => {
    const root = parse(exportXliff(sampleInput()));
    const units = find(root, 'unit');
    const notes = (u: XmlElement) => elements(child(u, 'notes') ?? u, 'note').map((n) => [attr(n, 'appliesTo'), n.children.map((c) => ('text' in c ? c.text : '')).join('')]);
    expect(notes(units[1])).toEqual([[undefined, 'Angka pengungsi di versi Inggris tertukar digitnya.']]);
    expect(notes(units[5])).toEqual([['target', 'Who said it? <check>']]);
    const fileNotes = elements(child(find(root, 'file')[0], 'notes')!, 'note');
    expect(fileNotes.map((n) => attr(n, 'category'))).toEqual(['inconsistency']);
  });

  it('crossing spans use sm/em, nested and disjoint ones mrk', () => {
    const spans = [
      { start: 0, end: 5, id: 'x', attrs: '' },
      { start: 3, end: 8, id: 'y', attrs: '' },
    ];
    expect(isLaminar(spans)).toBe(false);
    const crossed = markInline('abcdefghij', spans);
    expect(crossed).toEqual({ xml: '<sm id="x"/>abc<sm id="y"/>de<em startRef="x"/>fgh<em startRef="y"/>ij', overlapping: true });
    const nested = markInline('a<b&c', [
      { start: 0, end: 5, id: 'o', attrs: ' k="v"' },
      { start: 1, end: 3, id: 'i', attrs: '' },
    ]);
    expect(nested).toEqual({ xml: '<mrk id="o" k="v">a<mrk id="i">&lt;b</mrk>&amp;c</mrk>', overlapping: false });
  });

  it('an export with crossing figure spans still validates and imports', () => {
    const s = sample();
    const extra: Mismatch = {
      ...s.comparison.mismatches[0],
      id: 'm3',
      key: 'k3',
      kind: 'unit',
      aFigure: fig(s.sentencesA, 1, 'Sebanyak 1.250', 'count', 1250),
      bFigure: fig(s.sentencesB, 1, '1,520 residents fled', 'count', 1520),
      note: 'overlap test',
    };
    s.comparison.mismatches.push(extra);
    const xml = exportXliff(inputFrom(s));
    expect(xml).toContain('<sm id="m3-unit-a"');
    expect(xml).toContain('<em startRef="m1-value-confirmed-a"/>');
    // On side B the spans nest, so they stay mrk elements.
    expect(xml).toContain('<mrk id="m3-unit-b"');
    if (canValidate()) expect(xmllint(xml, 'xliff21')).toMatchObject({ status: 0 });
    const back = importXliff(xml);
    expect(back.ok && back.versions[0].sentences[1]).toBe(s.sentencesA[1].text);
  });

  it('validates against the XLIFF 2.1 schemas with all modules (xmllint)', () => {
    if (!canValidate()) return;
    const empty = minimalInput([['Satu.']], [['One.']]);
    for (const xml of [
      exportXliff(sampleInput()),
      exportXliff(sampleInput('confirmed')),
      exportXliff(inputFrom(hostileSample())),
      exportXliff({ ...empty, scope: 'mismatches' }),
      exportXliff(minimalInput([['Kode \u0001 kontrol \ud800.']], [['Control \u001f code.']])),
    ]) {
      const r = xmllint(xml, 'xliff21');
      expect(r.output).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('round-trips: same beads, texts and annotations', () => {
    const s = sample();
    const back = importXliff(exportXliff(inputFrom(s)), 'x.xlf');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.format).toBe('xliff-2');
    expect(back.versions.map((v) => [v.name, v.lang])).toEqual([
      ['banjir.txt', 'id'],
      ['flood.txt', 'en'],
    ]);
    expectSameRowsAndParagraphs(s, back);
    expect(back.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
    for (const a of s.project.annotations) {
      const got = back.annotations.find((x) => x.id === a.id)!;
      expect({ ...got, target: null }).toEqual({ ...a, target: null });
      if (a.target.type === 'span' && got.target.type === 'span') {
        expect(back.versions[got.target.version].text.slice(got.target.start, got.target.end)).toBe(
          s.project.versions[a.target.version].text.slice(a.target.start, a.target.end),
        );
      } else if (a.target.type === 'mismatch' && got.target.type === 'mismatch') {
        sameMismatchAfterImport(s, a.target, back, got.target);
      } else {
        expect(got.target).toEqual(a.target);
      }
    }
  });

  it('control characters travel as <cp/> and come back', () => {
    const back = importXliff(exportXliff(minimalInput([['Kode \u0001 kontrol.']], [['Code \u001f.']])));
    expect(back.ok && back.versions.map((v) => v.text)).toEqual(['Kode \u0001 kontrol.', 'Code \u001f.']);
  });

  it('property: any text survives export and import exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (ta, tb) => {
        const a = ta.replace(/[\r\n\u2028\u2029]/g, ' ');
        const b = tb.replace(/[\r\n\u2028\u2029]/g, ' ');
        const back = importXliff(exportXliff(minimalInput([[a]], [[b]])));
        // A whitespace-only side is no text: it is neither written nor read back (and a file
        // with no text at all is refused as empty).
        if (a.trim() === '' && b.trim() === '') return expect(back).toMatchObject({ ok: false, code: 'empty' });
        expect(back.ok).toBe(true);
        // (a private-use character is held as a literal code: the text reads as it was written)
        if (back.ok) expect(back.versions.map((v) => visibleCodes(v.text, v.codes))).toEqual([a.trim() === '' ? '' : a, b.trim() === '' ? '' : b]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('comment marks of another tool', () => {
  const covered = (r: ImportedBilingual) =>
    r.annotations.map((a) => [a.note, a.target.type === 'span' ? r.versions[a.target.version].text.slice(a.target.start, a.target.end) : '']);

  it('XLIFF 2 <mrk type="comment" value> becomes a note on its span and is written back as the same mark', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u1">
<segment><source>The fund made <mrk id="c1" type="comment" value="Is 300 right?">300 loans</mrk>.</source><target>Le fonds a accordé 300 prêts.</target></segment>
</unit></file></xliff>`;
    const first = importXliff(xml, 'c.xlf');
    if (!first.ok) throw new Error(first.message);
    expect(covered(first)).toEqual([['Is 300 right?', '300 loans']]);
    const out = exportXliff(exportInputOf(projectFromBilingual(first, 'c.xlf'), 0, 'all', 't'));
    expect(out).toContain('<mrk id="c1" type="comment" value="Is 300 right?">300 loans</mrk>');
    const back = importXliff(out, 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(covered(back)).toEqual(covered(first));
  });

  it('XLIFF 2 <sm>/<em> of a comment over two segments: the comment is kept, over the rest of the first', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u1">
<segment id="s1"><source>The fund made <sm id="c2" type="comment" value="Both figures?"/>300 loans.</source><target>Le fonds a accordé 300 prêts.</target></segment>
<segment id="s2"><source> It lent 9 million.<em startRef="c2"/></source><target> Il a prêté 9 millions.</target></segment>
</unit></file></xliff>`;
    const first = importXliff(xml, 's.xlf');
    if (!first.ok) throw new Error(first.message);
    expect(covered(first)).toEqual([['Both figures?', '300 loans.']]);
    const out = exportXliff(exportInputOf(projectFromBilingual(first, 's.xlf'), 0, 'all', 't'));
    expect(out).toContain('value="Both figures?"');
  });

  it('XLIFF 1.2 <mrk comment> becomes a note on its span, its mark kept (written back with its comment)', () => {
    const xml = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="en" target-language="de" datatype="plaintext"><body>
<trans-unit id="1"><source>We counted 14 wells.</source><target>Wir zählten <mrk mtype="x-review" comment="Should be 14, not 41.">41</mrk> Brunnen.</target></trans-unit>
</body></file></xliff>`;
    const r = importXliff(xml, 'c12.xlf');
    if (!r.ok) throw new Error(r.message);
    expect(covered(r)).toEqual([
      ['Should be 14, not 41.', '41'],
      ['', '41'],
    ]);
    const out = exportXliff12(exportInputOf(projectFromBilingual(r, 'c12.xlf'), 0, 'all', 't'));
    expect(out).toContain('<mrk mtype="x-review" comment="Should be 14, not 41.">41</mrk>');
  });
});

describe('whitespace between the segments of another tool’s unit', () => {
  /** Each unit's source and target as a merging tool would write them: segments and ignorables in order. */
  const merged = (xml: string) => {
    const root = readXml(xml);
    if (!root.ok) throw new Error(root.detail);
    const out: Array<[string, string]> = [];
    const text = (e: XmlElement | undefined): string => (e ? e.children.map((c) => ('text' in c ? c.text : text(c))).join('') : '');
    const visit = (e: XmlElement): void => {
      for (const c of elements(e)) {
        if (c.local !== 'unit') {
          visit(c);
          continue;
        }
        let s = '';
        let t = '';
        for (const part of elements(c).filter((x) => x.local === 'segment' || x.local === 'ignorable')) {
          s += text(child(part, 'source'));
          t += child(part, 'target') ? text(child(part, 'target')) : part.local === 'ignorable' ? text(child(part, 'source')) : '';
        }
        out.push([s, t]);
      }
    };
    visit(root.root);
    return out;
  };

  it('comes back as <ignorable>s, through a saved project, so that the merged document reads as before', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f">
<unit id="u1">
<segment id="s1"><source>Two ships docked.</source><target>Dua kapal berlabuh.</target></segment>
<ignorable><source> </source><target> </target></ignorable>
<segment id="s2"><source>Nine left.</source><target>Sembilan pergi.</target></segment>
</unit>
<unit id="u2" xml:space="preserve">
<segment id="s1"><source>Rain fell for 3 days. </source><target>Hujan turun 3 hari. </target></segment><segment id="s2"><source>Roads closed.</source><target>Jalan ditutup.</target></segment>
</unit>
</file></xliff>`;
    const first = importXliff(xml, 'g.xlf');
    if (!first.ok) throw new Error(first.message);
    const saved = parseProject(serializeProject(projectFromBilingual(first, 'g.xlf'), { app: { name: 'Selaras', version: 't' } }), { name: 'g.selaras' });
    if (!saved.ok) throw new Error(saved.error.message);
    const out = exportXliff(exportInputOf(saved.project, 0, 'all', 't'));
    const want: Array<[string, string]> = [
      ['Two ships docked. Nine left.', 'Dua kapal berlabuh. Sembilan pergi.'],
      ['Rain fell for 3 days. Roads closed.', 'Hujan turun 3 hari. Jalan ditutup.'],
    ];
    expect(merged(xml).map(([s, t]) => [s.trim(), t.trim()])).toEqual(want);
    expect(merged(out)).toEqual(want);
    // Selaras's own export read again: the same bytes out.
    const back = importXliff(out, 'back.xlf');
    if (!back.ok) throw new Error(back.message);
    expect(back.dropped).toBeUndefined();
    const again = exportXliff(exportInputOf(projectFromBilingual(back, 'back.xlf'), 0, 'all', 't'));
    expect(merged(again)).toEqual(want);
    // each space where the file had it: in an <ignorable> (u1), at the end of its segment (u2)
    expect(out).toMatch(/<\/segment>\s*<ignorable><source> <\/source><target> <\/target><\/ignorable>\s*<segment id="s2">\s*<source>Nine left/);
    expect(out).toContain('<source>Rain fell for 3 days. </source>');
    expect(out.match(/<ignorable>/g)).toHaveLength(1);
  });

  it('a segment’s leading space stays at its start, on either side, without an <ignorable> made up for it', () => {
    const xml =
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f"><unit id="u1">' +
      '<segment id="s1"><source>Sales rose 8%.</source><target>Penjualan naik 8%.</target></segment>' +
      '<segment id="s2"><source> Costs fell 3%.</source><target>Biaya turun 3%.</target></segment>' +
      '<ignorable><source> </source><target></target></ignorable><segment id="s3"><source>Done.</source><target> Selesai.</target></segment></unit></file></xliff>';
    const first = importXliff(xml, 'lead.xlf');
    if (!first.ok) throw new Error(first.message);
    const saved = parseProject(serializeProject(projectFromBilingual(first, 'lead.xlf'), { app: { name: 'Selaras', version: 't' } }), { name: 'lead.selaras' });
    if (!saved.ok) throw new Error(saved.error.message);
    const out = exportXliff(exportInputOf(saved.project, 0, 'all', 't'));
    expect(out).toContain('<source> Costs fell 3%.</source>');
    expect(out).toContain('<target>Biaya turun 3%.</target>');
    expect(out).toContain('<target> Selesai.</target>');
    // the ignorable the file had stays one, its target side (at the next segment's start) not in it
    expect(out.match(/<ignorable>/g)).toHaveLength(1);
    expect(out).toMatch(/<ignorable><source> <\/source><target><\/target><\/ignorable>\s*<segment id="s3"/);
    expect(merged(out)).toEqual(merged(xml));
  });
});

describe('a file in XLIFF 2 that says version="1.2"', () => {
  it('is read as XLIFF 2, as its namespace and elements are', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="1.2" srcLang="en" trgLang="id"><file id="f"><unit id="u1">
<segment><source>We sold 40 cars.</source><target>Kami menjual 40 mobil.</target></segment>
</unit></file></xliff>`;
    const r = importXliff(xml, 'v.xlf');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions.map((v) => v.text)).toEqual(['We sold 40 cars.', 'Kami menjual 40 mobil.']);
  });
});
