/**
 * Another tool's own attributes (memoQ `mq:status`, an XLIFF 2 extension's `acme:job`, a module's `fs:fs`) go
 * back, with their namespace declarations, into an export of the XLIFF version the file was read from; a memoQ
 * status says what the row's confirmation in Selaras says. Into another format they travel in Selaras data, and
 * the export says so.
 */
import { describe, expect, it } from 'vitest';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportLosses } from '../../../shared/formats/losses';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

const MEMOQ = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
  <file original="laporan.docx" datatype="x-memoq" source-language="id" target-language="en" mq:docid="d-42">
    <header/>
    <body>
      <trans-unit id="1" mq:status="ManuallyConfirmed" mq:segmentguid="a-1" mq:locked="False">
        <source>Gudang itu menyimpan 300 ton beras.</source>
        <target state="translated" mq:lastchangedtimestamp="2025-03-01T10:00:00Z">The warehouse holds 300 tonnes of rice.</target>
      </trans-unit>
      <trans-unit id="2" mq:status="NotStarted" mq:segmentguid="a-2">
        <source>Harganya naik 4 persen.</source>
        <target>Its price rose 4 percent.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const ACME2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:acme="urn:example:acme" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" version="2.0" srcLang="id" trgLang="en">
  <file id="f1" original="berita.html" acme:job="J-7">
    <group id="g1" acme:section="lead">
      <unit id="u1" acme:priority="high" fs:fs="p">
        <segment state="translated"><source>Ada 12 kapal di pelabuhan.</source><target>There are 12 ships in the port.</target></segment>
      </unit>
    </group>
  </file>
</xliff>
`;

function projectOf(xml: string, name: string): Project {
  const r = importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}
const tags = (xml: string, el: string) => [...xml.matchAll(new RegExp(`<${el}\\b[^>]*>`, 'g'))].map((m) => m[0]);

describe('memoQ XLIFF 1.2 back to XLIFF 1.2', () => {
  it('keeps mq: attributes of file, unit and target with the mq namespace, and says no loss', () => {
    const p = projectOf(MEMOQ, 'laporan.mqxliff');
    expect(p.origin?.namespaces).toEqual({ mq: 'MQXliff' });
    const xml = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(xml).toContain('xmlns:mq="MQXliff"');
    expect(tags(xml, 'file')[0]).toContain('mq:docid="d-42"');
    const units = tags(xml, 'trans-unit');
    expect(units[0]).toMatch(/mq:status="ManuallyConfirmed" mq:segmentguid="a-1" mq:locked="False"/);
    expect(units[1]).toMatch(/mq:status="NotStarted" mq:segmentguid="a-2"/);
    expect(tags(xml, 'target')[0]).toContain('mq:lastchangedtimestamp="2025-03-01T10:00:00Z"');
    expect(exportLosses('xliff12', p).map((l) => l.key)).not.toContain('formats2.loss.unitData');
    // memoQ's own file is no strict XLIFF 1.2 either: the transitional schema takes other namespaces' attributes
    if (canValidate()) expect(xmllint(xml, 'xliff12-transitional')).toMatchObject({ status: 0, output: '' });
    // and reopening the export gives the same attributes again
    const again = exportXliff12(exportInputOf(projectOf(xml, 'laporan.xlf'), 0, 'all', 't'));
    expect(tags(again, 'trans-unit')).toEqual(units);
  });

  it('a segment memoQ confirmed (ManuallyConfirmed) is read as confirmed, and a status follows the confirmation made here', () => {
    const p = projectOf(MEMOQ, 'laporan.mqxliff');
    expect(p.alignments[0].beads.map((b) => !!b.confirmed)).toEqual([true, false]);
    // the user takes the confirmation off the first row and confirms the second
    const beads = p.alignments[0].beads.map((b, k) => ({ ...b, confirmed: k === 1 }));
    const edited: Project = { ...p, alignments: [{ ...p.alignments[0], beads }] };
    const units = tags(exportXliff12(exportInputOf(edited, 0, 'all', 't')), 'trans-unit');
    expect(units[0]).toContain('mq:status="PartiallyEdited"');
    expect(units[0]).not.toContain('approved="yes"');
    expect(units[1]).toContain('mq:status="ManuallyConfirmed"');
    expect(units[1]).toContain('approved="yes"');
  });

  it('into XLIFF 2 the mq: attributes are not written as such, and the export says so', () => {
    const p = projectOf(MEMOQ, 'laporan.mqxliff');
    const xml = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(tags(xml, 'unit').join('')).not.toContain('mq:');
    expect(exportLosses('xliff', p).map((l) => l.key)).toContain('formats2.loss.unitData');
  });
});

describe('XLIFF 2 with an extension and a module back to XLIFF 2', () => {
  it('keeps acme: and fs: attributes of file, group and unit, declared once on the root, valid XLIFF 2.1', () => {
    const p = projectOf(ACME2, 'berita.xlf');
    expect(p.origin?.namespaces).toEqual({ acme: 'urn:example:acme', fs: 'urn:oasis:names:tc:xliff:fs:2.0' });
    const xml = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(tags(xml, 'xliff')[0]).toMatch(/xmlns:acme="urn:example:acme" xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0"/);
    expect(tags(xml, 'file')[0]).toContain('acme:job="J-7"');
    expect(tags(xml, 'group')[0]).toContain('acme:section="lead"');
    expect(tags(xml, 'unit')[0]).toMatch(/acme:priority="high" fs:fs="p"/);
    expect(exportLosses('xliff', p).map((l) => l.key)).not.toContain('formats2.loss.unitData');
    if (canValidate()) expect(xmllint(xml, 'xliff21')).toMatchObject({ status: 0, output: '' });
    // into XLIFF 1.2 they are not written as such, and the export says so
    expect(tags(exportXliff12(exportInputOf(p, 0, 'all', 't')), 'trans-unit').join('')).not.toContain('acme:');
    expect(exportLosses('xliff12', p).map((l) => l.key)).toContain('formats2.loss.unitData');
  });

  it('a saved project keeps the namespaces, so the export after reopening it still writes the attributes', () => {
    const p = projectOf(ACME2, 'berita.xlf');
    const reopened = parseProject(serializeProject(p, { app: { name: 'Selaras', version: '0.1.0' }, savedAt: '2025-03-01T10:00:00.000Z' }), { name: 'berita.selaras' });
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.project.origin?.namespaces).toEqual(p.origin?.namespaces);
    expect(tags(exportXliff(exportInputOf(reopened.project, 0, 'all', 't')), 'unit')[0]).toContain('acme:priority="high"');
  });
});

describe("memoQ's comments", () => {
  it('a <mq:comment> becomes a note on the side it applies to, with its author and time; a deleted one does not; exports keep it', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
  <file original="r.docx" datatype="x-memoq" source-language="en" target-language="id"><body>
    <trans-unit id="1" mq:status="PartiallyEdited">
      <source>Prices rose 4.2% in May.</source><target>Harga naik 2,4% pada Mei.</target>
      <mq:comments><mq:comment id="c1" creatoruser="editor" time="2025-05-02T09:00:00Z" appliesto="Target" deleted="False">4.2 or 2.4?</mq:comment><mq:comment id="c2" creatoruser="editor" appliesto="Target" deleted="True">old remark</mq:comment></mq:comments>
    </trans-unit>
  </body></file>
</xliff>`;
    const r = importXliff(xml, 'r.mqxliff');
    if (!r.ok) throw new Error(r.message);
    expect(r.annotations.map((a) => [a.note, a.author, a.created, a.target.type === 'span' ? a.target.version : -1])).toEqual([['4.2 or 2.4?', 'editor', '2025-05-02T09:00:00Z', 1]]);
    expect(r.dropped ?? {}).not.toHaveProperty('mq:comments');
    const p = projectFromBilingual(r, 'r.mqxliff');
    expect(exportXliff12(exportInputOf(p, 0, 'all', 't'))).toContain('4.2 or 2.4?');
    expect(exportXliff(exportInputOf(p, 0, 'all', 't'))).toContain('4.2 or 2.4?');
  });
});
