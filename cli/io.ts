/** File input and output of the command line: strict decoding, atomic writes. */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemps, resolveWriteTarget, writeFilesAtomic, WriteTargetError } from '../electron/services/atomic';
import { decodeText } from '../electron/services/import/decode';
import { MAX_TEXT_BYTES } from '../shared/limits';
import { openKindOf } from '../shared/formats/file-types';

/** An error the user caused (missing file, not text, bad option): one line on stderr, exit 2. */
export class CliError extends Error {}

/** Reads a text file as UTF-8 (BOM or not) or UTF-16 with a BOM; anything else is an error. */
export async function readTextFile(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError(`${file}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as { code?: string }).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? (err as Error).message})`);
  }
  if (size > MAX_TEXT_BYTES) throw new CliError(`${file}: larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await readFile(file));
  const decoded = decodeText(bytes, path.basename(file));
  if (!decoded.ok) {
    const why: Record<string, string> = {
      binary: 'not a text file (binary content)',
      undecodable: 'not valid UTF-8 or UTF-16 text',
      'too-large': 'too large',
      empty: 'empty file',
    };
    throw new CliError(`${file}: ${why[decoded.code] ?? decoded.code}`);
  }
  if (decoded.encoding !== 'utf-8' && !decoded.encoding.startsWith('utf-16')) {
    throw new CliError(`${file}: not valid UTF-8 (it looks like ${decoded.encoding}; convert it to UTF-8 first)`);
  }
  return decoded.text;
}

/**
 * Reads the text of one version as the app opens it: a plain text file strictly (see
 * {@link readTextFile}); a Word document, an HTML page or a Markdown file through the app's
 * importers (electron/services/import, loaded only then), so that their markup is not read as
 * text. A TMX, XLIFF or `.selaras` file holds versions already aligned: refused here with what
 * to run instead.
 */
export async function readVersionFile(file: string): Promise<string> {
  const kind = openKindOf(file);
  if (kind === 'bilingual' || kind === 'project') {
    const what = kind === 'project' ? 'a Selaras project' : 'a TMX/XLIFF file';
    throw new CliError(`${file}: ${what} holds the versions already aligned; check it on its own (selaras check ${file}) or convert it (selaras export ${file} --to …)`);
  }
  if (kind !== 'docx' && kind !== 'html' && kind !== 'markdown') return readTextFile(file);
  const { importFile } = await import('../electron/services/import');
  const r = await importFile(file);
  // The importers' messages name the file already (`story.docx is not a Word document …`).
  if (!r.ok) throw new CliError(r.message);
  if (r.uncertain && r.encoding !== 'utf-8' && !r.encoding.startsWith('utf-16')) {
    throw new CliError(`${file}: not valid UTF-8 (it looks like ${r.encoding}; convert it to UTF-8 first)`);
  }
  return r.text;
}

/** The one-line reason an output cannot be written. */
function writeProblem(file: string, err: unknown): CliError {
  if (err instanceof WriteTargetError) return new CliError(err.message);
  return new CliError(`${file}: cannot write (${(err as { code?: string }).code ?? (err as Error).message})`);
}

/**
 * Checks that every output target can be written (a regular file or a new file in a writable
 * directory; a symbolic link names the file written), before anything is rendered or written.
 */
export async function checkOutputs(files: string[], inputs: string[] = []): Promise<void> {
  const seen = new Map<string, string>();
  // (an input is never written over: what its format cannot carry would be lost with it)
  const read = new Set<string>();
  for (const input of inputs) read.add(await realpath(input).catch(() => path.resolve(input)));
  for (const file of files) {
    let real: string;
    try {
      real = await resolveWriteTarget(file);
    } catch (err) {
      throw writeProblem(file, err);
    }
    if (read.has(real)) throw new CliError(`${file}: is an input of this command; write the output to another file (the input is kept as it is)`);
    const other = seen.get(real);
    if (other !== undefined) throw new CliError(`${file}: the same file as ${other}; give each output its own file`);
    seen.set(real, file);
  }
}

/**
 * Writes the command's output files atomically, all of them or none: every target is checked
 * first, and the files are renamed into place only when all are written. Temporary files that
 * an earlier, killed run left beside the targets are removed first.
 */
export async function writeOutputs(outputs: Array<{ file: string; data: string | Uint8Array }>): Promise<void> {
  await checkOutputs(outputs.map((o) => o.file));
  for (const o of outputs) await removeStaleTemps(o.file, { deadOwners: true }).catch(() => 0);
  try {
    await writeFilesAtomic(outputs);
  } catch (err) {
    throw writeProblem(err instanceof WriteTargetError ? err.target : outputs.map((o) => o.file).join(', '), err);
  }
}

/** Writes one output file atomically (see {@link writeOutputs}). */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  await writeOutputs([{ file, data }]);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
