import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { exportTmx } from '../../../shared/formats/tmx';
import { importTmx } from '../../../shared/formats/import-tmx';
import { readXml, elements, child, attr, type XmlElement } from '../../../shared/formats/xml-read';
import { canValidate, hostileSample, inputFrom, minimalInput, sampleInput, xmllint, sameMismatchAfterImport, expectSameRowsAndParagraphs } from './helpers';
import { sample } from '../../fixtures/project/sample';
import { exportInputOf } from '../../../shared/formats/input';
import { projectFromBilingual } from '../../../shared/formats/import-project';

function parse(xml: string): XmlElement {
  const r = readXml(xml);
  if (!r.ok) throw new Error(r.detail);
  return r.root;
}

describe('exportTmx', () => {
  it('writes a complete TMX 1.4b header', () => {
    const root = parse(exportTmx(sampleInput()));
    expect(root.name).toBe('tmx');
    expect(attr(root, 'version')).toBe('1.4');
    const h = child(root, 'header')!;
    expect(h.attrs).toMatchObject({
      creationtool: 'Selaras',
      creationtoolversion: '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'Selaras',
      adminlang: 'en',
      srclang: 'id',
      datatype: 'plaintext',
      creationdate: '20240313T100000Z',
    });
  });

  it('unpaired beads are single-tuv units by default (nothing lost on reopening)', () => {
    const root = parse(exportTmx(sampleInput()));
    const tus = elements(child(root, 'body')!, 'tu');
    expect(tus.map((t) => attr(t, 'tuid'))).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    expect(tus.map((t) => elements(t, 'tuv').length)).toEqual([2, 2, 2, 2, 1, 1]);
  });

  it('includeUnpaired false: one tu per paired bead; unpaired beads counted in the header and their annotations kept there', () => {
    const root = parse(exportTmx(sampleInput(), { includeUnpaired: false }));
    const tus = elements(child(root, 'body')!, 'tu');
    expect(tus.map((t) => attr(t, 'tuid'))).toEqual(['b1', 'b2', 'b3', 'b4']);
    for (const tu of tus) {
      const tuvs = elements(tu, 'tuv');
      expect(tuvs.map((t) => attr(t, 'xml:lang'))).toEqual(['id', 'en']);
      expect(elements(tuvs[0], 'seg')).toHaveLength(1);
    }
    const header = child(root, 'header')!;
    const props = elements(header, 'prop').map((p) => [attr(p, 'type'), p.children.map((c) => ('text' in c ? c.text : '')).join('')]);
    expect(props).toContainEqual(['x-selaras-unpaired', '2']);
    // a2 (on the missing 40 persen, a 1-0 bead) and a3 (span in the 0-1 bead) and a4 (ledger) go to the header.
    const anns = props.filter(([t]) => t === 'x-selaras-annotation').map(([, v]) => /id=([^&]+)/.exec(v!)![1]);
    expect(anns.sort()).toEqual(['a2', 'a3', 'a4']);
  });

  it('writes verdicts and both figures as x-selaras props, annotations as notes, never an empty prop', () => {
    const xml = exportTmx(sampleInput());
    const root = parse(xml);
    const tu2 = elements(child(root, 'body')!, 'tu')[1];
    const props = elements(tu2, 'prop').map((p) => [attr(p, 'type'), p.children.map((c) => ('text' in c ? c.text : '')).join('')]);
    expect(props).toContainEqual(['x-selaras-verdict', 'm1 confirmed']);
    expect(props).toContainEqual(['x-selaras-figure-a', 'm1 1.250 warga']);
    expect(props).toContainEqual(['x-selaras-figure-b', 'm1 1,520 residents']);
    expect(props).toContainEqual(['x-selaras-bead', '1-1']);
    expect(elements(tu2, 'note').map((n) => n.children.map((c) => ('text' in c ? c.text : '')).join(''))).toEqual([
      'Angka pengungsi di versi Inggris tertukar digitnya.',
    ]);
    expect(xml).not.toMatch(/<prop[^>]*>\s*<\/prop>/);
    expect(xml).not.toMatch(/<prop[^>]*\/>/);
  });

  it('scope confirmed exports confirmed beads only', () => {
    const root = parse(exportTmx(sampleInput('confirmed')));
    expect(elements(child(root, 'body')!, 'tu').map((t) => attr(t, 'tuid'))).toEqual(['b1', 'b3']);
  });

  it('scope mismatches keeps beads with an undismissed mismatch', () => {
    const root = parse(exportTmx(sampleInput('mismatches')));
    expect(elements(child(root, 'body')!, 'tu').map((t) => attr(t, 'tuid'))).toEqual(['b2']);
  });

  it('validates against the TMX 1.4 DTD (xmllint), including hostile text and unpaired units', () => {
    if (!canValidate()) return;
    for (const xml of [
      exportTmx(sampleInput()),
      exportTmx(sampleInput(), { includeUnpaired: true }),
      exportTmx(inputFrom(hostileSample())),
      exportTmx(sampleInput('confirmed')),
    ]) {
      const r = xmllint(xml, 'tmx');
      expect(r.output).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('round-trips: same beads, texts and annotations (unpaired beads included)', () => {
    const s = sample();
    const input = inputFrom(s);
    const back = importTmx(exportTmx(input, { includeUnpaired: true }), 'x.tmx');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.format).toBe('tmx');
    expect(back.versions.map((v) => v.lang)).toEqual(['id', 'en']);
    expect(back.versions.map((v) => v.name)).toEqual(['banjir.txt', 'flood.txt']);
    expectSameRowsAndParagraphs(s, back);
    const byId = new Map(back.annotations.map((a) => [a.id, a]));
    for (const a of s.project.annotations) {
      const got = byId.get(a.id)!;
      expect(got, a.id).toBeDefined();
      const { target, ...rest } = a;
      const { target: gotTarget, ...gotRest } = got;
      expect(gotRest).toEqual(rest);
      if (target.type === 'span') {
        // The span points at the same words in the imported text.
        const orig = s.project.versions[target.version].text.slice(target.start, target.end);
        expect(gotTarget.type).toBe('span');
        if (gotTarget.type === 'span') expect(back.versions[gotTarget.version].text.slice(gotTarget.start, gotTarget.end)).toBe(orig);
      } else if (target.type === 'mismatch' && gotTarget.type === 'mismatch') {
        // The key is recomputed for the imported texts: it names the same mismatch there.
        sameMismatchAfterImport(s, target, back, gotTarget);
      } else {
        expect(gotTarget).toEqual(target);
      }
    }
  });

  it('two versions in the same language stay apart (B gets -x-b)', () => {
    const s = sample();
    s.project.versions[1] = { ...s.project.versions[1], lang: 'id' };
    const xml = exportTmx(inputFrom(s));
    expect(xml).toContain('xml:lang="id-x-b"');
    const back = importTmx(xml, 'same.tmx');
    expect(back.ok && back.versions.map((v) => v.lang)).toEqual(['id', 'id']);
    if (back.ok) expect(back.versions[1].sentences[0]).toBe(s.sentencesB[0].text);
  });

  const sentenceText = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
    // Line breaks (including U+2028/U+2029) inside a sentence become spaces, by design.
    .map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' ').trim())
    .filter((s) => s !== '');

  it('property: any sentence text survives export and import', () => {
    fc.assert(
      // Sentences are trimmed and never blank (the segmenter makes them so); TMX segments from
      // other tools are pretty-printed, so the importer trims them too.
      fc.property(sentenceText, sentenceText, (ta, tb) => {
        const a = ta.replace(/[\r\n]/g, ' ');
        const b = tb.replace(/[\r\n]/g, ' ');
        const input = minimalInput([[a]], [[b]]);
        const back = importTmx(exportTmx(input));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        // XML cannot carry C0 controls: they become U+FFFD.
        const clean = (x: string) => x.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
        expect(back.versions[0].sentences).toEqual([clean(a)]);
        expect(back.versions[1].sentences).toEqual([clean(b)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a TMX that another tool wrote without its <header>', () => {
  it('is read from its units (languages, texts); without a <body> it is no TMX', () => {
    const tu = (id: string, en: string, ms: string) => `<tu><tuv xml:lang="en-GB"><seg>${en}</seg></tuv><tuv xml:lang="ms-MY"><seg>${ms}</seg></tuv></tu>`;
    const r = importTmx(`<?xml version="1.0"?><tmx version="1.4"><body>${tu('1', 'We bought 12 boats.', 'Kami membeli 12 bot.')}</body></tmx>`, 'h.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions.map((v) => [v.langTag, v.text])).toEqual([
      ['en-GB', 'We bought 12 boats.'],
      ['ms-MY', 'Kami membeli 12 bot.'],
    ]);
    const none = importTmx('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/></tmx>', 'n.tmx');
    expect(none.ok).toBe(false);
  });
});

describe('regional variants of one language in a TMX', () => {
  const header = (src: string) => `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${src}" datatype="plaintext"/><body>`;
  const texts = (xml: string) => {
    const r = importTmx(xml, 'v.tmx');
    if (!r.ok) throw new Error(r.message);
    return Object.fromEntries([...r.versions, ...(r.more ?? []).map((m) => m.version)].map((v) => [v.langTag, v.text]));
  };
  it('pt-PT stays pt-PT in a unit without pt-BR, through Selaras’s own TMX and back (it was read as pt-BR)', () => {
    const xml = `${header('en-US')}
<tu tuid="1"><tuv xml:lang="en-US"><seg>Save 5 files.</seg></tuv><tuv xml:lang="pt-BR"><seg>Salve 5 arquivos.</seg></tuv><tuv xml:lang="pt-PT"><seg>Guarde 5 ficheiros.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en-US"><seg>Open the 2 screens.</seg></tuv><tuv xml:lang="pt-PT"><seg>Abra os 2 ecrãs.</seg></tuv></tu>
</body></tmx>`;
    const first = texts(xml);
    expect(first['pt-PT']).toBe('Guarde 5 ficheiros.\nAbra os 2 ecrãs.');
    const r = importTmx(xml, 'v.tmx');
    if (!r.ok) throw new Error(r.message);
    const again = texts(exportTmx(exportInputOf(projectFromBilingual(r, 'v.tmx'), 0, 'all', 't')));
    expect(again).toEqual(first);
  });
  it('en-GB that stands beside en-US in a unit is a language of its own: a unit with en-GB only is not read as en-US', () => {
    const xml = `${header('en-US')}
<tu tuid="1"><tuv xml:lang="en-US"><seg>The color of 5 cars.</seg></tuv><tuv xml:lang="en-GB"><seg>The colour of 5 cars.</seg></tuv><tuv xml:lang="de-DE"><seg>Die Farbe von 5 Autos.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en-GB"><seg>Only the colour 6.</seg></tuv><tuv xml:lang="de-DE"><seg>Nur die Farbe 6.</seg></tuv></tu>
</body></tmx>`;
    expect(texts(xml)).toEqual({ 'en-US': 'The color of 5 cars.', 'en-GB': 'The colour of 5 cars.\nOnly the colour 6.', 'de-DE': 'Die Farbe von 5 Autos.\nNur die Farbe 6.' });
  });
});

describe('a line separator in a segment', () => {
  it.each(['\u2028', '\u2029'])('%j is read as a line break and said; the words around it stay apart through every export (they ran together)', (sep) => {
    const xml = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="de" datatype="plaintext"/><body>
<tu><tuv xml:lang="de"><seg>Linie 6${sep}x folgt.</seg></tuv><tuv xml:lang="fr"><seg>La ligne 6 suit.</seg></tuv></tu></body></tmx>`;
    const r = importTmx(xml, 's.tmx');
    if (!r.ok) throw new Error(r.message);
    expect(r.versions[0].text).toBe('Linie 6 x folgt.');
    expect(Object.keys(r.dropped ?? {}).some((k) => k.startsWith('U+202'))).toBe(true);
    const back = importTmx(exportTmx(exportInputOf(projectFromBilingual(r, 's.tmx'), 0, 'all', 't')), 'b.tmx');
    expect(back.ok && back.versions[0].text).toBe('Linie 6 x folgt.');
  });
});

describe('a TMX of three languages exported as its second pair', () => {
  it('gives the notes on the third language back on that language’s text (they landed on another language)', () => {
    const xml = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu tuid="a"><tuv xml:lang="en"><seg>Room 12 is free.</seg></tuv><tuv xml:lang="de"><note>Zimmer note</note><seg>Zimmer 12 ist frei.</seg></tuv><tuv xml:lang="fr"><seg>La chambre 12 est libre.</seg></tuv></tu>
<tu tuid="b"><tuv xml:lang="en"><seg>Call 555-0199.</seg></tuv><tuv xml:lang="fr"><seg>Appelez le 555-0199.</seg></tuv></tu>
<tu tuid="c"><tuv xml:lang="en"><seg>Open at 9.</seg></tuv><tuv xml:lang="de"><note>Geöffnet note</note><seg>Geöffnet ab 9.</seg></tuv></tu>
</body></tmx>`;
    const where = (r: ReturnType<typeof importTmx>) => {
      if (!r.ok) throw new Error(r.message);
      const all = [...r.versions, ...(r.more ?? []).map((m) => m.version)];
      return r.annotations.map((a) => (a.target.type === 'span' ? `${a.note} @ ${all[a.target.version].langTag}: ${all[a.target.version].text.slice(a.target.start, a.target.end)}` : a.note)).sort();
    };
    const first = importTmx(xml, 'm.tmx');
    const before = where(first);
    expect(before).toEqual(['Geöffnet note @ de: Geöffnet ab 9.', 'Zimmer note @ de: Zimmer 12 ist frei.']);
    if (!first.ok) return;
    const project = projectFromBilingual(first, 'm.tmx');
    const pair = project.alignments.findIndex((al) => project.versions[al.b].langTag === 'fr');
    expect(pair).toBe(1);
    expect(where(importTmx(exportTmx(exportInputOf(project, pair, 'all', 't')), 'back.tmx'))).toEqual(before);
  });
});
