/**
 * Reads the text of a Word (.docx) file with mammoth, after checking the zip is not a
 * decompression bomb: the declared sizes in the central directory are summed first, then every
 * entry is inflated as a stream and counted, stopping as soon as a limit is crossed (a zip can
 * lie about its sizes).
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import mammoth from 'mammoth';

/** Largest total unpacked size accepted. */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;
/** Largest .docx file accepted. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;
/** Unpacked/packed ratio above which a big archive is treated as a bomb. */
export const MAX_DOCX_RATIO = 100;
/** Ratios are only checked above this unpacked size (small XML compresses very well). */
const RATIO_FLOOR = 10 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export type DocxFailureCode = 'too-large' | 'zip-bomb' | 'corrupt' | 'empty';

export type DocxResult =
  | { ok: true; text: string }
  | { ok: false; code: DocxFailureCode; messageKey: string; params: Record<string, string | number>; message: string };

const KEYS: Record<DocxFailureCode, string> = {
  'too-large': 'errors.tooLarge',
  'zip-bomb': 'errors.zipBomb',
  corrupt: 'errors.corrupt',
  empty: 'errors.empty',
};

function refuse(code: DocxFailureCode, name: string, message: string, extra: Record<string, string | number> = {}): DocxResult {
  return { ok: false, code, messageKey: KEYS[code], params: { name, ...extra }, message };
}

export type ZipCheck = { ok: true; unpacked: number; entries: number } | { ok: false; code: 'zip-bomb' | 'corrupt'; detail: string };

/** Checks the archive's declared and actual unpacked sizes against the limits. */
export function checkZip(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED, ratio = MAX_DOCX_RATIO): ZipCheck {
  let declared = 0;
  let packed = 0;
  let entries = 0;
  let bad = '';
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        packed += file.size;
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
  if (declared > RATIO_FLOOR && declared / Math.max(1, packed) > ratio) {
    return { ok: false, code: 'zip-bomb', detail: `compression ratio ${Math.round(declared / Math.max(1, packed))}` };
  }

  // Inflate for real, counting, in case the headers lie.
  let actual = 0;
  let stop = '';
  const unzip = new Unzip((file) => {
    if (stop) return;
    file.ondata = (err, chunk) => {
      if (err) {
        stop ||= `entry ${file.name}: ${err.message}`;
        return;
      }
      actual += chunk.length;
      if (actual > limit && !stop) {
        stop = `unpacks to more than ${limit} bytes`;
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
  if (stop) return { ok: false, code: stop.startsWith('unpacks') ? 'zip-bomb' : 'corrupt', detail: stop };
  return { ok: true, unpacked: actual, entries };
}

/** Extracts the text of a .docx: paragraphs separated by blank lines. */
export async function docxToText(bytes: Uint8Array, name: string): Promise<DocxResult> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    return refuse('too-large', name, `${name} is larger than ${MAX_DOCX_BYTES / 1024 / 1024} MB.`, { limit: MAX_DOCX_BYTES / 1024 / 1024 });
  }
  const check = checkZip(bytes);
  if (!check.ok) {
    return check.code === 'zip-bomb'
      ? refuse('zip-bomb', name, `${name} unpacks to an unreasonable size (${check.detail}); it was not opened.`, { detail: check.detail })
      : refuse('corrupt', name, `${name} is not a readable Word document (${check.detail}).`, { detail: check.detail });
  }
  let value: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    value = result.value;
  } catch (err) {
    const detail = err instanceof Error ? err.message.slice(0, 200) : 'unreadable';
    return refuse('corrupt', name, `${name} is not a readable Word document (${detail}).`, { detail });
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
