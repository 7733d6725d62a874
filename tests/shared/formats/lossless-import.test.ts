/** Translators' files in without loss: languages, several languages, breaks, whitespace, notes, validation. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTmx } from '../../../shared/formats/import-tmx';
import { importXliff } from '../../../shared/formats/import-xliff';
import { projectFromBilingual } from '../../../shared/formats/import-project';
import { exportInputOf } from '../../../shared/formats/input';
import { exportTmx } from '../../../shared/formats/tmx';
import { exportXliff } from '../../../shared/formats/xliff';
import { outsideFigureAnalysis } from '../../../shared/formats/lang-tags';
import { parseProject, serializeProject } from '../../../shared/project/schema';
import type { ImportedBilingual } from '../../../shared/formats/types';
import { canValidate, xmllint } from './helpers';

/** The text without inline-code placeholders (codes are kept as U+E000…; see codes.ts). */
const plain = (t: string) => t.replace(/[\uE000-\uF8FF]/g, '');
const FIX = path.resolve(__dirname, '../../fixtures/formats/bilingual');
const read = (n: string) => readFileSync(path.join(FIX, n), 'utf8');
const ok = (r: ReturnType<typeof importXliff>): ImportedBilingual => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
const notes = (r: ImportedBilingual) => r.annotations.map((a) => a.note).sort();

describe('language tags', () => {
  it('any pair keeps its BCP 47 tags, regions included, from import to project to export', () => {
    const r = ok(importXliff(read('breaks-and-space.xlf'), 'bus.xlf'));
    expect(r.versions.map((v) => v.langTag)).toEqual(['en-GB', 'es-MX']);
    const project = projectFromBilingual(r, 'bus.xlf');
    expect(project.versions.map((v) => v.langTag)).toEqual(['en-GB', 'es-MX']);
    // Spanish is outside figure analysis, and the project says so; English is not.
    expect(project.versions.map(outsideFigureAnalysis)).toEqual([false, true]);
    // The tags survive saving.
    const saved = parseProject(serializeProject(project, { app: { name: 'Selaras', version: 't' } }));
    expect(saved.ok && saved.project.versions.map((v) => v.langTag)).toEqual(['en-GB', 'es-MX']);
    const input = exportInputOf(project, 0, 'all', 't', '2024-01-01T00:00:00Z');
    const tmx = exportTmx(input);
    expect(tmx).toContain('srclang="en-GB"');
    expect(tmx).toContain('xml:lang="es-MX"');
    expect(tmx).not.toMatch(/xml:lang="en"|x-b/);
    const xlf = exportXliff(input);
    expect(xlf).toContain('srcLang="en-GB" trgLang="es-MX"');
    if (canValidate()) {
      expect(xmllint(tmx, 'tmx')).toMatchObject({ status: 0, output: '' });
      expect(xmllint(xlf, 'xliff21')).toMatchObject({ status: 0, output: '' });
    }
    // And back again: a French/German pair stays French/German.
    const back = ok(importTmx(tmx, 'back.tmx'));
    expect(back.versions.map((v) => v.langTag)).toEqual(['en-GB', 'es-MX']);
  });
});

describe('multilingual TMX', () => {
  it('opens every language as a version aligned with the source language', () => {
    const r = ok(importTmx(read('multilingual.tmx'), 'ferry.tmx'));
    expect([r.versions[0], r.versions[1], ...(r.more ?? []).map((m) => m.version)].map((v) => v.langTag)).toEqual([
      'en-US',
      'fr-FR',
      'de-DE',
      'id-ID',
      'pt-BR',
    ]);
    expect(r.versions[0].sentences.map(plain)).toEqual(['Forty ferries sailed on Monday.', 'The port closed at 9 pm.']);
    expect(r.beads).toMatchObject([
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [1], score: 1 },
    ]);
    // German has no second unit; Indonesian's is whitespace only: untranslated, never a sentence.
    const id = r.more!.find((m) => m.version.langTag === 'id-ID')!;
    expect(id.version.sentences).toEqual(['Empat puluh feri berlayar pada Senin.']);
    expect(id.beads).toMatchObject([
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [], score: 1 },
    ]);
    const project = projectFromBilingual(r, 'ferry.tmx');
    expect(project.versions).toHaveLength(5);
    expect(project.alignments.map((al) => [al.a, al.b])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    expect(project.versions.map((v) => v.lang)).toEqual(['en', 'en', 'en', 'id', 'en']);
  });

  it('or reads only the pair asked for', () => {
    const r = ok(importTmx(read('multilingual.tmx'), 'ferry.tmx', { pair: ['fr-fr', 'de-DE'] }));
    // (as the file spells its languages, however --pair typed them)
    expect(r.versions.map((v) => v.langTag)).toEqual(['fr-FR', 'de-DE']);
    expect(r.more).toBeUndefined();
    expect(r.versions[0].sentences.map(plain)).toEqual(['Quarante ferries ont navigué lundi.', 'Le port a fermé à 21 h.']);
    expect(r.beads).toMatchObject([
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [], score: 1 },
    ]);
    expect(importTmx(read('multilingual.tmx'), 'ferry.tmx', { pair: ['en-US', 'ja-JP'] })).toMatchObject({
      ok: false,
      code: 'no-language',
      params: { lang: 'ja-JP' },
    });
  });

  it('reads notes of the header, the unit and the variant', () => {
    const r = ok(importTmx(read('multilingual.tmx'), 'ferry.tmx'));
    expect(notes(r)).toEqual(['From the harbour story.', 'Glossary checked in May.', 'Vérifier le jour.']);
    const variant = r.annotations.find((a) => a.note === 'Vérifier le jour.')!;
    expect(variant.target).toMatchObject({ type: 'span', version: 1 });
    expect(r.stats.notes).toEqual({ header: 1, file: 0, group: 0, unit: 1, variant: 1 });
  });
});

describe('breaks and whitespace', () => {
  it('XLIFF 2: a line-break code is a sentence break; xml:space default collapses, preserve keeps; a blank target is untranslated', () => {
    const r = ok(importXliff(read('breaks-and-space.xlf'), 'bus.xlf'));
    expect(r.versions[0].sentences.map(plain)).toEqual(['Seven buses arrived.', 'Two left empty.', 'Nobody waited.', 'Code  A-12  stays.']);
    expect(r.versions[1].sentences.map(plain)).toEqual(['Llegaron siete autobuses.', 'Dos salieron vacíos.', 'El código  A-12  sigue.']);
    expect(r.beads).toMatchObject([
      { a: [0, 1], b: [0, 1], score: 1, origin: { unit: 'u1', groups: ['g1'] } },
      { a: [2], b: [], score: 1, origin: { unit: 'u2', groups: ['g1'] } },
      { a: [3], b: [2], score: 1, origin: { unit: 'u3' } },
    ]);
    expect(r.stats).toMatchObject({ units: 3, translated: 2, codes: 4 });
  });

  it('XLIFF 1.2: a code between two sentences, or marked as a line break, never glues them', () => {
    const r = ok(importXliff(read('glued-1.2.xlf'), 'rain.xlf'));
    expect(r.versions[0].sentences.map(plain)).toEqual(['Rain stopped.', 'The river fell by 2 metres.', 'Schools reopen', 'on Tuesday.']);
    expect(r.versions[1].sentences.map(plain)).toEqual(['La pioggia è cessata.', 'Il fiume è sceso di 2 metri.', 'Le scuole riaprono', 'martedì.']);
  });

  it('TMX: a <ph> holding a line break or <br/> is a break', () => {
    const r = ok(importTmx(read('tmx-breaks.tmx'), 'bridges.tmx'));
    expect(r.versions[0].sentences.map(plain)).toEqual(['Drie bruggen zijn dicht.', 'Eén is open.']);
    expect(r.versions[1].sentences.map(plain)).toEqual(['Three bridges are closed.', 'One is open.']);
    expect(r.versions.map((v) => v.langTag)).toEqual(['nl-NL', 'en-GB']);
  });
});

describe('several <file>s and notes at every level', () => {
  it('XLIFF 1.2: the language pair of the file that holds units; header, group and unit notes', () => {
    const r = ok(importXliff(read('glued-1.2.xlf'), 'rain.xlf'));
    expect(r.versions.map((v) => v.langTag)).toEqual(['en-AU', 'it-IT']);
    expect(r.more).toBeUndefined();
    expect(notes(r)).toEqual(['Check the weekday.', 'Lead paragraph.', 'Translated for the weekend edition.']);
    expect(r.stats.notes).toEqual({ header: 1, file: 0, group: 1, unit: 1, variant: 0 });
    expect(r.stats.languages).toEqual(['en', 'ja-JP', 'en-AU', 'it-IT']);
  });

  it('XLIFF 2: file, group and unit notes all read, and all written back', () => {
    const r = ok(importXliff(read('breaks-and-space.xlf'), 'bus.xlf'));
    expect(notes(r)).toEqual(['Client prefers Latin American spelling.', 'Headline block.', 'Keep the numbers as digits.']);
    expect(r.stats.notes).toEqual({ header: 0, file: 1, group: 1, unit: 1, variant: 0 });
    const input = exportInputOf(projectFromBilingual(r, 'bus.xlf'), 0, 'all', 't');
    for (const xml of [exportXliff(input), exportTmx(input)]) {
      const back = xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx') ? ok(importTmx(xml)) : ok(importXliff(xml));
      expect(notes(back)).toEqual(notes(r));
      for (const n of notes(r)) expect(xml).toContain(`>${n}</note>`);
    }
  });
});

describe('XLIFF 2 structural validation', () => {
  it.each([
    ['invalid-two-sources.xlf', 'oneSource', 7],
    ['invalid-duplicate-id.xlf', 'uniqueId', 5],
    ['invalid-unpaired-code.xlf', 'pairedCodes', 6],
  ])('%s is refused, naming the rule (%s) and the line (%i)', (file, rule, line) => {
    const r = importXliff(read(file), file);
    expect(r).toMatchObject({ ok: false, code: 'invalid', messageKey: `errors.xml.invalid.${rule}`, params: { name: file, line, rule } });
    expect(!r.ok && r.message).toContain(`line ${line}`);
  });
});
