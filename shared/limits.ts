/**
 * Constants of the API that need no schema library: the command line imports them from here so
 * that its start-up does not load zod (shared/api.ts re-exports them; this is their one definition).
 */

/** The largest text file we open (bytes). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export const EXPORT_FORMATS = ['tmx', 'xliff', 'csv', 'xlsx', 'docx', 'html', 'json', 'xliff12'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
