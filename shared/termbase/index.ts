/** The user's termbase: TBX or two-column CSV/TSV, turned into the term pairs the aligner and the entity comparison take. */
export type { Term, TermEntry, Termbase, TermbaseError, TermbaseErrorCode, TermbaseResult } from './types';
export { glossaryPairs, MAX_TERMBASE_CHARS, parseTermbase } from './parse';
