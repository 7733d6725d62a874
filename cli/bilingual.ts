/** Reading TMX/XLIFF files on the command line: one place for `export` and `inspect`. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { asXml, decodeText, MAX_DECODE_BYTES, type DecodeResult } from '../electron/services/import/decode';
import { importTmx } from '../shared/formats/import-tmx';
import { importBilingual } from '../shared/formats';
import { isBilingualName } from '../shared/formats/file-types';
import { projectFromBilingual } from '../shared/formats/import-project';
import { primaryLang, versionsOutsideAnalysis, versionsWithoutText } from '../shared/formats/lang-tags';
import type { BilingualImportResult, FormatNotice, ImportedBilingual } from '../shared/formats/types';
import type { Project } from '../shared/project/types';
import { translate } from '../shared/i18n';
import type { UiLang } from '../shared/api';
import { notReadList } from '../shared/formats/losses';
import { CliError } from './io';

/** Reads a file's text (UTF-8/UTF-16; XML files up to the import limit). */
async function readXmlText(file: string): Promise<{ text: string; bytes: Uint8Array; decoded: DecodeResult }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file}: not a file`);
    if (info.size > MAX_DECODE_BYTES) throw new CliError(`${file}: larger than ${MAX_DECODE_BYTES / 1024 / 1024} MB`);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? (err as Error).message})`);
  }
  const bytes = new Uint8Array(await readFile(file));
  const decoded = decodeText(bytes, path.basename(file));
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.message}`);
  return { text: decoded.text, bytes, decoded };
}

/** True when the text is XML whose root is `tmx` or `xliff`. */
function looksBilingual(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<\s*([A-Za-z_][\w.-]*:)?(tmx|xliff)\b/i.test(head);
}

/** Imports a TMX/XLIFF file (`pair` picks two languages of a multilingual TMX); the raw result. */
export async function importBilingualPath(file: string, pair?: [string, string]): Promise<BilingualImportResult | null> {
  if (path.extname(file).toLowerCase() === '.selaras') return null;
  const { text, bytes, decoded } = await readXmlText(file);
  // Another extension: only when the content says so (a renamed file).
  if (!isBilingualName(file) && !looksBilingual(text)) return null;
  const name = path.basename(file);
  // (XML that is not valid in its encoding is refused: a text file's encoding may be guessed, an XML file's not)
  const strict = asXml(decoded, bytes, name);
  if (!strict.ok) throw new CliError(`${file}: ${strict.message}`);
  const isTmx = /^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<\s*([A-Za-z_][\w.-]*:)?tmx\b/i.test(text.replace(/^\ufeff/, ''));
  if (pair && isTmx) return importTmx(text, name, { pair });
  const r = importBilingual(text, name);
  // An XLIFF file holds one pair (or, a file of several <file>s, a pair per target language): `--pair` must name one
  // of its languages each, not be passed over (filePairIndex then picks the pair)
  if (pair && r.ok) {
    const tags = [...r.versions, ...(r.more ?? []).map((m) => m.version)].map((v) => v.langTag.toLowerCase());
    // (a version's number, `--pair 1,3`, names one too)
    const missing = pair.find((l) => !tags.includes(l.toLowerCase()) && !(/^[1-9]\d?$/.test(l) && Number(l) <= tags.length));
    if (missing !== undefined) {
      const held = [...r.versions, ...(r.more ?? []).map((m) => m.version)].map((v) => v.langTag);
      throw new CliError(`${name} has no text in ${missing} (it holds ${held.slice(0, -1).join(', ')} and ${held[held.length - 1]})`);
    }
  }
  return r;
}

/**
 * Reads a TMX/XLIFF file as a project, or returns null when the file is not one. Notes on
 * stderr what the user should know: further languages left out, languages outside figure
 * analysis.
 */
export async function readBilingual(
  file: string,
  pair?: [string, string],
  uiLang: UiLang = 'en',
  /**
   * Told what the user should know of the file (what it held that is not read, `<hi> ×2`; what the reader decided, a
   * variant without a language read as `id`) instead of stderr, by a caller that lists it (`export --json`).
   */
  onNotice?: (notice: FormatNotice) => void,
): Promise<{ imported: ImportedBilingual; project: Project } | null> {
  const r = await importBilingualPath(file, pair);
  if (r === null) return null;
  if (!r.ok) throw new CliError(`${file}: ${r.message}`);
  const project = projectFromBilingual(r, path.basename(file));
  // (said when the first pair is taken for want of a --pair; one given names the pair: filePairIndex)
  if (r.more?.length && !pair) {
    const tags = [r.versions[0], r.versions[1], ...r.more.map((m) => m.version)].map((v) => v.langTag).join(', ');
    const params = { file, count: r.more.length + 2, languages: tags, a: r.versions[0].langTag, b: r.versions[1].langTag };
    process.stderr.write(`selaras: ${translate(uiLang, 'bilingual.moreLanguages', params)}\n`);
  }
  const notices: FormatNotice[] = [...(r.dropped ? [{ key: 'formats2.dropped', params: { name: path.basename(file), list: notReadList(r.dropped) } }] : []), ...(r.notices ?? [])];
  for (const n of notices) {
    if (onNotice) onNotice(n);
    else process.stderr.write(`selaras: ${translate(uiLang, 'formats2.warning', { message: translate(uiLang, n.key, n.params) })}\n`);
  }
  const outside = versionsOutsideAnalysis(project.versions.slice(0, 2));
  if (outside.length) process.stderr.write(`selaras: ${translate(uiLang, 'bilingual.outsideAnalysis', { versions: outside.join(', ') })}\n`);
  const empty = versionsWithoutText(project.versions.slice(0, 2));
  if (empty.length) process.stderr.write(`selaras: ${translate(uiLang, 'bilingual.withoutText', { versions: empty.join(', ') })}\n`);
  return { imported: r, project };
}

/**
 * Reads a file that holds versions already aligned as a project: a `.selaras` project, a TMX or
 * an XLIFF file (`pair` picks two languages of a multilingual TMX). Null for any other file.
 */
export async function readProjectFile(file: string, pair?: [string, string], uiLang?: UiLang): Promise<Project | null> {
  return (await readAlignedVersions(file, pair, uiLang))?.project ?? null;
}

/** {@link readProjectFile}, with what the TMX/XLIFF file held (its languages, what was not read) when it was one. */
export async function readAlignedVersions(
  file: string,
  pair?: [string, string],
  uiLang?: UiLang,
  onNotice?: (notice: FormatNotice) => void,
): Promise<{ project: Project; imported?: ImportedBilingual } | null> {
  // (a project's `--pair` names two of its versions: see projectPairIndex)
  if (path.extname(file).toLowerCase() === '.selaras') return { project: await loadProjectFile(file) };
  return readBilingual(file, pair, uiLang, onNotice);
}

/** Loads a `.selaras` project (whatever its extension); a file that is none is a CliError. */
export async function loadProjectFile(file: string): Promise<Project> {
  const { loadProject } = await import('../electron/services/project-io');
  const loaded = await loadProject(file);
  if (!loaded.ok) throw new CliError(`${file}: ${loaded.error.message}`);
  return loaded.project;
}

/** Parses `--pair en-US,fr-FR` (for a project also two version names or numbers: `--pair 1,3`). */
export function parsePair(value: string | true | undefined): [string, string] | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new CliError(`--pair needs two language tags, as en-US,fr-FR (not "${value}")`);
  if (parts[0].toLowerCase() === parts[1].toLowerCase()) throw new CliError(`--pair needs two different languages or versions (not "${value}")`);
  return [parts[0], parts[1]];
}

/**
 * The aligned pair `--pair` names of what `readAlignedVersions` read: undefined (the first) without one, or for a TMX
 * file, which reads the pair it names alone; else the project's pair it names (projectPairIndex), as for an XLIFF file
 * of a pair per target language.
 */
export function filePairIndex(read: { project: Project; imported?: ImportedBilingual }, pair: [string, string] | undefined, file: string): number | undefined {
  if (!pair || (read.imported && !read.imported.more?.length)) return undefined;
  return projectPairIndex(read.project, pair, file);
}

/**
 * The aligned pair of a project that `--pair X,Y` names (0 when not given): each of X and Y a version's number
 * (1, 2, 3 as the project lists them), its name (`sample.id-b.txt`) or its language tag when one version has it.
 * A pair the project does not align is a CliError that lists those it does.
 */
export function projectPairIndex(project: Project, pair: [string, string] | undefined, file: string): number {
  if (!pair) return 0;
  const versionOf = (x: string): number => {
    const n = Number(x);
    if (Number.isInteger(n) && n >= 1 && n <= project.versions.length) return n - 1;
    const named = project.versions.findIndex((v) => v.name === x);
    if (named >= 0) return named;
    // (its tag as written, `en-US`, else its primary language, `en`: a French version read by digits has `lang` en, no English one)
    const by = (key: (v: Project['versions'][number]) => string) => project.versions.flatMap((v, i) => (key(v).toLowerCase() === x.toLowerCase() ? [i] : []));
    const tagged = by((v) => v.langTag ?? v.lang);
    if (tagged.length) return tagged.length === 1 ? tagged[0] : -1;
    const primary = by((v) => primaryLang(v.langTag ?? v.lang));
    return primary.length === 1 ? primary[0] : -1;
  };
  const [a, b] = pair.map(versionOf);
  // (in either order: a pair is aligned from the pivot, A, to the other version)
  const index = project.alignments.findIndex((al) => (al.a === a && al.b === b) || (al.a === b && al.b === a));
  if (index >= 0) return index;
  const listed = project.alignments.map((al) => `${al.a + 1},${al.b + 1} (${project.versions[al.a].name}, ${project.versions[al.b].name})`).join('; ');
  throw new CliError(`${file}: no aligned pair "${pair.join(',')}" (its pairs: ${listed})`);
}
