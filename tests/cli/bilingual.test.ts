/** `selaras inspect` and `selaras export` with TMX/XLIFF input. */
import { describe, expect, it } from 'vitest';
import { root, selaras } from './run';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fx = (name: string) => path.join(root, 'tests/fixtures/formats/bilingual', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'selaras-cli-bi-'));

describe('selaras inspect', () => {
  it('counts languages, units, translated units, notes by level, codes and the annotations kept (XLIFF 2)', () => {
    const r = selaras('inspect', fx('breaks-and-space.xlf'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      format: 'xliff-2.0',
      languages: ['en-GB', 'es-MX'],
      units: 3,
      translated: 2,
      notes: { header: 0, file: 1, group: 1, unit: 1, variant: 0 },
      codes: 4,
      annotations: 3,
    });
  });

  it('TMX with five languages, header, unit and variant notes; XLIFF 1.2 with an empty file', () => {
    expect(JSON.parse(selaras('inspect', fx('multilingual.tmx'), '--json').stdout)).toEqual({
      format: 'tmx-1.4',
      languages: ['en-US', 'fr-FR', 'de-DE', 'id-ID', 'pt-BR'],
      units: 2,
      translated: 2,
      notes: { header: 1, file: 0, group: 0, unit: 1, variant: 1 },
      codes: 0,
      annotations: 3,
    });
    expect(JSON.parse(selaras('inspect', fx('glued-1.2.xlf'), '--json').stdout)).toMatchObject({
      format: 'xliff-1.2',
      units: 2,
      translated: 2,
      notes: { header: 1, file: 0, group: 1, unit: 1, variant: 0 },
      codes: 4,
    });
  });

  it('an invalid XLIFF 2 file: exit 2, one line naming the rule and the line', () => {
    const r = selaras('inspect', fx('invalid-duplicate-id.xlf'), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/line 5: .*ids must be unique.*unit id "u1"/);
  });
});

describe('selaras export from TMX/XLIFF', () => {
  it('converts XLIFF 2 to TMX keeping tags, text and notes, and says which language is outside figure analysis', () => {
    const out = path.join(tmp, 'bus.tmx');
    const r = selaras('export', fx('breaks-and-space.xlf'), '--to', 'tmx', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/es-MX.*digits/);
    const tmx = readFileSync(out, 'utf8');
    expect(tmx).toContain('srclang="en-GB"');
    // The line-break code stays a code (TMX ph type="lb"), with no space added after it (the file had none).
    expect(tmx).toContain('<tuv xml:lang="es-MX"><seg>Llegaron siete autobuses.<ph x="1" type="lb"></ph>Dos salieron vacíos.</seg></tuv>');
    for (const n of ['Client prefers Latin American spelling.', 'Headline block.', 'Keep the numbers as digits.']) expect(tmx).toContain(n);
    const back = JSON.parse(selaras('inspect', out, '--json').stdout);
    expect(back.languages).toEqual(['en-GB', 'es-MX']);
  });

  it('--pair picks two languages of a multilingual TMX; a missing one is an error and writes nothing', () => {
    const out = path.join(tmp, 'ferry.xlf');
    const r = selaras('export', fx('multilingual.tmx'), '--to', 'xliff', '--pair', 'fr-FR,de-DE', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('srcLang="fr-FR" trgLang="de-DE"');
    const bad = path.join(tmp, 'none.xlf');
    const e = selaras('export', fx('multilingual.tmx'), '--to', 'xliff', '--pair', 'fr-FR,ja-JP', '--out', bad);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/ja-JP/);
    expect(e.stderr).toContain('fr-FR'); // the languages it has
    expect(existsSync(bad)).toBe(false);
    // a language without its region names the file's one variant of it
    const short = path.join(tmp, 'short.xlf');
    expect(selaras('export', fx('multilingual.tmx'), '--to', 'xliff', '--pair', 'fr,DE', '--out', short).code).toBe(0);
    expect(readFileSync(short, 'utf8')).toContain('srcLang="fr-FR" trgLang="de-DE"');
    const plain = selaras('export', fx('multilingual.tmx'), '--to', 'csv', '--out', path.join(tmp, 'ferry.csv'));
    expect(plain.stderr).toMatch(/5 languages.*--pair/);
  });

  it('says on stderr (and in --json) what the format cannot carry, in the interface language', () => {
    const out = path.join(tmp, 'rich.xlf');
    const r = selaras('export', fx('rich.tmx'), '--to', 'xliff', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/selaras: Warning: .*rich\.tmx \(ja-JP\) not written/);
    expect(r.stderr).toMatch(/selaras: Warning: 2 units keep ids, attributes or props from their TMX file/);
    const json = JSON.parse(r.stdout);
    expect(json.warnings.map((w: { key: string }) => w.key)).toEqual(['formats2.loss.otherLanguages', 'formats2.loss.unitData', 'formats2.loss.fileData']);
    expect(r.stderr).toMatch(/selaras: Warning: The TMX file’s own attributes and props \(creationdate, creationid, changedate, changeid, x-client, x-domain\)/);
    // The same file back to TMX loses nothing, and keeps the other tool's ids.
    const tmxOut = path.join(tmp, 'rich-back.tmx');
    const t = selaras('export', fx('rich.tmx'), '--to', 'tmx', '--out', tmxOut, '--json');
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout).warnings).toEqual([]);
    expect(t.stderr).not.toMatch(/Warning/);
    expect(readFileSync(tmxOut, 'utf8')).toContain('<tu tuid="port-17"');
    const id = selaras('export', fx('rich.tmx'), '--to', 'xliff12', '--lang-ui', 'id', '--out', path.join(tmp, 'rich12.xlf'));
    expect(id.stderr).toMatch(/selaras: Peringatan: .*\(ja-JP\) tidak ditulis/);
  });

  it('--lang-ui id writes an Indonesian CSV', () => {
    const out = path.join(tmp, 'rain.csv');
    expect(selaras('export', fx('glued-1.2.xlf'), '--to', 'csv', '--lang-ui', 'id', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toContain('kalimat A,kalimat B');
  });
});

describe('an XLIFF 1.2 file of a <file> per target language', () => {
  // (our own sentences: one Italian source, an English and a German target, the German one with a changed price)
  const xlf = (target: string, lang: string) =>
    `<file original="a.txt" source-language="it-IT" target-language="${lang}" datatype="plaintext"><body><trans-unit id="1"><source>Il biglietto costa 12,50 euro.</source><target>${target}</target></trans-unit></body></file>`;
  const file = path.join(tmp, 'two-targets.xlf');
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${xlf('The ticket costs 12.50 euros.', 'en-GB')}${xlf('Das Ticket kostet 21,50 Euro.', 'de-DE')}</xliff>`);
  it('--pair names the pair of either target language, by tag or version number, for check and export', () => {
    const first = selaras('check', file);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('--pair');
    for (const pair of ['it-IT,de-DE', '1,3']) {
      const r = selaras('check', file, '--pair', pair, '--json');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).mismatches.map((m: { kind: string }) => m.kind)).toEqual(['value']);
    }
    const out = path.join(tmp, 'de.xlf');
    expect(selaras('export', file, '--to', 'xliff', '--pair', 'it-IT,de-DE', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('trgLang="de-DE"');
    const none = selaras('check', file, '--pair', 'it-IT,fr-FR');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('it holds it-IT, en-GB and de-DE');
  });
});
