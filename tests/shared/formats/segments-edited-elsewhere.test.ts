/**
 * A unit of several segments that Selaras wrote, edited or filled in another tool (a CAT tool, a reviewer) and opened
 * again: the segments still end its sentences. The sentences ran together (`Le premier.Deuxième.`), and the next XLIFF 2
 * export wrote one segment where there were two, with nothing said. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { importBilingual } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportXliff } from '../../../shared/formats/xliff';
import { exportXliff12 } from '../../../shared/formats/xliff12';

const X12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.docx" source-language="en-US" target-language="fr-FR" datatype="plaintext"><body>
<trans-unit id="u1"><source>The ferry left. It was late.</source>
<seg-source><mrk mtype="seg" mid="1">The ferry left.</mrk> <mrk mtype="seg" mid="2">It was late.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Le ferry est parti.</mrk> <mrk mtype="seg" mid="2">Il était en retard.</mrk></target></trans-unit>
</body></file></xliff>`;

const X2 = (second: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
<file id="f1"><unit id="u1">
<segment id="s1" state="translated"><source>The ferry left.</source><target>Le ferry est parti.</target></segment>
<ignorable><source> </source></ignorable>
<segment id="s2" state="translated"><source>It was late.</source>${second}</segment>
</unit></file></xliff>`;

/** Opens a file as a project and writes it again with `write` (Selaras's own file). */
function roundTrip(xml: string, name: string, write: typeof exportXliff): string {
  const read = importBilingual(xml, name);
  if (!read.ok) throw new Error(read.message);
  return write(exportInputOf(projectFromBilingual(read, name), 0, 'all', 't'));
}

function targetSentences(xml: string, name: string): string[] {
  const read = importBilingual(xml, name);
  if (!read.ok) throw new Error(read.message);
  return read.versions[1].sentences;
}

describe("a segment of Selaras's own file edited in another tool", () => {
  it('XLIFF 1.2: the edited target reads as its two segments', () => {
    const ours = roundTrip(X12, 'a.xlf', exportXliff12);
    const edited = ours.replace('>Le ferry est parti.<', '>Le bac est parti.<');
    expect(edited).not.toBe(ours);
    expect(targetSentences(edited, 'a.xlf')).toEqual(['Le bac est parti.', 'Il était en retard.']);
  });
  it('XLIFF 1.2: a segment left empty and filled in another tool is a sentence of its own (it ran into the one before)', () => {
    const ours = roundTrip(X12.replace('>Il était en retard.<', '><'), 'a.xlf', exportXliff12);
    expect(ours).toContain('<mrk mtype="seg" mid="2"></mrk>');
    const filled = ours.replace('<mrk mtype="seg" mid="2"></mrk>', '<mrk mtype="seg" mid="2">Il était en retard.</mrk>');
    expect(targetSentences(filled, 'a.xlf')).toEqual(['Le ferry est parti.', 'Il était en retard.']);
    // and the next export writes it in its segment (it wrote one target with no segments, nothing said)
    expect(roundTrip(filled, 'a.xlf', exportXliff12)).toContain('<mrk mtype="seg" mid="1">Le ferry est parti.</mrk> <mrk mtype="seg" mid="2">Il était en retard.</mrk></target>');
    expect(roundTrip(filled, 'a.xlf', exportXliff).match(/<segment\b/g)).toHaveLength(2);
    // guard: as Selaras wrote it, one sentence
    expect(targetSentences(ours, 'a.xlf')).toEqual(['Le ferry est parti.']);
  });
  it('XLIFF 2: the edited target reads as its two segments, and the next export writes two segments again', () => {
    const ours = roundTrip(X2('<target>Il était en retard.</target>'), 'a.xlf', exportXliff);
    const edited = ours.replace('<target>Le ferry est parti.</target>', '<target>Le bac est parti.</target>');
    expect(edited).not.toBe(ours);
    expect(targetSentences(edited, 'a.xlf')).toEqual(['Le bac est parti.', 'Il était en retard.']);
    const again = roundTrip(edited, 'a.xlf', exportXliff);
    expect(again.match(/<segment\b/g)).toHaveLength(2);
    expect(again).toContain('<target>Le bac est parti.</target>');
  });
  it('XLIFF 2: a segment left empty and filled in another tool is a sentence of its own', () => {
    const ours = roundTrip(X2(''), 'a.xlf', exportXliff);
    const filled = ours.replace(/(<segment id="s2"[^>]*>\s*<source>It was late\.<\/source>)/, '$1<target>Il était en retard.</target>');
    expect(filled).not.toBe(ours);
    expect(targetSentences(filled, 'a.xlf')).toEqual(['Le ferry est parti.', 'Il était en retard.']);
    const again = roundTrip(filled, 'a.xlf', exportXliff);
    expect(again.match(/<segment\b/g)).toHaveLength(2);
    expect(again).toMatch(/<source>It was late\.<\/source>\s*<target>Il était en retard\.<\/target>/);
  });
});

describe('a file that names no target language and has no target', () => {
  const NG = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file source-language="en" datatype="plaintext" original="ng2.template"><body>
<trans-unit id="welcome"><source>Welcome to the 3 rooms.</source></trans-unit>
</body></file></xliff>`;
  const TMX1 = '<tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>';
  it('is exported with no target language (a made-up en-x-b was written as the target language, with nothing said)', () => {
    for (const [xml, name] of [
      [NG, 'messages.xlf'],
      [TMX1, 'one.tmx'],
    ] as const) {
      expect(roundTrip(xml, name, exportXliff12)).not.toMatch(/target-language=/);
      expect(roundTrip(xml, name, exportXliff)).not.toMatch(/trgLang=/);
    }
  });
});

describe("an approval given in another tool on Selaras's own XLIFF", () => {
  const ONE2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
<file id="f1"><unit id="u1"><segment id="s1" state="translated"><source>The ferry left.</source><target>Le ferry est parti.</target></segment></unit></file></xliff>`;
  const ONE12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><body>
<trans-unit id="1"><source>The ferry left.</source><target state="translated">Le ferry est parti.</target></trans-unit></body></file></xliff>`;
  const beadOf = (xml: string, name: string) => {
    const read = importBilingual(xml, name);
    if (!read.ok) throw new Error(read.message);
    return read.beads[0];
  };
  it('XLIFF 2: a segment made final reads as confirmed and is written back final (it went back to translated, nothing said)', () => {
    const ours = roundTrip(ONE2, 'a.xlf', exportXliff);
    expect(ours).toContain('state="translated"');
    const approved = ours.replace('state="translated"', 'state="final"');
    expect(beadOf(approved, 'a.xlf').confirmed).toBe(true);
    expect(roundTrip(approved, 'a.xlf', exportXliff)).toMatch(/<segment id="s1" state="final">/);
    // guard: as Selaras wrote it, unconfirmed
    expect(beadOf(ours, 'a.xlf').confirmed).toBeFalsy();
  });
  it('guard: a final unit unconfirmed in Selaras is not written final to XLIFF 1.2, so it does not come back confirmed', () => {
    const read = importBilingual(ONE2.replace('state="translated"', 'state="final"'), 'a.xlf');
    if (!read.ok) throw new Error(read.message);
    const project = projectFromBilingual(read, 'a.xlf');
    expect(project.alignments[0].beads[0].confirmed).toBe(true);
    project.alignments[0].beads[0] = { ...project.alignments[0].beads[0], confirmed: false };
    const x12 = exportXliff12(exportInputOf(project, 0, 'all', 't'));
    expect(x12).not.toContain('state="final"');
    expect(beadOf(x12, 'a.xlf').confirmed).toBeFalsy();
  });
  it('XLIFF 1.2: a unit signed off and approved reads as confirmed and is written back approved', () => {
    const ours = roundTrip(ONE12, 'a.xlf', exportXliff12);
    const approved = ours.replace('<target state="translated">', '<target state="signed-off">').replace(/<trans-unit id="1"/, '<trans-unit approved="yes" id="1"');
    expect(approved).not.toBe(ours);
    expect(beadOf(approved, 'a.xlf').confirmed).toBe(true);
    const again = roundTrip(approved, 'a.xlf', exportXliff12);
    expect(again).toMatch(/approved="yes"/);
    expect(again).toContain('state="signed-off"');
  });
});

describe("a variant of Selaras's own TMX a TM tool stamped since", () => {
  const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu tuid="1"><tuv xml:lang="en"><seg>The ferry left.</seg></tuv><tuv xml:lang="fr" changeid="ann" changedate="20200101T000000Z"><seg>Le ferry est parti.</seg></tuv></tu></body></tmx>`;
  it('keeps its new changedate, changeid and prop in the next export (they went back to the old ones, nothing said)', async () => {
    const { exportTmx } = await import('../../../shared/formats/tmx');
    const ours = roundTrip(TMX, 'own.tmx', exportTmx);
    const stamped = ours.replace(/<tuv xml:lang="fr"[^>]*>/, '<tuv xml:lang="fr" changedate="20240505T101010Z" changeid="bob"><prop type="x-Reviewed">yes</prop>');
    expect(stamped).not.toBe(ours);
    const again = roundTrip(stamped, 'own.tmx', exportTmx);
    const fr = again.slice(again.indexOf('<tuv xml:lang="fr"'));
    expect(fr).toMatch(/^<tuv xml:lang="fr"[^>]*changedate="20240505T101010Z"/);
    expect(fr).toMatch(/^<tuv xml:lang="fr"[^>]*changeid="bob"/);
    expect(fr).toMatch(/<prop type="x-Reviewed">yes<\/prop>/);
    // guard: as Selaras wrote it, the file's own stamps stay
    expect(roundTrip(ours, 'own.tmx', exportTmx)).toContain('changeid="ann"');
  });
});
