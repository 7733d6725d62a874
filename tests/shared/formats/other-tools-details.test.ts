/**
 * Details of other tools' files that a conversion kept or said nothing of: an isolated end code's type in XLIFF 1.2, a
 * one-segment <seg-source> that says other words than its <source>, the marks of an XLIFF 2 unit of several segments
 * written as one TMX <seg>, and a TMX variant tagged in another form of its side's language. Our own small files.
 */
import { describe, it, expect } from 'vitest';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff12 } from '../../../shared/formats/xliff12';
import { exportLosses } from '../../../shared/formats/losses';
import type { BilingualImportResult } from '../../../shared/formats/types';

const projectOf = (r: BilingualImportResult, name: string) => {
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
};
const xliff12 = (units: string, src = 'de-DE', trg = 'fr-FR') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="x" datatype="plaintext" source-language="${src}" target-language="${trg}"><body>${units}</body></file></xliff>`;

describe('XLIFF 1.2: an isolated end code keeps its type', () => {
  it('<it pos="close" ctype="italic"> is written with its ctype, as its start is', () => {
    const xml = xliff12(
      '<trans-unit id="1"><source>Anfang <it id="6" pos="open" ctype="bold">&lt;b&gt;</it>und <it id="7" pos="close" ctype="italic">&lt;/i&gt;</it>Ende mit 3 Teilen.</source>' +
        '<target>Début <it id="6" pos="open" ctype="bold">&lt;b&gt;</it>et <it id="7" pos="close" ctype="italic">&lt;/i&gt;</it>fin avec 3 parties.</target></trans-unit>',
    );
    const out = exportXliff12(exportInputOf(projectOf(importXliff(xml, 'c.xlf'), 'c.xlf'), 0, 'all', 't'));
    expect(out).toMatch(/<it id="[^"]*" pos="close" ctype="italic">/);
    expect(out).toMatch(/<it id="[^"]*" pos="open" ctype="bold">/);
  });
});

describe('XLIFF 1.2: a <seg-source> of one segment that says other words', () => {
  it('is said not read (its text differs from the <source> read), not replaced silently', () => {
    const xml = xliff12(
      '<trans-unit id="1"><source>Alter Text mit 5 Wörtern.</source><seg-source><mrk mtype="seg" mid="1">Neuer Text mit 6 Wörtern.</mrk></seg-source><target><mrk mtype="seg" mid="1">Nouveau texte avec 6 mots.</mrk></target></trans-unit>' +
        '<trans-unit id="2"><source>Gleicher Text mit 7 Wörtern.</source><seg-source><mrk mtype="seg" mid="2">Gleicher Text mit 7 Wörtern.</mrk></seg-source><target><mrk mtype="seg" mid="2">Même texte avec 7 mots.</mrk></target></trans-unit>',
    );
    const r = importXliff(xml, 's.xlf');
    // (the second unit's seg-source reads as its source does: nothing is lost there)
    expect(r.ok && r.dropped).toEqual({ 'seg-source': 1 });
  });
});

describe('XLIFF 2 → TMX: the marks of a unit of several segments with no space between them', () => {
  const xml =
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ja-JP" trgLang="en-US"><file id="f1"><unit id="u1">' +
    '<segment id="s1"><source>価格は3万円だ。</source><target>The price is 30,000 yen.</target></segment>' +
    '<segment id="s2"><source>税<mrk id="m1" translate="no">込み</mrk>。</source><target>Tax <mrk id="m1" translate="no">included</mrk>.</target></segment>' +
    '</unit></file></xliff>';

  it('are written as <hi> on their own text in the one <seg> (they were left to Selaras data only, unsaid)', () => {
    const tmx = exportTmx(exportInputOf(projectOf(importXliff(xml, 'j.xlf'), 'j.xlf'), 0, 'all', 't'));
    expect(tmx).toContain('価格は3万円だ。税<hi type="x-protected">込み</hi>。</seg>');
    expect(tmx).toContain('Tax <hi type="x-protected">included</hi>.</seg>');
    // and come back once, as the marks they were
    const back = projectOf(importTmx(tmx, 'j.tmx'), 'j.tmx');
    expect(back.annotations.filter((a) => a.target.type === 'span').map((a) => (a.target.type === 'span' ? back.versions[a.target.version].text.slice(a.target.start, a.target.end) : ''))).toEqual(['込み', 'included']);
  });
});

describe('TMX: a variant tagged in another form of its side language', () => {
  const tmx =
    '<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/><body>' +
    '<tu tuid="1"><tuv xml:lang="en-US"><seg>Sales rose 4 percent.</seg></tuv><tuv xml:lang="fr-FR"><seg>Les ventes ont augmenté de 4 %.</seg></tuv></tu>' +
    '<tu tuid="2"><tuv xml:lang="en-GB"><seg>Colour costs fell 2 percent.</seg></tuv><tuv xml:lang="fr-FR"><seg>Les coûts de couleur ont baissé de 2 %.</seg></tuv></tu>' +
    '</body></tmx>';

  it('is written back with its own tag (en-GB was written en-US, silently), in TMX and through a second round', () => {
    const project = projectOf(importTmx(tmx, 'v.tmx'), 'v.tmx');
    expect(exportLosses('tmx', project)).toEqual([]);
    const out = exportTmx(exportInputOf(project, 0, 'all', 't'));
    expect(out.match(/xml:lang="[^"]*"/g)).toEqual(['xml:lang="en-US"', 'xml:lang="fr-FR"', 'xml:lang="en-GB"', 'xml:lang="fr-FR"']);
    const again = exportTmx(exportInputOf(projectOf(importTmx(out, 'v2.tmx'), 'v2.tmx'), 0, 'all', 't'));
    expect(again.match(/xml:lang="[^"]*"/g)).toEqual(['xml:lang="en-US"', 'xml:lang="fr-FR"', 'xml:lang="en-GB"', 'xml:lang="fr-FR"']);
  });

  it('XLIFF, which has one source language, says it keeps the tag in Selaras data', () => {
    const project = projectOf(importTmx(tmx, 'v.tmx'), 'v.tmx');
    expect(exportLosses('xliff', project).map((l) => l.key)).toContain('formats2.loss.unitData');
  });
});

describe('XLIFF 2 → XLIFF 1.2: a term mark that starts inside a paired code', () => {
  it('keeps its own extent (it was widened over the code, taking in a word that is not the term); the code pair is <bx/>/<ex/>', () => {
    const xml =
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1"><segment id="s1">' +
      '<source>A <pc id="1">bold <sm id="m1" type="term"/>word</pc> then plain<em startRef="m1"/> text with 2 terms.</source>' +
      '<target>Sebuah <pc id="1">kata <sm id="m1" type="term"/>tebal</pc> lalu polos<em startRef="m1"/> dengan 2 istilah.</target></segment></unit></file></xliff>';
    const out = exportXliff12(exportInputOf(projectOf(importXliff(xml, 't.xlf'), 't.xlf'), 0, 'all', 't'));
    expect(out).toMatch(/bold <mrk mtype="term">word<ex [^>]*\/> then plain<\/mrk>/);
    expect(out).not.toMatch(/<mrk mtype="term">(?:<[^>]*>)*bold/);
  });
});
