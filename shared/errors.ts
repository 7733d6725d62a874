/**
 * The one shape of a refusal or failure anywhere in Selaras: a code for programs, an i18next
 * key with its parameters for the UI (both languages), the same in English for the command
 * line and logs, and, apart, the technical detail (a parser's own words) that only `--debug`
 * and logs show.
 */
export interface Refusal<Code extends string = string> {
  code: Code;
  /** An i18next key (`errors.tooLarge`, `errors.project.invalid`, …). */
  messageKey: string;
  params: Record<string, string | number>;
  /** The message in English (command line, logs). */
  message: string;
  /** Technical detail for `--debug` and logs; never shown to the user. */
  debug?: string;
}

/** A refusal as the failing arm of an `{ ok }` result. */
export type Refused<Code extends string = string> = { ok: false } & Refusal<Code>;

/** Builds a refusal about the file `name` (`params.name`). */
export function refusal<Code extends string>(
  code: Code,
  messageKey: string,
  name: string,
  message: string,
  extra: Record<string, string | number> = {},
  debug?: string,
): Refusal<Code> {
  return { code, messageKey, params: { name, ...extra }, message, ...(debug ? { debug } : {}) };
}

/** Builds the failing arm of a result about the file `name` (same arguments as {@link refusal}). */
export function refused<Code extends string>(...args: Parameters<typeof refusal<Code>>): Refused<Code> {
  return { ok: false, ...refusal(...args) };
}
