/**
 * The one table of file types Selaras opens: which extensions are texts (one version each),
 * which are bilingual files (TMX/XLIFF: several versions and their alignment) and which are
 * projects. Every list elsewhere (import dispatch, open dialogs, the browser's file pickers,
 * drag and drop, `selaras export` input) is derived from it.
 */

export type OpenKind = 'text' | 'markdown' | 'html' | 'docx' | 'bilingual' | 'project';

/** Extension (lower case, with the dot) → what it holds. */
export const OPEN_FILE_TYPES: Readonly<Record<string, OpenKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.tmx': 'bilingual',
  '.xlf': 'bilingual',
  '.xliff': 'bilingual',
  '.sdlxliff': 'bilingual',
  '.mqxliff': 'bilingual',
  // (Phrase, formerly Memsource; Wordfast Pro: XLIFF 1.2 under their own extensions)
  '.mxliff': 'bilingual',
  '.txlf': 'bilingual',
  '.selaras': 'project',
};

/** Extensions of a kind, with the dot (`['.tmx', '.xlf', …]`). */
export function extensionsOf(...kinds: OpenKind[]): string[] {
  return Object.entries(OPEN_FILE_TYPES)
    .filter(([, k]) => kinds.includes(k))
    .map(([ext]) => ext);
}

/** The lower-case extension of a file name, with the dot (`''` when none). */
export function extensionOf(name: string): string {
  const m = /(\.[^./\\]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** What a file name says it holds, or null. */
export function openKindOf(name: string): OpenKind | null {
  return OPEN_FILE_TYPES[extensionOf(name)] ?? null;
}

/** True for TMX and XLIFF files (any of their extensions). */
export function isBilingualName(name: string): boolean {
  return openKindOf(name) === 'bilingual';
}

/** True for files opened as a whole project: `.selaras` and the bilingual files. */
export function isProjectName(name: string): boolean {
  const k = openKindOf(name);
  return k === 'bilingual' || k === 'project';
}

/** `story.sdlxliff` → `story.selaras`. */
export function projectNameFor(name: string): string {
  const ext = extensionOf(name);
  return ext && isBilingualName(name) ? `${name.slice(0, -ext.length)}.selaras` : name;
}

/** The `accept` list of a browser file picker for some kinds (`.txt,.md,…`). */
export function acceptList(...kinds: OpenKind[]): string {
  return extensionsOf(...kinds).join(',');
}

/** Dialog filter extensions (no dots) for some kinds. */
export function dialogExtensions(...kinds: OpenKind[]): string[] {
  return extensionsOf(...kinds).map((e) => e.slice(1));
}
