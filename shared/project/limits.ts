/** Size limits of the project file and of its parts (characters, i.e. UTF-16 code units). */

/** Largest project file the loader reads (bytes on disk; also the JSON text length). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;
/** Largest text of one version (the importer refuses source files above 50 MB). */
export const MAX_VERSION_TEXT = 50 * 1024 * 1024;
/** Names, ids, authors, languages, short labels. */
export const MAX_SHORT = 1_000;
/** Annotation notes and explanation texts. */
export const MAX_NOTE = 100_000;
/** File paths. */
export const MAX_PATH = 4_096;
/** Elements of one list (beads, annotations, mismatches, …). */
export const MAX_ITEMS = 5_000_000;
/** Versions in one project. */
export const MAX_VERSIONS = 64;
