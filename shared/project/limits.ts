/** Size limits of the project file and of its parts (characters, i.e. UTF-16 code units). */

/** Largest project file the loader reads (bytes on disk; also the JSON text length). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;
/** Largest text of one version (the importer refuses source files above 50 MB). */
export const MAX_VERSION_TEXT = 50 * 1024 * 1024;
/**
 * Names, ids, authors, languages, short labels. Generous: a project opened from another tool's file keeps its
 * ids and attribute names as the file gave them, and must stay savable.
 */
export const MAX_SHORT = 100_000;
/**
 * Annotation notes, explanation texts, and the longer fields a TMX/XLIFF file gives (an inline code's native data,
 * such as a base64 image; a note; a prop): no longer than a version's text, so that whatever an import accepts, a
 * save accepts too (the project file's size limit bounds the whole).
 */
export const MAX_NOTE = MAX_VERSION_TEXT;
/** File paths. */
export const MAX_PATH = 4_096;
/** Elements of one list (beads, annotations, mismatches, …). */
export const MAX_ITEMS = 5_000_000;
/** Versions in one project. */
export const MAX_VERSIONS = 64;
