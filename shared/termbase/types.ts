/** A termbase: concepts, each with its terms in one or more languages. */

export interface Term {
  text: string;
  /** Language tag as given (`id`, `en-GB`), or null when the file does not say (a CSV without a header). */
  lang: string | null;
  /** Column of a CSV/TSV file (0 or 1); for TBX the order within the entry. */
  column: number;
}

export interface TermEntry {
  terms: Term[];
}

export interface Termbase {
  /** The file name it was read from (no directories). */
  name: string;
  format: 'tbx' | 'csv' | 'tsv';
  entries: TermEntry[];
}

export type TermbaseErrorCode = 'empty' | 'malformed' | 'unsafe' | 'too-large' | 'no-terms';

export interface TermbaseError {
  code: TermbaseErrorCode;
  /** i18next key under `termbase.errors`. */
  messageKey: string;
  params: Record<string, string | number>;
  /** The same message in English for the CLI. */
  message: string;
}

export type TermbaseResult = { ok: true; termbase: Termbase } | { ok: false; error: TermbaseError };
