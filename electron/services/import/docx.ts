/**
 * Reads the text of a Word (.docx) file with mammoth, after checking the zip is not a
 * decompression bomb and is small enough to parse: the declared sizes in the central directory
 * are summed first, then every entry is inflated as a stream and counted, stopping as soon as a
 * limit is crossed (a zip can lie about its sizes). The limits bound the unpacked size, not the
 * compression ratio: a long document of repetitive text compresses several hundred times and
 * is fine, while the XML mammoth parses is what costs memory (about 60 bytes per byte of XML).
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { refused, type Refused } from '../../../shared/errors';

/** Largest total unpacked size accepted (pictures included). */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;
/**
 * Largest unpacked XML part (the document body) accepted: the parser needs some 60 times this
 * in memory, so this bounds the memory of opening any Word file (measured: 12 MB of XML, 0.8 GB;
 * 40 MB, 1.8 GB). 24 MB of XML holds some 15 million characters of text.
 */
export const MAX_DOCX_XML = 24 * 1024 * 1024;
/** Largest .docx file accepted. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export type DocxFailureCode = 'too-large' | 'zip-bomb' | 'corrupt' | 'empty';

export type DocxResult = { ok: true; text: string } | Refused<DocxFailureCode>;

const KEYS: Record<DocxFailureCode, string> = {
  'too-large': 'errors.tooLarge',
  'zip-bomb': 'errors.zipBomb',
  corrupt: 'errors.corrupt',
  empty: 'errors.empty',
};

function refuse(code: DocxFailureCode, name: string, message: string, extra: Record<string, string | number> = {}, debug?: string): DocxResult {
  return refused(code, KEYS[code], name, message, extra, debug);
}

const MB = 1024 * 1024;

/** The parse in progress: Word documents are parsed one at a time, so their memory never adds up. */
let parsing: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = parsing.then(work, work);
  parsing = run.catch(() => undefined);
  return run;
}

export type ZipCheck =
  | { ok: true; unpacked: number; entries: number }
  | { ok: false; code: 'zip-bomb' | 'corrupt'; detail: string }
  | { ok: false; code: 'too-large'; detail: string; part: string; size: number };

function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * Checks the archive's declared and actual unpacked sizes against the limits: `limit` for the
 * whole archive, `xmlLimit` for each XML part.
 */
export function checkZip(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED, xmlLimit = MAX_DOCX_XML): ZipCheck {
  let declared = 0;
  let entries = 0;
  let bad = '';
  let bigPart: { name: string; size: number } | undefined;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        if (isXmlPart(file.name) && file.originalSize > xmlLimit && !bigPart) bigPart = { name: file.name, size: file.originalSize };
        if (file.compression !== 0 && file.compression !== 8) bad = `compression method ${file.compression}`;
        return false;
      },
    });
  } catch (err) {
    return { ok: false, code: 'corrupt', detail: err instanceof Error ? err.message : 'not a zip archive' };
  }
  if (bad) return { ok: false, code: 'corrupt', detail: bad };
  if (entries === 0) return { ok: false, code: 'corrupt', detail: 'empty archive' };
  if (entries > MAX_ENTRIES) return { ok: false, code: 'zip-bomb', detail: `${entries} entries` };
  if (declared > limit) return { ok: false, code: 'zip-bomb', detail: `declares ${declared} bytes unpacked` };
  if (bigPart) return { ok: false, code: 'too-large', detail: `${bigPart.name}: ${bigPart.size} bytes of XML`, part: bigPart.name, size: bigPart.size };

  // Inflate for real, counting, in case the headers lie.
  let actual = 0;
  let stop = '';
  let tooBig: { part: string; size: number } | undefined;
  const unzip = new Unzip((file) => {
    if (stop) return;
    let part = 0;
    const xml = isXmlPart(file.name);
    file.ondata = (err, chunk) => {
      if (err) {
        stop ||= `entry ${file.name}: ${err.message}`;
        return;
      }
      actual += chunk.length;
      part += chunk.length;
      if (actual > limit && !stop) {
        stop = `unpacks to more than ${limit} bytes`;
        file.terminate();
      } else if (xml && part > xmlLimit && !stop) {
        stop = `${file.name}: more than ${xmlLimit} bytes of XML`;
        tooBig = { part: file.name, size: part };
        file.terminate();
      }
    };
    try {
      file.start();
    } catch (err) {
      stop ||= `entry ${file.name}: ${err instanceof Error ? err.message : 'unreadable'}`;
    }
  });
  unzip.register(UnzipInflate);
  try {
    const CHUNK = 1 << 20;
    for (let off = 0; off < bytes.length && !stop; off += CHUNK) {
      const end = Math.min(bytes.length, off + CHUNK);
      unzip.push(bytes.subarray(off, end), end === bytes.length);
    }
  } catch (err) {
    return { ok: false, code: 'corrupt', detail: err instanceof Error ? err.message : 'unreadable archive' };
  }
  if (tooBig) return { ok: false, code: 'too-large', detail: stop, part: tooBig.part, size: tooBig.size };
  if (stop) return { ok: false, code: stop.startsWith('unpacks') ? 'zip-bomb' : 'corrupt', detail: stop };
  return { ok: true, unpacked: actual, entries };
}

/** Extracts the text of a .docx: paragraphs separated by blank lines. */
export async function docxToText(bytes: Uint8Array, name: string): Promise<DocxResult> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    return refuse('too-large', name, `${name} is larger than ${MAX_DOCX_BYTES / MB} MB.`, { limit: MAX_DOCX_BYTES / MB });
  }
  const check = checkZip(bytes);
  if (!check.ok) {
    if (check.code === 'too-large') {
      const size = Math.ceil(check.size / MB);
      return refused(
        'too-large',
        'limits.docxTooMuchText',
        name,
        `${name} holds more document text than Selaras opens (${check.part}: over ${size} MB of XML; the limit is ${MAX_DOCX_XML / MB} MB).`,
        { limit: MAX_DOCX_XML / MB, size },
        check.detail,
      );
    }
    return check.code === 'zip-bomb'
      ? refuse('zip-bomb', name, `${name} unpacks to an unreasonable size; it was not opened.`, {}, check.detail)
      : refuse('corrupt', name, `${name} is not a readable Word document.`, {}, check.detail);
  }
  let value: string;
  try {
    value = await oneAtATime(async () => (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value);
  } catch (err) {
    // The parser's own words (tabs, line breaks, "Maximum call stack size exceeded") are for
    // --debug and logs; the user gets our message.
    return refuse('corrupt', name, `${name} is not a readable Word document.`, {}, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
  const text = value
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  if (!text) return refuse('empty', name, `${name} contains no text.`);
  return { ok: true, text };
}
