import { describe, it, expect } from 'vitest';
import { exportXliff, exportXliff12, importXliff } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';
import { exportLosses } from '../../../shared/formats/losses';

function open(xml: string): Project {
  const r = importXliff(xml, 'a.xlf');
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, 'a.xlf');
}
const units12 = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>' +
  `${body}</body></file></xliff>`;
const units2 = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">${body}</file></xliff>`;
const unitOf = (xml: string, id: string) => xml.match(new RegExp(`<trans-unit id="${id}"[\\s\\S]*?</trans-unit>`))?.[0] ?? '';
const unit2Of = (xml: string, id: string) => xml.match(new RegExp(`<unit id="${id}"[\\s\\S]*?</unit>`))?.[0] ?? '';

describe('XLIFF 1.2 states and approval as the file gave them', () => {
  const file = units12(
    '<trans-unit id="1" approved="no"><source>Three boats.</source><target state="final">Tiga perahu.</target></trans-unit>' +
      '<trans-unit id="2"><source>Two boats.</source><target state="x-mt">Dua perahu.</target></trans-unit>' +
      '<trans-unit id="3"><source>Four boats.</source><target>Empat perahu.</target></trans-unit>' +
      '<trans-unit id="4" approved="yes"><source>Five boats.</source><target state="translated">Lima perahu.</target></trans-unit>',
  );
  it('approved="no" beside a final state stays unconfirmed, and goes back with its state, not as approved', () => {
    const p = open(file);
    expect(p.alignments[0].beads.map((b) => !!b.confirmed)).toEqual([false, false, false, true]);
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(unitOf(out, '1')).not.toContain('approved="yes"');
    expect(unitOf(out, '1')).toContain('<target state="final">Tiga perahu.</target>');
    // approved as the file said, its state as the file said (not raised to signed-off)
    expect(unitOf(out, '4')).toContain('approved="yes"');
    expect(unitOf(out, '4')).toContain('<target state="translated">');
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
  it('a row confirmed in Selaras since is approved and signed off; one unconfirmed since is approved="no"', () => {
    const p = open(file);
    const beads = p.alignments[0].beads.map((b, k) => (k === 2 ? { ...b, confirmed: true } : k === 3 ? { ...b, confirmed: false } : b));
    const out = exportXliff12(exportInputOf({ ...p, alignments: [{ ...p.alignments[0], beads }] }, 0, 'all', 't'));
    expect(unitOf(out, '3')).toMatch(/approved="yes"[\s\S]*<target state="signed-off">Empat perahu.<\/target>/);
    expect(unitOf(out, '4')).toContain('approved="no"');
    expect(unitOf(out, '4')).toContain('<target state="translated">');
    expect(exportXliff(exportInputOf({ ...p, alignments: [{ ...p.alignments[0], beads }] }, 0, 'all', 't'))).toMatch(/<unit id="3"[\s\S]*?state="reviewed"/);
  });
  it("a row the file said was confirmed and the user unconfirmed says so: approved=\"no\", a signed-off or final state back to needs review; XLIFF 2 back to translated", () => {
    const signed = units12(
      '<trans-unit id="1"><source>One boat.</source><target state="final">Satu perahu.</target></trans-unit>' +
        '<trans-unit id="2"><source>Two boats.</source><target state="needs-review-translation">Dua perahu.</target></trans-unit>',
    );
    const p = open(signed);
    expect(p.alignments[0].beads.map((b) => !!b.confirmed)).toEqual([true, false]);
    const flipped = { ...p, alignments: [{ ...p.alignments[0], beads: p.alignments[0].beads.map((b) => ({ ...b, confirmed: !b.confirmed })) }] };
    const out = exportXliff12(exportInputOf(flipped, 0, 'all', 't'));
    expect(unitOf(out, '1')).toMatch(/approved="no"[\s\S]*<target state="needs-review-translation">Satu perahu.<\/target>/);
    expect(unitOf(out, '2')).toMatch(/approved="yes"[\s\S]*<target state="signed-off">Dua perahu.<\/target>/);
    if (canValidate()) expect(xmllint(out, 'xliff12')).toMatchObject({ status: 0, output: '' });
    const x2 = open(units2('<unit id="u1"><segment state="final"><source>One boat.</source><target>Satu perahu.</target></segment></unit><unit id="u2"><segment state="initial"><source>Two boats.</source><target>Dua perahu.</target></segment></unit>'));
    const x2flipped = { ...x2, alignments: [{ ...x2.alignments[0], beads: x2.alignments[0].beads.map((b, k) => (k === 0 ? { ...b, confirmed: false } : b)) }] };
    expect(unit2Of(exportXliff(exportInputOf(x2flipped, 0, 'all', 't')), 'u1')).toContain('state="translated"');
    // an XLIFF 2 target still `initial` (machine-filled, say) needs translating in 1.2
    expect(unitOf(exportXliff12(exportInputOf(x2, 0, 'all', 't')), 'u2')).toContain('<target state="needs-translation">');
  });

  it('a memoQ unit confirmed by its translator keeps its state and gets no approved attribute; in XLIFF 2 its state as XLIFF 2 says it', () => {
    const mq = units12(
      '<trans-unit id="1" xmlns:mq="MQXliff" mq:status="ManuallyConfirmed"><source>Six boats.</source><target state="translated">Enam perahu.</target></trans-unit>' +
        '<trans-unit id="2"><source>Seven boats.</source><target state="new">Tujuh perahu.</target></trans-unit>',
    );
    const p = open(mq);
    expect(p.alignments[0].beads[0].confirmed).toBe(true);
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(unitOf(out, '1')).not.toContain('approved');
    expect(unitOf(out, '1')).toContain('<target state="translated">');
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(unit2Of(x2, '1')).toContain('state="translated"');
    expect(unit2Of(x2, '2')).toContain('state="initial"');
  });
  it("a tool's own state (x-mt) is kept, and a target without a state gets none", () => {
    const out = exportXliff12(exportInputOf(open(file), 0, 'all', 't'));
    expect(unitOf(out, '2')).toContain('<target state="x-mt">Dua perahu.</target>');
    expect(unitOf(out, '3')).toContain('<target>Empat perahu.</target>');
  });
});

describe('XLIFF 2 segment states without segment ids', () => {
  const file = units2(
    '<unit id="u1"><segment state="reviewed"><source>One boat.</source><target>Satu perahu.</target></segment><segment><source>Two boats.</source><target>Dua perahu.</target></segment></unit>' +
      '<unit id="u2"><segment state="final"><source>Five boats.</source><target>Lima perahu.</target></segment></unit>',
  );
  it('keep their states in XLIFF 2 (none stays none), and their boundaries and final state in XLIFF 1.2', () => {
    const p = open(file);
    const x2 = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(unit2Of(x2, 'u1')).toMatch(/<segment id="s1" state="reviewed">[\s\S]*<segment id="s2">/);
    expect(unit2Of(x2, 'u2')).toContain('<segment id="s1" state="final">');
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    // (no whitespace between the segments, as in the file: it had no <ignorable> there)
    expect(unitOf(x12, 'u1')).toContain('<seg-source><mrk mtype="seg" mid="1">One boat.</mrk><mrk mtype="seg" mid="2">Two boats.</mrk></seg-source>');
    expect(unitOf(x12, 'u2')).toContain('<target state="final">Lima perahu.</target>');
    if (canValidate()) {
      expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
    }
  });
});

describe("another tool's own confirmation and lock", () => {
  it('memoQ: mq:status="Confirmed" is a confirmed bead, PartiallyEdited is not; mq:locked="locked" locks it', () => {
    const p = open(
      units12(
        '<trans-unit id="1" mq:status="Confirmed" mq:locked="locked"><source>Three boats.</source><target>Tiga perahu.</target></trans-unit>' +
          '<trans-unit id="2" mq:status="PartiallyEdited"><source>Two boats.</source><target>Dua perahu.</target></trans-unit>' +
          // (memoQ itself writes the value capitalised)
          '<trans-unit id="3" mq:status="PartiallyEdited" mq:locked="Locked"><source>One boat.</source><target>Satu perahu.</target></trans-unit>',
      ).replace('<xliff ', '<xliff xmlns:mq="MQXliff" '),
    );
    expect(p.alignments[0].beads.map((b) => [!!b.confirmed, !!b.locked])).toEqual([
      [true, true],
      [false, false],
      [false, true],
    ]);
  });
  it('Trados: a unit whose segments are all approved is confirmed, all locked="true" locked; a Draft segment, or one only Translated, leaves it unconfirmed', () => {
    const seg = (conf: string, locked = '') => `<sdl:seg id="1" conf="${conf}"${locked}/>`;
    const unit = (id: string, defs: string) =>
      `<trans-unit id="${id}"><source>Three boats.</source><target>Tiga perahu.</target><sdl:seg-defs>${defs}</sdl:seg-defs></trans-unit>`;
    const p = open(
      units12(unit('1', seg('ApprovedTranslation', ' locked="true"')) + unit('2', seg('Translated') + seg('Draft')) + unit('3', seg('Translated'))).replace(
        '<xliff ',
        '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" ',
      ),
    );
    expect(p.alignments[0].beads.map((b) => [!!b.confirmed, !!b.locked])).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
  it('Trados: each confirmation level goes to XLIFF 2 and XLIFF 1.2 as their states say it (a draft or a rejected translation still needs translating)', () => {
    const unit = (id: string, ...confs: string[]) =>
      `<trans-unit id="${id}"><source>Three boats.</source><target>Tiga perahu.</target><sdl:seg-defs>${confs.map((c, k) => `<sdl:seg id="${k + 1}" conf="${c}"/>`).join('')}</sdl:seg-defs></trans-unit>`;
    const levels = ['Translated', 'ApprovedSignOff', 'Draft', 'RejectedTranslation', 'ApprovedTranslation', 'RejectedSignOff', 'Unspecified'];
    const units = levels.map((c, k) => unit(String(k + 1), c)).join('') + unit('8', 'ApprovedSignOff', 'Draft');
    const p = open(units12(units).replace('<xliff ', '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" '));
    const out = exportXliff(exportInputOf(p, 0, 'all', 't'));
    const state2 = (id: string) => /<segment[^>]*state="([^"]+)"/.exec(unit2Of(out, id))?.[1];
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map(state2)).toEqual(['translated', 'final', 'initial', 'initial', 'reviewed', 'translated', 'translated', 'initial']);
    // XLIFF 1.2: the level as a target state; an approval also as XLIFF 1.2 says it (no export writes the Trados status)
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    const state12 = (id: string) => /<target[^>]*state="([^"]+)"/.exec(unitOf(x12, id))?.[1];
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map(state12)).toEqual(['translated', 'final', 'needs-translation', 'needs-translation', 'signed-off', 'needs-review-translation', undefined, 'needs-translation']);
    expect(unitOf(x12, '1')).not.toContain('approved=');
    expect(unitOf(x12, '2')).toContain('approved="yes"');
    if (canValidate()) {
      expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0 });
    }
  });
  it('Trados and XLIFF 1.2 units cut at their segments: each segment keeps its own level in XLIFF 2; XLIFF 1.2 writes the least advanced', () => {
    const seg = (mid: string, text: string) => `<mrk mtype="seg" mid="${mid}">${text}</mrk>`;
    const unit = (id: string, target: string, defs: string) =>
      `<trans-unit id="${id}"><source>Three boats left. Two came back.</source><seg-source>${seg('1', 'Three boats left.')} ${seg('2', 'Two came back.')}</seg-source>` +
      `${target}${defs}</trans-unit>`;
    const trg = (attrs = '') => `<target${attrs}>${seg('1', 'Tiga perahu berangkat.')} ${seg('2', 'Dua kembali.')}</target>`;
    const p = open(
      units12(
        unit('1', trg(), '<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>') + unit('2', trg(' state="final"'), ''),
      ).replace('<xliff ', '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" '),
    );
    const out = exportXliff(exportInputOf(p, 0, 'all', 't'));
    const states = (id: string) => [...unit2Of(out, id).matchAll(/<segment[^>]*state="([^"]+)"/g)].map((m) => m[1]);
    expect(states('1')).toEqual(['final', 'initial']);
    expect(states('2')).toEqual(['final', 'final']);
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(unitOf(x12, '1')).toMatch(/<target[^>]*state="needs-translation"/);
    expect(unitOf(x12, '2')).toMatch(/<target[^>]*state="final"/);
    if (canValidate()) {
      expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0 });
    }
  });
  it('Phrase: m:confirmed="1" is confirmed (written reviewed), m:confirmed="0" not; m:locked="true" locks', () => {
    const unit = (id: string, c: string, l: string) => `<trans-unit id="${id}" m:confirmed="${c}" m:locked="${l}"><source>Three boats.</source><target>Tiga perahu.</target></trans-unit>`;
    const p = open(units12(unit('1', '1', 'true') + unit('2', '0', 'false')).replace('<xliff ', '<xliff xmlns:m="http://www.memsource.com/mxlf/2.0" '));
    expect(p.alignments[0].beads.map((b) => [!!b.confirmed, !!b.locked])).toEqual([
      [true, true],
      [false, false],
    ]);
    const out = exportXliff(exportInputOf(p, 0, 'all', 't'));
    expect(unit2Of(out, '1')).toContain('state="reviewed"');
    expect(unit2Of(out, '2')).toContain('state="translated"');
  });
  it('guard: approved="no" outweighs the tool\'s status', () => {
    const p = open(units12('<trans-unit id="1" approved="no" mq:status="Confirmed"><source>Three boats.</source><target>Tiga perahu.</target></trans-unit>').replace('<xliff ', '<xliff xmlns:mq="MQXliff" '));
    expect(p.alignments[0].beads[0].confirmed).toBeFalsy();
  });
});

describe('an XLIFF 2 segment subState', () => {
  it('goes back with the state it qualifies, while that state is written unchanged', () => {
    const xml =
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1">' +
      '<unit id="u1"><segment id="s1" state="reviewed" subState="acme:approved"><source>Ten people.</source><target>Sepuluh orang.</target></segment>' +
      '<segment id="s2" state="translated" subState="acme:mt"><source>Two cars.</source><target>Dua mobil.</target></segment></unit></file></xliff>';
    const r = importXliff(xml, 's.xlf');
    if (!r.ok) throw new Error(r.message);
    const out = exportXliff(exportInputOf(projectFromBilingual(r, 's.xlf'), 0, 'all', 't'));
    expect(out).toContain('<segment id="s1" state="reviewed" subState="acme:approved">');
    expect(out).toContain('<segment id="s2" state="translated" subState="acme:mt">');
    if (canValidate()) expect(xmllint(out, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });

  it('an export to XLIFF 1.2 or TMX, which have no place for it, says so (the unit\'s data is not written as such)', () => {
    const p = open(
      units2(
        '<unit id="u1"><segment state="reviewed" subState="acme:approved"><source>Ten people.</source><target>Sepuluh orang.</target></segment></unit>' +
          '<unit id="u2"><segment state="translated"><source>Two cars.</source><target>Dua mobil.</target></segment></unit>',
      ),
    );
    for (const format of ['xliff12', 'tmx'] as const) expect(exportLosses(format, p)).toContainEqual(expect.objectContaining({ key: 'formats2.loss.unitData', params: expect.objectContaining({ count: 1 }) }));
    expect(exportLosses('xliff', p).some((l) => l.key === 'formats2.loss.unitData')).toBe(false);
  });
});

describe('an XLIFF 2 unit in XLIFF 1.2', () => {
  it('part translated needs translation; without states, none; all final, final', () => {
    const p = open(
      units2(
        '<unit id="u1"><segment state="translated"><source>One boat.</source><target>Satu perahu.</target></segment><segment state="initial"><source>Two boats.</source></segment></unit>' +
          '<unit id="u2"><segment><source>Five boats.</source><target>Lima perahu.</target></segment></unit>' +
          '<unit id="u3"><segment state="final"><source>Six boats.</source><target>Enam perahu.</target></segment></unit>',
      ),
    );
    const x12 = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(unitOf(x12, 'u1')).toMatch(/<target state="needs-translation">/);
    expect(unitOf(x12, 'u2')).toMatch(/<target>Lima perahu\.<\/target>/);
    expect(unitOf(x12, 'u3')).toMatch(/<target state="final">/);
    if (canValidate()) expect(xmllint(x12, 'xliff12')).toMatchObject({ status: 0, output: '' });
  });
});

describe('an XLIFF 2 segment with an empty target', () => {
  it('keeps its empty <target> (it was dropped); one with no target stays without', () => {
    const xml = units2(
      '<unit id="u1"><segment id="s1" state="translated"><source>Ten people.</source><target>Sepuluh orang.</target></segment>' +
        '<segment id="s2" state="initial"><source>Two cars.</source><target></target></segment>' +
        '<segment id="s3"><source>Six boats.</source></segment></unit>',
    );
    const r = importXliff(xml, 'e.xlf');
    if (!r.ok) throw new Error(r.message);
    const out = exportXliff(exportInputOf(projectFromBilingual(r, 'e.xlf'), 0, 'all', 't'));
    const seg = (id: string) => out.match(new RegExp(`<segment id="${id}"[\\s\\S]*?</segment>`))?.[0] ?? '';
    expect(seg('s2')).toMatch(/<source>Two cars\.<\/source>\s*<target><\/target>/);
    expect(seg('s3')).not.toContain('<target');
    expect(seg('s1')).toContain('<target>Sepuluh orang.</target>');
  });
});

describe('an XLIFF 1.2 unit with an empty target and no state', () => {
  it('keeps its empty <target> in an XLIFF 1.2 export (it was dropped)', () => {
    const p = open(units12('<trans-unit id="1"><source>Three boats.</source><target>Tiga perahu.</target></trans-unit><trans-unit id="2"><source>Two cars.</source><target></target></trans-unit><trans-unit id="3"><source>Six men.</source></trans-unit>'));
    const out = exportXliff12(exportInputOf(p, 0, 'all', 't'));
    expect(unitOf(out, '2')).toMatch(/<source>Two cars\.<\/source>\s*<target><\/target>/);
    expect(unitOf(out, '3')).not.toContain('<target');
  });
});
