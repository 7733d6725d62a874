import { describe, it, expect } from 'vitest';
import { exportTmx, exportXliff, exportXliff12, importTmx, importXliff } from '../../../shared/formats';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { ownSentences } from '../../../shared/formats/import-common';
import type { Project } from '../../../shared/project/types';
import { canValidate, xmllint } from './helpers';

const xliff12 = (unitAttrs: string, source: string, target: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="en" target-language="id" datatype="plaintext"><body>' +
  `<trans-unit id="u1"${unitAttrs}><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;

function open(xml: string, name: string): Project {
  const r = name.endsWith('.tmx') ? importTmx(xml, name) : importXliff(xml, name);
  if (!r.ok) throw new Error(r.message);
  return projectFromBilingual(r, name);
}
const WRITERS = { xliff12: exportXliff12, xliff: exportXliff, tmx: exportTmx } as const;
const out = (p: Project, to: keyof typeof WRITERS) => WRITERS[to](exportInputOf(p, 0, 'all', 't'));
const strip = (x: string) => x.replace(/(creationdate|changedate)="[^"]*"|<(context|mda:meta) [^>]*type="(x-selaras-)?exported">[^<]*<\/(context|mda:meta)>/g, '');

describe('a unit with spacing of its own (xml:space="preserve": line breaks, runs of spaces, tabs)', () => {
  const file = xliff12(' xml:space="preserve"', 'Total:  5 boxes\n\tPrice: $10', 'Jumlah:  5 kotak\n\tHarga: 12 dolar AS');
  it('is written back as it was, in XLIFF 1.2, XLIFF 2 and TMX, each side read as two sentences', () => {
    const p = open(file, 'a.xlf');
    expect(p.versions[0].text.split('\n')).toHaveLength(2);
    for (const to of ['xliff12', 'xliff', 'tmx'] as const) {
      const x = out(p, to);
      expect(x, to).toContain('Total:  5 boxes\n\tPrice: ');
      expect(x, to).toContain('Jumlah:  5 kotak\n\tHarga: ');
      if (canValidate()) expect(xmllint(x, to === 'xliff' ? 'xliff21' : to), to).toMatchObject({ status: 0, output: '' });
    }
  });
  it('the changed figure is marked on its own text, not shifted by the spacing', () => {
    const p = open(file, 'a.xlf');
    expect(out(p, 'xliff12')).toMatch(/\tHarga: <mrk mtype="x-selaras-mismatch-m\d+-\w+(?:-[\w-]+)?-[ab]" comment="[^"]*">12 dolar AS<\/mrk><\/target>/);
    expect(out(p, 'xliff')).toMatch(/\tHarga: <mrk id="[^"]*"[^>]* type="its:generic"[^>]*>12 dolar AS<\/mrk><\/target>/);
  });
  it('an export reopened and exported again is the same file, in each format', () => {
    for (const to of ['xliff12', 'xliff', 'tmx'] as const) {
      const once = out(open(file, 'a.xlf'), to);
      const twice = out(open(once, to === 'tmx' ? 'b.tmx' : 'b.xlf'), to);
      expect(strip(twice), to).toBe(strip(once));
    }
  });
  it('an edited sentence is written as it reads now; the file\'s spacing around it and its other sentences stay (they were all made plain)', () => {
    const p = open(file, 'a.xlf');
    const v = p.versions[1];
    const edited: Project = { ...p, versions: [p.versions[0], { ...v, text: v.text.replace('12 dolar', '10 dolar') }] };
    expect(out(edited, 'xliff12')).toContain('<target>Jumlah:  5 kotak\n\tHarga: 10 dolar AS</target>');
  });
  it('guard: without xml:space="preserve" a run of whitespace is one space, as XLIFF says', () => {
    const p = open(xliff12('', 'Total:  5 boxes\n\tPrice: $10', 'Jumlah:  5 kotak\n\tHarga: 10 dolar AS'), 'a.xlf');
    expect(out(p, 'xliff12')).toContain('<source>Total: 5 boxes Price: $10</source>');
  });
});

describe('the spacing between the segments of an XLIFF 2 unit, under xml:space="preserve" on its sources and targets', () => {
  it('is kept (two spaces, a line break in an ignorable), so the document the segments make up reads as before', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1">' +
      '<segment id="s1"><source xml:space="preserve">First 3 rows. </source><target xml:space="preserve">Tiga baris. </target></segment>' +
      '<segment id="s2"><source xml:space="preserve">  Then 4.</source><target xml:space="preserve">  Lalu 4.</target></segment>' +
      '<ignorable><source xml:space="preserve">\n</source></ignorable><segment id="s3"><source>End.</source><target>Akhir.</target></segment></unit></file></xliff>';
    const x = out(open(xml, 'g.xlf'), 'xliff');
    const doc = (side: 'source' | 'target') => [...x.matchAll(new RegExp(`<${side}>([\\s\\S]*?)</${side}>`, 'g'))].map((m) => m[1].replace(/<[^>]*>/g, '')).join('');
    expect(doc('source')).toBe('First 3 rows.   Then 4.\nEnd.');
    expect(doc('target')).toBe('Tiga baris.   Lalu 4.\nAkhir.');
    if (canValidate()) expect(xmllint(x, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('ownSentences', () => {
  it('cuts a side Selaras wrote with its file\'s spacing by the recorded lengths, whitespace between', () => {
    expect(ownSentences('One.\n\n  Two.', [4, 4])).toEqual(['One.', 'Two.']);
    expect(ownSentences('One. Two.', [4, 4])).toEqual(['One.', 'Two.']);
  });
  it('guard: lengths that do not fit leave the text whole', () => {
    expect(ownSentences('One.\n\nTwo.', [3, 9])).toEqual(['One.\n\nTwo.']);
  });
});

describe('a carriage return in a segment (&#13;)', () => {
  it('is written as &#13; (an XML reader turns a raw one into a line feed): TMX to TMX, XLIFF under xml:space="preserve" to every format', () => {
    const tmx =
      '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>' +
      '<tu tuid="1"><tuv xml:lang="en"><seg>Ten people.&#13;\nTwo cars.</seg></tuv><tuv xml:lang="id"><seg>Sepuluh orang.&#13;\nDua mobil.</seg></tuv></tu></body></tmx>';
    expect(out(open(tmx, 'a.tmx'), 'tmx')).toContain('<seg>Ten people.&#13;\nTwo cars.</seg>');
    const xlf = open(xliff12(' xml:space="preserve"', 'Ten people.&#13;\nTwo cars.', 'Sepuluh orang.&#13;\nDua mobil.'), 'a.xlf');
    for (const to of ['xliff12', 'xliff', 'tmx'] as const) {
      const x = out(xlf, to);
      expect(x, to).toContain('Ten people.&#13;\nTwo cars.');
      expect(x, to).not.toMatch(/\r/);
    }
  });
});

describe('a space beside a line-break code, in a unit read without xml:space="preserve"', () => {
  it('stays where it was: after the <br/>, and none added between a code and the sentence it starts (XLIFF 1.2, XLIFF 2, TMX)', () => {
    const p = open(xliff12('', 'See <ph id="1">&lt;br/&gt;</ph> this.   Then  <x id="2"/>that.', 'Lihat <ph id="1">&lt;br/&gt;</ph> ini. Lalu <x id="2"/>itu.'), 'a.xlf');
    const ends = p.versions[0].text.split('\n');
    expect(ends).toHaveLength(2);
    for (const to of ['xliff12', 'xliff', 'tmx'] as const) {
      const x = out(p, to).replace(/ dataRef="[^"]*"| x="\d+"/g, '');
      expect(x, to).toMatch(/See <ph[^>]*?(\/>|>&lt;br\/&gt;<\/ph>) this\. Then <(x|ph)[^>]*>(<\/ph>)?that\./);
      expect(x, to).toMatch(/Lihat <ph[^>]*?(\/>|>&lt;br\/&gt;<\/ph>) ini\. Lalu <(x|ph)[^>]*>(<\/ph>)?itu\./);
    }
    // a second trip writes the same
    const again = open(out(p, 'xliff12'), 'b.xlf');
    expect(strip(out(again, 'xliff12'))).toBe(strip(out(p, 'xliff12')));
  });
});

describe('a line break inside one segment of an XLIFF 2 unit of several (xml:space="preserve")', () => {
  it('is written back inside that segment, in XLIFF 2 and XLIFF 1.2; the segments stay', () => {
    const xml =
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f1"><unit id="u1" xml:space="preserve">' +
      '<segment id="s1"><source>Title: 300 troops\nHe sent them.</source><target>Judul: 300 prajurit\nDia mengirim mereka.</target></segment><ignorable><source> </source></ignorable>' +
      '<segment id="s2"><source>It took 4 days.</source><target>Butuh 4 hari.</target></segment></unit></file></xliff>';
    const p = open(xml, 'a.xlf');
    expect(p.alignments[0].beads[0].origin?.segments).toEqual([[2, 2], [1, 1]]);
    const x2 = out(p, 'xliff');
    expect(x2).toContain('<source>Title: 300 troops\nHe sent them.</source>');
    expect(x2).toContain('<target>Judul: 300 prajurit\nDia mengirim mereka.</target>');
    expect(out(p, 'xliff12')).toContain('<mrk mtype="seg" mid="s1">Title: 300 troops\nHe sent them.</mrk>');
    expect(strip(out(open(x2, 'b.xlf'), 'xliff'))).toBe(strip(x2));
    if (canValidate()) expect(xmllint(x2, 'xliff21')).toMatchObject({ status: 0, output: '' });
  });
});

describe('a space after a line-break code in a unit of several segments (no xml:space="preserve")', () => {
  const x2 =
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f1"><unit id="u1">' +
    '<originalData><data id="d1">&lt;br/&gt;</data></originalData>' +
    '<segment><source>Reihe eins<ph id="1" dataRef="d1"/> Reihe zwei.</source><target>Row one<ph id="1" dataRef="d1"/> row two.</target></segment>' +
    '<segment><source>Schluss.</source><target>Done.</target></segment></unit></file></xliff>';
  const x12 =
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="de" target-language="en" datatype="html"><body><trans-unit id="1">' +
    '<source>Reihe eins<x id="1" ctype="lb"/> Reihe zwei. Schluss.</source>' +
    '<seg-source><mrk mtype="seg" mid="1">Reihe eins<x id="1" ctype="lb"/> Reihe zwei.</mrk> <mrk mtype="seg" mid="2">Schluss.</mrk></seg-source>' +
    '<target><mrk mtype="seg" mid="1">Row one<x id="1" ctype="lb"/> row two.</mrk> <mrk mtype="seg" mid="2">Done.</mrk></target></trans-unit></body></file></xliff>';
  it('keeps the space on both sides in XLIFF 2, XLIFF 1.2 and TMX (it was deleted)', () => {
    for (const [name, xml] of [['two.xlf', x2], ['one-two.xlf', x12]] as const) {
      const p = open(xml, name);
      for (const to of ['xliff12', 'xliff', 'tmx'] as const) {
        const x = out(p, to);
        expect(x, `${name} → ${to}`).toMatch(/eins(?:<[^>]*>|&lt;br\/&gt;)+ Reihe zwei\./);
        expect(x, `${name} → ${to}`).toMatch(/one(?:<[^>]*>|&lt;br\/&gt;)+ row two\./);
      }
    }
  });
});
