/**
 * Imports a file people have (plain text, Markdown, HTML, Word) as the text of one version:
 * dispatches on the extension and, when that says nothing, on the content.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, decodeXml, MAX_DECODE_BYTES, type TextEncodingName } from './decode';
import { htmlToText, declaredCharset } from './html';
import { markdownToText } from './markdown';
import { docxToText, MAX_DOCX_BYTES } from './docx';
import { importBilingual } from '../../../shared/formats';
import type { BilingualImportResult } from '../../../shared/formats/types';
import { OPEN_FILE_TYPES, isBilingualName } from '../../../shared/formats/file-types';
import { refused, type Refused } from '../../../shared/errors';
import { MAX_VERSION_TEXT } from '../../../shared/project/limits';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

export type ImportErrorCode =
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'empty'
  | 'zip-bomb'
  | 'corrupt'
  | 'unsupported'
  | 'not-found'
  | 'unreadable'
  | 'bilingual';

export type ImportResult =
  | {
      ok: true;
      text: string;
      format: ImportFormat;
      /** The text encoding; `utf-8` for Word documents. */
      encoding: TextEncodingName;
      /** Set when the encoding was guessed (Windows-1252, UTF-16 without BOM): ask the user. */
      uncertain?: true;
    }
  | Refusal;

const KEY: Record<ImportErrorCode, string> = {
  binary: 'errors.binary',
  undecodable: 'errors.undecodable',
  'too-large': 'errors.tooLarge',
  empty: 'errors.empty',
  'zip-bomb': 'errors.zipBomb',
  corrupt: 'errors.corrupt',
  unsupported: 'errors.unsupported',
  'not-found': 'errors.notFound',
  unreadable: 'errors.unreadable',
  bilingual: 'errors.bilingual',
};

/** A refusal of the importer (`messageKey` is `errors.<camelCode>` or a `limits.*` key). */
type Refusal = Refused<ImportErrorCode>;

function refuse(code: ImportErrorCode, name: string, message: string, extra: Record<string, string | number> = {}): Refusal {
  return refused(code, KEY[code], name, message, extra);
}

/**
 * The one limit on the text of a version, applied at the door to what every importer extracts
 * (a Word file can hold far more text than its size suggests): the project file's own limit,
 * so that whatever opens can also be saved.
 */
export function textTooLong(name: string, length: number): Refusal | null {
  if (length <= MAX_VERSION_TEXT) return null;
  const limit = Math.floor(MAX_VERSION_TEXT / 1_000_000);
  return refused('too-large', 'limits.tooMuchText', name, `${name} holds more than ${limit} million characters of text; Selaras keeps at most that much in one version.`, {
    limit,
  });
}

/** Text formats from the one file-type table (shared/formats/file-types), plus known refusals. */
const BY_EXTENSION: Record<string, ImportFormat | 'unsupported'> = {
  ...Object.fromEntries(
    Object.entries(OPEN_FILE_TYPES).filter((e): e is [string, ImportFormat] => e[1] !== 'bilingual' && e[1] !== 'project'),
  ),
  '.doc': 'unsupported',
  '.pdf': 'unsupported',
  '.odt': 'unsupported',
  '.rtf': 'unsupported',
  '.pages': 'unsupported',
};

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Sniffs the format of a file whose extension tells nothing. */
export function sniffFormat(bytes: Uint8Array): ImportFormat | 'unsupported' {
  if (isZip(bytes)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    return head.includes('word/') ? 'docx' : 'unsupported';
  }
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'unsupported'; // %PDF
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'unsupported'; // old .doc
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) return 'html';
  return 'text';
}

export type ImportInput = string | { name: string; bytes: Uint8Array };

/** The name and bytes of an input: a path is read (ordinary files up to `limit` bytes only). */
async function readInput(input: ImportInput, limit: number): Promise<{ ok: true; name: string; bytes: Uint8Array } | Refusal> {
  if (typeof input !== 'string') return { ok: true, name: input.name, bytes: input.bytes };
  const name = path.basename(input);
  try {
    const st = await stat(input);
    if (!st.isFile()) return refuse('unreadable', name, `${name} is not a file.`);
    if (st.size > limit) {
      return refuse('too-large', name, `${name} is larger than ${limit / 1024 / 1024} MB.`, { limit: limit / 1024 / 1024 });
    }
    return { ok: true, name, bytes: await readFile(input) };
  } catch (err) {
    const code = typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
    return (code === 'ENOENT' ? refuse('not-found', name, `${name} was not found.`) : refuse('unreadable', name, `${name} could not be read.`));
  }
}

/**
 * Imports a file from a path or from its name and bytes. Never throws; refusals carry a code
 * and an i18n key (`errors.binary`, `errors.tooLarge`, …) with `{ name }`.
 */
export async function importFile(input: ImportInput): Promise<ImportResult> {
  const read = await readInput(input, Math.max(MAX_DECODE_BYTES, MAX_DOCX_BYTES));
  if (!read.ok) return read;
  const { name, bytes } = read;
  try {
    return await importBytes(name, bytes);
  } catch (err) {
    return refuse('unreadable', name, `${name} could not be read (${err instanceof Error ? err.message : 'error'}).`);
  }
}

async function importBytes(name: string, bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.byteLength === 0) return refuse('empty', name, `${name} is empty.`);
  const ext = path.extname(name).toLowerCase();
  // TMX and XLIFF hold two versions or more: `importBilingualFile` reads them.
  if (isBilingualName(name)) {
    // (a file only named so, a binary file renamed .tmx, is said to be what it is: opening it as a project would refuse it too)
    const decoded = decodeText(bytes, name);
    if (!decoded.ok) return decoded;
    return refuse('bilingual', name, `${name} holds two versions (TMX/XLIFF); open it as a bilingual file.`, { ext });
  }
  let format = BY_EXTENSION[ext] ?? sniffFormat(bytes);
  // A .txt that is really a Word document, or a .docx that is not a zip.
  if (format !== 'docx' && format !== 'unsupported' && isZip(bytes)) format = sniffFormat(bytes);
  if (format === 'docx' && !isZip(bytes)) {
    return refuse('corrupt', name, `${name} is not a Word document (not a zip archive).`, { detail: 'not a zip archive' });
  }
  if (format === 'unsupported') {
    return refuse('unsupported', name, `${name}: this kind of file cannot be opened; save it as .txt, .docx, .html or .md.`, {
      ext: ext || '(none)',
    });
  }
  if (format === 'docx') {
    const r = await docxToText(bytes, name);
    if (!r.ok) return r;
    return textTooLong(name, r.text.length) ?? { ok: true, text: r.text, format, encoding: 'utf-8' };
  }
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) return decoded;
  let { text } = decoded;
  let uncertain = decoded.uncertain === true;
  if (format === 'html') {
    const charset = declaredCharset(text);
    if (uncertain && decoded.encoding === 'windows-1252' && charset && /^(windows-1252|iso-8859-1|latin1|cp1252)$/.test(charset)) {
      uncertain = false;
    }
    text = htmlToText(text);
  } else if (format === 'markdown') {
    text = markdownToText(text);
  }
  if (text.trim() === '') return refuse('empty', name, `${name} contains no text.`);
  const tooLong = textTooLong(name, text.length);
  if (tooLong) return tooLong;
  return uncertain
    ? { ok: true, text, format, encoding: decoded.encoding, uncertain: true }
    : { ok: true, text, format, encoding: decoded.encoding };
}

export type BilingualFileResult = BilingualImportResult | Refusal;

/**
 * Imports a TMX or XLIFF file (from a path or its name and bytes): the two versions, their
 * beads and the annotations. Decoding refusals use the same codes as `importFile`; XML
 * problems use `errors.xml.*`.
 */
export async function importBilingualFile(input: ImportInput): Promise<BilingualFileResult> {
  const read = await readInput(input, MAX_DECODE_BYTES);
  if (!read.ok) return read;
  const { name, bytes } = read;
  const decoded = decodeXml(bytes, name);
  if (!decoded.ok) return decoded;
  const imported = importBilingual(decoded.text, name);
  if (!imported.ok) return imported;
  for (const v of imported.versions) {
    const tooLong = textTooLong(name, v.text.length);
    if (tooLong) return tooLong;
  }
  return imported;
}
